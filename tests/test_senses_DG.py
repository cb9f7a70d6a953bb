"""Indonesian words read as the wrong type (helper DG, session 29): own news-style Indonesian sentences
(tests/data/senses_DG.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them: approval and agreement
("menyetujui usulan/permintaan", "sepakat untuk", "menyepakati" AGREE vs "mendukung", "setuju dengan sikap" SUPPORT),
prosecution and demands ("menuntut" a sentence vs a wage), occupying and besieging (COERCE, not ASSAULT), aid
requested, offered and refused, denials of accusations, boycotts by people, threats of tariffs, releases and
withdrawals; about a quarter with no event (agreeing on a fact, a club refusing an offer, fans crowding a hotel)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "senses_DG.jsonl"
PUB = "2025-06-20"

# Measured right after coding, before any change (2026-12-07, fam-DG at main b6bae45a): id F1 0.919 (TP 34, FP 3, FN 3).
# After batch 1 the same (its rows touch none of these constructions as coded here).  Left: "setuju dengan sikap
# Indonesia" takes Indonesia as the one who agrees (only with "sikap": "langkah", "keputusan", "ide" are read right, and
# the parse is the same); "menduduki" a village is ASSAULT 192 (knowledge TYPE_OVERRIDES: occupying is an assault; the
# tuning gold codes occupation and capture both ways); "sepakat dengan Presiden Prancis bahwa Eropa harus ..." is
# dropped as a duty and read as a REQUEST from "harus" (modality.obliged looks over "bahwa"); "sebagai protes atas
# pembatasan ekspor Tokyo" after a boycott gives a second PROTEST by Japanese citizens (rule protest-by-citizens); the
# detention named in "yang ditahan di Pyongyang" is coded (COERCE).
# Measured and taken back: (a) batch 2 (a row for welcoming an offer "dari" a party, SUPPORT; abstract_object izin,
# daftar; a row for razing houses, ASSAULT 1712; a gate manner-of-act dropping the act noun after "sebagai (bentuk)"),
# kept first for this set's gain (FP 3 -> 2) and taken back when the whole suite showed the gate dropping the protest
# that carries the target in tests/test_tune_Y_own.py ("walk out ... sebagai protes terhadap pemerintah"), its other rows
# being neutral on every figure; (b) "sepakat", "setuju" as purpose cues (as "berjanji"), so that what an agreement
# names right after it is agreed, not done ("sepakat mendukung kemerdekaan Palestina" also gives SUPPORT): every figure
# unchanged; (c) a row mintavonis ("Jaksa KPK meminta majelis hakim menjatuhkan hukuman ... kepada X" as ACCUSE 115 on
# X, as tuntutpenjara): every figure unchanged; (d) conditional sanctions as threats (a fact conditional_threat and
# SANCTION pledge_as THREATEN:1312): kept in batch 1, taken back when tests/test_tune_W_own.py showed "sepakat menunda
# kenaikan tarif" read as a threat (an agreement to postpone a tariff is no pledge of it).
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"id": (0.918, 3)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "senses-DG", RATCHET)


# the fixes, each with sentences of our own (not of the set's file): the reading the construction gives, and the
# reading it no longer gives
@pytest.mark.parametrize(("lang", "text", "key", "absent"), [
    # (1) applying for a loan or a grant is asking for it (REQUEST 103), not the aid given
    ("id", "Pakistan mengajukan pinjaman darurat kepada Dana Moneter Internasional.", ("REQUEST", "PAK", "IGOIMF"),
     ("AID", "PAK", "IGOIMF")),
    ("id", "Sri Lanka mengajukan permohonan pinjaman kepada Bank Dunia.", ("REQUEST", "LKA", "IGOWB"),
     ("AID", "LKA", "IGOWB")),
    # (2) "menuntut" a party to pay material or immaterial damages is a civil claim (ACCUSE 115), not a demand
    ("id", "Keluarga korban menuntut maskapai Lion Air membayar ganti rugi materiil sebesar Rp 10 miliar.",
     ("ACCUSE", "IDN", "IDN"), ("REQUEST", "IDN", "IDN")),
    # (3) welcoming an offer to mediate is accepting mediation (AGREE 038), as the English side codes it
    ("id", "Menteri Luar Negeri Turki menyambut tawaran Rusia untuk menengahi konflik.", ("AGREE", "TUR", "RUS"),
     ("SUPPORT", "TUR", "RUS")),
    # (4) cutting aid is reducing it (SANCTION 162), as "cut aid" in English
    ("id", "Amerika Serikat memutus bantuan militer kepada Mesir.", ("SANCTION", "USA", "EGY"), ("AID", "USA", "EGY")),
    ("id", "Amerika Serikat memangkas bantuan kepada Yordania.", ("SANCTION", "USA", "JOR"), ("AID", "USA", "JOR")),
    # (5) having no objection is consent (AGREE 030), not a negated objection counted as a rejection
    ("id", "Presiden Prabowo menyatakan tidak keberatan dengan rencana Australia.", ("AGREE", "IDN", "AUS"),
     ("REJECT", "IDN", "AUS")),
    ("en", "Malaysia did not object to Singapore's proposal to build a bridge.", ("AGREE", "MYS", "SGP"),
     ("REJECT", "MYS", "SGP")),
    # (6) sharing a party's opinion endorses it (SUPPORT 051)
    ("id", "Menteri Pertahanan Jerman sependapat dengan Presiden Prancis soal pertahanan Eropa.",
     ("SUPPORT", "DEU", "FRA"), ("AGREE", "DEU", "FRA")),
])
def test_the_construction_decides_the_reading(lang, text, key, absent):
    keys = event_keys(text, lang, PUB)
    assert key in keys and absent not in keys, keys


@pytest.mark.parametrize(("lang", "text", "key"), [
    # the other senses stay: a state's demand, aid given, aid stopped, an objection, an agreement to act
    ("id", "Pemerintah Ukraina menuntut Rusia menarik pasukannya dari Krimea.", ("REQUEST", "UKR", "RUS")),
    ("id", "Pemerintah Jerman menuntut Rusia membayar ganti rugi atas kerusakan di Ukraina.", ("REQUEST", "DEU", "RUS")),
    ("id", "Jepang memberikan pinjaman 2 miliar dolar kepada Indonesia.", ("AID", "JPN", "IDN")),
    ("id", "Jepang mengirimkan bantuan kepada Turki.", ("AID", "JPN", "TUR")),
    ("id", "Jerman menghentikan bantuan pembangunan kepada Niger setelah kudeta.", ("SANCTION", "DEU", "NER")),
    ("id", "Presiden Prabowo menyatakan keberatan dengan rencana Australia.", ("REJECT", "IDN", "AUS")),
    ("en", "Malaysia objected to Singapore's proposal.", ("REJECT", "MYS", "SGP")),
    ("id", "Indonesia sepakat dengan Malaysia untuk memperkuat kerja sama perbatasan.", ("AGREE", "IDN", "MYS")),
])
def test_the_other_senses_stay(lang, text, key):
    assert key in event_keys(text, lang, PUB)
