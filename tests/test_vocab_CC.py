"""Vocabulary by word class (helper CC, session 23): own news-style sentences in English and Indonesian
(tests/data/vocab_CC.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them, with negatives where the same
words are no event (sport, business, weather, metaphor).  The layers "no trigger", "trigger of another type" and
"its word of another type" of bench/realnews.py --diagnose, fixed by word class across the tuning parts."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "vocab_CC.jsonl"
PUB = "2025-06-20"

# Measured right after coding, before any fix (2026-12-07): en F1 0.864 (TP 19, FP 4, FN 2), id F1 0.850 (TP 17,
# FP 3, FN 3); after the guideline correction of the two releases of hostages (RETREAT 0841 by CAMEO2PLOVER, not
# CONCEDE), still before any fix: en 0.864, id 0.900 (TP 18, FP 2, FN 2).  After fix group 1 (below): en 0.889 (TP 20,
# FP 4, FN 1), id 0.900 (TP 18, FP 2, FN 2); groups 2 and 3 left the set as it was (end figures).  Left: the ELN's
# hostages and the unnamed Indonesian foreign ministry (actors), the target of "operasi militer terhadap milisi Kurdi"
# (roles), "vetoed the European Union's new sanctions package" read as EU sanctions (the vetoed package's noun is not
# right after the veto), "pledged ... humanitarian aid" coded as aid beside the pledge, "arming rebels" inside an
# accusation coded as cooperation.
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.888, 4), "id": (0.899, 2)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "vocab-CC", RATCHET)


# fix group 1: words of a class the lexicon lacked or read as another type, each with sentences of our own (not of the
# set's file) and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # tear gas written as one word or hyphenated (riotcontrol)
    ("en", "Kenyan police used teargas against students protesting in Nairobi.", ("ASSAULT", "KEN", "KEN")),
    # capturing people is taking them prisoner (COERCE 173, capturepeople); a place captured stays an assault
    ("en", "Nigerian troops captured five Boko Haram fighters near Maiduguri.", ("COERCE", "NGA", "NGA")),
    ("en", "US forces captured 15 Taliban fighters in Kandahar.", ("COERCE", "USA", "AFG")),
    ("en", "Rebels captured the town of Goma.", ("ASSAULT", "COD", "COD")),
    # an envoy withdrawn from a state (SANCTION 161, withdrawenvoy; Indonesian tarikdubes)
    ("en", "Lithuania withdrew its ambassador from Belarus.", ("SANCTION", "LTU", "BLR")),
    # allegations a speaker calls unfounded are denied (REJECT 120; the accuser behind "by" is the target)
    ("en", "The Kremlin said the allegations were unfounded.", ("REJECT", "RUS", "")),
    ("en", "China said the accusations by Washington were baseless.", ("REJECT", "CHN", "USA")),
    ("id", "Juru bicara Kremlin mengatakan tuduhan itu tidak berdasar.", ("REJECT", "RUS", "")),
    ("id", "Pemerintah Filipina menyebut tudingan China itu mengada-ada.", ("REJECT", "PHL", "CHN")),
    # sinking boats is destroying property (ASSAULT 1712, sinkboat; Indonesian tenggelamkapal)
    ("en", "The Indonesian navy sank three Vietnamese fishing boats off Natuna.", ("ASSAULT", "IDN", "VNM")),
    # PETRARCH2's occupation block keeps its synonym "overrun" (scripts/derive_triggers.py KEEP_SYNONYM_VERBS)
    ("en", "Ukrainian troops overran Russian positions near Bakhmut.", ("ASSAULT", "UKR", "RUS")),
])
def test_class_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # people captured are no town seized
    ("en", "US forces captured 15 Taliban fighters in Kandahar.", ("ASSAULT", "USA", "AFG")),
    # troops withdrawn are a withdrawal, not a cut in relations
    ("en", "Russia withdrew its troops from Kherson.", ("SANCTION", "RUS", "UKR")),
    # a boat that sinks names no one who sank it
    ("en", "A ferry carrying Indonesian workers sank off Malaysia, killing four people.", ("ASSAULT", "IDN", "MYS")),
])
def test_class_negatives(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)


# fix group 2: a party's act described as inadequate or a disgrace is criticism; declaring war on a party is a threat
@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "The Greek government described Turkey's drilling plan as a grave mistake.", ("ACCUSE", "GRC", "TUR")),
    ("en", "Iran described the US decision as a betrayal of the nuclear deal.", ("ACCUSE", "IRN", "USA")),
    ("id", "Pemerintah Iran menyebut keputusan Amerika Serikat itu sebagai pengkhianatan.", ("ACCUSE", "IRN", "USA")),
    ("id", "Fraksi PDIP menilai penjelasan Menteri Keuangan Sri Mulyani sebagai tidak memadai.", ("ACCUSE", "IDN", "IDN")),
    ("en", "General Haftar has declared war on the Islamist militias in Tripoli.", ("THREATEN", "LBY", "LBY")),
    ("id", "Pemberontak Houthi menyatakan perang terhadap Israel.", ("THREATEN", "YEM", "ISR")),
])
def test_class_fixes_2(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "etype"), [
    # war declared on a thing, not a party
    ("en", "The Philippine president declared war on drugs in 2016.", "THREATEN"),
    ("id", "Presiden Filipina menyatakan perang terhadap narkoba.", "THREATEN"),
    # a forecast described as disappointing is about the weather, not a party
    ("en", "Farmers described this year's monsoon rains as disappointing.", "ACCUSE"),
])
def test_class_negatives_2(lang, text, etype):
    assert etype not in {k[0] for k in event_keys(text, lang, PUB)}


# fix group 3: a ban on a state's goods is an embargo on that state (SANCTION 163, bangoods, larangbarang; the goods are
# trade nouns, so the state named after them is where they come from, roles.goods_of)
@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "Russia banned Georgian wine.", ("SANCTION", "RUS", "GEO")),
    ("en", "China suspended Australian beef and barley in 2020.", ("SANCTION", "CHN", "AUS")),
    ("en", "South Korea joined the ban on British poultry.", ("SANCTION", "KOR", "GBR")),
    ("id", "Rusia melarang anggur Georgia.", ("SANCTION", "RUS", "GEO")),
    ("id", "Korea Selatan memberlakukan larangan unggas Inggris.", ("SANCTION", "KOR", "GBR")),
])
def test_class_fixes_3(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "etype"), [
    # cars or livestock kept off one's own streets or island are no embargo
    ("en", "Police banned cars from the city centre during the protest.", "SANCTION"),
    ("id", "Pemerintah melarang ternak masuk ke Bali.", "SANCTION"),
    ("id", "Polisi melarang mobil melintas di Jalan Sudirman.", "SANCTION"),
])
def test_class_negatives_3(lang, text, etype):
    assert etype not in {k[0] for k in event_keys(text, lang, PUB)}
