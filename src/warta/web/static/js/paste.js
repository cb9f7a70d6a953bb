// Paste and extract: post the text (with its date and language), show its events at once,
// optionally save it into the database.
"use strict";

(() => {
  const {el, clear, api, status} = W;
  const form = document.getElementById("paste");
  const results = document.getElementById("results");
  const info = document.getElementById("paste-status");

  // the languages come from the server's registry (/api/languages), never from a list written here
  api("/api/languages").then((res) => {
    for (const {code, name} of res.languages) form.elements.lang.appendChild(el("option", {value: code}, name));
  }).catch((err) => status(info, String(err), true));

  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const f = new FormData(form);
    const body = {
      text: String(f.get("text") || ""), lang: f.get("lang") || null, published: f.get("published") || null,
      title: f.get("title") || null, source: f.get("source") || null, save: f.get("save") === "on",
    };
    if (!body.text.trim()) { status(info, "paste some text first", true); return; }
    status(info, "extracting…");
    clear(results);
    try {
      const res = await api("/api/extract", null, {method: "POST", headers: {"content-type": "application/json"},
        body: JSON.stringify(body)});
      const denied = res.events.filter((ev) => ev.negated).length;
      status(info, `${res.events.length} event(s)${denied ? `, ${denied} denied` : ""}`);
      if (res.saved) {
        results.appendChild(el("p", {}, res.saved.duplicate ? "already in the database" : "saved: ",
          res.saved.article_id ? el("a", {href: `article.html?id=${res.saved.article_id}`}, `article ${res.saved.article_id}`) : null));
      }
      if (!res.events.length) results.appendChild(el("p", {class: "muted"}, "no events found"));
      // each event names its sentence by index into res.sentences (sent once, not once per event)
      const sentences = new Map(res.sentences.map((s) => [s.index, s]));
      res.events.forEach((ev) => results.appendChild(Evidence.card({...ev, sentence: sentences.get(ev.sentence)})));
    } catch (err) {
      status(info, String(err), true);
    }
  });
})();
