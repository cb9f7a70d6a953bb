"""CONSULT in real news by construction (helper BA, seventeenth session): own news-style sentences in Indonesian and
English (tests/data/consult_BA.jsonl), in the gold's record form with their text, every sentence coded by
GUIDELINES.md BEFORE warta was run on any of them, lines with no event too (negatives: an internal meeting, a cabinet
session, a press conference, a report or a trophy received, a sports fixture, "met forecasts"). Meetings, talks,
calls, hosting and receiving named as nouns under a light verb ("menggelar pertemuan dengan", "melakukan pembicaraan
dengan", "held a working meeting with"), meals hosted ("menjamu", "jamuan makan malam bagi", "hosted a dinner for"),
visits named by the visitor ("kunjungan Kanselir Jerman ke Beijing"), calls received ("ditelepon", "received a phone
call from")."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "consult_BA.jsonl"
PUB = "2024-11-15"


# Measured right after coding, before any fix (2026-12-06): en F1 0.878 (TP 18, FP 0, FN 5), id F1 0.848 (TP 28,
# FP 0, FN 10).  The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never
# lower it.  With the mirrored party of talks (events.py): id 0.899 (TP 31, FP 0, FN 7); with the call had from
# someone: en 0.930 (TP 20, FP 0, FN 3); with the other branch met: en 0.978 (TP 22, FP 0, FN 1).
RATCHET = {"en": (0.977, 0), "id": (0.898, 0)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "consult-BA", RATCHET)


# the fixes, each with sentences of our own (not of the set's file) and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # a party of talks is the same party both ways: an unnamed office as the source takes the state it has as the
    # target of the other direction (pipeline/events.py, helper BA)
    ("id", "Menteri Dalam Negeri sering berdiskusi dengan Kapolri soal keamanan pilkada.", ("CONSULT", "IDN", "IDN")),
    ("id", "Menteri Perhubungan rutin berkomunikasi dengan Kapolri menjelang mudik Lebaran.",
     ("CONSULT", "IDN", "IDN")),
    ("en", "The interior minister held talks with the police chief of Malaysia.", ("CONSULT", "MYS", "MYS")),
    # two named office-holders of one government who met are two parties (event_types.tsv met_organs)
    ("id", "\"Anggarannya sudah cukup,\" kata Menteri Pertanian Amran Sulaiman usai pertemuan dengan Menteri Keuangan Sri "
           "Mulyani di Jakarta.", ("CONSULT", "IDN", "IDN")),
    ("en", "\"The budget is enough,\" Agriculture Minister Amran Sulaiman said after a meeting with Finance Minister Sri "
           "Mulyani.", ("CONSULT", "IDN", "IDN")),
    # ... also when both are known by name with one code, after "usai/after" (roles.met_organs)
    ("id", "\"Harga stabil,\" kata Menko Perekonomian Airlangga Hartarto usai rapat terbatas dengan Presiden Prabowo "
           "Subianto di Istana Merdeka.", ("CONSULT", "IDN", "IDN")),
    ("en", "\"Prices are stable,\" Coordinating Economic Minister Airlangga Hartarto said after a limited meeting with "
           "President Prabowo Subianto at the palace.", ("CONSULT", "IDN", "IDN")),
    # hosting a guest to a meal (lang/id/triggers.tsv jamu, jamuan)
    ("id", "Presiden Prabowo menjamu Perdana Menteri Malaysia Anwar Ibrahim di Istana Bogor.", ("CONSULT", "IDN", "MYS")),
    ("id", "Presiden Prabowo menggelar jamuan makan malam bagi Perdana Menteri Singapura di Istana Negara.",
     ("CONSULT", "IDN", "SGP")),
    # a call had from someone: the clause's subject is the other side (roles._mutual_sides)
    ("en", "Saudi Crown Prince Mohammed bin Salman received a phone call from French President Emmanuel Macron.",
     ("CONSULT", "SAU", "FRA")),
    ("en", "Macron took a phone call from Putin.", ("CONSULT", "FRA", "RUS")),
    # an unnamed branch of the state met by a named organ of another branch (roles._other_branch)
    ("id", "Menteri Keuangan Sri Mulyani menggelar rapat kerja dengan DPR.", ("CONSULT", "IDN", "IDN")),
    ("en", "Britain's home secretary held talks with parliament's home affairs committee.", ("CONSULT", "GBR", "GBR")),
])
def test_consult_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # two ministers of one title, one of a named state: the unnamed one is not of that state
    ("id", "Menteri Pertahanan bertemu dengan Menteri Pertahanan Australia di Canberra.", ("CONSULT", "AUS", "AUS")),
    # an unnamed office is no organ of the state of the leader it met (met_organs: not a bare sector noun)
    ("id", "Sekretaris Negara terlihat memulai diplomasi setelah pertemuan dengan Kim Jong Un dari Korea Utara.",
     ("CONSULT", "PRK", "PRK")),
    # a meeting of two officials of one state that is only talked of, not told after "usai/after"
    ("en", "President Prabowo Subianto meeting with Finance Minister Sri Mulyani may be delayed again, the palace said.",
     ("CONSULT", "IDN", "IDN")),
    # unnamed officials met are no other side
    ("en", "The Indonesian foreign minister met officials in Jakarta.", ("CONSULT", "IDN", "IDN")),
    ("id", "Menteri Keuangan Sri Mulyani bertemu dengan pejabat.", ("CONSULT", "IDN", "IDN")),
    # a branch named in what is discussed is no party (the branch met stands behind "dengan/with")
    ("id", "Ketua DPR Puan Maharani membahas rancangan undang-undang pemilihan kepala daerah.", ("CONSULT", "IDN", "IDN")),
    # a call from someone unnamed names no other side
    ("en", "The Israeli embassy received a phone call from a man claiming to have planted a bomb.", ("CONSULT", "ISR", "ISR")),
    # "jamu" the herbal drink is no hosting
    ("id", "Para pedagang jamu di Solo menjual jamu tradisional kepada wisatawan Jepang.", ("CONSULT", "IDN", "JPN")),
    ("id", "Rencana pertemuan Presiden Prabowo Subianto dengan Menteri Keuangan Sri Mulyani ditunda pekan depan.",
     ("CONSULT", "IDN", "IDN")),
])
def test_consult_negatives(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)
