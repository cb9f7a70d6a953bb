"""Indonesian acts the coder did not see at all (helper DR, session 32): own news-style Indonesian sentences
(tests/data/kamus_DR.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them: AGREE vs SUPPORT (menyetujui
usulan, sepakat, menandatangani, bersedia), COERCE (menangkap, meringkus, menggeledah, mendeportasi, vonis, membubarkan
paksa, menahan) vs ASSAULT (menyandera), REQUEST / REJECT / PROTEST (mendesak, menyerukan, memohon, menolak permintaan,
menampik tuduhan, walk out), ACCUSE (melaporkan, mengadukan, menggugat, mengusut, menyelidiki, memeriksa, kritik), and
their other senses (a rate held, a ball saved, fish caught, an engine that stalls, a doctor's examination)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "kamus_DR.jsonl"
PUB = "2025-03-14"

# Measured right after coding, before any fix (2026-12-07, main bf6fb19a): id F1 0.971 (TP 34, FP 0, FN 2). Left: a party
# named by its name alone ("Partai Demokrat", an actor for helper DT) and a walk-out ("meninggalkan ruang sidang
# sebagai protes"). Final (end of session 32, after batches 1-5): the same, F1 0.971 (TP 34, FP 0, FN 2): the new rows
# came from the codebook and probes of our own, not from this set.
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"id": (0.970, 0)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "kamus-DR", RATCHET)


# --- the rows added (lang/id/triggers.tsv, helper DR section), each with sentences of our own and a negative
@pytest.mark.parametrize(("text", "key"), [
    # a police report filed against someone (laporanpolisi, laporanterhadap: ACCUSE 115)
    ("Ketua Umum PSI membuat laporan polisi terhadap seorang anggota DPRD Jawa Barat.", ("ACCUSE", "IDN", "IDN")),
    ("Polisi Malaysia menerima laporan dan Menteri Dalam Negeri Malaysia membuat laporan terhadap Singapura.",
     ("ACCUSE", "MYS", "SGP")),
    # complaints to more oversight bodies (adukan, laporpolisi)
    ("ICW mengadukan Ketua KPK Firli Bahuri ke Dewan Pengawas KPK.", ("ACCUSE", "IDN", "IDN")),
    ("Keluarga korban melaporkan Kapolsek Sunggal ke Kompolnas.", ("ACCUSE", "IDN", "IDN")),
    # declared a wanted fugitive (tetapburon: ACCUSE 115)
    ("Polisi Filipina menetapkan aktivis itu sebagai buronan.", ("ACCUSE", "PHL", "PHL")),
    # a call not cared for (hiraukan: REJECT 120)
    ("Korea Utara tidak menghiraukan seruan Dewan Keamanan PBB.", ("REJECT", "PRK", "IGOUN")),
    # a proposal said yes to (iyakan: AGREE 030)
    ("Rusia mengiyakan usulan Turki untuk menggelar pertemuan di Istanbul.", ("AGREE", "RUS", "TUR")),
    # organisations disbanded by the authorities (bubarkanlsm: COERCE 172)
    ("Pemerintah Nikaragua membubarkan ratusan organisasi nonpemerintah.", ("COERCE", "NIC", "NIC")),
    # a convict taken to prison (eksekusilapas: COERCE 173), a building sealed (segel: COERCE 172)
    ("Jaksa KPK mengeksekusi mantan Ketua DPR Setya Novanto ke Lapas Sukamiskin.", ("COERCE", "IDN", "IDN")),
    ("Satpol PP menyegel kantor Front Pembela Islam di Petamburan.", ("COERCE", "IDN", "IDN")),
    # the senses kept: an execution is still a killing
    ("Arab Saudi mengeksekusi seorang warga Indonesia pada Kamis.", ("ASSAULT", "SAU", "IDN")),
])
def test_rows_give_the_act(text, key):
    assert key in event_keys(text, "id", PUB)


@pytest.mark.parametrize(("text", "absent"), [
    ("Juru bicara Kremlin mengiyakan kabar bahwa Putin akan berkunjung ke Turki.", ("AGREE", "RUS", "TUR")),
    ("Gubernur Jawa Barat menyampaikan laporan keuangan kepada DPRD Jawa Barat.", ("ACCUSE", "IDN", "IDN")),
    ("Arab Saudi mengeksekusi seorang warga Indonesia pada Kamis.", ("COERCE", "SAU", "IDN")),
    ("Partai Buruh Inggris membubarkan diri dari koalisi.", ("COERCE", "GBR", "GBR")),
])
def test_rows_keep_other_senses(text, absent):
    assert absent not in event_keys(text, "id", PUB)


# --- batch 2: a wrong said to be committed (katamelakukan: ACCUSE 112), streets filled against something (padatijalan:
# PROTEST 141), a strike named by the work it stops (mogok3: PROTEST 143)
@pytest.mark.parametrize(("text", "key"), [
    ("Komnas HAM menyebut polisi melakukan pelanggaran HAM dalam kerusuhan di Wamena.", ("ACCUSE", "IDN", "IDN")),
    ("Pemerintah Pakistan menuding India melakukan kejahatan perang di Kashmir.", ("ACCUSE", "PAK", "IND")),
    ("Ratusan ribu warga Serbia memadati jalan-jalan Beograd untuk menentang pemerintah.", ("PROTEST", "SRB", "SRB")),
    ("Ratusan sopir angkot di Bogor mogok beroperasi menolak aturan baru.", ("PROTEST", "IDN", "IDN")),
])
def test_batch2_rows_give_the_act(text, key):
    assert key in event_keys(text, "id", PUB)


@pytest.mark.parametrize(("text", "absent"), [
    ("Ribuan pemudik memadati jalan tol Cikampek menjelang Lebaran.", ("PROTEST", "IDN", "IDN")),
])
def test_batch2_rows_keep_other_senses(text, absent):
    assert absent not in event_keys(text, "id", PUB)


# --- batch 3: an attack said to be done by a party (sebutdilakukan: ACCUSE 112), a petition handed over (petisikepada:
# REQUEST 020)
@pytest.mark.parametrize(("text", "key"), [
    ("Pemerintah Turki menuding serangan bom di Ankara dilakukan oleh PKK.", ("ACCUSE", "TUR", "TUR")),
    ("Ribuan warga Hong Kong menyampaikan petisi kepada Konsulat Jenderal Amerika Serikat.", ("REQUEST", "HKG", "USA")),
])
def test_batch3_rows_give_the_act(text, key):
    assert key in event_keys(text, "id", PUB)


def test_batch3_a_visit_done_by_someone_is_no_blame():
    keys = event_keys("Menteri Luar Negeri Malaysia mengatakan kunjungan itu dilakukan oleh Presiden Indonesia.", "id", PUB)
    assert not any(k[0] == "ACCUSE" for k in keys)


# --- batch 4: support said not to be given, of the source's own accord, is a refusal (knowledge/event_types.tsv SUPPORT
# refused_as REJECT:120, as AGREE's: "Filipina tidak menyetujui usulan China"); a denial of support stays the negated act
@pytest.mark.parametrize(("lang", "text", "key", "absent"), [
    ("id", "Jerman tidak mendukung rencana Prancis soal pajak digital.", ("REJECT", "DEU", "FRA"), ("SUPPORT", "DEU", "FRA")),
    ("en", "Germany did not support the French plan for a digital tax.", ("REJECT", "DEU", "FRA"), ("SUPPORT", "DEU", "FRA")),
    ("id", "Jerman mendukung rencana Prancis soal pajak digital.", ("SUPPORT", "DEU", "FRA"), ("REJECT", "DEU", "FRA")),
    ("id", "Juru bicara Kremlin membantah bahwa Rusia mendukung kelompok separatis di Ukraina.", ("SUPPORT", "RUS", "UKR"),
     ("REJECT", "RUS", "UKR")),
])
def test_batch4_support_refused(lang, text, key, absent):
    keys = event_keys(text, lang, PUB)
    assert key in keys and absent not in keys


# --- batch 5: help asked of the world at large names no one it is asked of (word class appeal_object "internasional":
# REQUEST with target ""); a party named after "kepada" stays the target
@pytest.mark.parametrize(("text", "key"), [
    ("Pemerintah Filipina memohon bantuan internasional setelah topan melanda Visayas.", ("REQUEST", "PHL", "")),
    ("Pemerintah Nepal meminta bantuan internasional kepada India.", ("REQUEST", "NPL", "IND")),
])
def test_batch5_help_asked_of_the_world(text, key):
    assert key in event_keys(text, "id", PUB)
