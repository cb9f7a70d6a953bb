"""English accusations and criticism in news wording (helper DU, session 33): own news-style English sentences
(tests/data/accuse_DU.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them: charges laid in a named
state ("was charged in the United States with"), formal complaints of a party's wrongdoing ("complained of harassment
by American diplomats"), blame placed in a subordinate clause ("after placing blame for ... on", "after blaming"),
criticism voiced by a named party and rejected by its target ("rejected criticism from Russia of ..."), fire drawn from
critics, critical stances, dissatisfaction, blame put on a party, verdicts said of a party's act ("said the strike by
... was illegal", "amounted to a declaration of war", "was guilty of"), lawsuits, "slamming", "decried", "hit out
at"; a quarter with no accusation (praise, another sense of "critical", "complained of", "charged" and "blamed", a
quote about a thing, fire from troops)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "accuse_DU.jsonl"
PUB = "2025-06-20"

# Measured right after coding, before any fix (2026-12-08, main d1fda925): en F1 0.769 (TP 20, FP 5, FN 7).
# Missed: charges laid "in the United States" / "in Britain" (the state inside the trigger's gap was not read as the
# place, so the defendant's own courts charged him), "complained of harassment by American diplomats" (the parser's
# "by" agent on an active verb turned the pair round), "complained of interference by Britain" (no author of a
# wrongdoing noun), "cancelled his trip after blaming Greece" (read as an act put off), "rejected criticism from Russia
# of ..." (a criticism rejected was read as the rejection's content); fire from "Pakistani positions" (not my family).
# False alarms: the reversed and the wrong-state pairs above, a MOBILIZE of a rocket launch blamed on the weather, an
# ACCUSE of a carmaker blaming weak "demand" (read as a request, an act blamed with no target).
# After batch 1: en F1 0.945 (TP 26, FP 2, FN 1).
# The ratchet: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.944, 2)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "accuse-DU", RATCHET)


# the fixes, each with sentences of our own (not of the set's file) and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # (1) a state inside the gap of a charge's pattern is where the passive charge was laid (practice.state_where)
    ("en", "A Chinese engineer has been charged in the United States with stealing trade secrets.",
     ("ACCUSE", "USA", "CHN")),
    ("en", "Two Russian hackers were charged in France with extortion.", ("ACCUSE", "FRA", "RUS")),
    # (2) a "by" phrase the parser hangs on a finite verb with its own subject is the noun's (relations._voice), and a
    # wrongdoing noun's author behind "by" is the one aimed at (word class judged_act)
    ("en", "Venezuelan officials complained of harassment by Colombian soldiers.", ("ACCUSE", "VEN", "COL")),
    # ... nor is a pattern headed by a verb of saying a charge's participle (roles._charge_participle)
    ("en", "The Iranian foreign ministry complained of meddling by Britain.", ("ACCUSE", "IRN", "GBR")),
    # a charge's participle after the people charged stays one
    ("en", "Four villagers suspected of helping rebels were arrested by Indian police.", ("ACCUSE", "IND", "IND")),
    ("en", "The Chinese foreign ministry condemned the interference by Washington in Hong Kong.",
     ("ACCUSE", "CHN", "USA")),
    # (3) blame placed after a subordinator and a gerund is the main subject's (roles.subject_of)
    ("en", "The Israeli prime minister has opened an emergency security Cabinet meeting after placing blame for the "
     "latest attacks squarely on Hamas.", ("ACCUSE", "ISR", "PSE")),
    # (4) an act right after a subordinator is no content of an act put off before it (practice.speculative)
    ("en", "The Serbian president cancelled his visit after accusing Croatia of provocations.", ("ACCUSE", "SRB", "HRV")),
    # (5) a criticism voiced by a party named behind "from" was made, whatever is done to it (conventions
    # _voiced_reaction)
    ("en", "The Indian government dismissed criticism from China of its new dam.", ("ACCUSE", "CHN", "IND")),
])
def test_accuse_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # the negatives: the defendant's own courts did not charge him; the complainer is no culprit
    ("en", "A Chinese engineer has been charged in the United States with stealing trade secrets.",
     ("ACCUSE", "CHN", "CHN")),
    ("en", "Venezuelan officials complained of harassment by Colombian soldiers.", ("ACCUSE", "COL", "VEN")),
    ("en", "The Iranian foreign ministry complained of meddling by Britain.", ("ACCUSE", "GBR", "IRN")),
    # a real passive keeps its agent
    ("en", "The Venezuelan opposition leader was accused by Colombian officials of smuggling.",
     ("ACCUSE", "VEN", "COL")),
    # the one blamed is not the blamer
    ("en", "The Israeli prime minister has opened an emergency security Cabinet meeting after placing blame for the "
     "latest attacks squarely on Hamas.", ("ACCUSE", "PSE", "PSE")),
    # an act prevented stays content: no attack
    ("en", "Israeli troops prevented Hamas from attacking the border town.", ("ASSAULT", "PSE", "ISR")),
    # a criticism rejected with no author named is no one's
    ("en", "The Indian government dismissed criticism of its new dam.", ("ACCUSE", "IND", "IND")),
])
def test_accuse_fix_negatives(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)
