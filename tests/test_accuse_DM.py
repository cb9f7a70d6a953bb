"""English accusations, helper DM (session 31): fam-DI's accusations by construction brought back with the rules that
broke older own sets narrowed (tests/test_accuse_AT.py, tests/test_targetless.py); own sentences, not of any set's
file."""

from __future__ import annotations

import pytest

from sentence_sets import event_keys

PUB = "2024-11-15"


# --- batch 1: a charge's participle of a longer pattern is not an infinitive's "to" (roles._charge_participle: "The
# US House of Representatives voted to impeach" is the House's act, not a House voted on); a reported breach of a
# ceasefire stays the violator's act (lang/en/triggers.tsv saidviolated: no truce words, GUIDELINES: a report of an
# act is the act claimed by the reporter)
@pytest.mark.parametrize(("text", "key"), [
    ("Peru's Congress voted to impeach the interior minister.", ("ACCUSE", "PER", "PER")),
    ("The Brazilian Senate voted to impeach the president.", ("ACCUSE", "BRA", "BRA")),
])
def test_batch1_votes_to_impeach(text, key):
    # (the participle of a longer pattern stays one: tests/test_accuse_DI.py, "militants ... accused of staging")
    assert key in event_keys(text, "en", PUB)


@pytest.mark.parametrize("text", [
    "Israel said Hamas violated the truce in Gaza on Monday.",
    "Armenia said Azerbaijani troops breached the ceasefire overnight.",
])
def test_batch1_reported_truce_breach_is_no_accusation(text):
    assert "ACCUSE" not in {k[0] for k in event_keys(text, "en", PUB)}


def test_batch1_reported_breach_of_sovereignty_kept():
    # a breach of airspace or of a zone said by the state breached stays its accusation
    assert ("ACCUSE", "KOR", "PRK") in event_keys("Seoul said North Korean drones violated its airspace on Monday.",
                                                 "en", PUB)
