"""Writing prepared articles and their events into the store, one atomic batch at a time.

Only the ingesting process writes.  A batch is one ``BEGIN IMMEDIATE … COMMIT``: an
article, its sentences (and their full-text index), its mentions, the events they
join or create, their claims and the aggregates are either all there or none is, so
a kill at any moment leaves a store that a rerun completes exactly.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

from warta.cluster import (
    Candidate,
    ClusterKey,
    MentionFacts,
    best_candidate,
    country_of,
    date_range,
    precision_of,
    precision_rank,
)
from warta.knowledge.codes import actor_label
from warta.knowledge.goldstein import goldstein
from warta.model import Article, Event
from warta.store.names import names_actor

__all__ = ["BatchResult", "Prepared", "Writer", "content_hash", "normalise_url", "outlet_of"]


def content_hash(text: str) -> str:
    """sha1 of the text after NFKC, case folding and whitespace collapsing."""
    norm = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()


def normalise_url(url: str | None) -> str | None:
    if not url or not url.strip():
        return None
    parts = urlsplit(url.strip())
    if not parts.scheme or not parts.netloc:
        return url.strip()
    path = parts.path.rstrip("/") or "/"
    query = f"?{parts.query}" if parts.query else ""
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}{path}{query}"


def outlet_of(article: Article) -> str:
    """The distinct-source key of an article: its outlet, else its URL host, else itself."""
    if article.source and article.source.strip():
        return article.source.strip().casefold()
    if article.url:
        host = urlsplit(article.url).netloc.lower()
        if host:
            return host.removeprefix("www.")
    return f"doc:{article.id}"


@dataclass(frozen=True, slots=True)
class Prepared:
    """An article read, language-tagged, segmented and extracted, ready to be written."""

    article: Article
    origin: str
    sentences: tuple[tuple[int, int, int, str], ...]
    events: tuple[Event, ...]
    hash: str = ""

    def key(self) -> str:
        return self.hash or content_hash(self.article.text)


@dataclass(slots=True)
class BatchResult:
    added: int = 0
    duplicates: int = 0
    events_added: int = 0
    mentions_added: int = 0
    added_ids: list[int] = field(default_factory=list)


# The month aggregate's key of an event: its month, its year when only the year is known, '' undated.
MONTH_KEY = ("CASE WHEN date IS NULL THEN '' WHEN date_precision = 'year' THEN substr(date, 1, 4)"
             " ELSE substr(date, 1, 7) END")


def _dating(when: str | None, m: MentionFacts) -> tuple[str | None, str | None, str | None]:
    """(first day, last day, precision) of a mention's own date: its ``when``, else its article's day."""
    precision = precision_of(when)
    if precision is not None:
        lo, hi = date_range(when, None)
        return lo, hi, precision
    return m.date_lo, m.date_lo, ("day" if m.date_lo else None)


def _shift(day: str | None, days: int) -> str | None:
    if day is None:
        return None
    return (datetime.fromisoformat(day) + timedelta(days=days)).date().isoformat()


class Writer:
    """Writes batches through one connection (caches are dropped when a batch fails)."""

    def __init__(self, conn: sqlite3.Connection, window_days: int = 7) -> None:
        self.conn = conn
        self.window = window_days
        self._actors: dict[str, int] = {}
        self._places: dict[tuple[str, str], int] = {}

    # -- idempotency -----------------------------------------------------
    def known(self, hashes: Iterable[str], urls: Iterable[str | None]) -> tuple[set[str], set[str]]:
        """Which of these content hashes and URLs are already stored."""
        hs, us = list(set(hashes)), [u for u in {normalise_url(u) for u in urls} if u]
        found_h: set[str] = set()
        found_u: set[str] = set()
        for i in range(0, len(hs), 500):
            chunk = hs[i : i + 500]
            q = f"SELECT content_hash FROM articles WHERE content_hash IN ({','.join('?' * len(chunk))})"
            found_h.update(r[0] for r in self.conn.execute(q, chunk))
        for i in range(0, len(us), 500):
            chunk = us[i : i + 500]
            q = f"SELECT url FROM articles WHERE url IN ({','.join('?' * len(chunk))})"
            found_u.update(r[0] for r in self.conn.execute(q, chunk))
        return found_h, found_u

    # -- batches ---------------------------------------------------------
    def write_batch(self, items: Iterable[Prepared], before_commit=None) -> BatchResult:
        """Write ``items`` in one transaction (``before_commit()``, if given, runs just before COMMIT)."""
        result = BatchResult()
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            for item in items:
                self._write_one(item, result)
            if before_commit is not None:
                before_commit()
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            self._actors.clear()
            self._places.clear()
            raise
        return result

    def _write_one(self, item: Prepared, result: BatchResult) -> None:
        conn = self.conn
        a = item.article
        h = item.key()
        url = normalise_url(a.url)
        dup = conn.execute(
            "SELECT 1 FROM articles WHERE content_hash = ? OR (? IS NOT NULL AND url = ?)", (h, url, url)
        ).fetchone()
        if dup:
            result.duplicates += 1
            return
        published = a.published.isoformat() if a.published else None
        outlet = outlet_of(a)
        cur = conn.execute(
            "INSERT INTO articles (doc, content_hash, url, title, source, lang, published, origin, text,"
            " n_events, ingested_at, home) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (a.id, h, url, a.title, a.source or (outlet if a.url else None), a.lang, published, item.origin,
             a.text, len(item.events), datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S"), a.home),
        )
        article_id = cur.lastrowid
        if a.title:
            conn.execute("INSERT INTO titles_fts (rowid, title) VALUES (?, ?)", (article_id, a.title))
        result.added += 1
        result.added_ids.append(article_id)
        for idx, start, end, text in item.sentences:
            self._sentence(article_id, idx, start, end, text)
        seen: set[tuple] = set()
        for ev in item.events:
            # two triggers of one sentence coding the same act ("memberikan bantuan mematikan") are one mention
            key = (ev.sentence.start, ev.type, ev.source.code, ev.target.code if ev.target else None,
                   ev.negated, ev.modality)
            if key in seen:
                continue
            seen.add(key)
            self._mention(article_id, published, outlet, ev, result)

    def _sentence(self, article_id: int, idx: int, start: int, end: int, text: str) -> int:
        row = self.conn.execute(
            "SELECT id FROM sentences WHERE article_id = ? AND start = ? AND end = ?", (article_id, start, end)
        ).fetchone()
        if row:
            return row[0]
        sid = self.conn.execute(
            "INSERT INTO sentences (article_id, idx, start, end, text) VALUES (?,?,?,?,?)",
            (article_id, idx, start, end, text),
        ).lastrowid
        self.conn.execute("INSERT INTO sentences_fts (rowid, text) VALUES (?, ?)", (sid, text))
        return sid

    def _actor(self, code: str, alias: str | None) -> int:
        code = code.upper()
        name = actor_label(code)
        aid = self._actors.get(code)
        if aid is None:
            row = self.conn.execute("SELECT id FROM actors WHERE code = ?", (code,)).fetchone()
            if row:
                aid = row[0]
            else:
                aid = self.conn.execute(
                    "INSERT INTO actors (code, name, country) VALUES (?,?,?)", (code, name or "", country_of(code))
                ).lastrowid
            self._actors[code] = aid
        self.conn.execute("UPDATE actors SET n_mentions = n_mentions + 1 WHERE id = ?", (aid,))
        if alias and alias.strip() and names_actor(code, alias):
            self.conn.execute(
                "INSERT INTO actor_aliases (actor_id, alias, n) VALUES (?, ?, 1)"
                " ON CONFLICT (actor_id, alias) DO UPDATE SET n = n + 1",
                (aid, " ".join(alias.split())),
            )
        return aid

    def _place(self, name: str, country: str | None, lat: float | None, lon: float | None) -> int:
        key = (name, country or "")
        pid = self._places.get(key)
        if pid is None:
            row = self.conn.execute("SELECT id FROM places WHERE name = ? AND country = ?", key).fetchone()
            if row:
                pid = row[0]
            else:
                pid = self.conn.execute(
                    "INSERT INTO places (name, country, lat, lon) VALUES (?,?,?,?)", (*key, lat, lon)
                ).lastrowid
            self._places[key] = pid
        return pid

    def _mention(self, article_id: int, published: str | None, outlet: str, ev: Event, result: BatchResult) -> None:
        conn = self.conn
        src_id = self._actor(ev.source.code, ev.source.text)
        tgt_id = self._actor(ev.target.code, ev.target.text) if ev.target else None
        claim_id = self._actor(ev.claimed_by.code, ev.claimed_by.text) if ev.claimed_by else None
        place_id = None
        if ev.location:
            loc = ev.location
            place_id = self._place(loc.name, loc.country, loc.lat, loc.lon)
        s = ev.sentence
        sentence_id = self._sentence(article_id, s.index, s.start, s.end, s.text)
        lo, hi = date_range(ev.when, published)
        q = ev.quantity
        q_value = float(q.value) if q is not None and q.value is not None else None
        facts = MentionFacts(
            key=ClusterKey(ev.type, ev.modality, country_of(ev.source.code),
                           country_of(ev.target.code) if ev.target else ""),
            date_lo=lo, date_hi=hi,
            place_country=(ev.location.country or ev.location.name) if ev.location else None,
            quantity_value=q_value, quantity_unit=q.unit if q else None,
        )
        event_id, new = self._cluster(facts, ev, src_id, tgt_id, place_id, article_id)
        mid = conn.execute(
            "INSERT INTO mentions (event_id, article_id, sentence_id, source_id, source_text, source_start,"
            " source_end, target_id, target_text, target_start, target_end, negated, modality, when_text,"
            " date_lo, date_hi, place_id, place_text, quantity_value, quantity_unit, quantity_qualifier,"
            " quantity_text, trigger_text, trigger_start, trigger_end, outlet, json)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (event_id, article_id, sentence_id, src_id, ev.source.text, ev.source.start, ev.source.end,
             tgt_id, ev.target.text if ev.target else None, ev.target.start if ev.target else None,
             ev.target.end if ev.target else None, int(ev.negated), ev.modality, ev.when, lo, hi, place_id,
             ev.location.text if ev.location else None, q_value, q.unit if q else None,
             q.qualifier if q else None, q.text if q else None, ev.trigger.text, ev.trigger.start,
             ev.trigger.end, outlet, json.dumps(ev.to_dict(), ensure_ascii=False)),
        ).lastrowid
        result.mentions_added += 1
        result.events_added += new
        if ev.claimed_by and claim_id is not None:
            c = ev.claimed_by
            conn.execute(
                "INSERT INTO claims (mention_id, event_id, actor_id, stance, text, start, end)"
                " VALUES (?,?,?,?,?,?,?)",
                (mid, event_id, claim_id, "denies" if ev.negated else "asserts", c.text, c.start, c.end),
            )
        self._count(event_id, article_id, outlet, ev.negated, mid, new)

    def _cluster(self, m: MentionFacts, ev: Event, src_id: int, tgt_id: int | None,
                 place_id: int | None, article_id: int) -> tuple[int, bool]:
        conn = self.conn
        k = m.key
        if m.date_lo is None:
            rows = conn.execute(
                "SELECT e.id, e.date, e.date_lo, e.date_hi, coalesce(nullif(p.country, ''), p.name),"
                " e.quantity_value, e.quantity_unit, e.n_mentions FROM events e LEFT JOIN places p"
                " ON p.id = e.place_id WHERE e.type = ? AND e.source_country = ? AND e.target_country = ?"
                " AND e.modality = ? AND e.date_lo IS NULL",
                (k.type, k.source_country, k.target_country, k.modality),
            ).fetchall()
        else:
            rows = conn.execute(
                "SELECT e.id, e.date, e.date_lo, e.date_hi, coalesce(nullif(p.country, ''), p.name),"
                " e.quantity_value, e.quantity_unit, e.n_mentions FROM events e LEFT JOIN places p"
                " ON p.id = e.place_id WHERE e.type = ? AND e.source_country = ? AND e.target_country = ?"
                " AND e.modality = ? AND e.date_lo <= ? AND e.date_hi >= ?",
                (k.type, k.source_country, k.target_country, k.modality,
                 _shift(m.date_hi, self.window), _shift(m.date_lo, -self.window)),
            ).fetchall()
        best = best_candidate([Candidate(*r) for r in rows], m, self.window)
        day, day_end, precision = _dating(ev.when, m)
        if best is not None:
            self._refine_date(best.id, ev.when, day, day_end, precision)
            conn.execute(
                "UPDATE events SET date_lo = min(date_lo, ?), date_hi = max(date_hi, ?),"
                " place_id = coalesce(place_id, ?), quantity_value = coalesce(quantity_value, ?),"
                " quantity_unit = CASE WHEN quantity_value IS NULL THEN ? ELSE quantity_unit END,"
                " mode = coalesce(mode, ?) WHERE id = ?",
                (m.date_lo, m.date_hi, place_id, m.quantity_value, m.quantity_unit, ev.mode, best.id),
            )
            return best.id, False
        event_id = conn.execute(
            "INSERT INTO events (type, mode, cameo, quad, goldstein, modality, source_id, target_id,"
            " source_country, target_country, date, when_text, date_lo, date_hi, date_end, date_precision,"
            " place_id, quantity_value, quantity_unit, first_article) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (ev.type, ev.mode, ev.cameo, ev.quad, goldstein(ev.cameo), ev.modality, src_id, tgt_id,
             k.source_country, k.target_country, day, ev.when if precision_of(ev.when) else None, m.date_lo,
             m.date_hi, day_end, precision, place_id, m.quantity_value, m.quantity_unit, article_id),
        ).lastrowid
        conn.execute("UPDATE actors SET n_events = n_events + 1 WHERE id = ?", (src_id,))
        if tgt_id is not None:
            conn.execute("UPDATE actors SET n_events = n_events + 1 WHERE id = ?", (tgt_id,))
        return event_id, True

    def _refine_date(self, event_id: int, when: str | None, day: str | None, day_end: str | None,
                     precision: str | None) -> None:
        """A joining mention more precise than its event gives the event its date (a day report
        refines a month report); the event's share of the month aggregate moves with it."""
        conn = self.conn
        old_when, old_day = conn.execute("SELECT when_text, date FROM events WHERE id = ?", (event_id,)).fetchone()
        if precision_rank(when, day) >= precision_rank(old_when, old_day):
            return
        old_month = conn.execute(f"SELECT {MONTH_KEY} FROM events WHERE id = ?", (event_id,)).fetchone()[0]
        conn.execute("UPDATE events SET date = ?, when_text = ?, date_end = ?, date_precision = ? WHERE id = ?",
                     (day, when if precision_of(when) else None, day_end, precision, event_id))
        row = conn.execute(
            f"SELECT {MONTH_KEY}, source_id, coalesce(target_id, 0), source_country, target_country, type, quad,"
            " n_mentions, n_asserting > 0, n_denying > 0, coalesce(goldstein, 0) FROM events WHERE id = ?",
            (event_id,)).fetchone()
        new_month, src, tgt, s_c, t_c, typ, quad, n_m, n_a, n_d, g = row
        if new_month == old_month:
            return
        key = (src, tgt, typ)
        conn.execute(
            "UPDATE edge_month SET n_events = n_events - 1, n_mentions = n_mentions - ?, n_asserted = n_asserted - ?,"
            " n_denied = n_denied - ?, goldstein_sum = goldstein_sum - ?"
            " WHERE month = ? AND source_id = ? AND target_id = ? AND type = ?", (n_m, n_a, n_d, g, old_month, *key))
        conn.execute("DELETE FROM edge_month WHERE month = ? AND source_id = ? AND target_id = ? AND type = ?"
                     " AND n_events <= 0 AND n_mentions <= 0", (old_month, *key))
        conn.execute(
            "INSERT INTO edge_month (month, source_id, target_id, source_country, target_country, type, quad,"
            " n_events, n_mentions, n_asserted, n_denied, goldstein_sum) VALUES (?,?,?,?,?,?,?,1,?,?,?,?)"
            " ON CONFLICT (month, source_id, target_id, type) DO UPDATE SET"
            " n_events = n_events + 1, n_mentions = n_mentions + excluded.n_mentions,"
            " n_asserted = n_asserted + excluded.n_asserted, n_denied = n_denied + excluded.n_denied,"
            " goldstein_sum = goldstein_sum + excluded.goldstein_sum",
            (new_month, src, tgt, s_c, t_c, typ, quad, n_m, n_a, n_d, g))

    def _count(self, event_id: int, article_id: int, outlet: str, negated: bool, mid: int, new: bool) -> None:
        conn = self.conn
        seen_article = conn.execute(
            "SELECT 1 FROM mentions WHERE event_id = ? AND article_id = ? AND id <> ? LIMIT 1",
            (event_id, article_id, mid),
        ).fetchone()
        seen_outlet = conn.execute(
            "SELECT 1 FROM mentions WHERE event_id = ? AND outlet = ? AND id <> ? LIMIT 1", (event_id, outlet, mid)
        ).fetchone()
        before = conn.execute("SELECT n_asserting, n_denying FROM events WHERE id = ?", (event_id,)).fetchone()
        conn.execute(
            "UPDATE events SET n_mentions = n_mentions + 1, n_articles = n_articles + ?, n_sources = n_sources + ?,"
            " n_asserting = n_asserting + ?, n_denying = n_denying + ? WHERE id = ?",
            (0 if seen_article else 1, 0 if seen_outlet else 1, 0 if negated else 1, 1 if negated else 0, event_id),
        )
        newly_asserted = int(not negated and before[0] == 0)
        newly_denied = int(negated and before[1] == 0)
        conn.execute(
            "INSERT INTO edge_month (month, source_id, target_id, source_country, target_country, type, quad,"
            " n_events, n_mentions, n_asserted, n_denied, goldstein_sum)"
            f" SELECT {MONTH_KEY}, source_id, coalesce(target_id, 0), source_country,"
            " target_country, type, quad, ?, 1, ?, ?, CASE WHEN ? THEN coalesce(goldstein, 0) ELSE 0 END"
            " FROM events WHERE id = ?"
            " ON CONFLICT (month, source_id, target_id, type) DO UPDATE SET"
            " n_events = n_events + excluded.n_events, n_mentions = n_mentions + 1,"
            " n_asserted = n_asserted + excluded.n_asserted, n_denied = n_denied + excluded.n_denied,"
            " goldstein_sum = goldstein_sum + excluded.goldstein_sum",
            (int(new), newly_asserted, newly_denied, int(new), event_id),
        )
        conn.execute(
            "INSERT INTO edge_total (source_id, target_id, source_country, target_country, type, quad,"
            " n_events, n_mentions, n_asserted, n_denied, goldstein_sum)"
            " SELECT source_id, coalesce(target_id, 0), source_country, target_country, type, quad, ?, 1, ?, ?,"
            " CASE WHEN ? THEN coalesce(goldstein, 0) ELSE 0 END FROM events WHERE id = ?"
            " ON CONFLICT (source_id, target_id, type) DO UPDATE SET"
            " n_events = n_events + excluded.n_events, n_mentions = n_mentions + 1,"
            " n_asserted = n_asserted + excluded.n_asserted, n_denied = n_denied + excluded.n_denied,"
            " goldstein_sum = goldstein_sum + excluded.goldstein_sum",
            (int(new), newly_asserted, newly_denied, int(new), event_id),
        )
