"""Own news sentences of NTREX part A (tests/data/ntrex_a_own.tsv): complaints and criticism by civil groups,
boycotts by citizens (PROTEST 143, not a state's sanction), a family negotiating with authorities, titled clergy
and police officers; in Indonesian and English, coded by GUIDELINES.md before warta was run on them.

A positive row is coded right when warta gives an event of its type whose source and target agree with the row at
the scoring level of the dev gold.  The positives are a ratchet at the rate last measured (raise it, never lower
it); every negative row (cameo ``-``) must give no event of its type.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import check_rows, hold_ratchet, no_event_of_kind, read_rows

DATA = Path(__file__).parent / "data" / "ntrex_a_own.tsv"
PUB = "2024-11-15"
# Measured before any fix (batch 1, 16 rows per language): id 25.0%, en 50.0%; after its fixes 87.5% / 93.8%.
# Batch 2 (13 rows per language, a held-out check): id 10/13, en 10/13 before its fixes. All 29 rows after both
# rounds: id 93.1%, en 96.6%; with the regression rows of the later fixes (32 rows each): id 93.8%, en 96.9%.
RATCHET = {"id": 0.93, "en": 0.96}

ROWS = read_rows(DATA, 6)
POSITIVE = [r for r in ROWS if r[2] != "-"]
NEGATIVE = [r for r in ROWS if r[2] == "-"]


def test_rows_are_well_formed():
    check_rows(DATA, POSITIVE, endings=(".", '"', "”", '."'), target_optional=True)
    for lang in ("id", "en"):
        assert sum(r[0] == lang for r in POSITIVE) >= 15
        assert sum(r[0] == lang for r in NEGATIVE) >= 4


@pytest.mark.parametrize("lang", ["id", "en"])
def test_ntrex_a_positives(lang):
    hold_ratchet(DATA, POSITIVE, lang, RATCHET)


@pytest.mark.parametrize("row", NEGATIVE, ids=[f"{r[0]}-L{r[6]}" for r in NEGATIVE])
def test_ntrex_a_negatives(row):
    no_event_of_kind(row, PUB)
