"""Actors the coder did not find or could not place in a state (helper BP, session 21): own news-style sentences in
English and Indonesian (tests/data/actors_BP.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them, with
negatives (no place gives no state; a place that is the target's, "Russian missiles hit Kyiv", stays RUS>UKR).
Agent nouns of armed groups, crowds, residents, officials, police, prosecutors and courts in both languages, placed in
a state by the place of the event, a demonym, an office that names its town, or an Indonesian body named by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "actors_BP.jsonl"
PUB = "2025-06-20"

# Measured right after coding, before any fix (2026-12-06): en F1 0.840 (TP 21, FP 5, FN 3), id F1 0.714 (TP 15,
# FP 6, FN 6): the agent nouns and most placements were there already; what the set misses is the reading of the act
# (a riot's attack read as a protest, "clashed with" both ways, a court's sentence as COERCE, "menggusur").  After
# the fixes below: the same figures (the fixes are of constructions the set did not hold; they are checked below).
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.839, 5), "id": (0.713, 6)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "actors-BP", RATCHET)


# the fixes, each with sentences of our own (not of the set's file) and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # (1) a capital, a compass word, and "of" after a place noun stand between a place preposition and the state's
    # name: the state is where the unnamed agents are, not who acts (word classes place_noun, place_of)
    ("en", "Gunmen in the northern region of Burkina Faso killed ten soldiers.", ("ASSAULT", "BFA", "BFA")),
    ("en", "Protesters in the capital of Serbia demanded the government's resignation.", ("REQUEST", "SRB", "SRB")),
    ("id", "Pria bersenjata di wilayah barat Niger menyerang pos tentara.", ("ASSAULT", "NER", "NER")),
    ("id", "Pengunjuk rasa di ibu kota Serbia menuntut pemerintah mundur.", ("REQUEST", "SRB", "SRB")),
    # (2) "the government" after a town's or province's office of its sentence is the state's government, not that
    # office (coref): "The mayor of Istanbul accused the government" is TURGOV on TURGOV
    ("en", "The governor of Lagos criticised the government over fuel prices.", ("ACCUSE", "NGA", "NGA")),
    ("en", "The mayor of Paris accused the government of ignoring the homeless.", ("ACCUSE", "FRA", "FRA")),
    # (4) an office-holder named again with no one named before ("menteri itu", anaphora class official) is a person
    # of no stated state: a state's own prosecutors, police or courts act on their own people
    ("id", "Jaksa KPK menuntut mantan menteri itu 12 tahun penjara.", ("ACCUSE", "IDN", "IDN")),
    ("id", "Polisi Filipina menangkap mantan presiden tersebut.", ("COERCE", "PHL", "PHL")),
    # (5) an adjective of a region or people that lies within one state names its people, officials and armed men as
    # that state's (knowledge/country_aliases.tsv, as part AI's "Tibetan", "Papuan")
    ("en", "Sardinian shepherds protested against the Italian government.", ("PROTEST", "ITA", "ITA")),
    ("en", "Flemish nationalists accused the Belgian government of wasting money.", ("ACCUSE", "BEL", "BEL")),
    ("en", "Javanese students rallied against the Dutch embassy.", ("PROTEST", "IDN", "NLD")),
    # (1) the negative: a state after "the capital of" as what is attacked stays the target
    ("en", "Russia attacked the capital of Ukraine with drones.", ("ASSAULT", "RUS", "UKR")),
    ("id", "Rusia menyerang ibu kota Ukraina dengan drone.", ("ASSAULT", "RUS", "UKR")),
])
def test_actor_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # (3) an unidentified aircraft, ship or drone is of no state the place gives (word class unidentified)
    ("id", "Pesawat tempur tak dikenal menggempur sebuah pangkalan udara di ibu kota Libya.", ("ASSAULT", "LBY", "LBY")),
    ("en", "Unidentified drones attacked an army base in the north of Syria.", ("ASSAULT", "SYR", "SYR")),
    # (2) the negative: the government of another state named after it stays that state's
    ("en", "The Turkish foreign minister accused the government of Greece of provocation.", ("ACCUSE", "TUR", "TUR")),
    # (4) the negative: no one else gives such an office-holder a state (the one who condemns is no legal organ)
    ("id", "Rusia mengecam menteri itu.", ("ACCUSE", "RUS", "RUS")),
    # (5) the negative: a people over several states names none ("Kurdish", "Tamil" are left out)
    ("en", "Kurdish fighters attacked an army post near the border.", ("ASSAULT", "TUR", "TUR")),
    # the negative: no place, no state ("unknown stays unknown")
    ("en", "Gunmen killed four soldiers at a checkpoint overnight.", ("ASSAULT", "IDN", "IDN")),
    ("id", "Orang tak dikenal menembak seorang pengemudi ojek pada Minggu malam.", ("ASSAULT", "IDN", "IDN")),
])
def test_actor_negatives(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "code"), [
    # (1) the agent keeps its sector with the state of the place ("Polisi di wilayah selatan Thailand": THACOP)
    ("id", "Polisi di wilayah selatan Thailand menangkap tiga tersangka.", "THACOP"),
    ("en", "Protesters in the capital of Kenya accused the police of brutality.", "KENCVL"),
])
def test_placed_agent_keeps_its_sector(lang, text, code):
    from warta.api import extract

    assert code in {e.source.code for e in extract(text, lang=lang, published=PUB)}
