"""The COERCE family and the justice system by construction (helper AL, session 14): own wire-style sentences in
Indonesian and English (tests/data/coerce_AL.jsonl), in the gold's record form with their text, every sentence coded
by GUIDELINES.md BEFORE warta was run on any of them, lines with no event too (negatives: a football draw, a held
interest rate, fishermen's catch, a traffic jam, a charged fee). Arrests, detentions, house arrest, charges
(didakwa, dijerat pasal, charged with, indicted: ACCUSE 115), sentences (divonis, jailed: COERCE 173),
deportations, seizures, curfews and travel bans; the agent often unnamed or named with its city or region."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "coerce_AL.jsonl"
PUB = "2024-11-15"

# Measured right after coding, before any fix (2026-12-06): en F1 0.857 (TP 15, FP 0, FN 5), id F1 0.893 (TP 25, FP 2,
# FN 4); with the organ's state for a passive with no place and "dijerat pasal": en 0.919 (TP 17, FP 0, FN 3), id 0.912
# (TP 26, FP 2, FN 3); with house arrest, a boy or a girl, and deportations: en 0.947 (TP 18, FP 0, FN 2), id 0.931
# (TP 27, FP 2, FN 2); with a court named as the place of a legal act: id 0.949 (TP 28, FP 2, FN 1).
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.946, 0), "id": (0.948, 2)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "coerce-AL", RATCHET)


# the fixes, each with sentences of our own (not of the set's file) and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # a passive with no place is the act of the police, prosecutors or courts of the state the sentence names, a
    # participle after its auxiliary too (practice._organ_country); a charge under an article of law ("dijerat pasal")
    ("en", "Lancashire Police said a 52-year-old woman had been arrested on suspicion of fraud.", ("COERCE", "GBR", "GBR")),
    ("en", "A teenager has been charged with robbery, Merseyside Police said.", ("ACCUSE", "GBR", "GBR")),
    ("id", "Pelaku pencurian itu dijerat pasal 363 KUHP, kata Kapolsek Tebet.", ("ACCUSE", "IDN", "IDN")),
    ("id", "Kedua pelaku telah ditahan, ujar Kapolres Sleman.", ("COERCE", "IDN", "IDN")),
    # a boy, a girl named as translated wire news names them (lang/id/sectors.tsv)
    ("id", "Jaksa di Melbourne mendakwa seorang anak perempuan berusia 14 tahun atas pembakaran sekolah.",
     ("ACCUSE", "AUS", "AUS")),
    # house arrest imposed (lang/id/triggers.tsv tahananrumah, tahananrumah2)
    ("id", "Junta Myanmar menempatkan mantan menteri itu dalam tahanan rumah di Naypyidaw.", ("COERCE", "MMR", "MMR")),
    ("id", "Mantan presiden Peru itu dikenakan tahanan rumah di Lima.", ("COERCE", "PER", "PER")),
    # those deported are foreigners where they are held; the place they are sent out of is the agent's state
    ("en", "Border officials deported 60 Afghan migrants from Iran.", ("COERCE", "IRN", "AFG")),
    # a court named as where a legal act took place is of its state, and so are the unnamed prosecutors who acted
    # (practice.organ_where), a town's name before the court too
    ("id", "Jaksa menuntut terdakwa 15 tahun penjara dalam sidang di Pengadilan Negeri Medan.", ("ACCUSE", "IDN", "IDN")),
    ("en", "Prosecutors charged two men with fraud at Leeds Crown Court.", ("ACCUSE", "GBR", "GBR")),
    # benches and federal agents (lang/id/sectors.tsv)
    ("id", "Agen federal menangkap seorang pria di Miami.", ("COERCE", "USA", "USA")),
    ("id", "Majelis hakim di Bangkok menjatuhkan hukuman penjara kepada aktivis itu.", ("COERCE", "THA", "THA")),
    # a passive with no place near it and no organ named is the act of the one state the sentence's places lie in
    # (practice._sole_country; tuning ud n01035004: "pria ... yang didakwa dalam kasus penusukan ... di Abbotsford")
    ("id", "Seorang pria yang didakwa atas pembakaran sebuah masjid di pinggiran kota Christchurch tampil di pengadilan.",
     ("ACCUSE", "NZL", "NZL")),
    # an unnamed person right before a charge's participle is the one charged, a reduced relative (conventions
    # own-people-coercion; tuning ud n01035004: "a homeless man charged in the fatal stabbing of a teen girl")
    ("en", "Two teenagers charged with the murder of a man in Bristol will stand trial next year.", ("ACCUSE", "GBR", "GBR")),
    # remanded in custody (lang/en/triggers.tsv remanded; court_act: the courts' act)
    ("en", "Magistrates in Glasgow remanded two men in custody.", ("COERCE", "GBR", "GBR")),
    ("en", "The man was remanded in custody and will appear at Westminster Magistrates' Court on Friday.",
     ("COERCE", "GBR", "GBR")),
    # ... but their own courts' sentence stays
    ("en", "Two US soldiers were jailed for killing civilians.", ("COERCE", "USA", "USA")),
    ("id", "Puluhan tentara Turki ditahan di Ankara setelah upaya kudeta.", ("COERCE", "TUR", "TUR")),
    # ... but the owner named after the seizure is its target
    ("id", "Kejaksaan Agung menyita rumah milik Budi Santoso di Bogor.", ("COERCE", "IDN", "IDN")),
])
def test_al_coerce_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "etype"), [
    # a past tense after "had" is no passive: thieves stealing is no arrest by the police who report it
    ("en", "Thieves had stolen a van, Kent Police said.", "COERCE"),
    ("id", "Pencuri itu telah mengambil dua sepeda motor, kata Kapolsek Tebet.", "COERCE"),
    # named a suspect with no article of law and no agent: not coded (tuning kumparan L91963)
    ("id", "Ia sudah dijerat sebagai tersangka dalam kasus ini.", "ACCUSE"),
    # a girl winning a medal; a house arrest lifted is no arrest
    ("id", "Gadis itu memenangkan medali emas di Tokyo.", "COERCE"),
    ("id", "Tahanan rumah itu dicabut oleh pengadilan Myanmar.", "COERCE"),
    # a court as the place of a talk: no legal act
    ("en", "Prosecutors spoke to reporters at Leeds Crown Court.", "ACCUSE"),
    ("id", "Jaksa itu berbicara kepada wartawan di Pengadilan Negeri Medan.", "ACCUSE"),
    ("id", "Bangunan yang dibangun di Jakarta itu diresmikan kemarin.", "COERCE"),
    # a crowd charging at police lines is no charge in court
    ("en", "Protesters charged at police lines in Paris.", "ACCUSE"),
    # a case sent back to a lower court holds no one
    ("en", "The judge remanded the case to a lower court in Leeds.", "COERCE"),
])
def test_al_coerce_negatives(lang, text, etype):
    assert etype not in {k[0] for k in event_keys(text, lang, PUB)}


@pytest.mark.parametrize(("lang", "text", "key"), [
    # unnamed officers deporting foreigners are not of the deportees' state (was NGACOP -> NGACVL)
    ("id", "Petugas imigrasi mendeportasi tiga warga negara Bangladesh.", ("COERCE", "BGD", "BGD")),
    ("en", "Officials deported 60 Afghan migrants.", ("COERCE", "AFG", "AFG")),
    # a state's soldiers seized with no captor or place named are held abroad, not by their own state (tuning ner
    # train S515)
    ("en", "Eight British sailors were seized while patrolling a waterway in the Gulf.", ("COERCE", "GBR", "GBR")),
    # the unlisted name of a thing seized is no person of the agent's state (tuning ud csui-test-10)
    ("id", "Patung Ramses Agung itu disita oleh polisi Paris.", ("COERCE", "FRA", "FRA")),
    # places in two states: no one state's courts
    ("id", "Seorang pria yang didakwa atas penikaman seorang polisi di sebuah stasiun di Lyon, Prancis, tampil di "
           "pengadilan di Jenewa.", ("ACCUSE", "FRA", "FRA")),
])
def test_al_coerce_not_keyed(lang, text, key):
    assert key not in event_keys(text, lang, PUB)
