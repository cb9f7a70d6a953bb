"""The ASSAULT family by construction (lead, twelfth session): own news-style sentences in English and Indonesian
(tests/data/assault_L12.jsonl), in the gold's record form with their text, every sentence coded by GUIDELINES.md
BEFORE warta was run on any of them, lines with no event too (negatives: a heart attack, sport, storms, trade).
Attacks named by nouns with their author ("Israeli air strikes on Gaza", "serangan udara Israel ke Gaza"), fire
from a place, clashes and exchanges of fire between two forces, shelling, bombing, storming, killing in a shootout."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

from sentence_sets import check_event, event_keys, score_lines

DATA = Path(__file__).parent / "data" / "assault_L12.jsonl"
PUB = "2024-11-15"
RECORDS = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_records_are_well_formed():
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids))
    assert len({r["text"] for r in RECORDS}) == len(RECORDS), "a text is listed twice"
    for rec in RECORDS:
        assert rec["lang"] in ("en", "id") and rec["id"].startswith(f"assault-L12-{rec['lang']}-"), rec["id"]
        for ev in rec["events"]:
            check_event(ev, f"{rec['id']} {ev}")


# Measured right after coding, before any fix (2026-12-05): en F1 0.824 (TP 14, FP 2, FN 4), id F1 0.800 (TP 14,
# FP 3, FN 4); after the lead's fixes below: en 0.889 (TP 16, FP 2, FN 2), id 0.889 (TP 16, FP 2, FN 2); with the
# rule held-place ("kota-kota yang dikuasai pemberontak"): id 0.919 (TP 17, FP 2, FN 1).  The
# ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.888, 2), "id": (0.918, 2)}


@functools.cache
def _score():
    from warta.api import extract_article
    from warta.evaluate import evaluate_records

    return evaluate_records(RECORDS, extract_article)


@pytest.mark.parametrize("lang", ["en", "id"])
def test_part_l12_holds_its_ratchet(lang):
    score = _score()
    c = score.by_lang[lang]
    report = [f"{lang}: F1 {c.f1:.3f} (TP {c.tp} FP {c.fp} FN {c.fn})"]
    report += score_lines(score, lang)
    print("\n".join(report))
    floor, most = RATCHET[lang]
    assert c.f1 >= floor and c.fp <= most, "\n".join(report)




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
