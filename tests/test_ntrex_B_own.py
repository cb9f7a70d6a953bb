"""Own sentences of NTREX tuning part B (tests/data/ntrex_B_own.tsv): civilians of a state named by their trade
(entertainers, writers, academics, hosts) praising, backing, criticising or ridiculing their own government or
parties, a same-country dyad the guidelines code; backing and criticism received ("received backing from",
"menuai kritik dari"); parties, courts, police and former office-holders of one state; and negatives (sport, shows, films, no party acted on).

Every row was coded by GUIDELINES.md before warta ran on it.  A positive row is coded right when warta gives an
event of its type with its source and target at country level; the share coded right is a ratchet (raise it, never
lower it; misses are printed with ``pytest -s``).  A negative row ("-" type) must give no event from its source
("-": no event at all)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, read_rows
from warta.evaluate import match_key

DATA = Path(__file__).parent / "data" / "ntrex_B_own.tsv"
ROWS = read_rows(DATA, 6)
PUB = "2018-09-30"
# Measured 2026-12-05: en 68/72, id 67/71.  Misses: a shadow minister named without his state ("Shadow Chancellor John
# McDonnell": the title gives OPP, no country); a Senate committee named without its state; a director and a minister
# with no state named ("Sutradara Joko Anwar memuji kebijakan Menteri Pariwisata"); "indicted" (coded COERCE 173,
# charged with legal action); tear gas fired at people (then coded COERCE 175 by warta's riot-control entry; ASSAULT
# since, as knowledge/cameo.tsv and the PLOVER manual say).  (A vote to censure was first let through by a general "voted to" cue, which cost dev
# precision: it is now a pattern of the speech acts a vote carries out.)
RATCHET = {"en": 0.94, "id": 0.94}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_coded(lang):
    rows = [r for r in ROWS if r[0] == lang and r[1] != "-"]
    misses = []
    for _, kind, _code, source, target, text, line in rows:
        got = event_keys(text, lang, PUB)
        if match_key(kind, source, target) not in got:
            misses.append(f"  {DATA.name}:{line} want {kind} {source}>{target}; got {sorted(got) or 'nothing'}")
    rate = 1 - len(misses) / len(rows)
    print(f"{lang}: {rate:.1%} coded right", *misses, sep="\n")
    assert rate >= RATCHET[lang], "\n".join(misses)


@pytest.mark.parametrize("lang,kind,code,source,target,text,line",
                         [r for r in ROWS if r[1] == "-"], ids=lambda v: str(v)[:40])  # fmt: skip
def test_negative(lang, kind, code, source, target, text, line):
    got = event_keys(text, lang, PUB)
    bad = got if source == "-" else {k for k in got if k[1] == match_key("", source, "")[1]}
    assert not bad, f"{DATA.name}:{line} {sorted(bad)}"


CLAIMS = [  # (lang, text, claimed_by of its event): a news outlet reporting after the clause claims it
    ("en", "Russian troops shelled Kharkiv on Monday, the Associated Press reported.", "USAMED"),
    ("en", "Indonesian police arrested two students in Makassar, Antara reported on Tuesday.", "IDNMED"),
    ("en", "Russian troops shelled Kharkiv on Monday.", None),
    ("id", "Pasukan Rusia menembaki Kharkiv pada hari Senin, lapor kantor berita Antara.", "IDNMED"),
    ("id", "Polisi Indonesia menangkap dua mahasiswa di Makassar, tulis Reuters.", "GBRMED"),
    ("id", "Pasukan Rusia menembaki Kharkiv pada hari Senin.", None),
]


@pytest.mark.parametrize("lang,text,claimer", CLAIMS)
def test_outlet_claims(lang, text, claimer):
    from warta.api import extract

    events = extract(text, lang=lang, published=PUB)
    assert events, text
    assert {e.claimed_by.code if e.claimed_by else None for e in events} == {claimer}
