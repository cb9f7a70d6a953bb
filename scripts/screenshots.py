"""Screenshots of every web page for the README (docs/web-*.png), made with Debian's chromium.

    .venv/bin/python scripts/screenshots.py [--db warta.db] [--out docs]

Without --db the built-in sample corpus is ingested into a temporary store first.  Each page is
opened on a real server, driven to a typical state (an edge clicked, an event opened, a text
pasted) and saved as a PNG; files over 300 KB are reported.
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from importlib import resources
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
SERVE = ("import sys, uvicorn; from warta.web.app import create_app; "
         "uvicorn.run(create_app(sys.argv[1]), host='127.0.0.1', port=int(sys.argv[2]), log_level='warning')")
PASTE = ("Kementerian Luar Negeri China membantah telah mengirim senjata ke Rusia, kata juru bicara "
         "kementerian itu pada Jumat. Sementara itu, Korea Utara mengirim ribuan tentara ke Rusia.")
MAX_BYTES = 300_000


def sample_store(folder: Path) -> Path:
    from warta import store
    from warta.api import ingest

    db = folder / "samples.db"
    corpus = Path(str(resources.files("warta.samples") / "corpus.jsonl"))
    with store.open(db) as st:
        ingest(st, [corpus], workers=1, progress=False)
    return db


def serve(db: Path) -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-c", SERVE, str(db), str(port)])
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            urllib.request.urlopen(f"{base}/openapi.json", timeout=1).close()
            return proc, base
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("server did not start")


def first_edge(page) -> None:
    page.wait_for_selector("body[data-graph-ready='1']")
    pos = page.evaluate("""() => { const es = window.wartaGraph.edges().sort((a, b) => b.data('n_events') - a.data('n_events'));
        if (!es.length) return null; const p = es[0].renderedMidpoint(); return {x: p.x, y: p.y}; }""")
    if pos:
        box = page.locator("#cy").bounding_box()
        page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
        page.locator("#side .evidence").first.wait_for(timeout=5000)


def shoot(base: str, out: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    made = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        page = browser.new_page(viewport={"width": 1280, "height": 760})

        def save(name: str) -> None:
            page.wait_for_load_state("networkidle")
            path = out / f"web-{name}.png"
            page.screenshot(path=str(path))
            made.append(path)

        page.goto(f"{base}/index.html")
        first_edge(page)
        save("graph")
        page.goto(f"{base}/timeline.html?actor=RUS&by=month")
        page.wait_for_selector("#chart svg, #chart p")
        save("timeline")
        page.goto(f"{base}/events.html")
        page.locator("#events tr.row").first.click()
        page.locator("#side .evidence").first.wait_for(timeout=5000)
        save("events")
        article = page.locator("#side .evidence .src a").first.get_attribute("href")
        page.goto(f"{base}/{article}")
        page.locator("#text a.hl").first.click()
        page.locator("#side .evidence").first.wait_for(timeout=5000)
        save("article")
        page.goto(f"{base}/map.html")
        page.wait_for_selector("body[data-map-ready='1']")
        if page.locator("#map circle.marker").count():
            page.locator("#map circle.marker").first.click()  # a place or a cluster of close places
            page.locator("#side .evidence, #side .place-event").first.wait_for(timeout=5000)
        save("map")
        page.goto(f"{base}/paste.html")
        page.fill("#text", PASTE)
        page.select_option("select[name=lang]", "id")
        page.fill("input[name=published]", "2024-11-15")
        page.click("#paste button[type=submit]")
        page.wait_for_selector("#results .evidence, #results p, #paste-status .error", timeout=30000)
        save("paste")
        browser.close()
    return made


def main() -> None:
    ap = argparse.ArgumentParser(description="Screenshots of warta's web pages for the README.")
    ap.add_argument("--db", type=Path, help="an existing store (default: ingest the sample corpus)")
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "docs")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or sample_store(Path(tmp))
        proc, base = serve(db)
        try:
            made = shoot(base, args.out)
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    for path in made:
        size = path.stat().st_size
        flag = "  (over 300 KB: too big to commit)" if size > MAX_BYTES else ""
        print(f"{path}  {size / 1000:.0f} KB{flag}")


if __name__ == "__main__":
    main()
