"""Factories for store tests: Event and Prepared values built from the real model classes."""

from __future__ import annotations

from datetime import date

import pytest

from warta.model import ActorRef, Article, Claim, Event, Place, Quantity, SentenceRef, Span
from warta.store.writer import Prepared

NAMES = {"PRK": "North Korea", "RUS": "Russia", "CHN": "China", "USA": "United States", "UKR": "Ukraine"}


def make_event(text: str, src: str, tgt: str | None, type_: str = "AID", *, doc: str = "d", cameo: str = "072",
               quad: str = "material-cooperation", negated: bool = False, claimed_by: str | None = None,
               when: str | None = None, place: tuple[str, str] | None = None,
               quantity: tuple[float, str] | None = None, modality: str = "actual") -> Event:
    """An event over ``text`` whose source/target spans are the first words of the sentence."""
    words = text.split()
    s_end = len(words[0])
    t_start = text.rfind(words[-1])
    return Event(
        doc=doc, type=type_, mode=None, cameo=cameo, quad=quad,
        source=ActorRef(src, NAMES.get(src[:3], src), words[0], 0, s_end),
        target=ActorRef(tgt, NAMES.get(tgt[:3], tgt), words[-1], t_start, len(text)) if tgt else None,
        negated=negated, modality=modality,
        claimed_by=Claim(claimed_by, words[0], 0, s_end) if claimed_by else None,
        location=Place(place[0], place[1], 51.7, 36.2, place[0]) if place else None,
        when=when,
        quantity=Quantity(quantity[0], quantity[1], None, str(quantity[0])) if quantity else None,
        trigger=Span(words[1] if len(words) > 1 else words[0], s_end + 1, s_end + 1 + len(words[1])),
        sentence=SentenceRef(0, 0, len(text), text),
        lexicon=("test:1",),
    )


def make_prepared(doc: str, text: str, events: list[Event], *, published: str | None = "2024-11-15",
                  url: str | None = None, source: str | None = None, lang: str = "en") -> Prepared:
    art = Article(id=doc, text=text, lang=lang, published=date.fromisoformat(published) if published else None,
                  title=doc, url=url, source=source)
    return Prepared(article=art, origin=f"test:{doc}", sentences=((0, 0, len(text), text),), events=tuple(events))


@pytest.fixture
def ev():
    return make_event


@pytest.fixture
def prep():
    return make_prepared
