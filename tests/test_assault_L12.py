"""The ASSAULT family by construction (lead, twelfth session): own news-style sentences in English and Indonesian
(tests/data/assault_L12.jsonl), in the gold's record form with their text, every sentence coded by GUIDELINES.md
BEFORE warta was run on any of them, lines with no event too (negatives: a heart attack, sport, storms, trade).
Attacks named by nouns with their author ("Israeli air strikes on Gaza", "serangan udara Israel ke Gaza"), fire
from a place, clashes and exchanges of fire between two forces, shelling, bombing, storming, killing in a shootout."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "assault_L12.jsonl"
PUB = "2024-11-15"


# Measured right after coding, before any fix (2026-12-05): en F1 0.824 (TP 14, FP 2, FN 4), id F1 0.800 (TP 14,
# FP 3, FN 4); after the lead's fixes below: en 0.889 (TP 16, FP 2, FN 2), id 0.889 (TP 16, FP 2, FN 2); with the
# rule held-place ("kota-kota yang dikuasai pemberontak"): id 0.919 (TP 17, FP 2, FN 1).  The
# ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.888, 2), "id": (0.918, 2)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "assault-L12", RATCHET)


# the fixes, each with sentences of our own (not of the part's file) and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # a weapon sent from a state's land is that state's act (roles._weapon_origin)
    ("id", "Rudal yang diluncurkan dari Yaman menghantam kota Jizan di Arab Saudi.", ("ASSAULT", "YEM", "SAU")),
    ("id", "Roket yang ditembakkan dari Gaza menghantam Israel selatan.", ("ASSAULT", "PSE", "ISR")),
    ("en", "Rockets fired from Gaza hit southern Israel.", ("ASSAULT", "PSE", "ISR")),
    ("en", "Rockets fired from southern Lebanon struck the Israeli town of Metula.", ("ASSAULT", "LBN", "ISR")),
    # a plain modifier before the state's adjective in a direct object
    ("en", "Hezbollah struck the northern Israeli town of Metula.", ("ASSAULT", "LBN", "ISR")),
    # fire named by its weapon; a backer written onto the noun is no party ("Iran-backed", "dukungan Iran")
    ("en", "Israeli troops came under mortar fire from Hamas fighters near Khan Younis.", ("ASSAULT", "PSE", "ISR")),
    ("en", "US troops at a base in Syria came under rocket fire from Iran-backed militias.", ("ASSAULT", "SYR", "USA")),
    ("id", "Milisi dukungan Iran menyerang pangkalan AS di Suriah timur.", ("ASSAULT", "SYR", "USA")),
])
def test_lead_assault_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # the weapon's origin only when no actor is named before the weapon: the group named acts
    ("id", "Roket Hizbullah yang ditembakkan dari Lebanon menghantam Israel utara.", ("ASSAULT", "ISR", "LBN")),
    # "under fire from critics" is criticism, not an attack; a rocket launch from a spaceport is no attack
    ("en", "The finance minister came under fire from critics over the budget.", ("ASSAULT", "GBR", "GBR")),
    ("en", "Rockets fired from India's spaceport carried two satellites into orbit.", ("ASSAULT", "IND", "")),
    # a militia Iran backs is not Iran
    ("id", "Milisi dukungan Iran menyerang pangkalan AS di Suriah timur.", ("ASSAULT", "IRN", "USA")),
])
def test_lead_assault_negatives(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)
