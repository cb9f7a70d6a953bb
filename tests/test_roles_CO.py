"""The Indonesian role layer on real news (helper CO, session 26): own news-style sentences, mostly Indonesian
(tests/data/roles_CO.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them: triggers whose parties sit in
structures the role layer must read (a list "A, B dan C", a subject across a relative clause "yang", a passive
"di-...oleh", a denial or rejected proposal whose target is not named, an object inside a noun phrase, light verbs
"melakukan serangan", "mendapat kecaman" whose target is the subject), about a quarter with no event."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import firing_sample as fs  # noqa: E402

DATA = Path(__file__).parent / "data" / "roles_CO.jsonl"
PUB = "2026-12-01"

# Measured right after coding, before any change (2026-12-07, main 6414b4c4): en F1 0.900 (TP 9, FP 1, FN 1), id F1
# 0.841 (TP 29, FP 2, FN 9).  Misses: a meeting with counterparts "dari Malaysia, Singapura dan Thailand" (no pair), a
# signed agreement of two ministers coded SUPPORT not AGREE, aid received "menerima ... dari Jerman"; stones thrown at
# police coded PROTEST.
# Batch 1 (from the tuning set's target-required drops and the own set): id F1 0.933 (TP 35, FP 2, FN 3), en the same.
# (1) an appeal whose object stands in the trigger's own pattern ("menyerukan gencatan senjata", "mendesak dimulainya
# kembali perundingan") asks no one named (appeal_object read from the pattern's second word; words gencatan,
# perundingan, pembicaraan, negosiasi; ceasefire, truce, talks, negotiations); (2) one party meeting each of three
# others is no forum (rule forum: a party in every pair).  Left: signing an accord is SUPPORT 057 in the trigger data
# (the dev gold has 8 AGREE and 6 SUPPORT for 057), aid received "menerima ... dari Jerman" has no AID trigger, stones
# thrown by protesters are a riot (PROTEST 145, event_types by_protesters_as) where this set codes ASSAULT.
# Batch 2: a relative clause that only names the operation ("operasi militer yang diberi nama Operation Protective
# Edge di Gaza") leaves the place after the name the act's target (word class naming, practice.place_of_object); own set
# unchanged.  Measured and taken back (no change on dev, tuning, blind or this set): a list running into the act an
# accusation charges accused whole ("menuduh Rusia, Belarus dan Iran mendukung ...": roles._objects gives only Rusia);
# a noun owned by its clitic after a party and "dan" is that party's ("Mark Zuckerberg dan istrinya": USA, not the
# agent's country).
# Batch 3: a clause opened after a comma by a definite thing of no actor ("Reuters menyebut, akuisisi itu memberikan
# China kendali") has that thing as its subject; the speaker before the comma is no agent (roles.subject_of); own set
# unchanged.
# Batch 4: an act's noun after a word for a room or a site names the place ("memasuki ruang rapat konsultasi",
# "mendekati lokasi-lokasi demonstrasi": conventions venue-of-act, word class venue_noun); own set unchanged.
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.899, 1), "id": (0.932, 2)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "roles-CO", RATCHET)


# the fixes, each with sentences of our own (not of the set's file) and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # (1) taken back at the merge: the words gencatan, perundingan, pembicaraan, negosiasi / ceasefire, truce, talks,
    # negotiations as appeal_object (an appeal for them asks no one named) gave three false alarms in older own sets
    # ("rebuffed Manila's call for talks", "said he would keep pushing for a ceasefire", and an ASEAN appeal for a
    # ceasefire whose article names the party asked); the appeal_object read inside the pattern stays
    # (2) one party meeting each of three others is no forum (rule forum)
    ("id", "Presiden Brasil bertemu dengan para pemimpin Argentina, Chile dan Peru di Brasilia.", ("CONSULT", "BRA", "ARG")),
    ("id", "Presiden Brasil bertemu dengan para pemimpin Argentina, Chile dan Peru di Brasilia.", ("CONSULT", "PER", "BRA")),
    # (4) ... while an actor there is still its subject
    ("id", "Menurut Bloomberg, pemerintah Jerman memberikan Turki akses ke pelabuhan Hamburg.", ("AID", "DEU", "TUR")),
    # (5) ... while an act held in a place is still one
    ("id", "Ribuan mahasiswa Thailand menggelar demonstrasi di depan gedung parlemen di Bangkok.", ("PROTEST", "THA", "THA")),
    # (3) a relative clause that only names the operation leaves the place after the name the act's (word class naming)
    ("id", "Pasukan Rusia melancarkan operasi militer yang diberi nama Badai Musim Dingin di Ukraina timur.",
     ("ASSAULT", "RUS", "UKR")),
])
def test_role_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "key"), [
    # wanting peace is no appeal; a forum of four each with each other stays a forum
    ("en", "Pakistan wants peace with all its neighbours, the minister said.", ("REQUEST", "PAK", "")),
    ("id", "Para pemimpin Brasil, Argentina, Chile dan Peru bertemu di Brasilia.", ("CONSULT", "BRA", "ARG")),
    # (4) a clause opened after a comma by a definite thing has that thing as its subject, not the speaker before it
    ("id", "Menurut Bloomberg, perjanjian itu memberikan Turki akses ke pelabuhan Hamburg.", ("AID", "USA", "TUR")),
    # (5) an act's noun after a word for a room or a site names the place (conventions venue-of-act)
    ("id", "Warga Malaysia di Bangkok diminta tidak mendekati lokasi-lokasi demonstrasi.", ("PROTEST", "MYS", "MYS")),
])
def test_role_fixes_negatives(lang, text, key):
    assert key not in event_keys(text, lang, PUB)


# --- bench/firing_sample.py --dropped: its pure functions

def _firing(entry, dropped="", events=(), text="Polisi menangkap dua pria."):
    return {"doc": "d", "entry": entry, "trigger": "menangkap", "type": "COERCE", "cameo": "173", "text": text,
            "events": [{"type": "COERCE", "cameo": "173", "source": s, "target": t} for s, t in events],
            "dropped": dropped}


def test_dropped_by_groups_firings_that_emitted_nothing_by_what_dropped_them():
    firings = [_firing("a:1", "roles"), _firing("a:1", events=[("IDNCOP", "IDNCVL")]), _firing("b:2", "actors"),
               _firing("b:2", "roles"), _firing("c:3")]
    groups = fs.dropped_by(firings)
    assert [(name, n) for name, n, _ in groups] == [("roles", 2), ("actors", 1), ("no pair", 1)]
    assert all(not f["events"] for _, _, group in groups for f in group)


def test_render_dropped_names_each_group_its_entries_and_samples():
    firings = [_firing("a:1", "roles", text=f"Kalimat {i}.") for i in range(10)] + [_firing("b:2", "actors")]
    out = fs.render_dropped(firings, top=5, per=3, seed=26).splitlines()
    assert out[0] == "## roles: 10 firings dropped (a:1 10)"
    assert out[4] == "## actors: 1 firings dropped (b:2 1)" and len(out) == 6
    assert out[1].startswith("    «menangkap» COERCE 173 :: Kalimat ")
    assert out == fs.render_dropped(firings, top=5, per=3, seed=26).splitlines()
    assert fs.render_dropped(firings, top=1, per=3, seed=26).count("##") == 1
