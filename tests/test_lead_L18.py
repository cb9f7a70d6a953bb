"""Fixes of the lead's eighteenth session, each with sentences of our own and a negative.

- A party hit with sanctions in the passive is their target when a modifier and the sanctioning state stand between
  the verb and the measure: "Russia was hit with fresh US sanctions" is USA → RUS (it was read as RUS → USA through
  the active row with an object, whose gap let "with fresh US" pass).
- What an election gives is no force: "captured 40 seats", "won a majority", "seized the presidency" (as Indonesian
  "kursi", "suara"); storming a chamber still is.
- Unnamed people or forces said to be foreign (word class foreign: "foreign troops", "pasukan asing") take no state
  from the scene, the other party or the article: "Foreign troops attacked a village in northern Mali" was MLI → MLI.
  An office stays its own state's ("the foreign minister").
- A rejection whose pattern names the act rejected is aimed at the act's author named right after it by a verb of
  authorship: "menolak gencatan senjata yang diusulkan Israel", "rejected the ceasefire proposed by Israel" (as
  "menolak rencana gencatan senjata yang diusulkan Israel" already was).
- The recipient of things given reaches past the commas of their list: "sent weapons, ammunition and armoured vehicles
  to Ukraine", "memberikan makanan, obat-obatan dan tenda kepada Nepal" (a comma ended the clause; tuning en +1).
- A verbal attack on a deal, a speech, a response, legislation, measures, tactics or conduct is criticism (the
  verbalattack row's word list): "Tory MPs attacked Boris Johnson's Brexit deal" was an armed attack.
"""

from __future__ import annotations

import pytest

from sentence_sets import event_keys

PUB = "2026-12-06"


@pytest.mark.parametrize(("text", "key"), [
    ("Russia was hit with fresh US sanctions on Monday.", ("SANCTION", "USA", "RUS")),
    ("Venezuela was hit with new American sanctions last week.", ("SANCTION", "USA", "VEN")),
    ("Iran was hit with new sanctions by the European Union.", ("SANCTION", "IGOEU", "IRN")),
])
def test_hit_with_sanctions_in_the_passive(text, key):
    keys = event_keys(text, "en", PUB)
    assert key in keys
    assert (key[0], key[2], key[1]) not in keys


def test_hitting_a_party_with_sanctions_stays_active():
    assert ("SANCTION", "USA", "CHN") in event_keys("The United States hit China with new tariffs.", "en", PUB)


@pytest.mark.parametrize("text", [
    "The ruling party captured 40 seats in the vote.",
    "Labour won a majority of seats in Scotland.",
    "The opposition seized the presidency in the runoff.",
])
def test_electoral_gains_are_no_force(text):
    assert not [k for k in event_keys(text, "en", PUB) if k[0] in ("ASSAULT", "COERCE")]


@pytest.mark.parametrize(("text", "key"), [
    ("Rebels captured the town of Idlib from government forces.", ("ASSAULT", "SYR", "SYR")),
    ("Protesters stormed the Senate in Brasilia.", ("PROTEST", "BRA", "BRA")),
])
def test_force_on_places_and_chambers_stays(text, key):
    assert key in event_keys(text, "en", PUB)


@pytest.mark.parametrize(("text", "lang"), [
    ("Foreign troops attacked a village in northern Mali.", "en"),
    ("Foreign fighters killed 12 soldiers in Syria.", "en"),
    ("Pasukan asing menyerang sebuah desa di Mali utara.", "id"),
    ("Kombatan asing menewaskan 12 tentara di Suriah.", "id"),
    ("Kidnappers seized three foreign engineers in the Niger Delta.", "en"),
])
def test_foreign_forces_are_not_of_the_scene(text, lang):
    keys = event_keys(text, lang, PUB)
    assert not [k for k in keys if k[1] and k[1] == k[2]], keys


@pytest.mark.parametrize(("text", "lang", "key"), [
    ("Malian troops attacked a village in northern Mali.", "en", ("ASSAULT", "MLI", "MLI")),
    ("Pasukan Mali menyerang sebuah desa di Mali utara.", "id", ("ASSAULT", "MLI", "MLI")),
    ("Foreign Minister Retno Marsudi met Sergei Lavrov in Moscow.", "en", ("CONSULT", "IDN", "RUS")),
])
def test_named_forces_and_offices_keep_their_state(text, lang, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("text", "lang", "key"), [
    ("Hamas menolak gencatan senjata yang diusulkan Israel.", "id", ("REJECT", "PSE", "ISR")),
    ("Ukraina menolak gencatan senjata yang ditawarkan Rusia.", "id", ("REJECT", "UKR", "RUS")),
    ("Hamas rejected the ceasefire proposed by Israel.", "en", ("REJECT", "PSE", "ISR")),
])
def test_rejected_act_named_with_its_author(text, lang, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("text", "lang"), [
    ("Hamas menolak gencatan senjata yang dilanggar kemarin.", "id"),
    ("Hamas rejected the ceasefire on Monday in Gaza.", "en"),
])
def test_rejected_act_without_an_author_verb_names_no_author(text, lang):
    assert not [k for k in event_keys(text, lang, PUB) if k[0] == "REJECT" and k[2]]


@pytest.mark.parametrize(("text", "lang", "key"), [
    ("Germany sent weapons, ammunition and armoured vehicles to Ukraine.", "en", ("AID", "DEU", "UKR")),
    ("Japan has provided medicine, relief supplies and desperately needed fuel to Libya.", "en", ("AID", "JPN", "LBY")),
    ("Canada delivered tents, blankets, water pumps and generators to Turkey.", "en", ("AID", "CAN", "TUR")),
    ("Jepang memberikan makanan, obat-obatan dan tenda kepada Nepal.", "id", ("AID", "JPN", "NPL")),
    ("Jerman mengirimkan senjata, amunisi dan kendaraan lapis baja ke Ukraina.", "id", ("AID", "DEU", "UKR")),
])
def test_recipient_after_a_list_of_things_given(text, lang, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("text", "lang"), [
    ("Germany sent weapons, and France later spoke to Ukraine.", "en"),
    ("Jerman mengirimkan senjata, kemudian Prancis berbicara kepada Ukraina.", "id"),
])
def test_a_new_clause_after_the_comma_is_no_list(text, lang):
    assert not [k for k in event_keys(text, lang, PUB) if k[0] == "AID" and k[2] == "UKR"]


@pytest.mark.parametrize(("text", "key"), [
    ("Tory MPs attacked Boris Johnson's Brexit deal.", ("ACCUSE", "GBR", "GBR")),
    ("Democrats attacked the president's response to the hurricane.", ("ACCUSE", "USA", "USA")),
])
def test_verbal_attack_on_a_deal_or_response(text, key):
    keys = event_keys(text, "en", "2019-10-06")  # (Johnson in office)
    assert key in keys
    assert not [k for k in keys if k[0] == "ASSAULT"]


def test_armed_attack_on_positions_stays():
    assert ("ASSAULT", "ISR", "PSE") in event_keys("Israel attacked Hamas positions in Gaza.", "en", PUB)
