"""A feed entry with only a link (issue 12, item 5): its page is fetched and extracted when the
network allows (a real HTTP server on loopback); otherwise the entries are reported once, with
their count (links to a closed loopback port)."""

from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from warta.ingest.readers import Item, ReadError, read_inputs

PAGE = """<html><head><title>Harbour reopened</title></head><body><article>
<h1>Harbour reopened</h1>
<p>The port authority of the northern province reopened the fishing harbour on Monday after three
weeks of repairs to the breakwater that the winter storms had damaged.</p>
<p>Boat owners said the closure had cost them most of the season, and the provincial government
promised a small grant to each of the families that depend on the harbour for their living.</p>
</article></body></html>"""

FEED = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Coast News</title>
{items}
</channel></rss>"""
ITEM = "<item><title>{title}</title><link>{link}</link><pubDate>Mon, 04 Nov 2024 08:00:00 GMT</pubDate></item>"


class _Pages(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - http.server's name
        body = PAGE.encode() if self.path.startswith("/story/") else b"not here"
        self.send_response(200 if self.path.startswith("/story/") else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture()
def pages():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed when the block ends: connections are refused


def _feed(tmp_path: Path, links: list[str]) -> Path:
    items = "\n".join(ITEM.format(title=f"Story {i}", link=link) for i, link in enumerate(links))
    path = tmp_path / "coast.xml"
    path.write_text(FEED.format(items=items), encoding="utf-8")
    return path


def test_link_only_entry_is_fetched_and_extracted(tmp_path, pages):
    out = list(read_inputs([_feed(tmp_path, [f"{pages}/story/1"])], lang="en"))
    items = [x for x in out if isinstance(x, Item)]
    assert [x for x in out if isinstance(x, ReadError)] == []
    assert len(items) == 1
    art = items[0].article
    assert "reopened the fishing harbour" in art.text and "breakwater" in art.text
    assert art.url == f"{pages}/story/1" and art.title == "Story 0" and str(art.published) == "2024-11-04"
    assert art.source == "Coast News"


def test_unreachable_links_are_reported_once_with_their_count(tmp_path, pages):
    port = _closed_port()
    links = [f"http://127.0.0.1:{port}/a", f"{pages}/story/2", f"http://127.0.0.1:{port}/b", f"{pages}/gone"]
    out = list(read_inputs([_feed(tmp_path, links)], lang="en"))
    items = [x for x in out if isinstance(x, Item)]
    errors = [x for x in out if isinstance(x, ReadError)]
    assert len(items) == 1 and "harbour" in items[0].article.text
    assert len(errors) == 1, errors
    assert errors[0].where.endswith("coast.xml")
    assert "3 feed entries with only a link could not be fetched" in errors[0].reason
    assert "coast.xml#1" in errors[0].reason and "coast.xml#3" in errors[0].reason
