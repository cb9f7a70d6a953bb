"""Actors the coder did not find (helper DT, session 32): own news-style sentences in English and Indonesian
(tests/data/aktor_DT.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them: people and groups as actors
(residents, gunmen, settlers, warga, massa, oknum, kelompok bersenjata, simpatisan), police and courts by unit and
place (Sydney police, a magistrate in Darwin, Polres Jakarta Barat, Kejaksaan Negeri Surabaya, Pengadilan Negeri
Jakarta Selatan, Mahkamah Agung), states named by a capital, a seat of government or a by-name (Beijing, Kremlin,
Gedung Putih, Negeri Paman Sam) and office titles alone (Kapolda, Jaksa Agung, the Premier, the Attorney-General);
about a quarter with no event."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "aktor_DT.jsonl"
PUB = "2026-12-07"

# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
# Measured right after coding, before any change (2026-12-07, main bf6fb19a): en F1 0.929 (TP 13, FP 0, FN 2), id F1
# 0.867 (TP 13, FP 1, FN 3).  After batch 1 (the fixes below): en the same, id F1 0.903 (TP 14, FP 1, FN 2: "Jaksa
# Agung" alone is Indonesia's).  Left: a protest whose target is an office it marches to ("outside the city council
# offices", "to the education ministry"), a rejected plan with no author named, "Mahkamah Agung" alone (left out: with a
# state it codes "memutuskan bersalah atau tidaknya terdakwa", an open question, test_accuse_AP) and "AS mendalangi
# kerusuhan" read as a US protest.  Batch 2 measured and taken back (no commit): "treasurer" as a GOV title (tuning
# equal, no own-set gain) and the short form "Truss" for Warren Truss 1999-2007 (tuning en FP +1: "Mr Truss has led a
# delegation" read as AGREE).
RATCHET = {"en": (0.928, 0), "id": (0.902, 1)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "aktor-DT", RATCHET)


# the fixes, each with sentences of our own (not of the set's file) and negatives: (lang, text, published, key)
FOUND = [
    # (1) an article opening the sentence is no part of a place's name after it (lang/en/place_words.tsv title)
    ("en", "A Sydney court jailed a man for six years for the robbery.", PUB, ("COERCE", "AUS", "AUS")),
    ("en", "The Darwin magistrate jailed a man for three months.", PUB, ("COERCE", "AUS", "AUS")),
    # (2) the hyphenated Attorney-General (lang/en/titles.tsv)
    ("en", "The Victorian Attorney-General accused the Opposition of lying about the courts.", PUB,
     ("ACCUSE", "AUS", "AUS")),
    # (3) the short forms of Australia's states and territories (lang/en/place_aliases.tsv) and its bodies' short names
    ("en", "WA police arrested two men over a bank robbery.", PUB, ("COERCE", "AUS", "AUS")),
    ("en", "The MUA accused the stevedoring company of sacking its workers.", PUB, ("ACCUSE", "AUS", "AUS")),
    # (4) heads of government named with an honorific, dated (knowledge/people_2017.tsv)
    ("en", "Mr Sharon accused the Palestinian Authority of harbouring militants.", "2002-01-15", ("ACCUSE", "ISR", "PSE")),
    ("en", "President Bush accused Iraq of hiding weapons.", "2002-01-15", ("ACCUSE", "USA", "IRQ")),
    ("en", "Mr Peres met Palestinian officials in Cairo.", "2002-01-15", ("CONSULT", "ISR", "PSE")),
    # (5) "Jaksa Agung" alone in Indonesian text is Indonesia's; another state after it names that state's
    ("id", "Jaksa Agung menahan mantan direktur utama Jiwasraya.", PUB, ("COERCE", "IDN", "IDN")),
    ("id", "Jaksa Agung menolak permintaan Komisi III DPR.", PUB, ("REJECT", "IDN", "IDN")),
    ("id", "Jaksa Agung AS William Barr menolak permintaan Kongres.", PUB, ("REJECT", "USA", "USA")),
    # (6) Indonesian newsroom epithets of states (knowledge/country_aliases.tsv)
    ("id", "Negeri Samba mengecam Negeri Tango.", PUB, ("ACCUSE", "BRA", "ARG")),
]

NOT_FOUND = [
    # "Act" of a law is no Australian Capital Territory; a film star is no prime minister
    ("en", "Police arrested two men under the Terrorism Act.", PUB, ("COERCE", "AUS", "AUS")),
    ("en", "Sharon Stone criticised the producers of the film.", "2002-01-15", ("ACCUSE", "ISR", "")),
    ("id", "Jaksa Agung AS William Barr menolak permintaan Kongres.", PUB, ("REJECT", "IDN", "USA")),
]


@pytest.mark.parametrize(("lang", "text", "pub", "key"), FOUND)
def test_actor_found(lang, text, pub, key):
    assert key in event_keys(text, lang, pub)


@pytest.mark.parametrize(("lang", "text", "pub", "key"), NOT_FOUND)
def test_actor_not_guessed(lang, text, pub, key):
    assert key not in event_keys(text, lang, pub)
