"""Armed conflict in wire reporting by construction (helper AV, session 16): own news-style sentences in English and
Indonesian (tests/data/assault_AV.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them, with negatives
(weapons tests, sport, films, cyber attacks, heart attacks, exercises, games). Claims of responsibility, "by"-phrases
and passives, "X-backed"/"X-led"/"yang didukung X"/"pimpinan X" actors, craft as their state's forces, non-state
armed groups, attacks on held places."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "assault_AV.jsonl"
PUB = "2024-11-15"

# Measured right after coding, before any fix (2026-12-06): en F1 0.800 (TP 22, FP 6, FN 5), id F1 0.731 (TP 19,
# FP 8, FN 6); with claimed-act (claims of responsibility): en 0.857 (TP 24, FP 5, FN 3), id 0.792 (TP 21, FP 7,
# FN 4); with a sector named again (events._named_before): en 0.873 (TP 24, FP 4, FN 3), id 0.808 (TP 21, FP 6,
# FN 4); with "dituding dilakukan oleh": id 0.830 (TP 22, FP 6, FN 3). The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.872, 4), "id": (0.829, 6)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "assault-AV", RATCHET)


# the fixes, each with sentences of our own (not of the set's file) and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # claimed-act: the act named right after a claim of responsibility is the claimant's
    ("en", "Al-Shabaab claimed responsibility for the bombing of a Kenyan army camp.", ("ASSAULT", "SOM", "KEN")),
    ("en", "The Pakistani Taliban claimed responsibility for an attack on a police station in Peshawar.",
     ("ASSAULT", "PAK", "PAK")),
    ("id", "Hamas mengaku bertanggung jawab atas serangan roket ke Tel Aviv.", ("ASSAULT", "PSE", "ISR")),
    ("id", "Kelompok Boko Haram mengklaim bertanggung jawab atas serangan terhadap pangkalan militer Nigeria.",
     ("ASSAULT", "NGA", "NGA")),
    # a bare sector noun named again takes the state the same sector was named with before it (events._named_before)
    ("en", "Boko Haram fighters stormed a Cameroonian army post near the Nigerian border, killing five soldiers.",
     ("ASSAULT", "NGA", "CMR")),
    ("id", "Militan Boko Haram menyerbu pos tentara Kamerun di dekat perbatasan Nigeria dan menewaskan lima tentara.",
     ("ASSAULT", "NGA", "CMR")),
    # a named place said to be held stands for its holder (practice.holder_of_place)
    ("en", "Rockets fired from Syria hit the Golan Heights, which is held by Israel.", ("ASSAULT", "SYR", "ISR")),
    ("id", "Roket yang ditembakkan dari Suriah menghantam Dataran Tinggi Golan yang diduduki Israel.",
     ("ASSAULT", "SYR", "ISR")),
    # an act's "by" agent over a passive's auxiliary and particle, its target between (roles._before_light_agent)
    ("en", "The attack on the Israeli embassy in Buenos Aires was carried out by Hezbollah.", ("ASSAULT", "LBN", "ISR")),
    ("en", "The attack on Malian troops was carried out by militants linked to al-Qaeda.", ("ASSAULT", "MLI", "MLI")),
    # a passive word of suspicion between an act's noun and its "oleh" agent (roles._charging)
    ("id", "Pengeboman terhadap markas tentara Nigeria itu dituding dilakukan oleh Boko Haram.", ("ASSAULT", "NGA", "NGA")),
    ("id", "Penembakan terhadap dua polisi di Papua itu dituduh dilakukan oleh kelompok kriminal bersenjata.",
     ("ASSAULT", "IDN", "IDN")),
    # a bare sector noun coordinated with a noun phrase that ends in a state (events._coordinated_state)
    ("id", "Jet tempur Rusia membom gudang senjata militer dan pangkalan-pangkalan Ukraina.", ("ASSAULT", "RUS", "UKR")),
])
def test_av_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "etype", "source"), [
    # a denial of responsibility, or a claim no one made, names no author of the act
    ("en", "Pakistan denied responsibility for the cross-border attack.", "ASSAULT", "PAK"),
    ("id", "Pakistan membantah bertanggung jawab atas serangan lintas perbatasan tersebut.", "ASSAULT", "PAK"),
    ("en", "No group has claimed responsibility for the attack on the army post in Quetta.", "ASSAULT", "XXX"),
    ("id", "Belum ada kelompok yang mengaku bertanggung jawab atas serangan terhadap pos tentara Pakistan.", "ASSAULT",
     "XXX"),
    # two states named with the sector: the bare noun takes neither of them from the other
    ("en", "Gunmen attacked Nigerian and Cameroonian army posts on the border, killing five soldiers.", "ASSAULT", "NGA"),
])
def test_av_negatives(lang, text, etype, source):
    assert not [k for k in event_keys(text, lang, PUB) if k[0] == etype and k[1] in (source, "") and k[2] != k[1]]


@pytest.mark.parametrize(("lang", "text", "key"), [
    # the holder of a place named after the act's own target is not its target
    ("en", "Syrian troops shelled rebel positions near Quneitra in the Golan Heights, which is held by Israel.",
     ("ASSAULT", "SYR", "ISR")),
    ("id", "Tentara Suriah menembaki posisi pemberontak di dekat Quneitra di Dataran Tinggi Golan yang dikuasai Israel.",
     ("ASSAULT", "SYR", "ISR")),
    # the one who reports an attack is not its author
    ("en", "The attack on the Ukrainian convoy was reported by Turkish media.", ("ASSAULT", "TUR", "UKR")),
    # the accuser behind "dituding oleh" is not the attack's author
    ("id", "Serangan terhadap konvoi bantuan Ukraina itu dituding oleh Rusia sebagai ulah Ukraina.", ("ASSAULT", "RUS", "UKR")),
    # no state closes the coordination: the bare noun is not given one from further on
    ("id", "Pesawat tempur Israel menyerang markas militer dan kemudian kembali ke Israel.", ("ASSAULT", "ISR", "ISR")),
    # a condemnation after an act's noun is no word of suspicion before its agent
    ("en", "The shelling of Kharkiv was condemned by France.", ("ASSAULT", "FRA", "UKR")),
    ("id", "Penembakan terhadap warga Gaza itu dikecam oleh Prancis.", ("ASSAULT", "FRA", "PSE")),
])
def test_av_not_keyed(lang, text, key):
    assert key not in event_keys(text, lang, PUB)
