"""Paste and extract: run the extractor on posted text; optionally store the article."""

from __future__ import annotations

import hashlib
from typing import Any

from fastapi import FastAPI, HTTPException

from warta.model import Article

__all__ = ["compact_events", "extract_and_save", "pasted_article"]


def pasted_article(body: Any) -> Article:
    """The Article for a paste request; its id is derived from the text, so a re-paste is the same article."""
    digest = hashlib.sha1(body.text.encode("utf-8")).hexdigest()[:12]
    return Article(id=f"paste-{digest}", text=body.text, lang=body.lang, published=body.published,
                   title=body.title or None, url=body.url or None, source=body.source or None,
                   home=body.home or None)


def compact_events(events: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Events as JSON that name their sentence by index, and each sentence that holds one, once.

    ``Event.to_dict()`` repeats the whole sentence in every event; over a long sentence with many
    events that multiplies the answer's size. Here ``event["sentence"]`` is the index of its entry
    in the sentences list (``{"index", "start", "end", "text"}``, in text order).
    """
    sentences: dict[int, dict[str, Any]] = {}
    out = []
    for e in events:
        d = e.to_dict()
        sentences.setdefault(e.sentence.index, d["sentence"])
        d["sentence"] = e.sentence.index
        out.append(d)
    return [sentences[k] for k in sorted(sentences)], out


def extract_and_save(app: FastAPI, body: Any) -> dict[str, Any]:
    """Extract (language detected when not given); with ``save``, store it as ``warta ingest`` would."""
    from warta.ingest.readers import Item
    from warta.ingest.run import prepare

    if body.save and not app.state.allow_save:
        raise HTTPException(403, "saving is off: start the server with `warta serve --allow-save` to save pasted articles")
    prepared = prepare(Item(pasted_article(body), "web:paste"))
    sentences, events = compact_events(prepared.events)
    out: dict[str, Any] = {"doc": prepared.article.id, "lang": prepared.article.lang, "sentences": sentences,
                           "events": events, "saved": None}
    if body.save:
        out["saved"] = _save(app, prepared)
    return out


def _save(app: FastAPI, prepared: Any) -> dict[str, Any]:
    from warta import store as store_mod

    with app.state.save_lock, store_mod.open(app.state.db_path) as st:
        results = st.write([prepared])
    added = sum(r.added for r in results)
    ids = [i for r in results for i in r.added_ids]
    return {"added": added, "duplicate": added == 0, "article_id": ids[0] if ids else None,
            "events_added": sum(r.events_added for r in results),
            "mentions_added": sum(r.mentions_added for r in results)}
