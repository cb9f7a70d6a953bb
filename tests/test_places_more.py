"""Places beyond the dev set (issue 11, item 7): exonyms, first-level regions and contested areas, seats
of government as places, with our own sentences."""

from __future__ import annotations

import pytest

from warta.api import extract
from warta.knowledge.countries import state_codes
from warta.pipeline.gazetteer import gazetteer
from warta.pipeline.where import PlaceFinder
from warta.tsv import read_tsv, resource_path


def test_region_rows_are_valid() -> None:
    names: dict[str, str] = {}
    for r in read_tsv(resource_path("warta.knowledge", "regions.tsv"), ["name", "lat", "lon"], ["country", "aliases"]):
        lat, lon = float(r["lat"]), float(r["lon"])
        assert -90 <= lat <= 90 and -180 <= lon <= 180, r.where
        assert not r.get("country") or r["country"] in state_codes(), r.where
        for n in [r["name"], *filter(None, r.get("aliases").split("|"))]:
            assert names.setdefault(n.lower(), r.where) == r.where, f"{n} twice: {names[n.lower()]} and {r.where}"


@pytest.mark.parametrize(("lang", "name", "english", "country"), [
    ("id", "Jalur Gaza", "Gaza Strip", "PSE"),
    ("id", "Tepi Barat", "West Bank", "PSE"),
    ("id", "Semenanjung Korea", "Korean Peninsula", None),
    ("id", "Laut China Selatan", "South China Sea", None),
    ("id", "Dataran Tinggi Golan", "Golan Heights", None),
    ("id", "Krimea", "Crimea", "UKR"),
    ("id", "Gedung Putih", "White House", "USA"),
    ("id", "Kivu Utara", "North Kivu", "COD"),
    ("id", "Kepulauan Spratly", "Spratly Islands", None),
    ("en", "Kremlin", "Kremlin", "RUS"),
    ("en", "Downing Street", "Downing Street", "GBR"),
    ("en", "Balochistan", "Balochistan", "PAK"),
    ("en", "Shan State", "Shan State", "MMR"),
    ("en", "Sabah", "Sabah", "MYS"),
    ("en", "Ramallah", "Ramallah", "PSE"),
])
def test_names_resolve(lang: str, name: str, english: str, country: str | None) -> None:
    best = gazetteer(lang).lookup(name)[0]
    assert best.name == english
    if country:
        assert best.country == country


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("id", "Presiden Brasil bertemu Perdana Menteri Jepang di Gedung Putih.", "White House"),
    ("en", "Putin hosted Modi at the Kremlin on Monday.", "Kremlin"),
    ("id", "Tentara Myanmar menembaki pemberontak di Negara Bagian Shan.", "Shan State"),
    ("en", "Pakistani troops attacked militants in Balochistan.", "Balochistan"),
    ("id", "Kapal China menembakkan meriam air ke kapal Vietnam di Kepulauan Paracel.", "Paracel Islands"),
])
def test_event_place(lang: str, text: str, place: str) -> None:
    events = extract(text, lang, "2024-05-02")
    assert events and events[0].location is not None and events[0].location.name == place


def test_seat_of_government_as_actor_is_not_the_place() -> None:
    events = extract("Gedung Putih mengecam Rusia.", "id", "2024-05-02")
    assert events and events[0].source.code == "USAGOV" and events[0].location is None


def test_indonesian_words_are_not_places() -> None:
    found = PlaceFinder("id").find("Itu ada lima kota baru yang kita lihat bulan lalu.")
    assert found == []


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("en", "Russian troops shelled Kupiansk on Tuesday.", "Kupiansk"),
    ("id", "Israel menyerang kamp Nuseirat di Jalur Gaza.", "Nuseirat"),
    ("en", "Turkish drones struck Kobani.", "Kobani"),
])
def test_towns_in_war_news(lang: str, text: str, place: str) -> None:
    names = [m.place.name for m in PlaceFinder(lang).find(text)]
    assert place in names
