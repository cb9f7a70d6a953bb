"""Family DE (session 29): the parser's cost with the output unchanged.

The coder parses a sentence only where the parse could change a result. Each test below holds one of the tests made
before parsing (every one a necessary condition for the parse to matter, so the output stays byte for byte the same:
bench/same_output.py before and after) on sentences of our own: one it skips and one it keeps; and a parse computed
once serves the copies of the view too.
"""

import pytest

from warta.api import coder
from warta.pipeline import syntax
from warta.pipeline.analysis import SentenceView
from warta.pipeline.roles import _closed_subordinates, may_take_parse


def view(lang, text):
    c = coder(lang)
    return SentenceView(c.segmenter.split(text)[0], c.language, c.actors.find(text))


def counted(v):
    """Give ``v`` a parse that counts how often it is computed."""
    calls = []

    def parse():
        calls.append(1)
        return syntax.parse_tokens(v.tokens, v.lang)

    v.parse_with(parse)
    return calls


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Japan disbursed a loan to the Philippines.", True),  # two states: either may be the parse's target
    ("en", "The Japanese government criticised the Japanese army.", True),  # two codes of one state
    ("id", "Polisi menangkap dua warga.", False),  # bare sector nouns only: no target the coder would take
    ("en", "Police arrested two residents and protesters.", False),
    # the one party that is no bare sector noun opens a new clause as its speaker: the coder drops it as a target
    ("en", "Police arrested two protesters and Reuters reported.", False),
])
def test_may_take_parse(lang, text, expected):
    assert may_take_parse(view(lang, text)) is expected


def test_may_take_parse_needs_two_codes():
    v = view("en", "Japan disbursed a loan to the Philippines.")
    v.actors = v.actors[:1]
    v._actor_at = {k: s for s in v.actors for k in range(s.start, s.end)}
    assert not may_take_parse(v)  # one party alone: no pair of different codes


TEXT = "Usai polisi menangkap dua aktivis, Presiden Jokowi mengecam tindakan itu."


def _trigger(v):
    return v.low.index("mengecam")


@pytest.mark.skipif("id" not in syntax.available_languages(), reason="no trained parser")
def test_closed_subordinate_is_parsed_when_an_actor_in_it_could_be_the_subject():
    v = view("id", TEXT)
    calls = counted(v)
    comma = v.low.index(",")
    assert _closed_subordinates(v, 0, _trigger(v)) == [(0, comma)]  # "menangkap" is a verb: the clause is closed
    assert calls == [1]


@pytest.mark.skipif("id" not in syntax.available_languages(), reason="no trained parser")
def test_closed_subordinate_is_not_parsed_when_the_caller_reads_none_of_its_actors():
    v = view("id", TEXT)
    calls = counted(v)
    comma = v.low.index(",")
    # the caller could read none of its actors as the subject (in a span it skips already, a relative clause or a
    # parenthesis, or behind a preposition ...): the parse could skip no more subject
    assert _closed_subordinates(v, 0, _trigger(v), lambda slot: not 0 <= slot.start < comma) == []
    assert calls == []
    assert _closed_subordinates(v, 0, _trigger(v), lambda slot: slot.mention.text == "aktivis") == [(0, comma)]
    assert calls == [1]


@pytest.mark.skipif("id" not in syntax.available_languages(), reason="no trained parser")
def test_closed_subordinate_is_not_parsed_when_the_subject_stands_after_it():
    v = view("id", TEXT)
    calls = counted(v)
    # "Presiden Jokowi", after the comma, is the last actor read: the subject whatever the clause before skips
    assert _closed_subordinates(v, 0, _trigger(v), settled=lambda slot: True) == []
    assert calls == []
    # one the caller would pass over (a coordinated clause takes the first one read): parsed
    comma = v.low.index(",")
    assert _closed_subordinates(v, 0, _trigger(v), settled=lambda slot: False) == [(0, comma)]
    assert calls == [1]


@pytest.mark.skipif("id" not in syntax.available_languages(), reason="no trained parser")
def test_a_copy_of_the_view_shares_its_parse():
    v = view("id", TEXT)
    calls = counted(v)
    clone = v.without(v.actors[:1])
    assert clone.parse is not None
    assert v.parse is clone.parse  # parsed once, for the copy, and kept for the view
    assert calls == [1]


@pytest.mark.skipif("id" not in syntax.available_languages(), reason="no trained parser")
def test_to_parse_reads_the_tokens_of_the_doc():
    """syntax._to_parse walks the spaCy tokens once: heads, relations, tags and features as each token gives them."""
    parser = syntax.load_parser("id")
    words = ["Menurut", "polisi", ",", "Rusia", "menyerang", "Ukraina", "pada", "Senin", "dan", "China", "mengecam",
             "serangan", "itu", "."]
    doc = parser._nlp(parser._doc(words, None))
    parse = syntax._to_parse(doc)
    assert parse.words == tuple(words)
    assert parse.heads == tuple(syntax.ROOT if t.head.i == t.i else t.head.i for t in doc)
    assert parse.deprels == tuple("root" if t.head.i == t.i or t.dep_ == "ROOT" else t.dep_ for t in doc)
    assert parse.upos == tuple(t.pos_ or "X" for t in doc)
    assert parse.feats == tuple(str(t.morph) for t in doc)
    assert parse.roots == (next(t.i for t in doc if t.head.i == t.i),)
