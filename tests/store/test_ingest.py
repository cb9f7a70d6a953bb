"""Ingest through the real extraction core into real SQLite files."""

from __future__ import annotations

import http.server
import threading
from functools import partial

import pytest

import warta.store as ws
from warta.api import ingest
from warta.samples import corpus_path, load_corpus, recombine, write_jsonl


def signature(store):
    """Everything a clean run decides: articles, and each event with its counts."""
    events = store.events(limit=None, order="id")
    return (store.counts(),
            sorted((e.type, e.source, e.target or "", e.date or "", e.n_mentions, e.n_sources, e.n_asserting,
                    e.n_denying) for e in events))


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory):
    store = ws.open(tmp_path_factory.mktemp("sample") / "sample.db")
    report = ingest(store, [corpus_path()], workers=1, progress=False)
    yield store, report
    store.close()


def test_sample_corpus_ingests_cleanly(sample_store):
    store, report = sample_store
    assert report.errors == ()
    assert report.articles_added == len(load_corpus()) == 24
    c = store.counts()
    assert c["articles"] == 24 and c["mentions"] > 24
    assert c["events"] < c["mentions"], "clustering merged nothing"
    assert {store.article(i).lang for i in range(1, 25)} == {"id", "en"}


def test_reingest_adds_nothing(sample_store):
    store, _ = sample_store
    before = signature(store)
    report = ingest(store, [corpus_path()], workers=1, progress=False)
    assert report.articles_added == 0 and report.duplicates == 24 and report.mentions_added == 0
    assert signature(store) == before


def test_duplicate_reports_merge_and_denial_is_a_contradiction(sample_store):
    store, _ = sample_store
    troops = store.events(source="PRK", target="RUS", type="AID", order="mentions", limit=None)
    assert troops, "no PRK -> RUS AID event in the sample corpus"
    top = troops[0]
    assert top.n_sources >= 3, top
    assert top.n_denying >= 1 and top.n_asserting >= 2
    detail = store.show(top.id)
    assert any(code.startswith("RUS") for code in detail.denied_by), detail.denied_by
    langs = {store.article(m.article_id).lang for m in detail.mentions}
    assert langs == {"id", "en"}, "Indonesian and English reports of one event did not merge"
    china = store.events(source="CHN", target="RUS", type="AID", negated=True, limit=None)
    assert china and any(c.startswith("CHN") for c in store.show(china[0].id).denied_by)
    assert store.events(contested=True, limit=None)


def test_fts_finds_indonesian_phrase(sample_store):
    store, _ = sample_store
    hits = store.search("bantuan mematikan")
    assert hits and all("mematikan" in h.sentence.lower() for h in hits)


def test_two_workers_give_the_same_store(tmp_path):
    src = tmp_path / "mix.jsonl"
    write_jsonl(recombine(120, seed=3), src)
    one = ws.open(tmp_path / "one.db")
    ingest(one, [src], workers=1, progress=False, batch_size=25)
    two = ws.open(tmp_path / "two.db")
    ingest(two, [src], workers=2, progress=False, batch_size=25)
    assert signature(one) == signature(two)


def test_bad_files_are_reported_and_skipped(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_text("Korea Utara mengirim 10.000 tentara ke Rusia, kata pejabat AS.", encoding="utf-8")
    (folder / "sub" / "good2.txt").write_text("Russia denied sending troops to Ukraine, officials said.",
                                              encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (folder / "latin1.txt").write_bytes("Pasukan Rusia menyerang kota itu — café".encode("cp1252"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.jsonl").write_bytes(b"")
    with open(folder / "huge.txt", "wb") as fh:  # 50 MB on one line
        chunk = b"kata " * 200_000
        for _ in range(50):
            fh.write(chunk)
    (folder / "mixed.jsonl").write_text(
        '{"id": "ok", "text": "Amerika Serikat menjatuhkan sanksi terhadap Korea Utara.", "date": "2024-11-01"}\n'
        '{"id": "broken", "text": \n', encoding="utf-8")
    store = ws.open(tmp_path / "w.db")
    errors: list[str] = []
    report = ingest(store, [folder], workers=1, progress=False, on_error=errors.append)
    assert report.articles_added == 3
    assert list(report.errors) == errors
    joined = "\n".join(errors)
    for name in ("binary.txt", "latin1.txt", "empty.txt", "blank.jsonl", "huge.txt", "mixed.jsonl:2"):
        assert name in joined, (name, joined)
    assert len(errors) == 6
    assert "binary" in next(e for e in errors if "binary.txt" in e)
    assert "UTF-8" in next(e for e in errors if "latin1.txt" in e)
    assert store.counts()["articles"] == 3


def test_missing_input_is_reported(tmp_path):
    store = ws.open(tmp_path / "w.db")
    report = ingest(store, [tmp_path / "nope"], workers=1, progress=False)
    assert report.articles_added == 0 and "no such file" in report.errors[0]


HTML = """<!doctype html><html><head><title>Korut kirim pasukan</title>
<meta property="article:published_time" content="2024-11-14T10:00:00+07:00">
<meta property="og:site_name" content="Kabar Contoh"></head>
<body><nav>Beranda | Dunia | Olahraga</nav><article><h1>Korut kirim pasukan ke Rusia</h1>
<p>Korea Utara mengirim 10.000 tentara ke Rusia, kata pejabat Amerika Serikat pada Kamis (14/11/2024).
Pengiriman pasukan itu menjadi yang terbesar sejak perang dimulai.</p>
<p>Pemerintah Rusia membantah menerima tentara dari Korea Utara, ujar juru bicara Kremlin.</p></article>
<footer>Hak cipta</footer></body></html>"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Global Wire Feed</title><link>https://feed.example/</link>
<item><title>US sanctions</title><link>https://feed.example/a</link><pubDate>Fri, 01 Nov 2024 10:00:00 GMT</pubDate>
<description>The United States imposed sanctions on North Korean officials on Friday.</description></item>
<item><title>Talks</title><link>https://feed.example/b</link><pubDate>Fri, 08 Nov 2024 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Indonesia's foreign minister met her Chinese counterpart in Beijing on Friday.&lt;/p&gt;</description></item>
<item><title>Empty</title><link>https://feed.example/c</link></item>
</channel></rss>"""


def test_html_and_feed_files(tmp_path):
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "wire.rss").write_text(RSS, encoding="utf-8")
    store = ws.open(tmp_path / "w.db")
    report = ingest(store, [tmp_path / "page.html", tmp_path / "wire.rss"], workers=1, progress=False)
    assert report.articles_added == 3
    assert len(report.errors) == 1 and "wire.rss#3" in report.errors[0]
    page = next(store.article(i) for i in range(1, 4) if store.article(i).source == "Kabar Contoh")
    assert page.title == "Korut kirim pasukan ke Rusia" and page.published == "2024-11-14"
    assert "Beranda" not in page.text and "Hak cipta" not in page.text
    assert page.lang == "id"
    feed_items = [store.article(i) for i in range(1, 4) if store.article(i).source == "Global Wire Feed"]
    assert {a.url for a in feed_items} == {"https://feed.example/a", "https://feed.example/b"}
    assert {a.published for a in feed_items} == {"2024-11-01", "2024-11-08"}
    assert all(a.lang == "en" for a in feed_items)
    assert store.events(source="USA", type="SANCTION")


@pytest.fixture
def web_server(tmp_path):
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "feed.xml").write_text(RSS, encoding="utf-8")
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *a, **k: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_urls_of_pages_and_feeds(tmp_path, web_server):
    store = ws.open(tmp_path / "w.db")
    urls = [f"{web_server}/page.html", f"{web_server}/feed.xml", f"{web_server}/missing.html"]
    report = ingest(store, urls, workers=1, progress=False)
    assert report.articles_added == 3
    assert any("missing.html" in e and "fetch failed" in e for e in report.errors)
    page = [store.article(i) for i in range(1, 4)]
    assert f"{web_server}/page.html" in {a.url for a in page}
    again = ingest(store, urls[:2], workers=1, progress=False)
    assert again.articles_added == 0 and again.duplicates == 3
