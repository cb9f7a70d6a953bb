"""Speed pass CE (session 24): scans of a whole article per call cut to what they read, with the same answers.

- ``ActorFinder.names_accord`` looks for the one or two words right before a capital ("Perjanjian Paris", "perjanjian
  iklim Paris") with ``_WORDS_BEFORE`` searched from the second space before it (``actors.words_before``), not from the
  article's start (no match can start before that space);
- ``PlaceFinder._units`` runs its unit regex ("Kecamatan X") only on a text that holds one of the unit words;
- ``ActorFinder._descriptions`` splits off the one word before a description, not the whole text before it.

Each is checked here against what the old expression gives, on texts of our own (not in any set) and on every cut
of short random strings. The proof of the pass as a whole is bench/same_output.py: byte for byte the same output
before and after on the dev gold, the tuning set, the samples and 4,000 kumparan sentences.
"""

import random

import pytest

from warta.pipeline.actors import _WORDS_BEFORE, ActorFinder, words_before
from warta.pipeline.where import _lower, place_finder


def _bounded(text: str, end: int):
    return words_before(text, end)


def _span(match):
    return match and (match.span(), match.groups())


@pytest.mark.parametrize("text", [
    "Menurut laporan, Amerika Serikat keluar dari Perjanjian Paris pada 2020 dan Kesepakatan Minsk gagal.",
    "Ia  tiba di\nParis kemarin, lalu ke Moskow dan (Kyiv) sebelum kembali ke Jakarta_Pusat .",
    "",
])
def test_the_word_before_a_name_is_the_search_from_the_start(text):
    for end in range(len(text) + 1):
        assert _span(_bounded(text, end)) == _span(_WORDS_BEFORE.search(text, 0, end)), end


def test_the_word_before_a_name_on_random_strings():
    rng = random.Random(24)
    alphabet = ["a", "B", "_", "1", "é", " ", " ", "\n", "-", "(", "Σ"]
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        for end in range(len(text) + 1):
            assert _span(_bounded(text, end)) == _span(_WORDS_BEFORE.search(text, 0, end)), (text, end)


@pytest.mark.parametrize(("text", "accord"), [
    ("Amerika Serikat keluar dari Perjanjian Paris pada 2020.", True),
    ("Pejabat itu mengatakan bahwa " * 40 + "Amerika Serikat keluar dari Perjanjian Paris.", True),
    ("Presiden Prancis bertemu Presiden Jokowi di Paris.", False),
    ("Amerika Serikat menarik diri dari perjanjian iklim Paris.", True),  # (lead, session 32) across one word
    ("Delegasi itu tiba di kota Paris kemarin.", False),
    ("Pejabat itu mengatakan bahwa " * 40 + "Presiden Prancis bertemu Jokowi di Paris.", False),
])
def test_an_accord_named_after_a_capital_after_a_long_text(text, accord):
    finder = ActorFinder("id")
    assert any(m.text == "Paris" for m in finder.find(text)) is not accord


@pytest.mark.parametrize(("text", "places"), [
    ("Banjir melanda Kecamatan Sukamakmur Senin lalu.", ["Sukamakmur"]),
    ("Warga KELURAHAN Cibeber Hilir mengungsi.", ["Cibeber Hilir"]),
    ("Polisi di Kab. Tanahlapang menangkap dua orang.", ["Tanahlapang"]),
    ("Polisi menangkap dua orang di desa itu.", []),
    ("Kecamatan itu terendam banjir.", []),
])
def test_places_after_a_unit_word_in_any_case(text, places):
    finder = place_finder("id")
    assert [text[start:end] for start, end, _ in finder._units(text, _lower(text))] == places


def test_a_text_with_no_unit_word_holds_no_unit_place():
    finder = place_finder("id")
    text = "Polisi menangkap dua orang di Jalan Merdeka, Bandung."
    assert not any(unit in _lower(text) for unit in finder.units)
    assert not list(finder.unit_re.finditer(text)) and finder._units(text, _lower(text)) == []


def test_the_last_word_before_a_description_is_the_split_one():
    rng = random.Random(7)
    alphabet = ["a", "b", " ", "\t", "\n", "\u00a0", "\u2003", "."]
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        for end in range(len(text) + 1):
            assert text[:end].rsplit(None, 1)[-1:] == text[:end].split()[-1:], (text, end)


@pytest.mark.parametrize("before", ["", "Officials said on Monday that the talks had failed. " * 30])
def test_a_group_described_before_its_name_after_a_long_text(before):
    found = ActorFinder("en").find(before + "The militant Palestinian group Hamas attacked Israel.")
    assert [(m.text, m.code) for m in found if m.code != "GOV"][-2:] == [("Hamas", "PSEREB"), ("Israel", "ISR")]
