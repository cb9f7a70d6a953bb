"""English actors of domestic politics and justice that name no country (part V): own news-style sentences in the
gold's form (tests/data/actors_V.jsonl: parties, legislatures and their members, metonyms like "No 10" and
"Whitehall", regulators, prosecution services, police forces and courts of the UK, the US and the other large
English-news democracies), coded by /work/shared/gold/GUIDELINES.md BEFORE warta was run on them, and negatives
(lines with no event: "Labour Day", "the labour market", "a Republican-era building", "the congress of the party").
They are scored as the gold is (type, source and target at country level; optional events removed when matched), and
the F1 and the false alarms are held to a ratchet. Misses and false alarms are printed on every run (``pytest -s``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import check_event, event_keys

DATA = Path(__file__).parent / "data" / "actors_V.jsonl"
# (lowest F1, most false alarms), measured on batch 1, 74 sentences (53 with events, 21 without): 0.625 (P 0.893 R 0.481, TP 25
# FP 3 FN 27) before any fix; 0.817 (TP 38 FP 3 FN 14) with the parties, bodies and offices of part V; 0.829 (TP 39) with
# the person charged by local prosecutors; 0.842 (TP 40) with ITV, DOJ, ICE ...; 0.854 (TP 41) with threats of
# retaliation aimed at no one named; 0.865 (TP 42) with charges over a poisoning. Batch 2 (18 sentences, lines 75-92,
# coded before any run as a held-out check): TP 12 FP 2 FN 3 on the code of that time; with demands of no one named,
# "arraigned" and the Treasury all 92 sentences give 0.892 (TP 58 FP 5 FN 9)
RATCHET = (0.892, 5)


def _records():
    from warta.evaluate import load_gold

    return load_gold(DATA)


def test_records_are_well_formed():
    recs = _records()
    assert len(recs) >= 40 and len({r["id"] for r in recs}) == len(recs)
    for rec in recs:
        assert rec["lang"] == "en" and rec["text"].endswith(".")
        for ev in rec["events"]:
            check_event(ev, f"{rec['id']} {ev}")


def test_f1_holds_the_ratchet():
    from warta.api import extract_article
    from warta.evaluate import evaluate_records

    score = evaluate_records(_records(), extract_article)
    c = score.by_lang["en"]
    report = [f"en: F1 {c.f1:.3f} (P {c.precision:.3f} R {c.recall:.3f}; TP {c.tp} FP {c.fp} FN {c.fn})"]
    report += [f"  miss {rid}: {g['type']} {g['source']}>{g.get('target') or '-'} | {text}" for rid, text, g in score.misses]
    report += [f"  false alarm {rid}: {p['type']} {p['source']}>{p['target'] or '-'} | {text}"
               for rid, text, p in score.false_alarms]  # fmt: skip
    print("\n".join(report))
    assert c.f1 >= RATCHET[0] and c.fp <= RATCHET[1], "\n".join(report)


# --- the fixes, with sentences of their own (not in actors_V.jsonl) and negatives
PUB = "2019-06-15"


@pytest.mark.parametrize(("text", "key"), [
    # parties, bodies and offices that name one state only (knowledge/organisations.tsv, part V)
    ("Labour MPs accused the Home Secretary of misleading Parliament.", ("ACCUSE", "GBR", "GBR")),
    ("The Brexit Party accused the Prime Minister of betraying Leave voters.", ("ACCUSE", "GBR", "GBR")),
    ("Gardaí arrested two men in Cork on Tuesday.", ("COERCE", "IRL", "IRL")),
    ("The NDP accused Justin Trudeau of breaking his promise on electoral reform.", ("ACCUSE", "CAN", "CAN")),
    ("Labor criticised the Morrison government over the drought.", ("ACCUSE", "AUS", "AUS")),
    ("The EFCC arrested two bank officials in Lagos.", ("COERCE", "NGA", "NGA")),
    ("Ofwat fined the water company £3m for missing its leakage targets.", ("COERCE", "GBR", "GBR")),
    ("Congress party leaders accused the BJP of buying votes.", ("ACCUSE", "IND", "IND")),
    ("The Taoiseach criticised the DUP over its Brexit stance.", ("ACCUSE", "IRL", "GBR")),
    # two parties of one state named apart are the two parties of the act
    ("Democrats accused Republicans of blocking the gun bill.", ("ACCUSE", "USA", "USA")),
    ("Fine Gael criticised Fianna Fáil over its housing plans.", ("ACCUSE", "IRL", "IRL")),
])  # fmt: skip
def test_domestic_actor_fixes(text, key):
    assert key in event_keys(text, "en", PUB)


@pytest.mark.parametrize(("text", "bad"), [
    # an office, a holiday or a market named with "Labour"/"Labor" is no British or Australian party
    ("Indonesia's Labour Minister criticised the textile firms.", "GBR"),
    ("Labour market figures were published on Tuesday.", "GBR"),
    ("Labor Day parades were held in Chicago.", "AUS"),
    # a state before "Labour" names its own party
    ("New Zealand Labour accused the National Party of scaremongering.", "GBR"),
    # "Congress" alone is no Indian party; a word of a party's name is no trigger ("Fine" Gael is no fine)
    ("Congress condemned the White House's decision.", "IND"),
    ("Fine Gael won the by-election in Dublin.", "COERCE"),
])  # fmt: skip
def test_domestic_actor_negatives(text, bad):
    assert not any(bad in key for key in event_keys(text, "en", PUB))


@pytest.mark.parametrize(("text", "key", "not_key"), [
    # prosecutors or police of no stated state take the state of the place they are in, and so does the person of no
    # stated state they charge (as "Malaysian prosecutors charged Ahmad Fauzi"); one whose state is named keeps it
    ("Prosecutors in Chicago charged Daniel Morales with wire fraud.", ("ACCUSE", "USA", "USA"), None),
    ("Police in Sydney charged Mark Evans with assault.", ("ACCUSE", "AUS", "AUS"), None),
    ("Prosecutors in Chicago charged Russian businessman Ivan Petrov with spying.", ("ACCUSE", "USA", "RUS"),
     ("ACCUSE", "USA", "USA")),
])  # fmt: skip
def test_person_charged_by_local_prosecutors(text, key, not_key):
    keys = event_keys(text, "en", PUB)
    assert key in keys and not_key not in keys


@pytest.mark.parametrize(("text", "key"), [
    # a province's or state's wire abbreviation is its place (lang/en/place_aliases.tsv): police there are its state's
    ("Police in Red Deer, Alta., arrested two men on Sunday.", ("COERCE", "CAN", "CAN")),
    ("Police in Norman, Okla., arrested a university student.", ("COERCE", "USA", "USA")),
])  # fmt: skip
def test_wire_abbreviations_of_places(text, key):
    assert key in event_keys(text, "en", PUB)


def test_abbreviation_that_is_a_word_is_no_place():
    # "ill." ending a sentence is no Illinois (left out of the list)
    assert not any("USA" in k for k in event_keys("Police said the man was ill. Officers arrested him later.", "en", PUB))


@pytest.mark.parametrize(("text", "key"), [
    # domestic politicians of the period, with their roles' dates (knowledge/people.tsv, part V)
    ("Emily Thornberry accused the Foreign Secretary of complacency.", ("ACCUSE", "GBR", "GBR")),
    ("Bill Shorten accused Scott Morrison of running a chaotic government.", ("ACCUSE", "AUS", "AUS")),
    ("Julius Malema accused Cyril Ramaphosa of protecting corrupt ministers.", ("ACCUSE", "ZAF", "ZAF")),
    ("Mr Bercow rebuked ministers for briefing the press first.", ("ACCUSE", "GBR", "GBR")),
])  # fmt: skip
def test_domestic_politicians(text, key):
    assert key in event_keys(text, "en", "2019-03-20")


@pytest.mark.parametrize(("text", "bad"), [
    ("Senator Leila de Lima criticised the Philippine police.", "PER"),  # "Lima" in a name is no Peru
    ("Greg Abbott criticised the president's border plan.", "GBR"),  # "Abbott" alone names no British politician
])  # fmt: skip
def test_domestic_politicians_negatives(text, bad):
    assert not any(bad in key for key in event_keys(text, "en", "2019-03-20"))


@pytest.mark.parametrize(("text", "key"), [
    # national bodies that name one state (part V): regulators' targets, federal agencies
    ("Ofcom opened an investigation into ITV over the phone-in quiz.", ("ACCUSE", "GBR", "GBR")),
    ("ICE agents detained 40 workers at a meat plant in Iowa.", ("COERCE", "USA", "USA")),
])  # fmt: skip
def test_national_bodies(text, key):
    assert key in event_keys(text, "en", PUB)


def test_brand_ambassador_is_no_diplomat():
    keys = event_keys("The singer, a brand ambassador for Gucci, met the Prime Minister at Downing Street.", "en", PUB)
    assert not any(k[0] == "CONSULT" and "GBR" == k[1] == k[2] for k in keys)


@pytest.mark.parametrize(("text", "key", "not_key"), [
    # a threat of retaliation naming no one it is aimed at has no target (GUIDELINES: "" where none is named) ...
    ("Ottawa threatened to retaliate.", ("THREATEN", "CAN", ""), None),
    ("Mexico has threatened countermeasures, officials said.", ("THREATEN", "MEX", ""), None),
    # ... but one named behind "against", or in what follows, is its target
    ("Tehran threatened to retaliate against Washington.", ("THREATEN", "IRN", "USA"), ("THREATEN", "IRN", "")),
    ("Beijing threatened retaliation if Washington raised tariffs.", ("THREATEN", "CHN", "USA"), ("THREATEN", "CHN", "")),
])  # fmt: skip
def test_threat_of_retaliation(text, key, not_key):
    keys = event_keys(text, "en", PUB)
    assert key in keys and not_key not in keys


@pytest.mark.parametrize(("text", "key"), [
    # police, court and legislature nouns of US, UK and Commonwealth news take the state of their place or other party
    ("Sheriff's deputies in Florida arrested a teacher.", ("COERCE", "USA", "USA")),
    ("State troopers in Texas arrested two smugglers.", ("COERCE", "USA", "USA")),
    ("A magistrate in Lagos jailed the pastor for fraud.", ("COERCE", "NGA", "NGA")),
    ("MSPs criticised the Scottish Government over ferry delays.", ("ACCUSE", "GBR", "GBR")),
    ("Congressmen criticised the Pentagon over the contract.", ("ACCUSE", "USA", "USA")),
])  # fmt: skip
def test_domestic_sector_nouns(text, key):
    assert key in event_keys(text, "en", PUB)


def test_domestic_sector_nouns_negative():
    # a regulator named with no state, place or other party is of no state
    assert not event_keys("The regulator said the rules would change next year.", "en", PUB)


@pytest.mark.parametrize(("text", "key"), [
    # charged over a poisoning, a stabbing, manslaughter, arson ... (the crime words of "chargedover"), also in the
    # passive with its agent behind "by"
    ("Three Iranian agents were charged by Dutch prosecutors over the poisoning of a dissident.", ("ACCUSE", "NLD", "IRN")),
    ("Police in Leeds charged a teenager over the stabbing of a schoolboy.", ("ACCUSE", "GBR", "GBR")),
])  # fmt: skip
def test_charged_over_more_crimes(text, key):
    assert key in event_keys(text, "en", PUB)


def test_charged_fees_is_no_charge():
    # "charged ... for" a fee or a service is no charge of a crime
    assert not any(k[0] == "ACCUSE" for k in event_keys("The council charged residents for parking permits.", "en", PUB))


@pytest.mark.parametrize(("text", "key"), [
    ("President Trump criticised the Fed for raising interest rates.", ("ACCUSE", "USA", "USA")),
    ("The PNP arrested a town mayor in Mindanao.", ("COERCE", "PHL", "PHL")),
    ("An Ottawa New Democrat MP criticised the government over the leak.", ("ACCUSE", "CAN", "CAN")),
    ("HMRC fined the bank for failing to report suspicious payments.", ("COERCE", "GBR", "GBR")),
])  # fmt: skip
def test_short_names_of_national_bodies(text, key):
    assert key in event_keys(text, "en", "2019-08-01")


def test_fed_up_is_no_federal_reserve():
    assert not any("USA" in k for k in event_keys("Fed up with delays, residents protested outside the town hall.", "en", PUB))


@pytest.mark.parametrize(("text", "key"), [
    # a demand for a referendum, an inquiry or an election is asked of no one named (target "")
    ("Plaid Cymru demanded a referendum on Welsh independence.", ("REQUEST", "GBR", "")),
    ("The Greens called for a public inquiry into the contract.", None),
    # arraigned: charged before a court
    ("Prosecutors in Lagos arraigned two customs officers on bribery charges.", ("ACCUSE", "NGA", "NGA")),
    # the Treasury is a finance ministry of the other party's state
    ("Labour accused the Treasury of fiddling the figures.", ("ACCUSE", "GBR", "GBR")),
])  # fmt: skip
def test_demands_arraignments_treasury(text, key):
    keys = event_keys(text, "en", PUB)
    if key is None:  # no state named: no event with a guessed one
        assert not any(k[0] == "REQUEST" and k[1] for k in keys)
    else:
        assert key in keys


def test_demand_addressed_to_someone_is_not_targetless():
    # "urged the government to hold a referendum": asked of the government, not of no one
    keys = event_keys("The SNP urged the UK government to hold a second referendum.", "en", PUB)
    assert ("REQUEST", "GBR", "GBR") in keys
