"""Meetings named around the act that carries them (lead, thirteenth session): own news-style sentences in English and
Indonesian (tests/data/consult_L13.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them, negatives too
(a market visit, a match, a firm's talks with its suppliers).  The meeting's party is the speaker of an inverted quote
("..., kata X usai bertemu Y", "..., X said after meeting Y"), the head of a relative clause ("X, yang bertemu Y, ...",
"X, who held talks with Y, ..."), the caller of a passive call ("mengaku ditelepon X") or the guest of a host."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "consult_L13.jsonl"

# Measured right after coding, before any fix (2026-12-05): en F1 0.821 (TP 16, FP 2, FN 5), id 0.976 (TP 20, FP 0,
# FN 1); after the fixes below: en 0.976 (TP 20, FP 0, FN 1), id 1.000 (TP 21, FP 0, FN 0).  The ratchet per language:
# (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.975, 0), "id": (0.999, 0)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "consult-L13", RATCHET)


# the fixes, each with sentences of our own (not of the part's file) and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # the partner of a meeting behind "with" past a determiner: the clause's subject met them
    ("en", "Wang Yi said after talks with his Australian counterpart that trade would grow.", ("CONSULT", "CHN", "AUS")),
    ("en", "Penny Wong spoke to the press after a meeting with her Chinese counterpart in Canberra.", ("CONSULT", "AUS", "CHN")),
    # the one told is no subject: "X told reporters after talks with Y"
    ("en", "Lavrov told journalists following a meeting with Iran's foreign minister that the deal would hold.",
     ("CONSULT", "RUS", "IRN")),
    ("en", "Blinken briefed reporters after talks with Saudi Crown Prince Mohammed bin Salman.", ("CONSULT", "USA", "SAU")),
    # a call received: "ditelepon X"
    ("id", "Presiden Zelensky mengaku ditelepon Presiden Prancis Emmanuel Macron pada Sabtu.", ("CONSULT", "FRA", "UKR")),
    # a meeting under its capitalised name is no unlisted actor ("Rapat Terbatas", "Sidang Kabinet")
    ("id", '"Kondisi ekonomi stabil," kata Menko Perekonomian Airlangga Hartarto, kepada pers usai Rapat Terbatas dengan '
           'Perdana Menteri Malaysia Anwar Ibrahim di Jakarta.', ("CONSULT", "IDN", "MYS")),
])
def test_lead_consult_fixes(lang, text, key):
    assert key in event_keys(text, lang, "2024-06-12")


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # the one told is not the subject of an act that follows: the speaker is
    ("en", "Lavrov told Chinese reporters after talks with Hakan Fidan that a deal was close.", ("CONSULT", "CHN", "TUR")),
    # a call in a sports report is no consultation ("dihubungi" is not a call between parties either)
    ("id", "Pelatih tim nasional mengaku ditelepon wartawan setelah pertandingan.", ("CONSULT", "", "")),
])
def test_lead_consult_negatives(lang, text, absent):
    assert absent not in event_keys(text, lang, "2024-06-12")


@pytest.mark.parametrize(("lang", "text", "key", "count"), [
    # talks named as a trip's purpose are the visit: one event each way, not two from the visitor
    ("en", "Lavrov flew to Ankara for talks with Hakan Fidan.", ("CONSULT", "RUS", "TUR"), 1),
    ("id", "Lavrov terbang ke Ankara untuk pembicaraan dengan Hakan Fidan.", ("CONSULT", "RUS", "TUR"), 1),
    # ... while a meeting and a visit planned apart are two events
    ("en", "Lavrov met Hakan Fidan in Moscow and said he would visit Ankara next month.", ("CONSULT", "RUS", "TUR"), 2),
])
def test_trip_purpose_is_the_visit(lang, text, key, count):
    from warta.api import extract
    from warta.evaluate import match_key

    keys = [match_key(e.type, e.source.code, e.target.code if e.target else "")
            for e in extract(text, lang=lang, published="2024-06-12")]
    assert keys.count(key) == count, keys


@pytest.mark.parametrize(("lang", "text"), [
    # a bare request or an urgent feeling names no act called for: no targetless request
    ("en", "The World Bank issued a press release on the loan on Friday."),
    ("id", "Indonesia perlu bertindak dengan perasaan mendesak untuk memperbaiki profil risiko kredit."),
    ("id", "Laporan itu berangkat dari permintaan Badan Kehormatan DPR."),
])
def test_no_targetless_request(lang, text):
    assert "REQUEST" not in {k[0] for k in event_keys(text, lang, "2024-06-12")}
