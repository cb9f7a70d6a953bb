"""The map (issue 12, item 5) in chromium: it zooms (buttons, wheel) and markers closer than a few
pixels at the current zoom are one marker with the count of their events, which lists them."""

from __future__ import annotations

import math
from datetime import date, timedelta
from pathlib import Path

import pytest
from browser import live_server
from handmade import _prepared, event_in
from test_browser import Watched, browser  # noqa: F401 - fixtures

from warta import store
from warta.model import Article, Place

pytestmark = pytest.mark.slow

# three towns about a degree apart (a few pixels on the whole world), one far away
TOWNS = [Place("Kursk", "RUS", 51.73, 36.19, "Kursk"), Place("Belgorod", "RUS", 50.60, 36.59, "Belgorod"),
         Place("Kharkiv", "UKR", 49.99, 36.23, "Kharkiv"), Place("Jakarta", "IDN", -6.2, 106.8, "Jakarta")]


def _store(path: Path) -> Path:
    arts = []
    for i, town in enumerate(TOWNS):
        for j in range(i + 1):  # 1, 2, 3, 4 events: the counts add up differently per cluster
            day = date(2022, 1, 1) + timedelta(days=40 * (4 * i + j))  # far apart: no two are one event
            text = f"Troops attacked the depot in {town.name} on {day:%d %B %Y}."
            doc = f"t{i}-{j}"
            ev = event_in(doc, text, text.rstrip("."), type="ASSAULT", cameo="190", quad="material-conflict",
                          source=("RUSMIL", "Russia (military)", "Troops"), target=None, trigger="attacked",
                          place=town, when=day.isoformat())
            arts.append((Article(doc, text, "en", day, f"Depot {town.name}", None, "Outlet"), [ev]))
    with store.open(path) as st:
        st.write(_prepared(a, evs) for a, evs in arts)
    return path


@pytest.fixture(scope="module")
def towns_server(tmp_path_factory):
    with live_server(_store(tmp_path_factory.mktemp("map") / "towns.db")) as base:
        yield base


def _markers(page) -> list[dict]:
    return page.evaluate("""[...document.querySelectorAll('#map circle.marker')].map(c => {
        const r = c.getBoundingClientRect();
        return {places: c.dataset.places.split(';').sort(), count: Number(c.dataset.count),
                x: r.x + r.width / 2, y: r.y + r.height / 2, cluster: c.classList.contains('cluster')}; })""")


def test_close_markers_cluster_and_split_when_zoomed(browser, towns_server):  # noqa: F811
    w = Watched(browser, towns_server)
    w.goto("map.html")
    w.page.wait_for_selector("body[data-map-ready='1']")
    world = _markers(w.page)
    assert sorted((m["places"], m["count"]) for m in world) == [
        (["Belgorod", "Kharkiv", "Kursk"], 1 + 2 + 3), (["Jakarta"], 4)]
    cluster = next(m for m in world if m["cluster"])
    assert w.page.locator("#map text.count").all_text_contents() == ["6"]
    # clicking the cluster lists its places and their events
    w.page.locator("#map circle.cluster").click()
    w.page.locator("#side p.place-event").nth(5).wait_for()
    heads = w.page.locator("#side h3.place").all_inner_texts()
    assert len(heads) == 3 and any(h.startswith("Kursk") for h in heads)
    assert "3 places: 6 event(s)" in w.page.locator("#side h2").inner_text()
    # zooming in with the wheel over the cluster keeps it under the cursor and splits it
    box = w.page.locator("#map svg").bounding_box()
    w.page.mouse.move(cluster["x"], cluster["y"])
    for _ in range(14):
        w.page.mouse.wheel(0, -100)
    w.page.wait_for_function("Number(document.getElementById('map').dataset.zoom) > 16")
    zoom = float(w.page.get_attribute("#map", "data-zoom"))
    near = _markers(w.page)
    inside = [m for m in near if box["x"] <= m["x"] <= box["x"] + box["width"]
              and box["y"] <= m["y"] <= box["y"] + box["height"]]
    assert sorted(m["places"][0] for m in inside if not m["cluster"]) == ["Belgorod", "Kharkiv", "Kursk"]
    for a in inside:  # split markers are farther apart on screen than the cluster distance
        for b in inside:
            if a is not b:
                assert math.hypot(a["x"] - b["x"], a["y"] - b["y"]) >= 22
    w.page.click("#zoom-out")  # the buttons halve and double the zoom
    assert float(w.page.get_attribute("#map", "data-zoom")) == pytest.approx(zoom / 2)
    w.page.click("#zoom-in")
    assert float(w.page.get_attribute("#map", "data-zoom")) == pytest.approx(zoom)
    w.page.click("#zoom-reset")
    assert w.page.get_attribute("#map", "data-zoom") == "1"
    assert len(_markers(w.page)) == 2
    w.close()
