"""Clause bounds of the role finder (roles.left_bound, roles.right_bound) on sentences of our own."""

import pytest

from warta.api import coder
from warta.pipeline.analysis import SentenceView
from warta.pipeline.roles import left_bound, right_bound


def view(text, lang):
    c = coder(lang)
    return SentenceView(c.segmenter.split(text)[0], c.language, c.actors.find(text))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Officials said that Russia attacked Ukraine; China, which protested, urged talks."),
    ("id", "Pejabat mengatakan bahwa Rusia menyerang Ukraina; China, yang memprotes, mendesak perundingan."),
])
def test_a_clause_ends_at_a_complementizer_clause_punctuation_comma_and_relative(lang, text):
    v = view(text, lang)
    #  0 said/mengatakan 2 that/bahwa 3 Rusia 4 menyerang 5 Ukraina 6 ; 7 China 8 , 9 which/yang 10 ... 11 , 12 urged
    assert (left_bound(v, 4), right_bound(v, 4)) == (3, 6)
    assert (left_bound(v, 12), right_bound(v, 7), right_bound(v, 10)) == (7, 8, 11)
    assert left_bound(v, v.n + 3) == left_bound(v, v.n)  # past the end: from the last token
