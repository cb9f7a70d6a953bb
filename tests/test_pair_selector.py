"""bench/pair_selector.py (helper CI, session 24): candidate generation, labelling, scoring and the held-back parts, on
sentences of our own. The model's accuracy is measured by the script, not tested here."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import pair_selector as ps  # noqa: E402
from warta.api import extract_article  # noqa: E402
from warta.evaluate import Counts, evaluate_records  # noqa: E402


def _event(type_: str, source: str, target: str, trigger: str, optional: bool = False) -> dict:
    return {"type": type_, "source": source, "target": target, "trigger": trigger, "optional": optional}


RECORDS = [
    {"id": "ci-en-1", "lang": "en", "date": "2025-06-20", "text": "China accused the United States of spying on its ships.",
     "events": [_event("ACCUSE", "CHN", "USA", "accused")]},
    {"id": "ci-en-2", "lang": "en", "date": "2025-06-20",
     "text": "Japan condemned the missile launch, while South Korea asked China to restrain its ally.",
     "events": [_event("REQUEST", "KOR", "CHN", "asked"), _event("ACCUSE", "JPN", "", "condemned", optional=True)]},
    {"id": "ci-id-1", "lang": "id", "date": "2025-06-20",
     "text": "Pemerintah Malaysia menolak permintaan Singapura untuk menunda perundingan.",
     "events": [_event("REJECT", "MYSGOV", "SGP", "menolak")]},
    {"id": "ci-id-2", "lang": "id", "date": "2025-06-20", "text": "Cuaca cerah menyelimuti Bandung sepanjang pekan.",
     "events": []},
]


@pytest.fixture(scope="module")
def sentences():
    return ps.all_candidates(RECORDS)


def test_candidates_cover_every_ordered_pair_and_no_target(sentences):
    keys = {c.key for c in sentences[0].candidates}
    assert ("ACCUSE", "CHN", "USA") in keys
    assert ("ACCUSE", "USA", "CHN") in keys  # the other order is a candidate too
    assert ("ACCUSE", "CHN", "") in keys  # no target
    assert all(c.key[1] != "" for c in sentences[0].candidates)  # every source has a country


def test_a_sentence_with_no_trigger_has_no_candidate(sentences):
    assert sentences[3].candidates == []
    assert sentences[3].required == []


def test_labels_follow_the_required_gold_keys(sentences):
    first = sentences[0]
    positives = [c for c in first.candidates if c.label == 1]
    assert [c.key for c in positives] == [("ACCUSE", "CHN", "USA")]  # one gold event: one positive
    assert all(c.label == 0 for c in first.candidates if c.key != ("ACCUSE", "CHN", "USA"))
    second = sentences[1]
    assert {c.key for c in second.candidates if c.label == 1} <= {("REQUEST", "KOR", "CHN")}
    # a key matching only an optional gold event is left out of training
    assert all(c.label == -1 for c in second.candidates if c.key == ("ACCUSE", "JPN", ""))


def test_at_most_as_many_positives_per_key_as_the_gold_has():
    def cand(word: str, emitted: bool, dist: int) -> ps.Candidate:
        return ps.Candidate(("ASSAULT", "RUS", "UKR"), [], emitted, word, dist)

    sent = ps.Sentence("x", "en", "A", [], [("ASSAULT", "RUS", "UKR")], [], {("ASSAULT", "RUS", "UKR"): ["shelled"]},
                       [cand("attacked", False, 2), cand("shelled", False, 5), cand("struck", True, 9)])
    ps.label(sent)
    assert [c.label for c in sent.candidates] == [-1, -1, 1]  # the coder's own first
    sent.candidates[2].emitted = False
    ps.label(sent)
    assert [c.label for c in sent.candidates] == [-1, 1, -1]  # then the gold trigger's word


def test_the_coders_keys_score_as_evaluate_records(sentences):
    counts: dict[str, Counts] = {}
    for sent in sentences:
        ps.score_keys(sent.required, sent.optional, sent.coder_keys, counts.setdefault(sent.lang, Counts()))
    reference = evaluate_records(RECORDS, extract_article)
    for lang, c in reference.by_lang.items():
        assert (counts[lang].tp, counts[lang].fp, counts[lang].fn) == (c.tp, c.fp, c.fn)


def test_codings_a_b_c_d():
    sent = ps.Sentence("x", "en", "A", [("ACCUSE", "CHN", "USA")], [], [])
    best_b = {("ACCUSE", "CHN", "USA"): 0.9, ("REQUEST", "KOR", "CHN"): 0.6, ("ASSAULT", "RUS", ""): 0.2}
    out = ps.codings(sent, {"b": best_b, "c": best_b}, {"b": 0.5, "c": 0.7, "d": 0.95})
    assert out["a"] == [("ACCUSE", "CHN", "USA")]
    assert sorted(out["b"]) == [("ACCUSE", "CHN", "USA"), ("REQUEST", "KOR", "CHN")]
    assert out["c"] == [("ACCUSE", "CHN", "USA")]  # the extra key is under c's threshold
    assert out["d"] == []  # the coder's key scores under the veto's threshold
    sent.coder_keys.append(("AID", "USA", "ARE"))  # a key the candidates never hold (no country, say) is kept
    assert ps.codings(sent, {"b": best_b, "c": best_b}, {"b": 0.5, "c": 0.7, "d": 0.5})["d"] == [
        ("ACCUSE", "CHN", "USA"), ("AID", "USA", "ARE")]


def test_held_back_parts_are_never_opened(tmp_path):
    (tmp_path / "AE.jsonl").write_text("not json", encoding="utf-8")  # would raise if it were read
    assert ps.tuning_records(tmp_path) == []
