"""Fixes of the lead's nineteenth session, each with sentences of our own and a negative.

- A state's political forces, parties or factions are the state (sector data "-"): "Iraqi political forces condemned
  the attack" was read as the demonym and a bare "forces" (armed forces of no state), which had no code, so the
  condemnation was dropped. Alone they name no actor: "political forces" are not an army.
"""

from __future__ import annotations

import datetime

import pytest

from sentence_sets import event_keys

PUB = "2026-12-06"


def _actors(text: str, lang: str) -> list[tuple[str, str]]:
    from warta.api import coder

    return [(m.text, m.code) for m in coder(lang).actors.find(text, datetime.date(2026, 12, 6))]


@pytest.mark.parametrize(("text", "actor"), [
    ("Iraqi political forces condemned the bombing.", ("Iraqi political forces", "IRQ")),
    ("Lebanese political parties rejected the plan.", ("Lebanese political parties", "LBN")),
    ("Rival Libyan political factions met in Geneva.", ("Libyan political factions", "LBY")),
])
def test_political_forces_are_their_state(text, actor):
    assert actor in _actors(text, "en")


@pytest.mark.parametrize("text", [
    "Political forces across the region welcomed the vote.",
    "The political parties held rallies on Sunday.",
])
def test_political_forces_alone_are_no_army(text):
    assert not [code for _, code in _actors(text, "en") if code.endswith("MIL")]


def test_political_forces_condemning_a_state():
    assert ("ACCUSE", "IRQ", "TUR") in event_keys("Iraqi political forces condemned Turkey on Tuesday.", "en", PUB)
