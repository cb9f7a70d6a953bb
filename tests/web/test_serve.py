"""``warta serve``: binds loopback by default, refuses a missing database."""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from browser import _free_port

CLI = "import warta.cli.web; from warta.cli import app; app()"


def _listening(port: int) -> set[str]:
    """Local addresses (hex, as in /proc/net/tcp*) listening on ``port``."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not Path(table).exists():
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            parts = line.split()
            addr, state = parts[1], parts[3]
            if state == "0A" and int(addr.rsplit(":", 1)[1], 16) == port:
                found.add(addr.rsplit(":", 1)[0])
    return found


def test_serve_binds_loopback_by_default(handmade_db):
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-c", CLI, "serve", "--db", str(handmade_db), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 300  # a hang guard: the wait ends when the server answers
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/actors", timeout=1) as r:
                    assert r.status == 200
                break
            except OSError:
                assert proc.poll() is None, proc.stderr.read().decode()
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.1)
        assert _listening(port) == {"0100007F"}  # 127.0.0.1 only, not 0.0.0.0 or ::
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_serve_refuses_a_missing_database(tmp_path):
    r = subprocess.run([sys.executable, "-c", CLI, "serve", "--db", str(tmp_path / "none.db")],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2
    assert "no warta database" in r.stderr
    assert not (tmp_path / "none.db").exists()
