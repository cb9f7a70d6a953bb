"""Own news sentences of NTREX part C (tests/data/ntrex_c_own.tsv and its negatives ntrex_c_own_neg.tsv): the
gaps the part's real news lines showed, in sentences of our own, coded by GUIDELINES.md before warta ran on them.
Every positive row must be coded right (type, source and target at country level) and no negative row may give
its event."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import (
    event_keys,
    read_rows,
    row_set_checks,
)

DATA = Path(__file__).parent / "data" / "ntrex_c_own.tsv"
NEG = Path(__file__).parent / "data" / "ntrex_c_own_neg.tsv"
PUB = "2018-09-30"
ROWS = read_rows(DATA, 6)
NEG_ROWS = read_rows(NEG, 5)


# misses known and left open, by line: each still runs and must fail (strict), so a fix shows
KNOWN_MISSES: dict[int, str] = {}  # (line 33, "menampik kritik dari X", coded since the fact from_target)


test_rows_are_well_formed, test_coded_right = row_set_checks(
    DATA, ROWS, NEG_ROWS, PUB, KNOWN_MISSES, endings=(".", '"'))[:2]


@pytest.mark.parametrize("row", NEG_ROWS, ids=[f"{r[0]}-L{r[-1]}" for r in NEG_ROWS])
def test_not_coded(row):
    lang, kind, source, target, text, _line = row
    got = event_keys(text, lang, PUB)
    bad = [k for k in got if k[0] == kind and k[1] == source and (target == "-" or k[2] == target)]
    assert not bad, f"{text}: {bad}"


CLAIMS = Path(__file__).parent / "data" / "ntrex_c_claims.tsv"
CLAIM_ROWS = read_rows(CLAIMS, 3)


@pytest.mark.parametrize("row", CLAIM_ROWS, ids=[f"{r[0]}-L{r[-1]}" for r in CLAIM_ROWS])
def test_claimed_by(row):
    """An outlet reporting the act after it ("..., Die Zeit reported", "..., lapor Reuters") claims it."""
    from warta.api import extract

    lang, claimer, text, _line = row
    events = extract(text, lang=lang, published=PUB)
    assert events, text
    got = {e.claimed_by.code if e.claimed_by else "-" for e in events}
    assert got == {claimer}, f"{text}: {got}"


MODALITY = Path(__file__).parent / "data" / "ntrex_c_modality.tsv"
MODALITY_ROWS = read_rows(MODALITY, 3)


@pytest.mark.parametrize("row", MODALITY_ROWS, ids=[f"{r[0]}-L{r[-1]}" for r in MODALITY_ROWS])
def test_modality(row):
    from warta.api import extract

    lang, modality, text, _line = row
    events = extract(text, lang=lang, published=PUB)
    assert events and {e.modality for e in events} == {modality}, f"{text}: {[(e.type, e.modality) for e in events]}"
