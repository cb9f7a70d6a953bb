"""Indonesian accusations, coercion and rejections (helper DJ, session 30): own news-style sentences
(tests/data/acts_DJ.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them: accusations (menuding,
menyalahkan, mengecam, menyayangkan, melaporkan ke KPK, mempolisikan, menggugat, memvonis, dinyatakan bersalah,
mengusut, memeriksa, menyidik, melayangkan protes), coercion by police, prosecutors and immigration (mengamankan,
diringkus, membekuk, mendeportasi, mencekal, dijebloskan, menciduk) and rejections (menolak bantuan, menolak
permintaan, menepis tudingan, tidak bersedia, enggan memenuhi), with about a fifth in another sense or no event."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "acts_DJ.jsonl"
PUB = "2025-06-20"

# Measured right after coding, before any fix (2026-12-07, main b663a7f0): id F1 0.805 (TP 31, FP 7, FN 8).  Two codings
# follow a convention the other sets do not: a prison sentence handed down ("memvonis ... 15 tahun penjara",
# "menjatuhkan hukuman mati") is coded here as a finding of guilt (ACCUSE 116), where the house codes it as COERCE 173
# (the codings stay as frozen; warta's COERCE is the house's reading).  Batch 1 (the author of an inquiry's incident
# past a determiner, "yang dilakukan sebuah perusahaan asal China"): 0.831 (TP 32, FP 6, FN 7).  Batch 2 ("tidak
# bersedia" as "enggan"; a refusal to stop an act): 0.846 (TP 33, FP 6, FN 6).
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"id": (0.845, 6)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "acts-DJ", RATCHET)


# the fixes, each with sentences of our own (not of the set's file) and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # (1) a state taken to an international court or to the Security Council (triggers.tsv laporinternasional)
    ("id", "Pemerintah Ukraina melaporkan Rusia ke Mahkamah Pidana Internasional.", ("ACCUSE", "UKR", "RUS")),
    ("id", "Filipina melaporkan China ke Dewan Keamanan PBB.", ("ACCUSE", "PHL", "CHN")),
    # (2) an arrest warrant issued (triggers.tsv suratpenangkapan)
    ("id", "Mahkamah Pidana Internasional menerbitkan surat perintah penangkapan terhadap Presiden Rusia.",
     ("COERCE", "IGOICC", "RUS")),
    # (3) an act called illegal with no "sebagai" (triggers.tsv sebutilegal)
    ("id", "Rusia menyebut sanksi Uni Eropa ilegal.", ("ACCUSE", "RUS", "IGOEU")),
    ("id", "Indonesia menilai pembangunan permukiman Israel di Tepi Barat ilegal.", ("ACCUSE", "IDN", "ISR")),
    # (4) taken captive, the passive (triggers.tsv ditawan)
    ("id", "Dua warga negara Prancis ditawan oleh Iran.", ("COERCE", "IRN", "FRA")),
    # (5) the author of an act named past a determiner (roles.author_of): an inquiry's suspect
    ("id", "Polri menyelidiki penipuan yang dilakukan sebuah perusahaan asal China.", ("ACCUSE", "IDN", "CHN")),
    # (6) a refusal to stop or end something refuses an act (roles._object_act): target "" when no party is named
    ("id", "Iran menolak menghentikan pengayaan uranium.", ("REJECT", "IRN", "")),
    ("id", "Pemerintah Israel menolak untuk menghentikan pembangunan permukiman.", ("REJECT", "ISR", "")),
    ("en", "Iran refused to stop enriching uranium.", ("REJECT", "IRN", "")),
    # (7) "tidak bersedia" is unwillingness, a refusal as "enggan" (triggers.tsv enggan): its handover's recipient
    ("id", "Thailand tidak bersedia mengekstradisi aktivis itu ke Vietnam.", ("REJECT", "THA", "VNM")),
    ("id", "Rusia tidak bersedia memperpanjang kesepakatan gandum.", ("REJECT", "RUS", "")),
])
def test_fixes_code_the_act(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text"), [
    # a report submitted to the UN is no complaint; a news report is no complaint; a mine called illegal by no party
    ("id", "Indonesia melaporkan kemajuan pembangunan berkelanjutan kepada PBB."),
    ("id", "Laporan PBB tentang pelanggaran HAM di Myanmar dirilis Selasa."),
    ("id", "Polisi menyebut tambang emas itu ilegal."),
    ("id", "Pemandangan pantai di Lombok sangat menawan bagi wisatawan asing."),
    # declining to comment stays a statement (enggankomentar, longer), no refusal
    ("id", "Menteri itu tidak bersedia menjelaskan alasan pencopotannya."),
])
def test_fixes_negatives(lang, text):
    assert event_keys(text, lang, PUB) == set()
