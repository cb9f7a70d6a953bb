"""Domestic and sub-national actors by construction (helper DL, session 30): own news-style sentences in English and
Indonesian (tests/data/actors_DL.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them: sub-national
units that give their country ("Victorian police", "the Queensland Government", "Texas Governor", "Polda Jawa Timur",
"Pemprov Jabar", "Kapolres Bogor"), people nouns as actors of the scene's country ("a teenager", "residents",
"gunmen", "warga", "massa", "pengemudi ojol"), a surname or a title alone after the named person ("Allan", "the
Premier", "Kapolda"); a quarter with no event."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "actors_DL.jsonl"
PUB = "2025-06-20"

# Measured right after coding, before any fix (2026-12-07, fam-DL at b663a7f0): en F1 0.812 (TP 13, FP 2, FN 4), id
# F1 0.875 (TP 14, FP 1, FN 3).  After batch 1 (a town or subdivision before a noun of its local body, Australian
# states' adjectives as places, "the union", Darwin, Australian regions): en 0.882 (TP 15, FP 2, FN 2), id unchanged.
# After batches 2-3 (initials with an age, people nouns, the place of a charge, bodies of civil society, KUHP,
# "pegawai"): id 0.909 (TP 15, FP 1, FN 2), en unchanged.
# Measured after batches 2-3 and taken back (each left dev, tuning and blind equal or worse, with no own-set gain):
# a title alone after the person given it in the article taking that person (coref; tuning in documents en FP +1);
# "The" opening a sentence not making a town part of a name (all equal); "Mr Howard" and three ministers' surnames
# as short forms of Australian office-holders of 2001 (tuning en FP +1).
# Coded as COERCE 173 here, "charged" is ACCUSE 115 in the project's gold (en-04, en-05): left as coded.
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.881, 2), "id": (0.908, 1)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "actors-DL", RATCHET)


# batch 1, each fix with sentences of our own (not of the set's file) and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # (1) a small town or a subdivision right before a noun of its local body (place_words.tsv organ)
    ("en", "Kerala police detained two fishermen on Friday.", ("COERCE", "IND", "IND")),
    ("en", "Selangor police arrested a lorry driver.", ("COERCE", "MYS", "MYS")),
    ("en", "Sichuan authorities detained a blogger.", ("COERCE", "CHN", "CHN")),
    # (2) Darwin is a town as well as a surname (place_words.tsv person_name, no longer stop)
    ("en", "Police in Darwin arrested two teenagers.", ("COERCE", "AUS", "AUS")),
    # (3) the adjectives of Australia's states are the state (place_aliases.tsv): its offices are local ones
    ("en", "Tasmanian police arrested a fisherman.", ("COERCE", "AUS", "AUS")),
    ("en", "Doctors criticised the Victorian Government over hospital waiting lists.", ("ACCUSE", "AUS", "AUS")),
    ("en", "The Tasmanian Premier criticised the Prime Minister over health funding.", ("ACCUSE", "AUS", "AUS")),
    # (4) "the union" in lower case is a trade union (sectors.tsv, CVL)
    ("en", "The union accused the New South Wales Government of breaking its promise.", ("ACCUSE", "AUS", "AUS")),
    # (5) Australian regions and towns the city list lacks (regions.tsv)
    ("en", "Police in Woomera arrested three detainees.", ("COERCE", "AUS", "AUS")),
    # the union's capitalised namesakes keep their reading
    ("en", "The European Union criticised Russia over the elections.", ("ACCUSE", "IGOEU", "RUS")),
    ("en", "Union Home Minister Amit Shah criticised the opposition.", ("ACCUSE", "IND", "IND")),
])
def test_batch1_coded(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # the negatives: a surname is still no place next to a name; "Union" of a name keeps its reading
    ("en", "Charles Darwin criticised the church.", ("ACCUSE", "AUS", "")),
    ("en", "The European Union criticised Russia over the elections.", ("ACCUSE", "CVL", "RUS")),
])
def test_batch1_negatives(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)


# batch 2, each fix with sentences of our own and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # (1) initials set off with an age are a person, not the state they spell (actors._aged_names)
    ("id", "Polisi menangkap AS (35) di Sleman setelah pencurian itu.", ("COERCE", "IDN", "IDN")),
    ("id", "Tersangka RI (20) ditangkap polisi di Bantul.", ("COERCE", "IDN", "IDN")),
    # (2) more people of domestic news (sectors.tsv, CVL; employers BUS)
    ("en", "Graziers in Dubbo accused the state government of ignoring the drought.", ("ACCUSE", "AUS", "AUS")),
    ("en", "Traditional owners in Broome rejected the gas hub plan of the Western Australian Government.",
     ("REJECT", "AUS", "AUS")),
    # (3) what a charge or a verdict is about happened where its organs act (anchors.framing_country, legal_own)
    ("en", "Police charged a 19-year-old man with robbery in Townsville.", ("ACCUSE", "AUS", "AUS")),
])
def test_batch2_coded(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # the negatives: the state's acronym outside an age is still the state; a demand's content is still no scene
    ("id", "Pemerintah AS menjatuhkan sanksi kepada Iran.", ("SANCTION", "IDN", "IRN")),
    ("id", "Demonstran menuntut Rusia menghentikan serangan di Kharkiv.", ("REQUEST", "UKR", "RUS")),
])
def test_batch2_negatives(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)


def test_batch2_state_acronym_kept():
    assert ("SANCTION", "USA", "IRN") in event_keys("Pemerintah AS menjatuhkan sanksi kepada Iran.", "id", PUB)


# batch 3, each fix with sentences of our own and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # (1) a state's adjective and an unknown name ending in a noun of civil society (word class civic_head): civilians
    ("en", "The Australian Conservation Foundation accused the Tasmanian Government of ignoring the forests.",
     ("ACCUSE", "AUS", "AUS")),
    ("en", "The Indonesian Journalists Union condemned the police over the beating of a reporter in Medan.",
     ("ACCUSE", "IDN", "IDN")),
    # (2) Australian minor parties by name (organisations_more.tsv)
    ("en", "One Nation accused the airline Qantas of abandoning country towns.", ("ACCUSE", "AUS", "AUS")),
    # (3) "pegawai" are employees, civilians (id sectors.tsv; "pegawai negeri" stays GOV)
    ("id", "Wali Kota Bekasi mengancam akan memecat pegawai yang membolos.", ("THREATEN", "IDN", "IDN")),
    # (4) Indonesia's criminal code sets the scene in Indonesia (id place_aliases.tsv)
    ("id", "Polisi menjerat pelaku dengan Pasal 338 KUHP tentang pembunuhan.", ("ACCUSE", "IDN", "IDN")),
])
def test_batch3_coded(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # the negatives: an agency is no body of civil society; a place named keeps its state over the time zone
    ("id", "Israel menyerang Gaza pada pukul 14.00 WIB.", ("ASSAULT", "IDN", "PSE")),
])
def test_batch3_negatives(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)


def test_batch3_agency_keeps_its_sector():
    from warta.api import extract

    events = extract("The Russian Space Agency criticised NASA over the delays.", lang="en", published=PUB)
    assert all(not e.source.code.endswith("CVL") for e in events)


def test_batch3_union_before_its_demands_is_no_actor():
    # "the union" before what it asks is no actor (sectors.tsv "!"): the demands are what was rejected, with no target
    keys = event_keys("Qantas chief Geoff Dixon rejected the union demands for higher wages.", "en", "2002-01-15")
    assert ("REJECT", "AUS", "") in keys
