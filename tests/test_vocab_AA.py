"""Indonesian vocabulary by frequency (part AA): words that name an act of the codebook, found by bench/harvest.py
among the verbs and event nouns of unlabelled Indonesian news (NER corpora, open kumparan sentences) in sentences
with an actor and no trigger; own news-style sentences for each (tests/data/vocab_AA.jsonl), in the gold's record
form, every sentence coded by GUIDELINES.md BEFORE warta was run on any of them, with a negative per word where it
has another sense (sport, a metaphor, a thing not an actor)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import record_set_checks

DATA = Path(__file__).parent / "data" / "vocab_AA.jsonl"


# Measured right after coding, before any fix (2026-12-05): id F1 0.359 (TP 7, FP 3, FN 22); with part AA's
# vocabulary: id 0.800 (TP 22, FP 4, FN 7); three sentences of "dipidana" coded later (two misses before their entry):
# id 0.814 (TP 24, FP 4, FN 7); six sentences of defaming coded later (four misses before their entries): id 0.836
# (TP 28, FP 4, FN 7); four of "mempertanyakan" coded later, already coded right (its entry was there): id 0.845 (TP 30,
# FP 4, FN 7).  The ratchet: (lowest F1, most false alarms); raise it as the coder
# improves, never lower it.
RATCHET = {"id": (0.844, 4)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "vocab-AA", RATCHET)


# part AA's vocabulary, each word with sentences of our own beyond the part's file, and negatives (another sense)
PUB = "2024-11-15"


def _known(text, key, reason):
    """A sentence whose word is matched but whose actors or roles fail (not the vocabulary): a strict xfail, so a fix
    elsewhere shows."""
    return pytest.param(text, key, marks=pytest.mark.xfail(strict=True, reason=reason))


@pytest.mark.parametrize(("text", "key"), [
    ("Polda Metro Jaya menghimbau para pengemudi ojek online agar tidak menggelar aksi di depan Istana.",
     ("REQUEST", "IDN", "IDN")),
    ("Kepolisian Filipina menghimbau warga Indonesia di Mindanao untuk waspada.", ("REQUEST", "PHL", "IDN")),
    ("Vietnam dan Filipina meneken kesepakatan kerja sama penjaga pantai.", ("SUPPORT", "VNM", "PHL")),
    _known("Seorang pejabat Kementerian Perhubungan menampar pramugari maskapai Thailand.", ("ASSAULT", "IDN", "THA"),
           "actors: a ministry named with no state takes the state named later in the sentence (THAGOV)"),
    # (helper DT, session 32) fixed: "Jaksa Agung" alone in Indonesian text is Indonesia's (organisations_more.tsv)
    ("Jaksa Agung menginvestigasi mantan Menteri Perdagangan terkait impor gula.", ("ACCUSE", "IDN", "IDN")),
    _known("TNI Angkatan Laut menenggelamkan sebuah kapal pencuri ikan berbendera Thailand di Laut Arafura.",
           ("ASSAULT", "IDN", "THA"), "actors: the boat's flag ('berbendera Thailand') does not name its owner"),
    ("Presiden Filipina berbincang dengan Presiden Prabowo di sela KTT ASEAN.", ("CONSULT", "PHL", "IDN")),
    ("Menlu Retno mendiskusikan situasi Myanmar dengan Menlu Thailand.", ("CONSULT", "IDN", "THA")),
    _known("Keputusan Malaysia membebaskan dua nelayan Aceh diapresiasi pemerintah Indonesia.", ("SUPPORT", "IDN", "MYS"),
           "roles: a passive's subject 'decision of X to act on Y' gives Y, not the decision's author X"),
    ("Pemerintah Filipina menyesalkan serangan kapal China terhadap kapal nelayannya.", ("ACCUSE", "PHL", "CHN")),
    ("Seorang warga Australia dipidana penjara dua tahun oleh Pengadilan Negeri Denpasar.", ("COERCE", "IDN", "AUS")),
    ("Media pemerintah China memfitnah para pemimpin Taiwan.", ("ACCUSE", "CHN", "TWN")),
    ("Blogger asal Singapura itu mencemarkan nama baik Perdana Menteri Malaysia.", ("ACCUSE", "SGP", "MYS")),
])  # fmt: skip
def test_part_aa_words(text, key):
    from sentence_sets import event_keys

    assert key in event_keys(text, "id", PUB)


@pytest.mark.parametrize(("text", "etype"), [
    ("Gol itu menjadi tamparan bagi pelatih timnas Malaysia.", "ASSAULT"),
    ("Banjir bandang menenggelamkan puluhan kapal nelayan di pelabuhan Pekalongan.", "ASSAULT"),
    ("Menteri Kelautan menegaskan kebijakan penenggelaman kapal pencuri ikan akan dilanjutkan.", "ASSAULT"),
    ("Para pemain berbincang dengan pelatih sebelum laga melawan Thailand.", "CONSULT"),
    ("Penonton menyesalkan kekalahan tim Garuda dari Vietnam.", "ACCUSE"),
    ("Spanduk berisi himbauan agar warga memakai masker dipasang di Pasar Minggu.", "REQUEST"),
    ("Setiap orang yang menyebarkan hoaks dapat dipidana.", "COERCE"),
    ("Tumpahan minyak mencemarkan perairan Teluk Balikpapan.", "ACCUSE"),
    ("Sungai Ciliwung dicemarkan oleh limbah pabrik milik perusahaan asal China.", "ACCUSE"),
])  # fmt: skip
def test_part_aa_other_senses(text, etype):
    from sentence_sets import event_keys

    assert etype not in {k[0] for k in event_keys(text, "id", PUB)}, text


def _harvest():
    import sys

    bench = str(Path(__file__).resolve().parents[1] / "bench")
    if bench not in sys.path:
        sys.path.insert(0, bench)
    import harvest

    return harvest


@pytest.mark.parametrize(("word", "root"), [
    ("memukul", "pukul"), ("penyerangan", "serang"), ("dihimbau", "himbau"), ("memecat", "pecat"),
    ("kesepakatan", "sepakat"), ("diteken", "teken"),
    ("dengan", None),  # no form of "deng": a root never seen bare needs two affixed forms in the corpora
    ("dinas", None), ("selatan", None),  # a word of its own: its root is rarer bare and has no other form
    ("kawasan", None),  # its plural is no second form
])  # fmt: skip
def test_harvest_finds_roots_by_warta_morphology(word, root):
    from collections import Counter

    vocabulary = Counter({"pukul": 3, "serang": 2, "himbau": 1, "sepakat": 4, "teken": 1, "memecat": 2, "dipecat": 1,
                          "dengan": 50, "dengannya": 2, "dinas": 5, "selat": 1, "selatan": 9,
                          "kawasan": 7, "kawasan-kawasan": 1})  # fmt: skip
    assert _harvest().RootFinder(vocabulary)(word) == root


def test_harvest_counts_words_of_sentences_with_an_actor_and_no_trigger():
    h = _harvest()
    texts = ["Kementerian Luar Negeri menyarankan warga Indonesia di Lebanon segera pulang.",
             "Polisi menangkap dua warga Malaysia di Batam.",  # a trigger: not counted
             "Cuaca hari ini cerah dan menyenangkan.",  # no actor: not counted
             "Saran itu baik sekali."]  # no actor; "saran" seen bare: the root of "menyarankan"
    roots, forms, _phrases, _samples, totals, _lang = h.harvest(texts, frozenset())
    assert totals["with an actor, no trigger"] == 1
    assert roots["saran"] == 1 and "menyarankan" in forms["saran"] and "senang" not in roots
