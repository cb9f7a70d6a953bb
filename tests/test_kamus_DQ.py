"""English acts the coder did not see at all (helper DQ, session 32): own news-style sentences
(tests/data/kamus_DQ.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them, on how English wire news
states rejections, threats, requests, aid, support, sanctions and accusations by the codebook ("rebuffed", "turned
down", "brushed aside", "vowed to retaliate", "issued an ultimatum", "pressed X to", "froze the assets", "slapped
tariffs on", "lodged a protest", "took X to court", "lashed out at") and the other senses of their words (a storm
that threatens, grapes pressed, frozen fish, the support of cables), a quarter with no event."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "kamus_DQ.jsonl"
PUB = "2025-06-20"

# Measured right after coding, before any change (2026-12-07, main bf6fb19a): en F1 0.970 (TP 32, FP 0, FN 2); the misses:
# a pledge of money (AGREE 0331, "pledged 500 million euros to") and aid shipped to survivors in a country.
# Batch 1: en F1 0.985 (TP 33, FP 0, FN 1): the pledge to act in a place is made to its state (event_types.tsv
# pledged_to_place); left: "to earthquake survivors in Turkey" (a noun before the sector word "survivors" hides it:
# the actor layer's).  Batches 2, 4 and 5 (rows tested below) leave the set as it is (it had no sentence of theirs).
# Measured and taken back: an invitation snubbed and charges scoffed at as REJECT (no figure moved), "wants a loan
# from" as REQUEST 023 (tuning en FP +1, no event more).
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.984, 0)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "kamus-DQ", RATCHET)


# the rows and the reading added, each with sentences of our own (not of the set's file) and negatives
@pytest.mark.parametrize(("text", "key"), [
    # a hostile step announced in the words of a diplomatic threat (triggers.tsv willcounter ... warnresponse)
    ("China vowed to take resolute countermeasures against Lithuania.", ("THREATEN", "CHN", "LTU")),
    ("North Korea said it may take military action against South Korea.", ("THREATEN", "PRK", "KOR")),
    ("Iran said it would respond to any Israeli attack.", ("THREATEN", "IRN", "ISR")),
    ("Turkey said it would not hesitate to act against Kurdish militants in Syria.", ("THREATEN", "TUR", "SYR")),
    ("Russia reserves the right to retaliate against Finland.", ("THREATEN", "RUS", "FIN")),
    # support withdrawn is relations reduced (withdrawsupport)
    ("The United States withdrew its support for the Saudi-led coalition in Yemen.", ("SANCTION", "USA", "SAU")),
    # a pledge to act in a place is made to its state (event_types.tsv pledged_to_place)
    ("China promised to build a new port in Sri Lanka.", ("AGREE", "CHN", "LKA")),
    # batch 2: contacts broken off, approval given to a party's act, a congratulatory message, complicity said
    ("Israel decided to break off all contacts with the Palestinian Authority.", ("SANCTION", "ISR", "PSE")),
    ("The United States offered full approval to Indonesia's plan.", ("SUPPORT", "USA", "IDN")),
    ("Indonesia's president sent a congratulatory message to the Australian prime minister.", ("SUPPORT", "IDN", "AUS")),
    ("The Philippines said Chinese officials were implicated in the smuggling ring.", ("ACCUSE", "PHL", "CHN")),
    # batch 4: what a speaker says another party must or should do is asked of it
    ("Iran said the United States must lift all sanctions.", ("REQUEST", "IRN", "USA")),
    ("The IMF said Argentina must cut its deficit.", ("REQUEST", "IGOIMF", "ARG")),
    ("The United States said it was time for Israel to halt the offensive.", ("REQUEST", "USA", "ISR")),
])
def test_added_rows_code_the_act(text, key):
    assert key in event_keys(text, "en", PUB)


@pytest.mark.parametrize(("text", "absent"), [
    ("The United States withdrew its support for the Saudi-led coalition in Yemen.", ("SUPPORT", "USA", "SAU")),
    # aid announced for a party names its recipient: no place reading ("for" is no preposition of place)
    ("The Pentagon announced a new package of military aid for Ukraine.", ("AGREE", "USA", "UKR")),
])
def test_added_rows_negatives(text, absent):
    assert absent not in event_keys(text, "en", PUB)


@pytest.mark.parametrize("text", [
    "The minister will respond to questions from lawmakers on Tuesday.",
    "The airline reserves the right to change its fares without notice.",
    "Germany pledged to build more wind farms in the North Sea.",
    "The board gave the go-ahead for the new airline at a meeting last week.",
    "The storm cut off communications with the island for three days.",
    "Obama said the United States must lead the world.",
])
def test_added_rows_other_senses(text):
    assert not {k for k in event_keys(text, "en", PUB) if k[0] in ("THREATEN", "AGREE", "SANCTION", "SUPPORT", "REQUEST")}
