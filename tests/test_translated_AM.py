"""Translated Indonesian by construction (part AM, fourteenth session): own English wire sentences of international
politics and conflict and their Indonesian translations in the style translated news has (tests/data/translated_AM.jsonl):
"mengatakan bahwa", "menurut", "telah", long passives with "oleh", English titles kept ("Tn.", "Ny.", "Presiden AS
Donald Trump"), English word order ("Pada hari Selasa, ..."), calques ("meluncurkan serangan", "mengeluarkan
peringatan", "menyerukan kepada", "menjatuhkan sanksi terhadap"). Both sides coded by GUIDELINES.md with the same
events BEFORE warta was run on any of them; six pairs with no event (prices, sport, a product launch, an economic
warning, analysts, a film's critics)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "translated_AM.jsonl"
PUB = "2019-05-15"

# Measured right after coding, before any fix (2026-12-06): en F1 0.921 (TP 29, FP 1, FN 4), id F1 0.885 (TP 27,
# FP 1, FN 6); after the first fixes below: en 0.954 (TP 31, FP 1, FN 2), id 0.954 (TP 31, FP 1, FN 2).  The second
# part (ids 36-56: long reported speech, denials, far passives), coded before any run, brought the whole set to en
# 0.931 (TP 47, FP 3, FN 4), id 0.929 (TP 46, FP 2, FN 5); after the second fixes: en 0.931 (unchanged: "its troops"
# taken for the state was tried and dropped), id 0.950 (TP 48, FP 2, FN 3).  The ratchet per language: (lowest F1, most false alarms); raise it as the coder
# improves, never lower it.
RATCHET = {"en": (0.930, 3), "id": (0.949, 2)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "translated-AM", RATCHET)


# the fixes, each with sentences of our own (not of the part's file) and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # English titles kept in translated Indonesian do not end the sentence ("Tn.", "Ny.", "Mr.", lang/id/abbreviations)
    ("id", "Tn. Putin bertemu dengan Kanselir Jerman Angela Merkel di Sochi.", ("CONSULT", "RUS", "DEU")),
    ("id", "Ny. Merkel mengecam serangan Rusia terhadap Ukraina.", ("ACCUSE", "DEU", "RUS")),
    # the act's own target between the noun and its agent behind "oleh"/"by" (roles: a noun's agent far behind it)
    ("id", "Sanksi terhadap Korea Utara dijatuhkan oleh Dewan Keamanan PBB.", ("SANCTION", "IGOUN", "PRK")),
    ("id", "Kecaman keras terhadap Arab Saudi disampaikan oleh Kanada.", ("ACCUSE", "CAN", "SAU")),
    ("en", "Fresh sanctions against Russia were imposed by the European Union on Monday.", ("SANCTION", "IGOEU", "RUS")),
    # ... and after a passive light verb with no "oleh" (lang/id word class passive_light)
    ("id", "Sanksi terhadap Venezuela dijatuhkan Amerika Serikat pekan lalu.", ("SANCTION", "USA", "VEN")),
    # "by" over a determiner
    ("en", "Sanctions on North Korea were tightened by the United Nations.", ("SANCTION", "IGOUN", "PRK")),
    # the forces of a coalition a state leads are that state's (lang/en/actor_links "-led coalition", "-led")
    ("en", "US-led coalition forces bombed Raqqa on Sunday.", ("ASSAULT", "USA", "SYR")),
    ("en", "Saudi-led coalition warplanes struck the port city of Hodeidah in Yemen.", ("ASSAULT", "SAU", "YEM")),
    # reported blame in Indonesian, as the English "said ... was responsible for / behind" (lang/id katatanggung, katabalik)
    ("id", "Pejabat Amerika mengatakan bahwa Rusia bertanggung jawab atas peretasan terhadap Partai Demokrat.",
     ("ACCUSE", "USA", "RUS")),
    ("id", "Pemerintah Kolombia meyakini bahwa Venezuela berada di balik serangan bom tersebut.", ("ACCUSE", "COL", "VEN")),
    # a state's arms named with "-nya" are that state's ("pesawat tempurnya", "jet tempurnya": lang/id/anaphora)
    ("id", "Israel membantah bahwa jet tempurnya telah menyerang sebuah sekolah di Gaza.", ("ASSAULT", "ISR", "PSE")),
    # opening fire on a state's land or posts ("melepaskan tembakan ke wilayah / ke pos-pos")
    ("id", "Pakistan mengatakan pasukannya melepaskan tembakan ke pos-pos India.", ("ASSAULT", "PAK", "IND")),
    # a vow to retaliate is aimed at the author of the attack it answers, behind "dari/from"
    ("id", "Presiden Turki bersumpah akan membalas serangan mortir dari Suriah.", ("THREATEN", "TUR", "SYR")),
    ("en", "Turkey's president vowed to retaliate for the mortar attacks from Syria.", ("THREATEN", "TUR", "SYR")),
])
def test_am_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # a state qualifying another act behind "by the" is not the agent of the noun before it
    ("en", "The protests were provoked by the US assault on Fallujah.", ("PROTEST", "USA", "IRQ")),
    # who reports an act behind "oleh"/"by" is not its agent
    ("id", "Serangan terhadap Suriah dilaporkan oleh media Turki.", ("ASSAULT", "TUR", "SYR")),
    ("en", "The bombing of Idlib was reported by Turkish media.", ("ASSAULT", "TUR", "SYR")),
    # a duty is no blame
    ("id", "Menteri itu mengatakan bahwa pemerintah Jepang bertanggung jawab atas keselamatan warga.", ("ACCUSE", "JPN", "JPN")),
    # warning shots into the air are aimed at no one
    ("id", "Polisi melepaskan tembakan peringatan ke udara.", ("ASSAULT", "IDN", "IDN")),
    # aid received from a state is no threat's target
    ("id", "Israel bersumpah akan membalas dan menerima bantuan dari Amerika Serikat.", ("THREATEN", "ISR", "USA")),
])
def test_am_negatives(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)
