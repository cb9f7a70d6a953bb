"""The code-by-code suite: sentences written for it in the style of news, at least two per CAMEO code and language.

A sentence is coded right when an event of the code's type has the expected source and target at country
level (the rule of GUIDELINES.md).  The issue's goal is 90% per language; the roles layer is being rebuilt
in parallel, so the assertion is a ratchet at the rate last measured (raise it as the coder improves, never
lower it).  The worst codes are printed on every run (``pytest -s``) and in the failure message.

The suite covers every code of the codebook (295) with at least two sentences per language (590 per
language): varied actors (states, leaders with title, ministries, armed groups, IGOs, protesters, police),
tenses, voices and word orders, coded by GUIDELINES.md before running warta on them.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from sentence_sets import read_rows
from warta.api import extract
from warta.lexicon.coverage import codebook_codes, guideline_type

DATA = Path(__file__).parent / "data" / "codebook_sentences.tsv"
PUB = "2024-11-15"
GOAL = 0.90
# Measured on 2026-12-04 (see the README): the floor the coder must keep.  On the first 138 sentences per
# language (the suite before it covered every code) the rates went from 75.4% / 79.7% to 77.5% / 81.9%.
RATCHET = {"id": 0.95, "en": 0.92}  # measured id 95.3% / en 92.2% on 590 sentences per language (main after the merges of session 21; en 91.2% before)


def load() -> list[tuple[str, str, str, str, str, int]]:
    return read_rows(DATA, 5)


ROWS = load()


def test_sentences_are_well_formed():
    codes = set(codebook_codes())
    for lang, code, source, target, text, lineno in ROWS:
        assert lang in {"id", "en"}, f"{DATA.name}:{lineno}"
        assert code in codes, f"{DATA.name}:{lineno}: {code} is not a codebook code"
        assert source and text.endswith((".", '"', "”")), f"{DATA.name}:{lineno}"
        assert target == "" or len(target) >= 3, f"{DATA.name}:{lineno}: target {target!r}"
    assert len({t for *_, t, _ in ROWS}) == len(ROWS), "a sentence is listed twice"


def test_every_code_has_two_sentences_per_language():
    for lang in ("id", "en"):
        count = defaultdict(int)
        for row in ROWS:
            if row[0] == lang:
                count[row[1]] += 1
        thin = [code for code in codebook_codes() if count[code] < 2]
        assert not thin, f"{lang}: codes with fewer than two sentences: {thin}"


def _right(lang: str, code: str, source: str, target: str, text: str) -> bool:
    kind = guideline_type(code)
    for ev in extract(text, lang=lang, published=PUB):
        tgt = ev.target.code[:3] if ev.target else ""
        if ev.type == kind and ev.source.code[:3] == source[:3] and tgt == target[:3]:
            return True
    return False


def measure(lang: str) -> tuple[float, dict[str, list[str]]]:
    wrong: dict[str, list[str]] = defaultdict(list)
    rows = [r for r in ROWS if r[0] == lang]
    right = 0
    for _, code, source, target, text, lineno in rows:
        if _right(lang, code, source, target, text):
            right += 1
        else:
            wrong[code].append(f"{DATA.name}:{lineno}")
    return right / len(rows), wrong


@pytest.mark.parametrize("lang", ["id", "en"])
def test_code_by_code(lang):
    rate, wrong = measure(lang)
    worst = sorted(wrong.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:15]
    report = f"{lang}: {rate:.1%} coded right (goal {GOAL:.0%}); worst codes: " + "; ".join(
        f"{code} ({len(lines)}: {', '.join(lines[:2])})" for code, lines in worst)
    print(report)
    assert rate >= RATCHET[lang], report
