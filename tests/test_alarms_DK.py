"""False alarms on English domestic news, by construction (helper DK, session 30): own news-style sentences in English
(tests/data/alarms_DK.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them: half are senses and
constructions that carry no political act (force words in a match, a storm or a fire that hits or threatens, a
takeover bid or an offer between firms, a patient fighting an infection, a court's adjournment, attributive
participles such as "the wanted man" and "the injured", an expert's speculation, a past attack named as a noun), the
other half events that must still fire."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "alarms_DK.jsonl"
PUB = "2002-05-15"

# Measured right after coding, before any fix (2026-12-07, fam-DK at 074d0d71): en F1 0.821 (TP 16, FP 4, FN 3).
# Missed: tear gas used against protesters (no ASSAULT), a ceasefire agreement signed by two sides (read as SUPPORT
# both ways, two false alarms); and a one-day cricket final "clashed" is coded as ASSAULT both ways.
# After batch 1 (supposed acts, wins by a margin and one-day series, forces that arrive, the doer's noun before its
# verb): en F1 0.865 (TP 16, FP 2, FN 3): the cricket final is no longer an assault; the signing and the tear gas left.
# Batches 2-7 (commerce between firms, an alert of the unarmed, asylum seekers, clashes of words, a qualifying
# participle, arrests at a match, deployments abroad, what a request's content is against, a person joining an armed
# group's side) came from classes of the tuning set's false alarms; the set stays at en F1 0.865 (TP 16, FP 2, FN 3)
# at the end of session 30.
# Session 31 (helper DN, fam-DL brought back): en F1 0.895 (TP 17, FP 2, FN 2): Woomera is a town (regions.tsv), so
# the tear gas is Australia's police on protesters; "the Woomera detention centre" no detention (a name of no actor
# after a determiner qualifies the noun after it, roles.is_noun).
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.894, 2)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "alarms-DK", RATCHET)


# the fixes, each with sentences of our own (not of the set's file) and a negative
@pytest.mark.parametrize(("text", "absent"), [
    # (1) a plan said not to be (conventions supposed-act)
    ("The minister said Australia would not send troops to Iraq.", ("AID", "AUS", "IRQ")),
    # (2) a win by a margin is a match or a vote (conventions sport, word class margin_unit)
    ("England defeated India by seven wickets at Lord's on Sunday.", ("ASSAULT", "GBR", "IND")),
    ("Labor beat the Liberals by 12 seats in the Victorian election.", ("ASSAULT", "AUS", "AUS")),
    # (3) forces named as such that arrive are moved, no official visit (practice.official_visit)
    ("About 300 New Zealand soldiers arrived in East Timor on Tuesday.", ("CONSULT", "NZL", "TLS")),
    # (4) a noun of the act heading its doer's phrase, a verb of the act after it (conventions inside-actor): the verb
    # codes the act, the noun no second one with parties guessed from the place
    ("Two people were hurt when a Palestinian suicide bomber killed himself outside a cafe in Haifa.", ("ASSAULT", "ISR", "ISR")),
    # (5) support or cooperation between two firms is commerce (conventions between-firms, event_types fact commerce)
    ("Indonesian state oil firm Pertamina signed a supply agreement with Malaysian energy company Petronas.",
     ("SUPPORT", "IDN", "MYS")),
    # (6) an alert of the unarmed is no mobilisation (triggers.tsv alert: mode troops, practice.armed_enough)
    ("Firefighters across Victoria remain on high alert as temperatures climb.", ("MOBILIZE", "AUS", "")),
    # (7) people named by what they seek are no asylum granted (word class modified_head; triggers.tsv asylum a noun)
    ("Papua New Guinea will take another 300 asylum seekers from Australia.", ("AID", "PNG", "AUS")),
    # (8) a mutual clash of words is words both ways (conventions verbal-attack)
    ("Prime Minister John Howard and Opposition Leader Simon Crean clashed over the budget.", ("ASSAULT", "AUS", "AUS")),
    # (9) a participle that qualifies a party or a stance is no act (conventions compound-modifier)
    ("The French president said Mahmoud Abbas remains the only negotiating partner for Israel.", ("CONSULT", "PSE", "ISR")),
    # (10) whom an act asked for is against is not the one asked (conventions content-against)
    ("Hezbollah called for more rocket attacks against Israel at a rally in Beirut.", ("REQUEST", "LBN", "ISR")),
    # (11) a private person fighting with or alongside an armed group has joined its side (conventions joined-side)
    ("A Belgian man has been fighting with the Taliban in Afghanistan.", ("ASSAULT", "BEL", "AFG")),
    ("Police say a Melbourne man suspected of fighting alongside al-Qaida was arrested in Pakistan.",
     ("COOPERATE", "AUS", "XXX")),
])
def test_alarm_negatives(text, absent):
    assert absent not in event_keys(text, "en", PUB)


@pytest.mark.parametrize(("text", "key"), [
    # the negatives of the fixes: a threat with its condition is the event; a beating with no margin is force; a
    # leader's or a military chief's arrival is a visit
    ("Russia threatened to strike Kyiv if Ukraine attacked Crimea.", ("THREATEN", "RUS", "UKR")),
    ("Indonesian police beat three students at a rally in Makassar.", ("ASSAULT", "IDN", "IDN")),
    ("Indonesian President Megawati Sukarnoputri arrived in Canberra on Monday.", ("CONSULT", "IDN", "AUS")),
    ("China's army chief arrived in Jakarta on Monday.", ("CONSULT", "CHN", "IDN")),
    ("A Palestinian suicide bomber killed 15 Israelis in Haifa.", ("ASSAULT", "PSE", "ISR")),
    ("Japan signed an agreement with Indonesia on electric car batteries.", ("SUPPORT", "JPN", "IDN")),
    ("Police in Sydney are on high alert after the bombing.", ("MOBILIZE", "AUS", "")),
    ("Sweden granted asylum to the Eritrean journalist.", ("AID", "SWE", "ERI")),
    ("Indian and Pakistani troops clashed along the line of control in Kashmir.", ("ASSAULT", "PAK", "IND")),
    ("Israeli jets were bombing camps in Gaza on Monday.", ("ASSAULT", "ISR", "PSE")),
    ("The Thai army deployed 3,000 troops along the border.", ("MOBILIZE", "THA", "")),
    ("Armenia's prime minister made a plea to Russia for help against Azerbaijan.", ("REQUEST", "ARM", "RUS")),
    ("Local farmers fought with police in Sulawesi.", ("ASSAULT", "IDN", "IDN")),
    ("Afghan villagers clashed with Taliban fighters near Kandahar.", ("ASSAULT", "AFG", "AFG")),
])
def test_alarm_fixes_keep_the_event(text, key):
    assert key in event_keys(text, "en", PUB)
