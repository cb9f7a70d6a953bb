"""ACCUSE in the justice system by construction (part AP, session 15): own news-style sentences in English and
Indonesian (tests/data/accuse_AP.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them, with negatives
(a battery charged, a scientific investigation, a drug trial, a tennis court, a runner named by name and age).
Investigations opened or launched, "under investigation", "diperiksa", "ditetapkan sebagai tersangka", verdicts
("found guilty", "convicted", "divonis bersalah", "dinyatakan bersalah"), charges and lawsuits."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "accuse_AP.jsonl"
PUB = "2024-11-15"

# Measured right after coding, before any fix (2026-12-06): en F1 0.700 (TP 14, FP 2, FN 10), id F1 0.872 (TP 17,
# FP 1, FN 4); with a court's act after its auxiliary in the one state the sentence's places lie in: en 0.732 (TP 15,
# FP 2, FN 9); with a verdict's target after the words of guilt: id 0.900 (TP 18, FP 1, FN 3);
# with placing someone under investigation: en 0.762 (TP 16, FP 2, FN 8); with a name set off with an age as a private
# person: en 0.844 (TP 19, FP 2, FN 5); with the suspect, the accused, a founder: en 0.870 (TP 20, FP 2, FN 4).
# With a compound modifier before the agent ("by anti-corruption prosecutors in Kyiv"): en 0.894 (TP 21, FP 2, FN 3).
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.893, 2), "id": (0.899, 1)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "accuse-AP", RATCHET)


# the fixes, each with sentences of our own (not of the set's file) and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # a court's act as a participle after its auxiliary, the court named with no state and the sentence's one town
    # beyond the words near the verb, is the act of that town's state (practice.domestic_coercion)
    ("en", "A woman was convicted of fraud at the Crown Court in Leeds last week.", ("ACCUSE", "GBR", "GBR")),
    ("en", "Two men were charged with murder on Monday after a stabbing at a nightclub in Marseille.",
     ("ACCUSE", "FRA", "FRA")),
    ("en", "The teenager was sentenced to five years at the regional court in Brno.", ("COERCE", "CZE", "CZE")),
    # a verdict with the one found guilty after the words of guilt (lang/id/triggers.tsv vonisbersalahobjek; a
    # labelled pattern whose gap holds no word gives way to it: triggers._positions), the labelled one still read
    ("id", "Pengadilan Negeri Kupang memvonis bersalah dua mantan pejabat dinas kesehatan.", ("ACCUSE", "IDN", "IDN")),
    ("id", "Majelis hakim di Bandung menyatakan bersalah seorang pria berusia 40 tahun atas penipuan.",
     ("ACCUSE", "IDN", "IDN")),
    ("id", "Pengadilan Negeri Kupang menyatakan pegawai bank itu bersalah.", ("ACCUSE", "IDN", "IDN")),
    # people counted as the very object of an investigation are its suspects, of the investigators' state
    # (conventions counted-suspects; tuning ud n02011003: "polisi Essen menyelidiki empat orang yang ...")
    ("id", "Polisi Malaysia menyelidiki tiga orang atas dugaan penipuan.", ("ACCUSE", "MYS", "MYS")),
    ("en", "Police in Essen are investigating four people who watched as a pensioner died.", ("ACCUSE", "DEU", "DEU")),
    # placing someone under investigation is opening one into them (lang/en/triggers.tsv placeinvestigation)
    ("en", "French magistrates have placed the former minister under formal investigation over campaign funding.",
     ("ACCUSE", "FRA", "FRA")),
    ("en", "Prosecutors in Milan put two men under investigation for fraud.", ("ACCUSE", "ITA", "ITA")),
    # an unlisted name set off with an age is a private person (actors._aged_names), of the state of the court,
    # police or place of the act; "found X, 34, guilty" (lang/en/triggers.tsv foundagedguilty)
    ("en", "A jury at Cardiff Crown Court found Evans, 51, guilty of fraud.", ("ACCUSE", "GBR", "GBR")),
    ("en", "Patel, 38, of Leicester, was charged with arson after a fire at a shop.", ("ACCUSE", "GBR", "GBR")),
    ("id", "Budi (42) dinyatakan bersalah oleh Pengadilan Negeri Sleman.", ("ACCUSE", "IDN", "IDN")),
    ("id", "Andi (35), warga Bantul, ditangkap polisi di Yogyakarta karena mencuri sepeda motor.", ("COERCE", "IDN", "IDN")),
    # the people of court news (lang/en/sectors.tsv, part AP): the suspect, the accused, a founder, a pensioner
    ("en", "The suspect was charged with murder in Leeds.", ("ACCUSE", "GBR", "GBR")),
    ("en", "A jury in Boston found the software company's founder guilty of fraud.", ("ACCUSE", "USA", "USA")),
    ("en", "A pensioner was convicted of fraud at the High Court in Edinburgh.", ("ACCUSE", "GBR", "GBR")),
    # a lower-case compound with "-" between a preposition and its actor qualifies the actor (analysis.prep_index)
    ("en", "The mayor is under investigation by anti-graft prosecutors in Bucharest.", ("ACCUSE", "ROU", "ROU")),
    ("en", "Two senior officials were arrested by anti-terrorism police in Ankara.", ("COERCE", "TUR", "TUR")),
    # naming a suspect without "sebagai" (lang/id/triggers.tsv tetaptersangka3)
    ("id", "KPK menetapkan Wali Kota Medan tersangka kasus suap.", ("ACCUSE", "IDN", "IDN")),
    ("id", "Wali Kota Medan resmi ditetapkan tersangka oleh KPK.", ("ACCUSE", "IDN", "IDN")),
    # charged over an incident no crime names (lang/en/triggers.tsv chargedoverincident); "the officer" of crime news
    ("en", "Australian police charged a 45-year-old man over the fire.", ("ACCUSE", "AUS", "AUS")),
    ("en", "The former officer was found guilty of murder by a jury in Minneapolis.", ("ACCUSE", "USA", "USA")),
])
def test_ap_accuse_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "etype"), [
    # no court's act: an arrest after "was" keeps its own reading, a past tense is no passive
    ("en", "The striker was praised for his goal at the stadium in Leeds.", "ACCUSE"),
    ("en", "Thieves stole a van from a depot in Leeds.", "COERCE"),
    # guilt one admits, a verdict still to come: no one found guilty
    ("id", "Menteri itu menyatakan bersalah telah lalai dalam tugasnya.", "ACCUSE"),
    ("id", "Mahkamah Agung memutuskan bersalah atau tidaknya terdakwa pekan depan.", "ACCUSE"),
    # a plan or a case placed under review or investigation is no one investigated
    ("en", "The ministry placed the plan under review.", "ACCUSE"),
    ("en", "Prosecutors put the case under investigation.", "ACCUSE"),
    # a person named with an age outside an act: nothing coded
    ("id", "Budi (42) menjadi juara lomba lari di Sleman.", "ACCUSE"),
    ("en", "Evans, 51, of Cardiff, said the court had been fair.", "ACCUSE"),
    # "suspect" as a verb names no one
    ("en", "Police in Leeds suspect the fire was started deliberately.", "ACCUSE"),
    ("en", "The anti-corruption campaign in Kyiv was praised by prosecutors.", "ACCUSE"),
    ("id", "Pemerintah menetapkan aturan baru bagi tersangka yang ditahan di Jakarta.", "ACCUSE"),
    ("en", "The airline charged passengers for fire insurance.", "ACCUSE"),
])
def test_ap_accuse_negatives(lang, text, etype):
    assert etype not in {k[0] for k in event_keys(text, lang, PUB)}


@pytest.mark.parametrize(("lang", "text", "key"), [
    # people counted after the incident looked into are its victims, not its suspects
    ("id", "Polisi Malaysia menyelidiki kematian tiga orang di Johor.", ("ACCUSE", "MYS", "MYS")),
    ("en", "Police in Essen are investigating the deaths of four people.", ("ACCUSE", "DEU", "DEU")),
    # people a noun after the count names otherwise: witnesses questioned
    ("id", "Polisi Malaysia memeriksa lima orang saksi dalam kasus penipuan.", ("ACCUSE", "MYS", "MYS")),
])
def test_ap_accuse_not_keyed(lang, text, key):
    assert key not in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "names"), [
    # a name with an age is a private person; a name alone, a date, a count beside a state stay what they were
    ("en", "Evans, 51, of Cardiff, won the race.", {("CVL", "Evans")}),
    ("en", "Evans won the race in Cardiff.", set()),
    ("en", "On March 3, 2024, Evans won the race.", set()),
    ("en", "Russia, 12, and China, 10, topped the medal table.", {("RUS", "Russia"), ("CHN", "China")}),
    ("id", "Budi (42), warga Sleman, memenangi lomba lari.", {("CVL", "Budi"), ("IDNCVL", "warga Sleman")}),
    ("id", "Budi memenangi lomba lari di Sleman.", set()),
])
def test_ap_aged_names(lang, text, names):
    from warta.pipeline.actors import ActorFinder

    assert {(m.code, m.text) for m in ActorFinder(lang).find(text) if m.code} == names
