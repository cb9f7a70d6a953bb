"""ACCUSE by evaluation in Indonesian political and domestic news (part AZ, session 17): own news-style sentences,
Indonesian first with English counterparts (tests/data/accuse_AZ.jsonl), coded by GUIDELINES.md BEFORE warta was run
on any of them, with negatives (praise of a step, neutral and economic assessments, a forecast, self-criticism, sport
and film reviews, complaints about the weather). Disapproval by evaluation verbs and quoted judgements ("menilai X tak
mampu", "dinilai ... hanya pencitraan", "menyebut kinerja X buruk", "menganggap kebijakan itu keliru", "X gagal ...,
kata Y"), regret and complaint ("menyayangkan", "menyesalkan", "mengeluhkan kurangnya transparansi dari X", "kecewa
dengan keputusan X"), blame, findings of an ethics council, legal warnings and police reports between celebrities."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "accuse_AZ.jsonl"
PUB = "2024-11-15"

# Measured right after coding, before any fix (2026-12-06): en F1 0.727 (TP 12, FP 2, FN 7), id F1 0.549 (TP 14, FP 4,
# FN 19); with a bare agent after a passive in the pattern ("dinilai Ruhut hanya pencitraan"), bad marks on a party's
# work, verdicts of failure in a duty in reported speech and a failing named by its owner: id 0.679 (TP 19, FP 4,
# FN 14); with English verdicts of failure in reported speech ("'The government has failed our farmers,' X said"): en
# 0.765 (TP 13, FP 2, FN 6); with regret over another's decision and a clear failure as a verdict: en 0.833 (TP 15,
# FP 2, FN 4); after the coding mend of af2ccb7 (two events the text reports, optional): id 0.704 (TP 19, FP 2, FN 14);
# with the Ombudsman by its short name and YLKI known: id 0.750 (TP 21, FP 2, FN 12); with a judgement on a long
# description closed by "itu/tersebut": id 0.814 (TP 24, FP 2, FN 9); with the passive's bare agent after a member
# ("dinilai anggota DPRD"): id 0.833 (TP 25, FP 2, FN 8).
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.832, 2), "id": (0.832, 2)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "accuse-AZ", RATCHET)


# the fixes, each with sentences of our own (not of the part's file) and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # the bare agent right after a passive verb that opens the pattern ("dinilai DPRD lamban")
    ("id", "Gubernur Jawa Timur dinilai DPRD lamban menangani wabah demam berdarah.", ("ACCUSE", "IDN", "IDN")),
    ("id", "Ketua KPU disebut Bawaslu tidak netral dalam verifikasi partai.", ("ACCUSE", "IDN", "IDN")),
    ("id", "Bupati Bogor dinilai anggota DPRD tidak serius menangani jalan rusak.", ("ACCUSE", "IDN", "IDN")),
    # a bad mark on the work of a party ("menyebut kinerja KPU buruk")
    ("id", "Ketua Bawaslu menyebut kinerja KPU buruk dalam pemutakhiran data pemilih.", ("ACCUSE", "IDN", "IDN")),
    # a verdict of failure in a duty in reported speech; a failing named by its owner after "bukti"
    ("id", "\"Pemerintah daerah gagal menangani sampah di Bantargebang,\" kata Ketua DPRD Kota Bekasi.",
     ("ACCUSE", "IDN", "IDN")),
    ("id", "Ketua Komnas HAM mengatakan, penembakan di Kanjuruhan merupakan bukti lemahnya Polri dalam menangani massa.",
     ("ACCUSE", "IDN", "IDN")),
    # a judging verb with an object clitic labels the clitic, the one named last before it ("menilainya tak mampu")
    ("id", "Ketika Anies Baswedan memimpin Jakarta, Ketua DPRD DKI sempat menyebutnya tidak becus menangani banjir.",
     ("ACCUSE", "IDN", "IDN")),
    # English verdicts of failure in a duty or towards a public in reported speech
    ("en", "\"The Philippine government has let down its farmers,\" a senior opposition senator said.",
     ("ACCUSE", "PHL", "PHL")),
    ("en", "\"Indonesia's health ministry failed to contain the outbreak,\" an Indonesian lawmaker said.",
     ("ACCUSE", "IDN", "IDN")),
    # regret voiced over another's decision or ruling; a verdict of a clear failure
    ("en", "The Philippine opposition deplored the president's decision to pardon the former police chief.",
     ("ACCUSE", "PHL", "PHL")),
    ("en", "\"The governor's flood plan was a total failure,\" an Indonesian lawmaker said.", ("ACCUSE", "IDN", "IDN")),
    # the Ombudsman by its short name in Indonesian text, the consumers' foundation YLKI (organisations_more.tsv)
    ("id", "Ombudsman menilai Kementerian Sosial lamban menyalurkan bantuan.", ("ACCUSE", "IDN", "IDN")),
    ("id", "YLKI mengkritik PLN soal pemadaman listrik bergilir di Jawa Timur.", ("ACCUSE", "IDN", "IDN")),
    # a judgement on a long description closed by "itu/tersebut"
    ("id", "Ketua Komisi X DPR menilai keputusan Menteri Pendidikan menghapus ujian nasional tersebut keliru.",
     ("ACCUSE", "IDN", "IDN")),
])
def test_az_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text"), [
    # a state of things judged bad, a failing with no party as its owner, praise, a coach's self-criticism
    ("id", "Bank Dunia menilai prospek ekonomi Indonesia buruk tahun depan."),
    ("id", "Pertumbuhan ekonomi melambat merupakan bukti lemahnya permintaan global, kata ekonom Bank Mandiri."),
    ("id", "Kapolri dinilai Kompolnas tepat mengambil langkah itu."),
    ("id", "Setelah Menteri Keuangan mengumumkan kebijakan itu, Ketua DPR menilainya sudah tepat."),
    ("en", "\"We have failed our fans,\" the Indonesian coach said."),
    ("en", "Russian forces failed to capture the town, Ukraine's military said."),
    ("en", "The Thai coach regretted the referee's decision in the final minutes."),
    ("id", "Ketua DPR menilai keputusan Menteri ESDM menurunkan harga BBM itu sudah tepat."),
    ("id", "Pengamat menilai pertumbuhan ekonomi kuartal ketiga tersebut berlebihan."),
    ("id", "Kapolda dinilai anggota Kompolnas tepat mengambil langkah itu."),
    ("id", "Timnas Indonesia gagal menjaga keunggulan hingga menit akhir, kata pelatih Shin Tae-yong."),
])
def test_az_negatives(lang, text):
    assert "ACCUSE" not in {k[0] for k in event_keys(text, lang, PUB)}
