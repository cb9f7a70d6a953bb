"""Roles from structure on real news (helper BD, session 18): own news-style sentences in English and Indonesian
(tests/data/roles_BD.jsonl), coded by GUIDELINES.md before warta was run on any of them, with negatives (sport,
rates, floods, a speaker who reports). Subjects far from their verb (appositions, titles, "yang" relatives,
fronted adverbials), verbs coordinated under one subject, objects inside a phrase ("carried out strikes on",
"melakukan penangkapan terhadap"), passives with a far agent, reported speech whose speaker is not the doer, lists
of targets."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "roles_BD.jsonl"
PUB = "2025-03-14"

# Measured right after coding, before any fix (2026-12-06): en F1 0.919 (TP 34, FP 5, FN 1), id F1 0.943 (TP 33,
# FP 2, FN 2); with fix 1 (a plural pronoun takes the last group named before it): en 0.933 (TP 35, FP 5, FN 0),
# id 0.958 (TP 34, FP 2, FN 1). The ratchet per language: (lowest F1, most false alarms); raise it as the coder
# improves, never lower it.
RATCHET = {"en": (0.932, 5), "id": (0.957, 2)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "roles-BD", RATCHET)


# Fix 1 (coref): "mereka/they/them" stands for the last group named before it in its sentence, an unnamed one too
# ("pengunjuk rasa", "protesters"), when no party but a place is named after it; before, the named subject took it
# ("Police arrested protesters and accused them": the police accused themselves, no pair).
@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "Bangladeshi police detained dozens of garment workers in Dhaka and accused them of vandalism.",
     ("ACCUSE", "BGD", "BGD")),
    ("id", "Polisi Bangladesh menahan puluhan buruh garmen di Dhaka dan menuduh mereka merusak pabrik.",
     ("ACCUSE", "BGD", "BGD")),
    ("id", "Aparat keamanan Myanmar menangkap ratusan mahasiswa di Yangon lalu menuduh mereka menghasut kerusuhan.",
     ("ACCUSE", "MMR", "MMR")),
])
def test_pronoun_takes_the_last_group(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "key"), [
    # no act: what a group says of itself gives no accusation
    ("id", "Puluhan warga yang ditangkap polisi di Makassar mengatakan mereka tidak bersalah.", ("ACCUSE", "IDN", "IDN")),
    ("en", "Dozens of villagers arrested by police in Assam said they were innocent.", ("ACCUSE", "IND", "IND")),
])
def test_pronoun_negatives(lang, text, key):
    assert key not in event_keys(text, lang, PUB)


# Fix 2 (roles._shared_object): an active verb of the frames agent/direct coordinated with the verb right after it
# shares that verb's object ("arrested and charged two Palestinian men"); before, the object was read as the second
# act's only and the first got the police's own people.
@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "Israeli police arrested and charged two Palestinian men over the stabbing.", ("COERCE", "ISR", "PSE")),
    ("en", "Nigerian police arrested and charged four Chadian nationals with smuggling weapons.", ("COERCE", "NGA", "TCD")),
    ("id", "Polisi Israel menangkap dan mendakwa dua pria Palestina terkait penikaman itu.", ("COERCE", "ISR", "PSE")),
    ("id", "Otoritas Thailand menahan dan memeriksa dua warga negara Kamboja di perbatasan.", ("COERCE", "THA", "KHM")),
])
def test_coordinated_verbs_share_the_object(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "key"), [
    # a mutual act coordinated with a demand does not take the demand's addressee
    ("en", "Iran's foreign minister agreed and urged the United States to return to the talks.", ("AGREE", "IRN", "USA")),
    ("id", "Menteri Luar Negeri Iran setuju dan mendesak Amerika Serikat kembali ke perundingan.", ("AGREE", "IRN", "USA")),
    # the shared object is the foreigners held, not the police's own people
    ("en", "Nigerian police arrested and charged four Chadian nationals with smuggling weapons.", ("COERCE", "NGA", "NGA")),
    ("id", "Polisi Israel menangkap dan mendakwa dua pria Palestina terkait penikaman itu.", ("COERCE", "ISR", "ISR")),
])
def test_coordinated_verbs_negatives(lang, text, key):
    assert key not in event_keys(text, lang, PUB)


# Fix 3 (lang/en/morphology.own_participles): an irregular participle written out in a lexicon ("beaten", "taken",
# "stolen"), no other form of any verb, is a past form, so after "was/were" a passive with its agent behind "by", far
# too ("were beaten during the protest in Tbilisi by Georgian riot police"); before, it was read as active.
@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "Several journalists were beaten by Georgian police.", ("ASSAULT", "GEO", "GEO")),
    ("en", "Two Kenyan activists were beaten in Kampala by Ugandan soldiers.", ("ASSAULT", "UGA", "KEN")),
])
def test_irregular_participle_is_passive(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "key"), [
    # the subject of the passive is the one beaten, not the doer
    ("en", "Two Kenyan activists were beaten in Kampala by Ugandan soldiers.", ("ASSAULT", "KEN", "UGA")),
    ("en", "Three Afghan migrants were beaten near the border by Iranian guards.", ("ASSAULT", "AFG", "IRN")),
])
def test_irregular_participle_negatives(lang, text, key):
    assert key not in event_keys(text, lang, PUB)


# Fix 4 (roles._far_agent): a passive's agent behind "oleh/by" past an adjunct of time or place that closes the
# clause window ("dipukuli saat unjuk rasa di Tbilisi oleh polisi"), a noun trigger or a bare root inside it; not past a
# comma, a relative word or a verb form (the agent of another act).
@pytest.mark.parametrize(("lang", "text", "key"), [
    ("id", "Sejumlah wartawan dipukuli saat unjuk rasa di Tbilisi oleh polisi antihuru-hara Georgia, kata saksi mata.",
     ("ASSAULT", "GEO", "GEO")),
    ("id", "Seorang jurnalis Palestina ditembak saat bentrokan di Jenin oleh tentara Israel.", ("ASSAULT", "ISR", "PSE")),
])
def test_passive_far_agent(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "key"), [
    # the agent of a relative clause's act is not the arrester
    ("id", "Tiga aktivis Kenya ditangkap saat unjuk rasa yang didukung oleh oposisi Uganda.", ("COERCE", "UGA", "KEN")),
    # nor the author of a report after a comma
    ("id", "Dua wartawan Georgia dipukuli, kata pernyataan yang dirilis oleh Rusia.", ("ASSAULT", "RUS", "GEO")),
])
def test_passive_far_agent_negatives(lang, text, key):
    assert key not in event_keys(text, lang, PUB)


# Fix 5 (word class channel, roles.subject_of): the body behind "melalui/lewat/through/via" through which the subject
# named before it acts is no subject of its own ("Pemerintah Malaysia melalui Kementerian Luar Negeri mengecam ...";
# before, the bare ministry with no state was the subject and the act was dropped).
@pytest.mark.parametrize(("lang", "text", "key"), [
    ("id", "Pemerintah Malaysia melalui Kementerian Luar Negeri mengecam serangan Israel terhadap konvoi bantuan.",
     ("ACCUSE", "MYS", "ISR")),
    ("id", "Pemerintah Indonesia melalui Kementerian Luar Negeri menyampaikan kecaman keras terhadap serangan Israel ke "
           "Gaza.", ("ACCUSE", "IDN", "ISR")),
])
def test_channel_is_no_subject(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "key"), [
    # the place of the channel is no party either
    ("id", "Rusia melalui kedutaannya di Ankara mengecam serangan Ukraina.", ("ACCUSE", "TUR", "UKR")),
    ("en", "Russia, through its embassy in Ankara, condemned the Ukrainian strike.", ("ACCUSE", "TUR", "UKR")),
])
def test_channel_negatives(lang, text, key):
    assert key not in event_keys(text, lang, PUB)
