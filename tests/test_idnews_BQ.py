"""Indonesian news and word sense (helper BQ, session 21): own news-style sentences, 40 Indonesian in the style of
kumparan / Antara / Detik and 15 English translations of some of them (tests/data/idnews_BQ.jsonl), coded by
GUIDELINES.md BEFORE warta was run on any of them, with negatives (menahan suku bunga, mengamankan pasokan,
menyerahkan piala, menolak menyerah).  Fixes: a codebook noun pattern that starts inside a hand-written pattern of
another type gives way to it (a denial of an accusation of human rights abuses), a light verb carries only the first
noun after it (an agreed truce before a clash), aid handed over ("menyerahkan bantuan", "handed over aid"), a
recipient behind a relative clause on the thing handed over, power handed over ("menyerahkan kekuasaan"), an offer
of aid accepted or not ("menerima tawaran bantuan dari China": AGREE, not aid)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "idnews_BQ.jsonl"
PUB = "2025-06-20"

# Measured right after coding, before any fix (2026-12-06): en F1 0.833 (TP 10, FP 2, FN 2), id F1 0.867 (TP 26,
# FP 2, FN 6).  After the fixes below: en 0.923 (TP 12, FP 2, FN 0), id 0.938 (TP 30, FP 2, FN 2).
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.923, 2), "id": (0.937, 2)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "idnews-BQ", RATCHET)


# the fixes, each with sentences of our own (not of the set's file)
@pytest.mark.parametrize(("lang", "text", "key"), [
    # (1) a codebook pattern ("tuduhan ~ pelanggaran HAM") whose head is the object of a hand-written pattern of
    # another type that starts before it gives way to it (triggers._keeps): the denial is the act
    ("id", "Pemerintah Myanmar membantah tuduhan PBB soal pelanggaran HAM terhadap warga Rohingya.",
     ("REJECT", "MMR", "IGOUN")),
    ("en", "Beijing denied Washington's accusations of human rights abuses in Xinjiang.", ("REJECT", "CHN", "USA")),
    # (1) the negative's other side: an accusation of abuses that no verb governs is still coded
    ("id", "Amnesty International menuduh Myanmar melakukan pelanggaran HAM terhadap warga Rohingya.",
     ("ACCUSE", "NGOAMN", "MMR")),
    # (2) a light verb carries only the first act's noun after it (conventions light-verb-carrier): the truce is
    # agreed, the fighting after it is not the verb's object
    ("id", "Armenia dan Azerbaijan menyetujui gencatan senjata setelah pertempuran di Nagorno-Karabakh.",
     ("AGREE", "ARM", "AZE")),
    ("en", "Armenia and Azerbaijan agreed to a truce after fighting in Nagorno-Karabakh.", ("AGREE", "AZE", "ARM")),
    # (2) the negative's other side: a light verb right before a noun of another act still carries it
    ("id", "Parlemen Jerman menyetujui bantuan militer untuk Ukraina.", ("AID", "DEU", "UKR")),
    # (3) aid handed over (triggers.tsv serahbantuan, en handoveraid)
    ("id", "Pemerintah Korea Selatan menyerahkan bantuan medis kepada Myanmar.", ("AID", "KOR", "MMR")),
    ("en", "Australia handed over flood relief to Fiji.", ("AID", "AUS", "FJI")),
    # (4) a relative clause on the thing handed over, with no actor of its own, does not hide the recipient behind
    # it (roles._past_relative); (helper DH, session 29) a yielding said not to be made is a refusal (event_types.tsv
    # refused_as: CONCEDE -> REJECT 124), the recipient its target all the same
    ("id", "Rusia tidak akan menyerahkan wilayah yang direbutnya kepada Ukraina.", ("REJECT", "RUS", "UKR")),
    ("id", "Jerman mengirim tank yang dijanjikannya ke Ukraina.", ("AID", "DEU", "UKR")),
    # (5) power handed over is a concession (triggers.tsv serahkedaulatan)
    ("id", "Militer Sudan menyerahkan kekuasaan kepada pemerintahan sipil.", ("CONCEDE", "SDN", "SDN")),
    # (6) an offer of aid accepted is an agreement with the one who offered it, not accepted a refusal (triggers.tsv
    # terimatawaranbantuan; a negated AGREE is REJECT)
    ("id", "Ukraina menerima tawaran bantuan senjata dari Jerman.", ("AGREE", "UKR", "DEU")),
    ("id", "Pemerintah Filipina tidak menerima tawaran bantuan dari China.", ("REJECT", "PHL", "CHN")),
])
def test_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # (1) the negative: the accusation a denial names is not coded as the denier's accusation
    ("id", "Pemerintah Myanmar membantah tuduhan PBB soal pelanggaran HAM terhadap warga Rohingya.",
     ("ACCUSE", "MMR", "IGOUN")),
    # (2) the negative: the light verb's own noun, no agreement with a party the clash names
    ("id", "Parlemen Jerman menyetujui bantuan militer untuk Ukraina.", ("AGREE", "DEU", "UKR")),
    # (3) the negatives: a surrender or a prize handed over is no aid
    ("id", "Puluhan anggota kelompok bersenjata menyerahkan diri kepada militer Filipina.", ("AID", "PHL", "PHL")),
    ("en", "The mayor of Manila handed over the keys of the city to the Philippine champions.", ("AID", "PHL", "PHL")),
    # (4) the negative: a relative clause that names an actor of its own keeps it out of the roles
    ("id", "Pemerintah Jepang menyerahkan bantuan yang dibeli dari Thailand kepada Myanmar.", ("AID", "JPN", "THA")),
    # (5) the negative: colonies named after the act are what is handed over, not its target ("koloni" is left out)
    ("id", "Spanyol menyerahkan koloninya Puerto Rico dan Guam ke Amerika Serikat.", ("CONCEDE", "ESP", "PRI")),
    # (6) the negatives: an offered aid is not yet given; aid itself received stays aid
    ("id", "Ukraina menerima tawaran bantuan senjata dari Jerman.", ("AID", "DEU", "UKR")),
    ("id", "Pemerintah Filipina menerima bantuan dari China.", ("AGREE", "PHL", "CHN")),
])
def test_negatives(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)
