"""One path from demo to browser (issue 12): the demo's commands work as printed, `warta serve`
takes $WARTA_DB and says when the front-end libraries are missing, `./run` answers usage, and the
server started as `warta serve` on a store built from the sample corpus draws the graph in chromium."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from browser import CHROMIUM, CHROMIUM_FLAGS, _free_port

from warta.web.app import static_dir
from warta.web.vendor import VENDOR_FILES, missing_vendor_files, vendor_warning

CLI = "from warta.cli import main; main()"
ROOT = Path(__file__).resolve().parents[2]


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("WARTA_DB", "WARTA_LAUNCHER")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return {**env, **extra}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo to browser")  # a space in the path: printed commands quote it
    db = folder / "demo.db"
    r = subprocess.run([sys.executable, "-c", CLI, "demo", "--db", str(db), "--workers", "1", "--no-progress"],
                       capture_output=True, text=True, timeout=300, env=_env())
    assert r.returncode == 0, r.stderr
    return db, r.stdout


def test_demo_commands_work_as_printed(demo):
    db, text = demo
    lines = text[text.index("Explore:"):].splitlines()[1:]
    commands = [shlex.split(line.split("#")[0]) for line in lines if line.strip()]
    assert all(c[0] == "warta" for c in commands)
    assert ["serve", "--db", str(db)] == commands[-1][1:]
    for argv in commands[:-1]:
        r = subprocess.run([sys.executable, "-c", CLI, *argv[1:]], capture_output=True, text=True, timeout=120,
                           env=_env())
        assert r.returncode == 0, (argv, r.stderr)
        assert r.stdout.strip()


def test_demo_through_run_prints_run_commands(demo, tmp_path):
    r = subprocess.run([sys.executable, "-c", CLI, "demo", "--db", str(demo[0]), "--workers", "1", "--no-progress"],
                       capture_output=True, text=True, timeout=300, env=_env(WARTA_LAUNCHER="./run"))
    assert r.returncode == 0, r.stderr
    tail = r.stdout[r.stdout.index("Explore:"):]
    assert "./run warta events --db" in tail and "./run serve --db" in tail
    assert not re.search(r"^\s+warta ", tail, flags=re.M)


def test_vendor_warning_names_missing_files(tmp_path):
    assert missing_vendor_files(tmp_path) == list(VENDOR_FILES)
    warning = vendor_warning(tmp_path)
    assert warning and "cytoscape.min.js" in warning and "./run setup" in warning and "graph" in warning
    (tmp_path / "vendor").mkdir()
    for name in VENDOR_FILES:
        (tmp_path / "vendor" / name).write_text("x")
    assert vendor_warning(tmp_path) is None


def _run_script(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    # a copy of ./run in an empty folder: its usage answers must not install or touch anything
    script = tmp_path / "run"
    shutil.copy(ROOT / "run", script)
    return subprocess.run(["bash", str(script), *args], capture_output=True, text=True, timeout=30,
                          env={**os.environ, "WARTA_VENV": str(tmp_path / "no-venv")})


def test_run_without_a_command_prints_usage(tmp_path):
    r = _run_script(tmp_path)
    assert r.returncode == 0
    assert r.stdout.startswith("usage: ./run {demo|serve|test|setup|bench|lint|warta ARGS...}")
    assert "./run serve" in r.stdout and "./run setup" in r.stdout
    assert not (tmp_path / "no-venv").exists()


def test_run_with_an_unknown_command_exits_2(tmp_path):
    r = _run_script(tmp_path, "frobnicate")
    assert r.returncode == 2
    assert "unknown command 'frobnicate'" in r.stderr and "usage: ./run" in r.stderr
    assert not (tmp_path / "no-venv").exists()


def _serve(db: Path, port: int, *extra: str, env_db: bool = True) -> subprocess.Popen:
    env = _env(WARTA_DB=str(db)) if env_db else _env()
    return subprocess.Popen([sys.executable, "-c", CLI, "serve", "--port", str(port), *extra], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait(proc: subprocess.Popen, base: str) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(f"{base}/api/actors?limit=1", timeout=1) as r:
                assert r.status == 200
                return
        except OSError:
            assert proc.poll() is None, proc.stderr.read()
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.1)


@pytest.mark.slow
def test_warta_serve_from_warta_db_draws_the_graph_in_chromium(demo):
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} missing: run scripts/setup.d/20-browser.sh")
    if missing_vendor_files(static_dir()):
        pytest.fail(vendor_warning(static_dir()))
    db, _ = demo
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    proc = _serve(db, port)  # no --db: the store comes from $WARTA_DB
    try:
        _wait(proc, base)
        with playwright_api.sync_playwright() as p:
            b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
            try:
                page = b.new_page(viewport={"width": 1400, "height": 900})
                errors: list[str] = []
                page.on("pageerror", lambda e: errors.append(str(e)))
                page.goto(f"{base}/")
                page.wait_for_selector("body[data-graph-ready='1']", timeout=30000)
                drawn = page.evaluate("window.wartaGraph.nodes().filter(n => n.renderedWidth() > 0).length")
                assert drawn >= 5 and drawn == page.evaluate("window.wartaGraph.nodes().length")
                assert {"PRK", "RUS"} <= set(page.evaluate("window.wartaGraph.nodes().map(n => n.id())"))
                assert errors == []
            finally:
                b.close()
    finally:
        proc.terminate()
        out, err = proc.communicate(timeout=10)
    assert "front-end libraries are missing" not in err
    assert f"http://127.0.0.1:{port}/" in err


def test_serve_without_web_extra_or_store_says_so(tmp_path):
    r = subprocess.run([sys.executable, "-c", CLI, "serve"], capture_output=True, text=True, timeout=60,
                       env=_env(WARTA_DB=str(tmp_path / "none.db")), cwd=tmp_path)
    assert r.returncode == 2 and "none.db" in r.stderr  # $WARTA_DB is the store it looked for
