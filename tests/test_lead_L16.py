"""Fixes of the lead's sixteenth session, each with sentences of our own and a negative.

- A trip to a place is a visit to the state that holds it, in Indonesian as in English ("travel to"): "melakukan
  perjalanan ke Ankara", "dalam perjalanan ke Washington", "melakukan lawatan ke Tokyo". A trip home or to a match
  has no state actor and stays nothing.
"""

from __future__ import annotations

import pytest

from sentence_sets import event_keys

PUB = "2026-12-06"


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("id", "Wakil Presiden AS Mike Pence akan melakukan perjalanan ke Ankara untuk bertemu dengan Erdogan.",
     ("CONSULT", "USA", "TUR")),
    ("id", "Perdana Menteri Jepang dalam perjalanan ke Washington ketika berita itu muncul.",
     ("CONSULT", "JPN", "USA")),
    ("id", "Menteri Luar Negeri Prancis melakukan lawatan ke Tokyo pekan ini.", ("CONSULT", "FRA", "JPN")),
])
def test_trip_is_a_visit(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize("text", [
    "Ribuan pemudik melakukan perjalanan ke kampung halaman menjelang Lebaran.",
    "Tim nasional melakukan perjalanan ke Hanoi untuk laga tandang.",
])
def test_trip_without_state_actor(text):
    assert not [k for k in event_keys(text, "id", PUB) if k[0] == "CONSULT"]
