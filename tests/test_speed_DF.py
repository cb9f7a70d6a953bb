"""Speed pass DF (issue 11): the parts made faster give what they gave before (texts of our own)."""

from __future__ import annotations

import random

import pytest

from warta.api import coder
from warta.lexicon.registry import head_forms, load_language
from warta.model import ActorMention, Sentence
from warta.pipeline import practice
from warta.pipeline.actors import ActorFinder
from warta.pipeline.analysis import SentenceView
from warta.pipeline.bounded import BoundedAutomaton
from warta.pipeline.events import _Plans
from warta.pipeline.where import place_finder

KEYS = ["us", "us$", "mr", "mr.", "-backed", "al-", "st. louis", "guinea-bissau", "guinea bissau", "a", "an",
        "jakarta", "jakarta pusat", "'s", "u.s.", "k", "é", "x_y", "café"]


@pytest.mark.parametrize("strict", [True, False])
def test_hits_are_the_iterators_hits(strict: bool) -> None:
    auto = BoundedAutomaton(((k, k.upper()) for k in KEYS), strict)
    rng = random.Random(11)
    alphabet = list("usmrabcdelijkatpé$.-' _,\u0001") + ["guinea", "bissau", "louis", "jakarta", "pusat", "café"]
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        hits = auto.hits(text)
        assert hits == list(auto.iter(text)), text
        assert all(text[s:e] == key and value == key.upper() for s, e, key, value in hits), text
    assert BoundedAutomaton([]).hits("jakarta") == []


@pytest.mark.parametrize("lang", ["id", "en"])
def test_head_forms_by_voice(lang: str) -> None:
    language = load_language(lang)
    pairs = {fv for entry in language.triggers for fv in entry.voices[0]}
    assert language.head_forms == head_forms(language.triggers)
    for voice in {v for _, v in pairs}:
        assert language.head_forms[voice] == frozenset(f for f, v in pairs if v == voice)
    assert coder(lang).anaphora_words.past == frozenset(f for f, v in pairs if v == "past" and " " not in f)


def test_place_head_keeps_the_articles_search() -> None:
    """(helper DC's _place_head) the place before a sector noun is read off the article's search: the place finder
    still holds the article's, so that its sentences are not searched again."""
    text = ("Brisbane City Council menolak rencana itu. Warga Sydney City menggelar protes di Brisbane. "
            "Polisi Queensland menangkap dua orang.")
    pf = place_finder("id")
    pf._last = None
    ActorFinder("id").find(text)
    assert pf._whole is not None and pf._whole[0] is text
    en = "Brisbane City Council rejected the plan. Residents protested in Brisbane on Monday."
    pf_en = place_finder("en")
    pf_en._last = None
    found = ActorFinder("en").find(en)
    assert pf_en._whole is not None and pf_en._whole[0] is en
    assert any(m.text.startswith("Brisbane City Council") for m in found)


def test_plans_are_found_on_first_use_once() -> None:
    asked = []

    def find():
        asked.append(1)
        return [(0, "IGOEU", "European Union"), (2, "HUN", "Hungary")]

    plans = _Plans(find)
    assert asked == []
    assert list(reversed(plans)) == [(2, "HUN", "Hungary"), (0, "IGOEU", "European Union")]
    assert len(plans) == 2 and plans[0][1] == "IGOEU" and list(plans)[1][1] == "HUN"
    assert asked == [1]


def test_plans_are_plan_author_per_sentence() -> None:
    c = coder("en")
    text = "The European Commission proposed a cap on prices. Hungary rejected the proposal on Monday."
    sentences = [s for s, _ in c.segmenter.split_words(text)]
    lowered = [[w.lower() for w in words] for _, words in c.segmenter.split_words(text)]
    mentions = c.actors.find(text)
    by_sentence = {s.index: [m for m in mentions if s.start <= m.start < s.end] for s in sentences}
    words = c.language.word_classes["plan_verb"] | c.language.word_classes["plan_noun"]
    eager = [p for s, low in zip(sentences, lowered, strict=True)
             if (p := practice.plan_author(s, low, by_sentence[s.index], words)) is not None]
    assert list(_Plans(lambda: c._plans(sentences, lowered, by_sentence))) == eager
    assert eager and eager[0][:2] == (0, "IGOEU")


def test_view_takes_the_coders_lowered_words() -> None:
    c = coder("id")
    text = "Polisi Jakarta menangkap dua warga Bandung di Jalan Sudirman, Senin (12/5)."
    s = c.segmenter.with_tokens(c.segmenter.split_words(text)[0][0])
    words = c.segmenter.split_words(text)[0][1]
    mentions: list[ActorMention] = c.actors.find(text)
    given = SentenceView(s, c.language, mentions, [w.lower() for w in words])
    own = SentenceView(s, c.language, mentions)
    assert given.low == own.low
    assert (given.cues, given.actors) == (own.cues, own.actors)
    assert isinstance(s, Sentence)
