"""Browser tests: Debian chromium (headless, via Playwright) against a real server.

Graph edge → evidence, map marker, and markup in stored articles rendering inert on every page
run on the hand-coded store; the sample corpus and paste-and-extract run on the real extractor.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from browser import CHROMIUM, CHROMIUM_FLAGS, live_server

pytestmark = pytest.mark.slow
playwright_api = pytest.importorskip("playwright.sync_api")

PAGES = ["index.html", "timeline.html", "events.html", "article.html", "map.html", "paste.html", "docs"]


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} missing: run scripts/setup.d/20-browser.sh")
    from warta.web.app import static_dir

    if not (static_dir() / "vendor" / "cytoscape.min.js").exists():
        pytest.fail("front-end libraries missing: run scripts/setup.d/25-frontend.sh (or ./run setup)")
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
        yield b
        b.close()


@pytest.fixture(scope="module")
def handmade_server(handmade_db):
    with live_server(handmade_db) as base:
        yield base


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("screenshots")


class Watched:
    """A page that records dialogs, page errors and whether injected code set window.__xss."""

    def __init__(self, browser, base: str) -> None:
        self.base = base
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.requests: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))

    def goto(self, path: str, idle: bool = True) -> None:
        self.page.goto(f"{self.base}/{path}")
        if idle:
            self.page.wait_for_load_state("networkidle")

    def ran_nothing(self) -> None:
        assert self.dialogs == []
        assert self.page.evaluate("typeof window.__xss") == "undefined"

    def close(self) -> None:
        assert self.errors == [], self.errors
        offsite = [u for u in self.requests if not u.startswith((self.base, "data:"))]
        assert offsite == [], offsite  # no CDN, no tile server: everything comes from our server
        self.page.close()


def click_edge(page, source: str, target: str) -> None:
    """A real mouse click on the middle of the source→target edge drawn by Cytoscape."""
    page.wait_for_selector("body[data-graph-ready='1']")
    pos = page.evaluate(
        """([s, t]) => { const e = window.wartaGraph.edges().filter(e => e.data('source') === s && e.data('target') === t)[0];
               if (!e) return null; const p = e.renderedMidpoint(); return {x: p.x, y: p.y}; }""",
        [source, target])
    assert pos is not None, f"no {source}->{target} edge"
    box = page.locator("#cy").bounding_box()
    page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])


def test_graph_edge_click_lists_events_with_evidence(browser, handmade_server, shots):
    w = Watched(browser, handmade_server)
    w.goto("index.html")
    nodes = w.page.evaluate("window.wartaGraph.nodes().map(n => n.id()).sort()")
    assert nodes == ["CHN", "PRK", "RUS", "SYR"]
    click_edge(w.page, "PRK", "RUS")
    card = w.page.locator("#side .evidence").first
    card.wait_for()
    assert "North Korea has sent more than 10,000 troops to Russia" in card.inner_text()
    assert card.locator("mark.hl-trigger").first.inner_text() == "sent"
    assert card.locator("mark.hl-quantity").first.inner_text() == "more than 10,000"
    w.page.screenshot(path=str(shots / "graph.png"))
    # the same edges as a keyboard-usable table
    w.page.click("#edge-table summary")
    row = w.page.locator("#edge-table tr.row", has_text="CHN")
    row.focus()
    w.page.keyboard.press("Enter")
    w.page.locator("#side h2", has_text="CHN → RUS").wait_for()
    w.page.locator("#side .evidence.negated").first.wait_for()
    assert "DENIED" in w.page.locator("#side").inner_text()
    w.close()


def test_map_shows_a_marker_for_the_located_event(browser, handmade_server, shots):
    w = Watched(browser, handmade_server)
    w.goto("map.html")
    w.page.wait_for_selector("body[data-map-ready='1']")
    assert w.page.locator("#map path.country").count() > 100  # world shapes drawn offline
    marker = w.page.locator("#map circle.marker[data-place='Kursk']")
    assert marker.count() == 1
    marker.click()
    w.page.locator("#side .evidence").first.wait_for()
    assert "Kursk" in w.page.locator("#side").inner_text()
    w.page.screenshot(path=str(shots / "map.png"))
    w.close()


def test_timeline_bar_links_to_the_events_of_its_period(browser, handmade_server, shots):
    w = Watched(browser, handmade_server)
    w.goto("timeline.html?source=PRK&target=RUS&by=month")
    bar = w.page.locator("#chart rect[data-period='2024-11'][data-type='AID']")
    bar.wait_for()
    bar.click()
    link = w.page.locator("#detail a")
    assert "since=2024-11-01" in link.get_attribute("href") and "until=2024-11-30" in link.get_attribute("href")
    w.page.screenshot(path=str(shots / "timeline.png"))
    link.click()
    w.page.locator("#events tr.row").first.wait_for()
    assert w.page.locator("#events tr.row").evaluate_all("rows => rows.map(r => r.dataset.id)") == ["1"]
    w.close()


def test_events_row_opens_evidence_with_denial_flagged(browser, handmade_server):
    w = Watched(browser, handmade_server)
    w.goto("events.html")
    ids = "rows => rows.map(r => r.dataset.id)"
    w.page.click("#events th[data-sort='id']")
    w.page.locator("#events th.sorted-asc[data-sort='id']").wait_for()
    assert w.page.locator("#events tr.row").evaluate_all(ids) == ["1", "2", "3", "4"]
    w.page.fill("input[name=source]", "CHN")
    w.page.click("#filters button[type=submit]")
    # the filtered answer replaces the four rows: wait for it rather than for any row
    playwright_api.expect(w.page.locator("#events tr.row")).to_have_count(1, timeout=10_000)
    assert w.page.locator("#events tr.row").evaluate_all(ids) == ["3"]
    w.page.locator("#events tr.row[data-id='3']").click()
    card = w.page.locator("#side .evidence").first
    card.wait_for()
    assert "DENIED" in card.inner_text() and "denied by CHNGOV" in card.inner_text()
    w.close()


def test_markup_in_stored_articles_renders_inert_on_every_page(browser, handmade_server, shots):
    w = Watched(browser, handmade_server)
    for path in PAGES:
        w.goto(path)
        w.ran_nothing()
    # the pages that show the XSS article's text, title, source and actor names
    w.goto("article.html?id=4")
    w.page.locator("#text mark, #text a.hl").first.wait_for()
    assert '<script>window.__xss = 1; alert("xss")</script>' in w.page.locator("#text").inner_text()
    assert w.page.locator("#title").inner_text() == '<img src=x onerror="window.__xss = 3">'
    assert w.page.locator("#text script, #text img, #meta script, #title img").count() == 0
    w.page.locator("#text a.hl").first.click()
    w.page.locator("#side .evidence").first.wait_for()
    w.ran_nothing()
    w.goto("events.html?id=4")
    w.page.locator("#side .evidence").first.wait_for()
    w.ran_nothing()
    w.goto("index.html")
    click_edge(w.page, "RUS", "SYR")
    w.page.locator("#side .evidence").first.wait_for()
    w.ran_nothing()
    w.goto("article.html?q=Gambar")
    w.page.locator("#side .evidence").first.wait_for()
    w.ran_nothing()
    w.page.screenshot(path=str(shots / "xss-search.png"))
    w.close()


# -- the sample corpus through the real extractor -------------------------------------------

def _extractor_ready() -> None:
    try:
        import warta.api  # noqa: F401
    except ImportError as err:  # the extraction core is built in parallel (issue 2)
        pytest.skip(f"extractor not importable yet: {err}")


@pytest.fixture(scope="module")
def corpus_server(tmp_path_factory):
    _extractor_ready()
    from importlib import resources

    from handmade import XSS_TEXT

    from warta import store
    from warta.api import ingest

    folder = tmp_path_factory.mktemp("corpus")
    xss = folder / "xss.jsonl"
    xss.write_text(json.dumps({"id": "xss", "lang": "id", "date": "2024-11-16", "title": "<script>alert(1)</script>",
                               "text": XSS_TEXT}) + "\n", encoding="utf-8")
    db = folder / "corpus.db"
    corpus = Path(str(resources.files("warta.samples") / "corpus.jsonl"))
    with store.open(db) as st:
        report = ingest(st, [corpus, xss], workers=1, progress=False)
    assert report.errors == ()
    with live_server(db) as base:
        yield base


def test_sample_corpus_graph_and_prk_rus_evidence(browser, corpus_server, shots):
    w = Watched(browser, corpus_server)
    w.goto("index.html")
    nodes = set(w.page.evaluate("window.wartaGraph.nodes().map(n => n.id())"))
    assert {"PRK", "RUS"} <= nodes
    click_edge(w.page, "PRK", "RUS")
    card = w.page.locator("#side .evidence").first
    card.wait_for()
    trigger = card.locator("mark.hl-trigger").first.inner_text()
    assert trigger and trigger in card.locator("blockquote").inner_text()
    w.page.screenshot(path=str(shots / "corpus-graph.png"))
    for path in PAGES:
        w.goto(path)
        w.ran_nothing()
    # the ingested article with markup: its text shows as text, its spans open their events
    w.goto("article.html?q=Gambar")
    link = w.page.locator("#side .evidence .src a").first
    link.wait_for()
    link.click()
    w.page.locator("#meta span").first.wait_for()  # filled once the article has loaded
    assert "<script>" in w.page.locator("#text").inner_text()
    assert w.page.locator("#title").inner_text() == "<script>alert(1)</script>"
    assert w.page.locator("#text script, #text img").count() == 0
    if w.page.locator("#text a.hl").count():
        w.page.locator("#text a.hl").first.click()
        w.page.locator("#side .evidence").first.wait_for()
    w.ran_nothing()
    w.close()


def test_paste_a_denial_shows_it_denied(browser, corpus_server, shots):
    w = Watched(browser, corpus_server)
    w.goto("paste.html")
    w.page.fill("#text", "Kementerian Luar Negeri China membantah telah mengirim senjata ke Rusia, "
                         "kata juru bicara kementerian itu pada Jumat.")
    w.page.select_option("select[name=lang]", "id")
    w.page.fill("input[name=published]", "2024-11-15")
    w.page.click("#paste button[type=submit]")
    card = w.page.locator("#results .evidence.negated").first
    card.wait_for()
    assert "DENIED" in card.inner_text()
    # the answer names each event's sentence by index: the card shows that sentence, its trigger marked
    assert "senjata ke Rusia" in card.locator("blockquote").inner_text()
    assert card.locator("blockquote mark.hl-trigger").count() >= 1
    w.page.screenshot(path=str(shots / "paste.png"))
    w.close()


def test_sample_corpus_map_has_a_marker(browser, corpus_server):
    w = Watched(browser, corpus_server)
    w.goto("map.html")
    w.page.wait_for_selector("body[data-map-ready='1']")
    assert w.page.locator("#map circle.marker").count() >= 1
    w.close()


def test_api_docs_render_offline(browser, handmade_server):
    w = Watched(browser, handmade_server)
    w.goto("docs", idle=False)
    w.page.locator("#swagger-ui .opblock").first.wait_for(timeout=60_000)
    assert w.page.locator("#swagger-ui .opblock").count() >= 9
    w.close()  # and every asset came from our server
