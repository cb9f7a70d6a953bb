"""The JSON API over a real store: shapes, filters, security (read-only, parameters, 413)."""

from __future__ import annotations

import sqlite3

import pytest

from warta import store
from warta.model import Article
from warta.web.app import create_app


def test_graph_has_the_dyads_aggregated_by_country(client):
    g = client.get("/api/graph").json()
    ids = {n["id"] for n in g["nodes"]}
    assert {"PRK", "RUS", "CHN", "SYR"} <= ids
    edges = {(e["source"], e["target"], e["type"]): e for e in g["edges"]}
    assert edges[("PRK", "RUS", "AID")]["n_events"] == 1
    assert edges[("PRK", "RUS", "AID")]["quad"] == "material-cooperation"
    assert edges[("CHN", "RUS", "AID")]["n_denied"] == 1
    assert g["truncated"] is False
    # RUSGOV -> (no target) is not an edge; actor level keeps sector codes apart
    actor_level = client.get("/api/graph", params={"level": "actor"}).json()
    assert all(e["target"] for e in actor_level["edges"])


def test_graph_filters_denied_and_types(client):
    denied = client.get("/api/graph", params={"negated": "true"}).json()
    assert {(e["source"], e["target"]) for e in denied["edges"]} == {("CHN", "RUS")}
    none = client.get("/api/graph", params={"type": "ASSAULT"}).json()
    assert none["edges"] == [] and none["nodes"] == []
    limited = client.get("/api/graph", params={"limit": 1}).json()
    assert len(limited["edges"]) == 1 and limited["truncated"] is True


def test_events_filters_sort_and_pagination(client):
    res = client.get("/api/events", params={"source": "PRK", "target": "RUS", "evidence": "1"}).json()
    assert [e["type"] for e in res["events"]] == ["AID"]
    ev = res["events"][0]
    assert ev["n_sources"] == 2 and ev["quantity_value"] == 10000
    sentence = ev["evidence"][0]["sentence"]
    trig = ev["evidence"][0]["trigger"]
    assert sentence["text"][trig["start"] - sentence["start"]: trig["end"] - sentence["start"]] == trig["text"]
    page1 = client.get("/api/events", params={"limit": 2, "sort": "id", "order": "asc"}).json()
    page2 = client.get("/api/events", params={"limit": 2, "offset": 2, "sort": "id", "order": "asc"}).json()
    assert page1["has_more"] is True and page2["has_more"] is False
    ids = [e["id"] for e in page1["events"] + page2["events"]]
    assert ids == sorted(ids) and len(set(ids)) == 4
    by_mentions = client.get("/api/events", params={"sort": "n_mentions", "order": "desc"}).json()["events"]
    assert by_mentions[0]["id"] == 1  # two reports
    assert client.get("/api/events", params={"sort": "id", "order": "desc"}).status_code == 422
    between = client.get("/api/events", params={"between": "RUS,PRK"}).json()
    assert [e["source"] for e in between["events"]] == ["PRK"]
    denied = client.get("/api/events", params={"negated": "true"}).json()
    assert [e["source"] for e in denied["events"]] == ["CHN"] and denied["events"][0]["n_denying"] == 1
    usagov = client.get("/api/events", params={"claimed_by": "USAGOV", "sort": "id", "order": "asc"}).json()
    assert [e["source"] for e in usagov["events"]] == ["PRK", "CHN"]
    contested = client.get("/api/events", params={"contested": "true"}).json()["events"]
    assert [(e["source"], e["n_asserting"], e["n_denying"], e["contested"]) for e in contested] == [("CHN", 1, 1, True)]


def test_event_detail_has_every_mention_with_offsets_and_claims(client):
    d = client.get("/api/events/1").json()
    assert d["event"]["type"] == "AID" and len(d["mentions"]) == 2
    assert d["asserted_by"] == ["ANON", "USAGOV"] and d["denied_by"] == []
    for m in d["mentions"]:
        s = m["sentence"]
        for part in ("source", "target", "claimed_by"):
            span = m[part]
            assert s["text"][span["start"] - s["start"]: span["end"] - s["start"]] == span["text"]
    assert client.get("/api/events/999").status_code == 404
    denial = client.get("/api/events/3").json()
    assert denial["denied_by"] == ["CHNGOV"] and denial["mentions"][0]["negated"] is True


def test_timeline_actors_search_article_places(client):
    t = client.get("/api/timeline", params={"source": "PRK", "target": "RUS", "by": "month"}).json()
    assert t["periods"] == ["2024-11"] and t["counts"]["2024-11"] == {"AID": 1}
    assert client.get("/api/timeline", params={"source": "PRK"}).status_code == 422
    actors = client.get("/api/actors").json()["actors"]
    assert "RUS" in {a["code"] for a in actors}
    hits = client.get("/api/search", params={"q": "troops Kursk"}).json()["hits"]
    assert hits and "Kursk" in hits[0]["sentence"]
    art = client.get("/api/articles/1").json()
    kinds = {s["kind"] for s in art["spans"]}
    assert {"trigger", "source", "target", "claim"} <= kinds
    assert art["negated_mentions"] == []
    denial = client.get("/api/articles/2").json()
    assert denial["negated_mentions"] == [s["mention_id"] for s in denial["spans"] if s["kind"] == "trigger"]
    assert client.get("/api/articles/99").status_code == 404
    places = client.get("/api/places").json()["places"]
    assert places[0]["name"] == "Kursk" and places[0]["n_events"] == 1 and places[0]["lat"] == pytest.approx(51.73)


def test_injection_attempts_are_parameters_or_refused(client):
    assert client.get("/api/events", params={"actor": "PRK' OR 1=1 --"}).status_code == 422
    assert client.get("/api/events", params={"type": "AID') OR ('1'='1"}).status_code == 422
    r = client.get("/api/search", params={"q": "'; DROP TABLE events; --"})
    assert r.status_code == 200
    assert len(client.get("/api/events").json()["events"]) == 4


def test_store_is_read_only(client, handmade_db):
    st = client.app.state.store
    assert st.readonly is True
    article = Article("ro", "Rusia mengirim bantuan.", "id", None)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        st.write([store.Prepared(article, "test", ((0, 0, 23, article.text),), ())])
    assert store.open(handmade_db, readonly=True).counts()["events"] == 4


def test_missing_database_is_not_created(tmp_path):
    with pytest.raises(FileNotFoundError):
        create_app(tmp_path / "nope.db")
    assert not (tmp_path / "nope.db").exists()


def test_oversized_bodies_get_413(client):
    big = "x" * (65 * 1024)
    r = client.post("/api/extract", json={"text": big})
    assert r.status_code == 413
    # no Content-Length (chunked): refused while streaming
    r = client.post("/api/extract", content=iter([b'{"text": "', big.encode(), b'"}']),
                    headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_security_headers_and_docs(client):
    r = client.get("/index.html")
    assert r.status_code == 200
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/graph", "/api/extract", "/api/timeline"} <= set(spec["paths"])
    docs = client.get("/docs").text
    assert "/vendor/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()


def test_languages_come_from_the_registry(client):
    from warta.lexicon.registry import available_languages

    langs = client.get("/api/languages").json()["languages"]
    assert [x["code"] for x in langs] == list(available_languages())
    assert {"id": "Indonesian", "en": "English"}.items() <= {x["code"]: x["name"] for x in langs}.items()
    spec = client.get("/openapi.json").json()
    lang = spec["components"]["schemas"]["ExtractRequest"]["properties"]["lang"]
    assert sorted(next(a for a in lang["anyOf"] if "enum" in a)["enum"]) == sorted(available_languages())


DENIAL = ("Kementerian Luar Negeri China membantah telah mengirim senjata ke Rusia, "
          "kata juru bicara kementerian itu pada Jumat.")


def test_extract_shows_a_denial(client):
    r = client.post("/api/extract", json={"text": DENIAL, "lang": "id", "published": "2024-11-15"})
    assert r.status_code == 200
    body = r.json()
    assert body["saved"] is None
    denied = [e for e in body["events"] if e["negated"]]
    assert denied and denied[0]["target"]["code"] == "RUS"
    assert denied[0]["claimed_by"]["code"].startswith("CHN")
    assert client.post("/api/extract", json={"text": ""}).status_code == 422
    assert client.post("/api/extract", json={"text": "x", "lang": "fr"}).status_code == 422


def test_extract_and_save_stores_the_article_once(handmade_db, tmp_path):
    import shutil

    from fastapi.testclient import TestClient

    db = tmp_path / "copy.db"
    shutil.copy(handmade_db, db)
    def chn_rus(c) -> int:
        edges = c.get("/api/graph").json()["edges"]
        return next(e["n_mentions"] for e in edges if (e["source"], e["target"]) == ("CHN", "RUS"))

    with TestClient(create_app(db, allow_save=True), base_url="http://127.0.0.1") as c:
        before = chn_rus(c)
        assert chn_rus(c) == before and c.app.state.graph_cache.hits >= 1  # served from the cache
        body = {"text": DENIAL, "lang": "id", "published": "2024-11-15", "title": "Bantahan", "save": True}
        saved = c.post("/api/extract", json=body).json()["saved"]
        assert chn_rus(c) == before + 1  # the write invalidated the cached graph
        assert saved["added"] == 1 and saved["mentions_added"] >= 1  # joins the stored denial event
        art = c.get(f"/api/articles/{saved['article_id']}").json()
        assert art["title"] == "Bantahan" and art["text"] == DENIAL
        again = c.post("/api/extract", json=body).json()["saved"]
        assert again["duplicate"] is True
        assert c.app.state.store.readonly is True
    with TestClient(create_app(db), base_url="http://127.0.0.1") as c:  # saving is off by default
        r = c.post("/api/extract", json={"text": DENIAL, "save": True})
        assert r.status_code == 403
        assert "--allow-save" in r.json()["detail"]


@pytest.mark.parametrize(("periods", "by", "expected"), [
    (["2024-W01", "2024-W03"], "week", ["2024-W01", "2024-W02", "2024-W03"]),
    (["2024-W52", "2025-W00", "2025-W02"], "week", ["2024-W52", "2024-W53", "2025-W00", "2025-W01", "2025-W02"]),
    (["2023-11", "2024-02"], "month", ["2023-11", "2023-12", "2024-01", "2024-02"]),
    (["2021", "2023"], "year", ["2021", "2022", "2023"]),
    (["2024-02-28", "2024-03-01"], "day", ["2024-02-28", "2024-02-29", "2024-03-01"]),
])
def test_timeline_axis_has_no_missing_periods(periods, by, expected):
    from warta.store.results import TimelineRow
    from warta.web.convert import timeline_json

    res = timeline_json([TimelineRow(p, "AID", 1, 1, 0) for p in periods], by)
    assert res["periods"] == expected
    assert sum(sum(c.values()) for c in res["counts"].values()) == len(periods)


def test_extract_takes_the_outlets_home_country(client):
    # (helper CA) "home": the outlet's country, the last country of a bare police (a code that is no state is a 422)
    text = "Polisi menangkap tiga pria yang mencuri sepeda motor."
    r = client.post("/api/extract", json={"text": text, "lang": "id", "published": "2025-06-20", "home": "idn"})
    assert r.status_code == 200
    assert any(e["source"]["code"] == "IDNCOP" for e in r.json()["events"])
    assert client.post("/api/extract", json={"text": text, "lang": "id", "home": "XYZ"}).status_code == 422
