"""The frozen parse value, its tree helpers, and the shipped parsers on sentences written for these tests."""

import dataclasses

import pytest

from warta.pipeline.segment import tokenize
from warta.pipeline.syntax import (
    ROOT,
    DependencyParser,
    Parse,
    ParserUnavailable,
    available_languages,
    load_parser,
    parse_many,
    parse_tokens,
    usage,
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


def test_models_ship_for_both_languages():
    assert {"id", "en"} <= set(available_languages())


def test_english_parse_of_warta_tokens():
    p = parse_tokens(tokenize("The rebels attacked a police station in the north on Friday."), "en")
    _valid_tree(p)
    verb = p.words.index("attacked")
    assert p.deprels[verb] == "root" and p.upos[verb] == "VERB"
    assert [p.words[i] for i in p.dependents(verb, "nsubj")] == ["rebels"]
    assert [p.words[i] for i in p.dependents(verb, "obj")] == ["station"]


def test_english_passive_agent_and_xcomp():
    p = parse_tokens(tokenize("The president asked the army to leave the city."), "en")
    _valid_tree(p)
    asked = p.words.index("asked")
    leave = p.words.index("leave")
    # the clause hangs from "asked"; the shipped model labels it advcl, not xcomp (a known miss)
    assert p.heads[leave] == asked and p.deprels[leave] in ("xcomp", "advcl")
    assert [p.words[i] for i in p.dependents(asked, "obj")] == ["army"]
    q = parse_tokens(tokenize("The minister was arrested by the police."), "en")
    arrested = q.words.index("arrested")
    assert [q.words[i] for i in q.dependents(arrested, "nsubj")] == ["minister"]
    assert q.deprels[q.words.index("minister")] == "nsubj:pass"
    assert [q.words[i] for i in q.dependents(arrested, "obl")] == ["police"]


def test_indonesian_parse_of_warta_tokens():
    p = parse_tokens(tokenize("Tentara menyerang markas pemberontak di perbatasan pada Jumat."), "id")
    _valid_tree(p)
    verb = p.words.index("menyerang")
    assert p.deprels[verb] == "root"
    assert [p.words[i] for i in p.dependents(verb, "nsubj")] == ["Tentara"]
    assert [p.words[i] for i in p.dependents(verb, "obj")] == ["markas"]


def test_parse_many_matches_one_by_one_and_keeps_empty_sentences():
    sents = [tokenize("Police detained two men."), (), tokenize("The talks ended without a deal.")]
    many = list(parse_many(sents, "en"))
    assert len(many) == 3 and len(many[1]) == 0
    assert many[0] == parse_tokens(sents[0], "en") and many[2] == parse_tokens(sents[2], "en")


def test_parser_is_loaded_once_per_language():
    assert load_parser("en") is load_parser("en")
    assert load_parser("en") is not load_parser("id")


def test_missing_model_is_a_clear_error(tmp_path):
    with pytest.raises(ParserUnavailable, match="train_parsers.py"):
        DependencyParser(tmp_path)


def test_usage_counts_sentences_words_and_time():
    before = usage("en")
    sents = [tokenize("Troops crossed the border at dawn."), tokenize("Two soldiers were wounded.")]
    list(parse_many(sents, "en"))
    parse_tokens(tokenize("The ministry denied it."), "en")
    done = usage("en") - before
    assert (done.sentences, done.words) == (3, sum(len(s) for s in sents) + 5)
    assert done.seconds > 0 and done.words_per_second > 0
    assert usage().sentences >= usage("en").sentences


@pytest.mark.parametrize("lang, text", [
    ("en", "The ministry said on Monday that police had arrested three men accused of smuggling weapons."),
    ("id", "Kepolisian menangkap tiga orang yang diduga menyelundupkan senjata ke Papua, kata juru bicara itu."),
])
def test_numpy_and_blis_kernels_give_the_same_parse(lang, text):
    """The parser may run on numpy's BLAS instead of blis where that is faster: the trees must not change."""
    from thinc.api import NumpyOps

    from warta.pipeline.syntax import model_dir

    words = [t.text for t in tokenize(text)]
    trees = []
    for use_blis in (True, False):
        parser = DependencyParser(model_dir(lang))
        ops = NumpyOps(use_blis=use_blis)
        for _name, proc in parser._nlp.pipeline:
            for node in proc.model.walk():
                node.ops = ops
        trees.append(parser.parse_words(words))
    assert parser.ops in ("blis", "numpy")
    assert trees[0].heads == trees[1].heads and trees[0].deprels == trees[1].deprels


def test_a_sentence_met_again_is_answered_from_memory():
    """The parser keeps its parses (``MEMO_SENTENCES``): a sentence met again gets the same tree without a parse,
    counted as a sentence handed a parse and as recalled; the parser's own speed counts only the words it parsed."""
    from warta.pipeline.syntax import model_dir

    parser = DependencyParser(model_dir("en"))
    words = [t.text for t in tokenize("Police detained four protesters outside the embassy on Friday.")]
    first = parser.parse_words(words)
    once = parser.usage
    again = parser.parse_words(words)
    done = parser.usage - once
    assert again == first and (done.sentences, done.recalled, done.words, done.recalled_words) == (1, 1, 10, 10)
    u = parser.usage
    assert u.words_per_second == pytest.approx((u.words - u.recalled_words) / u.seconds)
    parser.parse_words(words, [True] * (len(words) - 2) + [False, False])  # other spaces: another key, parsed
    assert (parser.usage - once).recalled == 1 and (parser.usage - once).sentences == 2
