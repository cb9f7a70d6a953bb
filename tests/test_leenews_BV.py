"""Real English news of about 2002, Lee documents 51-100 (helper BV, session 22): tuning part Z
(tests/data/ntrex_tuning/Z.jsonl, coded by GUIDELINES.md before any run; its ratchet is the row "Z" of
tests/test_ntrex_tuning.py). Start, per line: en F1 0.262 (TP 24, FP 91, FN 44); in documents 0.194 (TP 27, FP 184,
FN 41). Each fix below has sentences of our own (not of the part) in both languages where the rule is
language-independent, and a negative."""

from __future__ import annotations

import pytest

from sentence_sets import event_keys

PUB = "2002-01-15"


# (1) a forum: a mutual act of one group of more than three countries, each with each other, codes no pair
@pytest.mark.parametrize(("lang", "text", "absent"), [
    ("en", "Foreign ministers from France, Germany, Italy, Spain and Poland met in Warsaw on Monday.",
     ("CONSULT", "FRA", "POL")),
    ("en", "Leaders of Kenya, Uganda, Tanzania and Rwanda held talks in Arusha.", ("CONSULT", "KEN", "RWA")),
    ("id", "Menteri luar negeri Prancis, Jerman, Italia, Spanyol dan Polandia bertemu di Warsawa pada Senin.",
     ("CONSULT", "FRA", "POL")),
    ("id", "Para pemimpin Kenya, Uganda, Tanzania dan Rwanda melakukan pembicaraan di Arusha.",
     ("CONSULT", "KEN", "RWA")),
])  # fmt: skip
def test_forum_codes_no_pairs(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)


# the negative: two or three parties meeting are coded each way
@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "Foreign ministers of France, Germany and Italy met in Rome on Monday.", ("CONSULT", "FRA", "ITA")),
    ("en", "Leaders of Kenya and Uganda held talks in Kampala.", ("CONSULT", "UGA", "KEN")),
    ("id", "Menteri luar negeri Prancis, Jerman dan Italia bertemu di Roma pada Senin.", ("CONSULT", "ITA", "FRA")),
])  # fmt: skip
def test_few_parties_still_meet(lang, text, key):
    assert key in event_keys(text, lang, PUB)
