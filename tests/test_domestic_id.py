"""Indonesian domestic political news (tests/data/domestic_id.tsv): own sentences of parties, ministers, the DPR,
KPK, police and courts acting on each other, coded by GUIDELINES.md before warta was run on them, with a ratchet on
the positives, and negatives that must give no event (of the named type, or none at all).

A positive row is right when warta gives an event of its type with its source and target at scoring level.  Misses
are printed on every run (``pytest -s``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import read_rows
from warta.api import extract
from warta.evaluate import match_key

DATA = Path(__file__).parent / "data" / "domestic_id.tsv"
ROWS = read_rows(DATA, 5)
POSITIVE = [r for r in ROWS if r[1] != "-" and r[2] != "-"]
NEGATIVE = [r for r in ROWS if r[1] == "-" or r[2] == "-"]
# measured before any fix (2026-12-05): 7/20 positives; two named organs of one state as parties of
# criticism, support and refusal (event_types.tsv `named_organs`): 10/20; Indonesian office-holders, party chairs
# and parties of 2004-2016 with dates (people.tsv, organisations_more.tsv), "mendorong agar", coalition parties:
# 17/20, and 5/5 on the rows written for those fixes (22/25).  Batch 2 (13 rows, coded before the next fixes):
# 8/13; a candidate keeps the role held (IDNOPP), a party known by name is no bare noun, complaints to bodies named
# in full, long offices before "sebagai tersangka": 34/39 (with a row written for the last fix); DPR bodies and
# oversight bodies by name (organisations_more.tsv), meetings by "menjalin silaturahmi": 38/43.  Batch 3 (10
# positives and 2 negatives written after those fixes, coded before the run, held out): 10/10 (48/53); rows for
# the allegation, endorsement and finding-guilty triggers: 52/57
RATCHET = 0.91


def _keys(text: str, date: str) -> set[tuple[str, str, str]]:
    return {match_key(e.type, e.source.code, e.target.code if e.target else "")
            for e in extract(text, lang="id", published=date)}  # fmt: skip


def test_rows_are_well_formed():
    assert len(POSITIVE) >= 20 and len(NEGATIVE) >= 5
    for date, kind, source, target, text, line in ROWS:
        assert len(date) == 10 and text.endswith("."), line
        assert kind == "-" or (source == target == "-") or (len(source) >= 3 and len(target) >= 3), line


def test_positives_hold_the_ratchet():
    misses = []
    for date, kind, source, target, text, line in POSITIVE:
        keys = _keys(text, date)
        if (kind, source, target) not in keys:
            misses.append(f"  domestic_id.tsv:{line} want {kind} {source}>{target}; got {sorted(keys) or 'nothing'}")
    rate = 1 - len(misses) / len(POSITIVE)
    report = "\n".join([f"id: {rate:.1%} coded right ({len(misses)} misses of {len(POSITIVE)})", *misses])
    print(report)
    assert rate >= RATCHET, report


# negatives still coded, with the reason (left to the family that owns the trigger)
KNOWN = {"optimistis memenangkan": "the codebook's CAMEO 013 trigger (optimistic comment) codes a party's forecast",
         "meminta waktu": "a request for time takes the one its purpose clause names as its target",
         "memeriksa kesehatan": "a medical check is coded as questioning by investigators (CAMEO 091)"}


def _param(row):
    known = next((why for part, why in KNOWN.items() if part in row[4]), None)
    marks = [pytest.mark.xfail(reason=known, strict=True)] if known else []
    return pytest.param(row[0], row[1], row[4], marks=marks)


@pytest.mark.parametrize(("date", "kind", "text"), [_param(r) for r in NEGATIVE])
def test_negatives(date, kind, text):
    keys = _keys(text, date)
    assert not (keys if kind == "-" else {k for k in keys if k[0] == kind}), keys


@pytest.mark.parametrize(("date", "code"), [(None, "IDNGOV"), ("2016-03-01", "IDNOPP"), ("2012-03-01", "IDNGOV")])
def test_a_title_picks_the_role_when_the_text_has_no_date(date, code):
    """With no date a person's title picks among their roles ("Presiden SBY" is IDNGOV, not his later office as the
    chair of a party outside the government); with a date the role held then decides."""
    text = ("Presiden " if date is None else "") + "Susilo Bambang Yudhoyono mengkritik Partai Gerindra."
    events = [e for e in extract(text, lang="id", published=date) if e.type == "ACCUSE"]
    assert [e.source.code for e in events] == [code]


@pytest.mark.parametrize(("text", "date", "code"), [
    ("Calon presiden Prabowo Subianto mengkritik Komisi Pemilihan Umum.", "2014-07-25", "IDNOPP"),  # a role held
    ("Mantan Presiden Susilo Bambang Yudhoyono mengkritik Komisi Pemilihan Umum.", "2016-03-01", "IDNOPP"),
    ("Mantan Menteri Agama Suryadharma Ali mengkritik Komisi Pemilihan Umum.", "2015-03-01", "IDN"),  # none held
])
def test_a_former_or_future_office_keeps_another_role_held(text, date, code):
    events = [e for e in extract(text, lang="id", published=date) if e.type == "ACCUSE"]
    assert [e.source.code for e in events] == [code]


@pytest.mark.parametrize(("text", "key"), [
    # older spellings of state names in Indonesian news of 2007-2015
    ("Raja Jordania Abdullah II bertemu Presiden Susilo Bambang Yudhoyono di Jakarta.", ("CONSULT", "JOR", "IDN")),
    ("Pemerintah Srilanka mengecam Komisi Pemilihan Umum India.", ("ACCUSE", "LKA", "IND")),
    # declaring another responsible is an accusation; claiming an attack oneself is none
    ("Pemerintah Pakistan menuding India bertanggung jawab atas ledakan di Lahore.", ("ACCUSE", "PAK", "IND")),
    ("Kelompok Negara Islam menyatakan bertanggung jawab atas serangan bom di Kabul.", ("ACCUSE", None, None)),
])
def test_spellings_and_responsibility(text, key):
    keys = _keys(text, "2014-09-03")
    if key[1] is None:
        assert not any(k[0] == key[0] for k in keys), keys
    else:
        assert key in keys, keys
