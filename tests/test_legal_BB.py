"""The legal process in Indonesian domestic news by construction (helper BB, session 18): own news-style sentences in
Indonesian and English (tests/data/legal_BB.jsonl), in the gold's record form, every one coded by GUIDELINES.md
BEFORE warta was run on any of them, with negatives (reports that are no complaint, sports call-ups, a doctor's
examination, scientific inquiry, a taxi, a lawsuit as a topic). Investigations and summonses (ACCUSE 09x), police
reports and complaints (114/115), suits and charges (115), findings of guilt (116); an inquiry into an incident
names no target."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "legal_BB.jsonl"
PUB = "2024-11-15"

# Measured right after coding, before any fix (2026-12-06): en F1 0.759 (TP 11, FP 0, FN 7), id F1 0.651 (TP 14,
# FP 0, FN 15); after the inquiries into a question, a cause or nothing named and a suit decided on: en 0.839 (TP 13, FP 0, FN 5), id 0.682 (TP 15, FP 0, FN 14);
# with the victim of a harm read as no target ("mendalami motif pembunuhan pengusaha"): id 0.711 (TP 16, FP 0, FN 13).  Most misses left are bare "polisi", "jaksa",
# "warga" in a sentence that names no state or place (no country without a document: left to the lead).
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.838, 0), "id": (0.710, 0)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "legal-BB", RATCHET)


# the fixes, each with sentences of our own (not of the set's file) and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # an inquiry into a question, into an incident's cause, origin or motive, or into nothing named before "dan/and"
    # names no target (word classes inquiry_question and incident_noun; roles._object_act)
    ("en", "Thai police are investigating why the ferry capsized.", ("ACCUSE", "THA", "")),
    ("en", "French police are investigating the cause of the blaze.", ("ACCUSE", "FRA", "")),
    ("id", "Polres Malang masih menyelidiki penyebab ambruknya jembatan itu.", ("ACCUSE", "IDN", "")),
    ("id", "Polres Garut masih menyelidiki siapa yang membakar gudang itu.", ("ACCUSE", "IDN", "")),
    ("id", "Polda Bali langsung melakukan penyelidikan dan mengumpulkan keterangan saksi.", ("ACCUSE", "IDN", "")),
    ("en", "Malaysian police are looking into the blast at a chemical factory.", ("ACCUSE", "MYS", "")),
    # a lawsuit decided on is reported, no purpose clause (word class decision_verb)
    ("id", "Pemerintah Indonesia memutuskan untuk menggugat Uni Eropa ke WTO.", ("ACCUSE", "IDN", "IGOEU")),
    ("en", "The Philippines decided to sue China at an international tribunal.", ("ACCUSE", "PHL", "CHN")),
    # a bare summons by the police, prosecutors or courts (word class summons; conventions summoned-by-justice)
    ("id", "Kejaksaan Agung memanggil dua mantan direktur Garuda Indonesia.", ("ACCUSE", "IDN", "IDN")),
    ("id", "Mantan Menteri Sosial itu dipanggil penyidik KPK pekan depan.", ("ACCUSE", "IDN", "IDN")),
    # ... and an envoy called in still hears a complaint (panggildubes)
    ("id", "Kemlu Indonesia memanggil Duta Besar Malaysia.", ("ACCUSE", "IDN", "MYS")),
    # the one a harm befell is its victim: an inquiry into it names no target there (word class harm_noun) ...
    ("id", "Polda Sumatera Utara menyelidiki kematian pengusaha itu.", ("ACCUSE", "IDN", "")),
    ("id", "Polisi Indonesia masih mendalami motif pembunuhan seorang pengusaha di Medan.", ("ACCUSE", "IDN", "")),
    # ... while a body's corruption keeps its author
    ("id", "KPK menyelidiki dugaan korupsi Kementerian Pertanian.", ("ACCUSE", "IDN", "IDN")),
])
def test_legal_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "etype"), [
    # researchers looking into a question do research, not a legal inquiry
    ("en", "Indonesian researchers are investigating how the virus spreads among bats.", "ACCUSE"),
    ("id", "Peneliti Indonesia menyelidiki bagaimana virus itu menyebar di antara kelelawar.", "ACCUSE"),
    ("en", "Indonesian scientists are investigating the origin of the new coronavirus strain.", "ACCUSE"),
    # a demand for a raise is no lawsuit
    ("id", "Serikat buruh Indonesia menuntut kenaikan upah minimum tahun depan.", "ACCUSE"),
    # a call-up, a president calling ministers in: no summons
    ("id", "Gelandang Persija itu dipanggil timnas Indonesia untuk laga melawan Vietnam.", "ACCUSE"),
    ("id", "Presiden Indonesia memanggil para menteri ke Istana Merdeka.", "ACCUSE"),
])
def test_legal_negatives(lang, text, etype):
    assert etype not in {k[0] for k in event_keys(text, lang, PUB)}


@pytest.mark.parametrize(("lang", "text", "key"), [
    # a victim named after a harm word is not the inquiry's target
    ("id", "Polda Sumatera Utara menyelidiki kematian pengusaha itu.", ("ACCUSE", "IDN", "IDN")),
])
def test_legal_not_keyed(lang, text, key):
    assert key not in event_keys(text, lang, PUB)
