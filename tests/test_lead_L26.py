"""Fixes of the lead's twenty-sixth session, each with sentences of our own and a negative.

- What is won (a chamber, a title, a trophy: cue class won_object) is no object of an act that takes or holds (CAMEO
  fact captive): "captured the Senate" is no seizure, "stormed the Senate" stays an act of force.
- A discount for customers is trade, no aid (abstract_object: diskon, promo, discount).
- A time given is no aid also behind a number after the recipient: "gave Hamas 48 hours"; a bare time word before a
  subordinator is a time, not the object: "lifted martial law hours after declaring it" is an easing.
"""

from __future__ import annotations

import pytest

from sentence_sets import event_keys

PUB = "2026-12-06"


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "Protesters stormed the Senate in Brasilia on Sunday.", ("PROTEST", "BRA", "BRA")),
    ("en", "Rebels captured the town of Kidal from the army.", ("ASSAULT", "MLI", "MLI")),
    ("en", "Thailand's prime minister lifted martial law hours after declaring it.", ("RETREAT", "THA", "THA")),
    ("en", "Japan gave the Philippines 10 patrol boats.", ("AID", "JPN", "PHL")),
    ("id", "Jepang memberikan bantuan pangan kepada Filipina.", ("AID", "JPN", "PHL")),
])
def test_kept(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    ("en", "Labour captured the Senate seat in the by-election.", ("ASSAULT", "GBR", "GBR")),
    ("en", "The Kenyan runner captured the title in Berlin.", ("ASSAULT", "KEN", "DEU")),
    ("en", "Israel gave Hamas 48 hours to free the hostages.", ("AID", "ISR", "PSE")),
    ("en", "Samsung offered customers in Malaysia a big discount.", ("AID", "KOR", "MYS")),
    ("id", "Samsung memberikan diskon besar bagi pelanggan di Vietnam.", ("AID", "KOR", "VNM")),
    ("id", "Xiaomi memberikan promo khusus bagi pembeli di Thailand.", ("AID", "CHN", "THA")),
])
def test_not_coded(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)
