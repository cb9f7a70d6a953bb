"""Own news sentences of tuning part P (tests/data/tune_p_own.tsv and its negatives tune_p_own_neg.tsv): English
assaults, coercion, requests, threats and sanctions with the actors that do them, in sentences of our own, coded by
GUIDELINES.md before warta ran on them. Every positive row must be coded right (type, source and target at country
level) and no negative row may give its event."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import assert_coded_right, check_rows, event_keys, known_miss_params, read_rows

DATA = Path(__file__).parent / "data" / "tune_p_own.tsv"
NEG = Path(__file__).parent / "data" / "tune_p_own_neg.tsv"
PUB = "2024-11-15"
ROWS = read_rows(DATA, 6)
NEG_ROWS = read_rows(NEG, 5)

# misses known and left open, by line: each still runs and must fail (strict), so a fix shows
KNOWN_MISSES = {
    14: "expelling diplomats: warta codes it SANCTION (reducing relations, CAMEO 16x), the row COERCE 174; both readings"
        " are defensible and the lexicon's choice is left",
    31: "'blacklisted': the lexicon follows the CAMEO codebook's example (COERCE 172), the row coded SANCTION 163",
    34: "'the victim's sister': a person noun with no place in the sentence has no state (the target's state is not"
        " taken for it)",
}
# negatives known to fail, by line (strict)
KNOWN_FALSE_ALARMS = {
    5: "'Republicans captured the Senate': an election won is read as a seizure; no rule tells a legislature won at"
       " the polls from one seized",
}


def test_rows_are_well_formed():
    check_rows(DATA, ROWS, target_optional=True)
    assert len({row[5] for row in ROWS}) == len(ROWS), "a text is listed twice"


@pytest.mark.parametrize("row", known_miss_params(ROWS, KNOWN_MISSES))
def test_coded_right(row):
    assert_coded_right(row, PUB)


@pytest.mark.parametrize("row", known_miss_params(NEG_ROWS, KNOWN_FALSE_ALARMS))
def test_not_coded(row):
    lang, kind, source, target, text, _line = row
    got = event_keys(text, lang, PUB)
    bad = [k for k in got if k[0] == kind and source in ("-", k[1]) and (target == "-" or k[2] == target)]
    assert not bad, f"{text}: {bad}"
