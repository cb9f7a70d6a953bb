"""The JSON API under ``/api/``: the pages use exactly these calls.

Every handler goes through :class:`warta.store.Store` (opened read-only); no SQL here.
"""

from __future__ import annotations

import io
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Path, Query, Request, Response
from pydantic import BaseModel, Field, field_validator

from warta.lexicon.registry import available_languages
from warta.store.results import Graph
from warta.web.convert import event_json, graph_json, mention_json, timeline_json

__all__ = ["ExtractAnswer", "ExtractRequest", "graph_answer", "router"]

router = APIRouter(prefix="/api")

Code = Annotated[str | None, Query(max_length=40, pattern=r"^[A-Za-z]{3}[A-Za-z0-9]{0,37}$")]
Day = Annotated[str | None, Query(max_length=10, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")]
Types = Annotated[list[str] | None, Query(max_length=40)]
#: SQLite's integers are 64-bit: a larger offset or id is refused with 422 before it reaches the store.
SQL_INT_MAX = 2**63 - 1
Offset = Annotated[int, Query(ge=0, le=SQL_INT_MAX)]

#: A language the registry has data for (``lang/<code>/``): the only values ``lang`` takes.
LangCode = Literal[available_languages()]  # type: ignore[valid-type]

#: events table sort keys and directions -> the store's ``order`` values (what the store offers).
SORTS = {"date": {"asc": "date", "desc": "-date"}, "id": {"asc": "id"}, "n_mentions": {"desc": "mentions"}}


def _store(request: Request) -> Any:
    return request.app.state.store


def _types(values: list[str] | None) -> list[str] | None:
    if not values:
        return None
    out = [t.strip().upper() for v in values for t in v.split(",") if t.strip()]
    for t in out:
        if not t.isalpha() or len(t) > 20:
            raise HTTPException(422, f"bad event type {t!r}")
    return out or None


def _up(code: str | None) -> str | None:
    return code.upper() if code else None


def _event_filters(actor, source, target, between, type, since, until, claimed_by, negated,  # noqa: A002
                   contested) -> dict[str, Any]:
    pair = None
    if between:
        codes = [c.strip().upper() for b in between for c in b.split(",") if c.strip()]
        if len(codes) != 2:
            raise HTTPException(422, "between takes exactly two actor codes")
        pair = (codes[0], codes[1])
    return dict(actor=_up(actor), between=pair, type=_types(type), since=since, until=until,
                claimed_by=_up(claimed_by), negated=negated, source=_up(source), target=_up(target),
                contested=contested)


@router.get("/events.csv", summary="Every event of the filters as CSV (the export's columns)")
def events_csv(
    request: Request,
    actor: Code = None,
    source: Code = None,
    target: Code = None,
    between: Annotated[list[str] | None, Query(max_length=2)] = None,
    type: Types = None,  # noqa: A002
    since: Day = None,
    until: Day = None,
    claimed_by: Code = None,
    negated: bool | None = None,
    contested: bool | None = None,
) -> Response:
    from warta.export.tabular import write_csv

    filters = _event_filters(actor, source, target, between, type, since, until, claimed_by, negated, contested)
    buf = io.StringIO()
    write_csv(_store(request).iter_export(**filters), buf)
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="warta-events.csv"'})


@router.get("/events", summary="Events (clusters of mentions) with the CLI's filters")
def events(
    request: Request,
    actor: Code = None,
    source: Code = None,
    target: Code = None,
    between: Annotated[list[str] | None, Query(max_length=2, description="two actor codes: the dyad, both ways")] = None,
    type: Types = None,  # noqa: A002 - the CLI's name
    since: Day = None,
    until: Day = None,
    claimed_by: Code = None,
    negated: bool | None = None,
    contested: Annotated[bool | None, Query(description="true: events both asserted and denied")] = None,
    sort: Literal["date", "id", "n_mentions"] = "date",
    order: Literal["asc", "desc"] = "desc",
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Offset = 0,
    evidence: bool = False,
) -> dict[str, Any]:
    filters = _event_filters(actor, source, target, between, type, since, until, claimed_by, negated, contested)
    store_order = SORTS[sort].get(order)
    if store_order is None:
        raise HTTPException(422, f"sort={sort} is available in order {' or '.join(SORTS[sort])} only")
    st = _store(request)
    rows = st.events(**filters, limit=limit + 1, offset=offset, order=store_order)
    total, undated = st.count_events(**filters)
    more = len(rows) > limit
    claims = st.claimants([r.id for r in rows[:limit]])
    out = []
    for row in rows[:limit]:
        d = event_json(row)
        d["claimed_by"] = claims.get(row.id, [])
        if evidence:
            detail = st.show(row.id)
            d["evidence"] = [mention_json(m, row.type) for m in detail.mentions[:3]] if detail else []
        out.append(d)
    return {"offset": offset, "limit": limit, "has_more": more, "total": total, "undated": undated, "events": out}


@router.get("/events/{event_id}", summary="One event with every mention, its evidence and its claims")
def event(request: Request, event_id: Annotated[int, Path(ge=0, le=SQL_INT_MAX)]) -> dict[str, Any]:
    d = _store(request).show(event_id)
    if d is None:
        raise HTTPException(404, f"no event {event_id}")
    return {
        "event": event_json(d.event),
        "mentions": [mention_json(m, d.event.type) for m in d.mentions],
        "asserted_by": list(d.asserted_by),
        "denied_by": list(d.denied_by),
    }


@router.get("/actors", summary="Actors ranked by mentions, with aliases")
def actors(request: Request, limit: Annotated[int, Query(ge=1, le=1000)] = 100,
           offset: Offset = 0) -> dict[str, Any]:
    return {"actors": _store(request).actors(limit=limit, offset=offset).to_dicts()}


@router.get("/types", summary="The event types in ontology order, each with its quad class")
def types() -> dict[str, Any]:
    from warta.knowledge.ontology import ontology

    return {"types": [{"type": t, "quad": q} for t, q in ontology().type_quads().items()]}


@router.get("/languages", summary="The languages warta reads, with their English names")
def languages() -> dict[str, Any]:
    from babel import Locale, UnknownLocaleError

    def name(code: str) -> str:
        try:
            return Locale.parse(code).get_display_name("en") or code
        except (UnknownLocaleError, ValueError):
            return code

    return {"languages": [{"code": code, "name": name(code)} for code in available_languages()]}


@router.get("/timeline", summary="Events per week or month for an actor or a dyad, by type")
def timeline(
    request: Request,
    actor: Code = None,
    source: Code = None,
    target: Code = None,
    by: Literal["week", "month", "year", "day"] = "month",
    type: Types = None,  # noqa: A002
    since: Day = None,
    until: Day = None,
) -> dict[str, Any]:
    pair = None
    if source or target:
        if not (source and target):
            raise HTTPException(422, "a dyad needs both source and target")
        pair = (source.upper(), target.upper())
    types = _types(type)
    st = _store(request)
    rows = st.timeline(between=pair, actor=_up(actor), by=by, type=types, since=since, until=until)
    undated = 0 if since or until else st.count_events(between=pair, actor=_up(actor), type=types)[1]
    return timeline_json(rows, by, undated)


@router.get("/search", summary="Full-text search over sentences")
def search(request: Request, q: Annotated[str, Query(min_length=1, max_length=200)],
           limit: Annotated[int, Query(ge=1, le=200)] = 50) -> dict[str, Any]:
    return {"query": q, "hits": _store(request).search(q, limit=limit).to_dicts()}


@router.get("/graph", summary="Aggregated actor graph: nodes and typed, weighted edges")
def graph(
    request: Request,
    since: Day = None,
    until: Day = None,
    type: Types = None,  # noqa: A002
    negated: bool | None = None,
    level: Literal["country", "actor"] = "country",
    min_events: Annotated[int, Query(ge=1, le=SQL_INT_MAX)] = 1,
    limit: Annotated[int, Query(ge=1, le=5000)] = 400,
) -> dict[str, Any]:
    key = (since, until, tuple(_types(type) or ()), negated, level, min_events, limit)
    return request.app.state.graph_cache.get(
        key, lambda: graph_answer(_store(request), since=since, until=until, types=_types(type), negated=negated,
                                  level=level, min_events=min_events, limit=limit))


def graph_answer(st: Any, *, since: str | None = None, until: str | None = None, types: list[str] | None = None,
                 negated: bool | None = None, level: str = "country", min_events: int = 1,
                 limit: int = 400) -> dict[str, Any]:
    """The graph page's data: the busiest ``limit`` edges and their actors."""
    g = st.graph(since=since, until=until, types=types, negated=negated, level=level, min_events=min_events,
                 limit=limit + 1)
    truncated = len(g.edges) > limit
    if truncated:
        keep = g.edges[:limit]
        used = {e.source for e in keep} | {e.target for e in keep}
        g = Graph(tuple(n for n in g.nodes if n.id in used), keep)
    return graph_json(g, truncated)


@router.get("/articles/{article_id}", summary="An article's text with every coded span")
def article(request: Request, article_id: Annotated[int, Path(ge=0, le=SQL_INT_MAX)]) -> dict[str, Any]:
    st = _store(request)
    a = st.article(article_id)
    if a is None:
        raise HTTPException(404, f"no article {article_id}")
    out = a.to_dict()
    # which of this article's mentions deny their event (the page flags them)
    negated: list[int] = []
    for event_id in sorted({s.event_id for s in a.spans if s.event_id is not None}):
        detail = st.show(event_id)
        if detail is not None:
            negated += [m.id for m in detail.mentions if m.article_id == a.id and m.negated]
    out["negated_mentions"] = negated
    return out


class ExtractRequest(BaseModel):
    """A lone surrogate (\\ud800) in a string, or NaN/Infinity where a string, date or boolean belongs, is a 422."""

    text: str = Field(min_length=1, description="the article text")
    lang: LangCode | None = Field(None, description="language; detected when null")
    published: date | None = Field(None, description="publication date: the base for relative dates")
    title: str | None = Field(None, max_length=500)
    source: str | None = Field(None, max_length=200, description="the outlet")
    url: str | None = Field(None, max_length=2000)
    home: str | None = Field(None, max_length=3, description="the outlet's country (ISO 3166-1 alpha-3, e.g. IDN): "
                             "the last country of a bare \"polisi\" in a text that names no state and no place")
    save: bool = Field(False, description="also store the article and its events in the database "
                                          "(refused with 403 unless the server runs with --allow-save)")

    @field_validator("home")
    @classmethod
    def _home_is_a_state(cls, value: str | None) -> str | None:
        if not value:
            return None
        from warta.knowledge.countries import home_code

        return home_code(value)  # a ValueError is a 422 naming the field


class SentenceAnswer(BaseModel):
    index: int = Field(description="the sentence's number in the article, from 0")
    start: int = Field(description="character offset of its first character in the text")
    end: int
    text: str


class SavedAnswer(BaseModel):
    added: int
    duplicate: bool = Field(description="the same text was already stored")
    article_id: int | None
    events_added: int
    mentions_added: int


class ExtractAnswer(BaseModel):
    doc: str = Field(description="the article id (paste- and a digest of the text)")
    lang: str | None
    sentences: list[SentenceAnswer] = Field(description="each sentence that holds an event, once, in text order")
    events: list[dict[str, Any]] = Field(
        description="the events in the Event JSON of the README, except that `sentence` is the `index` of the "
                    "event's entry in `sentences` (each sentence is sent once, not once per event)")
    saved: SavedAnswer | None = Field(description="what `save` stored; null without `save`")


@router.post("/extract", summary="Extract the events of a pasted article (optionally save it)",
             response_model=ExtractAnswer,
             responses={403: {"description": "`save` asked of a server started without --allow-save"}})
def extract(request: Request, body: ExtractRequest) -> dict[str, Any]:
    from warta.web.paste import extract_and_save

    return extract_and_save(request.app, body)


#: The map aggregates located events in the web layer until the store has a places query.
MAP_SCAN = 200_000


@router.get("/places", summary="Event locations with counts, for the map")
def places(request: Request, since: Day = None, until: Day = None, type: Types = None,  # noqa: A002
           actor: Code = None) -> dict[str, Any]:
    found: dict[tuple[str, str | None], dict[str, Any]] = {}
    scanned = 0
    truncated = False
    for row in _store(request).iter_events(since=since, until=until, type=_types(type), actor=_up(actor)):
        scanned += 1
        if scanned > MAP_SCAN:
            truncated = True
            break
        if row.lat is None or row.lon is None:
            continue
        key = (row.place or "", row.place_country)
        p = found.setdefault(key, {"name": row.place, "country": row.place_country, "lat": row.lat,
                                   "lon": row.lon, "n_events": 0, "event_ids": []})
        p["n_events"] += 1
        if len(p["event_ids"]) < 50:
            p["event_ids"].append(row.id)
    ranked = sorted(found.values(), key=lambda p: (-p["n_events"], p["name"] or ""))
    return {"places": ranked, "truncated": truncated}
