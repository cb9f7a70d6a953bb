"""General Indonesian constructions behind dev-gold misses and false alarms, each tested on sentences written for
this file (not dev, blind or suite text)."""

from __future__ import annotations

import pytest

from warta.api import extract


def events(text: str, lang: str = "id") -> set[tuple[str, str, str]]:
    return {(ev.type, ev.source.code[:3], ev.target.code[:3] if ev.target else "")
            for ev in extract(text, lang=lang, published="2024-11-15")}


@pytest.mark.parametrize("text, protest", [
    ("Ribuan buruh berunjuk rasa di depan gedung DPR di Jakarta menolak rancangan undang-undang itu.",
     ("PROTEST", "IDN", "IDN")),
    ("Warga Bangkok berdemonstrasi di luar kantor perdana menteri menentang rencana pembangunan bendungan.",
     ("PROTEST", "THA", "THA")),
    ("Pekan lalu terjadi demonstrasi besar oleh mahasiswa Kenya yang menolak kenaikan pajak.",
     ("PROTEST", "KEN", "KEN")),
])
def test_opposition_voiced_by_protesters_is_the_protests_aim(text, protest):
    got = events(text)
    assert protest in got, got
    assert not any(t == "REJECT" for t, _, _ in got), got


def test_protesters_named_only_by_their_noun_still_reject():
    got = events("Para pengunjuk rasa di Nairobi menolak tawaran dialog dari Presiden Kenya William Ruto.")
    assert any(t == "REJECT" for t, _, _ in got), got
