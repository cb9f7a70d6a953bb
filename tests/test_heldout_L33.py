"""The lead's held-out set of the thirty-third session (tests/data/heldout_L33.jsonl): 42 news-style sentences of our
own, longer and with more context than the sets before it (attributions, titles, subordinate clauses), 21 English
(2025: an accusation of arms supplies, talks of two leaders, sanctions on prison officials, raids in the West Bank, a
diplomat summoned, a street protest, a defence agreement signed, a journalist sentenced, a missile attack on a ship, an
operation against militants, drones on a refinery, air defence pledged, a rally broken up, diplomats expelled, aid
workers kidnapped, a president arrested, a warning, a delegation received) and 21 Indonesian (2025: suspects named, a
meeting of two ministers, condemnation of a missile launch, migrant workers deported, a labour protest, a shooting at a
crowd, a former minister detained, a denial, sanctions on firms, an attack on a post, a lawsuit rejected, a demand to
withdraw, a condemnation, arrests of supporters, a joint exercise, an activist detained, a visit received), 7 with no
required event, coded by GUIDELINES.md before warta ran on them (its hash noted before the first run) and kept from the
session's helpers while they worked, as the sets of the twenty-eighth to thirty-second sessions were. It was scored
only at the round's start and end and nothing was fixed from it; from now on it is an own set like the others, free to
tune on. (Signing an agreement is coded SUPPORT 057, as the CAMEO-to-PLOVER table types it.)

Start of the round (main d1fda925): en F1 0.609 (P 0.583, R 0.636; TP 14, FP 10, FN 8), id F1 0.737 (P 0.778,
R 0.700; TP 14, FP 4, FN 6). End (main a696bd92, all four helper branches and the lead's rules merged): the same.
The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it."""
from __future__ import annotations

from pathlib import Path

from sentence_sets import record_set_checks

DATA = Path(__file__).parent / "data" / "heldout_L33.jsonl"
RATCHET = {"en": (0.608, 10), "id": (0.736, 4)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "heldout-L33", RATCHET)
