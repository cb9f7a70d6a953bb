"""bench/title_frequency.py (helper CL, session 25): the pure functions that cut uncoded capitalised stretches out of a
sentence and count them, on sentences of our own.  The list itself is printed by the script, not tested here."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import title_frequency as tf  # noqa: E402


def test_tokens_keep_the_dot_of_a_short_abbreviation_only():
    assert [w for w, _, _ in tf.tokens("Plt. Bupati Garut tiba.")] == ["Plt.", "Bupati", "Garut", "tiba"]
    assert [w for w, _, _ in tf.tokens("Mereka mendatangi DPR.")] == ["Mereka", "mendatangi", "DPR"]


def test_gap_kinds():
    assert tf.gap_kind("", "name") == "name"
    assert tf.gap_kind("MIL", "title") == "nocountry"
    assert tf.gap_kind("IDN", "sector") == "nosector"
    assert tf.gap_kind("IDN", "country") is None
    assert tf.gap_kind("IDNCOP", "body") is None
    assert tf.gap_kind("IGOUN", "igo") is None


def test_gaps_cut_at_coded_words_and_places():
    text = "Kasatlantas Polres Bogor AKP Budi Santoso menegur warga."
    polres = text.index("Polres")
    mentions = [(polres, polres + len("Polres"), "IDNCOP", "body")]
    bogor = text.index("Bogor")
    places = [(bogor, bogor + len("Bogor"))]
    found = tf.gaps(text, mentions, places)
    assert [g.words for g in found] == [("Kasatlantas",), ("AKP", "Budi", "Santoso")]
    assert {g.kind for g in found} == {"none"}


def test_a_sentence_initial_common_word_starts_no_gap():
    text = "Sementara itu Wakapolsek Cibinong datang."
    found = tf.gaps(text, [], [], frozenset({"sementara"}))
    assert [g.words for g in found] == [("Wakapolsek", "Cibinong")]


def test_title_like_words():
    lower = frozenset({"kepala", "anda"})
    assert tf.title_like("AKBP", lower)
    assert tf.title_like("Kepala", lower)
    assert not tf.title_like("Anda", lower)
    assert not tf.title_like("Budi", lower)
    assert not tf.title_like("Selasa", lower, frozenset({"selasa"}))


def test_tally_counts_first_words_and_pairs_with_an_example():
    text = "Kata Wakapolsek Cibinong kemarin."
    gap = tf.Gap(("Wakapolsek", "Cibinong"), "none", 5, 24)
    one, two, example = tf.tally([(gap, text), (gap, text)])
    assert one["Wakapolsek\tnone"] == 2 and two["Wakapolsek Cibinong\tnone"] == 2
    assert "Wakapolsek" in example["Wakapolsek\tnone"]
