"""Rejections, denials and criticism aimed at an act, a plan or a report (helper AQ, fifteenth session): own
news-style sentences in English and Indonesian (tests/data/reject_AQ.jsonl), in the gold's record form, every sentence
coded by GUIDELINES.md BEFORE warta was run on any of them, with negatives (a sports appeal, a takeover offer turned
down, a club denying a report, "declined to comment" which is STATEMENT, "denied entry" which is no denial).
Rejections of a plan, proposal, offer, ultimatum or agreement whose author is named in a possessive, a "by"-phrase or
a relative clause; denials coded as the content event negated and claimed by the denier; criticism of an act whose
author is named inside the object."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "reject_AQ.jsonl"
PUB = "2024-11-15"


# Measured right after coding, before any fix (2026-12-06): en F1 0.702 (TP 20, FP 10, FN 7), id F1 0.769 (TP 20,
# FP 6, FN 6); fix 1 (a claim or accusation denied is a report denied): id 0.815 (TP 22, FP 6, FN 4);
# fix 2 (its forces; denied reports, dismissed claims): en 0.793 (TP 23, FP 8, FN 4); fix 3 (author_verb in
# both languages): id 0.873 (TP 24, FP 5, FN 2); fix 4 (Indonesian deals are plans): id 0.893 (TP 25, FP 5, FN 1);
# "its troops" and "its military" taken out of fix 2 at the end (other sets fell): en 0.772 (TP 22, FP 8, FN 5).
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.771, 8), "id": (0.892, 5)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "reject-AQ", RATCHET)


def _negated_keys(text: str, lang: str) -> set[tuple[str, str, str]]:
    """(type, source, target) at the scoring level of every NEGATED event warta codes in ``text``."""
    from warta.api import extract
    from warta.evaluate import match_key

    return {match_key(e.type, e.source.code, e.target.code if e.target else "")
            for e in extract(text, lang=lang, published=PUB) if e.negated}


# fix 1: a claim or accusation denied is a report denied (word class news_report): its content is the act, negated and
# claimed by the denier ("membantah tuduhan bahwa pihaknya ...")
@pytest.mark.parametrize(("lang", "text", "key"), [
    ("id", "Iran membantah tuduhan bahwa pihaknya memasok rudal ke Rusia.", ("AID", "IRN", "RUS")),
    ("id", "Korea Utara menepis tudingan bahwa pihaknya mengirim ribuan tentara ke Rusia.", ("AID", "PRK", "RUS")),
    ("id", "Arab Saudi membantah klaim bahwa pasukannya menyerang Yaman.", ("ASSAULT", "SAU", "YEM")),
])
def test_denied_accusation_content(lang, text, key):
    assert key in _negated_keys(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    # a club denying a claim about its coach: no state, no event
    ("id", "Klub itu membantah tuduhan bahwa pelatihnya memukul seorang pemain."),
])
def test_denied_accusation_negatives(lang, text):
    assert not event_keys(text, lang, PUB)


# fix 2: English "its forces / its air force ..." are the state's arms, as Indonesian "pasukannya" (lang/en/anaphora.tsv);
# a report, claim or accusation denied, dismissed or rejected is a denial (lang/en/cues.tsv), also when the report's
# word is itself a reporting cue ("denied reports that ...", pipeline/modality.py)
@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "Israel denied reports that its warplanes had struck a school in Gaza.", ("ASSAULT", "ISR", "PSE")),
    ("en", "Moscow dismissed allegations that its forces had shelled a hospital in Kharkiv.", ("ASSAULT", "RUS", "UKR")),
    ("en", "Ethiopia rejected accusations that its army had attacked Eritrean border posts.", ("ASSAULT", "ETH", "ERI")),
])
def test_denied_report_content(lang, text, key):
    assert key in _negated_keys(text, lang)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # a club's coach is no state's act
    ("en", "The club dismissed reports that its coach would be sacked.", None),
    # the arms a state says it used are not denied ("said", no denial): not negated
    ("en", "Israel said its warplanes had struck Hezbollah positions in southern Lebanon.", ("ASSAULT", "ISR", "LBN")),
])
def test_denied_report_negatives(lang, text, absent):
    if absent is None:
        assert not event_keys(text, lang, PUB)
    else:
        assert absent not in _negated_keys(text, lang)


# fix 3: every participle or passive that names who made a plan, a deal, sanctions or an act names the one a rejection or
# condemnation of it is aimed at, in both languages alike (word class author_verb: "imposed by", "yang dijatuhkan")
@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "Pakistan condemned the sanctions imposed by Washington on its missile programme.", ("ACCUSE", "PAK", "USA")),
    ("en", "Iran rejected the resolution adopted by the IAEA board on Thursday.", ("REJECT", "IRN", "IGOIAEA")),
    ("en", "Egypt condemned the air strike carried out by Israel on a refugee camp in Rafah.", ("ACCUSE", "EGY", "ISR")),
    ("id", "Kamboja menolak rencana yang dirancang Thailand untuk membangun tembok perbatasan.", ("REJECT", "KHM", "THA")),
    ("id", "Iran mengecam sanksi yang dijatuhkan Amerika Serikat terhadap sektor minyaknya.", ("ACCUSE", "IRN", "USA")),
    ("id", "Mesir mengecam serangan udara yang dilakukan Israel terhadap kamp pengungsi di Rafah.", ("ACCUSE", "EGY", "ISR")),
])
def test_author_verb(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text"), [
    # a player and a club: no party
    ("en", "The striker rejected the contract offer signed by his former coach."),
    ("id", "Pemain itu menolak kontrak yang ditandatangani klubnya."),
])
def test_author_verb_negatives(lang, text):
    assert not event_keys(text, lang, PUB)


# fix 4: Indonesian deals, treaties and budgets are plans (word class plan_noun), as "proposal" and "plan" are: rejected,
# their author is the target, or none when none is named (GUIDELINES: target "")
@pytest.mark.parametrize(("lang", "text", "key"), [
    ("id", "Partai oposisi Korea Selatan menolak perjanjian yang dirundingkan Presiden Yoon Suk Yeol dengan Jepang.",
     ("REJECT", "KOR", "KOR")),
    ("id", "Hamas menolak kesepakatan tersebut.", ("REJECT", "PSE", "")),
    ("id", "Parlemen Peru menolak anggaran yang diajukan pemerintah.", ("REJECT", "PER", "PER")),
])
def test_deal_as_plan(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text"), [
    # a firm and its workers, players and a contract: no party
    ("id", "Perusahaan itu menolak kesepakatan dengan serikat pekerja."),
    ("id", "Para pemain menolak kesepakatan kontrak baru."),
])
def test_deal_as_plan_negatives(lang, text):
    assert not event_keys(text, lang, PUB)


# fix 5 (English deals, treaties, policies and bills as plan nouns) was kept for a while and dropped: "MPs rejected the
# Prime Minister's Brexit deal" then took an uncoded author and fell (tests/test_actors_V.py).

# fix 6 (English "it" for the state named before) was kept for a while and dropped: "saying it had failed", "what it
# called" took the wrong party (tests/test_accuse_AN.py fell).
# fix 7: "their troops", "pasukan mereka" are the arms of the party named before, as "its forces", "pasukannya"
@pytest.mark.parametrize(("lang", "text", "key"), [
    ("id", "Rusia membantah bahwa pasukan mereka menyerang Ukraina.", ("ASSAULT", "RUS", "UKR")),
    ("en", "Moscow and Minsk denied that their troops had attacked Ukrainian border posts.", ("ASSAULT", "BLR", "UKR")),
    # (lead, session 15) "their troops" are those of every party the plural refers to (anaphora class forces)
    ("en", "Moscow and Minsk denied that their troops had attacked Ukrainian border posts.", ("ASSAULT", "RUS", "UKR")),
])
def test_their_troops(lang, text, key):
    assert key in _negated_keys(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The fans said their team had played badly."),
])
def test_their_troops_negatives(lang, text):
    assert not event_keys(text, lang, PUB)
