"""Domestic and sub-national actors, mended (helper DN, session 31): fam-DL (tests/test_actors_DL.py) brought back
with the three narrowings that keep the older own sets whole, each checked on sentences of our own (not of any set's
file) with a negative."""

from __future__ import annotations

import pytest

from sentence_sets import event_keys

PUB = "2025-06-20"


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
