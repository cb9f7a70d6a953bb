"""The English triggers derived from PETRARCH2's verb dictionary (lang/en/triggers_cameo.tsv) are exactly what
scripts/derive_triggers.py writes from ../shared: the script's filters read the hand lexicon, so a hand entry added
without a rerun leaves the shipped file stale (it drifted once by 115 rows)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "scripts" / "derive_triggers.py"


def _script():
    spec = importlib.util.spec_from_file_location("derive_triggers", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not _script().SRC.is_file(), reason="../shared/data/petrarch2 is not present")
def test_the_shipped_file_is_the_scripts_output(tmp_path):
    script = _script()
    out = tmp_path / "triggers_cameo.tsv"
    script.main(script.SRC, out)
    shipped = script.OUT.read_text(encoding="utf-8").splitlines()
    fresh = out.read_text(encoding="utf-8").splitlines()
    assert shipped == fresh, (f"{script.OUT} differs from the script's output ({len(shipped)} vs {len(fresh)} lines): "
                              "rerun PYTHONPATH=src python scripts/derive_triggers.py")


@pytest.mark.parametrize(("verb", "want"), [
    ("KILLED_OR", ["killed_or"]),  # written inflected in the dictionary: kept as written, never "killeded_or"
    ("SHOT_AND", ["shot_and"]),  # an irregular past that is no root of its own
    ("ASK_FOR", ["ask_for", "asks_for", "asked_for", "asking_for"]),  # a root: inflected
    ("HIT_BACK", ["hit_back", "hits_back", "hitting_back"]),  # a root whose past is itself (one form)
])
def test_a_multiword_verb_is_inflected_only_from_its_root(verb, want):
    assert _script().verb_alts(verb, []) == want


def test_no_derived_form_is_inflected_twice():
    rows = (REPO / "src" / "warta" / "lang" / "en" / "triggers_cameo.tsv").read_text(encoding="utf-8")
    assert not [w for w in ("eded_", "edded_", "eds_", "eding_", "shotted", "shotting") if w in rows]
