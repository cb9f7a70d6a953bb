"""Roles from structure (pipeline/relations.py): the frame table read over a dependency parse.

The parses here are written by hand (UD relations), so the tests check the frame rules themselves,
not a trained model."""

import pytest

from warta.api import coder
from warta.pipeline.analysis import SentenceView
from warta.pipeline.relations import frames, parse_roles
from warta.pipeline.syntax import ROOT, Parse


def prepared(text, lang, trigger_id):
    c = coder(lang)
    sentence = c.segmenter.split(text)[0]
    mentions = [m for m in c.actors.find(text, None) if sentence.start <= m.start < sentence.end]
    view = SentenceView(sentence, c.language, mentions)
    match = next(m for m in c.triggers.find(sentence.tokens) if m.entry.id.startswith(trigger_id))
    return view, match


def parse(view, arcs):
    """``arcs``: (head, relation) per token; head -1 for the root."""
    heads, rels = zip(*arcs, strict=True)
    return Parse.build([t.text for t in view.tokens], heads, rels, ["X"] * len(arcs))


def codes(pairs):
    return {(s.code[:3], t.code[:3] if t else "") for s, t in pairs}


def test_theme_frame_takes_the_goal_behind_a_target_preposition():
    view, m = prepared("Korea Utara mengirim pasukan ke Rusia.", "id", "kirim")
    #                   0     1     2        3       4  5     6
    p = parse(view, [(2, "nsubj"), (0, "flat"), (ROOT, "root"), (2, "obj"), (5, "case"), (3, "nmod"), (2, "punct")])
    assert codes(parse_roles(view, p, m)) == {("PRK", "RUS")}


def test_passive_agent_is_the_source_and_the_subject_the_target():
    view, m = prepared("Ukraina diserang oleh Rusia.", "id", "serang")
    #                   0       1        2    3     4
    p = parse(view, [(1, "nsubj:pass"), (ROOT, "root"), (3, "case"), (1, "obl:agent"), (1, "punct")])
    assert codes(parse_roles(view, p, m)) == {("RUS", "UKR")}


def test_conjoined_subjects_all_act():
    view, m = prepared("Rusia dan China menyerang Ukraina.", "id", "serang")
    #                   0     1   2     3         4       5
    p = parse(view, [(3, "nsubj"), (2, "cc"), (0, "conj"), (ROOT, "root"), (3, "obj"), (3, "punct")])
    assert codes(parse_roles(view, p, m)) == {("RUS", "UKR"), ("CHN", "UKR")}


def test_an_xcomp_takes_its_controllers_subject():
    view, m = prepared("Syria is willing to withdraw its troops from Lebanon.", "en", "withdraw")
    #                   0     1  2       3  4        5   6      7    8       9
    p = parse(view, [(2, "nsubj"), (2, "cop"), (ROOT, "root"), (4, "mark"), (2, "xcomp"), (6, "nmod:poss"),
                     (4, "obj"), (8, "case"), (4, "obl"), (2, "punct")])
    assert codes(parse_roles(view, p, m)) == {("SYR", "LBN")}


def test_an_act_spoken_about_is_no_act():
    view, m = prepared("China bungkam mengenai pengiriman pasukan ke Rusia.", "id", "kirim")
    p = parse(view, [(1, "nsubj"), (ROOT, "root"), (3, "case"), (1, "obl"), (3, "compound"), (6, "case"),
                     (3, "nmod"), (1, "punct")])
    assert parse_roles(view, p, m) == []


@pytest.mark.parametrize("frame", ["agent", "direct", "theme", "recv", "away", "mutual", "intrans"])
def test_every_frame_has_a_row_for_every_voice(frame):
    for voice in ("active", "passive", "noun"):
        assert (frame, voice) in frames()
