"""The lead's held-out set of the thirty-second session (tests/data/heldout_L32.jsonl): 42 news-style sentences of our
own, 21 English (2024: arrests of migrants, protesters and journalists, an accusation over a water cannon, an agreement
after talks, a veto, shelling of a camp, aid sent, a farmers' protest, an ambassador summoned, a meeting at a summit, an
ambush, a defence pact signed, demands rejected, a call to release a writer, a threat of an offensive) and 21
Indonesian (2024: police and courts, a visit received, a student protest, a condemnation, a denied supply of missiles,
aid by warships, suspects named, a prisoner exchange, a formal protest, sanctions on firms, a meeting of two ministers,
a demand on parliament, a refusal with no named target, a shooting by armed men, a strike, an agreement of two states),
6 with no required event, coded by GUIDELINES.md before warta ran on them (its hash noted before the first run) and
kept from the session's helpers while they worked, as the sets of the twenty-eighth to thirty-first sessions were. It
was scored only at the round's start and end and nothing was fixed from it; from now on it is an own set like the
others, free to tune on.

Start of the round (main bf6fb19a): en F1 0.821 (P 0.889, R 0.762; TP 16, FP 2, FN 5), id F1 0.829 (P 0.850,
R 0.810; TP 17, FP 3, FN 4). End (main 85bc914b, all four helper branches and the lead's rules merged): the same.
The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it."""
from __future__ import annotations

from pathlib import Path

from sentence_sets import record_set_checks

DATA = Path(__file__).parent / "data" / "heldout_L32.jsonl"
RATCHET = {"en": (0.820, 2), "id": (0.828, 3)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "heldout-L32", RATCHET)
