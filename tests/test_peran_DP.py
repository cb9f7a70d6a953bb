"""Indonesian acts found and lost in the role layer (helper DP, session 31): own news-style sentences
(tests/data/peran_DP.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them: rejections with no named
target (a proposal, a report, an accusation denied, refusing to attend), rejections read as another type (refused
aid, a proposal not approved), meetings whose other party sits in a list, a noun phrase, a passive or a telephone
call, attacks whose actors sit in passives, noun phrases and "menjadi sasaran / korban", and sentences with no event
or another sense (a flood or a disease that "menyerang", a team that attacks, citizens who meet)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "peran_DP.jsonl"
PUB = "2025-06-20"

# Measured right after coding, before any fix (2026-12-07, fam-DP 3a8e0ecc): id F1 0.892 (TP 37 FP 4 FN 5). Missed:
# a proposal rejected with no author (target ""), a refusal to attend, a refusal to withdraw (read with a target), a
# visitor received in the passive ("diterima oleh"), a city "dihujani roket Rusia"; false alarms: a charged attack
# inside a denied accusation, a second attack from "menewaskan", a nationality read from the scene of a crime.
# After batch 1 (a refusal of one's own move, word class own_move; a refused change of leadership, CAMEO fact proposal
# on 1231; rule unnamed-in-object; triggers diterimaoleh and hujaniserang): id F1 0.943 (TP 41 FP 4 FN 1). Left: a
# refusal to withdraw troops from an occupied place is read against the place's state (REJECT UKR -> RUS for Kursk).
# Measured and taken back (batch 2): refused aid with no giver (CAMEO fact proposal on 122), talks held "bersama" a
# companion (roles._mutual_sides) and a leader's visit with no host nor place abroad kept with target "": dev id FP
# 5 -> 7, blind id FP 8 -> 10 (the visit); without the visit all figures equal and no gain on this set.
# Measured and taken back (batch 3): one act per dyad of states (rule one-per-dyad: an attack's victims told again
# with another sector of the same state, SDNMIL -> SDNREF then SDNCVL, dropped as the same attack): own set 0.943 ->
# 0.953 (FP 4 -> 3), tuning en FP 162 -> 161 but id TP 191 -> 190: not kept.
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"id": (0.942, 4)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "peran-DP", RATCHET)


# the fixes, each with sentences of our own (not of the set's file) and negatives
@pytest.mark.parametrize(("text", "key"), [
    # a refusal of one's own move (word class own_move) or of a change of leadership (CAMEO fact proposal on 1231)
    ("Perdana Menteri Belanda menolak hadir dalam pertemuan puncak di Brussel.", ("REJECT", "NLD", "")),
    ("Presiden Peru menolak untuk mundur dari jabatannya.", ("REJECT", "PER", "")),
    ("Pemerintah Kolombia menolak menghadiri konferensi di Jenewa.", ("REJECT", "COL", "")),
    ("The Dutch prime minister refused to attend the summit.", ("REJECT", "NLD", "")),
    # an unnamed group of unknown country in the plan refused (rule unnamed-in-object)
    ("Pemerintah Chili menolak rencana pengiriman pasukan ke Haiti.", ("REJECT", "CHL", "")),
    # an official received in the passive (triggers.tsv diterimaoleh): the visitor and the host
    ("Perdana Menteri Nepal diterima oleh Presiden India di New Delhi.", ("CONSULT", "NPL", "IND")),
    ("Perdana Menteri Nepal diterima oleh Presiden India di New Delhi.", ("CONSULT", "IND", "NPL")),
    # a town showered with rockets (triggers.tsv hujaniserang): the weapon's state is the agent
    ("Kota Sderot dihujani roket Hamas pada Sabtu.", ("ASSAULT", "PSE", "ISR")),
    ("Militer Rusia menghujani Ukraina dengan rudal.", ("ASSAULT", "RUS", "UKR")),
])
def test_fixes_code(text, key):
    lang = "en" if text.startswith("The ") else "id"
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("text", "absent_type"), [
    # a thing, a request or a plea received is no visit; criticism showered is no attack; a shot in sport is play
    ("Permohonan suaka warga Suriah itu diterima oleh Jerman.", "CONSULT"),
    ("Usulan Malaysia diterima oleh Thailand.", "CONSULT"),
    ("Presiden itu dihujani kritik oleh oposisi.", "ASSAULT"),
    ("Penyerang Jepang dihujani tembakan oleh pemain Korea dalam pertandingan itu.", "ASSAULT"),
])
def test_fixes_leave_other_senses(text, absent_type):
    assert absent_type not in {k[0] for k in event_keys(text, "id", PUB)}
