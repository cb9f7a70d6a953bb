"""Web details (issue 12) in chromium on the hand-coded store: the events table's columns, total
and CSV download; graph labels, edge CSV, a side panel that clears and a node heading whose count
is its list's; the navigation bar on /docs; a favicon."""

from __future__ import annotations

import csv
import io
import urllib.request
from pathlib import Path

import pytest
from test_browser import Watched, browser, handmade_server  # noqa: F401 - fixtures

pytestmark = pytest.mark.slow


def test_events_table_columns_total_and_csv(browser, handmade_server):  # noqa: F811
    w = Watched(browser, handmade_server)
    w.goto("events.html?actor=RUS")
    w.page.locator("#events tbody tr.row").first.wait_for()
    heads = [h.strip() for h in w.page.locator("#events thead th").all_inner_texts()]
    assert {"modality", "place", "claimed by", "when"} <= set(heads)
    n_rows = w.page.locator("#events tbody tr.row").count()
    info = w.page.locator("#page-info").inner_text()
    assert f"of {n_rows} events" in info
    href = w.page.get_attribute("#csv", "href")
    assert href.startswith("/api/events.csv?") and "actor=RUS" in href
    with urllib.request.urlopen(handmade_server + href) as r:
        rows = list(csv.DictReader(io.StringIO(r.read().decode("utf-8"))))
    assert len(rows) == n_rows and all("RUS" in (row["source"][:3], row["target"][:3]) for row in rows)
    kursk = w.page.locator("#events tbody tr.row", has_text="Kursk")
    assert kursk.count() >= 1
    w.close()


def test_side_panel_clears_when_filters_change(browser, handmade_server):  # noqa: F811
    w = Watched(browser, handmade_server)
    w.goto("events.html")
    w.page.locator("#events tbody tr.row").first.click()
    w.page.locator("#side .evidence").first.wait_for()
    w.page.fill("input[name=actor]", "SYR")
    w.page.click("#filters button[type=submit]")
    w.page.wait_for_load_state("networkidle")
    assert w.page.locator("#side .evidence").count() == 0
    assert "Click a row" in w.page.locator("#side").inner_text()
    w.close()


def test_graph_names_nodes_heading_counts_its_list_and_edges_download(browser, handmade_server):  # noqa: F811
    w = Watched(browser, handmade_server)
    w.goto("index.html")
    w.page.wait_for_selector("body[data-graph-ready='1']")
    labels = w.page.evaluate("window.wartaGraph.nodes().map(n => [n.id(), n.style('label')])")
    assert ["RUS", "Russia"] in [list(x) for x in labels]
    w.page.evaluate("window.wartaGraph.getElementById('RUS').emit('tap')")
    w.page.locator("#side .event-item").first.wait_for()
    heading = w.page.locator("#side h2").inner_text()
    listed = w.page.locator("#side .event-item").count()
    assert heading.endswith(f": {listed} event(s)"), (heading, listed)
    w.page.click("#filters button[type=submit]")
    w.page.wait_for_load_state("networkidle")
    assert w.page.locator("#side .event-item").count() == 0
    w.page.click("#edge-table summary")
    with w.page.expect_download() as dl:
        w.page.click("#edges-csv")
    rows = list(csv.DictReader(io.StringIO(Path(dl.value.path()).read_text(encoding="utf-8"))))
    assert rows and {"source", "target", "types", "n_events"} <= set(rows[0])
    assert len(rows) == w.page.evaluate("window.wartaGraph.edges().length")
    w.close()


def test_docs_has_the_navigation_bar_and_pages_a_favicon(browser, handmade_server):  # noqa: F811
    w = Watched(browser, handmade_server)
    w.goto("docs")
    nav = w.page.locator("header.top nav a")
    assert nav.count() >= 5 and "Graph" in nav.all_inner_texts()
    for page in ("docs", "index.html", "events.html"):
        w.goto(page)
        icon = w.page.get_attribute("link[rel=icon]", "href")
        assert icon and "favicon.svg" in icon
        with urllib.request.urlopen(f"{handmade_server}/favicon.svg") as r:
            assert r.status == 200 and b"<svg" in r.read()
    w.close()
