"""English roles from structure (helper DS, session 32): own news-style English sentences
(tests/data/peran_DS.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them: passives and agentless
passives ("were killed in an Israeli air strike", "was detained in Moscow", "came under fire from"), get-passives,
reduced relatives ("troops stationed in", "a convoy hit by"), noun-phrase arguments ("X's arrest of Y", "an attack by
X on Y", "talks between X and Y", "sanctions on X by Y", "calls by X for Y to"), light verbs ("carried out raids on",
"launched an offensive against", "held talks with", "imposed sanctions on"), purpose clauses, coordination,
appositions and relative clauses, and "said" after the quote; a quarter with no event or another sense."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "peran_DS.jsonl"
PUB = "2025-06-20"

# Measured right after coding, before any fix (2026-12-07, main bf6fb19a): en F1 0.928 (TP 32, FP 2, FN 3).
# Missed: the victims killed "in an Israeli (air) strike" (the strike's maker given by an adjective of a noun in a
# prepositional phrase of a passive), "Calls by Germany for Israel to ..." (the request as a subject noun).  False
# alarms: a convoy hit by a roadside bomb (no attacker named: the country's rebels), a get-passive read as a protest.
# After batch 1 (a passive after a subordinator, a reduced relative with its agent in the pattern, the arm of a strike
# between a state's adjective and its noun): en F1 0.943 (TP 33, FP 2, FN 2).  Left: "killed in an Israeli strike in
# Beirut" ("strike" alone is no trigger: trigger data), "Calls by Germany for Israel to" (no trigger for "Calls").
# Batches 2-4 (a visit owned by a pronoun, the other side of a fight a passive happened in, a denied act, a state that
# made the weapon) left the set unchanged: final en F1 0.943 (TP 33, FP 2, FN 2); the false alarms left are
# conventions (a roadside bomb with no one named is the place's rebels' act; a crowd's beating is a riot).
# The ratchet: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.942, 2)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "peran-DS", RATCHET)


# the fixes, each with sentences of our own (not of the set's file) and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # (1) a passive right after a subordinator and its auxiliary is done to the main clause's subject, not to the
    # object before it (roles.subject_of)
    ("en", "Two Hamas gunmen killed an Israeli soldier near Gaza before being killed by Israeli troops.",
     ("ASSAULT", "ISR", "PSE")),
    ("en", "Three Taliban fighters attacked a Pakistani checkpoint after being shelled by Pakistani troops.",
     ("ASSAULT", "PAK", "AFG")),
    # (2) a reduced relative whose pattern holds "by" and the agent: "a convoy hit by Russian drones"
    ("en", "A Ukrainian convoy hit by Russian drones near Bakhmut lost three trucks.", ("ASSAULT", "RUS", "UKR")),
    # (3) a state's adjective over the arm of the strike ("air", "naval": word class weapon_qualifier)
    ("en", "Five Palestinians were killed in an Israeli air strike on the Gaza Strip on Monday.",
     ("ASSAULT", "ISR", "PSE")),
    # (4) a visit owned by a pronoun in a phrase that opens the sentence (or closes it) is the main subject's
    ("en", "During his visit to China, the Pakistani president said trade would grow.", ("CONSULT", "PAK", "CHN")),
    ("en", "During her visit to Tokyo on Monday, the German foreign minister signed a defence pact.",
     ("CONSULT", "DEU", "JPN")),
    # (5) a passive of force with no agent named: the other side of the fight it happened in, behind "with"
    ("en", "A Syrian soldier was killed in a firefight with Turkish forces near Afrin.", ("ASSAULT", "TUR", "SYR")),
    # (6) an act named right after a denial of responsibility (CAMEO 016, cameo_facts responsibility_claim) is the
    # denier's own, negated (GUIDELINES: a denial is the event negated)
    ("en", "The Houthis denied any role in the drone attack on a Saudi oil refinery.", ("ASSAULT", "YEM", "SAU")),
    ("id", "Hamas membantah bertanggung jawab atas serangan terhadap bus Israel.", ("ASSAULT", "PSE", "ISR")),
    # (7)'s negative: a state's own forces named by its adjective still act
    ("en", "American helicopters attacked Iraqi insurgents near Fallujah.", ("ASSAULT", "USA", "IRQ")),
])
def test_role_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # the negatives: the object before the subordinate passive is not its patient; the convoy did not hit Russia
    ("en", "Two Hamas gunmen killed an Israeli soldier near Gaza before being killed by Israeli troops.",
     ("ASSAULT", "ISR", "ISR")),
    ("en", "A Ukrainian convoy hit by Russian drones near Bakhmut lost three trucks.", ("ASSAULT", "UKR", "RUS")),
    # a verb with "by" of its own is no passive: "stood by Israel"
    ("en", "Germany stood by Israel after the rocket attacks.", ("SUPPORT", "ISR", "DEU")),
    # (7) a state joined to a word of origin by a hyphen made the weapon, it did not use it (word class origin)
    ("en", "In the north, US-made helicopters blasted a building of the Fatah movement.", ("ASSAULT", "USA", "PSE")),
    ("en", "Russian-built jets bombed the rebel town of Idlib on Sunday.", ("ASSAULT", "RUS", "SYR")),
    # someone else's visit condemned is not the condemner's; drones an attack is made with are no side
    ("en", "Russia condemned his visit to Kyiv on Friday.", ("CONSULT", "RUS", "UKR")),
    ("en", "Three Syrian soldiers were killed in an attack with drones on their base.", ("ASSAULT", "SYR", "SYR")),
])
def test_role_fix_negatives(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)


def test_denied_act_is_negated():
    from warta.api import extract

    events = [e for e in extract("The Houthis denied any role in the drone attack on a Saudi oil refinery.", lang="en",
                                 published=PUB) if e.type == "ASSAULT"]
    assert events and all(e.negated for e in events)
