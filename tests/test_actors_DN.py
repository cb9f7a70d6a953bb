"""Domestic and sub-national actors, mended (helper DN, session 31): fam-DL (tests/test_actors_DL.py) brought back
with the three narrowings that keep the older own sets whole, each checked on sentences of our own (not of any set's
file) with a negative."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "actors_DN.jsonl"
PUB = "2025-06-20"

# The own set (tests/data/actors_DN.jsonl, 14 sentences, coded before any run): Indonesian police units by acronym,
# Australian state police and governments, a union of its members; four with no event.
# Measured right after coding (2026-12-07, fam-DN at 100de87e, fam-DL and its mend in): en F1 0.857 (TP 3, FP 0, FN
# 1), id F1 0.727 (TP 4, FP 0, FN 3). Missed: "Striking nurses in Victoria accused" read as one trigger (no pair);
# "Propam" and "Tim Resmob" (units of the Indonesian police no file knew; "tim resmob" a sector of no state).
# Batch 2 (Indonesian police units and teams by acronym, knowledge/organisations_more.tsv): id F1 1.000 (TP 7, FP 0).
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.857, 0), "id": (1.0, 0)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "actors-DN", RATCHET)


@pytest.mark.parametrize(("lang", "text", "key"), [
    # (1) a plural possessive between sector nouns joins them: the union is its members' (actors._joins), so that
    # DL's lower-case "union" (sectors.tsv) does not cut "the French pilots' union" off its state
    ("en", "The Italian farmers' union accused the government of betraying growers.", ("ACCUSE", "ITA", "ITA")),
    ("en", "The French pilots' union criticised Air France over pay cuts.", ("ACCUSE", "FRA", "FRA")),
    # (2) the place of a charge or an inquiry is where its organs act, when a legal organ is named
    ("en", "Police charged a man with assault in Adelaide.", ("ACCUSE", "AUS", "AUS")),
    # (3) a name of no actor after a determiner qualifies the act's noun after it; the act beside it stands
    ("en", "Police used tear gas against protesters outside the Woomera detention centre.", ("ASSAULT", "AUS", "AUS")),
])
def test_mended_coded(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # (2) no legal organ named: a doctor's "memeriksa" is an examination, and the place sets no actor's state
    ("id", "Dokter memeriksa luka para nelayan setibanya di Kupang.", "ACCUSE"),
    # (3) "the Woomera detention centre", "the Baxter detention centre": the place, no detention
    ("en", "Police used tear gas against protesters outside the Woomera detention centre.", "COERCE"),
    ("en", "Riot police removed protesters from outside the Villawood detention centre.", "COERCE"),
])
def test_mended_not_coded(lang, text, absent):
    assert absent not in {k[0] for k in event_keys(text, lang, PUB)}
