"""The word-bounded automaton finds exactly the hits of a plain automaton that pass the boundary test."""

from __future__ import annotations

import random

import ahocorasick
import pytest

from warta.pipeline.bounded import BoundedAutomaton, mask

KEYS = ["us", "us$", "mr", "mr.", "-backed", "al-", "st. louis", "guinea-bissau", "guinea bissau", "a", "an",
        "jakarta", "jakarta pusat", "'s", "u.s.", "k", "é", "x_y"]


def _plain(keys: list[str], text: str, strict: bool) -> set[tuple[int, int, str]]:
    auto = ahocorasick.Automaton()
    for k in keys:
        auto.add_word(k, k)
    auto.make_automaton()
    out = set()
    for last, k in auto.iter(text):
        start, end = last - len(k) + 1, last + 1
        if strict:
            if (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
                continue
        elif (start > 0 and text[start].isalnum() and text[start - 1].isalnum()) \
                or (end < len(text) and text[end - 1].isalnum() and text[end].isalnum()):
            continue
        out.add((start, end, k))
    return out


def _bounded(keys: list[str], text: str, strict: bool) -> set[tuple[int, int, str]]:
    found = [(s, e, k) for s, e, k, _ in BoundedAutomaton(((k, None) for k in keys), strict).iter(text)]
    assert len(found) == len(set(found))
    return set(found)


@pytest.mark.parametrize("strict", [True, False])
def test_same_hits_as_plain_filtering(strict: bool) -> None:
    rng = random.Random(5)
    alphabet = list("usmrabcdelijkatpé$.-' _,\u0001") + ["guinea", "bissau", "louis", "jakarta", "pusat", "backed"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert _bounded(KEYS, text, strict) == _plain(KEYS, text, strict), text


@pytest.mark.parametrize("strict", [True, False])
def test_examples(strict: bool) -> None:
    text = "mr. us$11 the us-backed st. louis guinea-bissau, jakarta pusat; bus"
    assert _bounded(KEYS, text, strict) == _plain(KEYS, text, strict)
    assert (0, 3, "mr.") in _bounded(KEYS, text, strict)


def test_mask_keeps_length_and_letters() -> None:
    assert mask("Café-au_lait 3!") == "Café\x01au\x01lait\x013\x01"


def test_mask_is_isalnum_for_every_character() -> None:
    chars = "".join(map(chr, range(0x3100))) + "\U0001d400\U0001f600\u4e2d"
    assert [c == "\x01" for c in mask(chars)] == [not c.isalnum() or c == "\x01" for c in chars]
