"""Targets the text does not name (issue 11, item 4): an act whose object is a plan, a proposal, a call or
an accusation is coded with target "" when the author is not named, and against the author when it is."""

import pytest

from warta.api import extract


def dyads(text, lang):
    return {(e.type, e.source.code[:3], e.target.code[:3] if e.target else "")
            for e in extract(text, lang=lang, published="2025-03-02")}  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "dyad"), [
    ("en", "Hamas rejected the ceasefire proposal.", ("REJECT", "PSE", "")),
    ("en", "The Kremlin rejected the call on Friday.", ("REJECT", "RUS", "")),
    ("en", "Vietnam rejected the plan.", ("REJECT", "VNM", "")),
    ("id", "Hamas menolak usulan gencatan senjata itu.", ("REJECT", "PSE", "")),
    ("id", "Kremlin menolak seruan tersebut.", ("REJECT", "RUS", "")),
    ("id", "Pemerintah Thailand menolak tawaran itu.", ("REJECT", "THA", "")),
])  # fmt: skip
def test_a_rejected_plan_of_no_named_author_has_no_target(lang, text, dyad):
    assert dyad in dyads(text, lang)


@pytest.mark.parametrize(("lang", "text", "dyad"), [
    ("en", "Israel rejected Egypt's proposal.", ("REJECT", "ISR", "EGY")),
    ("en", "Israel rejected the proposal by Egypt.", ("REJECT", "ISR", "EGY")),
    ("id", "Israel menolak usulan Mesir.", ("REJECT", "ISR", "EGY")),
    ("id", "Filipina menolak permintaan China.", ("REJECT", "PHL", "CHN")),
])  # fmt: skip
def test_the_named_author_of_a_rejected_plan_is_the_target(lang, text, dyad):
    found = dyads(text, lang)
    assert dyad in found and (dyad[0], dyad[1], "") not in found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Iran rejected the decision of the court."),  # an object that is no plan of a party: no event
    ("id", "Rusia menolak berkomentar."),  # declining to comment is a statement, not a rejection
])  # fmt: skip
def test_no_rejection_without_a_rejected_plan(lang, text):
    assert not any(t == "REJECT" and not tgt for t, _, tgt in dyads(text, lang))
