"""Roles of acts of force, arrest and accusation as news writes them (helper BM, twentieth session): own news-style
sentences in Indonesian and English (tests/data/forceroles_BM.jsonl), coded by GUIDELINES.md before warta was run on
any of them, with negatives (sport, prices, floods, fishing, a traffic operation, a favourable assessment).  The
forms: di- passives with and without "oleh", ter- and kena forms, nominalisations with terhadap/oleh, "korban"
constructions, serial verbs, far subjects after an apposition or a relative clause, "pihaknya"/"jajarannya"/
"anggotanya" as the doer, and accusations whose target is a possessor."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "forceroles_BM.jsonl"
PUB = "2025-06-20"

# Measured right after coding, before any fix (2026-12-06): en F1 0.963 (TP 13, FP 0, FN 1), id F1 0.781 (TP 25,
# FP 5, FN 9); with _target_before_agent: id 0.818 (TP 27, FP 5, FN 7);
# with korban undergone and oknum + force: id 0.836 (TP 28, FP 5, FN 6); with gunfirefrom: en 1.000 (TP 14, FP 0,
# FN 0).  The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.999, 0), "id": (0.835, 5)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "forceroles-BM", RATCHET)


# the fixes, each with sentences of our own (not of the set's file) and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # the target behind terhadap/on between an act's noun and its agent behind oleh/by (roles._target_before_agent)
    ("id", "Penyerangan terhadap markas TNI oleh kelompok bersenjata di Nduga melukai tiga prajurit.",
     ("ASSAULT", "IDN", "IDN")),
    ("id", "Penembakan terhadap warga sipil oleh tentara Myanmar di Sagaing memicu kecaman internasional.",
     ("ASSAULT", "MMR", "MMR")),
    ("en", "The attack on Israeli troops by Hamas fighters was condemned.", ("ASSAULT", "PSE", "ISR")),
    # the victim ("menjadi korban") undergoes the act its noun names (cues.tsv undergo); "oknum" before a force names
    # its member (sectors.tsv)
    ("id", "Seorang tukang ojek menjadi korban penembakan oknum prajurit di Puncak Jaya.", ("ASSAULT", "IDN", "IDN")),
    ("id", "Dua warga sipil menjadi korban penembakan oleh kelompok bersenjata di Intan Jaya.", ("ASSAULT", "IDN", "IDN")),
    ("id", "Seorang pedagang dianiaya oknum TNI di Jayapura.", ("ASSAULT", "IDN", "IDN")),
    # ter- passives of shooting and killing with their agent behind oleh (triggers.tsv tembak, bunuh)
    ("id", "Dua warga tertembak oleh aparat saat kerusuhan di Wamena.", ("ASSAULT", "IDN", "IDN")),
    ("id", "Seorang tersangka tertembak mati oleh polisi di Surabaya.", ("ASSAULT", "IDN", "IDN")),
    ("id", "Seorang jurnalis Palestina terbunuh oleh tembakan tentara Israel di Jenin.", ("ASSAULT", "ISR", "PSE")),
    # hit by someone's gunfire (triggers.tsv kenatembak)
    ("id", "Dua mahasiswa terkena peluru tajam polisi dalam unjuk rasa di Kendari.", ("ASSAULT", "IDN", "IDN")),
    ("id", "Seorang prajurit TNI terkena tembakan oleh KKB di Intan Jaya.", ("ASSAULT", "IDN", "IDN")),
    # fire received from armed shooters with no reason after them (triggers.tsv gunfirefrom, rule fire-received)
    ("en", "A police patrol came under heavy fire from militants in Balochistan.", ("ASSAULT", "PAK", "PAK")),
    ("en", "US troops came under fire from Hezbollah.", ("ASSAULT", "LBN", "USA")),
])
def test_bm_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # the one who reports or condemns the act behind oleh is not its agent
    ("id", "Serangan terhadap Suriah dilaporkan oleh media Turki.", ("ASSAULT", "TUR", "SYR")),
    ("id", "Serangan terhadap kamp pengungsi di Gaza, yang dikecam oleh Yordania, menewaskan 20 orang.",
     ("ASSAULT", "JOR", "PSE")),
    # a count of victims names no one the act was done to by the one counting
    ("id", "Jumlah korban penganiayaan di sekolah itu terus bertambah.", ("ASSAULT", "IDN", "IDN")),
    # "tertangkap" stays out (caught on camera); a ter- form with no agent named codes nothing
    ("id", "Pencuri itu tertangkap kamera CCTV saat beraksi di Bekasi.", ("COERCE", "IDN", "IDN")),
    ("id", "Seorang anggota Brimob tertembak di bagian kaki saat patroli di Puncak.", ("ASSAULT", "IDN", "IDN")),
    # a stray bullet at a shooting range names no one who fired it at anyone
    ("id", "Seorang warga terkena peluru nyasar saat latihan menembak di Bogor.", ("ASSAULT", "IDN", "IDN")),
    # fire drawn from lawmakers or a state named alone is criticism, not an attack
    ("en", "Britain's foreign secretary came under fire from Russian lawmakers after the speech.", ("ASSAULT", "RUS", "GBR")),
    ("en", "China came under fire from the United States after the satellite launch.", ("ASSAULT", "USA", "CHN")),
])
def test_bm_negatives(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)
