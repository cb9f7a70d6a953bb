"""Read queries over the store: SQL in, frozen result rows out."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator, Sequence

from warta.cluster import PRECISIONS, country_of
from warta.knowledge.codes import actor_label, display_lang
from warta.store.results import (
    ActorRow,
    ArticleView,
    DyadRow,
    EventDetail,
    EventRow,
    Graph,
    GraphEdge,
    GraphNode,
    MentionRow,
    Results,
    SearchHit,
    TextSpan,
    TimelineRow,
)

__all__ = [
    "actor_codes",
    "actors",
    "claimants",
    "article",
    "count_events",
    "find_actor",
    "counts",
    "dyads",
    "events",
    "graph",
    "iter_event_rows",
    "iter_export_rows",
    "mentions_of",
    "search",
    "show",
    "timeline",
]

_EVENT_SELECT = """
SELECT e.id, e.type, e.mode, e.cameo, e.quad, e.goldstein, e.modality,
       sa.code, sa.name, ta.code, ta.name, e.date, coalesce(e.when_text, e.date),
       p.name, nullif(p.country, ''), p.lat, p.lon, e.quantity_value, e.quantity_unit,
       e.n_mentions, e.n_articles, e.n_sources, e.n_asserting, e.n_denying,
       (SELECT url FROM articles WHERE id = e.first_article), e.date_end, e.date_precision,
       (SELECT m.quantity_qualifier FROM mentions m WHERE m.event_id = e.id AND m.quantity_value = e.quantity_value
        AND m.quantity_qualifier IS NOT NULL ORDER BY m.id LIMIT 1)
FROM events e
JOIN actors sa ON sa.id = e.source_id
LEFT JOIN actors ta ON ta.id = e.target_id
LEFT JOIN places p ON p.id = e.place_id
"""


def _event_row(r: Sequence, lang: str | None = None) -> EventRow:
    """An event row with its actors' names in the display language (from knowledge, not the store)."""
    vals = list(r)
    lang = lang or display_lang()
    vals[8] = actor_label(vals[7], lang)
    vals[10] = actor_label(vals[9], lang) if vals[9] else None
    return EventRow(*vals)


def _actor_clause(code: str, column_country: str, column_id: str) -> tuple[str, list]:
    """A country-level code (PRK, IGOUN) matches every actor of that country; PRKMIL only itself."""
    code = code.strip().upper()
    if country_of(code) == code:
        return f"{column_country} = ?", [code]
    return f"{column_id} = (SELECT id FROM actors WHERE code = ?)", [code]


def _where(actor=None, between=None, type=None, since=None, until=None, claimed_by=None, negated=None,
           source=None, target=None, contested=None) -> tuple[str, list]:
    clauses: list[str] = []
    params: list = []
    if actor:
        a1, p1 = _actor_clause(actor, "e.source_country", "e.source_id")
        a2, p2 = _actor_clause(actor, "e.target_country", "e.target_id")
        clauses.append(f"({a1} OR {a2})")
        params += p1 + p2
    if source:
        c, p = _actor_clause(source, "e.source_country", "e.source_id")
        clauses.append(c)
        params += p
    if target:
        c, p = _actor_clause(target, "e.target_country", "e.target_id")
        clauses.append(c)
        params += p
    if between:
        a, b = between
        s1, ps1 = _actor_clause(a, "e.source_country", "e.source_id")
        t1, pt1 = _actor_clause(b, "e.target_country", "e.target_id")
        s2, ps2 = _actor_clause(b, "e.source_country", "e.source_id")
        t2, pt2 = _actor_clause(a, "e.target_country", "e.target_id")
        clauses.append(f"(({s1} AND {t1}) OR ({s2} AND {t2}))")
        params += ps1 + pt1 + ps2 + pt2
    if type:
        types = [type] if isinstance(type, str) else list(type)
        clauses.append(f"e.type IN ({','.join('?' * len(types))})")
        params += [t.upper() for t in types]
    # an event is in [since, until] when its date's span overlaps it: "2024" is in October 2024
    # (shown as 2024, not as a day in January); undated events are in no date window
    if since:
        clauses.append("e.date_end >= ?")
        params.append(str(since))
    if until:
        clauses.append("e.date <= ?")
        params.append(str(until))
    if claimed_by:
        cc, cp = _actor_clause(claimed_by, "a.country", "c.actor_id")
        clauses.append(f"e.id IN (SELECT c.event_id FROM claims c JOIN actors a ON a.id = c.actor_id WHERE {cc})")
        params += cp
    if negated is True:
        clauses.append("e.n_denying > 0")
    elif negated is False:
        clauses.append("e.n_asserting > 0")
    if contested is True:
        clauses.append("e.n_asserting > 0 AND e.n_denying > 0")
    elif contested is False:
        clauses.append("NOT (e.n_asserting > 0 AND e.n_denying > 0)")
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _events_between(conn: sqlite3.Connection, limit: int, offset: int, order: str, filters: dict) -> Results[EventRow]:
    """``between`` as two directed index walks, each stopping after ``offset + limit`` rows."""
    a, b = filters["between"]
    rest = {k: v for k, v in filters.items() if k not in ("between", "source", "target")}
    desc = " DESC" if order == "-date" else ""
    k = int(limit) + int(offset)
    parts, params = [], []
    for src, tgt in ((a, b), (b, a)) if a.strip().upper() != b.strip().upper() else ((a, b),):
        where, p = _where(source=src, target=tgt, **rest)
        parts.append(f"SELECT * FROM ({_EVENT_SELECT}{where} ORDER BY e.date{desc}, e.id{desc} LIMIT ?)")
        params += p + [k]
    # columns 12 and 1 of _EVENT_SELECT are e.date and e.id
    sql = " UNION ".join(parts) + f" ORDER BY 12{desc}, 1{desc} LIMIT ? OFFSET ?"
    lang = display_lang()
    return Results(_event_row(r, lang) for r in conn.execute(sql, params + [int(limit), int(offset)]))


def events(conn: sqlite3.Connection, *, limit: int | None = 100, offset: int = 0, order: str = "date",
           **filters) -> Results[EventRow]:
    if (filters.get("between") and limit is not None and order in ("date", "-date")
            and not filters.get("source") and not filters.get("target")):
        return _events_between(conn, limit, offset, order, filters)
    where, params = _where(**filters)
    orders = {"date": "e.date, e.id", "-date": "e.date DESC, e.id DESC", "mentions": "e.n_mentions DESC, e.id",
              "id": "e.id"}
    sql = f"{_EVENT_SELECT}{where} ORDER BY {orders[order]}"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params = params + [int(limit), int(offset)]
    lang = display_lang()
    return Results(_event_row(r, lang) for r in conn.execute(sql, params))


def iter_event_rows(conn: sqlite3.Connection, **filters) -> Iterator[EventRow]:
    where, params = _where(**filters)
    lang = display_lang()
    for r in conn.execute(f"{_EVENT_SELECT}{where} ORDER BY e.id", params):
        yield _event_row(r, lang)


def actors(conn: sqlite3.Connection, *, limit: int | None = 50, offset: int = 0) -> Results[ActorRow]:
    sql = """
    SELECT a.code, a.name, a.country, a.n_events, a.n_mentions,
           (SELECT group_concat(alias, '\x1f') FROM
               (SELECT alias FROM actor_aliases WHERE actor_id = a.id ORDER BY n DESC, alias))
    FROM actors a ORDER BY a.n_mentions DESC, a.code"""
    params: list = []
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params = [int(limit), int(offset)]
    lang = display_lang()
    return Results(
        ActorRow(code, actor_label(code, lang), country, n_ev, n_m, tuple(aliases.split("\x1f")) if aliases else ())
        for code, _name, country, n_ev, n_m, aliases in conn.execute(sql, params)
    )


def timeline(conn: sqlite3.Connection, *, between=None, actor=None, by: str = "month", type=None,
             since=None, until=None) -> Results[TimelineRow]:
    """Events per period and type for a dyad (both directions) or one actor."""
    if by not in ("month", "week", "day", "year"):
        raise ValueError(f"by must be month, week, day or year, not {by!r}")
    if (between and by in ("month", "year") and since is None and until is None
            and all(country_of(c) == c.strip().upper() for c in between)):
        return _timeline_from_aggregate(conn, between, by, type)
    fine = {"month": "substr(e.date, 1, 7)", "year": "substr(e.date, 1, 4)", "day": "e.date",
            "week": "strftime('%Y-W%W', e.date)"}[by]
    # an event dated less precisely than the period is counted under its own date ("2024", "2024-10"),
    # never in the first period it could be in
    coarser = PRECISIONS[PRECISIONS.index(by) + 1:]
    period = (f"CASE WHEN e.date_precision IN ({','.join(repr(p) for p in coarser)}) THEN e.when_text"
              f" ELSE {fine} END") if coarser else fine
    where, params = _where(actor=actor, between=between, type=type, since=since, until=until)
    where = (where + " AND" if where else " WHERE") + " e.date IS NOT NULL"
    sql = (f"SELECT {period} AS period, e.type, count(*), sum(e.n_mentions), sum(e.n_denying > 0)"
           f" FROM events e{where} GROUP BY period, e.type ORDER BY period, e.type")
    return Results(TimelineRow(*r) for r in conn.execute(sql, params))


def _timeline_from_aggregate(conn: sqlite3.Connection, between, by: str, type) -> Results[TimelineRow]:
    """A country-level dyad timeline by month or year, read from the month aggregate."""
    a, b = (c.strip().upper() for c in between)
    period = "g.month" if by == "month" else "substr(g.month, 1, 4)"
    params: list = [a, b, b, a]
    type_clause = ""
    if type:
        types = [type] if isinstance(type, str) else list(type)
        type_clause = f" AND g.type IN ({','.join('?' * len(types))})"
        params += [t.upper() for t in types]
    sql = (f"SELECT {period} AS period, g.type, sum(g.n_events), sum(g.n_mentions), sum(g.n_denied)"
           f" FROM edge_month g WHERE ((g.source_country = ? AND g.target_country = ?)"
           f" OR (g.source_country = ? AND g.target_country = ?)) AND g.month <> ''{type_clause}"
           f" GROUP BY period, g.type HAVING sum(g.n_events) > 0 ORDER BY period, g.type")
    return Results(TimelineRow(*r) for r in conn.execute(sql, params))


def _word_forms(word: str) -> list[str]:
    """``word`` and the forms our morphology makes of it as a root in each language we read
    ("bantah" → membantah, dibantah, bantahan …; "deny" → denies, denied, denying)."""
    import importlib

    from warta.langid import supported_languages

    forms = {word}
    for lang in supported_languages():
        try:
            morph = importlib.import_module(f"warta.lang.{lang}.morphology")
            forms.update(morph.surface_forms(word.lower()))
        except (ImportError, AttributeError, ValueError, IndexError):
            continue
    return sorted(forms)


def _fts_query(text: str, forms: bool = True) -> str:
    """Every word must occur, in any of its forms: ``("bantah" OR "membantah" …) AND (…)``."""
    words = re.findall(r"\w+", text, flags=re.UNICODE)
    groups = []
    for w in words:
        alts = _word_forms(w) if forms else [w]
        groups.append("(" + " OR ".join(f'"{f}"' for f in alts) + ")")
    return " AND ".join(groups)


def search(conn: sqlite3.Connection, query: str, *, limit: int = 50, raw: bool = False,
           forms: bool = True) -> Results[SearchHit]:
    """Full-text search over article titles and sentences: every word must occur, in any form our
    morphology makes of it (``forms=False``: as typed; ``raw=True`` passes FTS5 syntax through).
    Title hits come first."""
    q = query if raw else _fts_query(query, forms)
    if not q:
        return Results(())
    titles = conn.execute("""
    SELECT a.id, a.doc, a.title, a.url, a.published, NULL, a.title,
           highlight(titles_fts, 0, '[', ']'), a.n_events, 'title'
    FROM titles_fts JOIN articles a ON a.id = titles_fts.rowid
    WHERE titles_fts MATCH ? ORDER BY rank LIMIT ?""", (q, int(limit))).fetchall()
    sentences = conn.execute("""
    SELECT a.id, a.doc, a.title, a.url, a.published, s.id, s.text,
           snippet(sentences_fts, 0, '[', ']', '…', 16), a.n_events, 'sentence'
    FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid JOIN articles a ON a.id = s.article_id
    WHERE sentences_fts MATCH ? ORDER BY rank LIMIT ?""", (q, int(limit))).fetchall()
    return Results(SearchHit(*r) for r in (titles + sentences)[: int(limit)])


_MENTION_SELECT = """
SELECT m.id, m.event_id, m.article_id, a.doc, a.title, a.url, m.outlet, a.published,
       s.text, s.start, s.end, m.trigger_text, m.trigger_start, m.trigger_end,
       sa.code, m.source_text, ta.code, m.target_text, m.negated, m.modality,
       ca.code, c.text, CASE WHEN m.negated THEN 'denies' ELSE 'asserts' END, m.when_text, p.name,
       m.quantity_value, m.quantity_unit, m.quantity_text, m.json
FROM mentions m
JOIN articles a ON a.id = m.article_id
JOIN sentences s ON s.id = m.sentence_id
JOIN actors sa ON sa.id = m.source_id
LEFT JOIN actors ta ON ta.id = m.target_id
LEFT JOIN claims c ON c.mention_id = m.id
LEFT JOIN actors ca ON ca.id = c.actor_id
LEFT JOIN places p ON p.id = m.place_id
"""


def _mention_row(r: Sequence) -> MentionRow:
    vals = list(r)
    lexicon = tuple(json.loads(vals.pop()).get("lexicon", ()))
    vals[18] = bool(vals[18])
    return MentionRow(*vals, lexicon)


def mentions_of(conn: sqlite3.Connection, event_id: int) -> Results[MentionRow]:
    rows = conn.execute(f"{_MENTION_SELECT} WHERE m.event_id = ? ORDER BY a.published, m.id", (event_id,))
    return Results(_mention_row(r) for r in rows)


def show(conn: sqlite3.Connection, event_id: int) -> EventDetail | None:
    row = conn.execute(f"{_EVENT_SELECT} WHERE e.id = ?", (int(event_id),)).fetchone()
    if row is None:
        return None
    ms = mentions_of(conn, event_id)
    asserted = sorted({m.claimed_by or m.outlet for m in ms if not m.negated})
    denied = sorted({m.claimed_by or m.outlet for m in ms if m.negated})
    return EventDetail(_event_row(row), tuple(ms), tuple(asserted), tuple(denied))


def graph(conn: sqlite3.Connection, *, since=None, until=None, types=None, negated=None,
          level: str = "actor", min_events: int = 1, limit: int | None = None) -> Graph:
    """Actor graph from the month aggregate: one edge per (source, target, type).

    ``since``/``until`` are compared at month precision (``2024-08`` or ``2024-08-15``).
    ``negated``: None counts every event, True those someone denies, False those someone asserts.
    ``level="country"`` merges PRKMIL, PRKGOV … into PRK.
    """
    weight = {None: "g.n_events", True: "g.n_denied", False: "g.n_asserted"}[negated]
    clauses, params = _month_window("g.", since, until)
    if types:
        types = [types] if isinstance(types, str) else list(types)
        clauses.append(f"g.type IN ({','.join('?' * len(types))})")
        params += [t.upper() for t in types]
    if level == "country":
        src, tgt, join = "g.source_country", "g.target_country", ""
    elif level == "actor":
        src, tgt = "sa.code", "ta.code"
        join = " JOIN actors sa ON sa.id = g.source_id JOIN actors ta ON ta.id = g.target_id"
    else:
        raise ValueError("level must be 'actor' or 'country'")
    # without dates the all-time aggregate answers (one row per actor pair and type, not per month)
    table = "edge_month" if since or until else "edge_total"
    sql = (f"SELECT {src}, {tgt}, g.type, min(g.quad), sum({weight}), sum(g.n_mentions), sum(g.n_denied),"
           f" sum(g.goldstein_sum), sum(g.n_events) FROM {table} g{join} WHERE {' AND '.join(clauses)}"
           f" GROUP BY 1, 2, 3 HAVING sum({weight}) >= ? ORDER BY 5 DESC, 1, 2, 3")
    params.append(max(1, int(min_events)))
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    edges = []
    for s, t, typ, quad, w, n_m, n_d, gsum, n_all in conn.execute(sql, params):
        edges.append(GraphEdge(s, t, typ, quad, int(w), int(n_m), int(n_d), round(gsum / n_all, 3) if n_all else 0.0))
    codes = sorted({e.source for e in edges} | {e.target for e in edges})
    stats: dict[str, list[int]] = {c: [0, 0] for c in codes}
    for e in edges:
        for c in (e.source, e.target):
            stats[c][0] += e.n_events
            stats[c][1] += e.n_mentions
    lang = display_lang()
    names = {c: actor_label(c, lang) for c in codes}
    nodes = tuple(GraphNode(c, names.get(c) or c, country_of(c), stats[c][0], stats[c][1]) for c in codes)
    return Graph(nodes, tuple(edges))


def article(conn: sqlite3.Connection, article_id: int) -> ArticleView | None:
    row = conn.execute(
        "SELECT id, doc, title, url, source, lang, published, text, home FROM articles WHERE id = ?", (int(article_id),)
    ).fetchone()
    if row is None:
        return None
    spans: list[TextSpan] = []
    for _sid, start, end in conn.execute(
        "SELECT id, start, end FROM sentences WHERE article_id = ? ORDER BY start, end", (row[0],)
    ):
        spans.append(TextSpan("sentence", start, end, "", None, None))
    for m in conn.execute(f"{_MENTION_SELECT} WHERE m.article_id = ? ORDER BY m.id", (row[0],)):
        mr = _mention_row(m)
        d = json.loads(m[-1])
        spans.append(TextSpan("trigger", mr.trigger_start, mr.trigger_end, d["type"], mr.event_id, mr.id))
        spans.append(TextSpan("source", d["source"]["start"], d["source"]["end"], mr.source, mr.event_id, mr.id))
        if d.get("target"):
            spans.append(TextSpan("target", d["target"]["start"], d["target"]["end"], mr.target or "",
                                  mr.event_id, mr.id))
        if d.get("claimed_by"):
            c = d["claimed_by"]
            spans.append(TextSpan("claim", c["start"], c["end"], c["code"], mr.event_id, mr.id))
    spans.sort(key=lambda s: (s.start, -s.end, s.kind))
    return ArticleView(*row[:8], tuple(spans), row[8])


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    out = {}
    for table in ("articles", "sentences", "actors", "places", "events", "mentions", "claims"):
        out[table] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    out["undated"] = conn.execute("SELECT count(*) FROM events WHERE date IS NULL").fetchone()[0]
    return out


def count_events(conn: sqlite3.Connection, **filters) -> tuple[int, int]:
    """(matching events, how many of them are undated) for the filters of :func:`events`."""
    where, params = _where(**filters)
    row = conn.execute(f"SELECT count(*), coalesce(sum(e.date IS NULL), 0) FROM events e{where}", params).fetchone()
    return int(row[0]), int(row[1])


def iter_export_rows(conn: sqlite3.Connection, **filters) -> Iterator[tuple[EventRow, dict]]:
    """Every matching event with what exports need beyond :class:`EventRow`.

    The extras: ``added_at`` (ingest time of the first article), ``is_root`` (some mention is
    in an article's first sentence), ``sentence``/``trigger``/``source_text``/``target_text``/
    ``doc``/``outlet`` of the first mention, and the ``asserted_by``/``denied_by`` claimants.
    """
    where, params = _where(**filters)
    cols = _EVENT_SELECT.strip()[len("SELECT"):].split("\nFROM events e")[0]
    sql = f"""
    SELECT {cols},
        (SELECT ingested_at FROM articles WHERE id = e.first_article),
        EXISTS (SELECT 1 FROM mentions mm JOIN sentences ss ON ss.id = mm.sentence_id
                WHERE mm.event_id = e.id AND ss.idx = 0),
        s0.text, m0.trigger_text, m0.source_text, m0.target_text, a0.doc, m0.outlet,
        (SELECT group_concat(code, ' ') FROM (SELECT DISTINCT ca.code FROM claims c JOIN actors ca
            ON ca.id = c.actor_id WHERE c.event_id = e.id AND c.stance = 'asserts' ORDER BY ca.code)),
        (SELECT group_concat(code, ' ') FROM (SELECT DISTINCT ca.code FROM claims c JOIN actors ca
            ON ca.id = c.actor_id WHERE c.event_id = e.id AND c.stance = 'denies' ORDER BY ca.code))
    FROM events e
    JOIN actors sa ON sa.id = e.source_id
    LEFT JOIN actors ta ON ta.id = e.target_id
    LEFT JOIN places p ON p.id = e.place_id
    LEFT JOIN mentions m0 ON m0.id = (SELECT min(id) FROM mentions WHERE event_id = e.id)
    LEFT JOIN sentences s0 ON s0.id = m0.sentence_id
    LEFT JOIN articles a0 ON a0.id = m0.article_id
    {where} ORDER BY e.id"""
    n = len(EventRow.__slots__)
    lang = display_lang()
    keys = ("added_at", "is_root", "sentence", "trigger", "source_text", "target_text", "doc", "outlet")
    for r in conn.execute(sql, params):
        extra = dict(zip(keys, r[n : n + len(keys)], strict=True))
        extra["is_root"] = bool(extra["is_root"])
        extra["asserted_by"] = tuple((r[-2] or "").split())
        extra["denied_by"] = tuple((r[-1] or "").split())
        yield _event_row(r[:n], lang), extra


def _month_window(alias: str, since, until) -> tuple[list[str], list]:
    """WHERE clauses of the edge aggregates: edges with a target, months within since/until."""
    clauses, params = [f"{alias}target_id <> 0"], []
    if since:  # a year-only event's key is its year ('2024'): in the window when the year overlaps it
        clauses.append(f"({alias}month >= ? OR (length({alias}month) = 4 AND {alias}month >= ?))")
        params += [str(since)[:7], str(since)[:4]]
    if until:
        clauses.append(f"{alias}month <= ?")
        params.append(str(until)[:7])
    if since or until:  # undated events ('') are in no date window
        clauses.append(f"{alias}month <> ''")
    return clauses, params


def dyads(conn: sqlite3.Connection, *, limit: int | None = 10, since=None, until=None) -> Results[DyadRow]:
    """Country-level directed pairs ranked by events (from the month aggregate)."""
    clauses, params = _month_window("", since, until)
    sql = (f"SELECT source_country, target_country, sum(n_events), sum(n_mentions), sum(n_denied),"
           f" group_concat(DISTINCT type) FROM edge_month WHERE {' AND '.join(clauses)}"
           f" GROUP BY 1, 2 ORDER BY 3 DESC, 4 DESC, 1, 2")
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return Results(DyadRow(s, t, n, m, d, tuple(sorted((types or "").split(","))))
                   for s, t, n, m, d, types in conn.execute(sql, params))


def find_actor(conn: sqlite3.Connection, text: str) -> str | None:
    """The stored actor a user means by ``text``: its code (``prk``), its canonical name in a display
    language ("north korea", "Korea Utara") or an alias seen in the texts ("Pyongyang").  Where a
    name or alias fits several actors, the country-level one (or else the most mentioned) wins."""
    from warta.knowledge.codes import DISPLAY_LANGS

    wanted = " ".join(text.split()).casefold()
    if not wanted:
        return None
    rows = conn.execute("SELECT code, n_mentions FROM actors").fetchall()
    codes = {code: n for code, n in rows}
    if wanted.upper() in codes or any(country_of(c) == wanted.upper() for c in codes):
        return wanted.upper()  # a stored code, or a state whose parts are stored (PRK for PRKMIL)

    def best(found: list[str]) -> str | None:
        if not found:
            return None
        return min(found, key=lambda c: (country_of(c) != c, -codes.get(c, 0), c))

    named = [c for c in codes if any(actor_label(c, lang).casefold() == wanted for lang in DISPLAY_LANGS)]
    if named:
        return best(named)
    aliased = [r[0] for r in conn.execute(
        "SELECT DISTINCT a.code FROM actor_aliases x JOIN actors a ON a.id = x.actor_id WHERE x.alias = ? COLLATE NOCASE",
        (" ".join(text.split()),))]
    return best(aliased)


def actor_codes(conn: sqlite3.Connection) -> list[str]:
    """Every stored actor code, most mentioned first."""
    return [r[0] for r in conn.execute("SELECT code FROM actors ORDER BY n_mentions DESC, code")]


def claimants(conn: sqlite3.Connection, event_ids: Sequence[int]) -> dict[int, list[str]]:
    """Per event, the codes of the actors its mentions are claimed by (asserting or denying)."""
    out: dict[int, list[str]] = {}
    ids = [int(i) for i in event_ids]
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        for eid, code in conn.execute(
            f"SELECT DISTINCT c.event_id, a.code FROM claims c JOIN actors a ON a.id = c.actor_id"
            f" WHERE c.event_id IN ({','.join('?' * len(chunk))}) ORDER BY c.event_id, a.code", chunk):
            out.setdefault(eid, []).append(code)
    return out
