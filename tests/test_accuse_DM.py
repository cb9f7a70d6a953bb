"""English accusations, helper DM (session 31): fam-DI's accusations by construction brought back with the rules that
broke older own sets narrowed (tests/test_accuse_AT.py, tests/test_targetless.py), then more accusations the coder
missed. The own set tests/data/accuse_DM.jsonl (34 English, 10 Indonesian sentences, 11 with no event), coded by
GUIDELINES.md BEFORE warta was run on any of them: evaluative speech ("called X a provocation", "blamed X for", "held
X responsible", "denounced as"), investigations and legal acts ("opened an investigation into", "sued", "filed a
protest", "indicted", "charged", "convicted", "found guilty"), noun-phrase accusations ("X's criticism of Y",
"accusations by X that ..."), with negatives (an inquiry into a collapse, a coach blaming the rain, buses charged)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "accuse_DM.jsonl"
PUB = "2024-11-15"

# Measured right after coding, before any fix (2026-12-07, fam-DM 2b2eb0ca: fam-DI with batch 1; main d15b915b without
# fam-DI the same): en F1 0.833 (TP 20, FP 1, FN 7), id F1 1.000 (TP 7, FP 0, FN 0). After batch 2 (accusations dismissed
# as labels, degree words of blame, threats called, elections said stolen, prosecutions): en 0.923 (TP 24, FP 1, FN 3).
# After batch 3 (a passive denial of an accusation): en 0.943 (TP 25, FP 1, FN 2).
# Left: a label after a gap longer than six words ("called the American warship's passage through the Taiwan Strait a
# provocation"), the charged act read as an act ("charged ... with
# spreading terrorist propaganda" gives SUPPORT, by the convention that codes an accused act claimed by the accuser).
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.942, 1), "id": (0.999, 0)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "accuse-DM", RATCHET)
# --- batch 1: a charge's participle of a longer pattern is not an infinitive's "to" (roles._charge_participle: "The
# US House of Representatives voted to impeach" is the House's act, not a House voted on); a reported breach of a
# ceasefire stays the violator's act (lang/en/triggers.tsv saidviolated: no truce words, GUIDELINES: a report of an
# act is the act claimed by the reporter)
@pytest.mark.parametrize(("text", "key"), [
    ("Peru's Congress voted to impeach the interior minister.", ("ACCUSE", "PER", "PER")),
    ("The Brazilian Senate voted to impeach the president.", ("ACCUSE", "BRA", "BRA")),
])
def test_batch1_votes_to_impeach(text, key):
    # (the participle of a longer pattern stays one: tests/test_accuse_DI.py, "militants ... accused of staging")
    assert key in event_keys(text, "en", PUB)


@pytest.mark.parametrize("text", [
    "Israel said Hamas violated the truce in Gaza on Monday.",
    "Armenia said Azerbaijani troops breached the ceasefire overnight.",
])
def test_batch1_reported_truce_breach_is_no_accusation(text):
    assert "ACCUSE" not in {k[0] for k in event_keys(text, "en", PUB)}


def test_batch1_reported_breach_of_sovereignty_kept():
    # a breach of airspace or of a zone said by the state breached stays its accusation
    assert ("ACCUSE", "KOR", "PRK") in event_keys("Seoul said North Korean drones violated its airspace on Monday.",
                                                 "en", PUB)


# --- batch 2 (lang/en/triggers.tsv, rows of helper DM): an accusation dismissed as a label is a denial (denyaccuseas,
# REJECT 120, more specific than dismissas), a verdict of blame with a degree word (holdresponsibledeg), an act or a
# party called a threat or a hostile act (callthreat), an election said stolen or rigged by a party (saidstole), a
# prosecution is a charge (prosecute, ACCUSE 115, not the codebook's arrest); own sentences
@pytest.mark.parametrize(("text", "key"), [
    ("Beijing dismissed the Lithuanian accusations as slander.", ("REJECT", "CHN", "LTU")),
    ("The Iranian foreign ministry rejected the allegations as baseless propaganda.", ("REJECT", "IRN", "")),
    ("Seoul held Pyongyang fully responsible for the sinking of the warship.", ("ACCUSE", "KOR", "PRK")),
    ("Athens called the Turkish drilling plan a threat to regional peace.", ("ACCUSE", "GRC", "TUR")),
    ("Moscow called the Estonian decision an unfriendly act.", ("ACCUSE", "RUS", "EST")),
    ("The Venezuelan opposition said the government had stolen the election.", ("ACCUSE", "VEN", "VEN")),
    ("Italian prosecutors are prosecuting two Egyptian officers over the death of a student.", ("ACCUSE", "ITA", "EGY")),
])
def test_batch2_accusations(text, key):
    assert key in event_keys(text, "en", PUB)


@pytest.mark.parametrize(("text", "key"), [
    # a dismissed accusation is no accusation by the one who dismisses it
    ("Beijing dismissed the Lithuanian accusations as slander.", ("ACCUSE", "CHN", "LTU")),
    # a threat named with no party in the gap labels no one
    ("The Greek minister called climate change a threat to Greece.", ("ACCUSE", "GRC", "GRC")),
])
def test_batch2_not_keyed(text, key):
    assert key not in event_keys(text, "en", PUB)


# --- batch 3: an accusation denied in the passive (lang/en/triggers.tsv deniedby, REJECT 120), its accuser the target
# (roles._plan_author_before: the author of an accusation or report, word class report_noun, that a passive verb
# rejects or denies, within twelve words before it); own sentences
@pytest.mark.parametrize(("text", "key"), [
    ("The Polish accusations were denied by Minsk.", ("REJECT", "BLR", "POL")),
    ("Allegations by Kyiv that Belarusian troops had crossed the border were denied by Minsk.", ("REJECT", "BLR", "UKR")),
    ("The UN report on the killings was rejected by Myanmar's military government.", ("REJECT", "MMR", "IGOUN")),
    # (the author of a request so rejected stays its target)
    ("Serbia's request to join the bloc was rejected by Croatia.", ("REJECT", "HRV", "SRB")),
])
def test_batch3_passive_denials(text, key):
    assert key in event_keys(text, "en", PUB)


def test_batch3_accused_is_not_the_one_denying_to():
    # the accused named in the content of the accusation is not the target of its denial
    assert ("REJECT", "BLR", "BLR") not in event_keys(
        "Allegations by Kyiv that Belarusian troops had crossed the border were denied by Minsk.", "en", PUB)


# --- batch 4: a reporting verb opens a clause when a party follows it after a determiner (attribution._opens_clause:
# "said the Russian missile strike ... was a war crime", as "said Russia attacked"), so a verdict after a long subject
# finds its speaker (frame verdict); own sentences
@pytest.mark.parametrize(("text", "key"), [
    ("Kyiv said the Russian drone attack on the power station was a deliberate war crime.", ("ACCUSE", "UKR", "RUS")),
    ("Tehran said the American strike near the Iraqi border was an act of aggression.", ("ACCUSE", "IRN", "USA")),
])
def test_batch4_verdict_after_a_determiner(text, key):
    assert key in event_keys(text, "en", PUB)


def test_batch4_no_party_no_verdict():
    # a thing judged that names no party stays no event
    assert "ACCUSE" not in {k[0] for k in event_keys(
        "The Serbian minister said the meeting with the Hungarian delegation was useful.", "en", PUB)}
