"""Own news sentences of tuning part P (tests/data/tune_p_own.tsv and its negatives tune_p_own_neg.tsv): English
assaults, coercion, requests, threats and sanctions with the actors that do them, in sentences of our own, coded by
GUIDELINES.md before warta ran on them. Every positive row must be coded right (type, source and target at country
level) and no negative row may give its event."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import (
    event_keys,
    read_rows,
    row_set_checks,
)

DATA = Path(__file__).parent / "data" / "tune_p_own.tsv"
NEG = Path(__file__).parent / "data" / "tune_p_own_neg.tsv"
PUB = "2024-11-15"
ROWS = read_rows(DATA, 6)
NEG_ROWS = read_rows(NEG, 5)

# misses known and left open, by line: each still runs and must fail (strict), so a fix shows
KNOWN_MISSES = {
    14: "expelling diplomats: warta codes it SANCTION (reducing relations, CAMEO 16x), the row COERCE 174; both readings"
        " are defensible and the lexicon's choice is left",
    31: "'blacklisted': the lexicon follows the CAMEO codebook's example (COERCE 172), the row coded SANCTION 163",
    34: "'the victim's sister': a person noun with no place in the sentence has no state (the target's state is not"
        " taken for it)",
    45: "'The UN refugee agency': the actor lexicon codes UN agencies by their own IGO codes (IGOUNHCR), the row IGOUN",
    71: "'the prime minister's office' with no state named: a threat takes no state from its place for its target (the"
        " local default is for force and arrests)",
    77: "a ban on flights: the lexicon codes it an administrative sanction (COERCE 172), the row SANCTION 163",
    106: "'The sanctions, which were imposed by the European Union ..., target Iranian officials': a noun's agent in a"
         " relative clause after it and its target after the clause's end are not paired",
    120: "'struck suspected militant hideouts inside Afghanistan': 'suspected' before the people noun leaves no target",
    93: "pirates with no home country named: they take the state of the crew they seized (USA), the row XXXREB",
}
# negatives known to fail, by line (strict)
KNOWN_FALSE_ALARMS: dict[int, str] = {}  # line 5, "Republicans captured the Senate", is read right since session 25
# (cues.tsv won_object)


test_rows_are_well_formed, test_coded_right, test_not_coded = row_set_checks(
    DATA, ROWS, NEG_ROWS, PUB, KNOWN_MISSES, KNOWN_FALSE_ALARMS, target_optional=True)


@pytest.mark.parametrize(("text", "key"), [
    # people given their state in an aside after them (lang/en/actor_links.tsv)
    ("Iranian border guards shot dead 12 migrants, mostly Afghans, near the border.", ("ASSAULT", "IRN", "AFG")),
    ("Police arrested 40 protesters, most of them students, in Dhaka.", ("COERCE", "BGD", "BGD")),
    # a possessive pronoun before a modifier and its noun is the noun's determiner, not a party
    ("Spain expelled its Jewish population in 1492.", ("COERCE", "ESP", "ESP")),
    # requests: seeking assurances from, pleading with, a petition handed to
    ("Brazil sought guarantees from Japan on Monday.", ("REQUEST", "BRA", "JPN")),
    ("Relatives of the hostages pleaded with Israel's prime minister to accept the deal.", ("REQUEST", "ISR", "ISR")),
    ("French farmers handed a petition to the European Commission.", ("REQUEST", "FRA", "IGOEU")),
    # an arrest in a passive is still the police's act (only plain coercion names no forcer)
    ("Three activists were arrested in Hanoi on Monday.", ("COERCE", "VNM", "VNM")),
])  # fmt: skip
def test_part_p_fixes(text, key):
    assert key in event_keys(text, "en", PUB)


@pytest.mark.parametrize(("text", "kind"), [
    # plain coercion in a passive with no agent implies no state (knowledge/cameo_facts.tsv unnamed_forcer)
    ("Ten Portuguese students were forced to leave their dormitory after the fire.", "COERCE"),
    # "given in" (a passive participle) is no "give in"
    ("Thai election results are given in the table below.", "CONCEDE"),
    # pleading guilty is no appeal
    ("A former Indonesian minister pleaded guilty to fraud charges in a New York court.", "REQUEST"),
])  # fmt: skip
def test_part_p_not_coded(text, kind):
    assert not [k for k in event_keys(text, "en", PUB) if k[0] == kind]


def _full(text: str, lang: str = "en") -> set[tuple[str, str, str]]:
    from warta.api import extract

    return {(e.type, e.source.code, e.target.code if e.target else "") for e in extract(text, lang=lang, published=PUB)}


@pytest.mark.parametrize(("lang", "text", "key"), [
    # a wire dateline names where the report was filed: its capital is no party (the subject is)
    ("en", "KABUL (Reuters) - Gunmen stormed a wedding hall on Friday and killed at least nine guests, officials said.",
     ("ASSAULT", "AFGREB", "AFGCVL")),
    ("en", "WASHINGTON - The United States imposed new sanctions on Iran on Monday.", ("SANCTION", "USA", "IRN")),
    # a state, an office's field and its noun are one actor (lang/en/word_classes.tsv office_field)
    ("en", "U.S. immigration authorities deported 120 Mexicans through the Nogales crossing.", ("COERCE", "USAGOV", "MEXCVL")),  # plural people words are CVL
    ("en", "Turkish tax officials raided the offices of a newspaper in Istanbul.", ("COERCE", "TURGOV", "TURMED")),
    ("en", "Nigerian state police arrested 12 protesters in Lagos.", ("COERCE", "NGACOP", "NGACVL")),
    # a gang is an armed group of its place
    ("en", "A gang in Port-au-Prince attacked a police station, killing two officers.", ("ASSAULT", "HTIREB", "HTICOP")),
    # "populasi" is a population, as "penduduk"
    ("id", "Myanmar mengusir populasi Rohingya dari Rakhine.", ("COERCE", "MMR", "MMRCVL")),
])  # fmt: skip
def test_part_p_actors(lang, text, key):
    assert key in _full(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    # a name in capitals with a dash after it but no agency and no place (a state's aside) is still a party
    ("en", "Russia - which invaded Ukraine in 2022 - rejected the plan."),
    # a verb between a state and a sector noun keeps them apart
    ("en", "Iran told state officials to prepare for the storm."),
    ("id", "Populasi ikan di Danau Toba menurun tajam tahun ini."),
])  # fmt: skip
def test_part_p_actors_negative(lang, text):
    got = _full(text, lang)
    if text.startswith("Russia"):
        assert ("ASSAULT", "RUS", "UKR") in got
    else:
        assert not [k for k in got if k[1].endswith("GOV") and k[0] != "REQUEST" or k[2].endswith("CVL")], got


@pytest.mark.parametrize(("text", "key", "coded"), [
    # a demand or an appeal with no object of its own, coordinated right after its agent's act on a party, is
    # addressed to that party (knowledge/event_types.tsv shares_object)
    ("Blinken met the Chinese envoy and urged restraint.", ("REQUEST", "USA", "CHN"), True),
    # ... not an act in a clause before it
    ("While supporting Russia and North Korea, Xi has presented Beijing as neutral and urged better ties with the West.",
     ("REQUEST", "CHN", "PRK"), False),
])  # fmt: skip
def test_part_p_shared_object(text, key, coded):
    assert (key in event_keys(text, "en", PUB)) is coded


@pytest.mark.parametrize(("text", "key"), [
    # a possessive state, one qualifying word and an office are one actor ("Japan's trade ministry")
    ("South Korea's unification ministry urged Pyongyang to return to talks.", ("REQUEST", "KORGOV", "PRKGOV")),
    # curbs or controls imposed on a state or its firms are sanctions
    # (the chipmakers are firms, CHNBUS, since helper CB's firm nouns of session 23: GUIDELINES add a sector the text shows)
    ("Washington tightened export controls on Chinese chipmakers.", ("SANCTION", "USAGOV", "CHNBUS")),
    # "inside" brings a place as "in" does
    ("Pakistan struck militant hideouts inside Afghanistan.", ("ASSAULT", "PAK", "AFGREB")),
])  # fmt: skip
def test_part_p_batch6_fixes(text, key):
    assert key in _full(text)


def test_domestic_restrictions_are_no_sanction():
    assert not [k for k in _full("Nigeria imposed restrictions on fuel sales in Lagos.") if k[0] == "SANCTION"]
