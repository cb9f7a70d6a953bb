"""Actors with no country in international news (part AI): own news-style sentences in English and Indonesian
(tests/data/actors_AI.jsonl), in the gold's record form with their text, every sentence coded by GUIDELINES.md
BEFORE warta was run on any of them, lines with no event too.  Perpetrators and forces named without their state
("gunmen", "militants", "security forces", "orang bersenjata", "pemberontak di Mali utara") take the country of the
scene, of a nationality adjective or of a known region; foreign office-holders by title; groups by description
("a Shiite militia", "an al-Qaeda affiliate"); negatives: a film, sport, weather, "militant fans", "an army of
volunteers"."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

PUB = "2024-11-15"
DATA = Path(__file__).parent / "data" / "actors_AI.jsonl"


# Measured right after coding, before any fix (2026-12-05): en F1 0.731 (TP 19, FP 8, FN 6), id F1 0.810 (TP 17,
# FP 3, FN 5).  Tear gas at demonstrators recoded ASSAULT (PLOVER crowd-control; en-07, id-07, a coding error) and
# with a compass adjective a place noun ("Rebels in eastern Congo attacked") and one attack per bombing
# (conventions._later_victims): en 0.902 (TP 23, FP 3, FN 2), id 0.878 (TP 18, FP 1, FN 4); with protesters fired
# on the object of the act ("opened fire on protesters"): en 0.920 (TP 23, FP 2, FN 2); with monks, priests, herders
# and miners civilians in both languages: id 0.905 (TP 19, FP 1, FN 3).  Unchanged by the later fixes (end of session
# 13: en 0.920, id 0.905).
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.919, 2), "id": (0.904, 1)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "actors-AI", RATCHET)


def _events(text: str, lang: str) -> list:
    from warta.api import extract

    return extract(text, lang=lang, published=PUB)


# the fixes, each with sentences of our own (not of the set's file) and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # a compass adjective between "in" and the state is a place noun: the people before it act, the state is their
    # place (lang/en/word_classes.tsv place_noun)
    ("en", "Militants in northwestern Pakistan attacked a police checkpoint.", ("ASSAULT", "PAK", "PAK")),
    ("en", "Farmers in central India demanded higher crop prices from the government.", ("REQUEST", "IND", "IND")),
    # a bomb's place is its target only when no later act of the sentence names whom it hit
    # (conventions._later_victims)
    ("en", "A car bomb exploded in Kabul, killing five police officers.", ("ASSAULT", "AFG", "AFG")),
    ("id", "Bom mobil meledak di Kabul dan menewaskan lima polisi.", ("ASSAULT", "AFG", "AFG")),
    ("en", "A suicide bomber struck a wedding in northern Iraq.", ("ASSAULT", "IRQ", "IRQ")),
    # the adjective of a people or region within one state names that state's people (knowledge/country_aliases.tsv)
    ("en", "Tibetan monks protested against the government.", ("PROTEST", "CHN", "CHN")),
    ("en", "Chechen police arrested three men.", ("COERCE", "RUS", "RUS")),
    ("en", "Moro rebels attacked an army post.", ("ASSAULT", "PHL", "PHL")),
    ("id", "Pemberontak Moro menyerang sebuah pos tentara.", ("ASSAULT", "PHL", "PHL")),
    ("en", "Basque separatists bombed a police station.", ("ASSAULT", "ESP", "ESP")),
    # a group of no home country (XXXREB) gives no state to unnamed people beside it: the scene's (events._actor_ref)
    ("en", "Islamic State militants killed 15 soldiers in Niger.", ("ASSAULT", "XXX", "NER")),
    ("id", "Militan ISIS menewaskan 12 warga desa di Suriah timur.", ("ASSAULT", "XXX", "SYR")),
    # protesters fired on are the shooting's target, not a protest by the shooters (conventions._object_of_act)
    ("en", "Soldiers opened fire on protesters in Yangon.", ("ASSAULT", "MMR", "MMR")),
    ("en", "Protesters in Lima demanded the resignation of the president.", ("REQUEST", "PER", "PER")),
    # people of religion and rural work are civilians of the scene, in both languages (lang/*/sectors.tsv)
    ("id", "Ratusan biksu menggelar unjuk rasa di Yangon.", ("PROTEST", "MMR", "MMR")),
    ("id", "Kelompok bersenjata menyerang para penggembala di negara bagian Benue, Nigeria.", ("ASSAULT", "NGA", "NGA")),
    ("en", "Gunmen killed 12 miners in Zamfara state.", ("ASSAULT", "NGA", "NGA")),
    # districts of armed conflict the city list lacks (knowledge/regions.tsv, lang/id/place_aliases.tsv)
    ("en", "Militants attacked a checkpoint in North Waziristan.", ("ASSAULT", "PAK", "PAK")),
    ("id", "Militan menyerang pos pemeriksaan di Waziristan Utara.", ("ASSAULT", "PAK", "PAK")),
    ("en", "Gunmen killed six soldiers in Cauca.", ("ASSAULT", "COL", "COL")),
    ("en", "Unknown assailants set fire to a school in Kasai.", ("ASSAULT", "COD", "COD")),
    ("en", "Militants killed four soldiers in the Gedo region.", ("ASSAULT", "SOM", "SOM")),
    # with no later act naming victims, the place of what was attacked still stands for its state
    ("id", "Kelompok bersenjata menyerang sebuah desa di Mali tengah.", ("ASSAULT", "MLI", "MLI")),
    # a state's forces holding unnamed people in another state hold that state's people (practice.domestic_coercion)
    ("en", "French soldiers detained two suspects in northern Mali.", ("COERCE", "FRA", "MLI")),
    ("en", "In Mosul, American troops arrested a young shopkeeper.", ("COERCE", "USA", "IRQ")),
    ("en", "Nigerian troops arrested a suspected bomb maker in Maiduguri.", ("COERCE", "NGA", "NGA")),
    # bandits are armed men of their place in both languages; the Niger Delta is Nigeria's
    ("id", "Bandit menculik 20 warga desa di negara bagian Katsina, Nigeria.", ("ASSAULT", "NGA", "NGA")),
    ("en", "Armed bandits killed 12 people in Sokoto.", ("ASSAULT", "NGA", "NGA")),
    # (lead, session 18: the engineers are no longer "foreign" here: foreign people take no state from the scene,
    # events._foreign; the point is the kidnappers of the place)
    ("en", "Kidnappers seized three oil engineers in the Niger Delta.", ("COERCE", "NGA", "NGA")),
    # a bare state force using force on a place of the state it is given stands against the people there (own-place)
    ("en", "Paramilitaries shelled a hospital in Nyala.", ("ASSAULT", "SDN", "SDN")),
    ("id", "Tentara mengebom sebuah desa di Magway.", ("ASSAULT", "MMR", "MMR")),
])
def test_ai_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # a state attacked after a compass adjective is still the target, not the agent's place
    ("en", "Russian forces shelled eastern Ukraine overnight.", ("ASSAULT", "UKR", "UKR")),
    ("en", "Farmers in central India demanded higher crop prices from the government.", ("REQUEST", "IND", "")),
    # the longer state name wins over a region's adjective; a town of that name elsewhere is no state's people
    ("en", "Papua New Guinean police arrested three men.", ("COERCE", "IDN", "IDN")),
    ("en", "Moro rebels attacked an army post.", ("ASSAULT", "PAK", "PAK")),
    ("en", "Al-Qaeda militants killed 12 villagers.", ("ASSAULT", "XXX", "XXX")),
    ("id", "Militan ISIS menewaskan 12 warga desa.", ("ASSAULT", "XXX", "XXX")),
    ("en", "Police arrested three Islamic State members.", ("COERCE", "XXX", "XXX")),
    ("en", "Soldiers opened fire on protesters in Yangon.", ("PROTEST", "MMR", "MMR")),
    ("en", "Police fired rubber bullets at protesters in Lima.", ("PROTEST", "PER", "PER")),
    # a mining company reporting its profit does no act to anyone
    ("id", "Penambang emas itu melaporkan laba naik 12 persen di Nevada.", ("ACCUSE", "USA", "USA")),
    ("en", "Heavy rain flooded villages in North Waziristan.", ("ASSAULT", "PAK", "PAK")),
    ("en", "French soldiers detained two suspects in northern Mali.", ("COERCE", "FRA", "FRA")),
    ("en", "Kidnappers seized three foreign engineers in the Niger Delta.", ("COERCE", "NER", "NER")),
    ("id", "Film tentang bandit di Meksiko itu laris di bioskop.", ("ASSAULT", "MEX", "MEX")),
    ("en", "Israeli tanks rolled in as troops shelled Gaza.", ("ASSAULT", "PSE", "PSE")),
    ("id", "Polisi melumpuhkan sindikat penyelundupan senjata di Surabaya.", ("ASSAULT", "IDN", "IDN")),
])
def test_ai_negatives(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text"), [
    # one attack, not one on the town and another on those it killed (the gold codes no dyad twice)
    ("en", "A suicide bomber blew himself up at a market in Quetta, killing at least 20 shoppers."),
    ("id", "Seorang pelaku bom bunuh diri meledakkan dirinya di sebuah pasar di Quetta dan menewaskan 20 pengunjung."),
    # a state named as the place of what was attacked, when a later act names whom the attack hit
    # (conventions._victims_named_later)
    ("id", "Milisi menyerbu sebuah desa di Sudan barat dan menewaskan 30 orang."),
    ("id", "Kelompok bersenjata menyerang sebuah desa di Mali tengah dan menewaskan 12 warga."),
])
def test_ai_one_attack(lang, text):
    assert len([e for e in _events(text, lang) if e.type == "ASSAULT"]) == 1
