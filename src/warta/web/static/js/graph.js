// Graph page: actors as nodes sized by activity, directed edges coloured by quad class and
// weighted by events; clicking a node or an edge lists its events with their evidence.
"use strict";

(() => {
  const {el, clear, api, quadColor, quadName, QUADS, status, actorLabel, badge} = W;
  const form = document.getElementById("filters");
  const side = document.getElementById("side");
  const info = document.getElementById("graph-status");
  let cy = null;

  function filters() {
    const f = new FormData(form);
    const types = String(f.get("types") || "").split(",").map((t) => t.trim().toUpperCase()).filter(Boolean);
    return {since: f.get("since"), until: f.get("until"), type: types, negated: f.get("negated"),
      min_events: f.get("min_events"), level: f.get("level")};
  }

  function legend() {
    const box = clear(document.getElementById("legend"));
    for (const k of [1, 2, 3, 4]) {
      box.appendChild(el("span", {}, el("i", {style: `background:${QUADS[k][1]}`}), QUADS[k][0]));
    }
    box.appendChild(el("span", {class: "muted"}, "node size = events; edge width = events; dashed = has denials"));
  }

  function elements(g) {
    const maxN = Math.max(1, ...g.nodes.map((n) => n.n_events));
    const maxE = Math.max(1, ...g.edges.map((e) => e.n_events));
    const nodes = g.nodes.map((n) => ({data: {
      id: n.id, label: n.id, name: n.label, n_events: n.n_events,
      size: 22 + 48 * Math.sqrt(n.n_events / maxN),
    }}));
    const edges = g.edges.map((e) => ({data: {
      id: `${e.source}->${e.target}:${e.type}`, source: e.source, target: e.target, type: e.type,
      quad: e.quad, n_events: e.n_events, n_denied: e.n_denied, color: quadColor(e.quad),
      width: 1.5 + 8 * Math.sqrt(e.n_events / maxE), label: `${e.type} ${e.n_events}`,
      dashed: e.n_denied > 0 ? "dashed" : "solid",
    }}));
    return nodes.concat(edges);
  }

  async function load() {
    status(info, "loading…");
    let g;
    try {
      g = await api("/api/graph", filters());
    } catch (err) {
      status(info, String(err), true);
      return;
    }
    const types = [...new Set(g.edges.map((e) => e.type))].sort();
    const dl = clear(document.getElementById("type-list"));
    types.forEach((t) => dl.appendChild(el("option", {value: t})));
    if (cy) cy.destroy();
    cy = cytoscape({
      container: document.getElementById("cy"),
      elements: elements(g),
      wheelSensitivity: 0.3,
      style: [
        {selector: "node", style: {
          "background-color": "#1d2b3a", label: "data(label)", color: "#1d232a", "font-size": 11,
          "text-valign": "bottom", "text-margin-y": 3, width: "data(size)", height: "data(size)"}},
        {selector: "edge", style: {
          width: "data(width)", "line-color": "data(color)", "target-arrow-color": "data(color)",
          "target-arrow-shape": "triangle", "curve-style": "bezier", "line-style": "data(dashed)",
          label: "data(label)", "font-size": 8, color: "#555", "text-rotation": "autorotate",
          "text-background-color": "#fff", "text-background-opacity": 0.7}},
        {selector: ":selected", style: {"overlay-color": "#f5b942", "overlay-opacity": 0.35}},
      ],
      layout: {name: "cose", animate: false, randomize: false, nodeRepulsion: () => 9000,
        idealEdgeLength: () => 110, numIter: 1500},
    });
    window.wartaGraph = cy; // for the browser tests and the console
    cy.on("tap", "edge", (evt) => showEdge(evt.target.data()));
    cy.on("tap", "node", (evt) => showNode(evt.target.data()));
    status(info, `${g.nodes.length} actors, ${g.edges.length} edges` +
      (g.truncated ? " (only the busiest shown: raise min. events or narrow the dates)" : ""));
    document.body.dataset.graphReady = "1";
  }

  async function listEvents(title, params) {
    clear(side).appendChild(el("h2", {}, title));
    const box = el("div", {}, el("p", {class: "muted"}, "loading…"));
    side.appendChild(box);
    const f = filters();
    try {
      const res = await api("/api/events", {
        ...params, since: f.since, until: f.until, type: params.type || f.type, negated: f.negated,
        evidence: 1, limit: 25});
      clear(box);
      box.appendChild(el("p", {class: "muted"}, `${res.events.length} event(s)` +
        (res.has_more ? ", the first ones shown" : "")));
      for (const ev of res.events) {
        box.appendChild(el("div", {class: "event-item"},
          el("a", {href: `events.html?id=${ev.id}`}, `#${ev.id}`), " ",
          el("b", {}, ev.type), ` ${ev.source} → ${ev.target || "—"} `, ev.date || "",
          ` · ${ev.n_sources} source(s) `, ev.n_denying ? badge(`${ev.n_denying} denial(s)`, "denied") : null));
        for (const m of ev.evidence || []) box.appendChild(Evidence.card(m));
      }
    } catch (err) {
      status(box, String(err), true);
    }
  }

  function showEdge(d) {
    listEvents(`${d.source} → ${d.target}: ${d.type} (${quadName(d.quad)})`,
      {source: d.source, target: d.target, type: d.type});
  }

  function showNode(d) {
    listEvents(`${actorLabel({code: d.id, name: d.name})}: ${d.n_events} event(s)`, {actor: d.id});
  }

  form.addEventListener("submit", (e) => { e.preventDefault(); load(); });
  legend();
  load();
})();
