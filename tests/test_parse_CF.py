"""Roles read from the dependency parse for every candidate (helper CF, session 24, issue 10): own news-style
sentences in English and Indonesian (tests/data/parse_CF.jsonl), coded by GUIDELINES.md BEFORE warta was run on any
of them, a quarter with no event.  Long subjects with relative clauses, appositions and participles between the
subject and the verb; objects after lists, brackets and adverbials; passives with a far agent; coordinated verbs
sharing a subject; subjects after the verb of saying; a nearer actor that is no argument.

Parse-first (the parse's pair deciding wherever it names a coded source and target, bench/parse_vs_windows.py --first)
was measured and not kept: it lost events or added false alarms in every frame and voice, on the dev gold, the
tuning set and this set (the figures are in the session's report and the commit messages).  What is kept is a fix
of how the parse's voice is read: a past form the tagger marks Voice=Pass is active when it has a subject or an
object of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import record_set_checks
from test_relations import codes, parse, prepared
from warta.pipeline.relations import parse_roles, parse_voice
from warta.pipeline.syntax import ROOT

DATA = Path(__file__).parent / "data" / "parse_CF.jsonl"
PUB = "2025-06-20"

# Measured right after coding, before any change (2026-12-07): en F1 0.903 (TP 28, FP 5, FN 1), id F1 0.900 (TP 27,
# FP 6, FN 0): the token windows already read these structures.  At the end of the session: the same.
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.902, 5), "id": (0.899, 6)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "parse-CF", RATCHET)

PAST = "Tense=Past|VerbForm=Part|Voice=Pass"


def _parse(view, arcs, feats):
    p = parse(view, arcs)
    return type(p).build(p.words, p.heads, p.deprels, p.upos, feats)


@pytest.mark.parametrize(("text", "arcs", "head", "pair"), [
    # a past form with a subject and an object of its own, read Voice=Pass by the tagger, is active
    ("Spain condemned Morocco.", [(1, "nsubj"), (ROOT, "root"), (1, "obj"), (1, "punct")], 1, ("ESP", "MAR")),
    # a coordinated verb with no subject of its own, but an object: active, its subject the first verb's
    ("Peru recalled its envoy and condemned Chile.",
     [(1, "nsubj"), (ROOT, "root"), (3, "nmod:poss"), (1, "obj"), (5, "cc"), (1, "conj"), (5, "obj"), (1, "punct")],
     5, ("PER", "CHL")),
])
def test_a_past_form_with_its_own_subject_or_object_is_active(text, arcs, head, pair):
    view, m = prepared(text, "en", "condemn")
    feats = ["" if i != head else PAST for i in range(len(arcs))]
    p = _parse(view, arcs, feats)
    assert parse_voice(view, p, m) == "active"
    assert codes(parse_roles(view, p, m)) == {pair}


def test_a_reduced_passive_stays_passive():
    # the negative: "Chile, condemned by Peru, ..." has neither subject nor object of its own: passive, its agent
    # behind "by" the source
    view, m = prepared("Chile, condemned by Peru, recalled its envoy.", "en", "condemn")
    #                   0    1 2         3  4   5 6        7   8     9
    arcs = [(7, "nsubj"), (2, "punct"), (0, "acl"), (4, "case"), (2, "obl:agent"), (2, "punct"), (ROOT, "root"),
            (9, "nmod:poss"), (7, "obj"), (7, "punct")]
    p = _parse(view, arcs, ["" if i != 2 else PAST for i in range(len(arcs))])
    assert parse_voice(view, p, m) == "passive"
    assert codes(parse_roles(view, p, m)) == {("PER", "CHL")}
