// Events table: filter, sort, paginate; a row opens its evidence (every mention, with actor,
// trigger, quantity and date highlighted, who claims or denies it).
"use strict";

(() => {
  const {el, clear, api, status, badge, quantityLabel} = W;
  const form = document.getElementById("filters");
  const tbody = document.querySelector("#events tbody");
  const side = document.getElementById("side");
  const info = document.getElementById("page-info");
  const state = {sort: "date", order: "desc", offset: 0};

  // Fill the form from the URL so filtered views can be linked.
  const qs = W.params();
  for (const [k, v] of qs.entries()) if (form.elements[k]) form.elements[k].value = v;

  function query() {
    const f = Object.fromEntries(new FormData(form).entries());
    if (f.negated === "contested") { delete f.negated; f.contested = "true"; }
    return {...f, sort: state.sort, order: state.order, offset: state.offset};
  }

  function row(ev) {
    const tr = el("tr", {class: "row", dataset: {id: ev.id}, onclick: () => open(ev.id, tr)},
      el("td", {}, ev.id), el("td", {title: ev.precision ? `date known to the ${ev.precision}` : "undated", style: "white-space:nowrap"},
        ev.when || "undated"), el("td", {}, ev.type),
      el("td", {title: ev.source_name || ""}, ev.source), el("td", {title: ev.target_name || ""}, ev.target || "—"),
      el("td", {}, ev.modality), el("td", {}, ev.place || "—"),
      el("td", {}, (ev.claimed_by || []).join(", ") || "reporter"),
      el("td", {}, quantityLabel({value: ev.quantity_value, unit: ev.quantity_unit,
        qualifier: ev.quantity_qualifier})),
      el("td", {}, ev.n_mentions), el("td", {}, ev.n_sources),
      el("td", {}, ev.n_denying ? badge(ev.n_asserting ? `${ev.n_denying} (contested)` : `${ev.n_denying} denied`,
        "denied") : ""));
    return tr;
  }

  async function load() {
    status(info, "loading…");
    try {
      const q = query();
      const csv = new URLSearchParams();
      for (const [k, v] of Object.entries(q)) if (v !== "" && !["sort", "order", "offset", "limit"].includes(k)) csv.set(k, v);
      document.getElementById("csv").href = `/api/events.csv?${csv.toString()}`;
      const res = await api("/api/events", q);
      clear(tbody);
      res.events.forEach((ev) => tbody.appendChild(row(ev)));
      if (!res.events.length) tbody.appendChild(el("tr", {}, el("td", {colspan: 12, class: "muted"}, "no events")));
      const last = res.offset + res.events.length;
      status(info, `${res.events.length ? res.offset + 1 : 0}–${last} of ${res.total} events` +
        (res.undated ? ` (${res.undated} undated)` : ""));
      document.getElementById("prev").disabled = res.offset <= 0;
      document.getElementById("next").disabled = !res.has_more;
    } catch (err) {
      status(info, String(err), true);
    }
    document.querySelectorAll("#events th[data-sort]").forEach((th) => {
      th.classList.toggle("sorted-asc", th.dataset.sort === state.sort && state.order === "asc");
      th.classList.toggle("sorted-desc", th.dataset.sort === state.sort && state.order === "desc");
    });
  }

  async function open(id, tr) {
    document.querySelectorAll("#events tr.selected").forEach((r) => r.classList.remove("selected"));
    if (tr) tr.classList.add("selected");
    clear(side).appendChild(el("p", {class: "muted"}, "loading…"));
    const current = W.ticket("side");
    try {
      const d = await api(`/api/events/${encodeURIComponent(id)}`);
      if (!current()) return;
      const ev = d.event;
      clear(side);
      side.appendChild(el("h2", {}, `#${ev.id} ${ev.type}: ${ev.source} → ${ev.target || "—"}`));
      side.appendChild(el("div", {class: "kv"},
        el("span", {}, "CAMEO / quad"), el("span", {}, `${ev.cameo} · ${W.quadName(ev.quad)}`),
        el("span", {}, "date"), el("span", {class: "hl hl-date"}, ev.when ? `${ev.when} (${ev.precision})` : "undated"),
        el("span", {}, "place"), el("span", {}, ev.place || "—"),
        el("span", {}, "quantity"), el("span", {}, quantityLabel({value: ev.quantity_value, unit: ev.quantity_unit}) || "—"),
        el("span", {}, "reports"), el("span", {}, `${ev.n_mentions} mention(s) in ${ev.n_articles} article(s), ${ev.n_sources} source(s)`),
        el("span", {}, "asserted by"), el("span", {}, d.asserted_by.join(", ") || "—"),
        el("span", {}, "denied by"), el("span", {}, d.denied_by.length ? badge(d.denied_by.join(", "), "denied") : "—")));
      if (ev.contested) side.appendChild(el("p", {}, badge("contested: asserted and denied", "contested")));
      d.mentions.forEach((m) => side.appendChild(Evidence.card(m)));
    } catch (err) {
      status(side, String(err), true);
    }
  }

  // Each column offers the directions the store can sort by (data-dirs, first = default).
  document.querySelectorAll("#events th[data-sort]").forEach((th) => th.addEventListener("click", () => {
    const dirs = th.dataset.dirs.split(" ");
    if (state.sort === th.dataset.sort) state.order = dirs[(dirs.indexOf(state.order) + 1) % dirs.length];
    else { state.sort = th.dataset.sort; state.order = dirs[0]; }
    state.offset = 0;
    load();
  }));
  document.getElementById("prev").addEventListener("click", () => {
    state.offset = Math.max(0, state.offset - Number(form.elements.limit.value)); load();
  });
  document.getElementById("next").addEventListener("click", () => {
    state.offset += Number(form.elements.limit.value); load();
  });
  // new filters: the evidence of a row of the old list no longer belongs here
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    state.offset = 0;
    W.ticket("side");
    clear(side).appendChild(el("p", {class: "muted"}, "Click a row to see its evidence."));
    load();
  });
  load();
  if (qs.get("id")) open(qs.get("id"));
})();
