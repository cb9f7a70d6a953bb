"""English disapproval and accusation by construction (helper BO, session 21): own news-style sentences in English
and Indonesian (tests/data/accuse_BO.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them, with
negatives.  Written from CAMEO 09x/11x and PLOVER ACCUSE: displeasure at a party ("upset with", "outraged by", read
with the one displeased as the source, not the one after "by"), harsh words for a party, crying foul, verdicts of
regret, violation and disgust, "should be held accountable", "must answer for", contempt, raising the alarm,
"quick to condemn", "appeared to mock", "took to Twitter to slam" (done, no purpose), a dressing-down given, a text's author as the subject ("A
report by Human Rights Watch accused", "An editorial in the Global Times lambasted"), and a crime committed that is no
commitment (AGREE)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "accuse_BO.jsonl"
PUB = "2025-06-20"

# Measured right after coding, before any fix (2026-12-06): en F1 0.929 (TP 26, FP 1, FN 3), id F1 1.000 (TP 12,
# FP 0, FN 0).  After the fixes below: en 0.966 (TP 28, FP 1, FN 1), id 1.000 (TP 12, FP 0, FN 0).  Left: "called his
# rival a liar" (a rival of a named actor has no country of its own), COOPERATE from "joint patrols with the US Navy"
# read from the US Navy to the one chided (the act's author is the possessor "its").
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.965, 1), "id": (0.999, 0)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "accuse-BO", RATCHET)


# the fixes, each with sentences of our own (not of the set's file)
@pytest.mark.parametrize(("lang", "text", "key"), [
    # (1) displeasure at a party named at once after the preposition, the one displeased the source (displeasedat)
    ("en", "The Indian government is unhappy with Canada over the allegations.", ("ACCUSE", "IND", "CAN")),
    ("en", "Turkey was outraged by Sweden's decision to allow the protest.", ("ACCUSE", "TUR", "SWE")),
    ("en", "Japan said it was deeply disappointed by South Korea's decision to scrap the deal.", ("ACCUSE", "JPN", "KOR")),
    ("en", "The UN Secretary-General said he was alarmed by Israel's plans for Rafah.", ("ACCUSE", "IGOUN", "ISR")),
    # (2) harsh words for a party (harshwords)
    ("en", "The Egyptian foreign minister had harsh words for Ethiopia over the dam.", ("ACCUSE", "EGY", "ETH")),
    # (3) a verdict of regret or of violation on a party's act, said or called (saidlabel, verdictlabel, calladj)
    ("en", "Seoul said Tokyo's decision was deeply regrettable.", ("ACCUSE", "KOR", "JPN")),
    ("en", "Manila called Beijing's move regrettable.", ("ACCUSE", "PHL", "CHN")),
    ("en", "Vietnam's foreign ministry said China's actions were a violation of Vietnam's sovereignty.",
     ("ACCUSE", "VNM", "CHN")),
    # (4) crying foul over a party's act (cryfoul)
    ("en", "Malaysia cried foul over Singapore's new water tariffs.", ("ACCUSE", "MYS", "SGP")),
    # (5) a party that should be held to account (saidshould)
    ("en", "Mexico said Washington should be held accountable for the deaths.", ("ACCUSE", "MEX", "USA")),
    # (6) a dressing-down given to a party (dressingdown)
    ("en", "The Australian prime minister gave China a dressing-down over the intercept.", ("ACCUSE", "AUS", "CHN")),
    # (8) a text's author behind by/from/in is the clause's subject (word class authored_doc)
    ("en", "A commentary by Xinhua lambasted Australia.", ("ACCUSE", "CHN", "AUS")),
    ("en", "A statement from the Chinese foreign ministry criticised Australia.", ("ACCUSE", "CHN", "AUS")),
    ("id", "Laporan oleh Amnesty International mengecam militer Myanmar.", ("ACCUSE", "NGOAMN", "MMR")),
    # (9) verdicts of disgust or shambles said of a party's act (saidlabel, verdictlabel)
    ("en", "Democrats said Trump's comments were disgusting.", ("ACCUSE", "USA", "USA")),
    # (10) a party that must answer for an act (saidanswer)
    ("en", "Turkey's president said Saudi Arabia must answer for the killing of Khashoggi.", ("ACCUSE", "TUR", "SAU")),
    # (11) contempt found by a body (holdcontempt)
    ("en", "The Kenyan parliament held the finance minister in contempt.", ("ACCUSE", "KEN", "KEN")),
    # (12) speed before "to" is aspect, no purpose: the act is done (word class aspect)
    ("en", "Germany and France were quick to condemn Russia's annexation of Crimea.", ("ACCUSE", "DEU", "RUS")),
    # (13) raising the alarm over a party's act (raiseconcern)
    ("en", "Britain raised the alarm over China's detention of Uighurs.", ("ACCUSE", "GBR", "CHN")),
    # (14) seeming, not hesitating, a medium or a speech before "to": the act is reported, no purpose (aspect)
    ("en", "Trump took to Twitter to slam Senator Warren.", ("ACCUSE", "USA", "USA")),
    ("en", "The Chinese foreign minister used his speech to criticise Washington.", ("ACCUSE", "CHN", "USA")),
    ("en", "Trump appeared to mock Senator Warren at the rally.", ("ACCUSE", "USA", "USA")),
    ("en", "The senator did not hesitate to criticise President Trump.", ("ACCUSE", "USA", "USA")),
    ("en", "Pelosi was the latest to criticise the president.", ("ACCUSE", "USA", "USA")),
    # (15) a verdict written or tweeted, or a person so labelled (saidlabel, saidwrong)
    ("en", "Trump tweeted that the Democrats had lied about Kavanaugh.", ("ACCUSE", "USA", "USA")),
    ("en", "Warren hit back, saying Trump was a coward.", ("ACCUSE", "USA", "USA")),
    # (16) Indonesian, aligned with (1) and (2): displeasure at a party right after "dengan" (kesaldengan, geram) and
    # harsh words thrown at a party (katakeras)
    ("id", "Pemerintah India kesal dengan Kanada soal tuduhan tersebut.", ("ACCUSE", "IND", "CAN")),
    ("id", "Beijing tidak senang dengan Manila soal latihan militer bersama Amerika Serikat.", ("ACCUSE", "CHN", "PHL")),
    ("id", "Menteri Luar Negeri Mesir melontarkan kata-kata keras kepada Ethiopia soal bendungan.",
     ("ACCUSE", "EGY", "ETH")),
    ("id", "Presiden Prabowo melontarkan kritik pedas terhadap Australia.", ("ACCUSE", "IDN", "AUS")),
])
def test_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


# ... and the negatives: no party, or the wrong direction
@pytest.mark.parametrize(("lang", "text", "absent"), [
    # (1) "by" names what displeases, not the one displeased; displeasure at no party is no event
    ("en", "Japan said it was deeply disappointed by South Korea's decision to scrap the deal.", ("ACCUSE", "KOR", "JPN")),
    ("en", "Investors in Singapore were alarmed by the fall in oil prices.", ("ACCUSE", "SGP", "")),
    # (2) harsh words for a team name no political party
    ("en", "The Thai coach had harsh words for his players after the defeat.", ("ACCUSE", "THA", "THA")),
    # (3) regret at an event with no party named
    ("en", "Indonesia's sports minister said it was regrettable that the match was cancelled.", ("ACCUSE", "IDN", "")),
    # (6) a dressing-down is no aid given
    ("en", "The Australian prime minister gave China a dressing-down over the intercept.", ("AID", "AUS", "CHN")),
    # (7) a crime committed is no commitment (cb_intend rows need "committed to")
    ("en", "The report found that Chinese authorities had committed serious human rights violations in Xinjiang.",
     ("AGREE", "CHN", "")),
    # (8) an author after a subordinator's clause is no subject of the main clause
    ("en", "After a complaint from Japan, inspectors investigated China.", ("ACCUSE", "JPN", "CHN")),
    # (9) a flood is a disaster of no party's making; (not rows) a pursuit or a tearing down is no criticism
    ("en", "The minister said the flooding in Jakarta was a disaster.", ("ACCUSE", "IDN", "IDN")),
    ("en", "Russian forces went after Ukrainian positions for hours.", ("ACCUSE", "RUS", "UKR")),
    ("en", "Protesters in Hong Kong ripped down posters of China's president for hours.", ("ACCUSE", "HKG", "CHN")),
    # (14) a plan to act stays a purpose; a seeming act keeps its own type
    ("en", "Vietnam sent a delegation to protest the seizure of its fishermen by China.", ("ACCUSE", "VNM", "CHN")),
    ("en", "Iran seemed to reject the European offer.", ("ACCUSE", "IRN", "")),
    ("en", "China hopes to be the first to land astronauts on the Moon.", ("ASSAULT", "CHN", "")),
    # (16) displeasure at a thing names no party
    ("id", "Warga Jakarta kesal dengan kemacetan di jalan tol.", ("ACCUSE", "IDN", "IDN")),
    ("id", "Para petani Thailand tidak puas dengan harga gabah tahun ini.", ("ACCUSE", "THA", "")),
])
def test_negatives(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)
