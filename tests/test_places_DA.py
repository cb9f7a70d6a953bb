"""Speed pass DA: PlaceFinder.find_in reads the places of a part of the text searched last off that search, and gives
what find gives for the part alone (texts of our own; cuts at sentences, names, inside words and at random)."""

from __future__ import annotations

import random

import pytest

from warta.pipeline.where import place_finder

TEXTS = {
    "id": [
        "Polisi di Jakarta Selatan menangkap dua warga Bandung. Banjir melanda Kabupaten Agam, Sumatra Barat, "
        "kata Bupati Agam. Presiden bertemu Perdana Menteri Malaysia di Kuala Lumpur, Senin.",
        "Warga Desa Wadas, Purworejo, Jawa Tengah, meminta bantuan.  Kota Batu dan Surabaya\ntergenang; "
        "warga Kecamatan Tambora mengungsi ke Jakarta Barat (DKI).",
        "Tentara Israel menyerang Gaza. Iran, Irak dan Suriah mengecam serangan di Gaza-Israel itu.",
    ],
    "en": [
        "Police in Lagos arrested three men. The mayor of Surabaya met officials from Halle, Germany, and Paris, "
        "Texas. Protesters marched in New York City on Sunday.",
        "Troops crossed into Ukraine from Belarus.\nThe ΟΔΟΣ Athens office and İstanbul police said Reading "
        "residents were safe; George Washington and the Washington Post were not named.",
        "U.S. forces struck targets near Sharm el-Sheikh. Kharkiv residents fled to Lviv, officials in Kyiv said.",
    ],
}


def _reference(pf, part: str):
    pf._last = None  # (find keeps its last answer: ask it afresh)
    return pf.find(part)


def _cuts(text: str, rng: random.Random) -> list[tuple[int, int]]:
    stops = [0] + [i + 1 for i, c in enumerate(text) if c in ".;,\n "] + [len(text)]
    cuts = {(a, b) for a, b in zip(stops, stops[1:], strict=False)}
    cuts |= {(a, b) for a in stops for b in stops if a < b and rng.random() < 0.05}
    cuts |= {tuple(sorted(rng.sample(range(len(text) + 1), 2))) for _ in range(150)}  # inside words too
    return sorted(cuts)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_find_in_gives_what_find_gives_for_the_part(lang):
    pf = place_finder(lang)
    rng = random.Random(7)
    for text in TEXTS[lang]:
        for lo, hi in _cuts(text, rng):
            expected = _reference(pf, text[lo:hi])
            pf._last = None
            pf.find(text)
            assert pf.find_in(text, lo, hi) == expected, (text[lo:hi], lo, hi)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_find_in_of_another_text_searches_the_part(lang):
    pf = place_finder(lang)
    text, other = TEXTS[lang][0], TEXTS[lang][1]
    lo, hi = 0, text.index(".") + 1
    expected = _reference(pf, text[lo:hi])
    pf._last = None
    pf.find(other)
    assert pf.find_in(text, lo, hi) == expected
    assert pf.find_in(text, 0, 0) == []


def test_find_in_reads_a_sentence_off_the_whole_search():
    pf = place_finder("id")
    text = TEXTS["id"][0]
    pf._last = None
    pf.find(text)
    scans = []
    automaton = pf.automaton
    real = automaton.hits

    def counted(low):
        scans.append(low)
        return real(low)

    automaton.hits = counted
    try:
        end = text.index(".") + 1
        found = pf.find_in(text, 0, end)
        pf.find_in(text, 3, 8)  # "isi d" is cut inside a word: searched alone
    finally:
        del automaton.hits
    assert [p.place.text for p in found] == ["Jakarta Selatan", "Bandung"]
    assert scans == [text[3:8].lower()]
