"""Own sentences of NTREX tuning part B (tests/data/ntrex_B_own.tsv): civilians of a state named by their trade
(entertainers, writers, academics, hosts) praising, backing, criticising or ridiculing their own government or
parties, a same-country dyad the guidelines code; and negatives (sport, shows, no party acted on).

Every row was coded by GUIDELINES.md before warta ran on it.  A positive row must give an event of its type with
its source and target at country level; a negative row ("-" type) must give no event from its source ("-": none
at all)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, read_rows

DATA = Path(__file__).parent / "data" / "ntrex_B_own.tsv"
ROWS = read_rows(DATA, 6)
PUB = "2018-09-30"


@pytest.mark.parametrize("lang,kind,code,source,target,text,line",
                         [r for r in ROWS if r[1] != "-"], ids=lambda v: str(v)[:40])  # fmt: skip
def test_coded(lang, kind, code, source, target, text, line):
    got = event_keys(text, lang, PUB)
    assert (kind, source[:3], target[:3]) in got, f"{DATA.name}:{line} {sorted(got)}"


@pytest.mark.parametrize("lang,kind,code,source,target,text,line",
                         [r for r in ROWS if r[1] == "-"], ids=lambda v: str(v)[:40])  # fmt: skip
def test_negative(lang, kind, code, source, target, text, line):
    got = event_keys(text, lang, PUB)
    bad = got if source == "-" else {k for k in got if k[1] == source[:3]}
    assert not bad, f"{DATA.name}:{line} {sorted(bad)}"
