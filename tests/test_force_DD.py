"""Force and its results (helper DD, session 28): own news-style sentences in Indonesian and English
(tests/data/force_DD.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them: a weapon or craft with its
state as the agent of a passive with no "oleh" ("diserang drone Rusia", "dihantam rudal Houthi"), things destroyed or
damaged "akibat/karena serangan X", burning and looting by an armed party, their English twins, and a third with a
peaceful sense (burning rubbish or documents, a truck hitting a pole, shares hit by selling, a football barrage)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "force_DD.jsonl"
PUB = "2025-06-20"

# Measured right after coding, before any fix (2026-12-07, main ef367852): en F1 0.462 (TP 3 FP 2 FN 5), id F1 0.400
# (TP 2 FP 0 FN 6).  After batch 1: en F1 0.750 (TP 6 FP 2 FN 2), id F1 1.000 (TP 8 FP 0 FN 0).  After batch 3
# ("-owned", "-flagged" join a state to its sector noun): en F1 0.875 (TP 7 FP 1 FN 1).  Left: armed gangs' looting
# is read as a riot (PROTEST 145 at the government) and their cars burned in "the Haitian capital" find no target.
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.874, 1), "id": (0.999, 0)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "force-DD", RATCHET)


# the fixes, each with sentences of our own (not of the set's file)
@pytest.mark.parametrize(("lang", "text", "key"), [
    # (1) the agent of a passive verb of force behind its weapon or craft, no "oleh" (roles: fact weapon_agent)
    ("id", "Kota Dnipro diserang drone Rusia pada Kamis malam.", ("ASSAULT", "RUS", "UKR")),
    ("id", "Sebuah kapal tanker milik Yunani dihantam rudal Houthi di lepas pantai Yaman.", ("ASSAULT", "YEM", "GRC")),
    ("id", "Kota Khan Younis di Gaza selatan dibombardir pesawat tempur Israel.", ("ASSAULT", "ISR", "PSE")),
    # (2) a thing in a place damaged by an attack named as its cause (rule place-target: word classes damaged,
    # damage_cause)
    ("id", "Sebuah gereja di Zaporizhzhia rusak akibat serangan rudal Rusia.", ("ASSAULT", "RUS", "UKR")),
    ("id", "Pembangkit listrik di Kharkiv hancur karena serangan drone Rusia.", ("ASSAULT", "RUS", "UKR")),
    ("en", "A power station in Odesa was destroyed by a Russian drone attack.", ("ASSAULT", "RUS", "UKR")),
    ("en", "Three schools in Rafah were damaged in Israeli air strikes.", ("ASSAULT", "ISR", "PSE")),
    # ... its subject may hold a relative clause of location and a place's apposition (word class located)
    ("id", "Dua sekolah yang terletak di Bucha, sebelah barat Kyiv, rusak akibat serangan Rusia.", ("ASSAULT", "RUS", "UKR")),
    # (3) a place hit by a state's weapons behind "by"
    ("en", "The port of Odesa was hit by Russian missiles on Thursday.", ("ASSAULT", "RUS", "UKR")),
    # (4) a ship owned by or flagged in a state is that state's (actor_links.tsv: -owned, -flagged)
    ("en", "A Norwegian-owned cargo ship was struck by a Houthi drone in the Gulf of Aden.", ("ASSAULT", "YEM", "NOR")),
    ("en", "A Panamanian-flagged tanker was attacked by Houthi rebels.", ("ASSAULT", "YEM", "PAN")),
])
def test_force_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text"), [
    # weapons sent or bought are no attack; a thing hit by no weapon, or damaged by weather, is no event
    ("id", "Ukraina dikirimi drone Amerika Serikat untuk mempertahankan Kharkiv."),
    ("id", "Sebuah bus menghantam pembatas jalan di Kharkiv."),
    ("id", "Puluhan rumah di Kharkiv rusak akibat badai salju."),
    ("en", "Dozens of homes in Odesa were damaged by a storm on Thursday."),
    ("en", "The port of Odesa was hit by heavy rain on Thursday."),
    ("en", "The factory burned the waste in Surabaya."),
    # a relative clause naming another party: the thing is of that party, not of the place
    ("id", "Dua masjid yang dibangun Turki di Gaza hancur akibat serangan udara."),
    ("id", "Menurut polisi, harga beras di Jakarta naik akibat serangan hama."),
])
def test_force_negatives(lang, text):
    assert not [k for k in event_keys(text, lang, PUB) if k[0] == "ASSAULT"]
