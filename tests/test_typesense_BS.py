"""Type confusions: the event's word or clause read as another type (helper BS, session 21): own news-style sentences
in English and Indonesian (tests/data/typesense_BS.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them,
a quarter of them negatives (the other reading of the same word).  Rejecting an accusation or a claim (REJECT),
pledges of aid or troops (AGREE, the aid optional), demands of a withdrawal (REQUEST, not RETREAT), forces that
withdraw or pull back (RETREAT), refusing to withdraw or to sign (REJECT), threats to kill, strike or sanction
(THREATEN, not ASSAULT or SANCTION), curfews and arrests (COERCE), a consumers' boycott (PROTEST) and a state's
(SANCTION), rejected aid (REJECT, not AID), a prosecutor's "menuntut" (ACCUSE) and a demand (REQUEST), resignations
(RETREAT by the PLOVER manual: "RETREAT also covers resignations of government officials")."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "typesense_BS.jsonl"
PUB = "2025-06-20"

# Measured right after coding, before any fix (2026-12-06, main 2c38d21): en F1 0.826 (TP 19, FP 3, FN 5), id F1 0.875
# (TP 21, FP 4, FN 2); the type and sense decisions of the set were already right but for two: forces that "withdrew
# from" a town (read as CAMEO 166, a withdrawal from a body, whose agent frame finds no target: left, see below) and
# resignations (the codebook's CONCEDE 0831, where the PLOVER manual and this set code RETREAT: a convention of the
# project's codebook sentences, left).  Left as well: "pulled back its troops from the Ukrainian border" (no target
# from a state adjective before "border"), fishermen "detained by China" in a demand for their release (their state
# is the demander's only by inference), the prosecutors' target in English (no country named), an ASSAULT target
# read from "kapal pemasoknya" (the possessor of a clitic).  End figures: the same (the fixes below are general and
# checked by sentences of their own).
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.825, 3), "id": (0.874, 4)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "typesense-BS", RATCHET)


# the fixes, each with sentences of our own (not of the set's file) and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # (1) police who ambush suspects arrest them (COERCE 173, as "mengamankan pelaku"), not an armed attack
    ("id", "Polri menyergap tiga orang tersangka pengedar narkoba di Surabaya.", ("COERCE", "IDN", "IDN")),
    ("id", "Polisi Diraja Malaysia menyergap dua buronan asal Aceh di Johor Bahru.", ("COERCE", "MYS", "IDN")),
    # (1) the negative: an ambush of forces or of a convoy stays force
    ("id", "Tentara Ukraina menyergap konvoi pasukan Rusia di dekat Kharkiv.", ("ASSAULT", "UKR", "RUS")),
    # (3) traders or businesses who shun a country's goods protest (PROTEST 143), as consumers do; not an embargo
    ("id", "Para pedagang di Jakarta memboikot produk-produk Israel.", ("PROTEST", "IDN", "ISR")),
    ("id", "Pengusaha Indonesia memboikot produk Prancis.", ("PROTEST", "IDN", "FRA")),
    ("en", "Turkish traders are boycotting Swedish goods.", ("PROTEST", "TUR", "SWE")),
    # (3) the negative: a state's boycott stays an embargo
    ("en", "China imposed a boycott on Lithuanian goods.", ("SANCTION", "CHN", "LTU")),
    ("id", "China memboikot barang-barang Lituania.", ("SANCTION", "CHN", "LTU")),
    # (4) an accusation named as the object of a denial is its content: the denial is aimed at the accuser
    ("id", "Kementerian Luar Negeri China membantah tudingan Amerika Serikat soal spionase.", ("REJECT", "CHN", "USA")),
    ("id", "Iran menepis tudingan Israel soal pengkhianatan.", ("REJECT", "IRN", "ISR")),
    # (4) the negative: an accusation of spying made stays an accusation
    ("id", "Rusia melontarkan tuduhan spionase terhadap Amerika Serikat.", ("ACCUSE", "RUS", "USA")),
])
def test_type_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # (1) the negative: an ambush of soldiers by police is no arrest
    ("id", "Tentara Ukraina menyergap konvoi pasukan Rusia di dekat Kharkiv.", ("COERCE", "UKR", "RUS")),
    ("id", "Polri menyergap tiga orang tersangka pengedar narkoba di Surabaya.", ("ASSAULT", "IDN", "IDN")),
    # (2) a capital that names an accord signed there is neither its government nor a place
    ("en", "Washington criticised the Paris agreement on climate change.", ("ACCUSE", "USA", "FRA")),
    ("en", "Hamas rejected the Oslo peace accords.", ("REJECT", "PSE", "NOR")),
    ("id", "Washington mengkritik Perjanjian Paris soal perubahan iklim.", ("ACCUSE", "USA", "FRA")),
    # (3) a boycott by traders is no embargo
    ("en", "Indonesian businessmen boycotted French products.", ("SANCTION", "IDN", "FRA")),
])
def test_type_negatives(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)


def test_capital_still_a_government():
    # (2) the negative: a capital before another noun, or an accord signed in a capital named after it, still counts
    assert ("SUPPORT", "FRA", "DEU") in event_keys("France signed an agreement with Germany in Paris.", "en", PUB)
    assert ("ACCUSE", "USA", "FRA") in event_keys("Washington criticised Paris over the agreement.", "en", PUB)
