// Map page: world shapes from the world-atlas npm package (Natural Earth, drawn offline with
// topojson-client into SVG, equirectangular projection) and a marker per event location.
"use strict";

(() => {
  const {el, clear, api, status} = W;
  const SVG = "http://www.w3.org/2000/svg";
  const form = document.getElementById("filters");
  const box = document.getElementById("map");
  const side = document.getElementById("side");
  const info = document.getElementById("map-status");
  const WIDTH = 960, HEIGHT = 480;
  let world = null;

  const project = ([lon, lat]) => [(lon + 180) * (WIDTH / 360), (90 - lat) * (HEIGHT / 180)];

  function svg(tag, attrs) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    return node;
  }

  function ringPath(ring) {
    let d = "", prev = null;
    for (const pt of ring) {
      const [x, y] = project(pt);
      // Break rings that cross the antimeridian instead of drawing a line across the map.
      d += (prev === null || Math.abs(pt[0] - prev) > 180 ? "M" : "L") + x.toFixed(1) + "," + y.toFixed(1);
      prev = pt[0];
    }
    return d + "Z";
  }

  function geometryPath(g) {
    if (!g) return "";
    const polys = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
    return polys.map((poly) => poly.map(ringPath).join("")).join("");
  }

  async function loadWorld() {
    const resp = await fetch("vendor/countries-110m.json");
    if (!resp.ok) throw new Error("world shapes missing: run scripts/setup.d/20-browser.sh");
    const topo = await resp.json();
    return topojson.feature(topo, topo.objects.countries).features;
  }

  async function showPlace(p, marker) {
    box.querySelectorAll("circle.selected").forEach((c) => c.classList.remove("selected"));
    marker.classList.add("selected");
    clear(side).appendChild(el("h2", {}, `${p.name || "?"}${p.country ? ` (${p.country})` : ""}: ${p.n_events} event(s)`));
    const current = W.ticket("side");
    for (const id of p.event_ids.slice(0, 10)) {
      try {
        const d = await api(`/api/events/${id}`);
        if (!current()) return;
        side.appendChild(el("p", {}, el("a", {href: `events.html?id=${id}`}, `#${id}`), " ",
          el("b", {}, d.event.type), ` ${d.event.source} → ${d.event.target || "—"} ${d.event.when || "undated"}`));
        if (d.mentions.length) side.appendChild(Evidence.card(d.mentions[0]));
      } catch (err) {
        side.appendChild(el("p", {class: "error"}, String(err)));
      }
    }
  }

  async function load() {
    status(info, "loading…");
    try {
      if (!world) world = await loadWorld();
      const res = await api("/api/places", Object.fromEntries(new FormData(form).entries()));
      const root = svg("svg", {viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img", "aria-label": "event map"});
      for (const f of world) {
        const path = svg("path", {d: geometryPath(f.geometry), class: "country"});
        const t = document.createElementNS(SVG, "title");
        t.textContent = (f.properties && f.properties.name) || "";
        path.appendChild(t);
        root.appendChild(path);
      }
      const max = Math.max(1, ...res.places.map((p) => p.n_events));
      for (const p of res.places) {
        const [x, y] = project([p.lon, p.lat]);
        const c = svg("circle", {cx: x.toFixed(1), cy: y.toFixed(1), r: (3 + 9 * Math.sqrt(p.n_events / max)).toFixed(1),
          class: "marker", "data-place": p.name || ""});
        const t = document.createElementNS(SVG, "title");
        t.textContent = `${p.name}: ${p.n_events} event(s)`;
        c.appendChild(t);
        c.addEventListener("click", () => showPlace(p, c));
        root.appendChild(c);
      }
      clear(box).appendChild(root);
      status(info, `${res.places.length} located place(s)${res.truncated ? " (scan limit reached: narrow the filters)" : ""}`);
      document.body.dataset.mapReady = "1";
    } catch (err) {
      status(info, String(err), true);
    }
  }

  form.addEventListener("submit", (e) => { e.preventDefault(); load(); });
  load();
})();
