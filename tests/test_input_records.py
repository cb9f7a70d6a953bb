"""Input records as researchers' exports write them: bad records reported by file:line and never
fatal, publication dates in every common form, CSV with columns found by name."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from typer.testing import CliRunner

from warta.api import extract_article
from warta.cli import app
from warta.io import Columns, ReadError, ReadOptions, ReadWarning, read_articles, read_path
from warta.model import Article
from warta.pubdate import DateError, decide_order, parse_date

runner = CliRunner()

# One good record between every two bad ones; sentences written for this test.
GOOD = [
    {"id": "g1", "text": "Polisi Filipina menangkap dua tersangka di Manila, kata juru bicara polisi.", "lang": "id"},
    {"id": "g2", "text": "Russian forces shelled Kharkiv on Monday, Ukrainian officials said.", "lang": "en"},
    {"id": "g3", "text": "Pasukan Israel menyerang Jenin, kata pejabat Palestina.", "lang": "id"},
    {"id": "g4", "text": "Japan sent rice to the Philippines, the foreign ministry said.", "lang": "en"},
    {"id": "g5", "text": "Pemerintah Malaysia mengirim bantuan ke Myanmar, kata menteri luar negeri.", "lang": "id"},
    {"id": "g6", "text": "China condemned the sanctions imposed by the United States.", "lang": "en"},
    {"id": "g7", "text": "Iran menolak tuduhan Amerika Serikat, kata juru bicara Teheran.", "lang": "id"},
    {"id": "g8", "text": "Turkey hosted talks between Russian and Ukrainian negotiators.", "lang": "en"},
    {"id": "g9", "text": "Korea Selatan memprotes uji coba rudal Korea Utara, kata Seoul.", "lang": "id"},
    {"id": "g10", "text": "India and Pakistan exchanged fire along the border, officials said.", "lang": "en"},
]
# Each bad kind as a raw JSON line (json.dumps would refuse or escape some of them).
BAD_LINES = {
    "url is a number": '{"id": "b1", "text": "Vietnam protested.", "url": 12345}',
    "source is a list": '{"id": "b2", "text": "Vietnam protested.", "source": ["a", "b"]}',
    "source is a boolean": '{"id": "b3", "text": "Vietnam protested.", "source": true}',
    "title is an object": '{"id": "b4", "text": "Vietnam protested.", "title": {"en": "x"}}',
    "lone surrogate": '{"id": "b5", "text": "Vietnam \\ud800 protested."}',
    "nested 1,000 deep": '{"id": "b6", "text": "Vietnam protested.", "extra": ' + "[" * 1000 + "]" * 1000 + "}",
    "not JSON": '{"id": "b7", "text": ',
}
OUT_OF_RANGE = {"0001-01-01": "r1", "9999-12-31": "r2"}


def _mixed_file(tmp_path):
    """GOOD records with one bad record of each kind (and two out-of-range dates) in between."""
    lines, where = [], {}
    bad = list(BAD_LINES.items())
    ranges = list(OUT_OF_RANGE.items())
    for i, rec in enumerate(GOOD):
        lines.append(json.dumps(rec, ensure_ascii=False))
        if i < len(bad):
            lines.append(bad[i][1])
            where[bad[i][0]] = len(lines)
        elif ranges:
            day, doc = ranges.pop()
            lines.append(json.dumps({"id": doc, "text": f"Thailand closed the border on {doc}.", "date": day}))
            where[day] = len(lines)
    p = tmp_path / "mixed.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p, where


def test_every_bad_record_kind_is_reported_by_line_and_the_rest_is_read(tmp_path):
    p, where = _mixed_file(tmp_path)
    items = list(read_path(p))
    articles = [i for i in items if isinstance(i, Article)]
    errors = {i.line: i for i in items if type(i) is ReadError}
    warnings = {i.line: i for i in items if isinstance(i, ReadWarning)}
    assert [a.id for a in articles if a.id.startswith("g")] == [r["id"] for r in GOOD]
    assert sorted(errors) == sorted(where[k] for k in BAD_LINES)
    assert all(str(e).startswith(f"{p}:{e.line}: ") for e in errors.values())
    assert "'url' must be text, not a number" in errors[where["url is a number"]].message
    assert "a list" in errors[where["source is a list"]].message
    assert "a boolean" in errors[where["source is a boolean"]].message
    assert "an object" in errors[where["title is an object"]].message
    assert "surrogate" in errors[where["lone surrogate"]].message
    assert "nested too deeply" in errors[where["nested 1,000 deep"]].message
    # Dates out of range keep the article, undated, with a warning naming the line.
    assert sorted(warnings) == sorted(where[d] for d in OUT_OF_RANGE)
    assert {a.id: a.published for a in articles if a.id.startswith("r")} == {"r1": None, "r2": None}
    assert all("out of range" in w.message for w in warnings.values())


def test_extract_cli_codes_every_good_record_of_a_file_with_bad_ones(tmp_path):
    p, where = _mixed_file(tmp_path)
    res = runner.invoke(app, ["extract", str(p), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    got = {json.loads(line)["doc"] for line in res.stdout.splitlines() if line.startswith("{")}
    want = {r["id"] for r in GOOD if extract_article(Article(id=r["id"], text=r["text"], lang=r["lang"]))}
    assert len(want) >= 8 and want <= got  # every good record was coded
    stderr = " ".join(res.stderr.split())  # Rich wraps long lines
    for line in where.values():
        assert f"{p}:{line}:" in stderr


# Publication dates: every form gives 2025-09-16 (a Tuesday) unless said otherwise.
DATE_FORMS = [
    ("iso", "2025-09-16", date(2025, 9, 16)),
    ("iso-time-zone", "2025-09-16T23:30:00-05:00", date(2025, 9, 16)),
    ("iso-space-time", "2025-09-16 10:00", date(2025, 9, 16)),
    ("month-first", "9/16/2025 4:56", date(2025, 9, 16)),
    ("english-month", "16 September 2025", date(2025, 9, 16)),
    ("indonesian-weekday", "Selasa, 16 Sep 2025 10:00 WIB", date(2025, 9, 16)),
    ("indonesian-month", "Sabtu, 16 Agustus 2025", date(2025, 8, 16)),
    ("rfc2822", "Tue, 16 Sep 2025 10:00:00 +0700", date(2025, 9, 16)),
    ("us-month-name", "Sep 16, 2025", date(2025, 9, 16)),
    ("epoch-number", 1758000000, date(2025, 9, 16)),
    ("epoch-text", "1758000000", date(2025, 9, 16)),
]
# "kemarin" = the day before publication; "last Tuesday" = the Tuesday before.
TEXT_ID = "Pasukan Israel menyerang {place} kemarin."
TEXT_EN = "Russian forces shelled {place} last Tuesday, Ukrainian officials said."
PLACES = {"id": ["Rafah", "Jenin", "Nablus", "Hebron", "Ramallah", "Gaza"],
          "en": ["Kharkiv", "Odesa", "Kyiv", "Lviv", "Dnipro"]}


def _last_tuesday(day: date) -> date:
    back = (day.weekday() - 1) % 7 or 7
    return day - timedelta(days=back)


def _date_rows():
    """One article per date form, alternately Indonesian ("kemarin") and English ("last Tuesday")."""
    rows, want = [], {}
    for i, (name, value, day) in enumerate(DATE_FORMS):
        lang = "id" if i % 2 == 0 else "en"
        text, when = (TEXT_ID, day - timedelta(days=1)) if lang == "id" else (TEXT_EN, _last_tuesday(day))
        rows.append({"id": name, "lang": lang, "date": value, "text": text.format(place=PLACES[lang][i // 2])})
        want[name] = (day, when.isoformat())
    rows.append({"id": "unreadable", "lang": "en", "date": "besok sore", "text": TEXT_EN.format(place="Poltava")})
    return rows, want


def test_every_date_form_anchors_relative_dates(tmp_path):
    rows, want = _date_rows()
    p = tmp_path / "dates.jsonl"
    p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    items = list(read_path(p))
    articles = {a.id: a for a in items if isinstance(a, Article)}
    assert set(articles) == set(want) | {"unreadable"}
    for doc, (day, when) in want.items():
        assert articles[doc].published == day, doc
        events = extract_article(articles[doc])
        assert events and {e.when for e in events} == {when}, (doc, [(e.type, e.when) for e in events])
    # The unreadable date: a warning naming file:line, the article coded without a publication date.
    (warning,) = [w for w in items if isinstance(w, ReadWarning)]
    assert str(warning).startswith(f"{p}:{len(rows)}: ") and "besok sore" in warning.message
    assert articles["unreadable"].published is None
    events = extract_article(articles["unreadable"])
    assert events and all(e.when is None for e in events)


@pytest.mark.parametrize(("dates", "default", "order", "assumed"), [
    (["16/9/2025", "3/4/2025"], "mdy", "dmy", False),  # a day over 12 first: day/month for the whole file
    (["9/16/2025", "3/4/2025"], "dmy", "mdy", False),  # a day over 12 second: month/day
    (["3/4/2025", "5/6/2025"], "dmy", "dmy", True),  # nothing says: the default, with a warning
    (["3/4/2025"], "mdy", "mdy", True),
    (["16/9/2025", "9/16/2025"], "dmy", "dmy", True),  # both orders in one file: the default, with a warning
    (["2025-04-03", "16 September 2025"], "dmy", "dmy", False),  # no N/N/YYYY date: nothing to warn about
])
def test_day_month_order_is_decided_per_file(tmp_path, dates, default, order, assumed):
    p = tmp_path / "order.jsonl"
    p.write_text("".join(json.dumps({"id": f"o{i}", "text": "Thailand closed the border.", "date": d}) + "\n"
                         for i, d in enumerate(dates)), encoding="utf-8")
    items = list(read_path(p, options=ReadOptions(date_order=default)))
    warnings = [w for w in items if isinstance(w, ReadWarning)]
    assert len(warnings) == int(assumed)
    if assumed:
        assert str(warnings[0]).startswith(f"{p}: ") and "--date-order" in warnings[0].message
    third_of_april = {"dmy": date(2025, 4, 3), "mdy": date(2025, 3, 4)}[order]
    got = {a.id: a.published for a in items if isinstance(a, Article)}
    if "3/4/2025" in dates:
        assert got[f"o{dates.index('3/4/2025')}"] == third_of_april
    assert decide_order(dates, default).order == order


def test_unreadable_and_out_of_range_dates_raise_date_error():
    for value in ("besok sore", "0001-01-01", "9999-12-31", "2025-02-30", [2025], {"y": 2025}, True, 10**30):
        with pytest.raises(DateError):
            parse_date(value)
    assert parse_date(None) is None and parse_date("  ") is None


CSV_ID = (
    "Judul,Tanggal,Isi_Berita,Tautan,Sumber\n"
    'Bantuan untuk Myanmar,16/09/2025 08:00,"Pemerintah Malaysia mengirim bantuan ke Myanmar kemarin.\n\n'
    'Bantuan itu berupa obat-obatan, kata menteri luar negeri.",https://contoh.id/a,Kabar Contoh\n'
    'Protes Seoul,"Selasa, 16 Sep 2025",Korea Selatan memprotes uji coba rudal Korea Utara kemarin.,'
    "https://contoh.id/b,Kabar Contoh\n"
    'Rusak,17/09/2025,"kutipan ""tidak"" ditutup" lalu teks,https://contoh.id/c,Kabar Contoh\n'
    "Kurang kolom,17/09/2025\n"
    "Serangan di Jenin,17/09/2025,Pasukan Israel menyerang Jenin kemarin.,https://contoh.id/d,Kabar Contoh\n"
)


def test_csv_with_indonesian_column_names_multiline_fields_and_bad_rows(tmp_path):
    p = tmp_path / "berita.csv"
    p.write_text(CSV_ID, encoding="utf-8")
    items = list(read_path(p))
    articles = [a for a in items if isinstance(a, Article)]
    errors = [e for e in items if type(e) is ReadError]
    assert [a.url for a in articles] == ["https://contoh.id/a", "https://contoh.id/b", "https://contoh.id/d"]
    first = articles[0]
    assert first.title == "Bantuan untuk Myanmar" and first.source == "Kabar Contoh"
    assert first.text.startswith("Pemerintah Malaysia") and "\n\nBantuan itu" in first.text
    assert [a.published for a in articles] == [date(2025, 9, 16), date(2025, 9, 16), date(2025, 9, 17)]
    # Ids from the physical line where each row starts (row 1 spans lines 2-4).
    assert [a.id for a in articles] == ["berita-2", "berita-5", "berita-8"]
    assert [(e.line, e.message.split(" (")[0].split(",")[0]) for e in errors] == [
        (6, "bad CSV row"), (7, "row has 2 fields")]
    assert all(str(e).startswith(f"{p}:{e.line}: ") for e in errors)
    assert [e.when for e in extract_article(articles[2])] == ["2025-09-16"]


def test_csv_unclosed_quote_does_not_swallow_the_rest(tmp_path):
    p = tmp_path / "quote.csv"
    p.write_text('id,text\na,"Japan sent rice to the Philippines.\nb,China condemned the sanctions.\n'
                 "c,Turkey hosted talks.\n", encoding="utf-8")
    items = list(read_path(p))
    assert [(i.line, "bad CSV row" in i.message) for i in items if isinstance(i, ReadError)] == [(2, True)]
    assert [a.id for a in items if isinstance(a, Article)] == ["b", "c"]


def test_csv_column_options_and_missing_text_column(tmp_path):
    p = tmp_path / "export.csv"
    p.write_text("Kode,Naskah,Hari,Alamat,Kepala\nk1,China condemned the sanctions.,3/4/2025,https://x.test/1,Head\n",
                 encoding="utf-8")
    (no_text,) = read_path(p)
    assert isinstance(no_text, ReadError) and no_text.line == 1 and "--text-column" in no_text.message
    cols = Columns(id="kode", text="NASKAH", date="hari", url="alamat", title="kepala")
    items = list(read_path(p, options=ReadOptions(date_order="mdy", columns=cols)))
    (a,) = [i for i in items if isinstance(i, Article)]
    assert (a.id, a.published, a.url, a.title) == ("k1", date(2025, 3, 4), "https://x.test/1", "Head")
    assert [type(i).__name__ for i in items] == ["ReadWarning", "Article"]  # the order was assumed
    bad = list(read_path(p, options=ReadOptions(columns=Columns(text="Naskah", date="tgl"))))
    assert isinstance(bad[0], ReadError) and "'tgl'" in bad[0].message


def test_extract_cli_reads_csv_with_column_options(tmp_path):
    p = tmp_path / "export.csv"
    p.write_text("no,naskah,hari\n7,Pasukan Israel menyerang Rafah kemarin.,9/16/2025\n", encoding="utf-8")
    res = runner.invoke(app, ["extract", str(p), "--format", "jsonl", "--text-column", "naskah",
                              "--date-column", "hari", "--id-column", "no", "--date-order", "mdy"])
    assert res.exit_code == 0, res.output
    events = [json.loads(line) for line in res.stdout.splitlines() if line.startswith("{")]
    assert events and {(e["doc"], e["when"]) for e in events} == {("7", "2025-09-15")}


def test_jsonl_keys_are_matched_like_csv_columns(tmp_path):
    p = tmp_path / "scraped.jsonl"
    p.write_text(json.dumps({"Judul": "J", "ISI": "Iran menolak tuduhan itu.", "Tanggal": "16 September 2025",
                             "Link": "https://x.test/2"}) + "\n", encoding="utf-8")
    (a,) = list(read_articles([p]))
    assert (a.id, a.title, a.published, a.url) == ("scraped-1", "J", date(2025, 9, 16), "https://x.test/2")
