"""Meetings, visits, calls, agreements, appeals and their rejections by construction (part AD): own news-style
sentences in Indonesian and English (tests/data/consult_AD.jsonl), in the gold's record form with their text, every
sentence coded by GUIDELINES.md BEFORE warta was run on any of them, lines with no event too (negatives: a meeting of
one party's own officials, a visit to a museum, an apology, "setuju" / "agreed" as an opinion, sport).  CONSULT (a
visitor, a host, a phone call, talks on the sidelines), AGREE and the signing of a formal agreement (SUPPORT 057) by
lists of parties, REQUEST to an addressee after the verb, and REJECT of someone's request or call."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks
from warta.api import extract

DATA = Path(__file__).parent / "data" / "consult_AD.jsonl"
PUB = "2024-11-15"


# Measured right after coding, before any fix (2026-12-05): the first 74 sentences en F1 0.976 (TP 40, FP 1, FN 1),
# id 0.893 (TP 46, FP 6, FN 5); all 119 (the second batch coded before a run on it) en 0.922 (TP 53, FP 1, FN 8), id
# 0.866 (TP 71, FP 10, FN 12).  After the visitor received, agreements signed in the passive and the content of an
# agreement: en 0.949 (TP 56, FP 1, FN 5), id 0.910 (TP 71, FP 2, FN 12); with calls received and two
# parties urged together: id 0.949 (TP 75, FP 0, FN 8).  The third batch (44 sentences) coded before a run on it:
# en 0.950 (TP 67, FP 1, FN 6), id 0.900 (TP 99, FP 4, FN 18); with every party a demand names urged: id 0.909 (TP 100,
# FP 3, FN 17); with the author of a plan rejected in the passive and terms as a proposal: id 0.919 (TP 102, FP 3,
# FN 15); with help asked "dari" a party, requests lodged "kepada" one and willingness: id 0.938 (TP 106, FP 3,
# FN 11); restraint asked detains no one: id 0.947 (TP 107, FP 2, FN 10).  The fourth batch (24 sentences) coded
# before a run on it: en 0.931 (TP 74, FP 1, FN 10), id 0.949 (TP 120, FP 2, FN 11); with "pushed X to",
# explanations sought and hopes that a party acts: en 0.944 (TP 76, FP 1, FN 8), id 0.953 (TP 121, FP 2, FN 10).
# Most misses left are actors outside part AD (a minister or party with no country named, "Panglima TNI", "the
# Pope", unnamed workers and government) and a leader's visit to a town of his own state (left uncoded: blind).
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.943, 1), "id": (0.952, 2)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "consult-AD", RATCHET)


# the fixes of part AD, each with sentences of our own (not of the part's file) and a negative
@pytest.mark.parametrize(("lang", "text", "want", "absent"), [
    # the act an agreement names right after it, over a light verb, is what is agreed (AGREE), not cooperation held
    ("id", "Vietnam dan Filipina sepakat mempererat kerja sama maritim.", {("AGREE", "VNM", "PHL")},
     {("COOPERATE", "VNM", "PHL")}),
    ("id", "Jepang dan India sepakat menggelar latihan militer bersama.", {("AGREE", "JPN", "IND")}, set()),
    # ... over one noun of a compound (lead, session 14): the talks are agreed, not held
    ("en", "The United States and China agreed to resume trade talks next month.", {("AGREE", "USA", "CHN")},
     {("CONSULT", "USA", "CHN")}),
    ("en", "Japan and India agreed to hold naval exercises.", {("AGREE", "JPN", "IND")}, set()),
    ("id", "Indonesia dan Malaysia memperkuat kerja sama perbatasan.", {("COOPERATE", "IDN", "MYS")}, set()),
    # ties named right after an accord's noun are its subject (word class accord_noun), the signing is coded
    ("id", "Nota kesepahaman kerja sama pendidikan itu ditandatangani Menteri Pendidikan Malaysia dan Menteri Pendidikan"
           " Brunei.", {("SUPPORT", "MYS", "BRN"), ("SUPPORT", "BRN", "MYS")}, {("COOPERATE", "MYS", "BRN")}),
    # an official received is a visitor hosted; a letter or weapons received are not
    ("en", "The Turkish president received the Hungarian prime minister in Ankara.", {("CONSULT", "HUN", "TUR")},
     set()),
    ("en", "The Turkish president received a letter from the Hungarian prime minister.", set(),
     {("CONSULT", "HUN", "TUR"), ("CONSULT", "TUR", "HUN")}),
    ("en", "Ukraine received the first batch of F-16 jets from Denmark.", set(), {("CONSULT", "UKR", "DNK")}),
    # an accord signed in the passive by two parties; a document signed by one is no accord
    ("en", "The accord was signed by Egypt and Jordan in Cairo.", {("SUPPORT", "EGY", "JOR"), ("SUPPORT", "JOR", "EGY")},
     set()),
    ("en", "The letter was signed by the Australian ambassador.", set(), {("SUPPORT", "AUS", "AUS")}),
    # a town visited after a work or state visit and "ke" stands for its state (practice.place_target)
    ("id", "Menteri Pertahanan Jepang melakukan kunjungan kerja ke Surabaya.", {("CONSULT", "JPN", "IDN")}, set()),
    ("id", "Presiden Prancis melakukan kunjungan kenegaraan ke Yogyakarta.", {("CONSULT", "FRA", "IDN")}, set()),
    ("id", "Rombongan turis Jepang melakukan kunjungan wisata ke Bali.", set(), {("CONSULT", "JPN", "IDN")}),
    ("id", "Perdana Menteri Belanda melakukan lawatan ke Kota Semarang.", {("CONSULT", "NLD", "IDN")}, set()),
    # a call received is a call between the two (CONSULT 041 each way); not one from an unnamed citizen
    ("id", "Kanselir Jerman menerima panggilan telepon dari Presiden Ukraina.",
     {("CONSULT", "DEU", "UKR"), ("CONSULT", "UKR", "DEU")}, set()),
    ("id", "Presiden Prabowo menerima telepon dari seorang warga.", set(), {("CONSULT", "IDN", "IDN")}),
    # two parties urged to do something together: both are addressed, the tie is the appeal's content
    ("id", "Amerika Serikat mendesak Israel dan Hamas menyepakati gencatan senjata.",
     {("REQUEST", "USA", "ISR"), ("REQUEST", "USA", "PSE")}, {("AGREE", "ISR", "PSE")}),
    ("id", "China meminta India dan Pakistan berunding.", {("REQUEST", "CHN", "IND"), ("REQUEST", "CHN", "PAK")},
     {("CONSULT", "IND", "PAK")}),
    ("id", "Indonesia dan Malaysia menyepakati batas laut di Selat Malaka.", {("AGREE", "IDN", "MYS")}, set()),
    # all the parties a demand names before its content are urged, and the content is no act of theirs
    ("id", "Uni Eropa meminta Rusia dan Belarus membebaskan para tahanan politik.",
     {("REQUEST", "IGOEU", "RUS"), ("REQUEST", "IGOEU", "BLR")}, set()),
    ("id", "Indonesia mendesak Amerika Serikat dan Inggris memutus pasokan gas ke Israel.",
     {("REQUEST", "IDN", "USA"), ("REQUEST", "IDN", "GBR")}, {("SANCTION", "GBR", "ISR"), ("SANCTION", "USA", "ISR")}),
    ("id", "Amerika Serikat dan Inggris memutus pasokan gas ke Israel.", {("SANCTION", "GBR", "ISR")}, set()),
    # a plan rejected in the passive is aimed at its author, named with it ("yang diajukan X"); terms are a proposal
    ("id", "Rancangan resolusi yang diajukan Aljazair ditolak oleh Amerika Serikat.", {("REJECT", "USA", "DZA")}, set()),
    ("id", "Usulan itu ditolak oleh Israel.", set(), {("REJECT", "ISR", "ISR")}),
    ("id", "Ukraina menolak syarat-syarat yang diajukan Rusia.", {("REJECT", "UKR", "RUS")}, set()),
    # help asked of a party behind "dari", a request lodged with one, willingness stated
    ("id", "Filipina meminta bantuan darurat dari Jepang setelah topan melanda.", {("REQUEST", "PHL", "JPN")}, set()),
    ("id", "Warga meminta bantuan dari tetangga.", set(), {("REQUEST", "IDN", "IDN")}),
    ("id", "Pemerintah Timor Leste menyampaikan permintaan resmi kepada Australia untuk membuka perundingan.",
     {("REQUEST", "TLS", "AUS")}, set()),
    ("id", "Singapura menyatakan kesediaannya untuk menjadi mediator antara Thailand dan Kamboja.",
     {("AGREE", "SGP", "THA"), ("AGREE", "SGP", "KHM")}, set()),
    # restraint asked is no detention: the appeal takes no target from it (the parties in a place are its state's)
    ("id", "Menteri Luar Negeri Sugiono mengimbau semua pihak di Libya menahan diri.", {("REQUEST", "IDN", "LBY")},
     {("REQUEST", "IDN", "IDN")}),
    ("id", "Presiden Prabowo mengimbau semua pihak menahan diri.", set(), {("REQUEST", "IDN", "IDN")}),
    # a hope that a named party acts is an appeal to it; a hope about things is none
    ("id", "Menteri Luar Negeri Sugiono berharap Jepang menambah kuota perawat asal Indonesia.", {("REQUEST", "IDN", "JPN")},
     set()),
    ("id", "Perdana Menteri Malaysia berharap agar Thailand segera menuntaskan konflik di wilayah selatan.",
     {("REQUEST", "MYS", "THA")}, set()),
    ("id", "Presiden Prabowo berharap harga beras segera turun.", set(), {("REQUEST", "IDN", "IDN")}),
    # pushing a party to act; an explanation sought from one
    ("en", "The United States pushed Egypt to open the Rafah crossing.", {("REQUEST", "USA", "EGY")}, set()),
    ("en", "Riot police pushed protesters back toward the square.", set(), {("REQUEST", "IDN", "IDN")}),
    ("en", "Thailand demanded an explanation from Cambodia over the shooting.", {("REQUEST", "THA", "KHM")}, set()),
])  # fmt: skip
def test_part_ad_fixes(lang, text, want, absent):
    got = event_keys(text, lang, PUB)
    assert want <= got and not absent & got, got


def test_a_pledge_to_free_detainees_is_no_pledge_of_force():
    # the noun of a compound is one after a light verb only: "free" here is the pledged act (lead, session 14)
    events = {(e.type, e.source.code[:3], e.target.code[:3] if e.target else "")
              for e in extract("The Kenyan government promised to free detained protesters.", lang="en")}
    assert ("AGREE", "KEN", "KEN") in events and not any(t == "THREATEN" for t, _, _ in events)
