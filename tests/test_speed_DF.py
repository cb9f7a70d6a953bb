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


# --- batch 2 ---------------------------------------------------------------------------------------------------------
def test_dateline_test_is_a_dash_in_the_first_120_characters() -> None:
    from warta.pipeline.analysis import _DASHES, may_open_with_dateline

    rng = random.Random(3)
    for _ in range(3000):
        text = "".join(rng.choice(["a", " ", "-", "–", "—", "x" * 30, "(Reuters)"]) for _ in range(rng.randint(0, 12)))
        assert may_open_with_dateline(text) == any(d in text[:120] for d in _DASHES), text


@pytest.mark.parametrize("entry", ["", "+", "knowledge/organisations.tsv:3", "+knowledge/organisations.tsv:3",
                                   "lang/id/titles.tsv:1+knowledge/organisations.tsv:3",
                                   "knowledge/organisations_extra.tsv:9+geonames:1", "name:capitalised"])
def test_known_organisation_of_the_head(entry: str) -> None:
    m = ActorMention("IGOUN", "UN", "PBB", 0, 3, "igo", entry)
    assert m.known_organisation(head=True) == any(p.startswith("knowledge/organisations") for p in m.sources[:1])
    assert m.known_organisation() == any(p.startswith("knowledge/organisations") for p in m.sources)


def test_uncoded_person_reads_the_places_only_when_the_surname_stands_alone() -> None:
    from warta.pipeline import coref

    text = ("Chad Hammel dari Jakarta Selatan mengatakan ... Hammel menolak. Bank Mandiri dan Kuala Lumpur menolak. "
            "Warga Jakarta Selatan, Budi Santoso, berkata. Santoso menuduh polisi.")
    c = coder("id")
    asked = []

    def countries(lo: int, hi: int) -> frozenset[str]:
        asked.append((lo, hi))
        return c._place_countries(text, lo, hi)

    for m in c.actors.find(text):
        old = not (m.code or m.kind not in ("title", "name")) and bool(coref._name_words(m.text)) and (
            m.kind == "title" or (len(coref._name_words(m.text)) >= 2 and m.unknown_name
                                  and not c._place_countries(text, m.start, m.end)
                                  and any(not m.start <= a < m.end and text[max(0, a - len(coref._name_words(m.text)[-2]) - 1):a].strip()
                                          != coref._name_words(m.text)[-2] for a in coref._word_at(text, coref._name_words(m.text)[-1]))))
        assert coref._uncoded_person(m, countries, frozenset(), text) == old, m
    assert len(asked) <= 2  # (the names whose last word stands alone: "Hammel", "Santoso")


def test_segmenter_keeps_its_patterns() -> None:
    from warta.pipeline.segment import Segmenter, tokenize, words

    seg = Segmenter(["dr", "mr"], ["'s", "n't"])
    text = "Mr. Smith's aide didn't say. Indonesia's police arrested 3 men in U.S. territory.\nDr. Budi spoke."
    for s, found in seg.split_words(text):
        assert found == words(s.text, ["n't", "'s"])
        assert seg.with_tokens(s).tokens == tokenize(s.text, s.start, ["'s", "n't"])
    assert [s.tokens for s in seg.split(text)] == [tokenize(s.text, s.start, ["'s", "n't"]) for s, _ in seg.split_words(text)]


# --- batch 3 ---------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["id", "en"])
def test_trigger_heads_behind_one_look_up(lang: str) -> None:
    m = coder(lang).triggers
    language = coder(lang).language
    # (a bare root spelt like a one-word cue is no head: "tentang", "soal")
    heads = [(e, form, v) for e in language.triggers for form, v in e.voices[0]
             if not (v == "bare" and form in m.never_bare)]  # fmt: skip
    assert m._head_info.keys() == {form for _e, form, _v in heads}
    for entry, form, voice in heads:
        single, multi, _lasts, reach = m._head_info[form]
        if len(entry.pattern) == 1:
            assert (entry, voice) in single
        else:
            assert all((entry, voice) in multi[last] for last in entry.pattern[-1])
            assert reach >= len(entry.pattern) - 1
    for single, multi, lasts, _reach in m._head_info.values():
        assert single or multi
        assert lasts == frozenset(multi or ())


@pytest.mark.parametrize(("lang", "text", "triggers"), [
    ("id", "Polisi menangkap dua pria dan menuduh mereka menjarah toko.", ["menangkap", "menuduh"]),
    ("en", "Police arrested two men and accused them of looting shops, officials said.", ["arrested", "accused"]),
])
def test_triggers_found_with_the_one_look_up(lang: str, text: str, triggers: list[str]) -> None:
    c = coder(lang)
    s = c.segmenter.split(text)[0]
    found = c.triggers.find(s.tokens)
    assert [s.tokens[x.start].text for x in found][:len(triggers)] == triggers
    assert found == c.triggers.find(s.tokens, [t.text.lower() for t in s.tokens])


# --- batch 4 ---------------------------------------------------------------------------------------------------------
def test_candidate_view_is_its_scenes() -> None:
    from warta.pipeline.conventions import Candidate, Scene

    c = coder("en")
    s = c.segmenter.split("Police arrested two men on Sunday.")[0]
    view = SentenceView(s, c.language, c.actors.find(s.text))
    scene = Scene(view, list, [], [])
    match = c.triggers.find(s.tokens)[0]
    cand = Candidate(scene, match)
    assert cand.view is view and Candidate(scene, match, cand.roles).view is view
    assert cand == Candidate(scene, match)  # (the view is no part of a candidate's value)
