"""Own news sentences: long, wire-style reporting in Indonesian and English (tests/data/news_own.tsv).

The suite targets what the coder missed on unseen real news: accusations, arrests and raids, rejections and
denials, attacks, requests and meetings, in sentences with reporting clauses ("kata X", "X said on Tuesday"),
titles with names, passives with and without an agent, pronoun subjects and actors named a sentence earlier.
Every row was coded by GUIDELINES.md before warta was run on it.

A row is coded right when warta gives an event of the expected type with the expected source and target at
country level (the rule of tests/test_codebook_sentences.py).  The assertion is a ratchet at the rate last
measured: raise it as the coder improves, never lower it.  Misses are printed on every run (``pytest -s``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import check_rows, hold_ratchet, read_rows

DATA = Path(__file__).parent / "data" / "news_own.tsv"
PUB = "2024-11-15"
# Measured before any fix (2026-12-04): batch 1 (60 rows per language) id 76.7%, en 76.7%; with batch 2 (90 rows per
# language) id 68.9%, en 76.7% (batch 2 alone: id 16/30, en 23/30).  Batch 3 (20 rows per language, written after
# the fixes as a held-out check): id 10/20, en 14/20 on the code before the fixes, 14/20 and 15/20 after them.
# The material batch (38 rows of material cooperation and conflict short of force, coded before any run: id 13/20, en 9/18 on the
# code before its fixes, 14/20 and 11/18 after) is harder than the rest: with it the rates are measured on 145 / 143
# rows, so the ratchet was re-set to the new measurement (the 125 older rows alone: 86.4% / 85.6%).
# (Rows 42 and 208, a crowd attacking an election office, are coded riots, PROTEST 145, by the riot recode, where
# the rows say ASSAULT 180.)
# Its round 2 (15 rows per language: id 11/15, en 12/15 before its fixes, 13/15 each after) was added the same way.
RATCHET = {"id": 0.906, "en": 0.866}  # end of the thirtieth session: 90.6% / 86.7% (first merged main: 86.9% / 84.8%; 160 id / 158 en rows; two pledge rows corrected)


def load() -> list[tuple[str, str, str, str, str, str, int]]:
    return read_rows(DATA, 6)


ROWS = load()


def test_rows_are_well_formed():
    check_rows(DATA, ROWS, endings=(".", '"', "”"))
    assert len({row[5] for row in ROWS}) == len(ROWS), "a text is listed twice"
    for lang in ("id", "en"):
        assert sum(row[0] == lang for row in ROWS) >= 110


@pytest.mark.parametrize("lang", ["id", "en"])
def test_news_own(lang):
    hold_ratchet(DATA, ROWS, lang, RATCHET)
