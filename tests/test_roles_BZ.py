"""Roles of the parties in long sentences (helper BZ, session 23): own news-style sentences in English and Indonesian
(tests/data/roles_BZ.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them, with negatives.  Long subjects
with relative clauses or participles between subject and verb, coordinated verbs sharing a subject, passives with a far
agent, objects after a list or a parenthesis, appositions, possessive forces ("X's troops ... shot", "pasukan X yang
... menembak")."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "roles_BZ.jsonl"
PUB = "2025-06-20"

# Measured right after coding, before any fix (2026-12-07, main d311209f): en F1 0.900 (TP 18, FP 1, FN 3), id F1 0.933
# (TP 21, FP 1, FN 2).  After the fixes below: the same (the set's structures were already read right; the fixes came
# from the tuning set's misses and probes of our own).  Left: a passive whose subject names its place ("A hospital in
# Gaza was bombed ..."), a noun's "by" agent past an adjunct of place and time ("Sanctions on Russian oil were
# announced in Brussels on Monday by ..."), the posts of a disputed region ("border posts in Kashmir"), "membakar"
# (no trigger), a dispersal coded COERCE where the convention says ASSAULT 175, and an arrival and a meeting coded
# both ("tiba di Jakarta dan bertemu dengan").
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.899, 1), "id": (0.932, 1)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "roles-BZ", RATCHET)


# the fixes, each with sentences of our own (not of the set's file) and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # (1) a participle that is no act, right after the subject and taking a complement, opens a reduced relative
    # clause: its actors are not the subject of the verb after it (roles._participle_phrase)
    ("en", "Indian police officers escorting Chinese diplomats attacked Pakistani journalists.", ("ASSAULT", "IND", "PAK")),
    ("en", "Israeli soldiers trying to detain a Hamas leader in Jenin killed two Palestinian boys.",
     ("ASSAULT", "ISR", "PSE")),
    ("en", "Turkish soldiers searching for Kurdish militants in northern Iraq killed two Iraqi shepherds.",
     ("ASSAULT", "TUR", "IRQ")),
    # (1) the negative side: a preposition in -ing is no participle (word class ing_preposition)
    ("en", "Countries including France and Germany condemned Russia.", ("ACCUSE", "FRA", "RUS")),
    ("en", "Russia during the talks accused Ukraine of stalling.", ("ACCUSE", "RUS", "UKR")),
    # (2) a short form in brackets names the actor beside it again: a list of parties runs on past it, both ways
    # (SentenceView._past_short_form)
    ("id", "Organisasi Kerja Sama Islam (OKI) dan Liga Arab mengecam Israel.", ("ACCUSE", "IGOOIC", "ISR")),
    ("id", "Jepang menjatuhkan sanksi kepada Republik Demokratik Rakyat Korea (RDRK) dan Rusia.",
     ("SANCTION", "JPN", "RUS")),
    ("en", "The Organisation of Islamic Cooperation (OIC) and the Arab League condemned Israel.",
     ("ACCUSE", "IGOOIC", "ISR")),
    ("en", "Canada imposed sanctions on the Democratic People's Republic of Korea (DPRK) and Russia.",
     ("SANCTION", "CAN", "RUS")),
    # (3) a fight with a party is mutual as a clash is: each side acts on the other (roles._fought_with)
    ("en", "Taliban fighters fought with Pakistani police near Peshawar.", ("ASSAULT", "PAK", "AFG")),
    ("en", "Houthi rebels fought with Saudi troops along the border.", ("ASSAULT", "SAU", "YEM")),
    ("en", "Indian soldiers fought gun battles with the Chinese troops in Ladakh.", ("ASSAULT", "CHN", "IND")),
])
def test_role_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # (1) the one escorted or sought inside the participle's clause is not the attacker
    ("en", "Indian police officers escorting Chinese diplomats attacked Pakistani journalists.", ("ASSAULT", "CHN", "PAK")),
    ("en", "Israeli soldiers trying to detain a Hamas leader in Jenin killed two Palestinian boys.",
     ("ASSAULT", "PSE", "PSE")),
    # (2) an aside in brackets that is no short form lists no party
    ("en", "The United States imposed sanctions on companies (mostly from China) and Iran.", ("SANCTION", "USA", "CHN")),
    ("id", "Amerika Serikat menjatuhkan sanksi kepada perusahaan (kebanyakan dari China) dan Iran.",
     ("SANCTION", "USA", "CHN")),
    # (3) an attack with a weapon is no fight with it, nor is the one attacked the attacker
    ("en", "Russia attacked Ukraine with drones.", ("ASSAULT", "UKR", "RUS")),
    ("id", "Tentara Rusia menggempur kota Sumy di Ukraina utara dengan pesawat nirawak.", ("ASSAULT", "UKR", "RUS")),
])
def test_role_negatives(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)
