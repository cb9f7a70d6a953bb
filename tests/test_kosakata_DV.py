"""Indonesian vocabulary of the types warta misses most on unseen Indonesian news (helper DV, session 33): own
news-style sentences (tests/data/kosakata_DV.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them:
ACCUSE (menyesalkan, menyayangkan, menuding, menyalahkan, menyebut ... melanggar, menilai ... sebagai, ditetapkan
sebagai tersangka, didakwa, melaporkan ke KPK, menggugat, melayangkan protes, kecaman), COERCE (menahan, mengamankan,
mendeportasi, ditahan oleh, penangkapan, menyita, menggeledah), REJECT (menolak, menentang, enggan, penolakan,
membantah), AGREE and signing (menandatangani, menyepakati, meneken, meratifikasi, sepakat, setuju) beside praise
(memuji, SUPPORT 051), REQUEST (mendesak, meminta ... agar, menuntut, mengajukan permintaan, mengimbau, didesak); ten
sentences with no event or another sense (enggan turun, mengamankan barang, sepakat bahwa, menahan suku bunga,
menuntut ilmu, menilai kebijakan sebagai langkah yang tepat)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "kosakata_DV.jsonl"
PUB = "2025-06-20"

# Measured right after coding, before any fix (2026-12-08, main d1fda925): id F1 0.792 (TP 38 FP 11 FN 9).  Most of
# the gap was the signings (4 events), coded AGREE 057 as the brief put it, which warta types SUPPORT 057 as the
# PLOVER manual does ("ratify, sign, or finalize an agreement or treaty" is SUPPORT; a promise to sign is AGREE) and
# as the project's own sets were recoded (test_reject_AF, test_translated_BC).  Typing 057 AGREE in both languages
# was tried (own set 0.872; dev unchanged; tuning en one false alarm fewer, id one more; blind unchanged at every
# count) and taken back; the four signings were recoded to SUPPORT 057 (the codebook's type, no code change):
# id F1 0.863 (TP 41 FP 7 FN 6) on the start code.
# After batch 1 (refusals to recognise or accept, signing by "mengikat", "mengamankan jemaah", judging verb
# "memandang", the nouns "penetapan (tersangka)" and "penyegelan", charges "dikenai dakwaan", "mengklaim ... di balik"):
# id F1 0.875 (TP 42 FP 7 FN 5).  Left: "Partai Demokrat" (no country: Indonesian and US news both use the name, left
# out on purpose), Greenpeace Indonesia (NGOGRP, the national branch coded IDNNGO here), "enggan menghentikan operasi
# militernya" (the refusal's target is the one who urged it, in a concessive clause), "sepakat dengan usulan gencatan
# senjata yang diajukan Mesir" (a row for it paired Egypt with Qatar through proposal-author: taken back), and
# possessives read as the nearest state ("kapal nelayannya", "warganya").
# Batch 2 (suing for an offence "menuntut X atas/karena", a letter of objection, English "did not accept" beside
# Indonesian "tidak menerima") left the set at id F1 0.875 (TP 42 FP 7 FN 5): its sentences had no such wording.
# Batch 3 (suing to pay compensation, custody "menempatkan dalam tahanan", "dibawa ke kantor polisi") left it there too.
# The ratchet: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"id": (0.874, 7)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "kosakata-DV", RATCHET)


# the fixes, each with sentences of our own (not of the set's file) and a negative
@pytest.mark.parametrize(("text", "key"), [
    # (1) not recognising a claim, a result or a ruling rejects it (CAMEO 120)
    ("Indonesia tidak mengakui klaim China atas Laut Natuna Utara.", ("REJECT", "IDN", "CHN")),
    ("Pemerintah Maroko menolak mengakui keputusan Aljazair soal perbatasan.", ("REJECT", "MAR", "DZA")),
    # (2) not accepting a decision or an accusation rejects it
    ("Indonesia tidak menerima keputusan Australia.", ("REJECT", "IDN", "AUS")),
    ("Pemerintah Rusia tidak bisa menerima tuduhan Inggris itu.", ("REJECT", "RUS", "GBR")),
    # (3) binding oneself to a deal is signing it (SUPPORT 057)
    ("Indonesia dan Australia mengikat kesepakatan investasi.", ("SUPPORT", "IDN", "AUS")),
    # (4) people held by the authorities: pilgrims, journalists
    ("Polisi Malaysia mengamankan dua wartawan Indonesia di Sabah.", ("COERCE", "MYS", "IDN")),
    # (5) "memandang ... sebagai" judges as menilai does
    ("Indonesia memandang serangan Israel sebagai kejahatan perang.", ("ACCUSE", "IDN", "ISR")),
    # (6) the nouns of naming a suspect and of sealing
    ("Penetapan tersangka terhadap warga negara Australia itu oleh Polri menuai kritik.", ("ACCUSE", "IDN", "AUS")),
    ("Penyegelan kantor Al Jazeera oleh Israel dikecam.", ("COERCE", "ISR", "QAT")),
    # (7) charges laid on someone by a light verb's passive; a claim that someone is behind an act
    ("Seorang pengusaha Rusia dikenai dakwaan pencucian uang oleh jaksa federal Amerika Serikat.",
     ("ACCUSE", "USA", "RUS")),
    ("Inggris mengklaim Rusia berada di balik serangan racun di Salisbury.", ("ACCUSE", "GBR", "RUS")),
    # (8, batch 2) suing someone for an offence (atas/karena + an offence word) is a lawsuit, not a demand
    ("Seorang pengasuh Amerika menuntut pasangan Kanada itu karena diskriminasi.", ("ACCUSE", "USA", "CAN")),
    ("Perusahaan Jepang itu menuntut Samsung atas pelanggaran hak cipta.", ("ACCUSE", "JPN", "KOR")),
    # (9, batch 2) a letter of objection sent
    ("Pemerintah Malaysia mengirimkan nota keberatan kepada Indonesia.", ("REJECT", "MYS", "IDN")),
    # (10, batch 3) suing someone to pay compensation; put in custody; taken to a police station
    ("Seorang pengasuh Amerika menuntut pasangan Kanada itu untuk membayar kompensasi.", ("ACCUSE", "USA", "CAN")),
    ("Otoritas Rusia menempatkan wartawan Amerika itu dalam tahanan.", ("COERCE", "RUS", "USA")),
    ("Wartawan Amerika itu dimasukkan ke sel tahanan oleh polisi Rusia.", ("COERCE", "RUS", "USA")),
    ("Polisi Prancis membawa tiga pengunjuk rasa ke kantor polisi.", ("COERCE", "FRA", "FRA")),
])
def test_vocabulary_fixes(text, key):
    assert key in event_keys(text, "id", PUB)


# the English side codes the same act the same way (batch 2): not accepting a decision or an accusation
@pytest.mark.parametrize(("text", "key"), [
    ("Indonesia did not accept Australia's decision.", ("REJECT", "IDN", "AUS")),
    ("Russia cannot accept the British accusation.", ("REJECT", "RUS", "GBR")),
    ("Indonesia does not recognise China's claim over the North Natuna Sea.", ("REJECT", "IDN", "CHN")),
])
def test_english_side(text, key):
    assert key in event_keys(text, "en", PUB)


@pytest.mark.parametrize(("text", "etype"), [
    # not receiving aid is no refusal; securing things is no arrest; a rope binds no deal; a wage not yet received
    ("Pemerintah Indonesia tidak menerima bantuan dari Australia.", "REJECT"),
    ("Warga mengamankan barang-barang berharga mereka sebelum banjir datang.", "COERCE"),
    ("Tali itu mengikat kapal nelayan Filipina di dermaga Tanjung Priok.", "SUPPORT"),
    ("Para pemain Persija belum menerima keputusan klub soal gaji mereka.", "REJECT"),
    # a claim of victory accuses no one
    ("Rusia mengklaim kemenangan di Avdiivka.", "ACCUSE"),
    # a demand for justice over a death names no offence: no lawsuit (and no demand of a named party)
    ("Keluarga korban menuntut keadilan atas kematian anak mereka di Malaysia.", "ACCUSE"),
    # (batch 3) a demand to pay a fair price is no lawsuit; the wounded taken to hospital are not held; troops
    # placed at a border are no custody
    ("Petani Indonesia menuntut pemerintah untuk membayar harga gabah yang layak.", "ACCUSE"),
    ("Korban luka dibawa ke rumah sakit oleh polisi Prancis.", "COERCE"),
    ("Pemerintah Indonesia menempatkan pasukan di perbatasan Papua Nugini.", "COERCE"),
])
def test_vocabulary_fix_negatives(text, etype):
    assert etype not in {k[0] for k in event_keys(text, "id", PUB)}


@pytest.mark.parametrize(("text", "etype"), [
    # aid not accepted stays a negated AID; a decision accepted is no rejection
    ("Indonesia did not accept aid from Australia.", "REJECT"),
    ("Indonesia accepted Australia's decision.", "REJECT"),
])
def test_english_side_negatives(text, etype):
    assert etype not in {k[0] for k in event_keys(text, "en", PUB)}


def test_refusal_to_recognise_is_not_negated():
    from warta.api import extract

    events = [e for e in extract("Indonesia tidak mengakui klaim China atas Laut Natuna Utara.", lang="id",
                                 published=PUB) if e.type == "REJECT"]
    assert events and not any(e.negated for e in events)
