"""Who an agentless passive of coercion names, and which nouns make a nationality civilians or business.

"Two Vietnamese musicians were jailed": the courts jailed Vietnam's civilians (VNMJUD -> VNMCVL), not
"the government" jailing "Vietnam"; an arrest with no agent is the police's; a sanction on a
state's oil sector is aimed at its business sector (sentences written for this test).
"""

import pytest

from warta.api import extract

CASES = [
    ("en", "Two Vietnamese musicians were jailed for spreading propaganda.", "COERCE", "VNMJUD", "VNMCVL"),
    ("en", "A Kenyan athlete was sentenced to three years in prison.", "COERCE", "KENJUD", "KENCVL"),
    ("en", "Three Saudi teachers were arrested last week.", "COERCE", "SAUCOP", "SAUCVL"),
    ("en", "The European Union imposed sanctions on Iran's oil sector.", "SANCTION", "IGOEU", "IRNBUS"),
    ("id", "Dua musisi Vietnam dijatuhi hukuman penjara karena menyebarkan propaganda.", "COERCE", "VNMJUD", "VNMCVL"),
    ("id", "Seorang atlet Kenya divonis tiga tahun penjara.", "COERCE", "KENJUD", "KENCVL"),
    ("id", "Tiga guru Arab Saudi ditangkap pekan lalu.", "COERCE", "SAUCOP", "SAUCVL"),
    ("id", "Uni Eropa menjatuhkan sanksi terhadap sektor minyak Iran.", "SANCTION", "IGOEU", "IRNBUS"),
    # settlers in occupied land are the occupier's civilians, not the place's
    ("en", "Jewish settlers attacked a Palestinian village.", "ASSAULT", "ISRCVL", "PSECVL"),
    ("id", "Pemukim Yahudi menyerang warga Palestina di Tepi Barat.", "ASSAULT", "ISRCVL", "PSECVL"),
    # "berunjuk rasa menentang X": a protest against X, not a rejection by the crowd
    ("id", "Ribuan orang berunjuk rasa menentang pemerintah Thailand di Bangkok.", "PROTEST", "THACVL", "THAGOV"),
    ("id", "Ratusan mahasiswa menggelar aksi menentang pemerintah Peru.", "PROTEST", "PERCVL", "PERGOV"),
    # a condemned arrest or trial of people with no agent named is the police's or the courts' act
    ("en", "Human Rights Watch condemned the arrest of dozens of Egyptian students.", "ACCUSE", "NGOHRW", "EGYCOP"),
    ("id", "Amnesty International mengecam penangkapan puluhan mahasiswa Mesir.", "ACCUSE", "NGOAMN", "EGYCOP"),
]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Human Rights Watch condemned the arrest of dozens of Egyptian students."),
    ("id", "Amnesty International mengecam penangkapan puluhan mahasiswa Mesir."),
])
def test_the_one_who_condemns_is_not_the_arrester(lang, text):
    got = [(e.type, e.source.code) for e in extract(text, lang=lang)]
    assert not [g for g in got if g[0] == "COERCE" and g[1].startswith(("NGO", "IGO"))], got


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Iran's government refused to free detained protesters."),
    ("en", "Human Rights Watch condemned the arrest of dozens of students by Egyptian police."),
])
def test_an_arrest_that_is_no_noun_or_has_its_agent_keeps_it(lang, text):
    got = [(e.type, e.target.code if e.target else "") for e in extract(text, lang=lang)]
    assert ("REJECT", "IRNCVL") in got or ("ACCUSE", "EGYCOP") in got, got


@pytest.mark.parametrize(("lang", "text", "type_", "source", "target"), CASES)
def test_full_codes(lang, text, type_, source, target):
    got = [(e.type, e.source.code, e.target.code if e.target else "") for e in extract(text, lang=lang)]
    assert (type_, source, target) in got, got


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Two Vietnamese officials were detained by the army."),
    ("id", "Dua pejabat Vietnam ditahan oleh tentara."),
])
def test_a_named_agent_is_kept(lang, text):
    """The convention fills only an agent the text does not name."""
    got = [(e.source.code, e.target.code if e.target else "") for e in extract(text, lang=lang)]
    assert got and all(s.endswith("MIL") for s, _ in got), got


@pytest.mark.parametrize(("lang", "text", "pair"), [
    ("id", "Pemberontak di Kongo terlibat baku tembak dengan pasukan penjaga perdamaian PBB.", ("CODREB", "IGOUN")),
    ("en", "Rebels in Congo clashed with UN peacekeepers.", ("CODREB", "IGOUN")),
    ("en", "Rebels in the Republic of Congo clashed with UN peacekeepers.", ("COGREB", "IGOUN")),
    ("id", "Pemberontak di Republik Kongo terlibat baku tembak dengan pasukan penjaga perdamaian PBB.", ("COGREB", "IGOUN")),
])
def test_peacekeepers_and_congo_in_both_languages(lang, text, pair):
    """'Kongo' is DR Congo as English 'Congo' is in news style (Reuters, AP: "Congo" alone is the Democratic
    Republic, the other is "Republic of Congo"; Phoenix coded both COG); UN peacekeepers are the UN in
    Indonesian too."""
    assert pair in {(e.source.code, e.target.code if e.target else "") for e in extract(text, lang=lang)}


@pytest.mark.parametrize(("lang", "text", "event"), [
    # a charge or a verdict with no agent is the courts' act, as a sentence is
    ("en", "A British man was charged with murder on Tuesday.", ("ACCUSE", "GBRJUD", "GBRCVL")),
    ("id", "Seorang warga Malaysia didakwa melakukan pembunuhan.", ("ACCUSE", "MYSJUD", "MYSCVL")),
    # the agent is of the state the act took place in, not the foreign patient's
    ("en", "A Canadian citizen was arrested in China.", ("COERCE", "CHNCOP", "CANCVL")),
    ("en", "A Canadian citizen was sentenced to death in Beijing.", ("COERCE", "CHNJUD", "CANCVL")),
    ("id", "Seorang warga Australia didakwa melakukan penyelundupan narkoba di Bali.", ("ACCUSE", "IDNJUD", "AUSCVL")),
])
def test_legal_acts_with_no_agent(lang, text, event):
    got = {(e.type, e.source.code, e.target.code if e.target else "") for e in extract(text, lang=lang)}
    assert event in got, got
