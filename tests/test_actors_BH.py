"""Actors of real news that warta does not know (helper BH, nineteenth session): own news-style sentences in English
and Indonesian (tests/data/actors_BH.jsonl), in the gold's record form, every sentence coded by GUIDELINES.md BEFORE
warta was run on any of them, with negatives (a coach, a chief executive, a company director, a former minister, a
central bank governor, a sports federation).  People named once with their title, office or apposition ("Kenyan
Interior Minister Daniel Otieno", "Carlos Mendes, a spokesman for the Brazilian foreign ministry", "Kapolres Bogor
AKBP Rudi Hartono", "Wakil Ketua Komisi I DPR, Bambang Susilo"), agencies by acronym ("BNPT", "KPU Jawa Barat") and
party boards ("Dewan Pimpinan Pusat Partai Demokrat")."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "actors_BH.jsonl"
PUB = "2025-03-03"


# Measured right after coding, before any fix (2026-12-06): en F1 0.872 (TP 17, FP 2, FN 3), id F1 0.870 (TP 20, FP 2,
# FN 4); with an official "for" an organ, "presidency", party boards and a rank after an office: en 0.927 (TP 19, FP 2,
# FN 1), id 0.870.
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.926, 2), "id": (0.869, 2)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "actors-BH", RATCHET)


# the fixes, each with sentences of our own (not of the set's file) and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # an official FOR a state's organ is that organ's, and the name set beside it by commas too (en actor_links "for")
    ("en", "Ana Ruiz, a spokeswoman for the Colombian defence ministry, accused the rebels of breaking the ceasefire.",
     ("ACCUSE", "COL", "COL")),
    # the office of a head of state named for its state (sectors "presidency", "kepresidenan")
    ("en", "Turkey's presidency criticised Sweden over the Koran burning.", ("ACCUSE", "TUR", "SWE")),
    ("id", "Juru bicara kepresidenan Turki, Ibrahim Kalin, mengecam Swedia.", ("ACCUSE", "TUR", "SWE")),
    # the boards of Indonesian parties at each tier (organisations_more.tsv "Indonesian party boards")
    ("id", "Dewan Pimpinan Daerah Partai Golkar Jawa Timur mengecam keputusan KPU.", ("ACCUSE", "IDN", "IDN")),
    # a rank between an office and its holder's name is of the office's state
    ("id", "Kepala Bakamla Laksamana Madya Irvansyah menuduh kapal China memasuki perairan Natuna.",
     ("ACCUSE", "IDN", "CHN")),
    # a government portfolio's field between a state and its office (en word class office_field: "oil", "agriculture")
    ("en", "Ghanaian agriculture minister Kofi Mensah accused Ivory Coast of smuggling cocoa.", ("ACCUSE", "GHA", "CIV")),
    ("en", "Nigerian oil minister Emeka Okafor criticised Saudi Arabia over its output cuts.", ("ACCUSE", "NGA", "SAU")),
    # an office, its field in capitals and its holder's name ("Minister of Trade Budi Santoso")
    ("en", '"The talks were useful," said Minister of Trade Budi Santoso after a meeting with Finance Minister Sri '
           'Mulyani at the ministry, Monday.', ("CONSULT", "IDN", "IDN")),
    # a rank set off by commas after an office of a named state; the Indonesian police commands by their full names
    ("id", "Panglima militer Yordania, Jenderal Yousef Huneiti, mengecam serangan Israel ke Gaza.", ("ACCUSE", "JOR", "ISR")),
    ("id", "Anggota Kepolisian Sektor Tebet menangkap dua pencuri sepeda motor.", ("COERCE", "IDN", "IDN")),
    # deputies of regional heads, named after a name too; a rank after a regional police command's full name; an
    # office's place in capitals between the office and its holder set off by a comma
    ("id", "Hal itu disampaikan Siti Rahma, Wakil Gubernur Jawa Barat, usai menemui para pengungsi banjir di Garut.",
     ("CONSULT", "IDN", "IDN")),
    ("en", "Manila Vice Mayor Yul Servo Nieto criticised the national police.", ("ACCUSE", "PHL", "PHL")),
    ("id", "Kapolda Metro Jaya Irjen Karyoto menemui keluarga korban di Jakarta Timur.", ("CONSULT", "IDN", "IDN")),
    ("id", "Bupati Garut, Rudy Gunawan menolak tuntutan para buruh pabrik.", ("REJECT", "IDN", "IDN")),
    # the party boards by their acronyms (Indonesian text: DPP, DPW, DPC)
    ("id", "Ketua DPP Partai Hanura, Benny Rhamdani, mengkritik keputusan KPU soal verifikasi partai.",
     ("ACCUSE", "IDN", "IDN")),
    # Indonesian agencies by their acronyms in English text too
    ("en", "BNPB sent 50 tonnes of aid to flood victims in Aceh.", ("AID", "IDN", "IDN")),
    ("en", "The KPU rejected the opposition's request for a recount.", ("REJECT", "IDN", "IDN")),
])
def test_bh_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text"), [
    # "for" after a word that is no office joins nothing; a presidency in time is no actor
    ("en", "Fans queued for the Turkish president's rally in Ankara."),
    ("en", "The presidency of the summit passed to Brazil in a ceremony."),
    # a coach and a chief executive are no officials
    ("id", "Pelatih Persib Bandung mengatakan timnya siap menghadapi laga tandang."),
    ("en", "Tesla chief executive Elon Musk said the new factory would open next year."),
    # a field word before a firm, and the head of a university, name no official
    ("en", "Brazilian oil company Petrobras raised fuel prices."),
    ("en", "The president of Harvard University criticised the decision."),
    # an agency's divers searching a wreck act on no one
    ("en", "Basarnas divers searched the wreck for a second day."),
    # a company's deputy head is no official
    ("id", "Wakil direktur utama perusahaan itu mengatakan laba naik 12 persen."),
])
def test_bh_negatives(lang, text):
    assert not event_keys(text, lang, PUB)


def test_bh_taiwan_dpp_stays_taiwanese():
    # Taiwan's DPP, defined by its full name in brackets, is no Indonesian party board
    keys = event_keys("Partai Progresif Demokratik (DPP) Taiwan mengecam China. DPP menolak tekanan Beijing.", "id", PUB)
    assert not any(k[1] == "IDN" for k in keys)


def test_bh_foreign_police_stays_foreign():
    # another state's police named in Indonesian is that state's, not a command of the Indonesian police
    keys = event_keys("Kepolisian Federal Australia menangkap dua nelayan Indonesia.", "id", PUB)
    assert ("COERCE", "AUS", "IDN") in keys and not any(k[1] == "IDN" for k in keys)
