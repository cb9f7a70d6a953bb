"""Publication dates of input records, in the forms news exports, scrapers and feeds write them.

* ISO 8601 with or without time and zone (``2025-09-16``, ``20250916``, ``2025-09-16T10:00:00+07:00``): the
  day as written, in the record's own zone;
* ``D/M/YYYY`` or ``M/D/YYYY`` (also with ``-`` or ``.``, two-digit years, a time, a weekday in
  front): the order is ours to decide, once per file (:func:`decide_order`);
* epoch seconds (or milliseconds, 13 digits), as a number or digits: the UTC day;
* RFC 2822 (``Tue, 16 Sep 2025 10:00:00 +0700``);
* day-month-year with Indonesian or English month names, with or without weekday, time and zone
  (``Selasa, 16 Sep 2025 10:00 WIB``, ``16 September 2025``, ``Sep 16, 2025``): dateparser, on the
  text without its time of day, cached (a corpus repeats its days).

Relative dates in article text (``kemarin``, ``last Tuesday``) are not read here:
:mod:`warta.pipeline.when` resolves them against the day found here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.utils import parsedate_tz
from functools import lru_cache
from typing import Any, Literal

__all__ = ["DATE_ORDERS", "MAX_YEAR", "MIN_YEAR", "DateError", "OrderDecision", "decide_order", "parse_date",
           "slash_fields"]

DateOrder = Literal["dmy", "mdy"]
DATE_ORDERS: tuple[str, ...] = ("dmy", "mdy")
#: Publication dates outside these years are refused (a clustering window or a relative date
#: computed from 0001-01-01 or 9999-12-31 overflows, and no news corpus has them).
MIN_YEAR, MAX_YEAR = 1800, 2199

_ISO = re.compile(r"^\s*(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s])")
_EPOCH = re.compile(r"^\s*(\d{9,10}|\d{12,13})(?:\.\d+)?\s*$")
_SLASH = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-]|\.\d)")
_TIME = re.compile(r"(?:\b|T)\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?\b.*$", re.S)


class DateError(ValueError):
    """A date that cannot be read or lies outside :data:`MIN_YEAR`..:data:`MAX_YEAR`."""


def slash_fields(value: Any) -> tuple[int, int] | None:
    """The first two numbers of a ``N/N/YYYY`` date in ``value`` (for :func:`decide_order`)."""
    if not isinstance(value, str):
        return None
    m = _SLASH.search(value)
    return (int(m.group(1)), int(m.group(3))) if m else None


@dataclass(frozen=True, slots=True)
class OrderDecision:
    """The day/month order of a file's ``N/N/YYYY`` dates; ``assumed`` when the dates did not say."""

    order: DateOrder
    assumed: bool = False
    reason: str = ""


def decide_order(values: Iterable[Any], default: DateOrder = "dmy") -> OrderDecision:
    """Decide a file's order from its dates: a first number over 12 means day first, a second over
    12 month first; otherwise (or when the file has both) ``default``, marked as assumed."""
    day_first = month_first = ambiguous = 0
    for v in values:
        f = slash_fields(v)
        if f is None:
            continue
        if f[0] > 12 and f[1] <= 12:
            day_first += 1
        elif f[1] > 12 and f[0] <= 12:
            month_first += 1
        elif f[0] != f[1]:
            ambiguous += 1
    if day_first and month_first:
        return OrderDecision(default, True, f"dates in both orders ({day_first} day-first, {month_first} "
                                            f"month-first); read as {_name(default)} (set --date-order dmy|mdy)")
    if day_first:
        return OrderDecision("dmy")
    if month_first:
        return OrderDecision("mdy")
    if ambiguous:
        return OrderDecision(default, True, f"{ambiguous} N/N/YYYY date(s) with no day over 12; assumed "
                                            f"{_name(default)} (set --date-order dmy|mdy)")
    return OrderDecision(default)


def _name(order: str) -> str:
    return "day/month/year" if order == "dmy" else "month/day/year"


def _checked(y: int, m: int, d: int, value: Any) -> date:
    if not MIN_YEAR <= y <= MAX_YEAR:
        raise DateError(f"date {value!r} out of range (years {MIN_YEAR}-{MAX_YEAR})")
    try:
        return date(y, m, d)
    except ValueError as exc:
        raise DateError(f"bad date {value!r} ({exc})") from None


def _epoch(seconds: float, value: Any) -> date:
    if seconds >= 1e11:  # 13 digits: milliseconds
        seconds /= 1000
    try:
        day = datetime.fromtimestamp(seconds, UTC).date()
    except (OverflowError, OSError, ValueError):
        raise DateError(f"date {value!r} out of range (years {MIN_YEAR}-{MAX_YEAR})") from None
    return _checked(day.year, day.month, day.day, value)


@lru_cache(maxsize=2)
def _dateparser(order: str):
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["id", "en"], settings={
        "DATE_ORDER": order.upper(), "REQUIRE_PARTS": ["day", "month", "year"],
        "RETURN_AS_TIMEZONE_AWARE": False, "PARSERS": ["absolute-time"]})


@lru_cache(maxsize=8192)
def _named_month(text: str, order: str) -> tuple[int, int, int] | None:
    try:
        found = _dateparser(order).get_date_data(text).date_obj
    except (ValueError, OverflowError, TypeError):
        return None
    return (found.year, found.month, found.day) if found is not None else None


def parse_date(value: Any, order: DateOrder = "dmy") -> date | None:
    """The publication day of ``value`` (None for no value); :class:`DateError` when unreadable."""
    if value is None or isinstance(value, bool):
        if value is None:
            return None
        raise DateError(f"bad date {value!r} (a boolean)")
    if isinstance(value, datetime):
        return _checked(value.year, value.month, value.day, value)
    if isinstance(value, date):
        return _checked(value.year, value.month, value.day, value)
    if isinstance(value, int | float):
        if value != value or value in (float("inf"), float("-inf")):
            raise DateError(f"bad date {value!r}")
        return _epoch(float(value), value)
    if not isinstance(value, str):
        raise DateError(f"bad date of type {type(value).__name__} (want text or epoch seconds)")
    text = value.strip()
    if not text:
        return None
    if len(text) > 100:
        raise DateError(f"bad date {text[:40]!r}... (longer than 100 characters)")
    if m := _ISO.match(text):
        return _checked(int(m.group(1)), int(m.group(2)), int(m.group(3)), value)
    if m := _EPOCH.match(text):
        return _epoch(float(text), value)
    if m := _SLASH.search(text):
        a, b, y = int(m.group(1)), int(m.group(3)), m.group(4)
        year = int(y) if len(y) == 4 else (2000 + int(y) if int(y) < 70 else 1900 + int(y))
        day, month = (a, b) if order == "dmy" else (b, a)
        if month > 12 and day <= 12:  # this one says which is which
            day, month = month, day
        return _checked(year, month, day, value)
    if (t := parsedate_tz(text)) is not None and t[0] and t[1] and t[2]:
        return _checked(t[0], t[1], t[2], value)
    found = _named_month(_TIME.sub("", text).strip(" ,") or text, order)
    if found is None:
        raise DateError(f"unreadable date {value!r}")
    return _checked(*found, value)
