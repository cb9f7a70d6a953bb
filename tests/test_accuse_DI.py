"""English accusations by construction (helper DI, session 30): own news-style sentences (tests/data/accuse_DI.jsonl),
coded by GUIDELINES.md BEFORE warta was run on any of them: evaluative speech about a party or its act ("called the
controls illegal", "described the strike as a violation of"), a party named as the author of a wrong ("held
Pyongyang responsible", "attributed the bombing to", "may have committed war crimes", "was behind the attack"),
investigations and legal acts ("opened an investigation into", "placed under investigation", "filed a lawsuit",
"convicted", "indicted"), summons and formal protests, a rejection of accusations, and ten sentences with no event
(attributive participles "banned", "wanted", "occupied", "charged"; evaluations of no party)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "accuse_DI.jsonl"
PUB = "2025-06-20"

# Measured right after coding, before any fix (2026-12-07, fam-DI on main b663a7f0): en F1 0.806 (TP 25, FP 4, FN 8).
# After batch 1 (labels closing the clause, wrongs amounting to a crime, gravest wrongs said of a party): en F1 0.892
# (TP 29, FP 3, FN 4).
# Brought back by helper DM (session 31) with the rules that broke older own sets narrowed: the same; with a verdict's
# speaker found after a determiner (DM batch 4): en F1 0.909 (TP 30, FP 3, FN 3).
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.908, 3)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "accuse-DI", RATCHET)


# --- batch 1: labels closing the clause, wrongs amounting to a crime, the gravest wrongs and banned force said of a
# party, an attack attributed to a party named after a place (lang/en/triggers.tsv, block "helper DI"); own sentences,
# not of the set's file, each with a negative
@pytest.mark.parametrize(("text", "key"), [
    ("Beijing called the new Japanese export rules unfair and discriminatory.", ("ACCUSE", "CHN", "JPN")),
    ("Moscow called the Lithuanian transit ban illegal under international law.", ("ACCUSE", "RUS", "LTU")),
    ("The Iraqi government deemed the Turkish air strikes unacceptable.", ("ACCUSE", "IRQ", "TUR")),
    ("Armenia's prime minister said Azerbaijani soldiers had committed atrocities in the villages.",
     ("ACCUSE", "ARM", "AZE")),
    ("The French foreign minister said Syrian forces had used chemical weapons near Damascus.", ("ACCUSE", "FRA", "SYR")),
    ("Lebanon attributed the explosion in Tyre to Israel.", ("ACCUSE", "LBN", "ISR")),
    ("The Philippine coast guard said Chinese vessels had violated its exclusive economic zone.",
     ("ACCUSE", "PHL", "CHN")),
])
def test_batch1_accusations(text, key):
    assert key in event_keys(text, "en", PUB)


@pytest.mark.parametrize(("text", "etype"), [
    # a label before a noun, or a label of no party
    ("The European Union called on Morocco to stop illegal fishing off the coast of Western Sahara.", "ACCUSE"),
    ("The inspectors called the conditions in the prison inhumane.", "ACCUSE"),
    # the reporter's own "committed", "used": the act, no accusation
    ("Police said the fire at the warehouse had used up most of the water in the town.", "ACCUSE"),
    # an increase attributed to a cause, no party
    ("The central bank attributed the rise in prices to the drought.", "ACCUSE"),
])
def test_batch1_negatives(text, etype):
    assert etype not in {k[0] for k in event_keys(text, "en", PUB)}


# --- batch 2: the author of a party's act judged by its word (word class judged_act, roles._object_act) and the
# suspect of an inquiry into reports that a party did something (roles._reported_suspect); own sentences
@pytest.mark.parametrize(("text", "key"), [
    ("Bangladesh criticised the remarks by the Myanmar army chief.", ("ACCUSE", "BGD", "MMR")),
    ("Greece objected to the remarks by the Turkish defence minister.", ("ACCUSE", "GRC", "TUR")),
    ("The Lebanese government condemned the decision by Israel to build the wall.", ("ACCUSE", "LBN", "ISR")),
    ("The Nigerian police are investigating reports that Cameroonian soldiers crossed the border.",
     ("ACCUSE", "NGA", "CMR")),
])
def test_batch2_authors_and_suspects(text, key):
    assert key in event_keys(text, "en", PUB)


@pytest.mark.parametrize(("text", "key"), [
    # an inquiry into a question names no suspect; reports with no "that" clause name none either
    ("Kenyan police are investigating reports of a fire at the market in Nairobi.", ("ACCUSE", "KEN", "KEN")),
    # reports that a party was harmed name no suspect in that party when a comma ends the clause first
    ("Italian prosecutors are investigating reports that, in Libya, migrants were beaten.", ("ACCUSE", "ITA", "LBY")),
])
def test_batch2_negatives(text, key):
    assert key not in event_keys(text, "en", PUB)


# --- batch 4: an act called an attempt to bring a party down, an act used as a pretext, a party trying to wreck
# another's, a party called guilty in reported speech (lang/en/triggers.tsv, block "helper DI"), and the verdict
# frame's party read after "that" (not the one told: roles._verdict); own sentences
@pytest.mark.parametrize(("text", "key"), [
    ("The Cuban government called the new American measures an attempt to destabilise the island.",
     ("ACCUSE", "CUB", "USA")),
    ("The Syrian foreign minister said Turkey was using the refugees as a pretext for its offensive.",
     ("ACCUSE", "SYR", "TUR")),
    ("The Iranian foreign minister told reporters that Israel was trying to sabotage the nuclear talks.",
     ("ACCUSE", "IRN", "ISR")),
    ("The Ukrainian president said Russia is guilty of genocide.", ("ACCUSE", "UKR", "RUS")),
])
def test_batch4_accusations(text, key):
    assert key in event_keys(text, "en", PUB)


@pytest.mark.parametrize(("text", "key"), [
    # the one told is not the one judged
    ("The Iranian foreign minister told Reuters that the Israelis were trying to sabotage the talks.",
     ("ACCUSE", "IRN", "GBR")),
    # no speaker: the reporter's own words
    ("Russia was trying to undermine the talks in Geneva.", ("ACCUSE", "RUS", "CHE")),
])
def test_batch4_negatives(text, key):
    assert key not in event_keys(text, "en", PUB)


# --- batch 5: a charge's participle with its agent behind "by" in the pattern's gap, or with "of" right after it
# (roles._agent_in_gap, roles._charge_participle); own sentences
@pytest.mark.parametrize(("text", "key"), [
    ("The Russian spy accused by Britain of attacks on dissidents died in Moscow.", ("ACCUSE", "GBR", "RUS")),
    ("The Indian government accused Pakistan of staging an attack on the border post.", ("ACCUSE", "IND", "PAK")),
])
def test_batch5_accusations(text, key):
    assert key in event_keys(text, "en", PUB)


@pytest.mark.parametrize(("text", "key"), [
    # the accused are no accusers
    ("The Russian spy accused by Britain of attacks on dissidents died in Moscow.", ("ACCUSE", "RUS", "GBR")),
    ("Indonesian police detained militants from a radical group accused of staging an attack on the Australian embassy.",
     ("ACCUSE", "AUS", "AUS")),
])
def test_batch5_negatives(text, key):
    assert key not in event_keys(text, "en", PUB)


# --- batch 7: an inquiry into an accident with no suspect named is no accusation (conventions accident-inquiry, word
# class accident_noun); own sentences
@pytest.mark.parametrize("text", [
    "The Indonesian transport ministry launched an investigation into the crash of the passenger jet.",
    "Greek authorities are investigating the derailment of a train near Larissa.",
])
def test_batch7_accident_inquiries(text):
    assert "ACCUSE" not in {k[0] for k in event_keys(text, "en", PUB)}


@pytest.mark.parametrize(("text", "key"), [
    # an inquiry into a killing, or into an accident with a suspect named, stays one
    ("Mexican prosecutors are investigating the killing of a journalist in Tijuana.", ("ACCUSE", "MEX", "")),
    ("Kenyan police are investigating the bus company over the crash near Naivasha.", ("ACCUSE", "KEN", "KEN")),
])
def test_batch7_inquiries_kept(text, key):
    assert key in event_keys(text, "en", PUB)


# --- batch 8: a bare verb joined by "and" to the verb of a purpose clause shares it (modality.is_purpose_clause);
# own sentences
@pytest.mark.parametrize(("text", "etype"), [
    ("The new law gives Egyptian police the power to detain and interrogate journalists.", "ACCUSE"),
    ("The Thai army sent soldiers to arrest and interrogate the protest leaders.", "ACCUSE"),
])
def test_batch8_coordinated_purpose(text, etype):
    assert etype not in {k[0] for k in event_keys(text, "en", PUB)}


@pytest.mark.parametrize(("text", "key"), [
    # a verb of the main clause after "and" is an act of its own
    ("Egyptian police detained and interrogated two journalists in Cairo.", ("ACCUSE", "EGY", "EGY")),
])
def test_batch8_main_clause_kept(text, key):
    assert key in event_keys(text, "en", PUB)


# --- batch 10: an inquiry named as the body told or addressed is no act (conventions inquiry-addressed); own sentences
@pytest.mark.parametrize("text", [
    "The Australian navy chief told a Senate inquiry that the Indonesian boats had turned back.",
    "The Canadian minister told a parliamentary inquiry that the Chinese firm had won the contract fairly.",
])
def test_batch10_inquiry_addressed(text):
    assert "ACCUSE" not in {k[0] for k in event_keys(text, "en", PUB)}


def test_batch10_inquiry_opened_kept():
    # an inquiry opened into a party stays an accusation
    assert ("ACCUSE", "IGOEU", "POL") in event_keys(
        "The European Commission opened an inquiry into the conduct of the Polish government.", "en", PUB)
