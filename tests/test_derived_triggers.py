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
