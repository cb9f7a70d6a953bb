"""Small general gaps left by the session-20 helpers, by construction (helper BN, session 20): own news-style
sentences in English and Indonesian (tests/data/gaps_BN.jsonl), coded by GUIDELINES.md BEFORE warta was run on any
of them, with negatives.  Anger at a party ("geram terhadap X", "angry at X"), those who cover or guard a rally
(not its protesters), an agreement between two parties welcomed or condemned by a third, an attack's target named by
several words before a place, violence by a named party against another, owners of a business, disagreeing with a
party (CAMEO 110, PLOVER ACCUSE 'disapprove' in both languages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "gaps_BN.jsonl"
PUB = "2025-06-20"

# Measured right after coding, before any fix (2026-12-06): en F1 0.723 (TP 17, FP 2, FN 11), id F1 0.514 (TP 9,
# FP 6, FN 11).  After the fixes below: en 0.857 (TP 21, FP 0, FN 7), id 0.824 (TP 14, FP 0, FN 6).  Left: violence
# by a party named inside the noun's phrase ("kekerasan aparat terhadap", "violence by X against Y": the author inside
# a noun pattern's gap is no source for the roles), the protest's own authors after a guarded or covered noun in
# Indonesian ("mengawal demonstrasi warga Myanmar": the roles give it to the onlooker, so the onlooker rule drops it),
# "Farmers ... angry at the agriculture department over" (the labelled row), Ryazan (not in the gazetteer).
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.856, 0), "id": (0.823, 0)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "gaps-BN", RATCHET)


# the fixes, each with sentences of our own (not of the set's file) and a negative
@pytest.mark.parametrize(("lang", "text", "absent"), [
    # (2) those who cover, guard or watch a rally are not its protesters (conventions onlooker)
    ("id", "Wartawan televisi meliput unjuk rasa pengemudi ojek di depan Balai Kota.", ("PROTEST", "IDN", "IDN")),
    ("id", "Polisi Jerman mengawal demonstrasi di depan Kedutaan Besar Rusia di Berlin.", ("PROTEST", "DEU", "RUS")),
    ("en", "French riot police guarded the protest outside the Israeli embassy in Paris.", ("PROTEST", "FRA", "ISR")),
    ("en", "British reporters covering the demonstration outside the Chinese embassy were jostled.",
     ("PROTEST", "GBR", "CHN")),
    # (1) the negative: disappointment at a thing names no party
    ("id", "Para suporter kecewa terhadap hasil pertandingan di Surabaya.", ("ACCUSE", "IDN", "IDN")),
    ("en", "Commuters were frustrated with the delays on the Jakarta metro.", ("ACCUSE", "IDN", "IDN")),
    # (4) the negative: a factory of a firm is no place
    ("id", "Pabrik Toyota di Karawang menghentikan produksi karena banjir.", ("ASSAULT", "IDN", "")),
    # (3) the negative: talks asked for are the request's object, no talks held (no nesting outside accords)
    ("en", "North Korea requested talks with the United States on sanctions.", ("CONSULT", "PRK", "USA")),
    # (7) the negative: disagreeing about a matter names no party
    ("id", "Para ekonom tidak setuju soal arah suku bunga tahun depan.", ("ACCUSE", "IDN", "")),
    ("id", "Pakistan tidak sependapat dengan India soal pembagian air Sungai Indus.", ("REJECT", "PAK", "IND")),
])
def test_gap_negatives(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "key"), [
    # the negative: protesters named as the subject still rally, also beside a noun ("prison guards protest")
    ("en", "Dutch reporters filmed the demonstration by Turkish workers against the Dutch government.",
     ("PROTEST", "TUR", "NLD")),
    ("en", "Prison guards in Nigeria staged a protest against the government over unpaid wages.",
     ("PROTEST", "NGA", "NGA")),
    ("id", "Ribuan buruh Korea Selatan menggelar unjuk rasa di depan kantor kepresidenan di Seoul.",
     ("PROTEST", "KOR", "KOR")),
    # (7) disagreeing with a party is disapproval in both languages (CAMEO 110, PLOVER ACCUSE 'disapprove')
    ("id", "Vietnam tidak setuju dengan China mengenai pembangunan pulau buatan di Laut China Selatan.",
     ("ACCUSE", "VNM", "CHN")),
    ("id", "Pakistan tidak sependapat dengan India soal pembagian air Sungai Indus.", ("ACCUSE", "PAK", "IND")),
    ("en", "Vietnam disagreed with China over the building of artificial islands.", ("ACCUSE", "VNM", "CHN")),
    # (1) "terhadap" is a preposition, not a ter- passive: the one angered at follows it (morphology.guess_voice)
    ("id", "Pemerintah Kamboja kecewa terhadap Thailand setelah bentrokan di perbatasan.", ("ACCUSE", "KHM", "THA")),
    ("id", "Presiden Kolombia geram terhadap Amerika Serikat.", ("ACCUSE", "COL", "USA")),
    # (1) English: disappointment or anger at a party named at once after the preposition (trigger angryat)
    ("en", "Canada is disappointed in the United States for the new tariffs.", ("ACCUSE", "CAN", "USA")),
    ("en", "Ankara is frustrated with Washington over the delayed fighter jets.", ("ACCUSE", "TUR", "USA")),
    # (4) a site noun is a locative word for a small town after it, across one word (place_words.tsv)
    ("id", "Jet tempur Israel menggempur fasilitas nuklir Natanz pada dini hari.", ("ASSAULT", "ISR", "IRN")),
    ("en", "Israeli jets struck the nuclear facility Natanz before dawn.", ("ASSAULT", "ISR", "IRN")),
    # (3) an accord between two parties named as the object of a welcome keeps its own AGREE (triggers._nested_accord)
    ("en", "Turkey welcomed the peace agreement between Ethiopia and Eritrea.", ("AGREE", "ETH", "ERI")),
    ("en", "Turkey welcomed the peace agreement between Ethiopia and Eritrea.", ("SUPPORT", "TUR", "ETH")),
    ("en", "Brazil welcomed the prisoner exchange agreement between Russia and Ukraine.", ("AGREE", "RUS", "UKR")),
])
def test_gap_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "code"), [
    # (6) owners and keepers of a business are its business sector (sectors.tsv), not its civilians
    ("en", "Hotel owners in Bali criticised the Indonesian government's new tourist levy.", "IDNBUS"),
    ("en", "Shopkeepers in Karachi protested against Pakistan's new sales tax.", "PAKBUS"),
    ("id", "Para pemilik usaha di Medan memprotes kenaikan pajak daerah oleh pemerintah kota.", "IDNBUS"),
    ("id", "Pemilik restoran di Kuala Lumpur mengecam kebijakan pemerintah Malaysia soal pajak layanan.", "MYSBUS"),
])
def test_owner_is_business(lang, text, code):
    from warta.api import extract

    assert code in {e.source.code for e in extract(text, lang=lang, published=PUB)}


def test_owner_negative():
    # the negative: a home owner stays a civilian
    from warta.api import extract

    text = "Homeowners in Florida sued the state government over insurance rules."
    assert all(not e.source.code.endswith("BUS") for e in extract(text, lang="en", published=PUB))
