"""Dates resolved against the publication date (warta.pipeline.when)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from warta.pipeline.when import WhenFinder, iso_value
from warta.tsv import LexiconError

PUB = date(2024, 11, 15)  # a Friday, ISO week 46


@pytest.fixture(scope="module")
def finders() -> dict[str, WhenFinder]:
    return {"id": WhenFinder("id"), "en": WhenFinder("en")}


def values(finder: WhenFinder, text: str, published: date | None = PUB) -> list[str]:
    return [m.value for m in finder.find(text, published)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("id", "diumumkan pada Kamis (14/11/2024) di Bandung", "2024-11-14"),
        ("id", "laporan tertanggal 14/11/2024 itu", "2024-11-14"),
        ("id", "perjanjian ditandatangani 14 November 2024 di Jakarta", "2024-11-14"),
        ("id", "bertemu pada 12 Juni di Jenewa", "2024-06-12"),
        ("id", "Menteri itu berbicara Kamis di Jakarta", "2024-11-14"),
        ("id", "rapat digelar hari Kamis", "2024-11-14"),
        ("id", "tiba di Palu pada hari Sabtu", "2024-11-09"),
        ("id", "pada Jumat pagi", "2024-11-15"),
        ("id", "polisi mengatakan kemarin", "2024-11-14"),
        ("id", "diumumkan hari ini", "2024-11-15"),
        ("id", "mengatakan minggu ini bahwa", "2024-W46"),
        ("id", "sejak minggu lalu", "2024-W45"),
        ("id", "rapat pekan ini", "2024-W46"),
        ("id", "serangan pekan lalu", "2024-W45"),
        ("id", "akan datang pekan depan", "2024-W47"),
        ("id", "harga naik bulan lalu", "2024-10"),
        ("id", "pertemuan bulan ini", "2024-11"),
        ("id", "mengunjungi Pyongyang bulan depan", "2024-12"),
        ("id", "dalam pemilihan awal tahun ini", "2024"),
        ("id", "rampung akhir tahun ini", "2024"),
        ("id", "pemilu tahun lalu", "2023"),
        ("id", "tiga kali tahun ini", "2024"),
        ("id", "sejak Oktober lalu", "2024-10"),
        ("id", "dibuka Senin lalu", "2024-11-11"),
        ("id", "hilang 2 hari lalu", "2024-11-13"),
        ("id", "tiba tiga minggu yang lalu", "2024-W43"),
        ("id", "berkuasa lima tahun lalu", "2019"),
        ("id", "sanksi sejak 2006 sebagai upaya", "2006"),
        ("id", "negara bagian yang dia menangkan pada 2016.", "2016"),
        ("id", "bantuan dari Amerika pada tahun 2017", "2017"),
        ("id", "di alun-alun pada tanggal 2 Oktober 1968, ketika", "1968-10-02"),
        ("id", "pada bulan Mei", "2024-05"),
        ("id", "diresmikan Mei 2023", "2023-05"),
        ("id", "pada hari Minggu", "2024-11-10"),
        ("id", "tiba di Palu pada Minggu", "2024-11-10"),
        ("id", "tewas dalam serangan tadi malam", "2024-11-14"),
        ("en", "said on Tuesday", "2024-11-12"),
        ("en", "Saturday will be the second visit", "2024-11-09"),
        ("en", "the talks last week", "2024-W45"),
        ("en", "said this week", "2024-W46"),
        ("en", "had warned earlier in the week", "2024-W46"),
        ("en", "prices fell last month", "2024-10"),
        ("en", "visit Pyongyang next month", "2024-12"),
        ("en", "three times this year", "2024"),
        ("en", "the election last year", "2023"),
        ("en", "police said yesterday", "2024-11-14"),
        ("en", "the strike in June", "2024-06"),
        ("en", "signed on June 12 in Geneva", "2024-06-12"),
        ("en", "Saturday (September 29)", "2024-09-29"),
        ("en", "Trump won the state in 2016.", "2016"),
        ("en", "sanctions since 2006 in a bid", "2006"),
        ("en", "the vote on Nov. 6", "2024-11-06"),
        ("en", "arrived three months ago", "2024-08"),
        ("en", "fired on a demonstration on Oct. 2, 1968, killing", "1968-10-02"),
        ("en", "published 14 November 2024", "2024-11-14"),
        ("en", "left a week ago", "2024-W45"),
        ("en", "opened last Monday", "2024-11-11"),
    ],
)
def test_resolves(finders: dict[str, WhenFinder], lang: str, text: str, expected: str) -> None:
    assert expected in values(finders[lang], text), values(finders[lang], text)


@pytest.mark.parametrize(
    ("lang", "text", "expected", "precision", "span"),
    [
        ("id", "diumumkan pada Kamis (14/11/2024) di", "2024-11-14", "day", "pada Kamis (14/11/2024)"),
        ("id", "awal tahun ini", "2024", "year", "awal tahun ini"),
        ("id", "minggu lalu", "2024-W45", "week", "minggu lalu"),
        ("en", "in June", "2024-06", "month", "in June"),
    ],
)
def test_mention_fields(finders: dict[str, WhenFinder], lang: str, text: str, expected: str,
                        precision: str, span: str) -> None:
    (m,) = finders[lang].find(text, PUB)
    assert (m.value, m.precision, m.text) == (expected, precision, span)
    assert text[m.start:m.end] == m.text
    assert m.entry.startswith(f"lang/{lang}/date_rules.tsv:")


def test_minggu_is_week_lower_case_and_sunday_after_hari(finders: dict[str, WhenFinder]) -> None:
    f = finders["id"]
    assert values(f, "minggu ini") == ["2024-W46"]
    assert values(f, "hari Minggu") == ["2024-11-10"]
    assert values(f, "pada minggu lalu") == ["2024-W45"]


def test_weekday_on_publication_day_is_that_day_but_lalu_goes_back(finders: dict[str, WhenFinder]) -> None:
    f = finders["id"]
    assert values(f, "Jumat") == ["2024-11-15"]
    assert values(f, "Jumat lalu") == ["2024-11-08"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Kamisnya tidak ada berita"),  # day name inside a word
        ("id", "mereka berkamis"),
        ("id", "hari-hari yang berat"),
        ("en", "May I ask a question"),  # modal verb, not the month
        ("en", "the march on the capital"),
        ("en", "2,000 troops"),
        ("id", "sebanyak 2.000 tentara"),
        ("id", "dua hari sebelumnya"),  # relative to the story, not to publication
        ("en", "on the last day of his visit"),
        ("en", "the next day"),
    ],
)
def test_no_false_dates(finders: dict[str, WhenFinder], lang: str, text: str) -> None:
    assert finders[lang].find(text, PUB) == []


def test_without_publication_date_only_absolute_dates(finders: dict[str, WhenFinder]) -> None:
    f = finders["id"]
    assert values(f, "kemarin, minggu lalu, Kamis, bulan depan", None) == []
    assert values(f, "sejak 2006 dan pada 14/11/2024", None) == ["2006", "2024-11-14"]
    assert values(finders["en"], "on Oct. 2, 1968 and last week", None) == ["1968-10-02"]
    assert values(finders["en"], "on June 12", None) == []


def test_month_last_crosses_year(finders: dict[str, WhenFinder]) -> None:
    assert values(finders["id"], "Desember lalu") == ["2023-12"]
    assert values(finders["en"], "last November") == ["2023-11"]
    assert values(finders["en"], "next January") == ["2025-01"]


def test_week_values_cross_iso_year(finders: dict[str, WhenFinder]) -> None:
    assert values(finders["en"], "last week", date(2025, 1, 2)) == ["2024-W52"]
    assert values(finders["en"], "this week", date(2024, 12, 31)) == ["2025-W01"]
    assert iso_value(date(2024, 11, 14), "week") == "2024-W46"


def test_invalid_calendar_dates_are_dropped(finders: dict[str, WhenFinder]) -> None:
    assert values(finders["id"], "pada 31/02/2024") == []
    assert values(finders["en"], "on February 30") == []


def test_offsets_point_into_text(finders: dict[str, WhenFinder]) -> None:
    text = "Pada Kamis (14/11/2024), juru bicara berbicara. Minggu lalu dia ke Beijing; bulan depan ke Seoul."
    found = finders["id"].find(text, PUB)
    assert [m.value for m in found] == ["2024-11-14", "2024-W45", "2024-12"]
    for m in found:
        assert text[m.start:m.end] == m.text


def test_bad_rule_file_names_file_and_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import warta.pipeline.when as when_mod

    bad = tmp_path / "date_rules.tsv"
    bad.write_text("id\tpattern\tresolve\nx\tfoo\tfortnight 1\n", encoding="utf-8")
    real = when_mod.resource_path

    def fake(package: str, name: str) -> Path:
        return bad if name == "date_rules.tsv" else real(package, name)

    monkeypatch.setattr(when_mod, "resource_path", fake)
    with pytest.raises(LexiconError, match=r"date_rules.tsv:2"):
        WhenFinder("id")


def test_dev_gold_dates_found(gold_dir: Path, finders: dict[str, WhenFinder]) -> None:
    total = found = 0
    for line in (gold_dir / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        pub = date.fromisoformat(rec["date"]) if rec.get("date") else None
        got = {m.value for m in finders[rec["lang"]].find(rec["text"], pub)}
        for ev in rec["events"]:
            if ev.get("when"):
                total += 1
                found += ev["when"] in got
    assert total >= 10
    assert found / total >= 0.95, (found, total)


def test_publication_datetime_is_a_date(finders: dict[str, WhenFinder]) -> None:
    from datetime import datetime

    assert values(finders["id"], "kemarin", datetime(2024, 11, 15, 9, 30)) == ["2024-11-14"]
