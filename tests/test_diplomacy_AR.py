"""Diplomacy in translated Indonesian wire news and its English originals by construction (part AR, fifteenth
session): own news-style sentences (tests/data/diplomacy_AR.jsonl), every one coded by GUIDELINES.md BEFORE warta ran
on any of them: talks with a counterpart ("mitranya dari Jepang", "his Japanese counterpart"), calls, visits received
and hosted, meetings on the sidelines, lists of three ministers meeting, a partner inside a noun ("pertemuan
Trump-Kim", "KTT AS-Korea Utara"), agreements reached and signed, requests and support; negatives of business, sport,
a suspect meeting a victim, a cabinet meeting, goods received."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "diplomacy_AR.jsonl"
PUB = "2019-03-15"

# Measured right after coding, before any fix (2026-12-06): en F1 0.909 (TP 35, FP 2, FN 5), id F1 0.693 (TP 35, FP 15,
# FN 16); after the first fixes below (purpose act, hyphenated parties, counterparts, a list set off by commas, a tie
# discussed): en 0.937 (TP 37, FP 2, FN 3), id 0.971 (TP 51, FP 3, FN 0); with talks as a setting and "threw its
# support behind": en 0.950 (TP 38, FP 2, FN 2); with an office apposed to a name: en 0.976 (TP 40, FP 2, FN 0). The
# ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.975, 2), "id": (0.970, 3)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "diplomacy-AR", RATCHET)


# the fixes, each with sentences of our own (not of the set's file) and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # what a purpose clause's act is about is no side of the meeting (roles._purpose_act_between)
    ("id", "Putin dan Erdogan bertemu di Sochi untuk membahas situasi di Suriah.", ("CONSULT", "RUS", "TUR")),
    ("id", "Macron bertemu dengan Merkel di Berlin guna membahas kesepakatan nuklir Iran.", ("CONSULT", "FRA", "DEU")),
    ("en", "Macron and Merkel met in Berlin to discuss the Iran nuclear deal.", ("CONSULT", "FRA", "DEU")),
    # a meeting's parties written as one hyphenated word (roles.hyphen_pair)
    ("id", "Pertemuan Putin-Erdogan di Sochi berlangsung selama tiga jam.", ("CONSULT", "RUS", "TUR")),
    ("id", "KTT Rusia-Turki digelar di Ankara pekan lalu.", ("CONSULT", "TUR", "RUS")),
    ("en", "The Putin-Erdogan talks in Sochi lasted three hours.", ("CONSULT", "TUR", "RUS")),
    ("en", "The Russia-Turkey summit was held in Ankara last week.", ("CONSULT", "RUS", "TUR")),
    # a counterpart from a state: "timpalannya dari", "rekan sejawatnya dari" (lang/id/sectors.tsv)
    ("id", "Menlu Rusia Sergei Lavrov bertemu timpalannya dari China di Moskow.", ("CONSULT", "RUS", "CHN")),
    ("id", "Menteri Pertahanan Jepang berbicara dengan rekan sejawatnya dari Korea Selatan.", ("CONSULT", "JPN", "KOR")),
    # a list set off by commas right before the verb is its subject (roles.subject_of)
    ("id", "Kedua pemimpin, Vladimir Putin dan Recep Tayyip Erdogan, bertemu di Sochi.", ("CONSULT", "TUR", "RUS")),
    ("en", "The two leaders, Vladimir Putin and Recep Tayyip Erdogan, met in Sochi.", ("CONSULT", "RUS", "TUR")),
    # talks named as the setting of the clause's act: its subjects had them (roles.talks_setting), also fronted
    ("en", "Macron and Rouhani agreed in a phone call to keep talking.", ("CONSULT", "FRA", "IRN")),
    ("en", "In a phone call on Tuesday, Macron and Rouhani agreed to keep talking.", ("CONSULT", "IRN", "FRA")),
    ("id", "Macron dan Rouhani sepakat dalam percakapan telepon untuk terus berdialog.", ("CONSULT", "FRA", "IRN")),
    ("id", "Dalam pembicaraan telepon pada Selasa, Macron dan Rouhani sepakat terus berdialog.", ("CONSULT", "IRN", "FRA")),
    # throwing one's support behind a party (lang/en/triggers.tsv throwsupport)
    ("en", "Turkey threw its support behind Qatar in the Gulf dispute.", ("SUPPORT", "TUR", "QAT")),
    # an office right before a name of the same state is the same actor, and a list runs on past it
    # (analysis.SentenceView._apposed): "X and his Japanese counterpart Taro Kono discussed"
    ("en", "Lavrov and his Turkish counterpart Mevlut Cavusoglu discussed trade in Antalya.", ("CONSULT", "RUS", "TUR")),
    ("en", "Wang Yi and his Russian counterpart Sergei Lavrov signed an agreement on energy.", ("SUPPORT", "CHN", "RUS")),
    # advice urged on a party to act (lang/en/triggers.tsv adviseto); the Indonesian "menyarankan" was tried and
    # taken back (one blind and one tuning false alarm)
    ("en", "Beijing advised Washington to stay out of the Hong Kong protests.", ("REQUEST", "CHN", "USA")),
])
def test_diplomacy_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    ("id", "Putin dan Erdogan bertemu di Sochi untuk membahas situasi di Suriah.", ("CONSULT", "RUS", "SYR")),
    ("en", "Macron and Merkel met in Berlin to discuss the Iran nuclear deal.", ("CONSULT", "FRA", "IRN")),
    # the office and the name are one party, not two of one state meeting
    ("en", "Lavrov and his Turkish counterpart Mevlut Cavusoglu discussed trade in Antalya.", ("CONSULT", "TUR", "TUR")),
    # a deal named as a thing with a hyphenated pair is no act (talks only)
    ("id", "Pasar saham melemah karena penyelesaian kesepakatan perdagangan AS-China bisa tertunda.", ("COOPERATE", "USA", "CHN")),
    ("id", "Pasar saham melemah karena penyelesaian kesepakatan perdagangan AS-China bisa tertunda.", ("AGREE", "USA", "CHN")),
    # a tie right after a verb of talks is what is discussed, not a tie (conventions._signed_object)
    ("id", "Jokowi dan Mahathir membahas kerja sama perdagangan di Bogor.", ("COOPERATE", "IDN", "MYS")),
])
def test_diplomacy_negatives(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "etype"), [
    # a counterpart with no state named, a players' meeting, a list of players
    ("id", "Pemain itu bertemu timpalannya di lapangan sebelum laga dimulai.", "CONSULT"),
    ("id", "Kedua pelatih, Luis Milla dan Simon McMenemy, bertemu di Jakarta.", "CONSULT"),
    # parties "in talks" with no act of the clause beside it talk each with others, not with one another
    ("id", "Brasil, Meksiko dan India juga masih dalam proses perundingan.", "CONSULT"),
    ("en", "Brazil, Mexico and India are also still in negotiations.", "CONSULT"),
    ("en", "The striker threw the ball behind the goal line.", "SUPPORT"),
    ("en", "Doctors advised residents to stay indoors during the heatwave.", "REQUEST"),
])
def test_diplomacy_no_event(lang, text, etype):
    assert etype not in {k[0] for k in event_keys(text, lang, PUB)}


def test_talks_in_their_own_setting_coded_once():
    from warta.api import extract

    events = extract("Dalam pertemuan itu, Jokowi dan Mahathir membahas perdagangan.", lang="id", published=PUB)
    assert sorted((e.type, e.source.code[:3], e.target.code[:3]) for e in events) == [
        ("CONSULT", "IDN", "MYS"), ("CONSULT", "MYS", "IDN")]
