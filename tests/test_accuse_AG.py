"""The ACCUSE family by construction (part AG, thirteenth session): own news-style sentences in English and Indonesian
(tests/data/accuse_AG.jsonl), in the gold's record form with their text, every sentence coded by GUIDELINES.md BEFORE
warta was run on any of them, lines with no event too (negatives: sport, weather, markets, a film review, medical
checks, charging a bus).  The whole of CAMEO 09x/11x: holding responsible, blaming something on someone, deploring,
rebuking, scolding, castigating, accusing of espionage or war crimes, convicting, holding liable, suing, charging,
indicting, inquiries and probes, criticism received from someone, complaints to the Security Council, rallying
opposition, hauling in an ambassador; passives ("dikritik Parlemen Eropa", "dituduh penyelidik PBB") and nouns
("tudingan X terhadap Y", "accusations against")."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "accuse_AG.jsonl"
PUB = "2024-11-15"

# Measured right after coding, before any fix (2026-12-05): en F1 0.863 (TP 22, FP 2, FN 5), id F1 0.808 (TP 21,
# FP 4, FN 6).  After fix 1 (held liable, the finger of blame, envoys hauled or called in, criticism faced from,
# blame laid on someone, a long party before "bertanggung jawab atas", complaints to international bodies, open
# questions): en 0.943 (TP 25, FP 1, FN 2), id 0.889 (TP 24, FP 3, FN 3).  The ratchet per language: (lowest F1,
# most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.942, 1), "id": (0.888, 3)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "accuse-AG", RATCHET)


# the fixes, each with sentences of our own (not of the set's file) and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # a court or jury holding a party liable (CAMEO 116)
    ("en", "A British court held the Russian state liable for the poisoning of Alexander Litvinenko.",
     ("ACCUSE", "GBR", "RUS")),
    # the finger of blame pointed at someone
    ("en", "Kyiv pointed the finger of blame at Minsk for the border incident.", ("ACCUSE", "UKR", "BLR")),
    ("en", "Tehran pointed an accusing finger at Washington after the explosion.", ("ACCUSE", "IRN", "USA")),
    # an envoy hauled or called in to hear a complaint (CAMEO 114)
    ("en", "Lithuania called in the Chinese envoy over the treatment of its diplomats.", ("ACCUSE", "LTU", "CHN")),
    ("en", "Japan hauled in China's ambassador to protest over the detention of a Japanese businessman.",
     ("ACCUSE", "JPN", "CHN")),
    # criticism or a lawsuit a party faces from someone: the one it comes from is the source
    ("en", "The Nigerian government faced fierce criticism from Amnesty International over the shootings.",
     ("ACCUSE", "NGOAMN", "NGA")),
    # blame laid on someone ("menimpakan kesalahan kepada")
    ("id", "Kairo menimpakan kesalahan atas kegagalan perundingan kepada Addis Ababa.", ("ACCUSE", "EGY", "ETH")),
    ("id", "Pemerintah Sudan melimpahkan kesalahan atas kekacauan itu kepada Uni Emirat Arab.",
     ("ACCUSE", "SDN", "ARE")),
    # a party named at length before "bertanggung jawab atas"
    ("id", "Ukraina menyatakan pasukan militer Rusia di Krimea bertanggung jawab atas ledakan itu.",
     ("ACCUSE", "UKR", "RUS")),
    # a complaint taken to an international body
    ("id", "Filipina mengadukan China ke Perserikatan Bangsa-Bangsa atas insiden di Laut China Selatan.",
     ("ACCUSE", "PHL", "CHN")),
])
def test_accuse_ag_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # calling in players or the army is no summons of an envoy
    ("en", "The coach called in three new players from Japan for the friendly against Brazil.", ("ACCUSE", "JPN", "BRA")),
    ("en", "Spain's government called in the army to help with flood relief in Valencia.", ("ACCUSE", "ESP", "ESP")),
    # an open question asked is no accusation ("whether", "apakah")
    ("en", "Economists questioned whether Japan would raise interest rates in March.", ("ACCUSE", "", "JPN")),
    ("id", "Ekonom mempertanyakan apakah Jepang akan menaikkan suku bunga pada Maret.", ("ACCUSE", "", "JPN")),
    # a fault put on the weather or a pitch names no party
    ("id", "Pelatih Jepang menimpakan kesalahan atas kekalahan itu kepada lapangan yang licin.", ("ACCUSE", "JPN", "JPN")),
])
def test_accuse_ag_negatives(lang, text, absent):
    assert absent not in {k for k in event_keys(text, lang, PUB)} and not any(
        k[0] == absent[0] and k[2] == absent[2] for k in event_keys(text, lang, PUB))
