"""Factories for store tests: Event and Prepared values built from the real model classes."""

from __future__ import annotations

from datetime import date

import pytest

from warta.model import ActorRef, Article, Claim, Event, Place, Quantity, SentenceRef, Span
from warta.store import open as ws_open
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


T_TROOPS = "Pyongyang sent 10,000 troops to Russia"
T_TROOPS_ID = "Korut mengirim 10.000 tentara ke Rusia"
T_DENY = "Beijing denied giving lethal aid to Russia"
T_AID = "China supplied drone parts to Russia"
T_SANCTION = "Washington sanctioned Pyongyang officials"
T_ATTACK = "Kyiv attacked Russian positions in Kursk"


@pytest.fixture
def small_store(tmp_path):
    """A real store with six articles: a merged troop transfer, a contested aid event, a sanction, an attack."""
    store = ws_open(tmp_path / "small.db")
    store.write([
        make_prepared("a1", T_TROOPS, [make_event(T_TROOPS, "PRK", "RUS", quantity=(10000, "troops"),
                                                  claimed_by="KORGOV")], source="Wire A",
                      url="https://a.example/1", published="2024-10-18"),
        make_prepared("a2", T_TROOPS_ID, [make_event(T_TROOPS_ID, "PRKMIL", "RUS", quantity=(10000, "troops"))],
                      source="Koran B", published="2024-10-19", lang="id"),
        make_prepared("a3", T_AID, [make_event(T_AID, "CHN", "RUS", claimed_by="USAGOV", cameo="070")],
                      source="Wire A", published="2024-10-25"),
        make_prepared("a4", T_DENY, [make_event(T_DENY, "CHNGOV", "RUS", negated=True, claimed_by="CHNGOV",
                                                cameo="070")], source="Wire C", published="2024-10-26"),
        make_prepared("a5", T_SANCTION, [make_event(T_SANCTION, "USA", "PRKGOV", "SANCTION", cameo="163",
                                                    quad="material-conflict")], source="Wire C",
                      published="2024-11-01"),
        make_prepared("a6", T_ATTACK, [make_event(T_ATTACK, "UKRMIL", "RUS", "ASSAULT", cameo="190",
                                                  quad="material-conflict", place=("Kursk", "RUS"),
                                                  when="2024-11-14")], source="Koran B", published="2024-11-15"),
    ])
    yield store
    store.close()
