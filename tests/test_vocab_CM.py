"""Event vocabulary by corpus frequency, both languages (helper CM, session 25): own news-style sentences in English and
Indonesian (tests/data/vocab_CM.jsonl: 60 sentences, 30 a language, 15 with no event), coded by GUIDELINES.md BEFORE
warta was run on any of them; the pure functions of bench/verb_frequency.py (the words between two coded actors
where no trigger fires, by root or lemma); and the trigger rows added from its lists, each with sentences of our own
that are not in the set and a negative.

Rows added (lang/*/triggers.tsv, section "helper CM, session 25"): a named party battled (ASSAULT 190, English
battle, battlewith; Indonesian has bertempur), a treaty, accord or membership ratified (SUPPORT 057, English ratify,
Indonesian ratifikasi, ratifikasi2), recommending that a party act (REQUEST 020, English recommendto, Indonesian
rekomendasiagar)."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "vocab_CM.jsonl"
PUB = "2025-06-20"

# Measured right after coding, before any fix (2026-12-07, main 851987e7): en F1 0.830 (TP 22, FP 4, FN 5), id F1
# 0.745 (TP 19, FP 6, FN 7).  After the rows below: the same (the set's misses are of other layers: actors, pairing).
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.829, 4), "id": (0.744, 6)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "vocab-CM", RATCHET)


def _vf():
    bench = str(Path(__file__).resolve().parents[1] / "bench")
    if bench not in sys.path:
        sys.path.insert(0, bench)
    import verb_frequency

    return verb_frequency


# --- bench/verb_frequency.py: pure functions


@pytest.mark.parametrize(("spans", "after", "one", "expected"), [
    ([(0, 2), (5, 7)], 3, False, range(2, 10)),   # between the two actors, then three words after the second
    ([(0, 2), (20, 22)], 3, False, None),         # too far apart (gap 10)
    ([(0, 2)], 3, False, None),                   # one actor: only with --one
    ([(0, 2)], 3, True, range(2, 5)),
    ([(0, 2), (4, 5), (6, 8)], 2, False, range(2, 7)),  # the first close pair
    ([], 3, True, None),
])
def test_window(spans, after, one, expected):
    assert _vf().window(spans, 30, after, one) == expected


def test_window_stops_at_the_sentence_end():
    assert _vf().window([(0, 1), (3, 4)], 5, 3, False) == range(1, 5)


def test_example_is_at_most_twelve_words_around_the_word():
    words = [f"w{i}" for i in range(40)]
    ex = _vf().example(words, 20).split()
    assert len(ex) == 12 and "w20" in ex
    assert _vf().example(words[:5], 2) == "w0 w1 w2 w3 w4"


@pytest.mark.parametrize(("word", "lemma"), [
    ("accused", "accuse"), ("battled", "battle"), ("stopped", "stop"), ("ratified", "ratify"), ("talks", "talk"),
    ("fought", "fight"), ("marching", "march"), ("mediaeval", "mediaeval"),
])
def test_english_lemma_by_warta_morphology(word, lemma):
    vocabulary = Counter({"accuse": 3, "battle": 2, "stop": 5, "ratify": 1, "talk": 4, "new": 9, "fight": 2,
                          "march": 2, "marche": 0})
    assert _vf().EnLemma(vocabulary)(word) == lemma


def test_slot_counts_only_the_predicate_after_the_first_actor():
    vf = _vf()
    texts = ["Japan named Indonesia among its partners in the region."]  # two actors, no trigger
    assert set(vf.count(texts, "en", after=3)[0]) == {"named", "among", "partners"}
    assert set(vf.count(texts, "en", after=3, slot=True)[0]) == {"named"}
    # a sentence where a trigger fires is not counted
    assert not vf.count(["Japan criticised Indonesia over the new tariffs."], "en")[0]


def test_english_candidates_are_checked_by_generating_their_forms():
    cands = _vf().en_candidates("ties")
    assert "tie" in cands and "ty" not in cands  # "ty" would make "ties" only through -ies after a consonant: no


# --- the rows, with sentences of our own not in the set


@pytest.mark.parametrize(("lang", "text", "key"), [
    # battling a named party is fighting it (ASSAULT 190)
    ("en", "Nigerian troops battled Boko Haram fighters near Maiduguri.", ("ASSAULT", "NGA", "NGA")),
    ("en", "Colombian police battled with drug traffickers in Cali.", ("ASSAULT", "COL", "COL")),
    # a treaty, accord or membership ratified (SUPPORT 057, as a signing that took place)
    ("en", "The Hungarian parliament ratified Finland's membership of NATO.", ("SUPPORT", "HUN", "FIN")),
    ("id", "DPR meratifikasi perjanjian perbatasan dengan Vietnam.", ("SUPPORT", "IDN", "VNM")),
    ("id", "Parlemen Hungaria meratifikasi keanggotaan Finlandia di NATO.", ("SUPPORT", "HUN", "FIN")),
    # recommending that a party act is asking it to (REQUEST 020)
    ("en", "The IMF recommended that Pakistan raise its taxes.", ("REQUEST", "IGOIMF", "PAK")),
    ("id", "Dana Moneter Internasional merekomendasikan Pakistan untuk menaikkan pajak.", ("REQUEST", "IGOIMF", "PAK")),
    # money borrowed from a party, lent to one (AID 071); walking off the job (PROTEST 143)
    ("en", "Egypt borrowed 3 billion dollars from Saudi Arabia.", ("AID", "SAU", "EGY")),
    ("id", "Mesir meminjam uang dari Arab Saudi untuk menutup defisit.", ("AID", "SAU", "EGY")),
    ("en", "Russia lent Belarus 1 billion dollars in 2023.", ("AID", "RUS", "BLR")),
    ("en", "Japan lent 200 million dollars to Vietnam for a metro line.", ("AID", "JPN", "VNM")),
    ("en", "Dock workers in Chile walked off the job over pay.", ("PROTEST", "CHL", "CHL")),
    # consulting a party (CONSULT 040); lobbying a party to act (REQUEST 020); downing an aircraft (ASSAULT 190)
    ("en", "The French president consulted Germany before the vote.", ("CONSULT", "FRA", "DEU")),
    ("id", "Qatar melobi Amerika Serikat agar mencabut sanksi terhadap Suriah.", ("REQUEST", "QAT", "USA")),
    ("en", "Pakistan downed an Indian drone near the Line of Control.", ("ASSAULT", "PAK", "IND")),
    ("id", "Pakistan menjatuhkan drone India di dekat Garis Kontrol.", ("ASSAULT", "PAK", "IND")),
    # police securing people is an arrest (COERCE 173)
    ("id", "Polisi Thailand mengamankan 15 pekerja migran asal Myanmar di Bangkok.", ("COERCE", "THA", "MMR")),
    # an exchange of prisoners releases them both ways (RETREAT 0841)
    ("id", "Armenia dan Azerbaijan bertukar tawanan perang di perbatasan.", ("RETREAT", "AZE", "ARM")),
    ("id", "Armenia dan Azerbaijan melakukan pertukaran tahanan pada Kamis.", ("RETREAT", "ARM", "AZE")),
])
def test_rows_code(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "etype"), [
    # negatives: fires, floods and illness battled; a tax law ratified names no party; advice to patients
    ("en", "Volunteers battled floods in the north of Bangladesh.", "ASSAULT"),
    ("en", "The singer battled cancer for two years.", "ASSAULT"),
    ("id", "Para dokter merekomendasikan pasien untuk banyak minum air putih.", "REQUEST"),
    ("en", "Nutritionists recommended that children eat more vegetables.", "REQUEST"),
    ("en", "Shareholders ratified the merger of the two banks.", "SUPPORT"),
    # negatives: ideas borrowed, support lent, a walk off the pitch
    ("en", "The film borrows its plot from a Greek myth.", "AID"),
    ("id", "Penulis itu meminjam istilah dari bahasa Yunani.", "AID"),
    ("en", "The prime minister lent his support to the plan.", "AID"),
    ("en", "The Brazilian striker walked off the pitch after the final whistle.", "PROTEST"),
    # negatives: sources consulted, tools downed, a sentence imposed (menjatuhkan vonis), lobbying as a noun
    ("en", "The reporter consulted several sources in Kabul.", "CONSULT"),
    ("en", "Sixty-five maintenance workers in Sydney downed tools two weeks ago.", "ASSAULT"),
    ("id", "Pengadilan Malaysia menjatuhkan vonis lima tahun penjara kepada warga Indonesia.", "ASSAULT"),
    ("id", "Lobi-lobi akan kami jalankan untuk memenangkan tender itu.", "REQUEST"),
    # negative: securing a match or a venue is no arrest
    ("id", "Polisi Thailand mengamankan jalannya pertandingan di Bangkok.", "COERCE"),
    # negative: information exchanged
    ("id", "Armenia dan Azerbaijan bertukar informasi soal cuaca.", "RETREAT"),
])
def test_rows_do_not_code(lang, text, etype):
    assert etype not in {k[0] for k in event_keys(text, lang, PUB)}
