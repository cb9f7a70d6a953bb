"""Quantities with units and qualifiers (warta.pipeline.quantity)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.pipeline.numbers import number_lexicon, parse_numeral
from warta.pipeline.quantity import QuantityFinder


@pytest.fixture(scope="module")
def finders() -> dict[str, QuantityFinder]:
    return {"id": QuantityFinder("id"), "en": QuantityFinder("en")}


def triples(finder: QuantityFinder, text: str) -> list[tuple[float | int, str | None, str | None]]:
    return [(m.quantity.value, m.quantity.unit, m.quantity.qualifier) for m in finder.find(text)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("id", "Hanoi memberangkatkan lebih dari 10.000 pasukan menuju pelabuhan", (10000, "troops", "more than")),
        ("id", "memasok jutaan amunisi artileri ke garis depan", (1000000, "artillery shells", "millions")),
        ("id", "menjanjikan $35 juta bagi Malawi", (35000000, "USD", None)),
        ("id", "sekitar $140 juta dari Amerika", (140000000, "USD", "about")),
        ("id", "setidaknya 70 orang tewas", (70, "people", "at least")),
        ("id", "sedikitnya 12 warga sipil terluka", (12, "civilians", "at least")),
        ("id", "hampir 20 penyusup", (20, "infiltrators", "almost")),
        ("id", "menempatkan sekitar 2.000 tentara di Irak", (2000, "troops", "about")),
        ("id", "sudah lebih dari 1.200 polisi dan tentara yang gugur", (1200, "police and troops", "more than")),
        ("id", "membunuh 15 nelayan", (15, "fishermen", None)),
        ("id", "Tujuh orang tewas di tembak", (7, "people", None)),
        ("id", "tiga orang nelayan ditangkap", (3, "fishermen", None)),
        ("id", "1,5 juta pengungsi", (1500000, "refugees", None)),
        ("id", "ribuan pengungsi", (1000, "refugees", "thousands")),
        ("id", "ratusan rudal", (100, "missiles", "hundreds")),
        ("id", "puluhan drone", (10, "drones", "tens")),
        ("id", "puluhan ribu orang", (10000, "people", "tens of thousands")),
        ("id", "anggaran Rp 1,5 triliun", (1500000000000, "IDR", None)),
        ("id", "sebesar 35 juta dolar AS", (35000000, "USD", None)),
        ("id", "dua ratus ribu warga sipil", (200000, "civilians", None)),
        ("id", "menjatuhi 10 kali sanksi", (10, "rounds of sanctions", None)),
        ("id", "sebanyak 300 jiwa", (300, "people", None)),
        ("id", "sebanyak 500 ton beras", (500, "tons", None)),
        ("id", "13.000 personel", (13000, "personnel", None)),
        ("id", "Dua musisi Vietnam", (2, "musicians", None)),
        ("id", "1.000 agen rahasia", (1000, "agents", None)),
        ("id", "mengirim 10.000 lebih pasukan", (10000, "troops", "more than")),
        ("id", "300 orang lebih tewas", (300, "people", "more than")),
        ("id", "dua mantan eksekutif", (2, "executives", None)),
        ("id", "setengah juta pengungsi", (500000, "refugees", None)),
        ("en", "sent more than 10,000 troops", (10000, "troops", "more than")),
        ("en", "millions of artillery shells", (1000000, "artillery shells", "millions")),
        ("en", "to give Malawi $35 million", (35000000, "USD", None)),
        ("en", "got an estimated $140 million in loans", (140000000, "USD", "estimated")),
        ("en", "at least 70 people died", (70, "people", "at least")),
        ("en", "keeps some 2,000 troops in Iraq", (2000, "troops", "about")),
        ("en", "more than 1,000 of our police and troops", (1000, "police and troops", "more than")),
        ("en", "have killed seventeen people", (17, "people", None)),
        ("en", "twenty-one Vietnamese fishermen", (21, "fishermen", None)),
        ("en", "imposed 10 rounds of sanctions", (10, "rounds of sanctions", None)),
        ("en", "as many as 300 people", (300, "people", "as many as")),
        ("en", "nearly 20 infiltrators", (20, "infiltrators", "almost")),
        ("en", "thousands of refugees", (1000, "refugees", "thousands")),
        ("en", "dozens of missiles", (12, "missiles", "dozens")),
        ("en", "tens of thousands of civilians", (10000, "civilians", "tens of thousands")),
        ("en", "two hundred and fifty soldiers", (250, "troops", None)),
        ("en", "a $1.5bn loan", (1500000000, "USD", None)),
        ("en", "1.5 million refugees", (1500000, "refugees", None)),
        ("en", "800 drones", (800, "drones", None)),
        ("en", "about 3,000 tons of food", (3000, "tons", "about")),
        ("en", "€20 million", (20000000, "EUR", None)),
        ("en", "500 or more troops", (500, "troops", "more than")),
        ("en", "a $35m grant", (35000000, "USD", None)),
        ("en", "10k troops", (10000, "troops", None)),
    ],
)
def test_quantities(finders: dict[str, QuantityFinder], lang: str, text: str, expected: tuple) -> None:
    assert expected in triples(finders[lang], text), triples(finders[lang], text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "pada 2024 dan sejak 2006"),  # years
        ("id", "Kamis (14/11/2024)"),  # a date
        ("id", "pada 12 Juni"),
        ("id", "naik 5 persen"),  # percentage
        ("id", "naik 5%"),
        ("id", "pukul 10.30 WIB"),  # time
        ("id", "pertemuan kedua dan ketiga"),  # ordinals
        ("id", "untuk ke-2 kalinya"),
        ("id", "salah satu orang tersebut"),
        ("id", "skor 2-1"),
        ("en", "in 2016, the state"),
        ("en", "on June 12"),
        ("en", "40 percent of voters"),
        ("en", "at 10 a.m. local time"),
        ("en", "the 2nd round"),
        ("en", "one of the leaders"),
        ("en", "since 2006"),
        ("id", "dipenjara tujuh tahun"),  # durations and frequencies count no people or things
        ("id", "mengunjungi Korea Utara tiga kali"),
        ("en", "five months later"),
        ("en", "visited three times"),
    ],
)
def test_not_quantities(finders: dict[str, QuantityFinder], lang: str, text: str) -> None:
    assert finders[lang].find(text) == [], triples(finders[lang], text)


def test_span_text_and_offsets(finders: dict[str, QuantityFinder]) -> None:
    text = "Hanoi memberangkatkan lebih dari 10.000 pasukan menuju pelabuhan."
    (m,) = finders["id"].find(text)
    assert m.quantity.text == "lebih dari 10.000 pasukan" == text[m.start:m.end]
    assert m.entry.startswith("lang/id/units.tsv:")
    assert m.quantity.to_dict() == {"value": 10000, "unit": "troops", "qualifier": "more than",
                                    "text": "lebih dari 10.000 pasukan"}


def test_unit_is_none_without_a_unit_noun(finders: dict[str, QuantityFinder]) -> None:
    assert triples(finders["id"], "jumlahnya mencapai 10.000 pada akhirnya") == [(10000, None, None)]
    assert triples(finders["en"], "the total reached 10,000 by then") == [(10000, None, None)]


@pytest.mark.parametrize(
    ("raw", "value"),
    [("10.000", 10000), ("10,000", 10000), ("1,5", 1.5), ("1.5", 1.5), ("2.000.000", 2000000),
     ("1,234,567.5", 1234567.5), ("1.234.567,5", 1234567.5), ("0,125", 0.125), ("35", 35)],
)
def test_parse_numeral(raw: str, value: float) -> None:
    assert parse_numeral(raw) == value


def test_number_words() -> None:
    assert number_lexicon("id").parse_words("tiga ratus dua puluh lima ribu") == 325000
    assert number_lexicon("id").parse_words("dua belas") == 12
    assert number_lexicon("id").parse_words("seribu lima ratus") == 1500
    assert number_lexicon("en").parse_words("two hundred and fifty thousand") == 250000
    assert number_lexicon("en").parse_words("twenty-one") == 21


def test_dev_gold_quantities_found(gold_dir: Path, finders: dict[str, QuantityFinder]) -> None:
    total = full = value = 0
    for line in (gold_dir / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        got = triples(finders[rec["lang"]], rec["text"])
        for ev in rec["events"]:
            g = ev.get("quantity")
            if g:
                total += 1
                full += (g["value"], g["unit"], g["qualifier"]) in got
                value += g["value"] in {v for v, _, _ in got}
    assert total >= 40
    assert value / total >= 0.9, (value, total)
    assert full / total >= 0.85, (full, total)

