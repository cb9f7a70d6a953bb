"""`warta parse` as a user runs it: CoNLL-U with gold tokens, plain text on stdin, scoring, bad input."""

import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from warta.cli import app
from warta.conllu import parse_conllu, read_conllu

runner = CliRunner()
DATA = Path(__file__).parent / "data"


def _check_columns(sents) -> None:
    for s in sents:
        n = len(s.words)
        roots = [w for w in s.words if w.head == 0]
        assert len(roots) == 1 and all(w.deprel == "root" for w in roots)
        for w in s.words:
            assert w.head is not None and 0 <= w.head <= n and w.head != w.id
            assert w.upos != "_" and w.deprel not in ("_", "ROOT")


def test_parse_conllu_keeps_the_files_tokens(tmp_path):
    out = tmp_path / "pred.conllu"
    result = runner.invoke(app, ["parse", str(DATA / "own_en.conllu"), "--lang", "en", "-o", str(out)])
    assert result.exit_code == 0, result.output
    gold, pred = read_conllu(DATA / "own_en.conllu"), read_conllu(out)
    assert [[w.form for w in s.words] for s in pred] == [[w.form for w in s.words] for s in gold]
    assert [s.comments for s in pred] == [s.comments for s in gold]
    assert [w.lemma for w in pred[0].words] == [w.lemma for w in gold[0].words]  # columns not predicted stay
    assert "2-3\tdidn't" in out.read_text(encoding="utf-8")  # multiword-token line kept
    _check_columns(pred)
    army = pred[0].words[1]
    assert (army.head, army.deprel) == (3, "nsubj")


def test_score_prints_uas_and_las(tmp_path):
    result = runner.invoke(app, ["parse", "--score", str(DATA / "own_id.conllu"), "--lang", "id"])
    assert result.exit_code == 0, result.output
    fields = dict(p.split(" ") for p in result.stdout.split("\t")[-1].strip().split("  "))
    assert fields["words"] == "16"
    assert 0.5 <= float(fields["UAS"]) <= 1.0 and float(fields["LAS"]) <= float(fields["UAS"])
    # against a gold file whose heads are all wrong the score must drop to zero
    wrong = tmp_path / "wrong.conllu"
    lines = []
    for line in (DATA / "own_id.conllu").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) == 10:
            cols[6] = str(int(cols[0]) % 8 + 1)  # every word points at its right neighbour (no root)
        lines.append("\t".join(cols))
    wrong.write_text("\n".join(lines) + "\n", encoding="utf-8")
    low = runner.invoke(app, ["parse", "--score", str(wrong), "--lang", "id"])
    low_fields = dict(p.split(" ") for p in low.stdout.split("\t")[-1].strip().split("  "))
    assert float(low_fields["UAS"]) < 0.3


def test_plain_text_on_stdin_through_a_real_process():
    text = "Pasukan itu menarik diri dari kota. Presiden mengecam serangan tersebut."
    proc = subprocess.run([sys.executable, "-c", "from warta.cli import main; main()", "parse", "-", "--lang", "id"],
                          input=text, capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    sents = list(parse_conllu(proc.stdout.splitlines(True), "stdout"))
    assert len(sents) == 2
    assert [w.form for w in sents[0].words][:3] == ["Pasukan", "itu", "menarik"]
    assert sents[0].words[-1].form == "." and "SpaceAfter=No" in sents[0].words[-2].misc
    start, end = sents[1].words[0].misc.split("=")[1].split(":")
    assert text[int(start):int(end)] == "Presiden"
    _check_columns(sents)


def test_bad_sentence_is_named_and_the_rest_parsed(tmp_path):
    bad = tmp_path / "bad.conllu"
    good = (DATA / "own_en.conllu").read_text(encoding="utf-8")
    bad.write_text("1\tOops\t_\t_\n\n" + good, encoding="utf-8")
    result = runner.invoke(app, ["parse", str(bad), "--lang", "en"])
    assert result.exit_code == 1
    assert f"{bad}:1" in result.stderr
    assert len(list(parse_conllu(result.stdout.splitlines(True)))) == 3
