"""Family CW (session 27): four defects other helpers found and left.  Own news-style sentences in English and
Indonesian (tests/data/family_CW.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them: air strikes
that kill people "on" a day, a deadline given to two parties, a condemnation followed by an appeal to a body, aid to
two recipients, and sentences with no event."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "family_CW.jsonl"
PUB = "2025-09-10"

# Measured right after coding, before any fix (2026-12-07, main c3c351d8): en F1 0.769 (TP 5, FP 2, FN 1), id F1 1.000
# (TP 4, FP 0, FN 0): "Russian air strikes killed nine civilians on Tuesday" coded nothing (defect 1), and "has given
# Sweden and Finland a two week deadline" was aid to both (defect 2).
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.999, 0), "id": (0.999, 0)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "family-CW", RATCHET)


# the fixes, each with sentences of our own (not of the set's file) and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # (1) a gap crosses no past form of another act: "air strikes killed ... on Sunday" is no "strike ~ on", and
    # (3) "condemned the strike and called on the UN" is an appeal, not a strike on the UN
    ("en", "Israeli air strikes killed 14 people on Sunday.", ("ASSAULT", "ISR", "")),
    ("en", "Pakistan condemned the strike and called on the United Nations to act.", ("REQUEST", "PAK", "IGOUN")),
    # the gap still crosses a past form after an article (an adjective) and plain words
    ("en", "Russia carried out a strike on the Ukrainian city of Sumy.", ("ASSAULT", "RUS", "UKR")),
    # ... and a participle before its agent or origin (word class participle_prep)
    ("en", "A missile launched from Syria hit a village in northern Israel.", ("ASSAULT", "SYR", "ISR")),
    # (2) money given to a list of recipients is still aid to each
    ("en", "Japan gave Kenya and Ethiopia two million dollars.", ("AID", "JPN", "ETH")),
])
def test_fixes_code(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "Pakistan condemned the strike and called on the United Nations to act.", ("ASSAULT", "PAK", "IGOUN")),
    # (2) a deadline given is no aid, wherever the recipients stand (also after a list of them)
    ("en", "The EU gave Serbia and Kosovo a three month deadline to settle the dispute.", ("AID", "IGOEU", "SRB")),
])
def test_fixes_do_not_code(lang, text, key):
    assert key not in event_keys(text, lang, PUB)


# (4) own two-sentence texts coded as documents (tests/data/family_CW_docs.jsonl), also coded before any run
DOCS = Path(__file__).parent / "data" / "family_CW_docs.jsonl"
# Measured right after coding, before any fix: en F1 0.800 (TP 6, FP 1, FN 2), id 0.545 (TP 3, FP 1, FN 4): "Keduanya
# sepakat ..." after a meeting of two ministers gave no agreement (the pronoun was no anaphor; "kedua pihak" was).
# Left: "The two agreed ..." (English "the two" alone is no anaphor: it also stands before a noun, "the two men"), and
# the arrest of two unnamed men coded against the place's civilians (IDNCVL, GBRCVL; coded with no target here).
DOC_RATCHET = {"en": (0.799, 1), "id": (0.933, 1)}
DOC_RECORDS, test_doc_records_are_well_formed, test_docs_hold_their_ratchet = record_set_checks(
    DOCS, "docs-CW", DOC_RATCHET)
