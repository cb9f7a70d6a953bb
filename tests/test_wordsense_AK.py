"""Word sense by construction (helper AK, thirteenth session): own news-style sentences in English and Indonesian
(tests/data/wordsense_AK.jsonl) whose trigger has two codebook readings, chosen by its object, subject or
construction ("menyerang kota" an attack, "menyerang kebijakan" criticism; "menekan Iran agar" pressure, "menekan
angka inflasi" none; "hit an oil refinery" an attack, "hit out at" criticism, "struck a two-year low" none). Every
sentence coded by GUIDELINES.md BEFORE warta was run on any of them, negatives included."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "wordsense_AK.jsonl"
PUB = "2024-11-15"


# Measured right after coding, before any fix (2026-12-05): en F1 0.667 (TP 11, FP 5, FN 6), id F1 0.846 (TP 22,
# FP 5, FN 3); with id-17 recoded RETREAT (surrender, CAMEO 0874: a coding error against the codebook, its own
# commit): id 0.885 (TP 23, FP 4, FN 2).  After the fixes below: en 0.765 (TP 13, FP 4, FN 4), id 0.980 (TP 25, FP 1,
# FN 0); with the strike against an actor and the act backed down from: en 0.848 (TP 14, FP 2, FN 3).  The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.847, 2), "id": (0.979, 1)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "wordsense-AK", RATCHET)


# the fixes, each with sentences of our own (not of the set's file) and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # striking at words, a policy or a person through a medium or about a matter is criticism (ACCUSE 111), as
    # "menyerang kebijakan": "menghantam" joins the rows serangverbal, serangmedium, serangsoal
    ("id", "Ketua DPR menghantam kebijakan impor beras pemerintah dalam rapat paripurna.", ("ACCUSE", "IDN", "IDN")),
    ("id", "Perdana Menteri Hungaria menghantam Uni Eropa melalui pidatonya di Budapest.", ("ACCUSE", "HUN", "IGOEU")),
    ("id", "Trump menghantam China soal tarif baja.", ("ACCUSE", "USA", "CHN")),
    # a missile that strikes a base stays an attack
    ("id", "Rudal Iran menghantam pangkalan udara di Israel selatan dalam serangan malam hari.", ("ASSAULT", "IRN", "ISR")),
    # a freeze of a state's or its people's assets is a sanction (SANCTION 163, PETRARCH: FREEZE * ASSET [163])
    ("id", "Inggris membekukan aset bank sentral Rusia.", ("SANCTION", "GBR", "RUS")),
    ("en", "The European Union froze the assets of Belarusian officials.", ("SANCTION", "IGOEU", "BLR")),
    # backing down or off is yielding (CONCEDE 080), not backing someone
    ("en", "Beijing backed off from its ban on Japanese seafood.", ("CONCEDE", "CHN", "JPN")),
    ("en", "Russia backed down in its dispute with Azerbaijan over the downed airliner.", ("CONCEDE", "RUS", "AZE")),
    ("en", "The United States backed Taiwan's bid to join the WHO.", ("SUPPORT", "USA", "TWN")),
    # firing on or upon people is shooting at them (ASSAULT 190)
    ("en", "Myanmar soldiers fired on villagers in Sagaing.", ("ASSAULT", "MMR", "MMR")),
    ("en", "Kenyan police fired upon demonstrators in Nairobi.", ("ASSAULT", "KEN", "KEN")),
    ("en", "Israeli troops fired on Palestinian fishermen off Gaza.", ("ASSAULT", "ISR", "PSE")),
])
def test_word_sense_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # a missile strike is no criticism; a frozen price is no sanction; an asset freeze is no seizure
    ("id", "Rudal Iran menghantam pangkalan udara di Israel selatan dalam serangan malam hari.", ("ACCUSE", "IRN", "ISR")),
    ("id", "Inggris membekukan aset bank sentral Rusia.", ("COERCE", "GBR", "RUS")),
    # backing down is not backing
    ("en", "Beijing backed off from its ban on Japanese seafood.", ("SUPPORT", "CHN", "JPN")),
    ("en", "Russia backed down in its dispute with Azerbaijan over the downed airliner.", ("SUPPORT", "RUS", "AZE")),
    # a coach "fired on Tuesday" is dismissed, not shot at
    ("en", "Argentina's coach was fired on Tuesday after the defeat by Brazil.", ("ASSAULT", "ARG", "")),
    ("en", "Argentina's coach was fired on Tuesday after the defeat by Brazil.", ("ASSAULT", "ARG", "BRA")),
])
def test_word_sense_negatives(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)


def test_a_frozen_price_is_no_event():
    assert not event_keys("Pemerintah membekukan harga bahan bakar hingga akhir tahun.", "id", PUB)


# a strike against or over an actor's act is a protest aimed at it (PROTEST 143); an act backed down from is given up
@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "Teachers in Kenya went on strike over the government's failure to pay them.", ("PROTEST", "KEN", "KEN")),
    ("en", "Dock workers in Chile walked out against the government's pension reform.", ("PROTEST", "CHL", "CHL")),
    ("en", "China backed down from its threat to ban Australian wine.", ("CONCEDE", "CHN", "AUS")),
])
def test_strike_and_back_down(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    ("en", "Teachers in Kenya went on strike over the government's failure to pay them.", ("ACCUSE", "KEN", "KEN")),
    ("en", "China backed down from its threat to ban Australian wine.", ("THREATEN", "CHN", "AUS")),
    # a threat made and not backed down from stays a threat
    ("en", "China threatened to ban Australian wine.", ("CONCEDE", "CHN", "AUS")),
])
def test_strike_and_back_down_negatives(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)


def test_a_threat_not_backed_down_from_stays():
    assert ("THREATEN", "CHN", "AUS") in event_keys("China threatened to ban Australian wine.", "en", PUB)


# holding back money or aid owed to a party is stopping material aid (SANCTION 162), not a detention (COERCE 173)
@pytest.mark.parametrize(("lang", "text", "key"), [
    ("id", "Israel menahan dana pajak milik Otoritas Palestina.", ("SANCTION", "ISR", "PSE")),
    ("id", "Amerika Serikat menahan bantuan militer untuk Ukraina selama dua bulan.", ("SANCTION", "USA", "UKR")),
    ("en", "Israel withheld tax revenues owed to the Palestinian Authority.", ("SANCTION", "ISR", "PSE")),
    ("en", "The United States withheld military aid from Ukraine for two months.", ("SANCTION", "USA", "UKR")),
    ("en", "Washington withheld funding for the Palestinian Authority.", ("SANCTION", "USA", "PSE")),
    # a person held stays an arrest, also with money named later in the sentence
    ("id", "Polisi Malaysia menahan tersangka penyelewengan dana bantuan banjir.", ("COERCE", "MYS", "MYS")),
    ("id", "Pemerintah Rusia menahan seorang jurnalis Amerika atas tuduhan spionase.", ("COERCE", "RUS", "USA")),
])
def test_withheld_money_is_a_sanction(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    ("id", "Israel menahan dana pajak milik Otoritas Palestina.", ("COERCE", "ISR", "PSE")),
    ("id", "Polisi Malaysia menahan tersangka penyelewengan dana bantuan banjir.", ("SANCTION", "MYS", "MYS")),
    ("en", "British police withheld the name of the Russian suspect.", ("SANCTION", "GBR", "RUS")),
])
def test_withheld_money_negatives(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)


# people held for questioning or in custody are detained (COERCE 173); a party hit with a measure named between the
# verb and the measure is its target (SANCTION 163)
@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "Police in Hong Kong held three journalists for questioning.", ("COERCE", "HKG", "HKG")),
    ("en", "Iran held two French citizens without charge for three years.", ("COERCE", "IRN", "FRA")),
    ("en", "Egyptian authorities are holding the activist in custody.", ("COERCE", "EGY", "EGY")),
    ("en", "The US hit China with new tariffs on electric vehicles.", ("SANCTION", "USA", "CHN")),
    ("en", "Trump hit Canada and Mexico with tariffs.", ("SANCTION", "USA", "MEX")),
    # talks held stay talks
    ("en", "The foreign ministers of Japan and South Korea will hold talks in Seoul.", ("CONSULT", "JPN", "KOR")),
])
def test_held_and_hit_with(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    ("en", "The foreign ministers of Japan and South Korea will hold talks in Seoul.", ("COERCE", "JPN", "KOR")),
    ("en", "The typhoon hit Vietnam with heavy rain and strong winds.", ("SANCTION", "", "VNM")),
])
def test_held_and_hit_with_negatives(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)
