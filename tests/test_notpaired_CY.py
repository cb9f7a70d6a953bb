"""Indonesian events left "not paired" (helper CY, session 28): own news-style sentences (tests/data/notpaired_CY.jsonl),
coded by GUIDELINES.md BEFORE warta was run on any of them, with the constructions that keep a fired trigger and two
found actors apart: meetings and visits ("menerima kunjungan", "bertemu dengan", "pertemuan antara X dan Y", "kunjungan
kenegaraan X ke Y"), support and requests ("menyatakan dukungan terhadap", "meminta Y agar", "desakan X kepada Y"), the
agent after a passive ("ditangkap oleh aparat", "diserang kelompok"), coordinated verbs, a relative clause or a long
title and apposition between the actor and the verb; a quarter without event."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "notpaired_CY.jsonl"
PUB = "2025-06-20"

# Measured right after coding, before any fix (2026-12-07, main 4919f77b): F1 0.937 (TP 37 FP 1 FN 4); misses: a village
# "dibombardir oleh militer Israel", "kunjungannya ke Jakarta", "membakar dan menjarah sejumlah desa", "menuding India"
# after a long title; the false alarm: "menangkap dan menahan" gives the arrest twice.
# Batch 1 (rule place-target extended): the place named in a passive's subject stands for its state as the active's
# object does ("Sejumlah desa di selatan Lebanon dibombardir oleh militer Israel"): F1 0.950 (TP 38 FP 1 FN 3).
# Batch 2: chiefs of staff of a service are its commanders (lang/id/titles.tsv), and a title of no code right before
# the body it heads leaves the subject to that body where a verb after an aside set off by commas takes the first actor
# of its clause (roles._headless_title): F1 0.963 (TP 39 FP 1 FN 2).
# Batch 4: two verbs of one CAMEO code joined by a bare conjunction on one pair are one act named twice (conventions
# one-per-dyad, _one_act_twice: "menangkap dan menahan"), and the counterpart named in an apposition set off by a comma
# ("bertemu mitranya, Presiden Filipina ...", word class counterpart): F1 0.975 (TP 39 FP 0 FN 2).
# Batch 5: a visit owned by a clitic as the subject of a speaker's complement right after the verb of saying is the
# speaker's own (roles._possessed: "Marles menyebut kunjungannya ke Jakarta ..."): F1 0.988 (TP 40 FP 0 FN 1).
# Left: "membakar dan menjarah sejumlah desa" (no trigger for burning villages or for looting).
# The ratchet: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"id": (0.987, 0)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "notpaired-CY", RATCHET)


@pytest.mark.parametrize(("lang", "text", "key"), [
    # (batch 1) the place of a passive's subject is the target, as the active's object place is
    ("id", "Sebuah sekolah di Gaza diserang oleh militer Israel.", ("ASSAULT", "ISR", "PSE")),
    ("id", "Sejumlah desa di Lebanon selatan dibombardir militer Israel.", ("ASSAULT", "ISR", "LBN")),
    ("id", "Dua warga Indonesia ditangkap polisi Malaysia di Johor.", ("COERCE", "MYS", "IDN")),
])
def test_passive_subject_place(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text"), [
    # no agent actor, or the place opens the sentence as a setting set off by a comma: no event
    ("id", "Rumah makan di Bandung itu diserang tikus."),
    ("id", "Tanaman padi di Karawang diserang hama wereng sehingga banyak petani merugi."),
])
def test_passive_subject_place_negatives(lang, text):
    assert not event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "key"), [
    # (batch 2) a chief of staff of a service is its commander (lang/id/titles.tsv), the country after the title
    ("id", "Kepala Staf Angkatan Laut Filipina Laksamana Jose Ramos menuduh China mengintimidasi nelayan.",
     ("ACCUSE", "PHL", "CHN")),
    # a title of no code right before the body it heads, the verb after an aside set off by commas: the body acts
    ("id", "Deputi Komisioner OJK, usai rapat di Jakarta, mengkritik Malaysia.", ("ACCUSE", "IDN", "MYS")),
    ("id", "Kepala Staf Angkatan Darat Thailand, dalam jumpa pers di Bangkok, Senin, menuding Kamboja.",
     ("ACCUSE", "THA", "KHM")),
])
def test_title_before_an_aside(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "key"), [
    # (batch 4) the counterpart named in an apposition set off by a comma (lang/id/word_classes.tsv counterpart)
    ("id", "Presiden Prabowo bertemu mitranya, Presiden Filipina Ferdinand Marcos Jr., di Istana Bogor.",
     ("CONSULT", "PHL", "IDN")),
    ("id", "Menlu Sugiono mengadakan pembicaraan dengan sejawatnya, Menlu Jepang Takeshi Iwaya, di Tokyo.",
     ("CONSULT", "IDN", "JPN")),
])
def test_counterpart_in_apposition(lang, text, key):
    assert key in event_keys(text, lang, PUB)


def test_one_act_named_twice_is_one_event_and_two_acts_stay_two():
    from warta.api import extract

    once = extract("Polisi Malaysia menangkap dan menahan tiga nelayan Vietnam.", lang="id", published=PUB)
    assert [(e.type, e.cameo) for e in once] == [("COERCE", "173")]
    two = extract("Polisi Hong Kong menangkap dan memukuli puluhan demonstran.", lang="id", published=PUB)
    assert sorted(e.type for e in two) == ["ASSAULT", "COERCE"]


@pytest.mark.parametrize(("lang", "text", "key"), [
    # (batch 5) a visit owned by a clitic as the subject of a speaker's complement is the speaker's own
    ("id", "Perdana Menteri Malaysia Anwar Ibrahim mengatakan lawatannya ke Beijing membuahkan hasil.",
     ("CONSULT", "MYS", "CHN")),
])
def test_speakers_own_visit(lang, text, key):
    assert key in event_keys(text, lang, PUB)


def test_a_visit_owned_by_a_clitic_as_the_object_of_an_act_is_someone_elses():
    assert ("CONSULT", "RUS", "UKR") not in event_keys("Rusia mengecam kunjungannya ke Kyiv.", "id", PUB)
