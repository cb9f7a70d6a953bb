"""Indonesian roles from structure (helper DW, session 33): own news-style Indonesian sentences
(tests/data/peran_DW.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them, where the trigger and both
actors are found but must be paired by structure: the owner of a decision, proposal, step or statement that is
supported, rejected or condemned ("mendukung keputusan Perdana Menteri Malaysia"), a meeting after the quote ("kata X
usai bertemu Y"), a relative clause between the actor and the verb ("X, yang sebelumnya melakukan pembicaraan dengan Y,
akan mengunjungi Z"), criticism received ("X mendapat kecaman dari Y"), requests with agar/untuk, support nouns with
terhadap, meetings between parties, appositions, a received visit or call; a quarter with no event (a company's
decision, a domestic visit, a film, a book, a poll)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "peran_DW.jsonl"
PUB = "2025-06-20"

# Measured right after coding, before any fix (2026-12-08, main d1fda925): id F1 0.925 (TP 37 FP 2 FN 4).  Missed: a
# proposal agreed with, disagreed with or not objected to after a verb of saying ("mengaku setuju dengan usulan X",
# "mengaku tidak puas dengan tindakan X", "mengaku tidak keberatan dengan rencana X"), and criticism received from a
# person named after a role and a body of no code ("dari politikus Partai Demokrat Marzuki Alie").  False alarms: a
# company of the speaker's country supported (debatable), a book's title ("Buku berjudul Dukungan Amerika untuk ...").
# Batch 1 (the head of setujugagasan/tidaksetuju is a verb, !v): F1 0.938 (TP 38 FP 2 FN 3).
# Batch 2 (!v on the heads of the other adjective-headed rows; a role noun and an uncoded body's name between a
# preposition and its actor, roles._described): F1 0.976 (TP 41 FP 2 FN 0).
# Batch 3 (a capitalised trigger right after a word that introduces a title, word class work_title, opens the name of a
# work: conventions work-title): F1 0.988 (TP 41 FP 1 FN 0).  Left: "mendukung keputusan perusahaan itu" (a bare
# company given the speaker's country; debatable).
# Batch 4 (a verb of asking whose subject is an act, no party, says what the act caused: its complement is an act done,
# modality.act_subject, and the asking is dropped, conventions act-cause): own set unchanged (F1 0.988), tuning id +1.
# The ratchet: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"id": (0.987, 1)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "peran-DW", RATCHET)


# the fixes, each with sentences of our own (not of the set's file) and a negative
@pytest.mark.parametrize(("text", "key"), [
    # (1) a pattern headed by an adjective or a verb ("setuju", "tidak puas", "prihatin", "kecewa") is a verb, not a
    # noun by the -an of the object noun later in it ("usulan", "tindakan"): after a verb of saying it still takes the
    # clause's subject (lang/id/triggers.tsv, !v)
    ("Kanselir Jerman mengaku setuju dengan usulan Presiden Prancis soal pertahanan Eropa.", ("SUPPORT", "DEU", "FRA")),
    ("Perdana Menteri Spanyol mengaku tidak setuju dengan kebijakan Presiden Argentina.", ("REJECT", "ESP", "ARG")),
    ("Pemerintah Vietnam mengaku kecewa dengan keputusan China menempatkan kapal di perairannya.",
     ("ACCUSE", "VNM", "CHN")),
    ("Presiden Brasil mengaku tidak keberatan dengan rencana Argentina membangun bendungan.", ("AGREE", "BRA", "ARG")),
    # (2) a person named behind "dari" after a role noun and the name of a body of no code (roles._described)
    ("Presiden Prancis mendapat kritikan dari politikus Partai Demokrat Marzuki Alie.", ("ACCUSE", "IDN", "FRA")),
    # (4) a verb of asking whose subject is an act, no party, says what the act caused: its complement is an act done
    # (modality.act_subject; conventions act-cause drops the asking)
    ("Tembakan roket dari Lebanon mendorong artileri Israel membom desa-desa Lebanon.", ("ASSAULT", "ISR", "LBN")),
    # its negative: a party asking keeps the complement as the content asked for
    ("Amerika Serikat mendorong Israel menghentikan serangan ke Rafah.", ("REQUEST", "USA", "ISR")),
])
def test_role_fixes(text, key):
    assert key in event_keys(text, "id", PUB)


@pytest.mark.parametrize(("text", "absent"), [
    # no author named: a proposal agreed with is no act on the speaker's own state
    ("Menteri Luar Negeri Jepang mengaku setuju dengan usulan itu.", ("SUPPORT", "JPN", "JPN")),
    # (3) the title of a work is no act (conventions work-title)
    ("Film bertajuk Dukungan China untuk Pakistan diputar di Jakarta, Sabtu.", ("SUPPORT", "CHN", "PAK")),
    # (4) no one asked: the act caused it
    ("Tembakan roket dari Gaza mendorong Israel melancarkan serangan udara ke Khan Younis.", ("REQUEST", "PSE", "ISR")),
    # a party asking: its content is no act done
    ("Amerika Serikat mendorong Israel menghentikan serangan ke Rafah.", ("RETREAT", "ISR", "")),
    # the one criticised is not the critic
    ("Presiden Prancis mendapat kritikan dari politikus Partai Demokrat Marzuki Alie.", ("ACCUSE", "FRA", "IDN")),
])
def test_role_fix_negatives(text, absent):
    assert absent not in event_keys(text, "id", PUB)
