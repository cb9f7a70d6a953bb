"""Translated Indonesian by construction (part BC, eighteenth session): own English wire sentences and their
Indonesian translations in the calqued, formal phrasing translated news has (tests/data/translated_BC.jsonl): light
verbs with an act noun ("melakukan penyerangan terhadap", "memberikan kecaman", "menyampaikan protes resmi kepada",
"mengajukan gugatan terhadap", "melakukan pertemuan dengan", "melontarkan tuduhan/ancaman"), names spelt the Indonesian
way (Amerika Serikat, Gedung Putih, Kremlin, Downing Street, Partai Buruh, Kanselir Jerman), "di-" passives with
"oleh". Both sides coded by GUIDELINES.md with the same events BEFORE warta was run on any of them; eight pairs with
no event (a company's evaluation, a football attack, a central bank's action against inflation, praise for a film, a
cyclone, shares, an exhibition, analysts' concern)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "translated_BC.jsonl"
PUB = "2019-03-20"

# Measured right after coding, before any fix (2026-12-06): en F1 0.857 (TP 24, FP 4, FN 4), id F1 0.792 (TP 21,
# FP 4, FN 7); after the light verbs "melontarkan/mengutarakan/mengekspresikan" and the military measure nouns: id
# 0.857 (TP 24, FP 4, FN 4); with the signing of an agreement mended to SUPPORT (CAMEO2PLOVER 057, a coding
# error): en 0.929 (TP 26, FP 2, FN 2), id 0.929 (TP 26, FP 2, FN 2); with the envoy summoned in the passive: id
# 0.947 (TP 27, FP 2, FN 1); with a protest lodged with a state aimed at it (rule complaint-forum): en 0.964 (TP 27,
# FP 1, FN 1).  The ratchet per language: (lowest F1, most false alarms); raise it as the coder
# improves, never lower it.
RATCHET = {"en": (0.963, 1), "id": (0.946, 2)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "translated-BC", RATCHET)


# the fixes, each with sentences of our own (not of the part's file) and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # a speech act's noun hurled or voiced (lang/id/cues.tsv light_verb: melontarkan, mengutarakan, mengekspresikan)
    ("id", "China melontarkan tuduhan bahwa Amerika Serikat mencampuri urusan dalam negerinya.", ("ACCUSE", "CHN", "USA")),
    ("id", "Korea Utara melontarkan ancaman kepada Jepang akan membalas.", ("THREATEN", "PRK", "JPN")),
    ("id", "Menteri Luar Negeri Iran mengutarakan dukungannya terhadap rakyat Palestina.", ("SUPPORT", "IRN", "PSE")),
    ("id", "Menteri Pertahanan Jepang mengekspresikan keprihatinan atas uji coba rudal Korea Utara.",
     ("ACCUSE", "JPN", "PRK")),
    # a military measure named by a noun is no actor (lang/id/sectors.tsv "!": "tindakan militer", "langkah militer")
    ("id", "Israel mengancam akan mengambil langkah militer terhadap Hizbullah di Lebanon.", ("THREATEN", "ISR", "LBN")),
    ("id", "Rusia memperingatkan akan memberikan respons militer terhadap NATO.", ("THREATEN", "RUS", "IGONATO")),
    # a couple counted as one is a civilian party, as translated leads write "a couple" (lang/id/sectors.tsv)
    ("id", "Seorang sopir taksi London menggugat satu pasangan karena tidak membayar ongkos perjalanan.",
     ("ACCUSE", "GBR", "GBR")),
    ("id", "Seorang pengasuh di Sydney menuntut satu pasangan karena pemecatan yang tidak adil.", ("ACCUSE", "AUS", "AUS")),
    ("id", "Polisi Jakarta menangkap sepasang kekasih yang diduga mencuri sepeda motor.", ("COERCE", "IDN", "IDN")),
    # an envoy summoned in the passive by a foreign ministry (lang/id/triggers.tsv dipanggilkemlu)
    ("id", "Duta Besar Jepang dipanggil Kementerian Luar Negeri China untuk menjelaskan insiden tersebut.",
     ("ACCUSE", "CHN", "JPN")),
    ("id", "Kuasa usaha Iran di London dipanggil oleh Kementerian Luar Negeri Inggris pada hari Senin.",
     ("ACCUSE", "GBR", "IRN")),
    # a protest lodged with a state over a person of no named state is aimed at that state (rule complaint-forum)
    ("en", "Beijing lodged a protest with Tokyo over the lawmaker's visit to the disputed islands.", ("ACCUSE", "CHN", "JPN")),
    ("en", "Japan lodged a protest with China over the intrusion of Chinese coast guard ships.", ("ACCUSE", "JPN", "CHN")),
    # ... while one made to the UN or a regional body is still aimed at whom it is about
    ("en", "Ukraine complained to the UN Security Council about Russia's attacks on its ports.", ("ACCUSE", "UKR", "RUS")),
    ("en", "Kenya complained to the African Union about the militia's attacks on its border posts.", ("ACCUSE", "KEN", "KEN")),
])
def test_bc_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text"), [
    # hurling a joke or voicing a worry about a currency is no event
    ("id", "Penyanyi itu melontarkan lelucon tentang mantan kekasihnya di atas panggung."),
    ("id", "Para investor mengekspresikan keprihatinan atas melemahnya nilai tukar rupiah."),
    ("id", "Pelatih Persib melontarkan kritik terhadap kinerja wasit."),
    # a pair of candidates or players names no actor
    ("id", "Pasangan calon nomor urut dua menyampaikan visi dan misinya di Jakarta."),
    ("id", "Pasangan ganda putra Indonesia mengalahkan pasangan Malaysia di babak final."),
    # an official called in by his own minister to a meeting is no complaint
    ("id", "Pejabat itu dipanggil oleh menteri luar negeri untuk rapat internal."),
])
def test_bc_negatives(lang, text):
    assert not event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # the protest is not aimed at the complainant's own side
    ("en", "China lodged a protest with Japan over the minister's remarks about the war.", ("ACCUSE", "CHN", "CHN")),
])
def test_bc_not_keyed(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)
