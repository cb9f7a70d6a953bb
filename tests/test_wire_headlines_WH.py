"""Wire headlines (lead, session 32): own English headlines in the wire's sentence case (tests/data/wire_headlines_WH.jsonl),
coded by GUIDELINES.md BEFORE warta was run on any of them.  A headline writes a past act in the present ("Israel
strikes Gaza school"), the future as "to" + verb right after its subject ("Britain to send 100 soldiers to Estonia"),
and "and" as a comma.  Three general readings serve them: the present "strike(s)" with its object right after it is an
attack (lang/en/triggers.tsv strikedirect; a place behind a preposition right after a direct act is no target of it:
conventions place-of-object), a word of the class headline_future after the opening subject is the future, not a
purpose clause (pipeline/modality.headline_future), ground taken back ("retakes") is ground taken, and an act done "in
protest" is a protest by its subject."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sentence_sets import record_set_checks
from warta.api import extract_article
from warta.model import Article

DATA = Path(__file__).parent / "data" / "wire_headlines_WH.jsonl"

# Measured right after coding, before the readings (2026-12-08, main bf6fb19a): en F1 0.857 (TP 15, FP 0,
# FN 5); with them 0.974 (19 / 0 / 1); with an act done "in protest" read as a protest by the clause's subject (a
# one-party row, lang/en/triggers.tsv inprotest; Indonesian "sebagai protes") 1.000 (20 / 0 / 0).
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.999, 0)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "wire-headlines-WH", RATCHET)


def _events(lang: str, text: str):
    return extract_article(Article(id="t", text=text, lang=lang, published=date(2025, 2, 14)))


@pytest.mark.parametrize(("text", "want"), [
    ("Britain to send 100 soldiers to Estonia", ("AID", "GBR", "EST", "planned")),
    ("US, China to hold talks in Geneva", ("CONSULT", "USA", "CHN", "planned")),
    ("Britain sent soldiers to Estonia to deter Russia.", ("AID", "GBR", "EST", "actual")),
])
def test_a_headline_future_is_planned_not_a_purpose(text, want):
    events = _events("en", text)
    got = {(e.type, e.source.code[:3], (e.target.code[:3] if e.target else ""), e.modality) for e in events}
    assert want in got


def test_a_labour_strike_in_a_place_abroad_is_no_attack():
    events = _events("en", "Filipino nurses strike in Saudi Arabia over unpaid wages")
    assert not [e for e in events if e.type == "ASSAULT"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Hundreds of Kenyan doctors marched in Nairobi in protest over unpaid wages."),
    ("id", "Ratusan dokter di Kenya berbaris di Nairobi sebagai protes atas gaji yang belum dibayar."),
])
def test_an_act_done_in_protest_is_a_protest_by_its_subject(lang, text):
    events = _events(lang, text)
    assert ("PROTEST", "KEN", "KEN") in {(e.type, e.source.code[:3], e.target.code[:3] if e.target else "") for e in events}
