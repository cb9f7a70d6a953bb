"""Every export format, read back by its own reader with the right counts."""

from __future__ import annotations

import csv
import json

import networkx as nx
import pyarrow.parquet as pq
import pytest

from warta.export import EVENT_COLUMNS, FORMATS, GDELT_COLUMNS, export, quad_class


def test_csv_read_back(small_store, tmp_path):
    out = tmp_path / "e.csv"
    assert export(small_store, "csv", out) == 4
    with open(out, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 4 and list(rows[0]) == list(EVENT_COLUMNS)
    contested = [r for r in rows if r["denied_by"]]
    assert [(r["source"], r["denied_by"], r["asserted_by"]) for r in contested] == [("CHN", "CHNGOV", "USAGOV")]


def test_csv_with_filters(small_store, tmp_path):
    out = tmp_path / "e.csv"
    assert export(small_store, "csv", out, between=("PRK", "RUS")) == 1
    assert export(small_store, "csv", out, type=["SANCTION", "ASSAULT"]) == 2


def test_gdelt_columns(small_store, tmp_path):
    out = tmp_path / "e.tsv"
    assert export(small_store, "gdelt", out) == 4
    with open(out, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))
    assert len(rows) == 4 and all(len(r) == 61 for r in rows)
    rec = [dict(zip(GDELT_COLUMNS, r, strict=True)) for r in rows]
    troops = next(r for r in rec if r["Actor1Code"] == "PRK")
    assert troops["SQLDATE"] == "20241018" and troops["MonthYear"] == "202410" and troops["Year"] == "2024"
    assert troops["Actor2Code"] == "RUS" and troops["Actor2CountryCode"] == "RUS"
    assert troops["EventCode"] == "072" and troops["EventRootCode"] == "07" and troops["QuadClass"] == "2"
    assert troops["GoldsteinScale"] == "8.3"
    assert (troops["NumMentions"], troops["NumSources"], troops["NumArticles"]) == ("2", "2", "2")
    assert troops["SOURCEURL"] == "https://a.example/1"
    assert len(troops["DATEADDED"]) == 14 and troops["DATEADDED"].isdigit()
    sanction = next(r for r in rec if r["EventCode"] == "163")
    assert sanction["Actor2Code"] == "PRKGOV" and sanction["Actor2Type1Code"] == "GOV" and sanction["QuadClass"] == "4"
    attack = next(r for r in rec if r["EventCode"] == "190")
    assert attack["ActionGeo_FullName"] == "Kursk, Russia" and attack["ActionGeo_CountryCode"] == "RS"
    assert attack["ActionGeo_Type"] == "4" and attack["ActionGeo_Lat"] == "51.7000"
    assert attack["Actor1Type1Code"] == "MIL" and attack["SQLDATE"] == "20241114"


@pytest.mark.parametrize(("cameo", "quad"), [("010", 1), ("057", 1), ("072", 2), ("112", 3), ("145", 3),
                                             ("163", 4), ("190", 4), ("xx", None)])
def test_quad_class(cameo, quad):
    assert quad_class(cameo) == quad


def test_plover_and_jsonl(small_store, tmp_path):
    for fmt in ("plover", "jsonl"):
        out = tmp_path / f"e.{fmt}"
        assert export(small_store, fmt, out) == 4
        recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert len(recs) == 4
    plover = [json.loads(line) for line in (tmp_path / "e.plover").read_text(encoding="utf-8").splitlines()]
    attack = next(r for r in plover if r["event"] == ["ASSAULT"])
    assert attack["actor"][0]["country"] == "UKR" and attack["actor"][0]["sector"] == "MIL"
    assert attack["event_loc"]["name"] == "Kursk" and attack["quad_code"] == 4
    assert attack["date"] == "2024-11-14" and attack["text"] == "Kyiv attacked Russian positions in Kursk"
    aid = next(r for r in plover if r["denied_by"])
    assert aid["denied_by"] == ["CHNGOV"] and aid["has_event"] is True and aid["num_mentions"] == 2


def test_parquet(small_store, tmp_path):
    out = tmp_path / "e.parquet"
    assert export(small_store, "parquet", out) == 4
    table = pq.read_table(out)
    assert table.num_rows == 4 and table.column_names == list(EVENT_COLUMNS)
    assert sorted(table.column("n_mentions").to_pylist()) == [1, 1, 2, 2]


def test_parquet_empty(tmp_path):
    import warta.store as ws

    store = ws.open(tmp_path / "empty.db")
    out = tmp_path / "e.parquet"
    assert export(store, "parquet", out) == 0
    assert pq.read_table(out).num_rows == 0


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graph_formats(small_store, tmp_path, fmt):
    out = tmp_path / f"g.{fmt}"
    n = export(small_store, fmt, out)
    g = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    graph = small_store.graph()
    assert n == len(graph.edges) == g.number_of_edges() == 4
    assert g.number_of_nodes() == len(graph.nodes)
    data = {(u, v): d for u, v, d in g.edges(data=True)}
    assert data[("CHN", "RUS")]["event_type"] == "AID" and int(data[("CHN", "RUS")]["n_denied"]) == 1
    assert float(data[("PRK", "RUS")]["weight"]) == 1.0


def test_graph_with_parallel_typed_edges(tmp_path, ev, prep):
    import warta.store as ws

    store = ws.open(tmp_path / "w.db")
    a = "Moscow met Kyiv envoys"
    b = "Moscow attacked Kyiv"
    store.write([prep("a", a, [ev(a, "RUS", "UKR", "CONSULT", cameo="040")]),
                 prep("b", b, [ev(b, "RUS", "UKR", "ASSAULT", cameo="190")])])
    for fmt in ("graphml", "gexf"):
        out = tmp_path / f"g.{fmt}"
        assert export(store, fmt, out) == 2
        g = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
        assert g.number_of_edges() == 2
        assert sorted(d["event_type"] for _, _, d in g.edges(data=True)) == ["ASSAULT", "CONSULT"]


def test_unknown_format_and_stdout_rules(small_store):
    assert set(FORMATS) == {"gdelt", "plover", "jsonl", "csv", "parquet", "graphml", "gexf"}
    with pytest.raises(ValueError):
        export(small_store, "xlsx", "x")
    with pytest.raises(ValueError):
        export(small_store, "parquet", None)
