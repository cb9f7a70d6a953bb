"""Actors of Indonesian domestic news as the source of COERCE, ASSAULT and ACCUSE (part AH): own news-style
sentences in English and Indonesian (tests/data/actors_AH.jsonl), in the gold's record form with their text, every
sentence coded by GUIDELINES.md BEFORE warta was run on any of them, lines with no event too.  Law enforcement,
courts and security bodies and their people (KPK and its investigators, prosecutors' offices and their heads, judges
and courts, Densus 88, Brimob, Bareskrim, Propam, Satpol PP, Imigrasi, Bea Cukai, BNN, Bawaslu, KPU, Komnas HAM,
Ombudsman, TNI units), heads named by a title and a place ("Kajari Medan", "Kepala BNN Provinsi Riau"), Papuan armed
groups, crowds and unnamed attackers; sentences passed on people with no judge named ("divonis", "was jailed");
negatives: the same bodies and titles in sentences with no act, sport, prices, weather."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

PUB = "2024-11-15"
DATA = Path(__file__).parent / "data" / "actors_AH.jsonl"


# Measured right after coding, before any fix (2026-12-05): en F1 0.903 (TP 14, FP 2, FN 1), id F1 0.825 (TP 26, FP 2,
# FN 9); with id-22 and id-37's CAMEO 1712 recoded ASSAULT (a coding error: CAMEO2PLOVER maps 1712 to ASSAULT), crimes
# and networks in "menyebut ... terlibat", arson of a plain "rumah", "memperberat hukuman", "pemilik", own_ranks and
# the place of a passive's subject: en 0.938 (TP 15, FP 2, FN 0), id 0.928 (TP 32, FP 2, FN 3); with a charge's
# participle ("villagers suspected of helping rebels") a passive: en 0.968 (TP 15, FP 1, FN 0); with "tim sukses" a
# private group: id 0.943 (TP 33, FP 2, FN 2).  The ratchet per language: (lowest F1, most false alarms); raise it as
# the coder improves, never lower it.
RATCHET = {"en": (0.967, 1), "id": (0.940, 2)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "actors-AH", RATCHET)


# the fixes, each with sentences of our own (not of the part's file) and negatives
@pytest.mark.parametrize(("lang", "text", "key"), [
    # naming someone as involved in a criminal network or another crime of domestic news (sebutterlibat)
    ("id", "Kapolda Jawa Timur menyebut seorang kepala desa terlibat jaringan narkoba.", ("ACCUSE", "IDN", "IDN")),
    ("id", "Kejari Garut menduga dua pejabat dinas terlibat gratifikasi proyek jalan.", ("ACCUSE", "IDN", "IDN")),
    # arson of a plain "rumah": the owner after it is the target (bakarbangunan)
    ("id", "KKB membakar rumah guru di Kabupaten Puncak.", ("ASSAULT", "IDN", "IDN")),
    # a higher court raising a sentence (perberathukuman)
    ("id", "Pengadilan Tinggi Medan memperberat hukuman dua terdakwa pembunuhan menjadi 20 tahun penjara.",
     ("COERCE", "IDN", "IDN")),
    # an owner is a private person
    ("id", "Polda Bali menahan pemilik vila yang menampung turis ilegal.", ("COERCE", "IDN", "IDN")),
    # the police, forces or courts acting on their own members (event_types own_ranks)
    ("id", "Polda Sumatera Utara menahan tiga anggota Polres Labuhanbatu yang memeras sopir truk.",
     ("COERCE", "IDN", "IDN")),
    # unnamed people named at a place before a passive with no agent are of that place's state
    ("en", "A journalist in Papua was jailed for three years for treason.", ("COERCE", "IDN", "IDN")),
    ("en", "A pastor in Aceh was arrested for holding a service without a permit.", ("COERCE", "IDN", "IDN")),
    # the heads of prisons and remand centres (Kalapas, Karutan) are Indonesia's
    ("id", "Kalapas Nusakambangan menuding seorang sipir menyelundupkan telepon genggam untuk narapidana.",
     ("ACCUSE", "IDN", "IDN")),
    # hostages taken with a longer noun phrase between the verb and "hostage"
    ("en", "Papuan rebels took a New Zealand pilot hostage in Nduga.", ("ASSAULT", "IDN", "NZL")),
    # a ban on leaving the country written with "cegah" (as "cekal")
    ("id", "KPK mencegah mantan Wali Kota Bima bepergian ke luar negeri.", ("COERCE", "IDN", "IDN")),
    ("id", "Imigrasi mencegah dua tersangka korupsi ke luar negeri selama enam bulan.", ("COERCE", "IDN", "IDN")),
    # a prosecutor's demand for a sentence is a charge (ACCUSE 115), as "sought", as Indonesian "menuntut"
    ("en", "Indonesian prosecutors demanded a death sentence for a police general accused of murder.",
     ("ACCUSE", "IDN", "IDN")),
    ("en", "Prosecutors in Jakarta demanded 15 years in prison for the former minister.", ("ACCUSE", "IDN", "IDN")),
    # a candidate's campaign team is made of private persons
    ("id", "Polres Bekasi menangkap dua anggota tim sukses yang membagikan uang kepada pemilih.", ("COERCE", "IDN", "IDN")),
    # an active verb of suspicion names its object before "of": still the accuser's act
    ("en", "The United States suspected Iran of arming the rebels.", ("ACCUSE", "USA", "IRN")),
])  # fmt: skip
def test_part_ah_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text"), [
    ("id", "Bupati Garut menyebut ribuan warga terlibat dalam jaringan relawan banjir."),  # no crime named
    ("id", "Api membakar rumah di Kabupaten Puncak."),  # no one's house, no one who burned it
    ("id", "Hujan deras memperberat kemacetan di Jalan Sudirman."),
    ("id", "Pemilik warung itu mengeluhkan harga gas."),
    ("en", "Thieves in France broke into a vineyard and stole a crop of grapes, police said."),  # two civilians' codes
    ("en", "Thieves in Surabaya stole a car belonging to a local man."),  # a past tense, not a passive
    ("en", "A teacher in Bali was praised for her work with refugees."),
    ("id", "Dua narapidana kabur dari Lapas Kelas IIA Jember."),
    # a prison named as the scene of an incident an inquiry looks into is no party (part Z's accuse-Z-id-05 coding)
    ("en", "The opposition held the national budget hostage for weeks."),
    ("id", "Pemerintah mencegah banjir dengan membangun waduk."),  # no travel
    ("id", "Tim sukses pasangan calon itu menggelar rapat di sebuah hotel di Bandung."),
])  # fmt: skip
def test_part_ah_negatives(lang, text):
    assert not event_keys(text, lang, PUB), text


# "villagers suspected of helping rebels": a charge's participle right after the people it names (roles
# _charge_participle) makes them the ones charged, never the accusers
@pytest.mark.parametrize(("lang", "text", "absent"), [
    ("en", "Police in Sumatra arrested two villagers suspected of helping rebels.", ("ACCUSE", "IDN", "IDN")),
    ("en", "Troops in Mali detained three herders suspected of aiding jihadists.", ("ACCUSE", "MLI", "MLI")),
])  # fmt: skip
def test_part_ah_charged_not_accusers(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)
