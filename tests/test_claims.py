"""Who claims an event in accusations, reported speech and denials of an earlier report (issue 12, item 3)."""

import pytest

from warta.api import extract

PUB = "2024-11-15"


def coded(text, lang):
    return {(e.type, e.source.code[:3], e.target.code[:3] if e.target else "", e.negated,
             e.claimed_by.code[:3] if e.claimed_by else None) for e in extract(text, lang=lang, published=PUB)}  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "act"), [
    # the act charged by an accusation is claimed by the accuser, not by the reporter
    ("en", "The United States accused China of helping Russia.", ("AID", "CHN", "RUS", False, "USA")),
    ("id", "Amerika Serikat menuduh China membantu Rusia.", ("AID", "CHN", "RUS", False, "USA")),
    ("en", "Secretary of State Antony Blinken accused Chinese companies of sending drone parts to Russia.",
     ("AID", "CHN", "RUS", False, "USA")),
    ("id", "Blinken menuduh perusahaan China mengirim komponen drone ke Rusia.", ("AID", "CHN", "RUS", False, "USA")),
    ("en", "Kyiv blamed Moscow for shelling Kharkiv.", ("ASSAULT", "RUS", "UKR", False, "UKR")),
    ("id", "Kyiv menuding Moskow telah menembaki Kharkiv.", ("ASSAULT", "RUS", "UKR", False, "UKR")),
    # "X said Y did Z": the act is claimed by the one who said it
    ("en", "Ukraine said Russia shelled Kharkiv.", ("ASSAULT", "RUS", "UKR", False, "UKR")),
    ("id", "Ukraina mengatakan Rusia menembaki Kharkiv.", ("ASSAULT", "RUS", "UKR", False, "UKR")),
])  # fmt: skip
def test_the_accuser_or_speaker_claims_the_act(lang, text, act):
    assert act in coded(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The United States accused China of helping Russia."),
    ("id", "Amerika Serikat menuduh China membantu Rusia."),
])  # fmt: skip
def test_the_accusation_itself_is_the_accusers_speech_act(lang, text):
    assert ("ACCUSE", "USA", "CHN", False, None) in coded(text, lang)


def test_a_main_clause_after_an_accusing_phrase_is_not_charged():
    # "denouncing China" qualifies the lyrics; the jailing is the reporter's statement
    events = coded("Two Vietnamese musicians whose lyrics were denouncing China have been jailed in Vietnam.", "en")
    assert all(claim is None for *_, claim in events)


@pytest.mark.parametrize(("lang", "text", "denial"), [
    # a denial of "the report" denies the act that the report named, claimed by the denier
    ("id", "Korea Selatan melaporkan bahwa Korea Utara mengirim pasukan ke Rusia. Rusia membantah laporan tersebut.",
     ("AID", "PRK", "RUS", True, "RUS")),
    ("en", "South Korea reported that North Korea sent troops to Russia. Moscow denied the report.",
     ("AID", "PRK", "RUS", True, "RUS")),
    # ... and a denial of "the accusation" the act the accuser charged
    ("id", "Amerika Serikat menuduh China membantu Rusia. Beijing membantah tuduhan itu.",
     ("AID", "CHN", "RUS", True, "CHN")),
    ("en", "The United States accused China of helping Russia. Beijing denied the accusations.",
     ("AID", "CHN", "RUS", True, "CHN")),
])  # fmt: skip
def test_denying_an_earlier_report_negates_the_reported_act(lang, text, denial):
    events = coded(text, lang)
    assert denial in events
    assert (*denial[:3], False, denial[4]) not in events  # the denier does not also assert it


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Beijing denied the report."),  # nothing reported before: nothing to deny
    ("id", "Rusia membantah laporan."),  # no definite marker: not the report named before
])  # fmt: skip
def test_a_denied_report_needs_an_earlier_claimed_act(lang, text):
    assert not any(neg for _, _, _, neg, _ in coded(text, lang))
