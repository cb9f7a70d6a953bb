"""English vocabulary of accusing, rejecting, threatening, requesting and sanctioning (part AB): own news-style
sentences (tests/data/vocab_AB.jsonl), in the gold's record form, every sentence coded by GUIDELINES.md BEFORE
warta was run on any of them, lines with no event too (negatives: sport, business, medicine, the same words in
another sense: "rejected by the patient's body", "dismissed an employee", "shot down a drone", "turned down a
single").  Verbs, nouns and idioms of CAMEO 09x-13x and 16x: PETRARCH2 verbs the derivation left out, and the
nouns and idioms it lacks ("drew fire from", "heaped scorn on", "balked at", "shot down a proposal")."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "vocab_AB.jsonl"
PUB = "2024-11-15"


# Measured right after coding, before any fix (2026-12-05, all 110 sentences): en F1 0.850 (TP 71, FP 10, FN 15);
# with PETRARCH2's refusal patterns whose object is another act (scripts/derive_triggers.py KEEP_OBJECT_BLOCKS):
# 0.869 (TP 73, FP 9, FN 13); with part AB's idioms in lang/en/triggers.tsv: 0.926 (TP 81, FP 8, FN 5).  A third batch
# of 27 sentences (111-137) coded after that, before any run: the whole set 0.896 (TP 95, FP 10, FN 12); a fourth of
# 28 (138-165), likewise: with the third batch's idioms 0.901 (TP 114, FP 13, FN 12); with "lashed X over" and the
# protest note 0.910 (TP 116, FP 13, FN 10); a fifth of 14 (166-179, criticism in words of force), likewise: the whole
# set 0.859 (TP 119, FP 20, FN 19); with its idioms 0.906 (TP 126, FP 14, FN 12); a sixth batch of 6 (180-185,
# impeachment), likewise: 0.897 (TP 126, FP 14, FN 15).  "impeached" was tried and taken back: the blind set lost by it
# (one false alarm more in English, per line and in documents); a seventh of 9 (186-194, requests received and refused),
# likewise: 0.887 (TP 130, FP 15, FN 18); with its idioms 0.902 (TP 133, FP 14, FN 15); an eighth of 9 (195-203,
# backlash, anger, responsibility borne), likewise: 0.884 (TP 133, FP 14, FN 21); with its idioms 0.906 (TP 139, FP 14,
# FN 15); a ninth of 7 (204-210, sanctions), likewise: 0.896 (TP 142, FP 16, FN 17); with its idioms 0.909 (TP 144,
# FP 14, FN 15); a tenth of 5 (211-215, anger and outrage), likewise: 0.900 (TP 144, FP 14, FN 18); with "outrage at",
# "fury", "indignation" 0.903 (TP 145, FP 14, FN 17; "anger" alone taken back: blind in documents +1 false alarm).
# The kept refusal patterns (KEEP_OBJECT_BLOCKS) then left out the verbs the hand lexicon codes alone as a refusal
# (they had broken "rejected criticism from the committee", tests/test_ntrex_c_own.py): 0.901 (TP 145, FP 15, FN 17;
# "rejected a request from Thailand" now also codes Thailand's request).  Known misses
# and false alarms left: a freeze of assets and a blacklist are COERCE in our lexicon (CAMEO 1711, 172), a sanction in
# these codings; the author of a rebuke's reason clause ("after its prime minister linked ..."); outrage over the
# expulsion "of its diplomats" read as aimed at them.  The ratchet: (lowest F1, most false alarms); raise it as the
# coder improves, never lower it.
RATCHET = {"en": (0.9, 15)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "vocab-AB", RATCHET)


# the fixes of part AB, each with sentences of our own (not of the part's file) and a negative
@pytest.mark.parametrize(("text", "key"), [
    # refusals PETRARCH2 codes with an object our hand lexicon reads as another act (derive_triggers KEEP_OBJECT_BLOCKS)
    ("Belarus rebuffed Poland's offer of talks on the border.", ("REJECT", "BLR", "POL")),
    ("Iran flouted the UN ban on missile tests.", ("REJECT", "IRN", "IGOUN")),
    # drawing fire over an act, drawing someone's ire; heaping scorn; placing the blame on someone
    ("The Spanish government drew fire from Israel over its recognition of a Palestinian state.", ("ACCUSE", "ISR", "ESP")),
    ("The Hungarian leader's trip to Moscow drew the ire of the European Union.", ("ACCUSE", "IGOEU", "HUN")),
    ("Beijing heaped scorn on the Japanese prime minister's remarks.", ("ACCUSE", "CHN", "JPN")),
    ("Kenya's president put the blame for the violence on the opposition.", ("ACCUSE", "KEN", "KEN")),
    # a police report against someone; shooting down a proposal; disputing findings; a plea to someone
    ("The Indonesian opposition made a police report against the Malaysian ambassador.", ("ACCUSE", "IDN", "MYS")),
    ("Tokyo shot down Seoul's proposal for a joint fund.", ("REJECT", "JPN", "KOR")),
    ("The Thai government disputed the findings of an Amnesty International report.", ("REJECT", "THA", "NGOAMN")),
    ("The Sudanese foreign minister made a plea to Egypt for humanitarian corridors.", ("REQUEST", "SDN", "EGY")),
    # putting someone on notice; vowing to make someone pay; petitioning a body; issuing or renewing a call to someone
    ("Washington put Beijing on notice over its support for Moscow.", ("THREATEN", "USA", "CHN")),
    ("Hezbollah's leader swore to make Israel pay for the assassination.", ("THREATEN", "LBN", "ISR")),
    ("The Indonesian fishermen petitioned the Australian government for compensation.", ("REQUEST", "IDN", "AUS")),
    ("The Philippine president renewed his call to ASEAN to adopt a code of conduct.", ("REQUEST", "PHL", "IGOASEAN")),
    # lashing someone over an act; a protest note handed or sent
    ("The Turkish president lashed Sweden over the burning of a Koran in Stockholm.", ("ACCUSE", "TUR", "SWE")),
    ("Tokyo sent a note of protest to Beijing over the incursion.", ("ACCUSE", "JPN", "CHN")),
    # PETRARCH2's DEMAND verbs that mean nothing else (derive_triggers KEEP_SYNONYM_VERBS); cautioning someone against
    ("The Pakistani prime minister exhorted Kabul to rein in the militants.", ("REQUEST", "PAK", "AFG")),
    ("The Ukrainian president entreated Germany to send more tanks.", ("REQUEST", "UKR", "DEU")),
    ("Beijing cautioned Washington against sending warships to the Taiwan Strait.", ("THREATEN", "CHN", "USA")),
    # criticism in words of force, told from gunfire by its reason; a broadside; attacking someone for an act in -ing;
    # torpedoing a plan
    ("The Indian foreign ministry hit back at Canada over the expulsion of its diplomats.", ("ACCUSE", "IND", "CAN")),
    ("The Thai army chief shot back at Cambodia's prime minister over his comments on the border.", ("ACCUSE", "THA", "KHM")),
    ("The Malaysian prime minister took a shot at Singapore over the water deal.", ("ACCUSE", "MYS", "SGP")),
    ("The Brazilian president fired a broadside at the International Monetary Fund.", ("ACCUSE", "BRA", "IGOIMF")),
    ("The Philippine president attacked China for blocking supply missions to the shoal.", ("ACCUSE", "PHL", "CHN")),
    ("Poland torpedoed the European Commission's proposal on grain imports.", ("REJECT", "POL", "IGOEU")),
    # calls or pressure faced from someone (with what is asked); demands or calls ignored
    ("Serbia came under pressure from Washington to recognise Kosovo.", ("REQUEST", "USA", "SRB")),
    ("The Philippines faced calls from Japan to restrain its coast guard.", ("REQUEST", "JPN", "PHL")),
    ("Israel ignored calls from the United Nations for a ceasefire.", ("REJECT", "ISR", "IGOUN")),
    # a backlash or an outcry drawn from someone; anger at someone over an act; responsibility for an act borne
    ("The Dutch government's plan sparked a backlash from Morocco.", ("ACCUSE", "MAR", "NLD")),
    ("The Philippine president was angry at Beijing over the water cannon attack.", ("ACCUSE", "PHL", "CHN")),
    ("The Ukrainian foreign ministry said Belarus bore responsibility for the missile attack.", ("ACCUSE", "UKR", "BLR")),
    # an envoy expelled behind a long possessor; airspace or ports closed to a country
    ("Burkina Faso expelled the United Nations' top envoy.", ("SANCTION", "BFA", "IGOUN")),
    ("Indonesia closed its ports to Israeli ships.", ("SANCTION", "IDN", "ISR")),
    # outrage or fury at someone
    ("South Korea's outrage at Japan over the textbooks grew.", ("ACCUSE", "KOR", "JPN")),
    ("The Turkish president's fury at Sweden over the Koran burning was plain.", ("ACCUSE", "TUR", "SWE")),
    ("The Chinese ambassador was handed a protest note by the Philippine foreign ministry.", ("ACCUSE", "PHL", "CHN")),
])  # fmt: skip
def test_part_ab_fixes(text, key):
    assert key in event_keys(text, "en", PUB)


@pytest.mark.parametrize(("text", "etype"), [
    ("Russia denied talks with Ukraine had taken place.", "REJECT"),
    ("There was a slight increase in demand for Chinese steel.", "REJECT"),
    ("Indonesian troops drew fire from gunmen near the border in Papua.", "ACCUSE"),
    ("The Argentine striker drew a foul from the Brazilian defender.", "ACCUSE"),
    ("The Indonesian journalist filed a report on the floods in Jakarta.", "ACCUSE"),
    ("Malaysian forces shot down a drone near the Thai border.", "REJECT"),
    ("India and China disputed the border region for decades.", "REJECT"),
    ("The Indonesian lawyer entered a plea of not guilty in the Jakarta court.", "REQUEST"),
    ("Investors were put on notice by the central bank's decision.", "THREATEN"),
    ("The Indonesian president made a call to the Japanese prime minister on Monday.", "REQUEST"),
    ("Thousands of Malaysians signed petitions against the new tax.", "REQUEST"),
    ("Aceh authorities lashed two men for gambling.", "ACCUSE"),
    ("The Indonesian central bank cautioned that inflation could rise.", "THREATEN"),
    ("The Malaysian crowd clamoured for more songs.", "REQUEST"),
    ("Russian warships fired back at Ukrainian drones in the Black Sea.", "ACCUSE"),
    ("Israeli troops hit back at Hezbollah positions in southern Lebanon.", "ACCUSE"),
    ("A Russian submarine torpedoed a Ukrainian cargo ship.", "REJECT"),
    ("Russia attacked Ukraine for the third night in a row.", "ACCUSE"),
    ("Indonesian exporters came under pressure from falling prices.", "REQUEST"),
    ("The Indonesian goalkeeper faced pressure from the Thai strikers.", "REQUEST"),
    ("Indonesia said China bears responsibility for peace in the region.", "ACCUSE"),
    ("Malaysian travellers were angry at the airline over the delays.", "ACCUSE"),
    ("Thailand closed its airspace to all flights during the storm.", "SANCTION"),
    ("The floods caused outrage over the slow relief in Jakarta.", "ACCUSE"),
    ("Typhoon Kalmaegi lashed the central Philippines over the weekend.", "ACCUSE"),
])  # fmt: skip
def test_part_ab_negatives(text, etype):
    assert etype not in {k[0] for k in event_keys(text, "en", PUB)}, text
