"""Review items of the last session (helper DB, session 28): own news-style sentences in English and Indonesian
(tests/data/review_DB.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them: pair anaphors ("the two",
"both sides", "keduanya", "kedua negara") and plural people who are no pair ("the two men were held"); plans,
proposals and offers named in one sentence and rejected in the next; strikes threatened on a condition ("if ...",
"jika ..."); unknown persons (a name with no entry and no title); about a third with no event."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import record_set_checks

DATA = Path(__file__).parent / "data" / "review_DB.jsonl"

# Measured right after coding, before any change (2026-12-07, main 4919f77b): en F1 0.653 (TP 16, FP 9, FN 8), id F1
# 0.743 (TP 13, FP 5, FN 4).  The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves.
# After item 3 (pair anaphors, a reciprocal object): en F1 0.735 (TP 18, FP 7, FN 6): "Both sides later accused each
# other of shelling villages" is each side's accusation of the other, not of the villages.
# After item 4 (plans named before): en F1 0.816 (TP 20, FP 5, FN 4), id 0.914 (TP 16, FP 2, FN 1): "Hungary rejected
# the proposal", "China menolak rencana tersebut" are aimed at the author of the plan the sentence before made.
# After the rule conditional-threat: id F1 0.944 (TP 17, FP 2, FN 0): "Menteri Pertahanan Iran mengatakan militer Iran
# akan menyerang pangkalan Amerika jika ..." is Iran's threat.  Left: "his forces would attack Israeli cities if ..."
# (no Iranian act found; rows "his forces", "his troops" ... of class mil in lang/en/anaphora.tsv found it, but were
# measured and taken back: blind per line en FP 25 -> 26, in documents 31 -> 32), "Rodel Santos, his lawyer, accused
# the officers" (an unknown person, no source), a plan unveiled read as a mobilisation, and the violation accused
# ("saling menuduh melanggar gencatan senjata") coded as an act with no target.
RATCHET = {"en": (0.815, 5), "id": (0.943, 2)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "review-DB", RATCHET)


# --- item 1: SentenceView.names_date reads the date finder's spans (one reader of dates)

def _view(text, lang):
    from warta.api import coder
    from warta.pipeline.analysis import SentenceView

    c = coder(lang)
    return SentenceView(c.segmenter.split(text)[0], c.language, c.actors.find(text, None))


@pytest.mark.parametrize(("lang", "text", "noun", "dated"), [
    ("en", "Security was raised after the 9/11 attacks in New York.", "attacks", True),
    ("id", "Keamanan diperketat setelah serangan 11/9 di New York.", "serangan", True),
    ("en", "The 1998 riots in Jakarta killed hundreds of people.", "riots", True),
    ("en", "The attacks on Monday killed six people.", "attacks", False),  # a weekday dates an act, names none
    ("en", "The attacks last week killed six people.", "attacks", False),
    ("en", "The attacks in September killed six people.", "attacks", False),  # a month alone, as before
])
def test_names_date_reads_the_date_spans(lang, text, noun, dated):
    v = _view(text, lang)
    k = v.low.index(noun)
    assert v.names_date(k, k + 1) is dated


def test_names_date_reads_the_spans_it_is_given():
    from warta.pipeline.when import DateSpan

    v = _view("The 2002 bombings killed 202 people.", "en")
    k = v.low.index("bombings")
    v.dates_with(lambda: [DateSpan(0, 3, None, None, "given", "weekday")])  # a weekday's span only: no calendar date
    assert v.date_tokens == frozenset() and not v.names_date(k, k + 1)


def test_a_named_date_is_no_when_and_leaves_counts_alone():
    from datetime import date

    from warta.pipeline.quantity import QuantityFinder
    from warta.pipeline.when import when_finder

    finder = when_finder("en")
    spans = finder.spans("Police arrested 2000 protesters after the 9/11 attacks.", date(2026, 3, 1))
    assert [s.op for s in spans] == ["name", "name"]
    assert finder.find("Police arrested 2000 protesters after the 9/11 attacks.", date(2026, 3, 1), spans) == []
    quantities = QuantityFinder("en").find("Police arrested 2000 protesters after the 9/11 attacks.", spans)
    assert [q.quantity.value for q in quantities] == [2000]
# --- item 2: one inversion of a language's cues


def test_cue_words_inverts_the_cues_of_one_kind():
    from warta.lexicon.registry import cue_words

    cues = {"and": frozenset({"conj"}), "as well as": frozenset({"conj"}), "the": frozenset({"determiner"})}
    assert cue_words(cues, "conj") == {"and", "as well as"}
    assert cue_words(cues, "conj", single_words=True) == {"and"}
    assert cue_words(cues, "negation") == frozenset()


# --- item 3: pair anaphors with a verb test; a reciprocal right after the verb is its object

def _keys(text, lang):
    from datetime import date

    from warta.api import extract_article
    from warta.model import Article

    return {(e.type, e.source.code[:3], e.target.code[:3] if e.target else "")
            for e in extract_article(Article("t", text, lang, date(2026, 3, 10)))}


@pytest.mark.parametrize(("anaphor", "rest", "after"), [
    ("The two", " agreed to resume talks.", "verb"),
    ("The two", " will meet again in May.", "verb"),
    ("The two", " said they wanted calm.", "verb"),
    ("The two men", " were arrested at the airport.", "patient"),
    ("Both sides", " were accused of war crimes.", "patient"),
    ("The two", " Koreas remain divided.", ""),
])
def test_the_verb_after_a_pair(anaphor, rest, after):
    from warta.api import coder

    assert coder("en").anaphora_words.verb_after(anaphor + rest, len(anaphor)) == after


def test_an_indonesian_pair_before_a_passive_is_no_pair():
    from warta.api import coder

    words = coder("id").anaphora_words
    assert words.verb_after("Keduanya ditangkap di bandara.", len("Keduanya")) == "patient"
    assert words.verb_after("Keduanya sepakat melanjutkan perundingan.", len("Keduanya")) != "patient"


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("Japan's prime minister met the Chinese president in Beijing. The two will meet again in Tokyo next year.",
     ("CONSULT", "JPN", "CHN"), None),
    ("Russia's president met the Chinese president in Moscow. The two Koreas have been divided since 1953.",
     ("CONSULT", "RUS", "CHN"), ("CONSULT", "KOR", "PRK")),
    ("India and Pakistan accused each other of violating the ceasefire in Kashmir.", ("ACCUSE", "IND", "PAK"), None),
    ("Israel and Hamas blamed each other for the collapse of the talks.", ("ACCUSE", "ISR", "PSE"), None),
])
def test_pairs_and_reciprocals(text, present, absent):
    keys = _keys(text, "en")
    assert present in keys
    assert absent is None or absent not in keys


# --- item 4: a plan, proposal or offer made in an earlier sentence is its author's (practice.plan_author)

@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "Egypt proposed a new truce on Monday. Israel rejected the proposal on Tuesday.", ("REJECT", "ISR", "EGY")),
    ("en", "Japan offered to host the talks. North Korea turned down the offer.", ("REJECT", "PRK", "JPN")),
    ("id", "Malaysia mengusulkan gencatan senjata baru. Thailand menolak usulan tersebut.", ("REJECT", "THA", "MYS")),
    ("id", "Rusia menawarkan pertukaran tahanan. Ukraina menolak tawaran itu.", ("REJECT", "UKR", "RUS")),
])
def test_a_rejected_plan_is_its_authors(lang, text, key):
    assert key in _keys(text, lang)


def test_no_plan_named_before_leaves_no_target():
    assert ("REJECT", "FRA", "") in _keys("French unions rejected the plan to raise the retirement age.", "en")


def test_plan_author_reads_the_last_party_before_the_plan_word():
    from warta.api import coder
    from warta.pipeline import practice

    c = coder("en")
    text = "The European Commission proposed a cap on the price of Russian gas."
    sentence = c.segmenter.split(text)[0]
    words = c.language.word_classes["plan_verb"] | c.language.word_classes["plan_noun"]
    low = [t.text.lower() for t in c.segmenter.with_tokens(sentence).tokens]
    mentions = c.actors.find(text, None)
    assert practice.plan_author(sentence, low, mentions, words)[:2] == (0, "IGOEU")
    assert practice.plan_author(sentence, [w for w in low if w != "proposed"], mentions, words) is None


# --- item 5: a planned act whose condition stands in a clause of its own is hypothetical (modality.conditional)

def _modalities(text, lang):
    from datetime import date

    from warta.api import extract_article
    from warta.model import Article

    return {(e.type, e.source.code[:3], e.modality) for e in extract_article(Article("t", text, lang, date(2026, 3, 10)))}


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("id", "Militer Iran akan menyerang pangkalan Amerika jika Washington menyerang Teheran.",
     ("ASSAULT", "IRN", "hypothetical")),
    ("id", "Jika Israel menyerang Lebanon lagi, Hizbullah akan menyerang Tel Aviv.", ("ASSAULT", "LBN", "hypothetical")),
    ("en", "Russia will send troops to Belarus next week.", ("AID", "RUS", "planned")),
    ("id", "Rusia akan mengirim pasukan ke Belarus pekan depan.", ("AID", "RUS", "planned")),
])
def test_a_condition_makes_a_planned_act_hypothetical(lang, text, key):
    assert key in _modalities(text, lang)


def test_force_its_own_side_announces_on_a_condition_is_a_threat():
    # conventions conditional-threat: the speaker is of the attacking side; not a threat word of its own, not another
    # side's act
    keys = _keys("Menteri Pertahanan Iran mengatakan militer Iran akan menyerang pangkalan Amerika jika Washington "
                 "menyerang Teheran.", "id")
    assert ("THREATEN", "IRN", "USA") in keys and ("ASSAULT", "IRN", "USA") not in keys
    assert ("THREATEN", "IRN", "actual") in _modalities("Menteri Pertahanan Iran mengatakan militer Iran akan menyerang "
                                                         "pangkalan Amerika jika Washington menyerang Teheran.", "id")
    assert ("THREATEN", "IRN", "USA") in _keys("Iran's defence minister said Iran would strike American bases if "
                                               "Washington attacked Tehran.", "en")
    assert ("THREATEN", "USA", "IRN") not in _keys("Menteri Pertahanan Iran mengatakan Amerika akan menyerang Teheran "
                                                   "jika Iran menyerang pangkalan Amerika.", "id")
