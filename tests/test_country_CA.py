"""Countries of unnamed actors (helper CA, session 23): own news-style sentences in English and Indonesian
(tests/data/country_CA.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them; 24 records carry the
outlet's home country ("home"), a quarter are negatives (foreign news in an Indonesian, Australian or British
outlet, where a bare noun must not take the home country, and sentences with no event).

The outlet's home country (``Article.home``: a record's "home", ``warta extract --home IDN``, ``warta ingest --home
IDN``, ``warta.api.extract(..., home="IDN")``, the web's paste field "home") is the LAST country a bare sector noun
takes ("Polisi menangkap ...", "The minister rejected ..."): only when the sentence and the article name no state and
no place that gives one; never a named actor's.  A code that is no state is a clear error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sentence_sets import record_set_checks

DATA = Path(__file__).parent / "data" / "country_CA.jsonl"
PUB = "2025-06-20"

# Measured right after coding, before any change (main d311209f): en F1 0.732 (TP 15, FP 1, FN 10), id F1 0.791
# (TP 17, FP 2, FN 7).  With the outlet's home country for the police and courts: en 0.773 (TP 17, FP 2, FN 8), id
# 0.826 (TP 19, FP 3, FN 5).  (For every bare noun it gave en 0.875, id 0.920 here, but on the tuning set's Lee and
# kumparan parts its civilians and governments gave 8 false alarms and 1 event.)
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.772, 2), "id": (0.825, 3)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "country-CA", RATCHET)


def _keys(text: str, lang: str, home: str | None = None) -> set[tuple[str, str, str]]:
    from warta.api import extract
    from warta.evaluate import match_key

    return {match_key(e.type, e.source.code, e.target.code if e.target else "")
            for e in extract(text, lang=lang, published=PUB, home=home)}  # fmt: skip


# (1) the outlet's home country: the bare police or court of an article that names no state and no place takes it
@pytest.mark.parametrize(("lang", "text", "home", "key"), [
    ("id", "Petugas kepolisian menahan dua pemuda yang membawa senjata tajam.", "IDN", ("COERCE", "IDN", "IDN")),
    ("id", "Jaksa mendakwa seorang kepala desa atas penggelapan dana bantuan.", "IDN", ("ACCUSE", "IDN", "IDN")),
    ("en", "Police arrested two men after a brawl outside a nightclub.", "AUS", ("COERCE", "AUS", "AUS")),
    ("en", "Detectives charged a teenager over the hit-and-run crash.", "AUS", ("ACCUSE", "AUS", "AUS")),
])
def test_home_country_fills_a_bare_noun(lang, text, home, key):
    assert key in _keys(text, lang, home)
    assert key not in _keys(text, lang)  # without it the noun has no country


# the negatives: a state or a place the article names comes first; a named actor never takes the home country
@pytest.mark.parametrize(("lang", "text", "home", "absent", "present"), [
    ("id", "Polisi di Bangkok menangkap dua turis yang berkelahi.", "IDN", ("COERCE", "IDN", "IDN"),
     ("COERCE", "THA", "THA")),
    ("en", "Police in Auckland arrested a man over the shooting.", "AUS", ("COERCE", "AUS", "AUS"),
     ("COERCE", "NZL", "NZL")),
    ("en", "Thai police detained two Australian backpackers.", "AUS", ("COERCE", "AUS", "AUS"),
     ("COERCE", "THA", "AUS")),
    ("id", "Polisi Jepang menangkap seorang pria di Osaka.", "IDN", ("COERCE", "IDN", "IDN"), ("COERCE", "JPN", "JPN")),
])
def test_home_country_comes_last(lang, text, home, absent, present):
    keys = _keys(text, lang, home)
    assert absent not in keys and present in keys


# the negative: unnamed civilians, traders and governments do not take it (their junk readings were its false alarms)
@pytest.mark.parametrize(("lang", "text", "home", "absent"), [
    ("id", "Para guru honorer memprotes keputusan pemerintah soal gaji.", "IDN", ("PROTEST", "IDN", "IDN")),
    ("en", "Nurses accused the state government of ignoring staff shortages.", "AUS", ("ACCUSE", "AUS", "AUS")),
    ("en", "The government declared a state of emergency after the riots.", "AUS", ("COERCE", "AUS", "AUS")),
])
def test_home_country_not_for_civilians_or_governments(lang, text, home, absent):
    assert absent not in _keys(text, lang, home)


def test_home_country_names_no_named_actor():
    from warta.api import extract

    # an unknown name stays uncoded: no event rather than a guessed Indonesian
    events = extract("Zorbakov menuduh polisi menyiksa tahanan.", lang="id", published=PUB, home="IDN")
    assert all(e.source.code != "IDN" for e in events)


def test_home_country_is_validated():
    from warta.api import extract
    from warta.io import article_from_record
    from warta.records import RecordError

    with pytest.raises(ValueError, match="is no state"):
        extract("Polisi menangkap tiga pria.", lang="id", home="XYZ")
    with pytest.raises(RecordError, match="is no state"):
        article_from_record({"text": "Polisi menangkap tiga pria.", "home": "Indonesia"}, "x")
    assert article_from_record({"text": "Polisi menangkap tiga pria.", "home": "idn"}, "x").home == "IDN"
    assert article_from_record({"text": "Polisi menangkap tiga pria."}, "x").home is None


def test_cli_extract_home(tmp_path):
    from typer.testing import CliRunner

    from warta.cli import app

    runner = CliRunner()
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"id": "a", "lang": "id", "date": PUB, "text": "Polisi menangkap tiga pria pencuri motor."})
                 + "\n" + json.dumps({"id": "b", "lang": "id", "date": PUB, "home": "MYS",
                                      "text": "Polisi menangkap tiga pria pencuri motor."}) + "\n", encoding="utf-8")
    r = runner.invoke(app, ["extract", str(f), "--format", "jsonl", "--home", "IDN"])
    assert r.exit_code == 0, r.output
    codes = {(e["doc"], e["source"]["code"]) for e in map(json.loads, r.stdout.splitlines())}
    assert ("a", "IDNCOP") in codes and ("b", "MYSCOP") in codes  # a record's own home wins
    bad = runner.invoke(app, ["extract", str(f), "--home", "XYZ"])
    assert bad.exit_code == 2 and "is no state" in bad.output


def test_ingest_stores_home(tmp_path):
    import sqlite3

    from typer.testing import CliRunner

    import warta.cli.store  # noqa: F401 - registers the commands
    from warta.cli import app

    f = tmp_path / "news.jsonl"
    f.write_text(json.dumps({"id": "a", "lang": "id", "date": PUB,
                             "text": "Polisi menangkap tiga pria yang mencuri sepeda motor."}) + "\n", encoding="utf-8")
    db = tmp_path / "w.db"
    r = CliRunner().invoke(app, ["ingest", str(f), "--db", str(db), "--workers", "1", "--no-progress", "--home", "IDN"])
    assert r.exit_code == 0, r.output
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT home FROM articles").fetchall() == [("IDN",)]
        assert ("IDN",) in conn.execute("SELECT source_country FROM events").fetchall()


# (2) a bare agent said to come from a named party is that party's (events._member_of), not of the state it acts on
@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "Two gunmen from Hamas opened fire on Israeli soldiers.", ("ASSAULT", "PSE", "ISR")),
    ("en", "Fighters from the Taliban attacked a Pakistani border post.", ("ASSAULT", "AFG", "PAK")),
    ("en", "Militants from Pakistan attacked an Indian army post in Kashmir.", ("ASSAULT", "PAK", "IND")),
    ("en", "A delegation from Japan met Chinese officials in Beijing.", ("CONSULT", "JPN", "CHN")),
    ("en", "Refugees from Syria protested against the Turkish government.", ("PROTEST", "SYR", "TUR")),
    ("id", "Dua pria bersenjata dari Hamas menembaki tentara Israel.", ("ASSAULT", "PSE", "ISR")),
    ("id", "Militan dari Pakistan menyerang pos tentara India di Kashmir.", ("ASSAULT", "PAK", "IND")),
    ("id", "Delegasi dari Jepang bertemu pejabat China di Beijing.", ("CONSULT", "JPN", "CHN")),
])
def test_agent_from_a_named_party(lang, text, key):
    assert key in _keys(text, lang)


# the negative: troops moved out of a state are not its troops (only the agent is read so)
@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "Russia withdrew troops from Syria.", ("RETREAT", "RUS", "SYR")),
    ("id", "Rusia menarik pasukan dari Suriah.", ("RETREAT", "RUS", "SYR")),
])
def test_moved_out_of_a_state(lang, text, key):
    keys = _keys(text, lang)
    assert key in keys and ("RETREAT", "RUS", "RUS") not in keys
