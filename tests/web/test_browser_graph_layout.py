"""The graph (issue 12, item 5) stays readable at 30+ actors: in chromium, on a store of 36
actors, no two node boxes (labels included) overlap by more than 5 % of the smaller one, and the
labels are still drawn at a readable size after the graph is fitted to its panel."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from browser import live_server
from handmade import _prepared, event_in
from test_browser import Watched, browser  # noqa: F401 - fixtures

from warta import store
from warta.model import Article

pytestmark = pytest.mark.slow

COUNTRIES = [
    ("USA", "United States"), ("RUS", "Russia"), ("CHN", "China"), ("IDN", "Indonesia"), ("UKR", "Ukraine"),
    ("PRK", "North Korea"), ("KOR", "South Korea"), ("JPN", "Japan"), ("AUS", "Australia"), ("IND", "India"),
    ("PAK", "Pakistan"), ("IRN", "Iran"), ("IRQ", "Iraq"), ("SYR", "Syria"), ("ISR", "Israel"),
    ("TUR", "Turkey"), ("SAU", "Saudi Arabia"), ("EGY", "Egypt"), ("FRA", "France"), ("DEU", "Germany"),
    ("GBR", "United Kingdom"), ("ITA", "Italy"), ("ESP", "Spain"), ("POL", "Poland"), ("BLR", "Belarus"),
    ("MYS", "Malaysia"), ("SGP", "Singapore"), ("THA", "Thailand"), ("VNM", "Vietnam"), ("PHL", "Philippines"),
    ("MMR", "Myanmar"), ("BRA", "Brazil"), ("ARG", "Argentina"), ("MEX", "Mexico"), ("CAN", "Canada"),
    ("ZAF", "South Africa"),
]


def _pairs() -> list[tuple[int, int]]:
    n = len(COUNTRIES)
    pairs = [(0, i) for i in range(1, 12)] + [(1, i) for i in range(12, 20)] + [(2, i) for i in range(20, 26)]
    pairs += [(i, (i * 7 + 3) % n) for i in range(3, n)] + [(i, (i * 11 + 5) % n) for i in range(3, n, 2)]
    return sorted({(a, b) for a, b in pairs if a != b})


def _store(path: Path) -> Path:
    arts = []
    for k, (a, b) in enumerate(_pairs()):
        (ca, na), (cb, nb) = COUNTRIES[a], COUNTRIES[b]
        day = date(2020, 1, 1) + timedelta(days=3 * k)
        text = f"{na} criticised {nb} on {day:%d %B %Y}."
        doc = f"g{k}"
        ev = event_in(doc, text, text.rstrip("."), type="ACCUSE", cameo="111", quad="verbal-conflict",
                      source=(ca, na, na), target=(cb, nb, nb), trigger="criticised", when=day.isoformat())
        arts.append((Article(doc, text, "en", day, f"{na} and {nb}", None, "Outlet"), [ev]))
    with store.open(path) as st:
        st.write(_prepared(a, evs) for a, evs in arts)
    return path


@pytest.fixture(scope="module")
def many_server(tmp_path_factory):
    with live_server(_store(tmp_path_factory.mktemp("graph") / "many.db")) as base:
        yield base


def test_graph_of_36_actors_has_no_overlapping_nodes_or_labels(browser, many_server):  # noqa: F811
    w = Watched(browser, many_server)
    w.goto("index.html")
    w.page.wait_for_selector("body[data-graph-ready='1']")
    boxes = w.page.evaluate("""window.wartaGraph.nodes().map(n => {
        const b = n.renderedBoundingBox({includeLabels: true, includeOverlays: false});
        return [n.id(), b.x1, b.y1, b.x2, b.y2]; })""")
    assert len(boxes) == len(COUNTRIES)
    worst = (0.0, ("", ""))
    for i, (ia, ax1, ay1, ax2, ay2) in enumerate(boxes):
        for ib, bx1, by1, bx2, by2 in boxes[i + 1:]:
            ox = max(0.0, min(ax2, bx2) - max(ax1, bx1))
            oy = max(0.0, min(ay2, by2) - max(ay1, by1))
            smaller = min((ax2 - ax1) * (ay2 - ay1), (bx2 - bx1) * (by2 - by1))
            worst = max(worst, (ox * oy / smaller, (ia, ib)))
    assert worst[0] <= 0.05, worst
    # still readable once fitted: labels drawn at 8 px or more, all inside the panel
    font = w.page.evaluate("window.wartaGraph.zoom() * parseFloat(window.wartaGraph.nodes()[0].style('font-size'))")
    assert font >= 8, font
    width, height = w.page.evaluate("[window.wartaGraph.width(), window.wartaGraph.height()]")
    assert all(x1 >= -2 and y1 >= -2 and x2 <= width + 2 and y2 <= height + 2 for _, x1, y1, x2, y2 in boxes)
    w.close()
