"""Store queries on a real SQLite file: filters, actors, timeline, search, show, graph, article."""

from __future__ import annotations

import pandas as pd
import pytest


def ids(rows):
    return [r.id for r in rows]


def test_counts_and_idempotent_write(small_store, prep, ev):
    c = small_store.counts()
    assert (c["articles"], c["mentions"], c["events"]) == (6, 6, 4)
    t = "Pyongyang sent 10,000 troops to Russia"
    (r,) = small_store.write([prep("again", t, [ev(t, "PRK", "RUS")], url="https://other.example/x")])
    assert r.added == 0 and r.duplicates == 1  # same normalised text
    (r,) = small_store.write([prep("same-url", "Completely new text.", [], url="https://A.example/1/")])
    assert r.added == 0 and r.duplicates == 1  # same URL after normalisation
    assert small_store.counts() == c


def test_event_filters(small_store):
    s = small_store
    assert len(s.events(limit=None)) == 4
    assert len(s.events(actor="PRK")) == 2  # troops (PRK source) and sanction (PRKGOV target)
    assert len(s.events(actor="PRKGOV")) == 1
    assert len(s.events(between=("RUS", "PRK"))) == 1
    assert len(s.events(source="PRK", target="RUS")) == 1
    assert len(s.events(source="RUS", target="PRK")) == 0
    assert {e.type for e in s.events(type=["SANCTION", "ASSAULT"])} == {"SANCTION", "ASSAULT"}
    assert len(s.events(since="2024-10-25", until="2024-11-01")) == 2
    assert len(s.events(claimed_by="USA")) == 1
    assert len(s.events(claimed_by="USAGOV")) == 1
    assert len(s.events(claimed_by="USAMIL")) == 0
    (denied,) = s.events(negated=True)
    assert denied.source == "CHN" and denied.contested
    assert len(s.events(negated=False)) == 4
    assert ids(s.events(contested=True)) == [denied.id]
    assert ids(s.events(limit=2, offset=1)) == ids(s.events(limit=None))[1:3]
    assert ids(s.events(order="-date", limit=None)) == ids(s.events(limit=None))[::-1]


def test_to_pandas(small_store):
    df = small_store.events(limit=None).to_pandas()
    assert isinstance(df, pd.DataFrame)
    assert len(df) == 4 and "n_sources" in df.columns
    assert small_store.actors().to_pandas().shape[0] == len(small_store.actors())


def test_actors_ranked_with_aliases(small_store):
    actors = small_store.actors(limit=None)
    assert actors[0].code == "RUS"
    prk = {a.code: a for a in actors}["PRK"]
    assert prk.aliases == ("Pyongyang",)
    rus = {a.code: a for a in actors}["RUS"]
    assert set(rus.aliases) >= {"Russia", "Rusia"}


def test_timeline_month_and_week(small_store):
    rows = small_store.timeline(between=("PRK", "RUS"), by="month")
    assert [(r.period, r.type, r.n_events, r.n_mentions) for r in rows] == [("2024-10", "AID", 1, 2)]
    rows = small_store.timeline(actor="RUS", by="week")
    assert sum(r.n_events for r in rows) == 3
    assert all(r.period.startswith("2024-W") for r in rows)
    with pytest.raises(ValueError):
        small_store.timeline(actor="RUS", by="decade")


def test_search_all_words_and_quotes(small_store):
    hits = small_store.search("lethal aid")
    assert [h.doc for h in hits] == ["a4"]
    assert "[lethal]" in hits[0].snippet
    assert small_store.search('"; DROP TABLE articles; --') == ()
    assert [h.doc for h in small_store.search("tentara Rusia")] == ["a2"]


def test_show_event(small_store):
    (contested,) = small_store.events(contested=True)
    d = small_store.show(contested.id)
    assert d.asserted_by == ("USAGOV",) and d.denied_by == ("CHNGOV",)
    assert {m.doc for m in d.mentions} == {"a3", "a4"}
    m = next(m for m in d.mentions if m.negated)
    assert m.sentence == "Beijing denied giving lethal aid to Russia" and m.claimed_by == "CHNGOV"
    assert m.lexicon == ("test:1",)
    assert small_store.show(10_000) is None


def test_graph_actor_and_country_level(small_store):
    g = small_store.graph()
    edges = {(e.source, e.target, e.type): e for e in g.edges}
    assert edges[("PRK", "RUS", "AID")].n_events == 1
    assert edges[("PRK", "RUS", "AID")].n_mentions == 2
    assert edges[("CHN", "RUS", "AID")].n_denied == 1
    assert {n.id for n in g.nodes} == {"PRK", "RUS", "CHN", "USA", "PRKGOV", "UKRMIL"}
    country = small_store.graph(level="country")
    assert {(e.source, e.target) for e in country.edges} == {("PRK", "RUS"), ("CHN", "RUS"), ("USA", "PRK"),
                                                              ("UKR", "RUS")}
    assert [(e.source, e.target) for e in small_store.graph(negated=True).edges] == [("CHN", "RUS")]
    assert {e.type for e in small_store.graph(since="2024-11").edges} == {"SANCTION", "ASSAULT"}
    assert {e.type for e in small_store.graph(types=["AID"]).edges} == {"AID"}
    nxg = g.to_networkx()
    assert nxg.number_of_edges() == len(g.edges)


def test_dyads(small_store):
    top = small_store.dyads(limit=None)
    assert sum(d.n_events for d in top) == 4
    assert all(d.n_events >= top[-1].n_events for d in top)


def test_article_spans(small_store):
    (e,) = small_store.events(type="ASSAULT")
    d = small_store.show(e.id)
    art = small_store.article(d.mentions[0].article_id)
    assert art.text == "Kyiv attacked Russian positions in Kursk"
    kinds = {s.kind for s in art.spans}
    assert kinds >= {"sentence", "trigger", "source", "target"}
    for s in art.spans:
        assert 0 <= s.start < s.end <= len(art.text)
    trig = next(s for s in art.spans if s.kind == "trigger")
    assert art.text[trig.start:trig.end] == "attacked" and trig.event_id == e.id
    assert small_store.article(999) is None
    assert e.place == "Kursk" and e.place_country == "RUS" and e.date == "2024-11-14"


def test_snapshot_reads_one_state(small_store):
    with small_store.snapshot() as s:
        n = s.counts()["mentions"]
        assert sum(e.n_mentions for e in s.events(limit=None)) == n


def test_store_shared_across_threads(small_store):
    import threading

    results = []

    def work():
        results.append(len(small_store.events(limit=None)))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [4, 4, 4, 4]


def test_timeline_aggregate_path_equals_event_scan(small_store, prep, ev):
    t = "Moscow thanked Pyongyang again"
    small_store.write([prep("x1", t, [ev(t, "RUS", "PRK", "SUPPORT", cameo="051")], published="2024-12-02")])
    for by in ("month", "year"):
        fast = small_store.timeline(between=("PRK", "RUS"), by=by)  # aggregate table
        slow = small_store.timeline(between=("PRK", "RUS"), by=by, since="2000-01-01")  # event scan
        assert fast == slow and len(fast) >= 2
    assert small_store.timeline(between=("PRK", "RUS"), type="SUPPORT") == \
        small_store.timeline(between=("PRK", "RUS"), type="SUPPORT", until="2100-01-01")


@pytest.mark.parametrize("order", ["date", "-date"])
def test_between_fast_path_equals_full_scan(small_store, prep, ev, order):
    t = "Moscow thanked Pyongyang"
    small_store.write([prep(f"y{i}", f"{t} {i}", [ev(t, "RUS", "PRK", "SUPPORT", cameo="051")],
                            published=f"2024-{1 + i % 12:02d}-{1 + i:02d}") for i in range(12)])
    full = small_store.events(between=("PRK", "RUS"), limit=None, order=order)
    assert len(full) == 13
    for limit, offset in ((5, 0), (5, 5), (5, 10), (100, 0)):
        assert small_store.events(between=("PRK", "RUS"), limit=limit, offset=offset, order=order) == \
            full[offset:offset + limit]
    assert small_store.events(between=("RUS", "RUS"), limit=5) == ()
    typed = small_store.events(between=("RUS", "PRK"), type="SUPPORT", since="2024-06-01", limit=100)
    assert typed and all(e.type == "SUPPORT" and e.date >= "2024-06-01" for e in typed)
