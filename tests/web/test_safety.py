"""A safe server by default: saving off, Host checked, bad numbers and bodies refused with 4xx,
security headers on every answer, quantities always finite, no sentence repeated per event."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import urllib.error
import urllib.request

import pytest
from browser import _free_port
from fastapi.testclient import TestClient

from warta.model import Quantity
from warta.web.app import create_app
from warta.web.limits import HostCheckMiddleware

BIG = str(2**63)

RUN_ON = ("Rusia menyerang Ukraina dan Jepang mengirim bantuan ke Filipina sementara Polisi Malaysia menangkap "
          "dua nelayan Vietnam lalu Pemerintah Iran mengecam Israel ")


def _strict(text: str):
    """JSON as the standard has it: Infinity and NaN are not numbers."""
    def refuse(name: str):
        raise ValueError(f"{name} is not JSON")
    return json.loads(text, parse_constant=refuse)


@pytest.mark.parametrize("url", [
    f"/api/events?offset={BIG}", f"/api/actors?offset={BIG}", f"/api/graph?min_events={BIG}",
    f"/api/events/{BIG}", f"/api/articles/{BIG}", f"/api/events/-{BIG}1", "/api/events/99999999999999999999999",
])
def test_numbers_out_of_range_are_422(client, url):
    r = client.get(url)
    assert r.status_code == 422
    assert "script-src 'self'" in r.headers["content-security-policy"]


@pytest.mark.parametrize("body", [
    b'{"text": "\\ud800 Rusia menyerang Ukraina."}',
    b'{"text": "Rusia menyerang Ukraina.", "title": "\\udfff"}',
    b'{"text": NaN}',
    b'{"text": "Rusia menyerang Ukraina.", "published": NaN}',
    b'{"text": "Rusia menyerang Ukraina.", "save": Infinity}',
    b'[1e999]',
])
def test_bad_values_in_a_post_body_are_422(client, body):
    r = client.post("/api/extract", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 422
    assert _strict(r.text)["detail"][0]["loc"][0] == "body"
    assert r.headers["x-content-type-options"] == "nosniff"


def test_errors_carry_the_security_headers(client, handmade_db, tmp_path):
    missing = client.get("/api/events/123456")
    assert missing.status_code == 404 and "frame-ancestors 'none'" in missing.headers["content-security-policy"]
    assert client.get("/no-such-page.html").headers["x-frame-options"] == "DENY"
    # a store that lost a table: the query fails inside the app, the answer is a JSON 500 with the headers
    db = tmp_path / "broken.db"
    shutil.copy(handmade_db, db)
    app = create_app(db, warm=False)
    with sqlite3.connect(db) as conn:
        conn.execute("DROP TABLE actors")
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as c:
        r = c.get("/api/actors")
    assert r.status_code == 500
    assert r.json() == {"detail": "internal server error"}
    assert "default-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["referrer-policy"] == "no-referrer"


@pytest.mark.parametrize(("host", "ok"), [
    ("127.0.0.1", True), ("localhost:8000", True), ("LOCALHOST", True), ("[::1]:8000", True),
    ("evil.example", False), ("evil.example:8000", False), ("127.0.0.1.evil.example", False),
    ("localhost:80:80", False), ("[::1", False), ("", False),
])
def test_host_header_is_checked(client, host, ok):
    r = client.get("/api/actors", headers={"host": host})
    assert (r.status_code == 200) is ok
    if not ok:
        assert r.status_code == 400 and "is not this server" in r.json()["detail"]
        assert "script-src 'self'" in r.headers["content-security-policy"]


def test_host_check_with_a_port_and_extra_names():
    check = HostCheckMiddleware(None, hosts=("127.0.0.1", "localhost", "lab.example", "::1"), port=8765)
    assert check.allowed("127.0.0.1:8765") and check.allowed("lab.example:8765") and check.allowed("[::1]:8765")
    assert not check.allowed("127.0.0.1:8000") and not check.allowed("127.0.0.1") and not check.allowed(None)
    assert HostCheckMiddleware(None, hosts=("example.org",), port=80).allowed("example.org")


def test_quantities_too_large_for_a_float_print_as_json(client, tmp_path):
    huge = "1" + "0" * 400
    text = f"Rusia mengirim {huge} tentara ke Ukraina."
    events = client.post("/api/extract", json={"text": text, "lang": "id"})
    assert events.status_code == 200
    assert [e["quantity"] for e in _strict(events.text)["events"]] == [None]
    src = tmp_path / "huge.txt"
    src.write_text(text, encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", "from warta.cli import app; app()", "extract", str(src), "--lang", "id",
                          "--format", "jsonl"], capture_output=True, text=True, timeout=120, check=True).stdout
    rows = [_strict(line) for line in out.splitlines() if line.strip()]
    assert rows and all(r["quantity"] is None for r in rows)
    assert Quantity(float("inf"), "troops", None, "x").to_dict()["value"] is None
    assert Quantity(float("nan"), None, None, "x").to_dict()["value"] is None


def test_extract_sends_each_sentence_once(client):
    text = RUN_ON * 3 + ". Polisi menangkap dua orang di Jakarta."
    r = client.post("/api/extract", json={"text": text, "lang": "id"})
    body = r.json()
    assert len(body["events"]) >= 6
    index = {s["index"]: s for s in body["sentences"]}
    assert len(index) == len(body["sentences"]) < len(body["events"])
    for e in body["events"]:
        s = index[e["sentence"]]
        assert text[s["start"]:s["end"]] == s["text"]
        assert s["start"] <= e["trigger"]["start"] < e["trigger"]["end"] <= s["end"]
    assert [s["index"] for s in body["sentences"]] == sorted(index)
    # the same events with their sentence repeated in each (Event.to_dict()) would be larger
    repeated = json.dumps([{**e, "sentence": index[e["sentence"]]} for e in body["events"]])
    assert len(json.dumps(body)) < len(repeated)
    spec = client.get("/openapi.json").json()
    answer = spec["components"]["schemas"]["ExtractAnswer"]["properties"]
    assert {"sentences", "events", "saved"} <= set(answer) and "index" in answer["events"]["description"]


def _get(url: str, host: str | None = None, data: bytes | None = None) -> tuple[int, str]:
    req = urllib.request.Request(url, data=data, headers={"content-type": "application/json"})
    if host:
        req.add_unredirected_header("Host", host)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode()


def test_serve_refuses_foreign_hosts_and_saving_unless_allowed(handmade_db):
    import time

    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-c", "from warta.cli import app; app()", "serve", "--db",
                             str(handmade_db), "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if _get(f"{base}/api/actors")[0] == 200:
                    break
            except OSError:
                assert proc.poll() is None, proc.stderr.read().decode()
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.1)
        assert _get(f"{base}/api/actors", host=f"localhost:{port}")[0] == 200
        assert _get(f"{base}/api/actors", host=f"rebound.example:{port}")[0] == 400
        assert _get(f"{base}/api/actors", host="127.0.0.1:1")[0] == 400  # another port
        status, text = _get(f"{base}/api/extract", data=b'{"text": "Rusia menyerang Ukraina.", "save": true}')
        assert status == 403 and "--allow-save" in json.loads(text)["detail"]
    finally:
        proc.terminate()
        proc.wait(timeout=10)
