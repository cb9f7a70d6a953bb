"""The timeline (issue 12, item 5) in chromium on the hand-coded store: the chart fills its panel,
each type has one colour on every page (a shade of its quad class's colour, as the graph's edges),
and the denied part of a bar is marked."""

from __future__ import annotations

import pytest
from test_browser import Watched, browser, handmade_server  # noqa: F401 - fixtures

from warta.knowledge.ontology import PLOVER_TYPES, QUAD_CLASSES, ontology

pytestmark = pytest.mark.slow


def test_types_have_the_quad_class_most_of_their_codes_have(client):
    res = client.get("/api/types").json()["types"]
    assert [t["type"] for t in res] == list(PLOVER_TYPES)
    quads = {t["type"]: t["quad"] for t in res}
    assert quads["ASSAULT"] == "material-conflict" and quads["ACCUSE"] == "verbal-conflict"
    assert quads["AID"] == "material-cooperation" and quads["AGREE"] == "verbal-cooperation"
    for code in ontology().codes.values():  # a type's class is the majority of its codes' classes
        assert sum(c.quad == quads[code.plover] for c in ontology().codes.values() if c.plover == code.plover) >= \
            sum(c.quad == code.quad for c in ontology().codes.values() if c.plover == code.plover)
    assert set(quads.values()) == set(QUAD_CLASSES)


def test_timeline_denied_by_type(client):
    t = client.get("/api/timeline").json()
    assert t["denied_by_type"], t  # the hand-coded store has China's denial
    for period, by_type in t["denied_by_type"].items():
        assert sum(by_type.values()) == t["denied"][period]
        for typ, n in by_type.items():
            assert 0 < n <= t["counts"][period][typ]


def _hue(page, colour: str) -> float:
    rgb = page.evaluate("""(c) => { const d = document.createElement('div'); d.style.color = c;
        document.body.appendChild(d); const v = getComputedStyle(d).color; d.remove(); return v; }""", colour)
    r, g, b = (int(x) / 255 for x in rgb[rgb.index("(") + 1:rgb.index(")")].split(",")[:3])
    hex_ = "#" + "".join(f"{round(v * 255):02x}" for v in (r, g, b))
    return page.evaluate("(h) => W.hsl(h)[0]", hex_)


def test_timeline_fills_its_panel_colours_by_type_family_and_marks_denials(browser, handmade_server, client):  # noqa: F811
    api = client.get("/api/timeline").json()
    w = Watched(browser, handmade_server)
    w.goto("timeline.html")
    w.page.wait_for_selector("body[data-timeline-ready='1']")
    chart_w = w.page.evaluate("document.getElementById('chart').clientWidth")
    svg_w = w.page.evaluate("document.querySelector('#chart svg').getBoundingClientRect().width")
    assert svg_w >= 0.97 * chart_w, (svg_w, chart_w)  # few periods: still as wide as the panel
    bars = w.page.evaluate("""[...document.querySelectorAll('#chart rect[data-type]:not(.denied)')]
        .map(r => [r.dataset.type, r.getAttribute('fill'), r.getBoundingClientRect().right])""")
    assert bars and max(b[2] for b in bars) > 0.5 * chart_w  # the bars spread over the panel
    quads = {t["type"]: t["quad"] for t in client.get("/api/types").json()["types"]}
    colours = w.page.evaluate("W.typeColors()")
    assert set(colours) == set(PLOVER_TYPES) and len(set(colours.values())) == len(PLOVER_TYPES)
    for typ, fill, _ in bars:
        assert fill == colours[typ]
    for typ, c in colours.items():  # every shade keeps its quad class's hue (the graph's edge colour)
        base = w.page.evaluate("(q) => W.quadColor(q)", quads[typ])
        diff = abs(_hue(w.page, c) - _hue(w.page, base)) % 360
        assert min(diff, 360 - diff) < 3, (typ, c, base)
    denied = w.page.evaluate("""[...document.querySelectorAll('#chart rect.denied')]
        .map(r => [r.dataset.period, r.dataset.type, Number(r.dataset.n)])""")
    expected = sorted([p, t, n] for p, by in api["denied_by_type"].items() for t, n in by.items())
    assert sorted(denied) == expected and expected
    assert "denied" in w.page.locator("#legend").inner_text()
    w.close()


def test_graph_edge_table_uses_the_same_type_colours(browser, handmade_server):  # noqa: F811
    w = Watched(browser, handmade_server)
    w.goto("index.html")
    w.page.wait_for_selector("body[data-graph-ready='1']")
    pairs = w.page.evaluate("""[...document.querySelectorAll('#edge-table .type-key')]
        .map(s => [s.dataset.type, getComputedStyle(s.querySelector('i')).backgroundColor])""")
    assert pairs
    for typ, shown in pairs:
        expected = w.page.evaluate("""(t) => { const d = document.createElement('div');
            d.style.color = W.typeColor(t); document.body.appendChild(d);
            const v = getComputedStyle(d).color; d.remove(); return v; }""", typ)
        assert shown == expected, (typ, shown, expected)
    w.close()
