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
# bersedia" as "enggan"; a refusal to stop an act): 0.846 (TP 33, FP 6, FN 6).  Batch 3 (a state's own capital behind
# "di" is the scene of its police's raid, not its government: conventions own-place): 0.857 (TP 33, FP 5, FN 6).
# Measured and taken back (session 30, each equal or worse on dev, tuning and blind, with no own-set gain):
# - a passive's bare agent right after a one-word verb whose own cue kind is a denial or a report ("Tuduhan China
#   dibantah Manila", "dilaporkan warga ke Kejaksaan": roles._passive read the verb's cue kind as a preposition), the
#   noun "pengaduan|aduan X terhadap Y" (ACCUSE 114), "perang kata-kata|mulut antara A dan B" (ACCUSE 111 each way) and
#   "tidak sepakat dengan X" (as tidaksetujudengan, ACCUSE 110): every figure equal, kept out by the rule;
# - a visit (CAMEO 042) by a state named as such with no host named standing with target "" (GUIDELINES: a one-sided
#   visit codes the visitor): tuning id TP 191 -> 192 but FP 53 -> 58 (the kumparan gold codes "Lawatan Merkel akan
#   dimulai ..." but not "Lawatan Merkel merupakan sinyal ...", "Saat berkunjung, Jokowi ..."), en FP +1, blind per
#   line FP en 25 -> 27, id 8 -> 12: taken back;
# - (after batch 3) a court or prosecutor's office (JUD) behind "ke" as a suit's forum, not its target (a cameo fact
#   lawsuit for 115 read by complaint-forum): tuning id TP 191 -> 190, FP 53 -> 52 (the false alarm "gugatan tim hukum
#   Prabowo-Hatta ke PN Jakarta Pusat" went, but so did "Prabowo-Hatta menggugat hasil tersebut ke Mahkamah
#   Konstitusi", which matched IDN -> IDN only through the court; its gold target is the KPU whose result is contested):
#   taken back.
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"id": (0.856, 5)}
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
    # (8) the agent's own capital behind "di" is the scene, not its government (conventions own-place); a raid
    # elsewhere keeps its place's state
    ("id", "Tentara Israel menggerebek sebuah rumah sakit di Gaza.", ("COERCE", "ISR", "PSE")),
    ("id", "Polisi Thailand menggerebek sebuah kasino ilegal di Bangkok dan menangkap 30 warga negara China.",
     ("COERCE", "THA", "CHN")),
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
    # a raid by a state's own police in its own capital is no act on its government
    ("id", "Polri menggerebek sebuah rumah kontrakan di Jakarta."),
])
def test_fixes_negatives(lang, text):
    assert event_keys(text, lang, PUB) == set()
