"""Actors found with no country and actors not found (helper DC, session 28): own news-style sentences in English and
Indonesian (tests/data/actors_DC.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them: unnamed people
and bodies whose country is the scene's (officers, residents, workers, warga, aparat, massa), institutions named by
pattern and place ("Kent Police", "Sheffield Crown Court", "Brisbane City Council", "Polres Bogor", "Pengadilan Negeri
Surabaya", "DPRD Jawa Barat"), people named with a title and no entry ("Labour MP ...", "Senator ...", "Bupati ...",
"Kapolres ..."), organisations of a kind (unions, hospitals, universities); a quarter without event."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "actors_DC.jsonl"

# Measured right after coding, before any fix (2026-12-07, main 4919f77b): en F1 0.828 (TP 12, FP 1, FN 4), id F1
# 0.933 (TP 14, FP 1, FN 1).  After batch 1 (below): en F1 0.867 (TP 13, FP 1, FN 3), id the same.
# Batch 1: (1) an honorific with the last word of a person named in full before it is that person (coref.py), and a
# person named with an age ("John Fraser, 45,") is named again by the last word too; (2) an office of a town or
# province acts on unnamed groups of its own state (word class local_organ, practice.local_organ, an exception of the
# convention unnamed-target); (3) a geonames name that runs into a sector noun ("Brisbane City" + "City Council") gives
# the place before it (actors.py _place_head).  After batch 2: en F1 0.903 (TP 14, FP 1, FN 2), id the same.
# Batch 2: (4) family members of crime and court news are private persons (sectors.tsv: brothers, relatives ...);
# (5) a town before a word of its local institution is a place (place_words.tsv title: Council, Police, Crown,
# Sheriff, Magistrates, Borough), and more local councils and courts (county council, sheriff court ...).
# Measured and taken back after batch 2 (every figure unchanged, no gain on this set): Indonesian "kakak beradik",
# "adik beradik" as CVL; "the hospital" as CVL alone, and "from <town>" alone (each no gain here).
# Batch 3: (6) an unnamed person acting "from <town>" acts in that town's state ("A man from Cardiff attacked two
# women": events.py _from_place, as _member_of for groups) and "the hospital" (with its article) is a party of the
# scene's state: en F1 0.903 -> 0.938 (TP 15, FP 1, FN 1), id the same.  Left: en-11 (a strike's target is no
# government), id-09 (the foreign ministry's spokesperson of no stated state), id-08 (the blockade as a protest
# against the government).
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.93, 1), "id": (0.93, 1)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "actors-DC", RATCHET)


def _article_keys(text: str, lang: str) -> set[tuple[str, str, str]]:
    import datetime

    from warta.api import extract_article
    from warta.evaluate import match_key
    from warta.model import Article

    art = Article(id="dc", lang=lang, text=text, published=datetime.date(2025, 6, 20))
    return {match_key(e.type, e.source.code, e.target.code if e.target else "") for e in extract_article(art)}


# (1) an honorific with the last word of a person named in full before it is that person named again (coref.py)
@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "Senator Penny Wong spoke in Canberra on Monday. Ms Wong criticised the Chinese government over the "
           "detention of a journalist.", ("ACCUSE", "AUS", "CHN")),
    ("id", "Menteri Luar Negeri Sugiono bertemu Penny Wong di Jakarta. Ibu Wong mengkritik serangan Israel di Gaza.",
     ("ACCUSE", "AUS", "ISR")),
])
def test_honorific_names_the_person_again(lang, text, key):
    assert key in _article_keys(text, lang)


def test_honorific_of_another_name_is_no_one_named_before():
    # "Mr Lee" is not Penny Wong: a different last word stays an unknown person
    keys = _article_keys("Penny Wong spoke in Canberra on Monday. Mr Lee criticised the Chinese government.", "en")
    assert ("ACCUSE", "AUS", "CHN") not in keys


# (2) an office of a town or province acts on unnamed groups of its own state (practice.local_organ)
@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "Leeds City Council rejected a plan by developers.", ("REJECT", "GBR", "GBR")),
    ("id", "Pemkot Surabaya menolak usulan pedagang pasar.", ("REJECT", "IDN", "IDN")),
    ("id", "Bupati Sleman menolak usulan pedagang pasar.", ("REJECT", "IDN", "IDN")),
])
def test_local_organ_acts_at_home(lang, text, key):
    assert key in event_keys(text, lang, "2025-06-20")


def test_a_state_still_warns_no_unnamed_group_of_unknown_country():
    assert not {k for k in event_keys("Israel warned companies to leave.", "en", "2025-06-20") if k[0] == "REQUEST"}


# (3) a place name that runs into a sector noun ("Brisbane City" + "City Council") is the place before it
@pytest.mark.parametrize("city", ["Brisbane", "Sydney"])
def test_city_council_of_a_city_whose_name_ends_in_city(city):
    assert ("REJECT", "AUS", "AUS") in event_keys(f"{city} City Council rejected a plan by developers.", "en",
                                                  "2025-06-20")


# (4) family members of crime and court news are private persons (sectors.tsv); "son(s)", "sister(s)" in lower case
@pytest.mark.parametrize(("text", "key"), [
    ("Police in Leeds arrested a woman and her son after the robbery.", ("COERCE", "GBR", "GBR")),
    ("Relatives of the victims in Manila accused the police of a cover-up.", ("ACCUSE", "PHL", "PHL")),
    ("A court in Nairobi convicted two brothers of arson.", ("ACCUSE", "KEN", "KEN")),
])
def test_family_members_are_private_persons(text, key):
    assert key in event_keys(text, "en", "2025-06-20")


def test_a_name_in_capitals_is_no_family_member():
    assert not event_keys("Son Heung-min scored twice for Tottenham in London.", "en", "2025-06-20")


# (5) a town before a word of its local institution ("Glasgow Sheriff Court", "Derby Crown Court", "Delhi Police") is
# a place, not part of a longer name (place_words.tsv title)
@pytest.mark.parametrize(("text", "key"), [
    ("Glasgow Sheriff Court fined the company for breaching safety rules.", ("COERCE", "GBR", "GBR")),
    ("Derby Crown Court jailed a man for fraud.", ("COERCE", "GBR", "GBR")),
    ("Delhi Police arrested two men.", ("COERCE", "IND", "IND")),
])
def test_town_before_its_institution(text, key):
    assert key in event_keys(text, "en", "2025-06-20")


# (6) an unnamed person acting who is said to come from a town acts in that town's state (events.py _from_place);
# those acted on "from" a place are not thereby of it
@pytest.mark.parametrize(("text", "key"), [
    ("A man from Cardiff attacked two women outside a pub.", ("ASSAULT", "GBR", "GBR")),
    ("A teacher from Mombasa sued the hospital over her husband's death.", ("ACCUSE", "KEN", "KEN")),
])
def test_person_from_a_town(text, key):
    assert key in event_keys(text, "en", "2025-06-20")


def test_those_expelled_from_a_state_are_not_its_own():
    assert ("COERCE", "RUS", "GBR") in event_keys("Russia expelled journalists from Britain.", "en", "2025-06-20")


def test_hospital_without_article_is_no_party():
    assert not event_keys("The man was taken to hospital in Leeds.", "en", "2025-06-20")
