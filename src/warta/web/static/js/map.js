// Map page: world shapes from the world-atlas npm package (Natural Earth, drawn offline with
// topojson-client into SVG, equirectangular projection) and a marker per event location. The map
// zooms (wheel, +/− buttons, drag to pan) by its viewBox; markers closer on screen than
// CLUSTER_PX at the current zoom are drawn as one marker with the count of their events.
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
  const CLUSTER_PX = 22, MAX_ZOOM = 64;
  let view = {x: 0, y: 0, k: 1}; // viewBox origin (map units) and zoom
  let root = null, layer = null, places = [];

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

  // The events of one marker: a place, or every place of a cluster.
  async function showPlaces(group, marker) {
    box.querySelectorAll("circle.selected").forEach((c) => c.classList.remove("selected"));
    marker.classList.add("selected");
    const n = group.reduce((a, p) => a + p.n_events, 0);
    const name = (p) => `${p.name || "?"}${p.country ? ` (${p.country})` : ""}`;
    clear(side).appendChild(el("h2", {}, group.length === 1 ? `${name(group[0])}: ${n} event(s)`
      : `${group.length} places: ${n} event(s)`));
    const current = W.ticket("side");
    for (const p of group) {
      if (group.length > 1) side.appendChild(el("h3", {class: "place"}, `${name(p)}: ${p.n_events} event(s)`));
      for (const id of p.event_ids.slice(0, group.length > 1 ? 5 : 10)) {
        try {
          const d = await api(`/api/events/${id}`);
          if (!current()) return;
          side.appendChild(el("p", {class: "place-event"}, el("a", {href: `events.html?id=${id}`}, `#${id}`), " ",
            el("b", {}, d.event.type), ` ${d.event.source} → ${d.event.target || "—"} ${d.event.when || "undated"}`));
          if (d.mentions.length && group.length === 1) side.appendChild(Evidence.card(d.mentions[0]));
        } catch (err) {
          side.appendChild(el("p", {class: "error"}, String(err)));
        }
      }
    }
  }

  // screen pixels per map unit at the current zoom
  const ppu = () => root.getBoundingClientRect().width / (WIDTH / view.k);

  // Greedy clustering, busiest place first: a place joins the first cluster whose centre is
  // closer than CLUSTER_PX on screen.
  function clusters() {
    const unit = CLUSTER_PX / ppu();
    const out = [];
    for (const p of places) {
      const [x, y] = project([p.lon, p.lat]);
      const c = out.find((g) => Math.hypot(g.x - x, g.y - y) < unit);
      if (c) c.members.push(p);
      else out.push({x, y, members: [p]});
    }
    return out;
  }

  function drawMarkers() {
    clear(layer);
    const k = ppu();
    const groups = clusters();
    const max = Math.max(1, ...groups.map((g) => g.members.reduce((a, p) => a + p.n_events, 0)));
    for (const g of groups) {
      const n = g.members.reduce((a, p) => a + p.n_events, 0);
      const one = g.members.length === 1;
      const r = (one ? 4 : 8) + 8 * Math.sqrt(n / max);
      const c = svg("circle", {cx: g.x.toFixed(2), cy: g.y.toFixed(2), r: (r / k).toFixed(3),
        class: one ? "marker" : "marker cluster", "data-place": one ? g.members[0].name || "" : "",
        "data-places": g.members.map((p) => p.name || "?").join(";"), "data-count": n});
      const t = document.createElementNS(SVG, "title");
      t.textContent = one ? `${g.members[0].name}: ${n} event(s)`
        : `${g.members.map((p) => p.name).join(", ")}: ${n} event(s)`;
      c.appendChild(t);
      c.addEventListener("click", () => showPlaces(g.members, c));
      layer.appendChild(c);
      if (!one) {
        const label = svg("text", {x: g.x.toFixed(2), y: (g.y + 4 / k).toFixed(3), class: "count",
          "font-size": (11 / k).toFixed(3), "text-anchor": "middle"});
        label.textContent = String(n);
        layer.appendChild(label);
      }
    }
  }

  function setView(x, y, k) {
    k = Math.min(MAX_ZOOM, Math.max(1, k));
    const w = WIDTH / k, h = HEIGHT / k;
    view = {x: Math.min(WIDTH - w, Math.max(0, x)), y: Math.min(HEIGHT - h, Math.max(0, y)), k};
    root.setAttribute("viewBox", `${view.x} ${view.y} ${w} ${h}`);
    box.dataset.zoom = String(k);
    drawMarkers();
  }

  // zoom by `factor` keeping the map point (mx, my) where it is on screen
  function zoomAt(factor, mx, my) {
    const k = Math.min(MAX_ZOOM, Math.max(1, view.k * factor));
    setView(mx - (mx - view.x) * view.k / k, my - (my - view.y) * view.k / k, k);
  }

  function toMap(ev) {
    const rect = root.getBoundingClientRect();
    return [view.x + (ev.clientX - rect.left) / ppu(), view.y + (ev.clientY - rect.top) / ppu()];
  }

  function controls() {
    let drag = null;
    root.addEventListener("wheel", (ev) => {
      ev.preventDefault();
      zoomAt(ev.deltaY < 0 ? 1.25 : 0.8, ...toMap(ev));
    }, {passive: false});
    root.addEventListener("mousedown", (ev) => { drag = [ev.clientX, ev.clientY, view.x, view.y]; });
    root.addEventListener("mouseup", () => { drag = null; });
    root.addEventListener("mousemove", (ev) => {
      if (!drag || !(ev.buttons & 1)) return;
      setView(drag[2] - (ev.clientX - drag[0]) / ppu(), drag[3] - (ev.clientY - drag[1]) / ppu(), view.k);
    });
  }

  const centre = () => [view.x + WIDTH / view.k / 2, view.y + HEIGHT / view.k / 2];
  document.getElementById("zoom-in").addEventListener("click", () => zoomAt(2, ...centre()));
  document.getElementById("zoom-out").addEventListener("click", () => zoomAt(0.5, ...centre()));
  document.getElementById("zoom-reset").addEventListener("click", () => setView(0, 0, 1));

  async function load() {
    status(info, "loading…");
    try {
      if (!world) world = await loadWorld();
      const res = await api("/api/places", Object.fromEntries(new FormData(form).entries()));
      root = svg("svg", {viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img", "aria-label": "event map"});
      for (const f of world) {
        const path = svg("path", {d: geometryPath(f.geometry), class: "country"});
        const t = document.createElementNS(SVG, "title");
        t.textContent = (f.properties && f.properties.name) || "";
        path.appendChild(t);
        root.appendChild(path);
      }
      layer = svg("g", {class: "markers"});
      root.appendChild(layer);
      places = res.places;
      clear(box).appendChild(root);
      controls();
      setView(view.x, view.y, view.k);
      status(info, `${res.places.length} located place(s)${res.truncated ? " (scan limit reached: narrow the filters)" : ""}`);
      document.body.dataset.mapReady = "1";
    } catch (err) {
      status(info, String(err), true);
    }
  }

  form.addEventListener("submit", (e) => { e.preventDefault(); load(); });
  load();
})();
