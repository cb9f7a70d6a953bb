"""Rules and words added while tuning on NTREX part D (tests/data/ntrex_tuning/D.jsonl), each checked on
sentences of our own (never the NTREX lines): what must be coded, and a negative that must not be."""

from __future__ import annotations

import pytest

from warta.api import extract

PUB = "2018-10-01"


def _keys(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(ev.type, ev.source.code[:3], ev.target.code[:3] if ev.target else "")
            for ev in extract(text, lang=lang, published=PUB)}


# (lang, sentence, (type, source country, target country)) that must be coded
CODED = [
    ("en", "After the quake, Afghan officials said that Taliban fighters killed 12 Afghan policemen.",
     ("ASSAULT", "AFG", "AFG")),
]  # fmt: skip

# (lang, sentence, type) that must not be coded
NOT_CODED = [
    # harm done by a natural hazard that heads the "that" clause of the act
    ("en", "The quake triggered a tsunami of six meters that destroyed hundreds of homes and killed 40 Filipino "
           "villagers.", "ASSAULT"),
]  # fmt: skip


@pytest.mark.parametrize("lang, text, key", CODED)
def test_coded(lang, text, key):
    assert key in _keys(text, lang)


@pytest.mark.parametrize("lang, text, etype", NOT_CODED)
def test_not_coded(lang, text, etype):
    assert etype not in {k[0] for k in _keys(text, lang)}
