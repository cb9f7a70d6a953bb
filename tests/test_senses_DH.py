"""English words read as the wrong type, and sentences that hold two acts (helper DH, session 29): own news-style
sentences in English (tests/data/senses_DH.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them:
criticism of an author vs the rejection of a claim ("dismissed the report as propaganda", "denounced the sanctions"),
a rejection and an accusation in one sentence, threats whose verb is another type's ("threatened to sue", "threatened
to attack"), calls for a withdrawal or a release, refusals to accept, pulling out of talks, withdrawals of troops, and
ten sentences with no event (workers dismissed, a forecast withdrawn, survivors pulled out, an encore called for).
The fixes below were written by construction (the blind set's counts of words read as another type, the tuning set's
misses and false alarms, sentences of our own), each kept only with its batch's figures (commit messages of fam-DH).
Measured and taken back (figures equal, or one tuning false alarm more): support or help sought from a party as a
request, resisting an attack as force, refugees accepted as aid in English, reported participation in an attack as an
accusation, troops pulled or drawn back as a withdrawal, and a call for an end to violence as REQUEST 0256 (its
target, the attacked rather than the attackers, gave a false alarm)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "senses_DH.jsonl"
PUB = "2026-11-20"

# Measured right after coding, before any fix (2026-12-07, main b6bae45a): en F1 0.885 (TP 27, FP 2, FN 5); after batch
# 3 (a decision stood by despite calls from a party is a refusal of that party, triggers.tsv standbydespite) 0.903 (TP
# 28, FP 2, FN 4).  Left: "dismissed the report as Western propaganda" is read as criticism alone (dismissas, ACCUSE
# 111; the set codes the refusal, REJECT, and the criticism optional: one trigger gives one act), the place of a
# release appealed for or of a withdrawal as its target ("jailed journalists in Egypt", "the border with
# Azerbaijan"), and the citizens of "its citizens detained in China" read as Chinese.
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.902, 2)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "senses-DH", RATCHET)


# the fixes, each with sentences of our own (not of the set's file) and the negatives that keep the other sense
@pytest.mark.parametrize(("text", "key"), [
    # (1) not ruling out a hostile act threatens it (triggers.tsv notruleout), not a refusal
    ("The Turkish army has not ruled out a ground offensive against Kurdish militants in Syria.", ("THREATEN", "TUR", "SYR")),
    # (2) vowing to go on with attacks threatens force (vowcontinue), not a pledge and not an attack made
    ("Hezbollah vowed to continue its attacks on Israel until the war in Gaza ends.", ("THREATEN", "LBN", "ISR")),
    # (3) backing out of a deal refuses it (backoutof, backoutdeal), not support
    ("Poland backed out of the arms deal with South Korea.", ("REJECT", "POL", "KOR")),
    # (4) a yielding or a withdrawal said not to be made is a refusal (event_types.tsv refused_as: REJECT 124)
    ("The Taliban said they would not surrender to the Afghan army.", ("REJECT", "AFG", "AFG")),
    ("Russia will not withdraw its troops from Moldova, the Kremlin said.", ("REJECT", "RUS", "MDA")),
    # (5) "should" owes an act as "must" does (cues.tsv modal_obligation): the sayer asks for it
    ("The Dutch foreign minister said Serbia should recognise Kosovo.", ("REQUEST", "NLD", "SRB")),
    # (6) a decision stood by despite a party's calls refuses that party (standbydespite), not support
    ("The Japanese prime minister stood by his remarks despite criticism from China.", ("REJECT", "JPN", "CHN")),
    # (7) air strikes halted de-escalate (haltstrikes, RETREAT 087), not an attack
    ("Israel halted its air strikes on Gaza for 48 hours.", ("RETREAT", "ISR", "PSE")),
    # (8) arms exports suspended to a state cut military aid to it (suspendarms, SANCTION 1622), not a licence revoked
    ("Canada froze arms exports to Turkey after the offensive.", ("SANCTION", "CAN", "TUR")),
    # (9) troops sent into a territory invade it (sendinto, ASSAULT 192), not military aid
    ("Turkey sent troops into northern Syria.", ("ASSAULT", "TUR", "SYR")),
    # (10) a time limit given to a party is an ultimatum (gavedeadline, THREATEN 130), not aid
    ("The European Union gave Serbia ten days to withdraw its police from the north of Kosovo.", ("THREATEN", "IGOEU", "SRB")),
    # (11) buildings or positions blasted are attacked (blastedtarget, ASSAULT 190), not criticised
    ("Russian artillery blasted Ukrainian positions near Bakhmut.", ("ASSAULT", "RUS", "UKR")),
    # (12) readiness to retaliate, and attacks that may be stepped up, are threats of force (readyrespond, mightstepup)
    ("The Indian army is ready to retaliate against Pakistan.", ("THREATEN", "IND", "PAK")),
    ("The Thai prime minister said the army might step up its military operations against Cambodia.", ("THREATEN", "THA", "KHM")),
    # (13) an attack said to be backed by a party accuses it (allegedbackedby, ACCUSE 112), not support it gave
    ("Iraq said the rocket attack was funded by Iranian intelligence.", ("ACCUSE", "IRQ", "IRN")),
    # (14) aircraft sent to bomb a party attack it (sendtoattack, ASSAULT 190), not aid sent
    ("Russia sent its bombers to strike targets in Syria.", ("ASSAULT", "RUS", "SYR")),
    ("Israel sent warplanes to bomb Hezbollah positions in Lebanon.", ("ASSAULT", "ISR", "LBN")),
])
def test_fix_reads_the_construction(text, key):
    assert key in event_keys(text, "en", PUB)


@pytest.mark.parametrize(("text", "absent"), [
    ("The Turkish army has not ruled out a ground offensive against Kurdish militants in Syria.", ("REJECT", "TUR", "SYR")),
    ("Hezbollah vowed to continue its attacks on Israel until the war in Gaza ends.", ("ASSAULT", "LBN", "ISR")),
    ("Hezbollah vowed to continue its attacks on Israel until the war in Gaza ends.", ("AGREE", "LBN", "ISR")),
    ("Poland backed out of the arms deal with South Korea.", ("SUPPORT", "POL", "KOR")),
    ("The Taliban said they would not surrender to the Afghan army.", ("CONCEDE", "AFG", "AFG")),
    ("The Dutch foreign minister said Serbia should recognise Kosovo.", ("SUPPORT", "SRB", "XKX")),
    ("Israel halted its air strikes on Gaza for 48 hours.", ("ASSAULT", "ISR", "PSE")),
    ("Canada froze arms exports to Turkey after the offensive.", ("COERCE", "CAN", "TUR")),
    ("Turkey sent troops into northern Syria.", ("AID", "TUR", "SYR")),
    ("The European Union gave Serbia ten days to withdraw its police from the north of Kosovo.", ("AID", "IGOEU", "SRB")),
    ("Russian artillery blasted Ukrainian positions near Bakhmut.", ("ACCUSE", "RUS", "UKR")),
    ("Iraq said the rocket attack was funded by Iranian intelligence.", ("SUPPORT", "IRN", "IRQ")),
    ("Russia sent its bombers to strike targets in Syria.", ("AID", "RUS", "SYR")),
])
def test_fix_drops_the_other_reading(text, absent):
    assert absent not in event_keys(text, "en", PUB)


@pytest.mark.parametrize(("text", "key"), [
    # the other senses stay: a refusal ruled out, support given, a surrender made, an act done
    ("The Indian government ruled out talks with Pakistan.", ("REJECT", "IND", "PAK")),
    ("Britain backed Ukraine with new air defence systems.", ("SUPPORT", "GBR", "UKR")),
    ("Hamas vowed to retaliate against Israel for the killing of its commander.", ("THREATEN", "PSE", "ISR")),
    ("Britain stood by Ukraine despite pressure from Russia.", ("SUPPORT", "GBR", "UKR")),
    ("Russia sent troops to Syria to help the Assad government.", ("AID", "RUS", "SYR")),
    ("The UN called for a halt to the fighting in Sudan.", ("REQUEST", "IGOUN", "SDN")),
    ("The American president blasted China for its trade policies.", ("ACCUSE", "USA", "CHN")),
    ("Japan gave Indonesia 10 million dollars to rebuild Aceh.", ("AID", "JPN", "IDN")),
    ("The Kenyan president sent troops to Haiti to help the police.", ("AID", "KEN", "HTI")),
])
def test_other_senses_stay(text, key):
    assert key in event_keys(text, "en", PUB)


def test_indonesian_refugees_accepted_are_sheltered():
    # the Indonesian side of the same act (scripts/codebook_news.py 075: "menerima ~ pengungsi")
    assert ("AID", "CAN", "SYR") in event_keys("Kanada menerima 25.000 pengungsi Suriah.", "id", PUB)
