"""The clustering rule, as pure functions and through the writer."""

from __future__ import annotations

import pytest

import warta.store as ws
from warta.cluster import (
    Candidate,
    ClusterKey,
    MentionFacts,
    best_candidate,
    compatible,
    country_of,
    date_range,
)


@pytest.mark.parametrize(("code", "country"), [("PRKMIL", "PRK"), ("PRK", "PRK"), ("IGOUN", "IGOUN"),
                                               ("ngoamn", "NGOAMN"), ("ANON", "ANON"), ("", ""),
                                               (None, "")])
def test_country_of(code, country):
    assert country_of(code) == country


@pytest.mark.parametrize(("when", "published", "expected"), [
    ("2024-11-14", None, ("2024-11-14", "2024-11-14")),
    ("2024-W46", None, ("2024-11-11", "2024-11-17")),
    ("2024-02", None, ("2024-02-01", "2024-02-29")),
    ("2024-12", None, ("2024-12-01", "2024-12-31")),
    ("2024", None, ("2024-01-01", "2024-12-31")),
    (None, "2024-10-18", ("2024-10-18", "2024-10-18")),
    ("garbage", "2024-10-18", ("2024-10-18", "2024-10-18")),
    (None, None, (None, None)),
])
def test_date_range(when, published, expected):
    assert date_range(when, published) == expected


KEY = ClusterKey("AID", "actual", "PRK", "RUS")


def cand(**kw):
    base = dict(id=1, date="2024-10-18", date_lo="2024-10-18", date_hi="2024-10-18", place_country=None,
                quantity_value=None, quantity_unit=None, n_mentions=1)
    base.update(kw)
    return Candidate(**base)


def facts(**kw):
    base = dict(key=KEY, date_lo="2024-10-20", date_hi="2024-10-20", place_country=None, quantity_value=None,
                quantity_unit=None)
    base.update(kw)
    return MentionFacts(**base)


def test_compatible_rules():
    assert compatible(cand(), facts())
    assert not compatible(cand(), facts(date_lo="2024-10-30", date_hi="2024-10-30"))
    assert not compatible(cand(), facts(date_lo=None, date_hi=None))
    assert compatible(cand(date=None, date_lo=None, date_hi=None), facts(date_lo=None, date_hi=None))
    assert not compatible(cand(place_country="RUS"), facts(place_country="UKR"))
    assert compatible(cand(place_country="RUS"), facts())
    assert compatible(cand(quantity_value=10000, quantity_unit="troops"), facts(quantity_value=11000, quantity_unit="troops"))
    assert not compatible(cand(quantity_value=10000, quantity_unit="troops"), facts(quantity_value=3e6, quantity_unit="shells"))
    assert not compatible(cand(quantity_value=1000, quantity_unit="troops"), facts(quantity_value=10000, quantity_unit="troops"))


def test_best_candidate_prefers_closest_date():
    far = cand(id=1, date="2024-10-13", date_lo="2024-10-13", date_hi="2024-10-13", n_mentions=9)
    near = cand(id=2, date="2024-10-21", date_lo="2024-10-21", date_hi="2024-10-21")
    assert best_candidate([far, near], facts()).id == 2
    assert best_candidate([], facts()) is None


def test_reports_of_one_event_merge_and_denial_is_kept(tmp_path, ev, prep):
    store = ws.open(tmp_path / "w.db")
    t1 = "Pyongyang sent 10,000 troops to Russia"
    t2 = "Korut mengirim 11.000 tentara ke Rusia"
    t3 = "Moscow denied that troops came to Russia"
    t4 = "Pyongyang sent 3,000,000 shells to Russia"
    store.write([
        prep("a", t1, [ev(t1, "PRK", "RUS", quantity=(10000, "troops"), claimed_by="KORGOV")], source="Wire A"),
        prep("b", t2, [ev(t2, "PRKMIL", "RUS", quantity=(11000, "troops"))], source="Koran B",
             published="2024-11-17", lang="id"),
        prep("c", t3, [ev(t3, "PRK", "RUS", negated=True, claimed_by="RUSGOV")], source="Wire C",
             published="2024-11-16"),
        prep("d", t4, [ev(t4, "PRK", "RUS", quantity=(3e6, "shells"))], source="Wire A"),
        prep("e", t1 + " (repeat)", [ev(t1, "PRK", "RUS", quantity=(10000, "troops"))], source="Wire A",
             published="2024-12-30"),
    ])
    events = store.events(between=("PRK", "RUS"), limit=None, order="id")
    assert len(events) == 3
    troops, shells, later = events
    assert (troops.n_mentions, troops.n_articles, troops.n_sources) == (3, 3, 3)
    assert (troops.n_asserting, troops.n_denying) == (2, 1)
    assert troops.contested and not troops.negated
    assert shells.quantity_unit == "shells" and shells.n_mentions == 1
    assert later.date == "2024-12-30"
    detail = store.show(troops.id)
    assert detail.denied_by == ("RUSGOV",)
    assert detail.asserted_by == ("KORGOV", "koran b")
    assert [m.stance for m in detail.mentions].count("denies") == 1


def test_same_outlet_counts_once_and_sentence_duplicates_collapse(tmp_path, ev, prep):
    store = ws.open(tmp_path / "w.db")
    t = "Beijing gave lethal aid to Russia"
    e1 = ev(t, "CHN", "RUS")
    store.write([prep("a", t, [e1, e1]), prep("b", t + ".", [ev(t, "CHN", "RUS")], source=None, url="https://x.example/b"),
                 prep("c", t + "!", [ev(t, "CHN", "RUS")], url="https://www.x.example/c")])
    (e,) = store.events(limit=None)
    assert e.n_mentions == 3  # the duplicate in article a collapsed
    assert e.n_sources == 2  # doc:a and x.example
    assert e.n_articles == 3


def test_direction_and_modality_separate_events(tmp_path, ev, prep):
    store = ws.open(tmp_path / "w.db")
    t = "Moscow met Pyongyang envoy in Russia"
    store.write([prep("a", t, [ev(t, "RUS", "PRK", "CONSULT", cameo="040", quad="verbal-cooperation"),
                               ev(t, "PRK", "RUS", "CONSULT", cameo="040", quad="verbal-cooperation"),
                               ev(t, "PRK", "RUS", "CONSULT", cameo="040", quad="verbal-cooperation",
                                  modality="planned")])])
    assert len(store.events(limit=None)) == 3
