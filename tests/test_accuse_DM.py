"""English accusations, helper DM (session 31): fam-DI's accusations by construction brought back with the rules that
broke older own sets narrowed (tests/test_accuse_AT.py, tests/test_targetless.py), then more accusations the coder
missed. The own set tests/data/accuse_DM.jsonl (34 English, 10 Indonesian sentences, 11 with no event), coded by
GUIDELINES.md BEFORE warta was run on any of them: evaluative speech ("called X a provocation", "blamed X for", "held
X responsible", "denounced as"), investigations and legal acts ("opened an investigation into", "sued", "filed a
protest", "indicted", "charged", "convicted", "found guilty"), noun-phrase accusations ("X's criticism of Y",
"accusations by X that ..."), with negatives (an inquiry into a collapse, a coach blaming the rain, buses charged)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "accuse_DM.jsonl"
PUB = "2024-11-15"

# Measured right after coding, before any fix (2026-12-07, fam-DM 2b2eb0ca: fam-DI with batch 1; main d15b915b without
# fam-DI the same): en F1 0.833 (TP 20, FP 1, FN 7), id F1 1.000 (TP 7, FP 0, FN 0).
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.833, 1), "id": (0.999, 0)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "accuse-DM", RATCHET)
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
