"""Family DE (session 29): the parser's cost with the output unchanged.

A parse computed once for a sentence serves the copies of its view too, and ``syntax._to_parse`` reads a parsed
Doc's tokens in one walk. (The gates the family tested before parsing saved 2 of 43 parses on kumparan and 11 of 512
on the tuning set: the lead took them back as not worth their code; see docs/SESSIONS.md, session 29.)
"""

import pytest

from warta.api import coder
from warta.pipeline import syntax
from warta.pipeline.analysis import SentenceView


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


TEXT = "Usai polisi menangkap dua aktivis, Presiden Jokowi mengecam tindakan itu."


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
    doc = parser._nlp(parser._doc(parser._nlp, words, None))
    parse = syntax._to_parse(doc)
    assert parse.words == tuple(words)
    assert parse.heads == tuple(syntax.ROOT if t.head.i == t.i else t.head.i for t in doc)
    assert parse.deprels == tuple("root" if t.head.i == t.i or t.dep_ == "ROOT" else t.dep_ for t in doc)
    assert parse.upos == tuple(t.pos_ or "X" for t in doc)
    assert parse.feats == tuple(str(t.morph) for t in doc)
    assert parse.roots == (next(t.i for t in doc if t.head.i == t.i),)


@pytest.mark.skipif("en" not in syntax.available_languages(), reason="no trained parser")
def test_a_parser_grown_by_new_words_is_loaded_afresh_with_the_same_parses():
    """spaCy keeps every word a Doc brings for the life of the pipeline: past ``vocab_growth`` new words the parser
    loads its pipeline again (the same weights: the same parses), so a long ingest does not grow without bound."""
    parser = syntax.DependencyParser(syntax.model_dir("en"))
    words = ["Russia", "attacked", "Ukraine", "on", "Monday", "."]
    before = parser.parse_words(words)
    first = parser._nlp
    parser.vocab_growth = 50
    made_up = [["".join(chr(97 + (i * 7 + j * 3 + k) % 26) for k in range(8)) + str(i) for j in range(12)]
               for i in range(10)]
    for w in made_up:
        parser.parse_words(w)
    assert parser._nlp is not first  # renewed
    assert len(parser._nlp.vocab) < len(first.vocab)
    parser._memo.clear()
    assert parser.parse_words(words) == before
    assert [parser.parse_words(w) for w in made_up[:2]] == [syntax._to_parse(first(parser._doc(first, w, None)))
                                                            for w in made_up[:2]]
