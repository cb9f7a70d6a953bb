"""English vocabulary from the PETRARCH2 CAMEO verb dictionary (issue 11): what scripts/derive_triggers.py left out,
re-admitted group by group by measurement (part BL).  Own news-style sentences (tests/data/vocab_BL.jsonl, English with
Indonesian translations where the Indonesian side has a counterpart to test), coded by GUIDELINES.md BEFORE warta was
run on any of them, with negatives (sport, markets, idioms, business)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "vocab_BL.jsonl"
PUB = "2024-11-15"

# Measured right after coding, before any fix (2026-12-06): en F1 0.585 (TP 12, FP 1, FN 16), id F1 0.417 (TP 5, FP 6,
# FN 8); with group 1 (synonym sets in fixed phrases): en 0.651 (TP 14, FP 1, FN 14); with group 2 (framed verbs):
# en 0.784 (TP 20, FP 3, FN 8: the two new false alarms are a second target, "over the arms sale to Riyadh", and the
# police named as the target of a call for an inquiry into their killings); with group 3 (cooperation cancelled): en
# 0.808 (TP 21, FP 3, FN 7), id 0.538 (TP 7, FP 6, FN 6); with group 4 (Indonesian distance and disapproval): id
# 0.643 (TP 9, FP 6, FN 4).
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.807, 3), "id": (0.642, 6)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "vocab-BL", RATCHET)


# Group 1 (what the derivation could not express): a synonym set inside a fixed phrase ("{&MILITARY AID}",
# "{CENSURE &PROPOSAL}"), a fixed phrase inside a prepositional phrase ("(IN FAVOR) (OF {CONSTITUTIONAL AMENDMENT})"),
# a word joined by "_" inside braces and a slash of spellings ("(IN FAVOUR/FAVOR)"); a submitted censure or
# no-confidence motion asks the leader to go (1041, as the dictionary's INTRODUCE row), not 113 or 160.
@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "Students marched in favour of Prime Minister Anwar Ibrahim in Kuala Lumpur.", ("SUPPORT", "MYS", "MYS")),
    ("en", "Pakistan's opposition submitted a censure motion against Prime Minister Shehbaz Sharif.",
     ("REQUEST", "PAK", "PAK")),
    ("en", "Romania's opposition submitted a no-confidence motion against Prime Minister Marcel Ciolacu.",
     ("REQUEST", "ROU", "ROU")),
])
def test_fixed_phrases_with_synonym_sets(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # a motion of censure is no accusation by itself; fans who march for a coach are no political actors
    ("en", "Pakistan's opposition submitted a censure motion against Prime Minister Shehbaz Sharif.",
     ("ACCUSE", "PAK", "PAK")),
    ("en", "France evacuated foreign nationals from Port Sudan on Sunday.", ("SANCTION", "FRA", "SDN")),
])
def test_fixed_phrases_negatives(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)


# Group 2 (verbs the filters drop, kept in their frame): a synonym or a root's general-code verb that means its block's
# act only before a preposition ("disagreed with", "disapproved of", "pushed for"), and a verb with a preposition alone
# for the block's named verb ("distanced itself from", "lobbied against", "lobbied ... for").
@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "Japan distanced itself from Seoul's plan to deploy troops.", ("ACCUSE", "JPN", "KOR")),
    ("en", "Egypt disagreed with Ethiopia over the dam.", ("ACCUSE", "EGY", "ETH")),
    ("en", "China strongly disapproved of Japan's defence budget.", ("ACCUSE", "CHN", "JPN")),
    ("en", "Germany pushed for Serbia to recognise Kosovo.", ("REQUEST", "DEU", "SRB")),
    ("en", "Kenya lobbied the African Union for a seat on the Security Council.", ("REQUEST", "KEN", "IGOAU")),
])
def test_framed_verbs(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "kind"), [
    # a lobby is a noun, demand pushes prices up, a driver disagrees with stewards, a bank distances itself from a rally
    ("en", "The farm lobby for cheaper fuel grew louder.", "REQUEST"),
    ("en", "Strong demand pushed up prices for rice in Manila.", "REQUEST"),
    ("en", "Hamilton disagreed with the stewards' decision.", "ACCUSE"),
    ("en", "The central bank distanced itself from the market rally.", "ACCUSE"),
])
def test_framed_verbs_negatives(lang, text, kind):
    assert not {k for k in event_keys(text, lang, PUB) if k[0] == kind}


# Group 3 (a verb the derivation leaves out as a cue that puts an act off, kept before its object): a cooperation
# cancelled, ended or scrapped is a cut of relations (hand rows cancelcoop, batalkerjasama).  Left alone: "cancelled
# military cooperation with Armenia" still reads "military", inside the pattern's gap, as its target (a rule in
# roles._objects that skipped a bare sector word there also skipped real objects in gaps, "menetapkan tiga pejabat
# dinas sebagai tersangka", "charged a 45-year-old man over the fire", and was taken back).
@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "Azerbaijan cancelled its cooperation with France on Monday.", ("SANCTION", "AZE", "FRA")),
    ("en", "Mali ended security cooperation with Paris.", ("SANCTION", "MLI", "FRA")),
    ("id", "Mali mengakhiri kerja sama keamanan dengan Prancis pada Senin.", ("SANCTION", "MLI", "FRA")),
    ("id", "Azerbaijan membatalkan kerja sama militer dengan Prancis.", ("SANCTION", "AZE", "FRA")),
])
def test_cooperation_cancelled(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # ended talks are no cut of relations; a club is no state; "ended" alone is no act
    ("en", "Mali ended security cooperation with Paris.", ("COOPERATE", "MLI", "FRA")),
    ("en", "The talks ended without cooperation from Iran.", ("SANCTION", "IRN", "")),
    ("id", "Klub itu membatalkan kerja sama dengan sponsornya.", ("SANCTION", "IDN", "")),
])
def test_cooperation_cancelled_negatives(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)


# Group 4 (the Indonesian counterparts of group 2): keeping one's distance from a party ("menjaga jarak dari",
# "menjauhkan diri dari", the party behind "dari") and voicing disapproval ("ketidaksetujuan") are disapproval (110).
@pytest.mark.parametrize(("lang", "text", "key"), [
    ("id", "Mesir mengambil jarak dari Ethiopia soal bendungan.", ("ACCUSE", "EGY", "ETH")),
    ("id", "Prancis menjauhkan diri dari Amerika Serikat terkait perang dagang.", ("ACCUSE", "FRA", "USA")),
    ("id", "China menyatakan ketidaksetujuan atas anggaran pertahanan Jepang.", ("ACCUSE", "CHN", "JPN")),
])
def test_distance_id(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text"), [
    # guarding oneself from a virus, a runner's lead, investors against a merger
    ("id", "Warga diminta menjaga diri dari virus flu burung."),
    ("id", "Pelari Kenya itu menjaga jarak dari pesaingnya hingga garis finis."),
    ("id", "Investor menyatakan ketidaksetujuan atas rencana merger kedua bank."),
])
def test_distance_id_negatives(lang, text):
    assert not {k for k in event_keys(text, lang, PUB) if k[0] == "ACCUSE"}
