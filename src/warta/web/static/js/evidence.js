// Evidence cards: one extracted mention (Event.to_dict() shape plus id/article/stance) with its
// sentence, actor / trigger / quantity / date highlighted, who claims it, denials flagged.
"use strict";

const Evidence = (() => {
  const {el, highlight, findSpan, actorLabel, quantityLabel, badge} = W;

  function spansOf(m) {
    const s = m.sentence || {};
    const base = s.start || 0;
    const text = s.text || "";
    const spans = [];
    const add = (x, kind, title) => {
      if (x && Number.isInteger(x.start) && Number.isInteger(x.end)) spans.push({start: x.start, end: x.end, kind, title});
    };
    add(m.source, "actor", `source: ${actorLabel(m.source)}`);
    add(m.target, "actor", `target: ${actorLabel(m.target)}`);
    add(m.trigger, "trigger", `trigger: ${m.type || ""}`);
    add(m.claimed_by, "claim", `claimed by ${m.claimed_by ? m.claimed_by.code : ""}`);
    if (m.quantity && m.quantity.text) {
      const q = findSpan(text, base, m.quantity.text, "quantity", `quantity: ${quantityLabel(m.quantity)}`);
      if (q) spans.push(q);
    }
    if (m.when_text) {
      const d = findSpan(text, base, m.when_text, "date", `date: ${m.when || ""}`);
      if (d) spans.push(d);
    }
    return {text, base, spans};
  }

  function claimLine(m) {
    const c = m.claimed_by;
    const denied = !!m.negated;
    if (!c) return el("div", {class: "claim"}, denied ? "denied (stated by the reporter)" : "stated by the reporter");
    const who = c.code === "ANON" ? "an unnamed source" : actorLabel(c);
    return el("div", {class: "claim"}, denied ? "denied by " : "according to ", el("b", {}, who),
      c.text ? ` ("${c.text}")` : "");
  }

  function card(m) {
    const {text, base, spans} = spansOf(m);
    const a = m.article || {};
    const head = el("div", {class: "ev-head"},
      el("b", {}, m.type || "?"), " ",
      el("span", {class: "dyad"}, `${actorLabel(m.source)} → ${actorLabel(m.target)}`), " ",
      m.negated ? badge("DENIED", "denied") : badge("asserted", "asserted"), " ",
      m.modality && m.modality !== "actual" ? badge(m.modality, "modality") : null);
    const fields = el("div", {class: "fields"},
      el("span", {class: "hl hl-trigger"}, m.trigger ? m.trigger.text : ""),
      m.quantity ? el("span", {class: "hl hl-quantity"}, quantityLabel(m.quantity)) : null,
      m.when ? el("span", {class: "hl hl-date"}, m.when) : null,
      m.location && m.location.name ? el("span", {class: "hl hl-place"}, m.location.name) : null);
    const src = a.id !== undefined && a.id !== null
      ? el("div", {class: "src muted"}, "in ",
        el("a", {href: `article.html?id=${encodeURIComponent(a.id)}${m.id ? `#m${m.id}` : ""}`},
          a.title || a.doc || `article ${a.id}`),
        a.source ? ` · ${a.source}` : "", a.published ? ` · ${a.published}` : "")
      : null;
    return el("div", {class: `evidence${m.negated ? " negated" : ""}`, dataset: {mention: m.id || ""}},
      head, el("blockquote", {class: "sentence"}, highlight(text, base, spans)), fields, claimLine(m), src);
  }

  return {card, spansOf};
})();
