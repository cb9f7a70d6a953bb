"""Acts on goods, blockades and mobilisations, in sentences written for this test (issue 11's kinds of miss).

"a 100% tariff on imports from China" aims at China (the goods' origin, a word class `goods_noun`); a
blockade is imposed as a noun after a light verb; a state's own mobilisation needs no forces named, while
"mobilisasi massa" (mobilising a crowd) is no military act.
"""

import pytest

from warta.api import extract

CASES = [
    ("en", "Washington imposed a 25% tariff on steel from Vietnam.", ("SANCTION", "USAGOV", "VNM")),
    ("en", "Ankara reimposed a blockade on Armenia.", ("COERCE", "TURGOV", "ARM")),
    ("en", "Tehran announced a general mobilisation.", ("MOBILIZE", "IRNGOV", "")),
    ("id", "Washington mengenakan tarif 25% terhadap baja dari Vietnam.", ("SANCTION", "USAGOV", "VNM")),
    ("id", "Ankara kembali memberlakukan blokade terhadap Armenia.", ("COERCE", "TURGOV", "ARM")),
    ("id", "Teheran mengumumkan mobilisasi umum.", ("MOBILIZE", "IRNGOV", "")),
    ("id", "Teheran mengumumkan mobilisasi.", ("MOBILIZE", "IRNGOV", "")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_coded(lang, text, expected):
    got = {(e.type, e.source.code, e.target.code if e.target else "") for e in extract(text, lang=lang)}
    assert expected in got, got


@pytest.mark.parametrize(("lang", "text"), [
    ("id", "Pemerintah Indonesia melakukan mobilisasi massa untuk kampanye kebersihan."),
    ("en", "The government organised a mobilisation of volunteers for the clean-up."),
    ("en", "Vietnam exports rice from the Mekong delta."),
])
def test_not_a_military_act(lang, text):
    assert not [e for e in extract(text, lang=lang) if e.type in ("MOBILIZE", "SANCTION", "COERCE")]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The Kenyan foreign ministry rebuked Uganda.", ("ACCUSE", "KENGOV", "UGA")),
    ("en", "Caracas lashed out at Bogota.", ("ACCUSE", "VENGOV", "COLGOV")),
    ("en", "Hanoi held Beijing responsible for the collision.", ("ACCUSE", "VNMGOV", "CHNGOV")),
    ("id", "Kementerian Luar Negeri Kenya menegur Uganda.", ("ACCUSE", "KENGOV", "UGA")),
    ("id", "Hanoi menyebut Beijing bertanggung jawab atas tabrakan itu.", ("ACCUSE", "VNMGOV", "CHNGOV")),
    ("id", "Hanoi meminta pertanggungjawaban Beijing atas tabrakan itu.", ("ACCUSE", "VNMGOV", "CHNGOV")),
    ("id", "Manila mengadu kepada Beijing soal tabrakan itu.", ("ACCUSE", "PHLGOV", "CHNGOV")),
])
def test_disapproval(lang, text, expected):
    """Rebukes, blame and complaints (CAMEO 111, 112, 114): the English verbs of the PETRARCH2 'denounce' sets
    (rebuke, castigate, lambaste, lash out...) and their Indonesian counterparts."""
    got = {(e.type, e.source.code, e.target.code if e.target else "") for e in extract(text, lang=lang)}
    assert expected in got, got


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "South Korean unions threatened to stage protests against the government."),
    ("id", "Serikat buruh Korea Selatan mengancam akan menggelar aksi protes terhadap pemerintah."),
])
def test_a_threatened_protest_is_one_threat_in_both_languages(lang, text):
    """Unions are civilians (not the bare state, which the same-country veto would drop against its own
    government), and a threat of protest is the threat (CAMEO 133), not a protest that happened."""
    got = {(e.type, e.cameo, e.source.code, e.target.code if e.target else "") for e in extract(text, lang=lang)}
    assert got == {("THREATEN", "133", "KORCVL", "KORGOV")}


@pytest.mark.parametrize("lang, text, expected", [
    # a missile or rocket that hits a place is its owner's strike; "struck"/"menghantam" with a party right after it
    ("en", "Russian missiles struck Kyiv overnight.", ("ASSAULT", "RUS", "UKR")),
    ("en", "A Hamas rocket hit a house in Ashkelon.", ("ASSAULT", "PSE", "ISR")),
    ("id", "Rudal Rusia menghantam Kyiv pada Selasa malam.", ("ASSAULT", "RUS", "UKR")),
    ("en", "Israel struck Gaza overnight.", ("ASSAULT", "ISR", "PSE")),
    ("id", "Israel menghantam Gaza semalam.", ("ASSAULT", "ISR", "PSE")),
])  # fmt: skip
def test_weapons_and_strikes_that_hit(lang, text, expected):
    from sentence_sets import event_keys

    assert expected in event_keys(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "Trump struck a deal with China."),
    ("en", "An earthquake struck Turkey, killing 40 people."),
    ("id", "Krisis ekonomi menghantam Indonesia."),
])  # fmt: skip
def test_no_strike_in_a_deal_a_hazard_or_a_crisis(lang, text):
    from sentence_sets import event_keys

    assert not {k for k in event_keys(text, lang) if k[0] == "ASSAULT"}
