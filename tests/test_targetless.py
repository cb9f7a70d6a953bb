"""Targets the text does not name (issue 11, item 4): an act whose object is a plan, a proposal, a call or
an accusation is coded with target "" when the author is not named, and against the author when it is."""

import pytest

from warta.api import extract


def dyads(text, lang):
    return {(e.type, e.source.code[:3], e.target.code[:3] if e.target else "")
            for e in extract(text, lang=lang, published="2025-03-02")}  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "dyad"), [
    ("en", "Hamas rejected the ceasefire proposal.", ("REJECT", "PSE", "")),
    ("en", "The Kremlin rejected the call on Friday.", ("REJECT", "RUS", "")),
    ("en", "Vietnam rejected the plan.", ("REJECT", "VNM", "")),
    ("id", "Hamas menolak usulan gencatan senjata itu.", ("REJECT", "PSE", "")),
    ("id", "Kremlin menolak seruan tersebut.", ("REJECT", "RUS", "")),
    ("id", "Pemerintah Thailand menolak tawaran itu.", ("REJECT", "THA", "")),
])  # fmt: skip
def test_a_rejected_plan_of_no_named_author_has_no_target(lang, text, dyad):
    assert dyad in dyads(text, lang)


@pytest.mark.parametrize(("lang", "text", "dyad"), [
    ("en", "Israel rejected Egypt's proposal.", ("REJECT", "ISR", "EGY")),
    ("en", "Israel rejected the proposal by Egypt.", ("REJECT", "ISR", "EGY")),
    ("id", "Israel menolak usulan Mesir.", ("REJECT", "ISR", "EGY")),
    ("id", "Filipina menolak permintaan China.", ("REJECT", "PHL", "CHN")),
])  # fmt: skip
def test_the_named_author_of_a_rejected_plan_is_the_target(lang, text, dyad):
    found = dyads(text, lang)
    assert dyad in found and (dyad[0], dyad[1], "") not in found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Iran rejected the decision of the court."),  # an object that is no plan of a party: no event
    ("id", "Rusia menolak berkomentar."),  # declining to comment is a statement, not a rejection
])  # fmt: skip
def test_no_rejection_without_a_rejected_plan(lang, text):
    assert not any(t == "REJECT" and not tgt for t, _, tgt in dyads(text, lang))


@pytest.mark.parametrize(("lang", "text", "dyad"), [
    ("en", "Seoul denied the accusation.", ("REJECT", "KOR", "")),
    ("en", "Seoul denied Pyongyang's accusations.", ("REJECT", "KOR", "PRK")),
    ("en", "North Korea accused South Korea of flying drones. Seoul denied the accusation.", ("REJECT", "KOR", "PRK")),
    ("id", "Seoul membantah tuduhan itu.", ("REJECT", "KOR", "")),
    ("id", "Hizbullah menepis tudingan Israel.", ("REJECT", "LBN", "ISR")),
    ("id", "Korea Utara menuduh Korea Selatan menerbangkan drone. Seoul membantah tuduhan itu.", ("REJECT", "KOR", "PRK")),
])  # fmt: skip
def test_a_denied_accusation_is_rejected_against_the_accuser_or_no_one(lang, text, dyad):
    # DEVELOPERS.md: a denial of an accusation is REJECT 120 whose target is the accuser, or "" when none is named
    found = dyads(text, lang)
    assert dyad in found
    assert dyad[2] == "" or (dyad[0], dyad[1], "") not in found


def test_a_denied_report_of_an_act_is_that_act_negated_not_a_rejection():
    events = extract("The United States said Russia shelled Ukraine. Russia denied the report.", lang="en")
    denied = [e for e in events if e.negated]
    assert [(e.type, e.source.code, e.claimed_by.code) for e in denied] == [("ASSAULT", "RUS", "RUS")]
    assert not any(e.type == "REJECT" for e in events)


@pytest.mark.parametrize(("text", "expected"), [
    ("Jakarta mendorong untuk memperbaiki hubungan dengan Tokyo.", set()),
    ("Jakarta mendorong Tokyo dan Seoul untuk berunding.", {("IDNGOV", "JPNGOV"), ("IDNGOV", "KORGOV")}),
])
def test_a_push_names_whom_it_pushes_at_once(text, expected):
    """'mendorong untuk X' pushes for something itself: who appears inside X is not asked anything; the
    parties asked follow the verb at once, listed ("mendorong Tokyo dan Seoul untuk")."""
    got = {(e.source.code, e.target.code) for e in extract(text, lang="id") if e.type == "REQUEST"}
    assert got == expected


@pytest.mark.parametrize(("text", "dyad"), [
    ("The Islamic State group claimed responsibility for the suicide bombing in Jalalabad.", ("STATEMENT", "XXX", "")),
    ("The Nigerian finance minister voiced optimism about the oil output.", ("STATEMENT", "NGA", "")),
    ("The Canadian government is considering options to cut emissions.", ("STATEMENT", "CAN", "")),
    ("Mongolia's prime minister resigned on Tuesday.", ("CONCEDE", "MNG", "")),
])  # fmt: skip
def test_codebook_phrases_that_stand_without_a_target_win_over_derived_ones(text, dyad):
    # scripts/derive_triggers.py leaves to the codebook vocabulary the verbs it lists: its frame (no target) holds
    assert dyad in dyads(text, "en")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Venezuela denied involvement in the sabotage of the pipeline."),
    ("en", "The Ethiopian government denied responsibility for the air strike on the market."),
    ("id", "Venezuela membantah terlibat dalam sabotase pipa gas itu."),
])  # fmt: skip
def test_a_denied_role_is_a_statement_without_a_target(lang, text):
    # CAMEO 016, deny responsibility: the denier's statement, aimed at no one (scripts/codebook_triggers.py INTRANS)
    found = dyads(text, lang)
    assert any(t == "STATEMENT" and g == "" for t, _, g in found), found


@pytest.mark.parametrize(("lang", "text", "dyad"), [
    ("en", "Police in Oslo are investigating the killing of a taxi driver.", ("ACCUSE", "NOR", "")),
    ("en", "Canadian police opened an investigation into the explosion at a Toronto refinery.", ("ACCUSE", "CAN", "")),
    ("id", "Polisi Malaysia menyelidiki kematian seorang turis di Penang.", ("ACCUSE", "MYS", "")),
    ("id", "Kejaksaan Agung membuka penyelidikan atas dugaan korupsi dana haji.", ("ACCUSE", "IDN", "")),
])  # fmt: skip
def test_an_inquiry_into_an_incident_with_no_named_suspect_has_no_target(lang, text, dyad):
    """PLOVER codes every investigation as ACCUSE; into an incident, with no suspect named, its target is ""."""
    assert dyad in dyads(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Police in Oslo are investigating the matter."),  # no incident named: the roles were not understood
    ("id", "Polisi Malaysia sedang menyelidiki hal itu."),
])  # fmt: skip
def test_an_inquiry_into_no_incident_needs_a_target(lang, text):
    assert not any(t == "ACCUSE" for t, _, _ in dyads(text, lang))


def test_an_inquiry_keeps_a_named_suspect():
    assert ("ACCUSE", "KEN", "KEN") in dyads("Kenyan police are investigating the governor over the killing of a journalist.", "en")


@pytest.mark.parametrize(("lang", "text", "dyad"), [
    ("en", "Police in Oslo are investigating the killing of a taxi driver by a Swedish gang.", ("ACCUSE", "NOR", "SWE")),
    ("id", "Komnas HAM menyelidiki dugaan penyiksaan tahanan oleh polisi Papua Nugini.", ("ACCUSE", "IDN", "PNG")),
    ("id", "Kejaksaan Agung menyelidiki korupsi di Kementerian Sosial.", ("ACCUSE", "IDN", "IDN")),
])  # fmt: skip
def test_the_suspect_of_an_inquiry_is_its_target_not_the_victim(lang, text, dyad):
    found = dyads(text, lang)
    assert dyad in found, found


@pytest.mark.parametrize(("lang", "text", "dyad"), [
    ("en", "A Kremlin spokesman called the allegations baseless.", ("REJECT", "RUS", "")),
    ("en", "Beijing labelled the US claims groundless.", ("REJECT", "CHN", "USA")),
    ("id", "Kremlin menilai tudingan itu tidak berdasar.", ("REJECT", "RUS", "")),
    ("id", "Kementerian Luar Negeri China menyebut tuduhan Amerika Serikat mengada-ada.", ("REJECT", "CHN", "USA")),
])  # fmt: skip
def test_calling_an_accusation_baseless_is_a_denial(lang, text, dyad):
    """'called the allegations baseless', 'menyebut tuduhan itu tidak berdasar': a rejection (CAMEO 120) aimed at
    the accusation's author when named, with no target when not."""
    assert dyad in dyads(text, lang)


@pytest.mark.parametrize(("lang", "text", "dyad"), [
    ("en", "Brazil's president described Israel's offensive in Gaza as genocide.", ("ACCUSE", "BRA", "ISR")),
    ("en", "Turkey's president branded Sweden a haven for terrorists.", ("ACCUSE", "TUR", "SWE")),
    ("en", "Venezuela's government labelled the opposition leader a traitor.", ("ACCUSE", "VEN", "VEN")),
    ("id", "Presiden Brasil menyebut serangan Israel di Gaza sebagai genosida.", ("ACCUSE", "BRA", "ISR")),
    ("id", "Presiden Turki menjuluki Swedia sebagai surga bagi teroris.", ("ACCUSE", "TUR", "SWE")),
    ("id", "Pemerintah Venezuela mencap pemimpin oposisi itu sebagai pengkhianat.", ("ACCUSE", "VEN", "VEN")),
])  # fmt: skip
def test_labelling_an_actor_with_a_charge_is_criticism(lang, text, dyad):
    """'branded X a haven for terrorists', 'menyebut serangan X sebagai genosida': ACCUSE 111 aimed at the
    labelled actor, the subject of the labelling verb its source."""
    assert dyad in dyads(text, lang)


def test_a_neutral_description_is_no_criticism():
    assert not any(d[0] == "ACCUSE" for d in dyads("Japan described its talks with China as constructive.", "en"))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ukraine said Russia violated the ceasefire dozens of times on Sunday."),
    ("id", "Ukraina menyatakan Rusia melanggar gencatan senjata puluhan kali pada Minggu."),
])  # fmt: skip
def test_a_truce_violated_with_no_side_named_is_the_violators_act(lang, text):
    """CAMEO 196 with no other side named stands with target "" (GUIDELINES), claimed by who reports it."""
    assert ("ASSAULT", "RUS", "") in dyads(text, lang)
