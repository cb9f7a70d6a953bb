"""Real English news of about 2002, Lee documents 51-100 (helper BV, session 22): tuning part Z
(tests/data/ntrex_tuning/Z.jsonl, coded by GUIDELINES.md before any run; its ratchet is the row "Z" of
tests/test_ntrex_tuning.py). Start, per line: en F1 0.262 (TP 24, FP 91, FN 44); in documents 0.194 (TP 27, FP 184,
FN 41). Each fix below has sentences of our own (not of the part) in both languages where the rule is
language-independent, and a negative."""

from __future__ import annotations

import pytest

from sentence_sets import event_keys

PUB = "2002-01-15"


# (1) a forum: a mutual act of one group of more than three countries, each with each other, codes no pair
@pytest.mark.parametrize(("lang", "text", "absent"), [
    ("en", "Foreign ministers from France, Germany, Italy, Spain and Poland met in Warsaw on Monday.",
     ("CONSULT", "FRA", "POL")),
    ("en", "Leaders of Kenya, Uganda, Tanzania and Rwanda held talks in Arusha.", ("CONSULT", "KEN", "RWA")),
    ("id", "Menteri luar negeri Prancis, Jerman, Italia, Spanyol dan Polandia bertemu di Warsawa pada Senin.",
     ("CONSULT", "FRA", "POL")),
    ("id", "Para pemimpin Kenya, Uganda, Tanzania dan Rwanda melakukan pembicaraan di Arusha.",
     ("CONSULT", "KEN", "RWA")),
])  # fmt: skip
def test_forum_codes_no_pairs(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)


# the negative: two or three parties meeting are coded each way
@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "Foreign ministers of France, Germany and Italy met in Rome on Monday.", ("CONSULT", "FRA", "ITA")),
    ("en", "Leaders of Kenya and Uganda held talks in Kampala.", ("CONSULT", "UGA", "KEN")),
    ("id", "Menteri luar negeri Prancis, Jerman dan Italia bertemu di Roma pada Senin.", ("CONSULT", "ITA", "FRA")),
])  # fmt: skip
def test_few_parties_still_meet(lang, text, key):
    assert key in event_keys(text, lang, PUB)


# (2) actors of the news of 2001-2002 in the dated actor data: Australian office-holders before the Phoenix rows
# (which start in 2003), the Northern Alliance, the Commonwealth Ministerial Action Group, Hamas's Rantissi, Australian
# federal agencies and Phillips Petroleum; the same act in both languages
@pytest.mark.parametrize(("lang", "text", "key"), [
    ("id", "Aliansi Utara menangkap dua pejuang Pakistan di dekat Kunduz.", ("COERCE", "AFG", "PAK")),
    ("en", "Opposition leader Simon Crean accused Prime Minister John Howard of hiding the truth.",
     ("ACCUSE", "AUS", "AUS")),
    ("en", "The Commonwealth Ministerial Action Group suspended Fiji after the coup.", ("SANCTION", "IGOCN", "FJI")),
    ("id", "Kelompok Aksi Menteri Persemakmuran menangguhkan Fiji setelah kudeta.", ("SANCTION", "IGOCN", "FJI")),
    ("en", "Foreign Minister Alexander Downer condemned Zimbabwe's government.", ("ACCUSE", "AUS", "ZWE")),
    ("en", "Palestinian police arrested Abdel Aziz al-Rantissi in Gaza City.", ("COERCE", "PSE", "PSE")),
    ("id", "Polisi Palestina menangkap Abdel Aziz al-Rantissi di Kota Gaza.", ("COERCE", "PSE", "PSE")),
])  # fmt: skip
def test_actors_of_2002_news(lang, text, key):
    assert key in event_keys(text, lang, PUB)


# the negative: a bank named after the Commonwealth is not the Commonwealth of Nations
def test_commonwealth_bank_is_no_igo():
    assert not any(k[1] == "IGOCN" for k in event_keys("The Commonwealth Bank criticised Fiji's government.", "en", PUB))


# (3) advocacy groups are a national NGO, as rights groups are (lang/en/sectors.tsv); campaigners are OPP of their state
@pytest.mark.parametrize(("text", "key"), [
    ("British anti-war campaigners accused Tony Blair of lying.", ("ACCUSE", "GBR", "GBR")),
    ("Australian child rights campaigners have accused the Governor-General of a cover-up.", ("ACCUSE", "AUS", "AUS")),
    ("Australian child protection groups called on the Governor-General to resign.", ("REQUEST", "AUS", "AUS")),
])  # fmt: skip
def test_campaigners_and_advocacy_groups_act(text, key):
    assert key in event_keys(text, "en", PUB)


def test_campaigners_of_no_state_stay_unknown():  # the negative: no state named, none guessed
    assert not event_keys("Campaigners accused the company of polluting the river.", "en", PUB)


# (4) a participle set off by a comma after the people it names and followed by a preposition is a passive with no
# agent, not their act (roles._reduced_relative; Indonesian marks its passive, "yang ditangkap", so reads it already)
@pytest.mark.parametrize(("lang", "text", "absent", "key"), [
    ("en", "Two Indian soldiers, killed in a clash with Pakistani troops, were buried on Monday.",
     ("ASSAULT", "IND", "PAK"), None),
    ("en", "A Chinese diplomat, expelled from Canada in May, returned to Beijing.", ("COERCE", "CHN", "CHN"), None),
    ("en", "A Russian journalist, arrested in Minsk last week by Belarusian police, was freed.",
     ("COERCE", "RUS", "BLR"), ("COERCE", "BLR", "RUS")),
    ("id", "Seorang wartawan Rusia, yang ditangkap di Minsk pekan lalu oleh polisi Belarus, dibebaskan.",
     ("COERCE", "RUS", "BLR"), ("COERCE", "BLR", "RUS")),
])  # fmt: skip
def test_participle_after_a_comma_is_passive(lang, text, absent, key):
    keys = event_keys(text, lang, PUB)
    assert absent not in keys
    assert key is None or key in keys


def test_active_verb_after_a_comma_stays_active():  # the negative: an object after the verb, the subject acts
    assert ("ASSAULT", "ISR", "PSE") in event_keys("Israeli troops, meanwhile, killed two Palestinians in Gaza.", "en", PUB)


# (5) an act said to exist ("there are calls for X to resign") names no author before it: the subject of another
# clause is not its source (conventions existential; Indonesian "ada" was measured and taken back)
@pytest.mark.parametrize("text", [
    "In a statement, Malaysia's prime minister denied the claims, but there are growing calls for him to resign.",
    "Japan's opposition said there were protests against the Chinese embassy in Tokyo.",
])  # fmt: skip
def test_existential_names_no_author(text):
    keys = event_keys(text, "en", PUB)
    assert not any(k[0] in ("REQUEST", "PROTEST") for k in keys), keys


def test_calls_with_their_author_stay():  # the negative: the author named with the noun
    keys = event_keys("Japan's opposition renewed its calls for the prime minister to resign.", "en", PUB)
    assert ("REQUEST", "JPN", "JPN") in keys


# (6) a verb right after ", which" whose head is a plain noun (a thing, an unnamed person) has that for its subject, not
# the main clause's (roles._thing_relative; with no comma, Indonesian "yang" left: it cost a blind event, totals only)
@pytest.mark.parametrize("text", [
    "Police released a report on the bombing, which killed eight Iraqi civilians.",
    "The Australian Transport Safety Bureau released its report into the crash, which killed eight people.",
])  # fmt: skip
def test_thing_before_which_is_the_subject(text):
    assert not any(k[0] == "ASSAULT" for k in event_keys(text, "en", PUB))


def test_actor_before_which_still_acts():  # the negative: a named party before ", which" is the relative's subject
    assert ("ASSAULT", "RUS", "UKR") in event_keys("Russia, which attacked Ukraine in 2022, denied the charge.", "en", PUB)
