"""Dates in text, resolved against the publication date.

The grammar of each language is data: ``lang/<lang>/dates.tsv`` (month and day
names, calendar units) and ``lang/<lang>/date_rules.tsv`` (patterns over
placeholders with a resolver name).  This module knows only the resolvers:

* absolute: ``dmy`` (day), ``my`` (month), ``year``; they need no publication date;
* relative to the publication date: ``md`` (day, year of publication), ``month``,
  ``month_last``/``month_next``, ``weekday`` (the most recent such day on or before
  publication), ``weekday_last``/``weekday_next`` (strictly before/after),
  ``unit N`` (this/last/next week, month, year...), ``ago [N]``/``ahead [N]``, and
  ``rel UNIT N`` (yesterday = ``rel day -1``);
* ``name``: a calendar form that names a past act rather than dating the event ("the 2002 Bali bombings", "the
  9/11 attacks", "serangan 11/9"): found as a span, never resolved (no ``when``).

The spans of ``CALENDAR_OPS`` give a calendar date (a year, a month with a day or a year, a day/month): what
``SentenceView.names_date`` reads.

A weekday directly followed by an explicit date ("Kamis (14/11/2024)") becomes one
mention dated by the explicit date.  Values are ISO: ``2024-11-14``, ``2024-W46``,
``2024-11``, ``2024``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache

from warta.model import WhenMention
from warta.pipeline.numbers import NumberLexicon, alternation, number_lexicon
from warta.tsv import LexiconError, read_tsv, resource_path

__all__ = ["CALENDAR_OPS", "DateSpan", "WhenFinder", "iso_value", "when_finder"]

PRECISIONS = ("day", "week", "month", "year")
_ABSOLUTE = {"dmy", "my", "year"}
_OPS = {"dmy", "md", "my", "month", "month_last", "month_next", "year", "weekday",
        "weekday_last", "weekday_next", "unit", "ago", "ahead", "rel", "name"}
CALENDAR_OPS = frozenset({"dmy", "md", "my", "year", "name"})  # a calendar date: not a weekday, a unit, a month alone
_DIGITS = {"DAY": r"[0-3]?\d", "MM": r"[01]?\d", "YEAR": r"(?:1[6-9]|20)\d\d"}
_PLACEHOLDER = re.compile(r"\{(DAY|MM|YEAR|MONTH|WEEKDAY|UNIT|NUM)\}")
_MERGE_GAP = re.compile(r"[\s,(]*")
_WINDOW = 60
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True, slots=True)
class DateSpan:
    """A matched date expression, resolved or not (``value`` None)."""

    start: int
    end: int
    value: str | None
    precision: str | None
    rule: str
    op: str


@dataclass(frozen=True, slots=True)
class _Rule:
    name: str
    regex: re.Pattern[str]
    op: str
    args: tuple[str, ...]
    where: str
    order: int
    trigger: frozenset[str]


def iso_value(d: date, precision: str) -> str:
    """ISO text of ``d`` at ``precision`` (day, week, month, year)."""
    if precision == "day":
        return d.isoformat()
    if precision == "week":
        iso = d.isocalendar()
        return f"{iso.year}-W{iso.week:02d}"
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return f"{d.year:04d}"


def _add_months(d: date, n: int) -> date:
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def _shift(d: date, unit: str, n: int) -> date:
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    if unit == "month":
        return _add_months(d, n)
    return date(d.year + n, 1, 1)


class WhenFinder:
    """Finds and dates the date expressions of one language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.numbers: NumberLexicon = number_lexicon(lang)
        self.months: dict[str, int] = {}
        self.weekdays: dict[str, int] = {}
        self.units: dict[str, str] = {}
        cased: dict[str, list[str]] = {"month": [], "weekday": [], "unit": []}
        free: dict[str, list[str]] = {"month": [], "weekday": [], "unit": []}
        vocab = resource_path(f"warta.lang.{lang}", "dates.tsv")
        for row in read_tsv(vocab, ["form", "kind", "value"], ["cased"],
                            {"kind": ("month", "weekday", "unit"), "cased": ("yes", "no")}):
            form, kind, value = row["form"], row["kind"], row["value"]
            if kind == "unit":
                if value not in PRECISIONS:
                    raise LexiconError(f"{row.where}: unit {value!r} not one of {PRECISIONS}")
                self.units[form.lower()] = value
            else:
                if not value.isdigit():
                    raise LexiconError(f"{row.where}: {kind} value {value!r} is not a number")
                (self.months if kind == "month" else self.weekdays)[form.lower()] = int(value)
            (cased if row.get("cased") == "yes" else free)[kind].append(form)
        frags = {k: "(?:" + alternation(cased[k], cased=True) + "|" + alternation(free[k]) + ")"
                 for k in cased}
        frags["NUM"] = self.numbers.cardinal_re
        frags.update(_DIGITS)
        self.rules: list[_Rule] = []
        # Every match holds a trigger: the text of one of the rule's placeholders or,
        # for a rule without placeholders, one of its literal words.  A rule runs only
        # in windows around its triggers, which keeps long texts cheap.
        self.trigger_words: dict[str, set[str]] = defaultdict(set)
        for kind, forms in (("MONTH", self.months), ("WEEKDAY", self.weekdays), ("UNIT", self.units),
                            ("NUM", self.numbers.word_values)):
            for form in forms:
                self.trigger_words[_WORD.findall(form.lower())[0]].add(kind)
        path = resource_path(f"warta.lang.{lang}", "date_rules.tsv")
        for i, row in enumerate(read_tsv(path, ["id", "pattern", "resolve"], ["trigger"])):
            op, *args = row["resolve"].split()
            if op not in _OPS:
                raise LexiconError(f"{row.where}: resolver {op!r} not one of {sorted(_OPS)}")
            names = {"DIGIT" if n in ("DAY", "MM", "YEAR") else n for n in _PLACEHOLDER.findall(row["pattern"])}
            if "NUM" in names:
                names.add("DIGIT")
            if row.get("trigger"):  # words one of which every match holds: rarer than the placeholders
                names = {f"rule:{row['id']}"}
                for word in row["trigger"].split():
                    self.trigger_words[word.lower()].add(f"rule:{row['id']}")
            elif not names:
                names = {f"rule:{row['id']}"}
                for word in re.findall(r"[^\W\d_]{2,}", re.sub(r"\\.", " ", row["pattern"])):
                    self.trigger_words[word.lower()].add(f"rule:{row['id']}")
            trigger = frozenset(names)
            counter = iter(range(1000))

            def sub(m: re.Match[str], _c=counter) -> str:
                name = m.group(1)
                key = name.lower() if name in ("MONTH", "WEEKDAY", "UNIT") else name
                return f"(?P<{name}_{next(_c)}>{frags.get(key, frags.get(name))})"

            body = _PLACEHOLDER.sub(sub, row["pattern"])
            try:
                regex = re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)
            except re.error as exc:
                raise LexiconError(f"{row.where}: bad pattern: {exc}") from exc
            self.rules.append(_Rule(row["id"], regex, op, tuple(args), row.where, i, trigger))

    def _windows(self, text: str) -> dict[str, list[tuple[int, int]]]:
        """For each trigger kind, the merged text windows around its trigger words."""
        out: dict[str, list[tuple[int, int]]] = defaultdict(list)
        n = len(text)
        for m in _WORD.finditer(text):
            word = m.group(0)
            kinds = self.trigger_words.get(word.lower(), ())
            if word[0].isdigit() or word[-1].isdigit():
                kinds = {*kinds, "DIGIT"}
            for kind in kinds:
                s, e = max(0, m.start() - _WINDOW), min(n, m.end() + _WINDOW)
                spans = out[kind]
                if spans and s <= spans[-1][1]:
                    spans[-1] = (spans[-1][0], max(spans[-1][1], e))
                else:
                    spans.append((s, e))
        return out

    @staticmethod
    def _rule_windows(windows: dict[str, list[tuple[int, int]]], trigger: frozenset[str]) -> list[tuple[int, int]]:
        if len(trigger) == 1:
            return windows.get(next(iter(trigger)), [])
        spans = sorted(w for kind in trigger for w in windows.get(kind, ()))
        merged: list[tuple[int, int]] = []
        for s, e in spans:
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], e))
            else:
                merged.append((s, e))
        return merged

    # -- matching -------------------------------------------------------------
    def spans(self, text: str, published: date | None = None) -> list[DateSpan]:
        """All date expressions in ``text`` (non-overlapping), resolved where possible."""
        if isinstance(published, datetime):
            published = published.date()
        cands: list[tuple[int, int, int, _Rule, re.Match[str]]] = []
        windows = self._windows(text)
        if not windows:
            return []  # no word that a date rule needs (72 of the dev gold's 255 sentences asked)
        for rule in self.rules:
            if rule.trigger.isdisjoint(windows):
                continue  # (no window of its trigger words)
            for ws, we in self._rule_windows(windows, rule.trigger):
                for m in rule.regex.finditer(text, ws, we):
                    if m.end() > m.start():
                        cands.append((-(m.end() - m.start()), rule.order, m.start(), rule, m))
        cands.sort(key=lambda c: (c[0], c[1], c[2]))
        taken = bytearray(len(text))
        chosen: list[tuple[_Rule, re.Match[str]]] = []
        for _, _, start, rule, m in cands:
            end = m.end()
            if taken.find(1, start, end) != -1:
                continue
            taken[start:end] = b"\x01" * (end - start)
            chosen.append((rule, m))
        chosen.sort(key=lambda c: c[1].start())
        out: list[DateSpan] = []
        for rule, m in chosen:
            resolved = self._resolve(rule, m, published)
            value, precision = resolved if resolved else (None, None)
            out.append(DateSpan(m.start(), m.end(), value, precision, rule.where, rule.op))
        return self._merge(text, out)

    def find(self, text: str, published: date | None, spans: list[DateSpan] | None = None) -> list[WhenMention]:
        """Date mentions of ``text`` that could be dated (see module doc); ``spans`` when already found."""
        if spans is None:
            spans = self.spans(text, published)
        return [WhenMention(s.value, s.precision, text[s.start:s.end], s.start, s.end, s.rule)
                for s in spans if s.value is not None and s.precision]

    @staticmethod
    def _merge(text: str, spans: list[DateSpan]) -> list[DateSpan]:
        out: list[DateSpan] = []
        i = 0
        while i < len(spans):
            s = spans[i]
            nxt = spans[i + 1] if i + 1 < len(spans) else None
            if (s.op == "weekday" and nxt is not None and nxt.op in ("dmy", "md")
                    and _MERGE_GAP.fullmatch(text, s.end, nxt.start)):
                end = nxt.end
                if "(" in text[s.end:nxt.start] and text[end:end + 1] == ")":
                    end += 1
                out.append(DateSpan(s.start, end, nxt.value, nxt.precision, nxt.rule, nxt.op))
                i += 2
                continue
            out.append(s)
            i += 1
        return out

    # -- resolution -----------------------------------------------------------
    @staticmethod
    def _groups(m: re.Match[str]) -> dict[str, str]:
        """Placeholder name -> matched text (first filled group of that name)."""
        out: dict[str, str] = {}
        for key, val in m.groupdict().items():
            if val is not None:
                out.setdefault(key.rsplit("_", 1)[0], val)
        return out

    def _int(self, g: dict[str, str], name: str) -> int | None:
        raw = g.get(name)
        if raw is None:
            return None
        if name == "MONTH":
            return self.months.get(raw.lower())
        if name == "WEEKDAY":
            return self.weekdays.get(raw.lower())
        if name == "NUM":
            v = self.numbers.parse_cardinal(raw)
            return int(v) if v is not None and v.is_integer() and 0 < v < 1000 else None
        return int(raw)

    def _resolve(self, rule: _Rule, m: re.Match[str], pub: date | None) -> tuple[str, str] | None:
        op = rule.op
        if pub is None and op not in _ABSOLUTE:
            return None
        g = self._groups(m)
        year = self._int(g, "YEAR")
        month = self._int(g, "MONTH") or self._int(g, "MM")
        day = self._int(g, "DAY")
        unit_raw = g.get("UNIT")
        unit = self.units.get(unit_raw.lower()) if unit_raw else None
        try:
            if op == "dmy" and year and month and day:
                if month > 12 and day <= 12:
                    month, day = day, month
                return iso_value(date(year, month, day), "day"), "day"
            if op == "my" and year and month:
                return iso_value(date(year, month, 1), "month"), "month"
            if op == "year" and year:
                return f"{year:04d}", "year"
            if pub is None:
                return None
            if op == "md" and month and day:
                if month > 12 and day <= 12:
                    month, day = day, month
                return iso_value(date(pub.year, month, day), "day"), "day"
            if op in ("month", "month_last", "month_next") and month:
                y = pub.year
                if op == "month_last" and month >= pub.month:
                    y -= 1
                if op == "month_next" and month <= pub.month:
                    y += 1
                return iso_value(date(y, month, 1), "month"), "month"
            if op.startswith("weekday"):
                wd = self._int(g, "WEEKDAY")
                if wd is None:
                    return None
                back = (pub.weekday() - wd) % 7
                if op == "weekday_last" and back == 0:
                    back = 7
                if op == "weekday_next":
                    fwd = (wd - pub.weekday()) % 7 or 7
                    return iso_value(pub + timedelta(days=fwd), "day"), "day"
                return iso_value(pub - timedelta(days=back), "day"), "day"
            if op == "unit" and unit:
                return iso_value(_shift(pub, unit, int(rule.args[0])), unit), unit
            if op in ("ago", "ahead") and unit:
                n = int(rule.args[0]) if rule.args else self._int(g, "NUM")
                if n is None:
                    return None
                return iso_value(_shift(pub, unit, -n if op == "ago" else n), unit), unit
            if op == "rel":
                unit, n = rule.args[0], int(rule.args[1])
                return iso_value(_shift(pub, unit, n), unit), unit
        except (ValueError, OverflowError):
            return None
        return None


@cache
def when_finder(lang: str) -> WhenFinder:
    """A shared (cached) finder for ``lang``."""
    return WhenFinder(lang)
