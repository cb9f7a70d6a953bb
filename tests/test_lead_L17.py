"""Fixes of the lead's seventeenth session, each with sentences of our own and a negative.

- Dismissing an allegation, a claim or a report as baseless, groundless, unfounded, absurd or ridiculous is denying
  it (REJECT 120, as "denied the accusation"; own sets Z and verbal_own code it so), not disapproval: the words of
  truth left the "dismissed X as <label>" row (ACCUSE 111) for the "called it baseless" row. A label of disapproval
  ("dismissed the report as a smear campaign") stays ACCUSE.
- Forces pulled back are withdrawn as forces pulled out are ("pulled its troops back from the border", "pulled back
  its soldiers"); pulling anything else back is no retreat.
- Blame placed with no determiner ("placed blame on both Germany and Austria") is blaming, as "placed the blame on".
- A name no list knows between a comma and the verb is the clause's subject: "After German forces crossed the border,
  Chamberlain blamed Germany" has no source we know, not the German forces of the fronted clause (tuning: two false
  alarms in each language). A date before the verb and a name set off by commas right after the actor (an
  apposition: "Menteri Pertahanan AS, Robert Gates, Selasa bertemu ...") leave the actor the subject.
- A protest against a state named by an "anti-" prefix is aimed at that state (word class against_prefix): "demonstrasi
  anti-China di Hanoi" is Vietnamese protesters against China, not against their own government; "anti-American
  slogans in Karachi" against the US; the protesters never take that state as their own. "anti-pemerintah" /
  "anti-government" stays a protest against the protesters' own government.
- A "drive" boosted or stepped up is a campaign, not an offensive: the derived PETRARCH2 pattern (BOOST "* DRIVE",
  ASSAULT 190) is dropped in scripts/derive_triggers.py (a false attack in the tuning set); "stepped up its
  offensive" stays an attack.
"""

from __future__ import annotations

import pytest

from sentence_sets import event_keys

PUB = "2026-12-06"


@pytest.mark.parametrize(("text", "key"), [
    ("The Kremlin dismissed the allegations as baseless.", ("REJECT", "RUS", "")),
    ("Beijing dismissed Manila's accusations as groundless.", ("REJECT", "CHN", "PHL")),
    ("Moscow dismissed the claims as absurd.", ("REJECT", "RUS", "")),
    ("Tehran dismissed the American report as ridiculous.", ("REJECT", "IRN", "USA")),
])
def test_dismissed_as_untrue_is_a_denial(text, key):
    keys = event_keys(text, "en", PUB)
    assert key in keys
    assert not [k for k in keys if k[0] == "ACCUSE"]


def test_dismissed_as_a_label_stays_disapproval():
    keys = event_keys("The Chinese foreign ministry dismissed the American report as a smear campaign.", "en", PUB)
    assert ("ACCUSE", "CHN", "USA") in keys


@pytest.mark.parametrize(("text", "key"), [
    ("Russia pulled its troops back from the Ukrainian border.", ("RETREAT", "RUS", "UKR")),
    ("Russia pulled back its soldiers after the talks.", ("RETREAT", "RUS", "")),
    ("Turkey pulled its forces back from northern Syria.", ("RETREAT", "TUR", "SYR")),
])
def test_forces_pulled_back(text, key):
    assert key in event_keys(text, "en", PUB)


@pytest.mark.parametrize("text", [
    "The coach pulled his players back after the first goal.",
    "Russia pulled back from the brink of a trade war.",
])
def test_nothing_else_pulled_back(text):
    assert not [k for k in event_keys(text, "en", PUB) if k[0] == "RETREAT"]


@pytest.mark.parametrize(("text", "key"), [
    ("The British prime minister placed blame on both Germany and Austria.", ("ACCUSE", "GBR", "DEU")),
    ("The Indian government put blame on Pakistan for the attack.", ("ACCUSE", "IND", "PAK")),
])
def test_blame_placed_without_determiner(text, key):
    assert key in event_keys(text, "en", PUB)


def test_blame_placed_on_no_party():
    assert not event_keys("The coach placed blame on the weather for the defeat.", "en", PUB)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "After German forces crossed the border, Chamberlain blamed Germany and Austria."),
    ("en", "Hours after Israeli troops entered the camp, Haniyeh condemned the raid."),
    ("id", "Setelah pasukan Jerman melintasi perbatasan, Chamberlain menyalahkan Jerman."),
])
def test_unknown_name_is_the_subject(lang, text):
    keys = event_keys(text, lang, PUB)
    assert not [k for k in keys if k[0] == "ACCUSE"]


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "After German forces crossed the border, Britain blamed Germany.", ("ACCUSE", "GBR", "DEU")),
    ("id", "Menteri Pertahanan Amerika Serikat, Robert Gates, Selasa bertemu dengan Raja Yordania Abdullah II.",
     ("CONSULT", "USA", "JOR")),
    ("en", "The US defence secretary, Robert Gates, on Tuesday met King Abdullah of Jordan.", ("CONSULT", "USA", "JOR")),
])
def test_known_subject_or_apposition_stays(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("id", "Ribuan orang menggelar demonstrasi anti-China di Hanoi.", ("PROTEST", "VNM", "CHN")),
    ("id", "Pengunjuk rasa meneriakkan slogan anti-Amerika di Karachi.", ("PROTEST", "PAK", "USA")),
    ("en", "Angry crowds chanted anti-American slogans in Karachi.", ("PROTEST", "PAK", "USA")),
    ("en", "Thousands of Pakistanis held anti-American protests in Karachi.", ("PROTEST", "PAK", "USA")),
    ("id", "Ribuan mahasiswa menggelar demonstrasi anti-pemerintah di Jakarta.", ("PROTEST", "IDN", "IDN")),
])
def test_protest_against_a_state_by_prefix(lang, text, key):
    keys = event_keys(text, lang, PUB)
    assert key in keys
    assert len([k for k in keys if k[0] == "PROTEST"]) == 1


def test_protesters_are_not_of_the_state_they_oppose():
    keys = event_keys("Angry crowds chanted anti-American slogans.", "en", PUB)
    assert ("PROTEST", "USA", "USA") not in keys


def test_a_drive_boosted_is_no_attack():
    text = "The new tax will be boosting the British government's drive to combat rough sleeping."
    assert not [k for k in event_keys(text, "en", PUB) if k[0] == "ASSAULT"]


def test_an_offensive_stepped_up_stays_an_attack():
    keys = event_keys("Russian forces stepped up their offensive against Ukrainian positions.", "en", PUB)
    assert ("ASSAULT", "RUS", "UKR") in keys
