"""Speed pass BX (session 22): the shortcuts of the sentence view give what the walks they replace gave.

SentenceView.any_kind answers "some token of lo .. hi - 1 has this cue kind" by a binary search, SentenceView.cued
lists the tokens with a cue kind, and roles.left_bound / right_bound keep their answers on the view. Each is checked
here against the plain walk over sentences of our own (not in any set), every kind and every range, negative and
past the end too; and the memo of left_bound against a copy of the view without some actors (which it reads).
The proof of the pass as a whole is bench/same_output.py: byte for byte the same output before and after.
"""

import pytest

from warta.api import coder
from warta.pipeline.analysis import SentenceView
from warta.pipeline.roles import _left_bound, _right_bound, left_bound, right_bound

SENTENCES = [
    ("en", "Officials said on Monday that Russia had not attacked Ukraine, while China, which protested, urged talks."),
    ("en", "Police in Lagos arrested three men accused of planning an attack, according to a spokesman."),
    ("id", "Menurut juru bicara polisi, Rusia tidak menyerang Ukraina, sementara China yang memprotes mendesak perundingan."),
    ("id", "Presiden Jokowi bertemu Perdana Menteri Jepang di Jakarta pada Senin untuk membahas kerja sama."),
]


def view(lang, text):
    c = coder(lang)
    return SentenceView(c.segmenter.split(text)[0], c.language, c.actors.find(text))


@pytest.mark.parametrize(("lang", "text"), SENTENCES)
def test_any_kind_is_the_walk_over_has(lang, text):
    v = view(lang, text)
    kinds = sorted({k for i in range(v.n) for k in v.kinds(i)} | {"no_such_kind"})
    assert len(kinds) > 3
    for kind in kinds:
        for lo in range(-2, v.n + 2):
            for hi in range(lo - 1, v.n + 3):
                assert v.any_kind(kind, lo, hi) == any(v.has(k, kind) for k in range(lo, hi)), (kind, lo, hi)


@pytest.mark.parametrize(("lang", "text"), SENTENCES)
def test_cued_lists_the_tokens_with_a_kind(lang, text):
    v = view(lang, text)
    for lo in range(0, v.n + 1):
        for hi in range(lo, v.n + 2):
            assert v.cued(lo, hi) == [k for k in range(lo, min(hi, v.n)) if v.kinds(k)]


@pytest.mark.parametrize(("lang", "text"), SENTENCES)
def test_clause_bounds_kept_on_the_view_are_the_walks(lang, text):
    v = view(lang, text)
    for i in range(v.n + 2):
        assert left_bound(v, i) == _left_bound(v, i) == left_bound(v, i)
        assert right_bound(v, i) == _right_bound(v, i) == right_bound(v, i)
    v.trigger_starts = frozenset(range(v.n))  # (right_bound reads the triggers: a new set is a new walk)
    assert all(right_bound(v, i) == _right_bound(v, i) for i in range(v.n))


def test_a_view_without_some_actors_walks_its_own_clauses():
    v = view("en", "Officials said an arms embargo on Syria was announced by France and Germany on Monday.")
    for i in range(v.n):
        left_bound(v, i)
    assert v.clause_starts
    clone = v.without(v.actors[:1])
    assert clone.clause_starts == {} and v.clause_starts  # (the memo read the actors the copy drops)
    assert all(left_bound(clone, i) == _left_bound(clone, i) for i in range(clone.n))


def test_no_kind_in_an_empty_or_reversed_range():
    v = view("id", "Polisi tidak menangkap demonstran di Jakarta.")
    kind = next(k for i in range(v.n) for k in v.kinds(i))
    assert not v.any_kind(kind, 3, 3)
    assert not v.any_kind(kind, v.n, 0)
    assert v.cued(4, 2) == []
