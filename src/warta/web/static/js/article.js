// Article view: the text with every coded span highlighted and linked to its events.
"use strict";

(() => {
  const {el, clear, api, status, highlight, badge} = W;
  const form = document.getElementById("filters");
  const textBox = document.getElementById("text");
  const side = document.getElementById("side");
  const KINDS = {trigger: "trigger", source: "actor", target: "actor", claim: "claim"};

  async function openArticle(id) {
    status(textBox, "loading…");
    let a;
    try {
      a = await api(`/api/articles/${encodeURIComponent(id)}`);
    } catch (err) {
      status(textBox, String(err), true);
      return;
    }
    document.getElementById("title").textContent = a.title || a.doc || `Article ${a.id}`;
    document.title = `warta · ${a.title || a.doc || "article"}`;
    const meta = clear(document.getElementById("meta"));
    for (const [k, v] of [["id", a.id], ["doc", a.doc], ["source", a.source], ["language", a.lang],
      ["published", a.published], ["url", a.url], ["events", String(new Set(a.spans.map((s) => s.event_id).filter((x) => x !== null)).size)]]) {
      meta.appendChild(el("span", {class: "muted"}, k));
      meta.appendChild(el("span", {}, v === null || v === undefined ? "—" : String(v)));
    }
    const negated = new Set(a.negated_mentions || []);
    const spans = a.spans.filter((s) => KINDS[s.kind]).map((s) => ({
      start: s.start, end: s.end, kind: KINDS[s.kind], title: `${s.kind}: ${s.label} (event #${s.event_id})`,
      href: `events.html?id=${s.event_id}`, id: s.kind === "trigger" ? `m${s.mention_id}` : null,
      extra: negated.has(s.mention_id) ? "negated" : null,
      dataset: {event: s.event_id, mention: s.mention_id},
    }));
    clear(textBox).appendChild(highlight(a.text, 0, spans));
    if (window.location.hash) {
      const target = document.getElementById(window.location.hash.slice(1));
      if (target) target.scrollIntoView({block: "center"});
    }
  }

  async function showEvent(id, mention) {
    clear(side).appendChild(el("p", {class: "muted"}, "loading…"));
    const current = W.ticket("side");
    try {
      const d = await api(`/api/events/${encodeURIComponent(id)}`);
      if (!current()) return;
      const ev = d.event;
      clear(side).appendChild(el("h2", {}, el("a", {href: `events.html?id=${ev.id}`}, `#${ev.id}`),
        ` ${ev.type}: ${ev.source} → ${ev.target || "—"}`));
      side.appendChild(el("p", {class: "muted"}, `${ev.n_mentions} mention(s), ${ev.n_sources} source(s)`,
        d.denied_by.length ? " · " : "", d.denied_by.length ? badge(`denied by ${d.denied_by.join(", ")}`, "denied") : null));
      const mine = d.mentions.filter((m) => String(m.id) === String(mention));
      const others = d.mentions.filter((m) => String(m.id) !== String(mention));
      mine.concat(others).forEach((m) => side.appendChild(Evidence.card(m)));
    } catch (err) {
      status(side, String(err), true);
    }
  }

  async function search(q) {
    clear(textBox);
    status(side, "searching…");
    try {
      const res = await api("/api/search", {q, limit: 50});
      clear(side).appendChild(el("h2", {}, `${res.hits.length} sentence(s) for “${q}”`));
      for (const h of res.hits) {
        side.appendChild(el("div", {class: "evidence"},
          el("blockquote", {}, h.sentence),
          el("div", {class: "src muted"}, el("a", {href: `article.html?id=${h.article_id}`}, h.title || h.doc),
            h.published ? ` · ${h.published}` : "", ` · ${h.n_events} event(s)`)));
      }
    } catch (err) {
      status(side, String(err), true);
    }
  }

  textBox.addEventListener("click", (e) => {
    const a = e.target.closest("a.hl");
    if (!a) return;
    e.preventDefault();
    showEvent(a.dataset.event, a.dataset.mention);
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const f = Object.fromEntries(new FormData(form).entries());
    if (f.id) {
      history.replaceState(null, "", `?id=${encodeURIComponent(f.id)}`);
      openArticle(f.id);
    } else if (f.q) search(f.q);
  });
  const qs = W.params();
  if (qs.get("id")) { form.elements.id.value = qs.get("id"); openArticle(qs.get("id")); }
  else if (qs.get("q")) { form.elements.q.value = qs.get("q"); search(qs.get("q")); }
  else status(textBox, "Open an article by id (from an event's evidence) or search the sentences.");
})();
