"""`warta lexicon coverage`: the codebook's codes each language's triggers cover, as a user runs it."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from warta.lexicon.coverage import codebook_codes, coverage, entries_per_code, guideline_type
from warta.lexicon.registry import load_language

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
WARTA = [sys.executable, "-c", "from warta.cli import main; main()"]
# Every codebook code has its vocabulary in both languages (issue 11).
MIN_COVERED = {"id": 295, "en": 295}
MIN_ENTRIES = 2000  # trigger entries per language, as the registry builds them


def _run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "COLUMNS": "250"}
    return subprocess.run([*WARTA, "lexicon", "coverage", *args], capture_output=True, text=True, env=env,
                          timeout=120, check=False)  # fmt: skip


def test_coverage_json_shape_and_consistency():
    result = _run("--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"id", "en"} <= set(data)
    codes = set(codebook_codes())
    for lang, cov in data.items():
        assert cov["total"] == len(codes)
        assert set(cov["missing"]) <= codes
        assert cov["covered"] + len(cov["missing"]) == cov["total"], lang
        assert cov["missing"] == sorted(cov["missing"])
        assert cov["covered"] >= MIN_COVERED.get(lang, 0), f"{lang}: {cov['covered']} codes covered"


def test_coverage_counts_what_the_triggers_code():
    cov = coverage(("id",))["id"]
    # an act every lexicon has (CONSULT, 040) is covered; a code no entry names is missing, never both
    assert "040" not in cov.missing
    assert all(len(code) >= 3 for code in cov.missing)


def test_codebook_total_is_the_codefile():
    codefile = SHARED / "reference" / "CAMEO_codefile.txt"
    if not codefile.is_file():
        return
    labels = set(re.findall(r"^LABEL:\s*(\d{3,4})=", codefile.read_text(encoding="utf-8"), re.M))
    assert labels == set(codebook_codes())


def test_coverage_table_and_bad_language():
    table = _run()
    assert table.returncode == 0 and "covered" in table.stdout and "missing" in table.stdout
    bad = _run("--lang", "xx")
    assert bad.returncode != 0 and "unsupported language" in (bad.stderr + bad.stdout)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_code_has_three_entries(lang):
    counts = entries_per_code(lang)
    thin = [code for code in codebook_codes() if counts[code] < 3]
    assert not thin, f"{lang}: codes with fewer than 3 trigger entries: {thin}"
    assert len(load_language(lang).triggers) >= MIN_ENTRIES


@pytest.mark.parametrize("lang", ["id", "en"])
def test_codebook_entries_carry_the_codebook_type(lang):
    wrong = sorted({(e.where.split(":")[0], e.cameo, e.type) for e in load_language(lang).triggers
                    if "triggers_" in e.where and e.type != guideline_type(e.cameo)})
    assert not wrong, wrong
