"""`warta ingest` on researchers' inputs: bad JSONL records never stop it, CSV exports with
Indonesian column names ingest with no flags, dates in their written forms are kept."""

from __future__ import annotations

import json

from typer.testing import CliRunner

import warta.cli.store  # noqa: F401 - registers the commands
import warta.store as ws
from warta.cli import app

runner = CliRunner()

# Sentences written for this test, one distinct article each.
GOOD = [
    "Polisi Filipina menangkap dua tersangka di Manila, kata juru bicara polisi.",
    "Russian forces shelled Kharkiv on Monday, Ukrainian officials said.",
    "Pasukan Israel menyerang Jenin, kata pejabat Palestina.",
    "Japan sent rice to the Philippines, the foreign ministry said.",
    "Pemerintah Malaysia mengirim bantuan ke Myanmar, kata menteri luar negeri.",
    "China condemned the sanctions imposed by the United States.",
    "Iran menolak tuduhan Amerika Serikat, kata juru bicara Teheran.",
    "Turkey hosted talks between Russian and Ukrainian negotiators.",
]
BAD = [
    '{"id": "b1", "text": "Vietnam protested the seizure.", "url": 12345}',
    '{"id": "b2", "text": "Vietnam protested the seizure.", "source": ["a", "b"]}',
    '{"id": "b3", "text": "Vietnam protested the seizure.", "source": false}',
    '{"id": "b4", "text": "Vietnam protested the seizure.", "title": {"en": "x"}}',
    '{"id": "b5", "text": "Vietnam \\ud800 protested the seizure."}',
    '{"id": "b6", "text": "Vietnam protested.", "x": ' + "[" * 1000 + "]" * 1000 + "}",
    '{"id": "b7", "text": "Thailand closed the border crossing.", "date": "0001-01-01"}',
    '{"id": "b8", "text": "Cambodia reopened the border crossing.", "date": "9999-12-31"}',
]


def test_one_bad_record_of_each_kind_and_every_other_record_is_stored(tmp_path):
    lines = []
    for i, text in enumerate(GOOD):
        lines.append(json.dumps({"id": f"g{i}", "text": text, "date": "2025-09-16"}))
        lines.append(BAD[i])
    src = tmp_path / "mixed.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "w.db"
    res = runner.invoke(app, ["ingest", str(src), "--db", str(db), "--workers", "2", "--no-progress"])
    assert res.exit_code == 0, res.output
    stderr = " ".join(res.stderr.split())
    for n in range(2, 2 * len(BAD) + 1, 2):  # every bad record is named by file:line
        assert f"{src}:{n}:" in stderr, n
    assert stderr.count("warning") == 2 and stderr.count("skipped") == 6
    with ws.open(db) as store:
        assert store.counts()["articles"] == len(GOOD) + 2  # the out-of-range dates: stored, undated
        stored = [store.article(i) for i in range(1, store.counts()["articles"] + 1)]
    assert sorted(a.doc for a in stored) == sorted([f"g{i}" for i in range(len(GOOD))] + ["b7", "b8"])
    assert {a.doc: a.published for a in stored if a.doc in ("b7", "b8")} == {"b7": None, "b8": None}
    # A rerun stops at nothing and adds nothing.
    again = runner.invoke(app, ["ingest", str(src), "--db", str(db), "--workers", "1", "--no-progress"])
    assert again.exit_code == 0 and "0 articles added" in again.stdout


CSV_ID = (
    "judul,tanggal,isi_berita,tautan\n"
    'Bantuan untuk Myanmar,16/09/2025 08:00,"Pemerintah Malaysia mengirim bantuan ke Myanmar kemarin.\n'
    'Bantuan itu berupa obat-obatan, kata menteri luar negeri.",https://contoh.id/bantuan\n'
    'Serangan di Jenin,"Selasa, 16 Sep 2025 10:00 WIB",Pasukan Israel menyerang Jenin kemarin.,'
    "https://contoh.id/jenin\n"
    "Serangan di Rafah,hari ini,Pasukan Israel menyerang Rafah kemarin.,https://contoh.id/rafah\n"
)


def test_csv_with_indonesian_column_names_ingests_with_no_flags(tmp_path):
    src = tmp_path / "ekspor.csv"
    src.write_text(CSV_ID, encoding="utf-8")
    db = tmp_path / "w.db"
    res = runner.invoke(app, ["ingest", str(src), "--db", str(db), "--workers", "1", "--no-progress"])
    assert res.exit_code == 0, res.output
    assert "3 articles added" in res.stdout and "0 errors" in res.stdout
    assert f"{src}:5:" in " ".join(res.stderr.split()) and "hari ini" in res.stderr  # unreadable date, line 5
    with ws.open(db) as store:
        arts = {a.url: a for a in (store.article(i) for i in (1, 2, 3))}
        assert {u: (a.title, a.published) for u, a in arts.items()} == {
            "https://contoh.id/bantuan": ("Bantuan untuk Myanmar", "2025-09-16"),
            "https://contoh.id/jenin": ("Serangan di Jenin", "2025-09-16"),
            "https://contoh.id/rafah": ("Serangan di Rafah", None),
        }
        assert "\nBantuan itu" in arts["https://contoh.id/bantuan"].text  # the quoted multi-line field
        dates = sorted(e.date or "" for e in store.events(limit=None, order="id"))
    # "kemarin" resolved against the day read from `tanggal`; the undated article's event is undated.
    assert dates.count("2025-09-15") >= 2 and "" in dates


HTML = """<!doctype html><html><head><title>Serangan di Jenin</title>
<meta name="pubdate" content="Selasa, 16 Sep 2025 10:00 WIB">
<meta property="og:site_name" content="Kabar Contoh"></head>
<body><article><h1>Serangan di Jenin</h1><p>Pasukan Israel menyerang Jenin kemarin, kata pejabat Palestina.
Serangan itu melukai beberapa warga, ujar saksi mata di kota tersebut.</p></article></body></html>"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Kabar Contoh</title><link>https://contoh.id/</link>
<item><link>https://contoh.id/a</link><pubDate>Selasa, 16 Sep 2025 10:00 WIB</pubDate>
<description>Pasukan Israel menyerang Jenin kemarin.</description></item>
<item><link>https://contoh.id/b</link><pubDate>09/16/2025 10:00</pubDate>
<description>Pasukan Israel menyerang Rafah kemarin.</description></item>
<item><link>https://contoh.id/c</link><pubDate>Tue, 16 Sep 2025 10:00:00 +0700</pubDate>
<description>Pasukan Israel menyerang Nablus kemarin.</description></item>
<item><link>https://contoh.id/d</link><pubDate>sebentar lagi</pubDate>
<description>Pasukan Israel menyerang Hebron kemarin.</description></item>
<item><link>https://contoh.id/e</link><pubDate>03/04/2025</pubDate>
<description>Pasukan Israel menyerang Ramallah kemarin.</description></item>
</channel></rss>"""


def test_dates_in_html_metadata_and_feeds(tmp_path):
    from datetime import date

    from warta.ingest.readers import Item, ReadWarning, read_inputs

    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "kabar.rss").write_text(RSS, encoding="utf-8")
    items = list(read_inputs([tmp_path]))
    got = {x.article.url or x.origin: x.article.published for x in items if isinstance(x, Item)}
    day = date(2025, 9, 16)
    # 09/16/2025 shows this feed writes month first, so 03/04/2025 is the 4th of March.
    assert got == {"https://contoh.id/a": day, "https://contoh.id/b": day, "https://contoh.id/c": day,
                   "https://contoh.id/d": None, "https://contoh.id/e": date(2025, 3, 4),
                   str(tmp_path / "page.html"): day}
    (warning,) = [x for x in items if isinstance(x, ReadWarning)]
    assert warning.where == f"{tmp_path / 'kabar.rss'}#4" and "sebentar lagi" in warning.reason
