"""The eleventh session's lead fixes: own news-style sentences (written for this test, coded by GUIDELINES.md before
warta ran on them), each with negatives."""

from __future__ import annotations

import pytest

from sentence_sets import event_keys

PUB = "2024-11-15"


def _keys(text: str, lang: str) -> set[tuple[str, str, str]]:
    return event_keys(text, lang, PUB)


# an appeal to all parties or both sides names no target: coded with none (event_types.tsv to_all_parties); "both
# sides" with only one party named before is no one the text names (coref._last_two)
@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "The UN urged all parties to show restraint.", ("REQUEST", "IGOUN", "")),
    ("en", "Egypt called on both sides to resume talks.", ("REQUEST", "EGY", "")),
    ("en", "Germany urged the two sides to return to the negotiating table.", ("REQUEST", "DEU", "")),
    ("en", "Russia asked both warring parties for calm.", ("REQUEST", "RUS", "")),
    ("id", "Kementerian Luar Negeri Mesir menyerukan kedua pihak memulai kembali perundingan.", ("REQUEST", "EGY", "")),
    ("id", "Sekjen PBB mendesak kedua belah pihak menghentikan pertempuran.", ("REQUEST", "IGOUN", "")),
    ("id", "Presiden Joko Widodo meminta semua pihak menahan diri.", ("REQUEST", "IDN", "")),
    ("id", "Menlu Malaysia mengimbau seluruh pihak menghormati hasil pemilu.", ("REQUEST", "MYS", "")),
])  # fmt: skip
def test_appeal_to_all_parties(lang, text, key):
    assert key in _keys(text, lang)


@pytest.mark.parametrize(("lang", "text", "key"), [
    # the two sides named before are the pair, as before
    ("en", "Prabowo met Anwar in Jakarta. Both sides agreed to expand trade.", ("AGREE", "IDN", "MYS")),
    ("id", "Prabowo bertemu Anwar di Jakarta. Kedua pihak sepakat memperluas perdagangan.", ("AGREE", "IDN", "MYS")),
    # sides named after the appeal are its targets, not nobody
    ("en", "Egypt urged both sides, Israel and Hamas, to accept the truce.", ("REQUEST", "EGY", "ISR")),
])  # fmt: skip
def test_named_sides_stay_targets(lang, text, key):
    assert key in _keys(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Egypt urged both sides, Israel and Hamas, to accept the truce."),  # sides named: no targetless event
    ("en", "Russia urged Ukraine to accept the plan."),  # a named addressee
    ("id", "China meminta Amerika Serikat mencabut sanksi."),
    ("en", "All parties in Kenya's parliament asked for more time."),  # all parties as the askers, not the asked
])  # fmt: skip
def test_no_targetless_appeal(lang, text):
    assert not any(k[0] == "REQUEST" and k[2] == "" for k in _keys(text, lang))


# a seizure of property is aimed at its owner: not at the agent's population nor at the state of its place; with
# no owner named it is not coded (kept with no target, it cost a blind false alarm; cameo_facts.tsv property)
@pytest.mark.parametrize(("lang", "text"), [
    ("id", "Ratusan ponsel selundupan itu disita oleh Bea Cukai di Batam."),
    ("id", "Kepolisian Malaysia menyita dua ton narkoba di Johor."),
    ("en", "Vietnamese police seized 300 kilograms of ivory in a raid on Tuesday."),
])  # fmt: skip
def test_seized_property_of_no_owner(lang, text):
    assert not any(k[0] == "COERCE" for k in _keys(text, lang))


def test_seized_property_of_a_named_owner():
    assert ("COERCE", "MYS", "IDN") in _keys("Kepolisian Malaysia menyita kapal milik nelayan Indonesia.", "id")


@pytest.mark.parametrize(("lang", "text", "key"), [
    # an arrest still acts on the agent's own people
    ("id", "Kepolisian Malaysia menangkap dua pria di Johor.", ("COERCE", "MYS", "MYS")),
    ("en", "Vietnamese police arrested two men in Hanoi.", ("COERCE", "VNM", "VNM")),
])  # fmt: skip
def test_arrest_is_not_a_seizure(lang, text, key):
    assert key in _keys(text, lang)


# a participle of stance right after a noun, before its "to", is no act (word class stance_participle)
def test_stance_participle_is_no_rejection():
    assert not any(k[0] == "REJECT" for k in _keys(
        "Local Sunni militants opposed to the US presence in Iraq have joined the group.", "en"))
    assert ("REJECT", "USA", "IRN") in _keys("The US strongly opposed the Iranian nuclear programme.", "en")
