"""A tiny store written through the real store writer from hand-coded events.

Used where the extractor is not the point (the JSON API's shapes, the XSS rendering, the
1M-event bench builds its own): each event is placed by the offsets of its words in the text.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from warta import store
from warta.model import ActorRef, Article, Claim, Event, Place, Quantity, SentenceRef, Span

__all__ = ["XSS_TEXT", "build_store", "event_in"]

XSS_TEXT = (
    'Rusia mengirim bantuan ke Suriah <script>window.__xss = 1; alert("xss")</script> kata pejabat. '
    'Gambar <img src=x onerror="window.__xss = 2; alert(2)"> tidak ada.'
)


def _span(text: str, surface: str, after: int = 0) -> tuple[int, int]:
    i = text.index(surface, after)
    return i, i + len(surface)


def event_in(doc: str, text: str, sentence: str, *, type: str, cameo: str, quad: str, source: tuple[str, str, str],
             target: tuple[str, str, str] | None, trigger: str, negated: bool = False,
             claimed_by: tuple[str, str] | None = None, place: Place | None = None, when: str | None = None,
             quantity: Quantity | None = None) -> Event:
    s0, s1 = _span(text, sentence)
    code, name, surface = source
    a0, a1 = _span(text, surface, s0)
    t0, t1 = _span(text, trigger, s0)
    tgt = None
    if target:
        tc, tn, ts = target
        b0, b1 = _span(text, ts, t1 if ts == surface else s0)
        tgt = ActorRef(tc, tn, ts, b0, b1)
    claim = None
    if claimed_by:
        c0, c1 = _span(text, claimed_by[1], s0)
        claim = Claim(claimed_by[0], claimed_by[1], c0, c1)
    return Event(doc=doc, type=type, mode=None, cameo=cameo, quad=quad, source=ActorRef(code, name, surface, a0, a1),
                 target=tgt, negated=negated, modality="actual", claimed_by=claim, location=place, when=when,
                 quantity=quantity, trigger=Span(trigger, t0, t1), sentence=SentenceRef(0, s0, s1, sentence),
                 lexicon=("test",))


def _prepared(article: Article, events: list[Event]) -> store.Prepared:
    sentences = []
    pos = 0
    for i, part in enumerate(article.text.split(". ")):
        start = article.text.index(part, pos)
        sentences.append((i, start, start + len(part), part))
        pos = start + len(part)
    return store.Prepared(article=article, origin="test", sentences=tuple(sentences), events=tuple(events))


KURSK = Place("Kursk", "RUS", 51.73, 36.19, "Kursk")


def build_store(path: Path) -> Path:
    a1 = ("North Korea has sent more than 10,000 troops to Russia to fight in Kursk, officials said. "
          "Moscow gave money in return.")
    a2 = ("China denied sending weapons to Russia, a ministry spokesman said. "
          "Beijing said it stays neutral.")
    a5 = "China shipped weapons to Russia last week, a US official said."
    a3 = "Korea Utara mengirim 10.000 tentara ke Rusia di Kursk, menurut pejabat AS."
    arts = [
        (Article("a1", a1, "en", date(2024, 11, 14), "Troops to Kursk", None, "Outlet A"), [
            event_in("a1", a1, "North Korea has sent more than 10,000 troops to Russia to fight in Kursk, officials said",
                     type="AID", cameo="074", quad="material-cooperation", source=("PRK", "North Korea", "North Korea"),
                     target=("RUS", "Russia", "Russia"), trigger="sent", claimed_by=("ANON", "officials"),
                     place=KURSK, when="2024-11-14", quantity=Quantity(10000, "troops", "more than", "more than 10,000")),
            event_in("a1", a1, "Moscow gave money in return", type="AID", cameo="071", quad="material-cooperation",
                     source=("RUSGOV", "Russia", "Moscow"), target=None, trigger="gave"),
        ]),
        (Article("a2", a2, "en", date(2024, 11, 15), "China denies", None, "Outlet B"), [
            event_in("a2", a2, "China denied sending weapons to Russia, a ministry spokesman said", type="AID",
                     cameo="072", quad="material-cooperation", source=("CHN", "China", "China"),
                     target=("RUS", "Russia", "Russia"), trigger="sending", negated=True,
                     claimed_by=("CHNGOV", "a ministry spokesman")),
        ]),
        (Article("a3", a3, "id", date(2024, 11, 15), "Korut kirim tentara", None, "Outlet C"), [
            event_in("a3", a3, a3.rstrip("."), type="AID", cameo="074", quad="material-cooperation",
                     source=("PRK", "North Korea", "Korea Utara"), target=("RUS", "Russia", "Rusia"), trigger="mengirim",
                     claimed_by=("USAGOV", "pejabat AS"), place=KURSK, when="2024-11-15",
                     quantity=Quantity(10000, "troops", None, "10.000 tentara")),
        ]),
        (Article("xss", XSS_TEXT, "id", date(2024, 11, 16), '<img src=x onerror="window.__xss = 3">', None,
                 "<script>window.__xss=4</script>"), [
            event_in("xss", XSS_TEXT, XSS_TEXT.split(" kata")[0], type="AID", cameo="070", quad="material-cooperation",
                     source=("RUS", "<b>Rusia</b>", "Rusia"), target=("SYR", "Suriah", "Suriah"), trigger="mengirim",
                     claimed_by=("RUSGOV", "pejabat")),
        ]),
        (Article("a5", a5, "en", date(2024, 11, 17), "Weapons shipped", None, "Outlet D"), [
            event_in("a5", a5, a5.rstrip("."), type="AID", cameo="072", quad="material-cooperation",
                     source=("CHN", "China", "China"), target=("RUS", "Russia", "Russia"), trigger="shipped",
                     claimed_by=("USAGOV", "a US official")),
        ]),
    ]
    with store.open(path) as st:
        st.write(_prepared(a, evs) for a, evs in arts)
    return path
