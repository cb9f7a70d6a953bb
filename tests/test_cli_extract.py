"""`warta extract` and `warta evaluate` as a user runs them, and a docs test for every command."""

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from warta.cli import app

runner = CliRunner()
README = Path(__file__).resolve().parents[1] / "README.md"

SAMPLE_ID = "Rusia membantah bahwa Korea Utara mengirim 10.000 tentara ke Rusia, kata juru bicara Kremlin pada Kamis (14/11/2024)."


def test_extract_jsonl_and_explain(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(SAMPLE_ID, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(f), "--lang", "id", "--published", "2024-11-15", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    aid = [e for e in events if e["type"] == "AID"]
    assert aid and aid[0]["negated"] is True
    assert aid[0]["source"]["code"].startswith("PRK") and aid[0]["target"]["code"].startswith("RUS")
    assert aid[0]["quantity"]["value"] == 10000
    assert aid[0]["lexicon"] and all(":" in x for x in aid[0]["lexicon"])
    table = runner.invoke(app, ["extract", str(f), "--lang", "id", "--format", "table", "--explain"],
                          env={"COLUMNS": "250"})
    assert table.exit_code == 0 and "triggers.tsv" in table.stdout


def test_extract_reports_bad_input_and_goes_on(tmp_path):
    good = tmp_path / "good.jsonl"
    good.write_text('{"id": "x", "text": "Russia attacked Ukraine.", "lang": "en"}\n{broken\n', encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(good), str(empty), "--format", "jsonl"])
    assert result.exit_code == 0
    assert f"{good}:2" in result.stderr and f"{empty}" in result.stderr
    assert any(json.loads(line)["doc"] == "x" for line in result.stdout.splitlines() if line.startswith("{"))
    nothing = runner.invoke(app, ["extract", str(empty)])
    assert nothing.exit_code == 1


def test_evaluate_prints_scores(tmp_path):
    gold = tmp_path / "g.jsonl"
    rec = {"id": "g1", "lang": "en", "date": "2024-11-15", "text": "Russia attacked Ukraine.",
           "events": [{"source": "RUS", "target": "UKR", "type": "ASSAULT", "optional": False}]}  # fmt: skip
    gold.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(gold), "--json"])
    assert result.exit_code == 0
    scores = json.loads(result.stdout)
    assert scores["overall"]["tp"] == 1 and scores["overall"]["f1"] == 1.0


def test_every_command_is_documented():
    readme = README.read_text(encoding="utf-8")
    names = {c.name for c in app.registered_commands} | {g.name for g in app.registered_groups}
    assert names, "no commands registered"
    for name in sorted(n for n in names if n):
        assert re.search(rf"warta {name}\b", readme), f"`warta {name}` is not documented in README.md"
