// warta web UI: shared helpers. Data is only ever put into the page with textContent or
// attribute setters (never innerHTML), so article text cannot become markup.
"use strict";

const W = (() => {
  const PAGES = [
    ["index.html", "Graph"], ["timeline.html", "Timeline"], ["events.html", "Events"],
    ["article.html", "Article"], ["map.html", "Map"], ["paste.html", "Paste & extract"],
  ];

  // el("a", {href: "x", class: "y"}, "text", childNode, ...)
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "dataset") Object.assign(node.dataset, v);
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? "" : String(v));
    }
    for (const c of children) append(node, c);
    return node;
  }

  function append(node, c) {
    if (c === null || c === undefined || c === false) return;
    if (Array.isArray(c)) { c.forEach((x) => append(node, x)); return; }
    node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

  async function api(path, params, options) {
    const url = new URL(path, window.location.origin);
    for (const [k, v] of Object.entries(params || {})) {
      if (v === null || v === undefined || v === "") continue;
      if (Array.isArray(v)) v.forEach((x) => url.searchParams.append(k, x));
      else url.searchParams.set(k, v);
    }
    const resp = await fetch(url, options);
    const body = await resp.json().catch(() => ({}));
    if (!resp.ok) {
      const detail = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail || body);
      throw new Error(`${resp.status}: ${detail}`);
    }
    return body;
  }

  function nav() {
    const here = window.location.pathname.split("/").pop() || "index.html";
    const links = PAGES.map(([href, label]) =>
      el("a", {href, class: href === here ? "active" : null}, label));
    const header = el("header", {class: "top"},
      el("a", {href: "index.html", class: "brand"}, "warta"), el("nav", {}, links),
      el("a", {href: "/docs", class: "docs"}, "API"));
    document.body.insertBefore(header, document.body.firstChild);
  }

  // Quad class: GDELT numbers (1-4) or names (verbal/material x cooperation/conflict).
  const QUADS = {
    1: ["verbal cooperation", "#2b8cbe"], 2: ["material cooperation", "#1a9850"],
    3: ["verbal conflict", "#fdae61"], 4: ["material conflict", "#d73027"],
  };
  function quadKey(q) {
    if (q === null || q === undefined) return 0;
    const s = String(q).toLowerCase();
    if (/^[1-4]$/.test(s)) return Number(s);
    const material = s.includes("material") || s.startsWith("m");
    const conflict = s.includes("conf");
    return (material ? 2 : 1) + (conflict ? 2 : 0);
  }
  function quadName(q) { const k = quadKey(q); return k ? QUADS[k][0] : "unknown"; }
  function quadColor(q) { const k = quadKey(q); return k ? QUADS[k][1] : "#888888"; }

  // One colour per event type on every page: a shade of its quad class's colour (same hue,
  // lightness stepped by the type's rank within its class in ontology order, from /api/types).
  const LIGHTNESS = [0, -14, 14, -24, 24, -32, 32];
  function hsl(hex) {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
    const mx = Math.max(r, g, b), mn = Math.min(r, g, b), l = (mx + mn) / 2, d = mx - mn;
    if (!d) return [0, 0, l * 100];
    const s = d / (1 - Math.abs(2 * l - 1));
    const h = mx === r ? ((g - b) / d) % 6 : mx === g ? (b - r) / d + 2 : (r - g) / d + 4;
    return [(h * 60 + 360) % 360, s * 100, l * 100];
  }
  let typeTable = null; // type -> colour, filled by typeColors()
  async function typeColors() {
    if (typeTable) return typeTable;
    const res = await api("/api/types");
    const rank = {};
    typeTable = {};
    for (const {type, quad} of res.types) {
      const k = quadKey(quad);
      rank[k] = (rank[k] || 0) + 1;
      const [h, s, l] = hsl(quadColor(quad));
      const light = Math.min(85, Math.max(20, l + LIGHTNESS[(rank[k] - 1) % LIGHTNESS.length]));
      typeTable[type] = `hsl(${h.toFixed(1)}, ${s.toFixed(1)}%, ${light.toFixed(1)}%)`;
    }
    return typeTable;
  }
  function typeColor(type) { return (typeTable && typeTable[type]) || "#888888"; }

  // Render `text` (which starts at article offset `base`) with spans highlighted.
  // spans: [{start, end, kind, title, href}] in article offsets; overlaps are skipped.
  function highlight(text, base, spans) {
    const frag = document.createDocumentFragment();
    const sorted = (spans || [])
      .filter((s) => s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start)
      .map((s) => ({...s, a: s.start - base, b: s.end - base}))
      .filter((s) => s.a >= 0 && s.b <= text.length)
      .sort((x, y) => x.a - y.a || y.b - x.b);
    let pos = 0;
    for (const s of sorted) {
      if (s.a < pos) continue;
      if (s.a > pos) frag.appendChild(document.createTextNode(text.slice(pos, s.a)));
      const tag = s.href ? "a" : "mark";
      frag.appendChild(el(tag, {class: `hl hl-${s.kind}${s.extra ? ` ${s.extra}` : ""}`, title: s.title || s.kind,
        href: s.href || null, id: s.id || null, dataset: s.dataset || null},
        text.slice(s.a, s.b)));
      pos = s.b;
    }
    if (pos < text.length) frag.appendChild(document.createTextNode(text.slice(pos)));
    return frag;
  }

  // Find `needle` inside `text` (for spans the store keeps as text only, e.g. a quantity).
  function findSpan(text, base, needle, kind, title) {
    if (!needle) return null;
    const i = text.indexOf(needle);
    return i < 0 ? null : {start: base + i, end: base + i + needle.length, kind, title};
  }

  function actorLabel(a) {
    if (!a || !a.code) return "—";
    return a.name && a.name !== a.code ? `${a.code} (${a.name})` : a.code;
  }

  function quantityLabel(q) {
    if (!q || q.value === null || q.value === undefined) return "";
    const v = Number(q.value).toLocaleString("en");
    return [q.qualifier, v, q.unit].filter(Boolean).join(" ");
  }

  function badge(text, kind) { return el("span", {class: `badge badge-${kind}`}, text); }

  function params() { return new URLSearchParams(window.location.search); }

  // ticket("side")() is true while no later ticket("side") was taken: the last click wins
  // when answers arrive out of order.
  const tickets = {};
  function ticket(name) {
    const mine = (tickets[name] || 0) + 1;
    tickets[name] = mine;
    return () => tickets[name] === mine;
  }

  function status(node, msg, isError) {
    clear(node).appendChild(el("span", {class: isError ? "error" : "muted"}, msg));
  }

  document.addEventListener("DOMContentLoaded", nav);

  return {el, append, clear, api, quadKey, quadName, quadColor, QUADS, typeColors, typeColor, hsl, highlight, findSpan,
    actorLabel, quantityLabel, badge, params, status, ticket};
})();
