"""Unrest by construction (part AU, session 16): own news-style sentences in English and Indonesian
(tests/data/unrest_AU.jsonl) of protests and their policing in the 2019 wire news (Chile, Iraq, Lebanon, Iran,
Venezuela, Ecuador, Catalonia, Algeria, Sudan, Hong Kong), every sentence coded by GUIDELINES.md BEFORE warta was
run on any of them, lines with no event too (a striker, a bowling strike, a product demonstration, a concert, a
traffic operation, a documentary on 1968, a riot-police drill)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "unrest_AU.jsonl"
PUB = "2019-11-15"


# Measured right after coding, before any fix (2026-12-06): en F1 0.800 (TP 18, FP 4, FN 5), id F1 0.815 (TP 22,
# FP 6, FN 4).  After the fixes below: en F1 0.894 (TP 21, FP 3, FN 2), id F1 0.857 (TP 24, FP 6, FN 2); the misses
# left are clashes coded here as ASSAULT both ways, where warta codes the civilians' side as a riot (PROTEST 145).  The ratchet per language: (lowest F1, most false alarms);
# raise it as the coder improves, never lower it.
RATCHET = {"en": (0.893, 3), "id": (0.856, 6)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "unrest-AU", RATCHET)


# the fixes, each with sentences of our own (not of the part's file) and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # a noun of protesters before a demand for a leader's exit is the demand's subject (codebook PROTEST_HEADS)
    ("id", "Demonstran di Santiago menuntut pengunduran diri Presiden Sebastian Pinera.", ("REQUEST", "CHL", "CHL")),
    ("id", "Pengunjuk rasa Aljazair menuntut mundurnya para pejabat era Bouteflika.", ("REQUEST", "DZA", "DZA")),
    # a state cutting or restricting its people's internet is coercion (codebook 1721)
    ("en", "Sudan's military rulers shut down mobile internet in Khartoum.", ("COERCE", "SDN", "SDN")),
    ("en", "Indian authorities restricted internet access in Kashmir.", ("COERCE", "IND", "IND")),
    ("id", "Pemerintah Sudan mematikan jaringan internet di Khartoum.", ("COERCE", "SDN", "SDN")),
    ("id", "Pemerintah India membatasi akses internet di Kashmir.", ("COERCE", "IND", "IND")),
    # an organ of no stated state acts on the public of the state it is given by the article's scene (own-public)
    ("en", "Thousands of students marched through Algiers on Friday. Riot police fired tear gas and rubber bullets to "
           "disperse the crowd.", ("ASSAULT", "DZA", "DZA")),
    ("id", "Ribuan mahasiswa berunjuk rasa di Aljir, Aljazair, pada Jumat. Polisi menembakkan gas air mata dan meriam "
           "air.", ("ASSAULT", "DZA", "DZA")),
    # riot control in other words: a crowd pushed back or repelled, protesters sprayed with water cannon, tear gas as
    # a verb, live rounds fired at people; "menghalau massa", "memukul mundur demonstran", gas air mata ditembakkan
    ("en", "Chilean police pushed back the crowd with water cannon in Santiago.", ("COERCE", "CHL", "CHL")),
    ("en", "Lebanese police sprayed protesters with water cannon in Beirut.", ("ASSAULT", "LBN", "LBN")),
    ("en", "Protesters were tear-gassed by Chilean police in Santiago.", ("ASSAULT", "CHL", "CHL")),
    ("en", "Iraqi riot police fired live rounds at demonstrators in Baghdad.", ("ASSAULT", "IRQ", "IRQ")),
    ("id", "Polisi Chile menghalau massa dengan meriam air di Santiago.", ("COERCE", "CHL", "CHL")),
    ("id", "Polisi Irak memukul mundur para demonstran di Baghdad.", ("COERCE", "IRQ", "IRQ")),
    ("id", "Gas air mata ditembakkan polisi Chile ke arah kerumunan di Santiago.", ("ASSAULT", "CHL", "CHL")),
    # a wire dateline's agency is no actor: its home gives no country to the story's bare police or troops; the
    # dateline's place still sets the scene
    ("id", "Baghdad (Reuters) - Pasukan keamanan menewaskan sedikitnya 12 demonstran pada Kamis.", ("ASSAULT", "IRQ", "IRQ")),
    ("id", "Santiago (ANTARA/AFP) - Polisi menangkap 40 pengunjuk rasa.", ("COERCE", "CHL", "CHL")),
    ("en", "LONDON (Reuters) - Police arrested 20 climate protesters.", ("COERCE", "GBR", "GBR")),
    # live fire used to break up a protest, "menggunakan peluru tajam untuk membubarkan"
    ("en", "Security forces in Iraq used live fire to break up protests in Nasiriyah.", ("ASSAULT", "IRQ", "IRQ")),
    ("id", "Pasukan keamanan Irak menggunakan peluru tajam untuk membubarkan unjuk rasa di Nasiriyah.",
     ("ASSAULT", "IRQ", "IRQ")),
    # a rebellion crushed is armed force, riots or unrest crushed or quelled violent repression (tuning S771)
    ("id", "Militer Myanmar menumpas pemberontakan di negara bagian Rakhine.", ("ASSAULT", "MMR", "MMR")),
    ("id", "Polisi Irak menumpas kerusuhan di Basra.", ("ASSAULT", "IRQ", "IRQ")),
    ("en", "The Burmese army put down the uprising in Rakhine state.", ("ASSAULT", "MMR", "MMR")),
    ("en", "Iraqi police quelled riots in Basra.", ("ASSAULT", "IRQ", "IRQ")),
    # a protest staged, held or organised by its people
    ("en", "Iraqi teachers held protests outside the education ministry in Baghdad.", ("PROTEST", "IRQ", "IRQ")),
    ("en", "Sudanese doctors staged a sit-in outside the health ministry in Khartoum.", ("PROTEST", "SDN", "SDN")),
    # a protest reported beside a word of remembrance that is not about it stays a protest
    ("en", "Chilean students who remembered the 2011 movement staged protests in Santiago.", ("PROTEST", "CHL", "CHL")),
    # protesters who gather stay a protest, and so do those whose demand is a relative clause
    ("id", "Demonstran Chile yang menuntut reformasi pensiun membakar sebuah stasiun metro di Santiago.",
     ("PROTEST", "CHL", "CHL")),
    ("id", "Ribuan pengunjuk rasa berkumpul di pusat kota Beirut.", ("PROTEST", "LBN", "LBN")),
    # a protest noun after no act stays a protest
    ("en", "Iraqi students staged protests in Baghdad.", ("PROTEST", "IRQ", "IRQ")),
    # a rally for a leader's exit stays a protest
    ("id", "Ribuan orang berunjuk rasa di Beirut menuntut pengunduran diri perdana menteri.",
     ("PROTEST", "LBN", "LBN")),
])
def test_unrest_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # a protest noun right after an act is that act's object: the troops that break it up do not protest
    ("en", "Security forces in Iraq used live fire to break up protests in Nasiriyah.", ("PROTEST", "IRQ", "IRQ")),
    ("en", "Sudan's military rulers used tear gas to break up protests in Khartoum.", ("PROTEST", "SDN", "SDN")),
    # the agency of a dateline gives no state to the story's police
    ("id", "Baghdad (Reuters) - Pasukan keamanan menewaskan sedikitnya 12 demonstran pada Kamis.", ("ASSAULT", "GBR", "IRQ")),
    ("id", "Santiago (ANTARA/AFP) - Polisi menangkap 40 pengunjuk rasa.", ("COERCE", "FRA", "FRA")),
    # protesters who demand act by their demand, not by a protest of their own (rule demand-subject)
    ("id", "Demonstran di Santiago menuntut pengunduran diri Presiden Sebastian Pinera.", ("PROTEST", "CHL", "CHL")),
    # demonstrators who fall back ("mundur") demand nothing
    ("id", "Demonstran mundur setelah polisi Irak menembakkan gas air mata di Baghdad.", ("REQUEST", "IRQ", "IRQ")),
])
def test_unrest_negatives(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "etype"), [
    # a storm that cuts the internet coerces no one
    ("en", "The storm cut internet access to thousands of homes in Florida.", "COERCE"),
    ("id", "Badai memutus jaringan internet di Florida.", "COERCE"),
    # history remembered is no act reported (rule remembered)
    ("en", "The exhibition in Santiago commemorates the student protests of 2011.", "PROTEST"),
    ("id", "Museum di Santiago itu memperingati unjuk rasa mahasiswa Chile tahun 2011.", "PROTEST"),
    # a rally held by a campaign, a product demonstration held by a company
    ("en", "Bolivian President Evo Morales held a campaign rally in Cochabamba.", "PROTEST"),
    # fears quelled, an opposition crushed at the polls
    ("en", "The new Chilean coach quelled fears about the team.", "ASSAULT"),
    ("en", "Bolivia's ruling party crushed the opposition in the election.", "ASSAULT"),
    # a deadline pushed back, a garden sprayed, a striker pushed back by a defender
    ("en", "The Chilean ministry pushed back the deadline by a week.", "COERCE"),
    ("en", "Chilean farmers sprayed their fields with pesticide.", "ASSAULT"),
    ("id", "Tim Chile dipukul mundur ke babak kualifikasi setelah kalah dari Peru.", "COERCE"),
])
def test_unrest_not_coded(lang, text, etype):
    assert etype not in {k[0] for k in event_keys(text, lang, PUB)}
