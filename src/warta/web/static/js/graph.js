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

  // One drawn edge per (source, target, quad class); its types are listed on the edge and in the panel.
  function mergeEdges(edges) {
    const merged = new Map();
    for (const e of edges) {
      const key = `${e.source}->${e.target}:${W.quadKey(e.quad)}`;
      const m = merged.get(key) || {id: key, source: e.source, target: e.target, quad: e.quad, types: [],
        n_events: 0, n_denied: 0};
      m.types.push(e.type);
      m.n_events += e.n_events;
      m.n_denied += e.n_denied;
      merged.set(key, m);
    }
    return [...merged.values()];
  }

  function elements(g) {
    const edges = mergeEdges(g.edges);
    const maxN = Math.max(1, ...g.nodes.map((n) => n.n_events));
    const maxE = Math.max(1, ...edges.map((e) => e.n_events));
    const nodes = g.nodes.map((n) => ({data: {
      id: n.id, label: n.label || n.id, name: n.label, n_events: n.n_events,
      size: 18 + 42 * Math.sqrt(n.n_events / maxN),
    }}));
    const links = edges.map((e) => ({data: {
      id: e.id, source: e.source, target: e.target, types: e.types.sort(), quad: e.quad,
      n_events: e.n_events, n_denied: e.n_denied, color: quadColor(e.quad),
      width: 1.5 + 7 * Math.sqrt(e.n_events / maxE), label: `${e.types.join(", ")} (${e.n_events})`,
      dashed: e.n_denied > 0 ? "dashed" : "solid",
    }}));
    return nodes.concat(links);
  }

  async function load() {
    status(info, "loading…");
    let g;
    try {
      [g] = await Promise.all([api("/api/graph", filters()), W.typeColors()]);
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
          "text-valign": "bottom", "text-margin-y": 3, width: "data(size)", height: "data(size)",
          "text-background-color": "#fff", "text-background-opacity": 0.85, "text-background-padding": 1}},
        {selector: "edge", style: {
          width: "data(width)", "line-color": "data(color)", "target-arrow-color": "data(color)",
          "target-arrow-shape": "triangle", "curve-style": "bezier", "line-style": "data(dashed)",
          "font-size": 10, color: "#1d232a", "text-rotation": "autorotate",
          "text-background-color": "#fff", "text-background-opacity": 0.85, opacity: 0.85}},
        {selector: "edge:selected, edge.hover", style: {label: "data(label)", opacity: 1}},
        {selector: ":selected", style: {"overlay-color": "#f5b942", "overlay-opacity": 0.35}},
      ],
      // busiest actors in the middle rings, the rest outside
      layout: {name: "concentric", concentric: (n) => n.data("n_events"),
        levelWidth: (nodes) => Math.max(1, Math.max(...nodes.map((n) => n.data("n_events"))) / 3),
        minNodeSpacing: 50, padding: 30, animate: false},
    });
    // 13+ actors: rings get too wide to read once fitted, so a force layout started from the rings
    // (deterministic) packs them with their labels apart (tests/web/test_browser_graph_layout.py)
    if (g.nodes.length > 12) {
      cy.layout({name: "concentric", concentric: (n) => n.data("n_events"), minNodeSpacing: 50, animate: false}).run();
      cy.layout({name: "cose", randomize: false, nodeDimensionsIncludeLabels: true, animate: false,
        nodeRepulsion: 2000, idealEdgeLength: 45, nodeOverlap: 20, gravity: 4, numIter: 2000, padding: 30}).run();
    }
    window.wartaGraph = cy; // for the browser tests and the console
    cy.on("tap", "edge", (evt) => showEdge(evt.target.data()));
    cy.on("tap", "node", (evt) => showNode(evt.target.data()));
    // a node shows its name; its code comes on hover (the container's tooltip)
    const box = document.getElementById("cy");
    cy.on("mouseover", "node", (evt) => { box.title = `${evt.target.data("name") || ""} (${evt.target.id()})`; });
    cy.on("mouseout", "node", () => { box.title = ""; });
    cy.on("mouseover", "edge", (evt) => evt.target.addClass("hover"));
    cy.on("mouseout", "edge", (evt) => evt.target.removeClass("hover"));
    const rows = clear(document.querySelector("#edge-table tbody"));
    cy.edges().sort((a, b) => b.data("n_events") - a.data("n_events")).forEach((e) => {
      const d = e.data();
      rows.appendChild(el("tr", {class: "row", tabindex: 0, onclick: () => showEdge(d),
        onkeydown: (ev) => { if (ev.key === "Enter") showEdge(d); }},
      el("td", {}, d.source), el("td", {}, d.target), el("td", {}, d.types.map((t, i) => el("span",
        {class: "type-key", "data-type": t}, i ? ", " : "", el("i", {style: `background:${W.typeColor(t)}`}), t))),
      el("td", {}, el("i", {style: `display:inline-block;width:10px;height:10px;background:${d.color}`}), " ",
        quadName(d.quad)),
      el("td", {}, d.n_events), el("td", {}, d.n_denied || "")));
    });
    const csv = [["source", "target", "types", "quad", "n_events", "n_denied"]].concat(cy.edges().map((e) => {
      const d = e.data();
      return [d.source, d.target, d.types.join(";"), d.quad, d.n_events, d.n_denied];
    })).map((r) => r.map((v) => `"${String(v).replaceAll('"', '""')}"`).join(",")).join("\n") + "\n";
    const link = document.getElementById("edges-csv");
    if (link.href.startsWith("blob:")) URL.revokeObjectURL(link.href);
    link.href = URL.createObjectURL(new Blob([csv], {type: "text/csv"}));
    status(info, `${g.nodes.length} actors, ${g.edges.length} edges` +
      (g.truncated ? " (only the busiest shown: raise min. events or narrow the dates)" : ""));
    document.body.dataset.graphReady = "1";
  }

  async function listEvents(title, params) {
    const current = W.ticket("side");
    clear(side).appendChild(el("h2", {}, title));
    const box = el("div", {}, el("p", {class: "muted"}, "loading…"));
    side.appendChild(box);
    const f = filters();
    try {
      const res = await api("/api/events", {
        ...params, since: f.since, until: f.until, type: params.type || f.type, negated: f.negated,
        // an actor-level graph's codes (PRKMIL) match exactly; country codes match every sector
        evidence: 1, limit: 25});
      if (!current()) return;
      clear(box);
      // the heading's count is the list's: every event these filters give, of which these are shown
      side.querySelector("h2").textContent = `${title}: ${res.total} event(s)`;
      box.appendChild(el("p", {class: "muted"}, res.has_more ? `the first ${res.events.length} shown` :
        `${res.events.length} shown`));
      for (const ev of res.events) {
        box.appendChild(el("div", {class: "event-item"},
          el("a", {href: `events.html?id=${ev.id}`}, `#${ev.id}`), " ",
          el("b", {}, ev.type), ` ${ev.source} → ${ev.target || "—"} `, ev.when || "undated",
          ` · ${ev.n_sources} source(s) `, ev.n_denying ? badge(`${ev.n_denying} denial(s)`, "denied") : null));
        for (const m of ev.evidence || []) box.appendChild(Evidence.card(m));
      }
    } catch (err) {
      status(box, String(err), true);
    }
  }

  function showEdge(d) {
    listEvents(`${d.source} → ${d.target}: ${d.types.join(", ")} (${quadName(d.quad)})`,
      {source: d.source, target: d.target, type: d.types});
  }

  function showNode(d) {
    listEvents(actorLabel({code: d.id, name: d.name}), {actor: d.id});
  }

  // new filters: what the side panel lists belongs to the old graph
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    W.ticket("side");
    clear(side).appendChild(el("p", {class: "muted"}, "Click an actor or an edge to list its events."));
    load();
  });
  legend();
  load();
})();
