"""Named actors by corpus frequency (helper CK, session 25): own news-style sentences in English and Indonesian
(tests/data/actors_CK.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them, with negatives; events
whose source or target is a named organisation, agency, party, armed group, outlet as claimer or office-holder.
The rows added (organisations_more.tsv, organisations_context.tsv, people.tsv, people_2017.tsv) come from the list
of bench/actor_frequency.py: the capitalised names of large unlabelled news text that the actor finder codes not,
most frequent first; its pure functions are tested here too."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import actor_frequency as af  # noqa: E402

DATA = Path(__file__).parent / "data" / "actors_CK.jsonl"
PUB = "2025-06-20"

# Measured right after coding, before any row was added (2026-12-07): en F1 0.739 (TP 17, FP 8, FN 4), id F1 0.947
# (TP 18, FP 1, FN 1).  After the rows: the same (the set's actors were already known; its misses are of event type,
# not of actors: a blockade read as COERCE, an abduction as ASSAULT, a claim of responsibility as STATEMENT,
# "executing civilians" inside an accusation coded as its own ASSAULT, and "The Labour Party accused the
# Conservatives", whose parties are not listed since they alternate in government).  The rows' gains are on the
# tuning set (en TP 158 -> 162, id 179 -> 181, false alarms unchanged). Measured and taken back: national
# professional and sports associations (PSSI, IDI, IDAI, PWI, Peradi; AMA, ABA) as NGOs, tuning id FP 60 -> 61, no gain.
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.739, 8), "id": (0.947, 1)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "actors-CK", RATCHET)


# the rows, each with sentences of our own (not of the set's file)
@pytest.mark.parametrize(("lang", "text", "key", "published"), [
    # Australian companies and unions (news of 2001-2002)
    ("en", "The Australian Manufacturing Workers Union accused Qantas of breaking the agreement.",
     ("ACCUSE", "AUS", "AUS"), "2002-01-15"),
    ("en", "The Finance Sector Union accused Westpac of cutting jobs.", ("ACCUSE", "AUS", "AUS"), "2002-01-15"),
    # Kevin Rudd by his surname in opposition (AUSOPP 2001-2007)
    ("en", "Mr Rudd criticised the Chinese government over the detention of an Australian writer.",
     ("ACCUSE", "AUS", "CHN"), "2002-01-15"),
    # companies by name
    ("en", "Washington imposed new sanctions on Huawei over its dealings with Iran.", ("SANCTION", "USA", "CHN"),
     PUB),
    ("id", "Amerika Serikat menjatuhkan sanksi terhadap Huawei.", ("SANCTION", "USA", "CHN"), PUB),
    ("en", "The Centers for Disease Control and Prevention urged China to share its outbreak data.",
     ("REQUEST", "USA", "CHN"), PUB),
    # Indonesian office-holders by the short name news uses after the full name, in their time
    ("id", "Erick mengkritik direksi Garuda Indonesia karena menyelundupkan motor.", ("ACCUSE", "IDN", "IDN"),
     "2019-12-05"),
    ("id", "Mahfud mengkritik Komnas HAM soal laporan tentang Papua.", ("ACCUSE", "IDN", "IDN"), "2021-03-01"),
    ("id", "Fadjroel membantah tuduhan Amnesty International soal kekerasan aparat.", ("REJECT", "IDN", "NGOAMN"),
     "2020-02-01"),
    # Australian departments, the Basque separatist party, a company chief in his time
    ("en", "DFAT criticised the Indonesian government over the detention of two Australian journalists.",
     ("ACCUSE", "AUS", "IDN"), "2002-01-15"),
    ("en", "Batasuna accused the Spanish government of persecuting Basque nationalists.", ("ACCUSE", "ESP", "ESP"),
     "2002-01-15"),
    ("id", "Askhara membantah tuduhan Kementerian BUMN soal penyelundupan motor.", ("REJECT", "IDN", "IDN"),
     "2019-12-10"),
    # office-holders of the Lee corpus's time: a former president (the bare state out of office), a senator-minister,
    # Kissinger in office; a company chief
    ("en", "Indonesian prosecutors charged Suharto with corruption.", ("ACCUSE", "IDN", "IDN"), "2000-08-03"),
    ("en", "Senator Hill criticised Indonesia over the militia violence in West Timor.", ("ACCUSE", "AUS", "IDN"),
     "2002-01-15"),
    ("en", "Kissinger criticised China over its human rights record.", ("ACCUSE", "USA", "CHN"), "1975-01-15"),
    ("en", "Geoff Dixon rejected the union demands for a pay rise.", ("REJECT", "AUS", ""), "2002-01-15"),
    # the Jakarta regional police by its acronym
    ("id", "PMJ menangkap dua tersangka pembunuhan di Bekasi.", ("COERCE", "IDN", "IDN"), PUB),
])
def test_named_actor_rows(lang, text, key, published):
    assert key in event_keys(text, lang, published)


@pytest.mark.parametrize(("lang", "text", "absent", "published"), [
    # the negatives: a short form names no one outside its bearer's time, nor a platform where people post
    ("en", "Liz Truss met the Japanese prime minister in Tokyo.", ("CONSULT", "AUS", "JPN"), "2022-09-20"),
    ("id", "Erick mengkritik direksi perusahaan itu karena terlambat membayar gaji.", ("ACCUSE", "IDN", "IDN"),
     "2008-05-01"),
    ("id", "Askhara membantah tuduhan Kementerian BUMN soal penyelundupan motor.", ("REJECT", "IDN", "IDN"),
     "2030-12-10"),
    ("en", "Kissinger criticised China over its human rights record.", ("ACCUSE", "USA", "CHN"), "2002-01-15"),
    ("en", "The senator accused the president on Facebook of lying.", ("ACCUSE", "USA", "USA"), PUB),
    # a product of a maker is no actor (bare brand names are not listed)
    ("id", "Seorang pria membajak pesawat Boeing 737 di Spanyol.", ("ASSAULT", "ESP", "USA"), PUB),
    ("id", "Toyota Corolla generasi ketiga dibekali mesin 3K.", ("AGREE", "JPN", ""), PUB),
    # "The Australian" opening a sentence is the demonym, not the newspaper (organisations_more.tsv: AUSMED)
    ("en", "The Australian cricket team has arrived in Perth to play South Africa.", ("CONSULT", "AUS", "ZAF"),
     "2002-01-15"),
])
def test_named_actor_negatives(lang, text, absent, published):
    assert absent not in event_keys(text, lang, published)


# bench/actor_frequency.py: its pure functions
def test_capital_runs_join_connectors_not_punctuation():
    text = "The Bank of England and Qantas, Westpac met."
    runs = [text[a:b] for a, b in af.capital_runs(text, "en")]
    assert runs == ["The Bank of England and Qantas", "Westpac"]
    text = "kata Partai Amanat Nasional dan PDI Perjuangan."
    assert [text[a:b] for a, b in af.capital_runs(text, "id")] == ["Partai Amanat Nasional dan PDI Perjuangan"]


def test_uncovered_runs_keep_the_stretches_no_mention_covers():
    text = "Menteri BUMN Erick Thohir bertemu Direktur Lion Air."
    covered = [(text.index("Menteri"), text.index("Thohir") + 6)]
    assert af.uncovered_runs(text, "id", covered) == ["Direktur Lion Air"]
    assert af.uncovered_runs("Qantas and Ansett said.", "en", [(0, 6)]) == ["Ansett"]


def test_common_words_and_sentence_openers_are_no_names():
    lower, caps = Counter({"namun": 5, "qantas": 0}), Counter({"Namun": 3, "Qantas": 4})
    assert af.is_common_word("Namun", lower, caps)
    assert not af.is_common_word("Qantas", lower, caps)
    assert af.is_common_word("Monday", Counter(), Counter({"Monday": 9}))
    assert af.strip_opening("Namun Kemenlu", True, lower) == "Kemenlu"
    assert af.strip_opening("Namun Kemenlu", False, lower) == "Namun Kemenlu"


def test_example_is_short_and_holds_the_name():
    text = " ".join(f"w{i}" for i in range(30)) + " Qantas " + " ".join(f"v{i}" for i in range(30))
    ex = af.example(text, "Qantas")
    assert "Qantas" in ex and len(ex.split()) <= af.EXAMPLE_WORDS
