"""Linear time on pathological input: what makes it linear, checked against the slow definitions.

Speed itself is measured by ``bench/pathological.py``; these tests check that the fast forms give the
same answers as the plain ones, and that run-on text is coded within the sentence-length limit.
"""

from __future__ import annotations

import random
from collections import Counter

from warta.api import extract
from warta.lexicon.registry import load_language
from warta.model import ActorMention, Place, PlaceMention
from warta.pipeline.analysis import SentenceView
from warta.pipeline.events import _scene_country
from warta.pipeline.segment import MAX_SENTENCE_TOKENS, Segmenter


def _slow_scene(places, mentions) -> str:
    spans = [(m.start, m.end) for m in mentions]
    counts = Counter(p.place.country for ps in places.values() for p in ps
                     if p.place.country and not any(a < p.end and p.start < b for a, b in spans))
    return counts.most_common(1)[0][0] if counts else ""


def test_scene_country_sweep_equals_the_pairwise_definition():
    rng = random.Random(7)
    for _ in range(300):
        mentions = []
        for _ in range(rng.randint(0, 12)):
            a = rng.randint(0, 200)
            mentions.append(ActorMention("IDN", "x", "x", a, a + rng.randint(0, 15), "country"))
        places: dict[int, list[PlaceMention]] = {}
        for _ in range(rng.randint(0, 12)):
            a = rng.randint(0, 200)
            country = rng.choice(["UKR", "RUS", "PSE", None])
            p = PlaceMention(Place("p", country, None, None, "p"), a, a + rng.randint(1, 10))
            places.setdefault(rng.randint(0, 3), []).append(p)
        assert _scene_country(places, mentions) == _slow_scene(places, mentions)


def test_token_at_finds_the_covering_token():
    text = "Polisi  menangkap dua orang di Jakarta, Senin."
    sentence = Segmenter().split(text)[0]
    view = SentenceView(sentence, load_language("id"), [])
    for char in range(-2, len(text) + 2):
        slow = next((i for i, t in enumerate(sentence.tokens) if t.start <= char < t.end), None)
        assert view.token_at(char) == slow


# our own clauses, each coded alone; run together without a single punctuation mark
CLAUSES = ["Rusia menyerang Ukraina", "Polisi Malaysia menangkap dua nelayan Vietnam",
           "Jepang mengirim bantuan ke Filipina", "Pemerintah Iran mengecam Israel"]


def test_a_run_on_text_is_coded_in_pieces_within_the_limit():
    text = " ".join(CLAUSES * 40)  # about 400 tokens, one "sentence" for the full-stop rule
    events = extract(text, lang="id")
    assert len(Segmenter().split(text)) > 1
    assert all(len(e.sentence.text.split()) <= MAX_SENTENCE_TOKENS for e in events)
    for e in events:
        assert text[e.sentence.start : e.sentence.end] == e.sentence.text
        assert text[e.trigger.start : e.trigger.end] == e.trigger.text
    found = {(e.type, e.source.code[:3], e.target.code[:3] if e.target else "") for e in events}
    assert {("ASSAULT", "RUS", "UKR"), ("AID", "JPN", "PHL")} <= found
