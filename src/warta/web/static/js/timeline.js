// Timeline page: events per week or month for an actor or a dyad, stacked by type (SVG), as wide
// as its panel; each type has its colour of every page (W.typeColor, the graph's quad-class
// family) and the denied part of a segment is hatched.
"use strict";

(() => {
  const {el, clear, api, status} = W;
  const SVG = "http://www.w3.org/2000/svg";
  const form = document.getElementById("filters");
  const chart = document.getElementById("chart");
  const HATCH = "denied-hatch";

  const qs = W.params();
  for (const [k, v] of qs.entries()) if (form.elements[k]) form.elements[k].value = v;

  function svg(tag, attrs, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function draw(res) {
    clear(chart);
    const legend = clear(document.getElementById("legend"));
    const undated = res.undated ? el("p", {class: "muted", id: "undated"},
      `${res.undated} undated (in no period)`) : null;
    if (!res.periods.length) {
      chart.appendChild(el("p", {class: "muted"}, "no dated events for this selection"));
      if (undated) chart.appendChild(undated);
      return;
    }
    const coarse = new Set(res.coarse || []);
    const known = (p) => (/^\d{4}$/.test(p) ? "year" : /-W/.test(p) ? "week" : "month");
    const colour = Object.fromEntries(res.types.map((t) => [t, W.typeColor(t)]));
    const deniedBy = res.denied_by_type || {};
    const totals = res.periods.map((p) => res.types.reduce((s, t) => s + (res.counts[p][t] || 0), 0));
    const max = Math.max(1, ...totals);
    const H = 320, pad = {l: 40, b: 60, t: 10, r: 60}; // r: room for the last, rotated label
    // the chart fills its panel: bars share the panel's width (never thinner than 8 px: then it scrolls)
    const room = Math.max(300, chart.clientWidth);
    const bw = Math.max(8, (room - pad.l - pad.r) / res.periods.length);
    const W_ = Math.max(room, pad.l + bw * res.periods.length + pad.r);
    const root = svg("svg", {viewBox: `0 0 ${W_} ${H}`, width: W_, height: H, class: "bars", role: "img"});
    const defs = svg("defs", {});
    const pat = svg("pattern", {id: HATCH, width: 6, height: 6, patternUnits: "userSpaceOnUse",
      patternTransform: "rotate(45)"});
    pat.appendChild(svg("rect", {width: 6, height: 6, fill: "#fff", "fill-opacity": 0.35}));
    pat.appendChild(svg("line", {x1: 0, y1: 0, x2: 0, y2: 6, stroke: "#1d232a", "stroke-width": 2.5}));
    defs.appendChild(pat);
    root.appendChild(defs);
    for (const frac of max >= 2 ? [0, 0.5, 1] : [0, 1]) {
      const y = H - pad.b - frac * (H - pad.b - pad.t);
      root.appendChild(svg("line", {x1: pad.l, x2: W_ - 10, y1: y, y2: y, stroke: "#ddd"}));
      root.appendChild(svg("text", {x: pad.l - 4, y: y + 4, "text-anchor": "end", "font-size": 10}, Math.round(frac * max)));
    }
    res.periods.forEach((p, i) => {
      let y = H - pad.b;
      const x = pad.l + i * bw + 2;
      for (const t of res.types) {
        const n = res.counts[p][t] || 0;
        if (!n) continue;
        const h = (n / max) * (H - pad.b - pad.t);
        y -= h;
        const d = Math.min(n, (deniedBy[p] || {})[t] || 0);
        const r = svg("rect", {x, y, width: Math.max(2, bw - 4), height: h, fill: colour[t],
          "data-period": p, "data-type": t, "data-n": n});
        r.appendChild(svg("title", {}, `${p} ${t}: ${n}${d ? ` (${d} denied)` : ""}`));
        r.addEventListener("click", () => detail(p, t));
        root.appendChild(r);
        if (d) { // the denied events: the top of the segment, hatched and outlined
          const hd = (d / n) * h;
          const m = svg("rect", {x, y, width: Math.max(2, bw - 4), height: hd, fill: `url(#${HATCH})`,
            stroke: "#1d232a", "stroke-width": 1, class: "denied", "data-period": p, "data-type": t, "data-n": d});
          m.appendChild(svg("title", {}, `${p} ${t}: ${d} denied`));
          m.addEventListener("click", () => detail(p, t));
          root.appendChild(m);
        }
      }
      // a date known only to the year (or month) is its own bar, never put in the first period
      const label = coarse.has(p) ? `${p} (${known(p)} only)` : p;
      root.appendChild(svg("text", {x: x + bw / 2, y: H - pad.b + 12, "font-size": 10,
        class: coarse.has(p) ? "coarse" : "", transform: `rotate(45 ${x + bw / 2} ${H - pad.b + 12})`}, label));
    });
    chart.appendChild(root);
    if (undated) chart.appendChild(undated);
    for (const t of res.types) legend.appendChild(el("span", {}, el("i", {style: `background:${colour[t]};height:10px`}), t));
    if (Object.keys(deniedBy).length) {
      legend.appendChild(el("span", {class: "denied-key"},
        el("i", {class: "hatch", style: "height:10px"}), "denied (hatched)"));
    }
  }

  // First and last day of a period label (2024, 2024-11, 2024-11-05; weeks as SQLite's %Y-W%W).
  function bounds(period) {
    const iso = (d) => d.toISOString().slice(0, 10);
    let m = /^(\d{4})-W(\d{2})$/.exec(period);
    if (m) {
      const jan1 = new Date(Date.UTC(Number(m[1]), 0, 1));
      const firstMonday = 1 + ((8 - jan1.getUTCDay()) % 7);
      const start = new Date(Date.UTC(Number(m[1]), 0, firstMonday + 7 * (Number(m[2]) - 1)));
      const lo = Number(m[2]) === 0 ? jan1 : start;
      const hi = new Date(Math.min(Date.UTC(Number(m[1]), 0, firstMonday + 7 * Number(m[2]) - 1),
        Date.UTC(Number(m[1]), 11, 31)));
      return [iso(lo), iso(hi)];
    }
    m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(period);
    if (!m) return [null, null];
    if (m[3]) return [period, period];
    if (m[2]) return [`${period}-01`, iso(new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)))];
    return [`${period}-01-01`, `${period}-12-31`];
  }

  function detail(period, type) {
    const f = Object.fromEntries(new FormData(form).entries());
    const link = new URLSearchParams({type});
    for (const k of ["actor", "source", "target"]) if (f[k]) link.set(k, f[k].toUpperCase());
    const [since, until] = bounds(period);
    if (since) { link.set("since", since); link.set("until", until); }
    const box = clear(document.getElementById("detail"));
    box.appendChild(el("p", {}, `${period} · ${type}: `,
      el("a", {href: `events.html?${link.toString()}`}, "list these events")));
  }

  async function load() {
    const f = Object.fromEntries(new FormData(form).entries());
    status(chart, "loading…");
    try {
      const [res] = await Promise.all([api("/api/timeline", f), W.typeColors()]);
      draw(res);
      document.body.dataset.timelineReady = "1";
    } catch (err) {
      status(chart, String(err), true);
    }
  }

  api("/api/actors", {limit: 200}).then((res) => {
    const dl = document.getElementById("actor-list");
    res.actors.forEach((a) => dl.appendChild(el("option", {value: a.code}, a.name)));
  }).catch(() => {});
  form.addEventListener("submit", (e) => { e.preventDefault(); load(); });
  load();
})();
