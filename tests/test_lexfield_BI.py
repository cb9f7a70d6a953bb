"""Lexical fields by construction (helper BI, nineteenth session): ACCUSE, REQUEST, REJECT, THREATEN, SUPPORT and AGREE
as wire news writes them, in English and Indonesian (tests/data/lexfield_BI.jsonl), in the gold's record form, every
sentence coded by GUIDELINES.md BEFORE warta was run on any of them, with negatives (sport, markets, weather)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "lexfield_BI.jsonl"
PUB = "2024-11-15"

# Measured right after coding, before any fix (2026-12-06): en F1 0.634 (TP 13, FP 2, FN 13), id F1 0.894 (TP 21, FP 1,
# FN 4). After the English rows (part one): en 0.960 (TP 24, FP 0, FN 2); after the Indonesian rows: id 1.000 (TP 25,
# FP 0, FN 0). The ratchet per language: (lowest F1, most
# false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.959, 0), "id": (0.999, 0)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "lexfield-BI", RATCHET)


# the fixes, each with sentences of our own (not of the set's file) and negatives
@pytest.mark.parametrize(("lang", "text", "key"), [
    # concern voiced over a party's act is criticism (the codebook's 012 row no longer outranks the hand row)
    ("en", "Norway voiced concern over Russia's treatment of the detained activists.", ("ACCUSE", "NOR", "RUS")),
    ("en", "Malaysia has voiced deep concern about Myanmar's air strikes.", ("ACCUSE", "MYS", "MMR")),
    # copular opposition
    ("en", "Ireland remains firmly opposed to Israel's blockade.", ("REJECT", "IRL", "ISR")),
    ("en", "Mexico was opposed to the American tariffs.", ("REJECT", "MEX", "USA")),
    # rallying and lining up behind a party
    ("en", "The African Union rallied behind Ethiopia in the border dispute.", ("SUPPORT", "IGOAU", "ETH")),
    ("en", "Latvia lined up behind Finland after the cable damage.", ("SUPPORT", "LVA", "FIN")),
    ("en", "Estonia is rallying around Ukraine.", ("SUPPORT", "EST", "UKR")),
    # standing (firmly) with a party
    ("en", "Canada stood firmly with Denmark over Greenland.", ("SUPPORT", "CAN", "DNK")),
    # coming to a party's defence
    ("en", "Beijing came to Pyongyang's defence at the Security Council.", ("SUPPORT", "CHN", "PRK")),
    ("en", "Turkey rushed to the defence of Azerbaijan.", ("SUPPORT", "TUR", "AZE")),
    # signing off on, consenting to, assuring of
    ("en", "Germany signed off on France's proposal for joint borrowing.", ("AGREE", "DEU", "FRA")),
    ("en", "Sudan has consented to Ethiopia's request for talks.", ("AGREE", "SDN", "ETH")),
    ("en", "Qatar assured Egypt of its continued support.", ("AGREE", "QAT", "EGY")),
    # lobbying and challenging a party to act
    ("en", "Bangladesh is lobbying Japan to fund the bridge.", ("REQUEST", "BGD", "JPN")),
    ("en", "Taiwan challenged China to renounce the use of force.", ("REQUEST", "TWN", "CHN")),
    # the second sweep: criticism hurled or launched at a party, barbs traded, bristling, fault found, a rebuke delivered
    ("en", "Caracas unleashed a torrent of criticism at Bogota.", ("ACCUSE", "VEN", "COL")),
    ("en", "Armenia hurled accusations at Azerbaijan over the blockade.", ("ACCUSE", "ARM", "AZE")),
    ("en", "Ethiopia and Egypt traded barbs over the dam.", ("ACCUSE", "EGY", "ETH")),
    ("en", "Beijing bristled at Canberra's call for an inquiry.", ("ACCUSE", "CHN", "AUS")),
    ("en", "Brussels found fault with Warsaw's judicial reforms.", ("ACCUSE", "IGOEU", "POL")),
    ("en", "Paris delivered a sharp rebuke to Rome over the migrants.", ("ACCUSE", "FRA", "ITA")),
    # an apology demanded, help begged
    ("en", "South Korea sought an apology from Japan.", ("REQUEST", "KOR", "JPN")),
    ("en", "Haiti begged the United States for help.", ("REQUEST", "HTI", "USA")),
    # refusals in idiom
    ("en", "Tehran said no to Washington's offer of talks.", ("REJECT", "IRN", "USA")),
    ("en", "Budapest has stonewalled Kyiv's bid.", ("REJECT", "HUN", "UKR")),
    ("en", "Beijing pushed back on Canberra's demands.", ("REJECT", "CHN", "AUS")),
    ("en", "Riyadh pushed back against Washington's pressure.", ("REJECT", "SAU", "USA")),
    ("en", "Taiwan stood firm against China's pressure.", ("REJECT", "TWN", "CHN")),
    ("en", "Belarus thumbed its nose at the European Union.", ("REJECT", "BLR", "IGOEU")),
    # sabre-rattling, an agreement forged
    ("en", "Moscow is rattling its sabre at the Baltic states and Poland.", ("THREATEN", "RUS", "POL")),
    ("en", "Chad and Sudan forged a security pact.", ("AGREE", "TCD", "SDN")),
    # Indonesian: solidarity as a verb, standing by a party, a promise claimed, a verbal attack
    ("id", "Jerman bersolidaritas dengan Ukraina.", ("SUPPORT", "DEU", "UKR")),
    ("id", "Korea Selatan tetap berdiri bersama Amerika Serikat.", ("SUPPORT", "KOR", "USA")),
    ("id", "Pemerintah Vanuatu menagih janji Australia.", ("REQUEST", "VUT", "AUS")),
    ("id", "Iran menyerang balik Prancis lewat pernyataan keras.", ("ACCUSE", "IRN", "FRA")),
    ("id", "Turki menyerang Israel dengan kecaman pedas.", ("ACCUSE", "TUR", "ISR")),
    # the second sweep: an apology demanded, a call ignored, a proposal set aside, an agreement struck, criticism
    # answered
    ("id", "Korea Selatan menuntut permintaan maaf dari Jepang.", ("REQUEST", "KOR", "JPN")),
    ("id", "Myanmar tidak menggubris desakan ASEAN.", ("REJECT", "MMR", "IGOASEAN")),
    ("id", "Israel mengesampingkan tawaran Mesir.", ("REJECT", "ISR", "EGY")),
    ("id", "Vietnam menjalin kesepakatan baru dengan Laos.", ("AGREE", "VNM", "LAO")),
    ("id", "China membalas kritik Australia.", ("ACCUSE", "CHN", "AUS")),
])
def test_bi_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "etype"), [
    ("en", "US standing with local Iraqis has suffered since the raids.", "SUPPORT"),
    ("en", "Shares in Tokyo rallied behind strong export figures.", "SUPPORT"),
    ("en", "Fans lined up behind the barriers outside the stadium in Madrid.", "SUPPORT"),
    ("en", "The goalkeeper came to the defence of his coach after the loss to Spain.", "SUPPORT"),
    ("en", "Voters in Ohio signed off on the school budget.", "AGREE"),
    ("en", "Patients in Britain must consent to the sharing of their data.", "AGREE"),
    ("en", "Brazil are assured of a place in the World Cup finals.", "AGREE"),
    ("en", "Arsenal challenged Chelsea to a friendly in Singapore.", "REQUEST"),
    ("en", "Two beggars begged for coins outside the station in Delhi.", "REQUEST"),
    ("en", "The meeting was pushed back on Monday because of the storm in Texas.", "REJECT"),
    ("en", "Police said the documents had been forged in Mexico.", "AGREE"),
    ("en", "Oil traders traded barbs on the floor in London.", "ACCUSE"),
    ("id", "Presiden Prabowo berdiri bersama para menteri di atas panggung.", "SUPPORT"),
    ("id", "Bank itu menagih utang kepada nasabah.", "REQUEST"),
    ("id", "Pemain Persija menyerang balik dengan cepat.", "ACCUSE"),
    ("id", "Warga bersolidaritas dengan korban banjir di Bekasi.", "SUPPORT"),
    ("id", "Kedua pemimpin sepakat mengesampingkan perbedaan.", "REJECT"),
    ("id", "Warga membalas kritik di media sosial.", "ACCUSE"),
])
def test_bi_negatives(lang, text, etype):
    assert etype not in {k[0] for k in event_keys(text, lang, PUB)}


@pytest.mark.parametrize(("lang", "text", "key"), [
    # a verbal attack is no assault, a missile attack still is
    ("id", "Iran menyerang balik Prancis lewat pernyataan keras.", ("ASSAULT", "IRN", "FRA")),
    # a barrage of criticism is no gunfire; an apology demanded is no apology; a rebuke delivered is no aid
    ("en", "Beijing pushed back on Canberra's demands.", ("SUPPORT", "CHN", "AUS")),
    ("en", "Caracas unleashed a barrage of criticism at Bogota.", ("ASSAULT", "VEN", "COL")),
    ("en", "South Korea sought an apology from Japan.", ("SUPPORT", "JPN", "KOR")),
    ("id", "Korea Selatan menuntut permintaan maaf dari Jepang.", ("SUPPORT", "JPN", "KOR")),
    ("en", "Paris delivered a sharp rebuke to Rome over the migrants.", ("AID", "FRA", "ITA")),
])
def test_bi_not_keyed(lang, text, key):
    assert key not in event_keys(text, lang, PUB)


def test_bi_missile_attack_stays_an_assault():
    assert ("ASSAULT", "RUS", "UKR") in event_keys("Pasukan Rusia menyerang Ukraina dengan rudal.", "id", PUB)
