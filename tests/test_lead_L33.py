"""The lead's fixes of the thirty-third session, each with sentences of our own (written for the fix) and a negative."""

from __future__ import annotations

import pytest

from sentence_sets import event_keys

PUB = "2025-07-15"


@pytest.mark.parametrize(("lang", "text", "key"), [
    # a town right after the sentence's opening place preposition is the scene (where.PlaceFinder._in_name): it gives
    # the unnamed police their state
    ("en", "In Kandahar, police arrested two journalists.", ("COERCE", "AFG", "AFG")),
    ("id", "Di Kandahar, polisi menangkap dua wartawan.", ("COERCE", "AFG", "AFG")),
    # the agent of an act's noun behind "by" inside its pattern's gap (roles._gap_agent), after a determiner
    ("en", "Egypt condemned the strikes by Israel on Lebanon.", ("ASSAULT", "ISR", "LBN")),
    ("en", "The air strikes by Israeli jets on Beirut killed four people.", ("ASSAULT", "ISR", "LBN")),
    # an accusation owned by its author, called unfounded by a speaker: the speaker denies it to the author (row
    # allegunfoundedpos, frame verdict)
    ("en", "Greece said Turkey's claims were baseless.", ("REJECT", "GRC", "TUR")),
    ("en", "Turkey's allegations were false, the Greek foreign ministry said.", ("REJECT", "GRC", "TUR")),
    # the negative's positive: a noun after a determiner with no "by" stays the subject's act
    ("en", "President Widodo sent a congratulatory letter to Prime Minister Albanese after the election.",
     ("SUPPORT", "IDN", "AUS")),
])
def test_lead_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # the one who condemns did not strike, and the striker is not the one struck
    ("en", "Egypt condemned the strikes by Israel on Lebanon.", ("ASSAULT", "EGY", "ISR")),
    ("en", "The strikes by Israel on Lebanon killed four people.", ("ASSAULT", "ISR", "ISR")),
    # the author of the claims does not deny them; with no speaker named, no one denies them
    ("en", "Greece said Turkey's claims were baseless.", ("REJECT", "TUR", "")),
    ("en", "Turkey's claims were baseless.", ("REJECT", "GRC", "TUR")),
])
def test_lead_fix_negatives(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)
