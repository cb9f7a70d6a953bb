"""The frozen parse value, its tree helpers, and the shipped parsers on sentences written for these tests."""

import dataclasses

import pytest

from warta.pipeline.segment import tokenize
from warta.pipeline.syntax import (
    ROOT,
    DependencyParser,
    Parse,
    ParserUnavailable,
    parse_tokens,
)

# "The envoy of Japan met the president in Hanoi ." by hand
WORDS = ("The", "envoy", "of", "Japan", "met", "the", "president", "in", "Hanoi", ".")
HEADS = (1, 4, 3, 1, ROOT, 6, 4, 8, 4, 4)
RELS = ("det", "nsubj", "case", "nmod", "root", "det", "obj", "case", "obl", "punct")
UPOS = ("DET", "NOUN", "ADP", "PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT")


@pytest.fixture
def tree() -> Parse:
    return Parse.build(WORDS, HEADS, RELS, UPOS)


def test_helpers_walk_the_tree(tree):
    assert tree.roots == (4,)
    assert tree.children(4) == (1, 6, 8, 9)
    assert tree.dependents(4, "nsubj") == (1,)
    assert tree.dependents(4, "obj", "obl") == (6, 8)
    assert tree.subtree(1) == (0, 1, 2, 3)
    assert tree.span(8) == (7, 8)
    assert tree.path_to_root(3) == (3, 1, 4)
    assert tree.dominates(1, 2) and not tree.dominates(6, 2)
    assert len(tree) == 10


def test_relation_subtypes_match_their_base_only_one_way():
    p = Parse.build(("x", "y", "z"), (ROOT, 0, 0), ("root", "obl:agent", "obl"), ("VERB", "NOUN", "NOUN"))
    assert p.dependents(0, "obl") == (1, 2)
    assert p.dependents(0, "obl:agent") == (1,)
    assert p.dependents(0, "obl:tmod") == ()


def test_parse_is_frozen_and_checks_heads(tree):
    with pytest.raises(dataclasses.FrozenInstanceError):
        tree.heads = ()  # type: ignore[misc]
    with pytest.raises(ValueError, match="outside the sentence"):
        Parse.build(("a", "b"), (ROOT, 5), ("root", "dep"), ("X", "X"))
    with pytest.raises(ValueError, match="differ in length"):
        Parse.build(("a", "b"), (ROOT,), ("root",), ("X",))


def _valid_tree(p: Parse) -> None:
    assert len(p.roots) == 1  # one sentence in, one tree out
    for i in range(len(p)):
        assert p.path_to_root(i)[-1] in p.roots  # every token reaches a root: no cycles
    assert all(r for r in p.deprels) and all(u for u in p.upos)


def test_indonesian_parse_of_warta_tokens():
    p = parse_tokens(tokenize("Tentara menyerang markas pemberontak di perbatasan pada Jumat."), "id")
    _valid_tree(p)
    verb = p.words.index("menyerang")
    assert p.deprels[verb] == "root"
    assert [p.words[i] for i in p.dependents(verb, "nsubj")] == ["Tentara"]
    assert [p.words[i] for i in p.dependents(verb, "obj")] == ["markas"]


def test_missing_model_is_a_clear_error(tmp_path):
    with pytest.raises(ParserUnavailable, match="train_parsers.py"):
        DependencyParser(tmp_path)
