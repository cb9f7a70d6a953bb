"""Places from the offline gazetteer, guarded against common words (warta.pipeline.where)."""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.pipeline.quantity import QuantityFinder
from warta.pipeline.when import WhenFinder
from warta.pipeline.where import PlaceFinder
from warta.tsv import LexiconError


@pytest.fixture(scope="module")
def finders() -> dict[str, PlaceFinder]:
    return {"id": PlaceFinder("id"), "en": PlaceFinder("en")}


def names(finder: PlaceFinder, text: str) -> list[str]:
    return [m.place.name for m in finder.find(text)]


@pytest.mark.parametrize(
    ("lang", "text", "name", "country"),
    [
        ("id", "berjaga di perbatasan wilayah Kursk.", "Kursk", "RUS"),
        ("id", "pesawat dari Moskow mendarat di Pyongyang", "Moscow", "RUS"),
        ("id", "pesawat dari Moskow mendarat di Pyongyang", "Pyongyang", "PRK"),
        ("id", "kampanye sang senator ke Virginia Barat", "West Virginia", "USA"),
        ("id", "kunjungan Presiden Erdogan ke Jerman", "Germany", "DEU"),
        ("id", "jumpa pers rutin di Beijing.", "Beijing", "CHN"),
        ("id", "tawanan perang itu dibawa ke Singapura pada 1943", "Singapore", "SGP"),
        ("id", "pernah ke Korea Utara dua kali", "North Korea", "PRK"),
        ("id", "Korut telah mengirim pasukan", "North Korea", "PRK"),
        ("id", "Departemen Luar Negeri AS mengatakan", "United States", "USA"),
        ("id", "patroli di perairan Laut Cina Selatan", "South China Sea", None),
        ("id", "kerja sama keamanan di kawasan Indo-Pasifik.", "Indo-Pacific", None),
        ("id", "konvoi bantuan tiba di Gaza, Selasa", "Gaza", "PSE"),
        ("id", "serangan di Jalur Gaza", "Gaza Strip", "PSE"),
        ("id", "aneksasi Krimea oleh Rusia", "Crimea", "UKR"),
        ("id", "pertempuran di Donbas", "Donbas", "UKR"),
        ("id", "pameran mobil tahunan di Munchen.", "Munich", "DEU"),
        ("id", "Kecamatan Tanahabang, Jakarta Pusat, direspons", "Central Jakarta", "IDN"),
        ("id", "bantuan logistik dikirim ke Palu", "Palu", "IDN"),
        ("id", "pabrik baja di kota Haimen", "Haimen", "CHN"),
        ("id", "hotel-hotel di Eilat sepi pengunjung", "Eilat", "ISR"),
        ("id", "jalan raya menuju Provinsi Ghazni ditutup", "Ghazni", "AFG"),
        ("id", "perang melawan teror di Suriah", "Syria", "SYR"),
        ("id", "seorang wanita di Arab Saudi", "Saudi Arabia", "SAU"),
        ("en", "fight alongside Russian troops in the Kursk region", "Kursk", "RUS"),
        ("en", "Trump has visited West Virginia", "West Virginia", "USA"),
        ("en", "the chancellor's trip to Germany", "Germany", "DEU"),
        ("en", "a delegation flew into Pyongyang", "Pyongyang", "PRK"),
        ("en", "patrols in a contested part of the South China Sea", "South China Sea", None),
        ("en", "a market reopened in the capital, Mogadishu.", "Mogadishu", "SOM"),
        ("en", "beaches in the Red Sea city of Eilat", "Eilat", "ISR"),
        ("en", "a shipyard in the town of Haimen", "Haimen", "CHN"),
        ("en", "officials in Washington said", "Washington", "USA"),
        ("en", "a trade fair opened in Munich", "Munich", "DEU"),
        ("en", "the US State Department said", "United States", "USA"),
        ("en", "troops crossed into the Gaza Strip", "Gaza Strip", "PSE"),
        ("en", "the annexation of Crimea", "Crimea", "UKR"),
        ("en", "talks in Kiev", "Kyiv", "UKR"),
        ("en", "protests in Lima, Peru", "Lima", "PER"),
        # a town of fewer people right after the sentence's opening place preposition: the scene, not a name "In X"
        ("en", "In Kandahar, police arrested two journalists.", "Kandahar", "AFG"),
        ("id", "Di Kandahar, polisi menangkap dua wartawan.", "Kandahar", "AFG"),
    ],
)
def test_places(finders: dict[str, PlaceFinder], lang: str, text: str, name: str, country: str | None) -> None:
    found = {m.place.name: m for m in finders[lang].find(text)}
    assert name in found, list(found)
    m = found[name]
    assert m.place.country == country
    assert m.place.lat is not None and m.place.lon is not None
    assert -90 <= m.place.lat <= 90 and -180 <= m.place.lon <= 180
    assert text[m.start:m.end] == m.place.text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Itu sebabnya Ada Lima orang di Kota itu."),  # town names that are common words
        ("id", "Para pejabat mengatakan Kita harus Bila perlu"),
        ("id", "itu ada lima kota"),  # lower case is never a place
        ("id", "Lima orang tewas"),
        ("id", "Obama mengatakan hal itu kepada Ali"),  # personal names that are small towns
        ("id", "Pekan lalu Bursa Efek ditutup"),
        ("en", "Reading the report, Nice people said Mobile phones"),
        ("en", "Of course the Union said"),
        ("en", "the Washington Post reported"),  # a town inside a name
        ("en", "The UN said"),  # an acronym is not a town
        ("en", "George told Kim"),
        ("en", "Defence Minister Israel Katz said"),  # a place name used as a given name
        ("en", "Jordan Henderson scored twice"),
        ("en", "Chad Smith said"),
    ],
)
def test_guards(finders: dict[str, PlaceFinder], lang: str, text: str) -> None:
    assert names(finders[lang], text) == []


def test_longest_match_wins(finders: dict[str, PlaceFinder]) -> None:
    assert names(finders["id"], "banjir di Jakarta Pusat") == ["Central Jakarta"]
    assert names(finders["id"], "Amerika Latin dan Amerika Serikat") == ["Latin America", "United States"]
    assert names(finders["en"], "in New York") == ["New York City"]


def test_given_name_places_still_found_alone(finders: dict[str, PlaceFinder]) -> None:
    assert names(finders["en"], "troops entered Israel on Monday") == ["Israel"]
    assert names(finders["en"], "King Abdullah of Jordan") == ["Jordan"]
    assert names(finders["id"], "serangan Israel ke Gaza") == ["Israel", "Gaza"]


def test_lists_of_places(finders: dict[str, PlaceFinder]) -> None:
    assert names(finders["id"], "gempa di Jakarta, Palu dan Sulawesi Tengah") == ["Jakarta", "Palu", "Central Sulawesi"]
    assert names(finders["id"], "banjir di Kalimantan Timur dan Jabar") == ["East Kalimantan", "West Java"]


def test_acronym_aliases_need_capitals(finders: dict[str, PlaceFinder]) -> None:
    assert names(finders["id"], "AS dan Korsel") == ["United States", "South Korea"]
    assert names(finders["id"], "as roda") == []
    assert names(finders["en"], "let us go") == []


def test_entry_names_the_source(finders: dict[str, PlaceFinder]) -> None:
    (m,) = finders["id"].find("ke Moskow")
    assert m.entry.startswith("lang/id/place_aliases.tsv:")
    (m,) = finders["en"].find("in Crimea")
    assert m.entry.startswith("knowledge/regions.tsv:")


def test_dev_gold_locations_found(gold_dir: Path, finders: dict[str, PlaceFinder]) -> None:
    total = found = 0
    for line in (gold_dir / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        got = set(names(finders[rec["lang"]], rec["text"]))
        for ev in rec["events"]:
            if ev.get("location"):
                total += 1
                found += ev["location"] in got
    assert total >= 100
    assert found / total >= 0.95, (found, total)


_TOKENS = ["Kamis", "(14/11/2024)", "10.000", "1,5", "Rp", "$", "juta", "jutaan", "Minggu", "minggu", "lalu",
           "di", "Kursk", "AS", "Jakarta Pusat", "İstanbul", "ẞ", "Ǆ", "\u0130", "-", "ke-2", "lebih dari", "last",
           "week", "on", "June", "12", "of", "thousands", "Mei", "tiga", "ratus", "belas", "\n", "\x00"]


@cache
def _finders(lang: str) -> tuple[PlaceFinder, QuantityFinder, WhenFinder]:
    return PlaceFinder(lang), QuantityFinder(lang), WhenFinder(lang)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=12), st.sampled_from(_TOKENS)), max_size=40).map(" ".join),
       st.sampled_from(["id", "en"]), st.one_of(st.none(), st.dates()))
def test_finders_never_raise(text: str, lang: str, published: date | None) -> None:
    places, quantities, dates = _finders(lang)
    for m in places.find(text):
        assert 0 <= m.start < m.end <= len(text) and text[m.start:m.end] == m.place.text
    for q in quantities.find(text):
        assert text[q.start:q.end] == q.quantity.text
    for w in dates.find(text, published):
        assert text[w.start:w.end] == w.text
        assert w.precision in ("day", "week", "month", "year")


def test_alias_to_unknown_place_names_file_and_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import warta.pipeline.gazetteer as gaz

    bad = tmp_path / "place_aliases.tsv"
    bad.write_text("alias\tname\tcountry\nMoskow\tMoscow\tRUS\nXyzzy Raya\tXyzzyville\t\n", encoding="utf-8")
    real = gaz.resource_path

    def fake(package: str, name: str) -> Path:
        return bad if name == "place_aliases.tsv" else real(package, name)

    monkeypatch.setattr(gaz, "resource_path", fake)
    with pytest.raises(LexiconError, match=r"place_aliases.tsv:3: no place named 'Xyzzyville'"):
        gaz.Gazetteer("id")


def test_long_dense_text_stays_linear() -> None:
    """1,200 sentences full of places, dates and numbers: every mention found (bench/finders.py times it)."""
    text = "Lebih dari 10.000 pasukan tiba di Kursk dan Beijing pada Kamis (14/11/2024) minggu lalu. " * 1200
    places, quantities, dates = _finders("id")
    assert len(places.find(text)) == 2400
    assert len(quantities.find(text)) == 1200
    assert len(dates.find(text, date(2024, 11, 15))) == 2400


def test_a_state_qualifying_a_named_body_is_not_where_it_happened():
    from warta.api import extract

    evs = extract("Students protested outside the US embassy in Jakarta.", lang="en")  # not in the US
    assert evs and all(e.location is not None and e.location.name == "Jakarta" for e in evs)


def test_a_word_inside_a_state_name_is_no_place():
    """'Republic' is a town in Missouri, not where 'Rebels in the Republic of Congo' fought."""
    from warta.api import extract

    events = extract("Rebels in the Republic of Congo clashed with UN peacekeepers.", lang="en")
    assert events and all(e.location is None or e.location.country != "USA" for e in events)
    assert ("COGREB", "IGOUN") in {(e.source.code, e.target.code if e.target else "") for e in events}


@pytest.mark.parametrize(("lang", "text", "country"), [
    ("en", "A gunman opened fire at a synagogue in Halle, Germany, on Wednesday.", "DEU"),
    ("en", "He was born in Paris, Texas, in 1950.", "USA"),
    ("id", "Penembakan terjadi di sinagoge di Halle, Jerman, pada Rabu.", "DEU"),
])
def test_town_in_the_state_named_after_it(finders: dict[str, PlaceFinder], lang: str, text: str, country: str) -> None:
    town, state = finders[lang].find(text)[:2]
    assert (town.place.country, state.place.country) == (country, country)


@pytest.mark.parametrize(("lang", "text", "countries"), [
    ("en", "Police in Halle said two people were killed.", ["BEL"]),  # no state named: the best-known Halle
    ("en", "Protests spread to Sydney, Toronto and London.", ["AUS", "CAN", "GBR"]),  # a list of towns
    ("en", "Talks in Israel, Jordan and Egypt.", ["ISR", "JOR", "EGY"]),
])
def test_lists_keep_each_place(finders: dict[str, PlaceFinder], lang: str, text: str, countries: list[str]) -> None:
    assert [m.place.country for m in finders[lang].find(text)] == countries
