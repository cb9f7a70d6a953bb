"""Rules and words added while tuning on part S of the tuning set (tests/data/ntrex_tuning/S.jsonl: Indonesian
kumparan news of late 2019; domestic requests, threats and the actors of Indonesian business and police news), each
checked on sentences of our own (never the corpus's): what must be coded, and a negative that must not be."""

from __future__ import annotations

import pytest

from sentence_sets import event_keys

PUB = "2019-12-05"


def _keys(text: str, lang: str) -> set[tuple[str, str, str]]:
    return event_keys(text, lang, PUB)


def _events(text: str, lang: str):
    from warta.api import extract

    return extract(text, lang=lang, published=PUB)


# (lang, sentence, (type, source country, target country)) that must be coded
CODED = [
    # the state companies as a class (BUMN) and a company's board are businesses: a minister's demand on them
    ("id", "Menteri BUMN Erick Thohir meminta direksi BUMN memangkas biaya perjalanan dinas.", ("REQUEST", "IDN", "IDN")),
    ("id", "Menteri Keuangan Sri Mulyani meminta dewan komisaris Pertamina mengawasi proyek kilang.", ("REQUEST", "IDN", "IDN")),
    # "not hesitating" to punish someone is a threat to him
    ("id", "Gubernur Jawa Barat tak segan mencabut izin PT Timah.", ("THREATEN", "IDN", "IDN")),
    ("id", "Menhub Budi Karya Sumadi tidak segan menjatuhkan sanksi kepada PT Angkasa Pura.", ("THREATEN", "IDN", "IDN")),
    # a disease is a hazard, but people attacking people are still coded beside it
    ("id", "Sekelompok warga menyerang polisi di Depok saat wabah demam berdarah.", ("ASSAULT", "IDN", "IDN")),
    # a prosecutor's demand for a prison term is a charge pressed in court (CAMEO 115), not a request
    ("id", "Jaksa KPK menuntut mantan Menteri Sosial Idrus Marham lima tahun penjara.", ("ACCUSE", "IDN", "IDN")),
    ("id", "Bupati Cirebon Sunjaya Purwadisastra dituntut tujuh tahun penjara oleh jaksa KPK.", ("ACCUSE", "IDN", "IDN")),
    ("id", "Buruh menuntut kenaikan upah minimum kepada Gubernur Jawa Barat.", ("REQUEST", "IDN", "IDN")),
    # the Indonesian cabinet's portfolios no other cabinet bears name Indonesia's ministers with no state named
    ("id", "Menteri Agama Fachrul Razi menolak usulan MUI soal sertifikasi halal.", ("REJECT", "IDN", "IDN")),
    ("id", "Menteri Pekerjaan Umum dan Perumahan Rakyat Basuki Hadimuljono menegur PT Waskita Karya.", ("ACCUSE", "IDN", "IDN")),
    # ... and one of another state is named with it
    ("id", "Menteri Agama Malaysia mengkritik Kedutaan Besar Indonesia di Kuala Lumpur.", ("ACCUSE", "MYS", "IDN")),
    # a regional office (dinas) with its town is the town's government
    ("id", "Menkes Terawan meminta Dinas Kesehatan Depok menangani wabah hepatitis.", ("REQUEST", "IDN", "IDN")),
    ("id", "Gubernur Jawa Tengah meminta Dinas Perhubungan Semarang menertibkan bus liar.", ("REQUEST", "IDN", "IDN")),
    # family members in crime news are civilians
    ("id", "Seorang ibu di Makassar memukuli anaknya karena uang belanja hilang.", ("ASSAULT", "IDN", "IDN")),
    ("id", "Seorang ayah di Medan menganiaya balita hingga kritis.", ("ASSAULT", "IDN", "IDN")),
    # a company's chief abbreviated ("Dirut") takes the company's sector: a refused plea is aimed at him
    ("id", "KPK menolak permohonan yang diajukan mantan Dirut Pertamina Karen Agustiawan.", ("REJECT", "IDN", "IDN")),
    ("id", "Polisi menangkap Dirut PT Angkasa Pura Budi Santoso di Bandung.", ("COERCE", "IDN", "IDN")),
    # police ranks with "komisaris" stay police
    ("id", "Komisaris Polisi Andi Saputra menangkap dua pengedar narkoba di Jakarta.", ("COERCE", "IDN", "IDN")),
]  # fmt: skip

# (lang, sentence, type) that must not be coded
NOT_CODED = [
    # a disease "attacking" people is no one's act
    ("id", "Wabah hepatitis A menyerang puluhan siswa sekolah dasar di Depok.", "ASSAULT"),
    ("id", "Menurut Menteri Kesehatan, penyakit itu telah menyerang ratusan warga di Bogor.", "ASSAULT"),
    # not hesitating to help is no threat
    ("id", "Gubernur Jawa Barat tidak segan membantu warga Bogor yang terdampak banjir.", "THREATEN"),
    # a prosecutor's prison demand is no request; workers demanding a wage rise still are (below)
    ("id", "Jaksa KPK menuntut mantan Menteri Sosial Idrus Marham lima tahun penjara.", "REQUEST"),
    # hospitality given is no aid
    ("id", "Menteri BUMN menilai jamuan yang diberikan Pertamina kepada pejabat terlalu mewah.", "AID"),
]  # fmt: skip

# (lang, sentence, (type, source country, target country)) that must not be coded
NOT_KEYED = [
    # the international community is no state's people
    ("id", "Menteri Luar Negeri Retno Marsudi menyambut baik dukungan masyarakat internasional bagi Palestina.",
     ("SUPPORT", "IDN", "IDN")),
]  # fmt: skip

# (lang, sentence, type, negated): a negation a litotes word follows ("tidak hanya", "tak segan", "not only") is none
NEGATION = [
    ("id", "Indonesia tidak hanya mengecam serangan Israel ke Gaza, tetapi juga membawa kasus itu ke PBB.", "ACCUSE", False),
    ("id", "Pemerintah Malaysia tidak ragu mengecam junta Myanmar.", "ACCUSE", False),
    ("en", "Turkey not only condemned Israel but also recalled its ambassador.", "ACCUSE", False),
    ("id", "Indonesia tidak mengecam Israel dalam pernyataan itu.", "ACCUSE", True),
    ("en", "Turkey did not condemn Israel in its statement.", "ACCUSE", True),
]  # fmt: skip


@pytest.mark.parametrize("lang, text, key", CODED)
def test_coded(lang, text, key):
    assert key in _keys(text, lang)


@pytest.mark.parametrize("lang, text, etype", NOT_CODED)
def test_not_coded(lang, text, etype):
    assert etype not in {k[0] for k in _keys(text, lang)}


@pytest.mark.parametrize("lang, text, key", NOT_KEYED)
def test_not_keyed(lang, text, key):
    assert key not in _keys(text, lang)


@pytest.mark.parametrize("lang, text, etype, negated", NEGATION)
def test_litotes_is_no_negation(lang, text, etype, negated):
    found = [e for e in _events(text, lang) if e.type == etype]
    assert found and all(e.negated is negated for e in found)


def test_police_rank_is_police_not_a_board():
    found = [e for e in _events("Komisaris Polisi Andi Saputra menangkap dua pengedar narkoba di Jakarta.", "id")
             if e.type == "COERCE"]
    assert found and found[0].source.code == "IDNCOP"


@pytest.mark.parametrize("text", [
    "Bupati Sleman memakai mobil dinas saat mengunjungi korban banjir.",
    "Direksi BUMN wajib memakai kelas ekonomi dalam perjalanan dinas.",
])  # fmt: skip
def test_an_official_car_or_trip_names_no_office(text):
    """A bare "dinas" (official: "mobil dinas", "perjalanan dinas") is no regional office (dinas kesehatan ...)."""
    import datetime

    from warta.api import coder

    found = coder("id").actors.find(text, datetime.date(2019, 12, 5))
    assert not any("dinas" in m.text.lower() for m in found)
