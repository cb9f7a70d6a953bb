"""Bad input gives an error naming the file and line; other inputs are still read."""

import json
from datetime import date

from warta.io import MAX_ARTICLE_BYTES, ReadError, read_articles


def test_jsonl_bad_lines_reported(tmp_path):
    p = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "Rusia menyerang Ukraina.", "lang": "id", "date": "2024-11-15"}),
        "{not json",
        json.dumps({"id": "b"}),
        json.dumps({"id": "c", "text": "Russia attacked Ukraine.", "date": "15/11/2024"}),
        json.dumps({"id": "e", "text": "Russia attacked Ukraine.", "date": "when the rain stopped"}),
        "",
        json.dumps({"id": "d", "text": "Russia attacked Ukraine."}),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_articles([p]))
    errors = [i for i in items if isinstance(i, ReadError)]
    ok = [i for i in items if not isinstance(i, ReadError)]
    assert [a.id for a in ok] == ["a", "c", "e", "d"]
    assert [a.published for a in ok] == [date(2024, 11, 15), date(2024, 11, 15), None, None]
    assert [(e.line, type(e).__name__) for e in errors] == [(2, "ReadError"), (3, "ReadError"), (5, "ReadWarning")]
    assert all(str(p) in str(e) for e in errors)
    assert "unreadable date" in errors[2].message and "without a publication date" in errors[2].message


def test_bad_files(tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "latin.txt").write_bytes("Jakarta caf\xe9".encode("latin-1"))
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "huge.jsonl").write_bytes(b'{"text": "' + b"a" * (MAX_ARTICLE_BYTES + 10) + b'"}\n{"id": "ok", "text": "x y"}\n')
    (tmp_path / "good.txt").write_text("Korut mengirim pasukan ke Rusia.", encoding="utf-8")
    paths = [tmp_path / n for n in ("bin.txt", "latin.txt", "empty.txt", "huge.jsonl", "good.txt", "missing.txt")]
    items = list(read_articles(paths))
    errors = {str(i).split(":")[0].rsplit("/", 1)[-1]: i for i in items if isinstance(i, ReadError)}
    assert set(errors) == {"bin.txt", "latin.txt", "empty.txt", "huge.jsonl", "missing.txt"}
    assert "binary" in errors["bin.txt"].message
    assert "UTF-8" in errors["latin.txt"].message
    assert errors["huge.jsonl"].line == 1
    assert [a.id for a in items if not isinstance(a, ReadError)] == ["ok", "good"]
