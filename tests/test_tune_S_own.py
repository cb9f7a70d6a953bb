"""Rules and words added while tuning on part S of the tuning set (tests/data/ntrex_tuning/S.jsonl: Indonesian
kumparan news of late 2019; domestic requests, threats and the actors of Indonesian business and police news), each
checked on sentences of our own (never the corpus's): what must be coded, and a negative that must not be."""

from __future__ import annotations

import pytest

from sentence_sets import event_keys, own_set_checks

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


test_coded, test_not_coded, test_not_keyed = own_set_checks(PUB, CODED, NOT_CODED, NOT_KEYED)


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


# Indonesian domestic news of our own (police, KPK, courts, DPR, parties, ministers, regional heads), coded before warta
# ran on them while tuning part S; the ones warta codes are kept here so that they stay coded (the misses are named in
# the part's report: unnamed people refusing an official's act, a meeting of two named officials of one code)
DOMESTIC = [
    ('Wakil Ketua DPR Fadli Zon mengkritik kebijakan Menteri Keuangan Sri Mulyani soal kenaikan iuran BPJS.', ('ACCUSE', 'IDN', 'IDN')),
    ('Polda Metro Jaya menangkap dua orang terduga pelaku penganiayaan di Bekasi.', ('COERCE', 'IDN', 'IDN')),
    ('Kejaksaan Agung menahan mantan Direktur Utama Jiwasraya Hendrisman Rahim.', ('COERCE', 'IDN', 'IDN')),
    ('Gubernur DKI Jakarta Anies Baswedan menolak usulan DPRD soal anggaran lem aibon.', ('REJECT', 'IDN', 'IDN')),
    ('Warga melaporkan Kepala Desa Sukamaju ke Polres Bogor atas dugaan penggelapan dana desa.', ('ACCUSE', 'IDN', 'IDN')),
    ('Massa memukuli seorang pria yang diduga mencuri sepeda motor di Depok.', ('ASSAULT', 'IDN', 'IDN')),
    ('Mahasiswa menggelar unjuk rasa di depan Gedung DPR menolak revisi UU KPK.', ('PROTEST', 'IDN', 'IDN')),
    ('Menteri Dalam Negeri Tito Karnavian meminta kepala daerah menertibkan aparatur sipil negara.', ('REQUEST', 'IDN', 'IDN')),
    ('Bareskrim Polri memeriksa Wakil Ketua DPRD DKI Jakarta sebagai saksi.', ('ACCUSE', 'IDN', 'IDN')),
    ('Ketua MPR Bambang Soesatyo bertemu Presiden Joko Widodo di Istana Bogor untuk membahas amandemen UUD 1945.', ('CONSULT', 'IDN', 'IDN')),
    ('Polisi menembak mati seorang bandar narkoba di Medan.', ('ASSAULT', 'IDN', 'IDN')),
    ('Sejumlah ormas mengecam pernyataan Menteri Agama Fachrul Razi soal cadar.', ('ACCUSE', 'IDN', 'IDN')),
    ('Ketua DPR Puan Maharani menolak usulan Presiden soal masa jabatan tiga periode.', ('REJECT', 'IDN', 'IDN')),
    ('Ketua Umum PBNU Said Aqil Siradj meminta pemerintah menindak tegas kelompok intoleran.', ('REQUEST', 'IDN', 'IDN')),
    ('KPK menetapkan Bupati Lampung Utara Agung Ilmu Mangkunegara sebagai tersangka kasus suap.', ('ACCUSE', 'IDN', 'IDN')),
    ('Satpol PP Kota Bandung menertibkan pedagang kaki lima di kawasan Alun-alun.', ('COERCE', 'IDN', 'IDN')),
    ('Anggota Komisi III DPR menuding Kejaksaan Agung lamban menangani kasus Jiwasraya.', ('ACCUSE', 'IDN', 'IDN')),
    ("Wakil Presiden Ma'ruf Amin mengimbau masyarakat tidak terprovokasi isu SARA.", ('REQUEST', 'IDN', 'IDN')),
    ('Menko Polhukam Mahfud MD menerima audiensi perwakilan buruh di kantornya.', ('CONSULT', 'IDN', 'IDN')),
    ('Seorang anggota TNI dianiaya oleh sekelompok pemuda di Makassar.', ('ASSAULT', 'IDN', 'IDN')),
    ('Polres Jakarta Barat menahan artis berinisial RA atas kasus narkoba.', ('COERCE', 'IDN', 'IDN')),
    ('Ketua Umum PSI Grace Natalie menyindir Gubernur DKI Jakarta Anies Baswedan soal anggaran lem aibon.', ('ACCUSE', 'IDN', 'IDN')),
    ('Wakil Ketua DPR Fahri Hamzah menyayangkan sikap KPK yang menahan Menteri Sosial Idrus Marham.', ('ACCUSE', 'IDN', 'IDN')),
    ('Anggota DPRD DKI dari Fraksi PDIP mengkritisi kebijakan Gubernur Anies Baswedan soal trotoar.', ('ACCUSE', 'IDN', 'IDN')),
    ('Wali Kota Surabaya Tri Rismaharini dilaporkan ke Polda Jawa Timur oleh seorang warga.', ('ACCUSE', 'IDN', 'IDN')),
    ('Gubernur Jawa Tengah Ganjar Pranowo menepis tudingan Fadli Zon soal dana desa.', ('REJECT', 'IDN', 'IDN')),
    ('Partai Gerindra menolak usulan PDIP soal pemilihan presiden oleh MPR.', ('REJECT', 'IDN', 'IDN')),
    ('Menteri Agama Fachrul Razi tidak setuju dengan usulan MUI soal sertifikasi halal.', ('REJECT', 'IDN', 'IDN')),
    ('Ratusan warga menggugat Pemerintah Provinsi DKI Jakarta ke Pengadilan Negeri Jakarta Pusat.', ('ACCUSE', 'IDN', 'IDN')),
    ('Pemprov DKI Jakarta digugat oleh warga Bukit Duri ke PTUN.', ('ACCUSE', 'IDN', 'IDN')),
    ('Politikus PDIP Masinton Pasaribu menuding KPK bermain politik dalam kasus Wahyu Setiawan.', ('ACCUSE', 'IDN', 'IDN')),
    ('Sejumlah mahasiswa mendesak Presiden Joko Widodo menerbitkan Perppu KPK.', ('REQUEST', 'IDN', 'IDN')),
    ('Polisi menangkap seorang pria yang menganiaya anaknya di Makassar.', ('COERCE', 'IDN', 'IDN')),
    ('Seorang ibu di Makassar memukuli anaknya karena uang arisan hilang.', ('ASSAULT', 'IDN', 'IDN')),
    ('Seorang pria menganiaya sopir ojek online di Tangerang.', ('ASSAULT', 'IDN', 'IDN')),
    ('Komisi Yudisial memeriksa hakim Pengadilan Negeri Jakarta Selatan yang menangani kasus itu.', ('ACCUSE', 'IDN', 'IDN')),
    ('Menteri BUMN Erick Thohir membantah tudingan anggota DPR soal rangkap jabatan.', ('REJECT', 'IDN', 'IDN')),
    ('Bawaslu menemukan pelanggaran yang dilakukan calon bupati Sleman.', ('ACCUSE', 'IDN', 'IDN')),
    ('Menteri Kesehatan Terawan Agus Putranto meminta Dinas Kesehatan Depok menangani wabah hepatitis A.', ('REQUEST', 'IDN', 'IDN')),
    ('Menteri BUMN Erick Thohir menggelar rapat kerja dengan Komisi VI DPR.', ('CONSULT', 'IDN', 'IDN')),
    ('Polda Metro Jaya menetapkan Galih Ginanjar sebagai tersangka kasus ikan asin.', ('ACCUSE', 'IDN', 'IDN')),
    ('Polisi menangkap tiga pelaku pengeroyokan terhadap seorang sopir ojek online di Bekasi.', ('COERCE', 'IDN', 'IDN')),
    ('Petugas Bea Cukai menyita ribuan botol minuman keras ilegal dari sebuah gudang milik pengusaha di Batam.', ('COERCE', 'IDN', 'IDN')),
    ('Polres Metro Jakarta Selatan meringkus dua pengedar sabu di Kebayoran Baru.', ('COERCE', 'IDN', 'IDN')),
    ('Seorang pemuda ditusuk oleh orang tak dikenal di Tanah Abang, Jakarta Pusat.', ('ASSAULT', 'IDN', 'IDN')),
    ('Sekelompok orang menyerang pos polisi di Sleman dengan senjata tajam.', ('ASSAULT', 'IDN', 'IDN')),
    ('Polisi menembak kaki seorang begal yang mencoba kabur di Palembang.', ('ASSAULT', 'IDN', 'IDN')),
    ('Ketua DPRD DKI Prasetyo Edi Marsudi menolak permintaan Gubernur Anies Baswedan soal anggaran Formula E.', ('REJECT', 'IDN', 'IDN')),
    ('Polda Metro Jaya membantah tudingan Amnesty International Indonesia soal penyiksaan tahanan.', ('REJECT', 'IDN', 'IDN')),
    ('KPK menolak permohonan praperadilan yang diajukan mantan Dirut PLN Sofyan Basir.', ('REJECT', 'IDN', 'IDN')),
    ('Gubernur Jawa Tengah Ganjar Pranowo menemui perwakilan buruh yang berunjuk rasa di depan kantornya.', ('CONSULT', 'IDN', 'IDN')),
    ('Kapolri Idham Azis bertemu Ketua KPK Firli Bahuri di Mabes Polri.', ('CONSULT', 'IDN', 'IDN')),
    ('Komnas HAM meminta Polri mengusut kematian dua mahasiswa di Kendari.', ('REQUEST', 'IDN', 'IDN')),
    ('Warga mendesak Pemkot Bekasi menutup tempat pembuangan sampah Bantargebang.', ('REQUEST', 'IDN', 'IDN')),
    ('Kejaksaan Tinggi Jawa Timur menyelidiki dugaan korupsi dana hibah di Pemkab Sidoarjo.', ('ACCUSE', 'IDN', 'IDN')),
    ('Seorang artis melaporkan mantan suaminya ke Polda Metro Jaya atas dugaan penganiayaan.', ('ACCUSE', 'IDN', 'IDN')),
    ('Mahkamah Agung memvonis bersalah mantan Ketua DPR Setya Novanto.', ('ACCUSE', 'IDN', 'IDN')),
    ('Hakim Pengadilan Tipikor menjatuhkan vonis 15 tahun penjara kepada Setya Novanto.', ('COERCE', 'IDN', 'IDN')),
]  # fmt: skip


@pytest.mark.parametrize("text, key", DOMESTIC)
def test_domestic_news_stays_coded(text, key):
    assert key in _keys(text, "id")
