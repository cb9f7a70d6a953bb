"""Sentences coded inside their article (helper CV, session 27): short articles of our own in English and Indonesian
(tests/data/document_CV.jsonl, 3-4 sentences each), coded by GUIDELINES.md BEFORE warta was run on any of them, so
that pronouns ("He", "Ia", "Mereka"), short names given again ("Lula", "Sugiono") and the article's country are
exercised, with people and groups of another country or of none in the same article (a British aid worker in
Thailand, gunmen in neighbouring Uganda, an economist of no stated country), and two articles with no event.
Also the pure functions of bench/document_diff.py, which lists the events the tuning set codes only in documents."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

from sentence_sets import record_set_checks

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import document_diff as dd  # noqa: E402

DATA = Path(__file__).parent / "data" / "document_CV.jsonl"

# Measured right after coding, before any change (2026-12-07, main b69c546f): en F1 0.917 (TP 11, FP 1, FN 1), id F1
# 0.909 (TP 10, FP 0, FN 2).  Left: "condemned the strike and called on the United Nations to act" gives an assault
# by Lebanon on the UN (the strike's noun taken as the act of the sentence's subject) instead of the appeal; "Keduanya
# sepakat memperkuat kerja sama" (the two ministers of the sentence before) gives no agreement.
# After the fixes below the same (they came from the tuning set's events coded only in documents, bench/document_diff.py:
# on whole Lee and NTREX documents "he" took an Australian minister named before for a detainee named since or quoted
# by the minister, and an act's noun behind a preposition took the act of an earlier sentence).
# The fixes: (1) a person pronoun after a person no lexicon knows, named since the coded one, stays unknown (coref
# _uncoded_person); (2) a person pronoun inside a quotation is not its speaker (coref _quote_speaker_may_be); (3) an
# act's noun behind a preposition or subordinator is no act named again (conventions act-anaphor, _BEHIND); (4)
# unnamed people acting on unnamed people in a sentence that names no state and no place take no state of the article
# (events.EventCoder._event).
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.956, 0), "id": (0.999, 0)}  # (helper CW: raised after family CW fixed both leftovers)
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "document-CV", RATCHET)


# --- bench/document_diff.py: its pure functions

def _event(etype, source, target, rules=()):
    actor = lambda code: SimpleNamespace(code=code, text=code) if code else None  # noqa: E731
    return SimpleNamespace(type=etype, source=actor(source), target=actor(target), rules=tuple(rules))


def _gold(etype, source, target, optional=False):
    return {"type": etype, "source": source, "target": target, "optional": optional}


def test_diff_lists_events_only_in_documents_and_lost_with_their_verdict():
    rec = {"id": "r1", "events": [_gold("ASSAULT", "ISRMIL", "PSE"), _gold("ACCUSE", "PSEGOV", "ISR", optional=True)]}
    alone = {"r1": [_event("COERCE", "USA", "")]}
    whole = {"r1": [_event("ASSAULT", "ISR", "PSE", ["pronoun"]), _event("ACCUSE", "PSE", "ISR"),
                    _event("AID", "EGY", "PSE", ["dominant"])]}
    rows = [(side, v, e.type) for _r, side, v, e in dd.diff([rec], alone, whole)]
    assert rows == [("only", "true", "ASSAULT"), ("only", "optional", "ACCUSE"), ("only", "false", "AID"),
                    ("lost", "false", "COERCE")]


def test_tally_counts_by_mechanism_without_optional_events():
    rec = {"id": "r1", "events": [_gold("ASSAULT", "ISR", "PSE")]}
    rows = dd.diff([rec], {}, {"r1": [_event("ASSAULT", "ISR", "PSE", ["pronoun"]), _event("AID", "EGY", "PSE", ["b", "a"]),
                                      _event("AID", "EGY", "", ["b", "a"])]})
    assert dd.tally(rows) == [("a+b", 0, 2, 0, 0), ("pronoun", 1, 0, 0, 0)]
    assert dd.mechanism(()) == "(no rule)"


# --- the fixes, each with sentences of our own (not of the set's file) and the reading they keep

def _by_sentence(text, lang, published="2001-12-20"):
    from warta.api import extract

    return {(e.type, e.source.code[:3], (e.target.code if e.target else "")[:3], e.sentence.index)
            for e in extract(text, lang=lang, published=published)}


def test_a_pronoun_after_a_person_of_no_lexicon_stays_unknown():
    # (coref, uncoded person) "he" after a person named since the coded one, whom no lexicon knows: not the minister
    text = ("Foreign Minister Alexander Downer arrived in Islamabad on Monday. Mr David Hicks was arrested by "
            "Pakistani police last month. He had travelled to Afghanistan in 2001.")
    assert not any(s == "AUS" for _t, s, _g, i in _by_sentence(text, "en") if i == 2)
    text = ("Foreign Minister Alexander Downer arrived in Islamabad on Monday. Kanye West was booed by the crowd and "
            "West left early. He had travelled to Afghanistan in 2001.")
    assert not any(s == "AUS" for _t, s, _g, i in _by_sentence(text, "en") if i == 2)


def test_a_pronoun_still_takes_the_person_named_before():
    # no one else named: the minister; a name of no lexicon never given alone is no person ("Kanye West" once)
    assert ("CONSULT", "AUS", "PAK", 1) in _by_sentence(
        "Foreign Minister Alexander Downer arrived in Islamabad on Monday. He met Pakistani President Pervez "
        "Musharraf.", "en")
    # the coded person named again with an honorific ("Mr Rodriguez Saa") is that person, no unknown
    assert ("ACCUSE", "ARG", "IGO", 2) in {(t, s, g[:3], i) for t, s, g, i in _by_sentence(
        "Argentine President Adolfo Rodriguez Saa asked the banks to help on Sunday. \"I am very concerned,\" Mr "
        "Rodriguez Saa said. He also criticised the International Monetary Fund.", "en")}


def test_a_pronoun_inside_a_quotation_is_not_its_speaker():
    # (coref, quotation) "“He criticised ...,” Mr Williams said": not Williams, who would say "I"
    quoted = ("Attorney-General Daryl Williams spoke to reporters in Canberra. \"He criticised the Northern "
              "Alliance,\" Mr Williams said.")
    assert not any(s == "AUS" for _t, s, _g, _i in _by_sentence(quoted, "en"))
    plain = "Attorney-General Daryl Williams spoke to reporters in Canberra. He criticised the Northern Alliance."
    assert ("ACCUSE", "AUS", "AFG", 1) in _by_sentence(plain, "en")


def test_an_act_named_again_behind_a_preposition_is_background():
    # (act-anaphor) "two hours before the attack": no second attack; as the subject of its sentence it is one
    assert {i for t, _s, _g, i in _by_sentence(
        "Russia shelled Kharkiv on Monday. Two hours before the attack, the mayor had spoken on television.", "en")
        if t == "ASSAULT"} == {0}
    assert {i for t, _s, _g, i in _by_sentence(
        "Russia shelled Kharkiv on Monday. The attack killed ten civilians.", "en") if t == "ASSAULT"} == {0, 1}


def test_unnamed_people_on_unnamed_people_take_no_state_of_the_article():
    # (events) both sides bare people of a sentence that names no state and no place: unknown, not the article's
    guessed = ("Australian officials met on Monday. People claiming to work for the charity are asking for payment "
               "from the storm victims.")
    assert not any(i == 1 for _t, _s, _g, i in _by_sentence(guessed, "en"))
    named = ("Australian officials met on Monday. Australian people are asking for payment from the storm "
             "victims.")
    assert ("REQUEST", "AUS", "AUS", 1) in _by_sentence(named, "en")

