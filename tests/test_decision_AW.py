"""Decisions, approvals and refusals by own construction (part AW, sixteenth session): own news-style sentences in
Indonesian and English (tests/data/decision_AW.jsonl), in the gold's record form, every sentence coded by
GUIDELINES.md BEFORE warta was run on any of them: legislatures, courts, cabinets and parties approving, passing,
ratifying, signing, vetoing, voting down and refusing (AGREE, REJECT, SUPPORT for signing and ratifying), the author
of a bill, plan or proposal as target, lists of parties, negation; negatives (transfers, polls, shareholders,
procedural steps of a bill, a referee)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "decision_AW.jsonl"
PUB = "2024-11-15"

# Measured right after coding, before any fix (2026-12-06): en F1 0.582 (TP 16, FP 6, FN 17), id F1 0.658 (TP 25,
# FP 4, FN 22).  After the kind of an election named by an office (sectors "!": "pemilu parlemen", "parliamentary
# election") and approvals aimed at the author of the bill or plan (event-type fact plan_author, plan nouns RUU, bill,
# budget, deal; triggers approvebill, agreeproposal, loloskanruu): en 0.746 (TP 22, FP 4, FN 11), id 0.771 (TP 32,
# FP 4, FN 15); with a tie after an accord noun read as the accord's subject (roles._objects): id 0.814 (TP 35, FP 4,
# FN 12); with "declined to", "voted down|against" and a plan "accepted|approved by" in the passive: en 0.825 (TP 26,
# FP 4, FN 7); with a light verb before a noun that is itself a request approving it: id 0.828 (TP 36, FP 4, FN 11).
# "bill" then left out of the English plan nouns (tests/test_actors_V: a block of a bill kept with no target): en 0.787
# (TP 24, FP 4, FN 9).  The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.786, 4), "id": (0.827, 4)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "decision-AW", RATCHET)


# the fixes, each with sentences of our own (not of the part's file) and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # an office or body naming the kind of an election is no actor: the result refused has no author
    ("en", "Belarus's opposition refused to recognise the results of the presidential election.", ("REJECT", "BLR", "")),
    ("id", "Oposisi Serbia menolak hasil pemilu parlemen bulan lalu.", ("REJECT", "SRB", "")),
    # an approval of a bill, budget or plan is aimed at its author (plan_author), in the passive too
    ("id", "Parlemen Kenya menyetujui RUU keuangan yang diajukan pemerintah.", ("AGREE", "KEN", "KEN")),
    ("id", "Kongres Filipina meloloskan anggaran yang diusulkan Presiden Marcos.", ("AGREE", "PHL", "PHL")),
    ("en", "Kenya's parliament passed a budget proposed by the government.", ("AGREE", "KEN", "KEN")),
    ("id", "Rencana damai yang diusulkan Turki akhirnya disetujui oleh Rusia.", ("AGREE", "RUS", "TUR")),
    ("id", "Presiden Peru memveto RUU yang disahkan Kongres.", ("REJECT", "PER", "PER")),
    ("en", "Ukraine did not agree to Russia's plan for a ceasefire.", ("REJECT", "UKR", "RUS")),
    # a tie named right after an accord noun is what the accord is about, not an act whose party the partner is
    ("id", "Malaysia meneken kesepakatan kerja sama energi dengan Brunei.", ("SUPPORT", "MYS", "BRN")),
    ("id", "Presiden Prabowo menandatangani perjanjian kerja sama pertahanan dengan Perdana Menteri Jepang.",
     ("SUPPORT", "IDN", "JPN")),
    # declining to do an act of cooperation is a refusal; voting down a deal rejects its author's plan; a plan accepted
    # in the passive is its author's
    ("en", "Poland declined to sign the migration pact drafted by the European Commission.", ("REJECT", "POL", "IGOEU")),
    ("en", "Serbia declined to recognise Kosovo's independence.", ("REJECT", "SRB", "XKX")),
    ("en", "Britain's parliament voted down the deal negotiated by the government.", ("REJECT", "GBR", "GBR")),
    ("en", "A truce plan put forward by Egypt was quickly accepted by Hamas.", ("AGREE", "PSE", "EGY")),
    # approving a request named by its own noun of request approves it (no light verb carrying another act)
    ("id", "Pemerintah Thailand menyetujui permohonan ekstradisi yang diajukan Kamboja.", ("AGREE", "THA", "KHM")),
])
def test_aw_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # the head of state is still an actor outside the name of an election
    ("id", "Presiden Serbia menolak hasil penyelidikan Uni Eropa.", ("REJECT", "SRB", "")),
    # a resolution's content is no author: passing one that condemns is no approval of the condemned
    ("en", "The Security Council has not passed a resolution condemning Israel.", ("REJECT", "IGOUN", "ISR")),
    ("id", "Dewan Keamanan PBB mengadopsi resolusi yang mengecam serangan Israel ke Gaza.", ("AGREE", "IGOUN", "ISR")),
    # sport: a ball passed, a goal approved
    ("en", "Kenya's captain passed the ball back to the goalkeeper.", ("AGREE", "KEN", "")),
    # a party behind an act that is no accord's subject still belongs to that act ("menolak seruan sanksi terhadap Iran")
    ("id", "China menolak seruan sanksi terhadap Iran.", ("REJECT", "CHN", "IRN")),
    # a number after "declined to", a comment declined, a coach accepted by players
    ("en", "Indonesia's exports declined to 5 percent in March.", ("REJECT", "IDN", "")),
    ("en", "China's growth declined to its lowest level in decades.", ("REJECT", "CHN", "")),
    ("en", "Russia's foreign ministry declined to comment on the report.", ("REJECT", "RUS", "")),
    ("en", "Egypt's plan for Gaza was accepted by the Arab League.", ("AGREE", "EGY", "IGOARL")),
    # a loan approved still only carries the loan (AID), no agreement
    ("id", "IMF menyetujui pinjaman untuk Pakistan.", ("AGREE", "IGOIMF", "PAK")),
])
def test_aw_negatives(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)
