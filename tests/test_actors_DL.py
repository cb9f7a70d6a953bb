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
# Coded as COERCE 173 here, "charged" is ACCUSE 115 in the project's gold (en-04, en-05): left as coded.
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.881, 2), "id": (0.874, 1)}
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
