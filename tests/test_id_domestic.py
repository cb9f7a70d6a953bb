"""Indonesian domestic news (police, prosecutors, KPK, courts, DPR/DPRD, regional heads, protests, Satpol PP):
sentences written for this file in the style of Indonesian news sites (not dev, blind or suite text), coded by
the gold guidelines before the coder was run. Domestic dyads score at country level (IDN -> IDN)."""

from __future__ import annotations

import pytest

from warta.api import extract


def unit(code: str) -> str:
    """A code at the scoring level: a state's three letters, an IGO or NGO code whole."""
    return code if code[:3] in ("IGO", "NGO") else code[:3]


def events(text: str) -> set[tuple[str, str, str]]:
    return {(ev.type, unit(ev.source.code), unit(ev.target.code) if ev.target else "")
            for ev in extract(text, lang="id", published="2024-11-15")}


@pytest.mark.parametrize("text, event", [
    # naming a suspect is a formal charge (CAMEO 115, like English "charged with")
    ("Kejaksaan Tinggi Jawa Tengah menetapkan mantan Kepala Dinas Pendidikan sebagai tersangka korupsi dana hibah.",
     ("ACCUSE", "IDN", "IDN")),
    ("Polres Sleman menetapkan dua anggota DPRD Sleman sebagai tersangka kasus penipuan arisan.",
     ("ACCUSE", "IDN", "IDN")),
    ("Seorang anggota DPRD Kota Medan ditetapkan sebagai tersangka oleh Polda Sumatera Utara.",
     ("ACCUSE", "IDN", "IDN")),
    # questioning by investigators is an investigation (CAMEO 091)
    ("Penyidik KPK memeriksa Wakil Ketua DPRD Jawa Timur sebagai saksi kasus dana hibah.",
     ("ACCUSE", "IDN", "IDN")),
    ("Kejaksaan Agung memeriksa tiga pejabat Kementerian Perdagangan terkait izin impor gula.",
     ("ACCUSE", "IDN", "IDN")),
    # a complaint to the police or the KPK is a formal complaint (CAMEO 115)
    ("Sejumlah pedagang melaporkan anggota Satpol PP ke Polres Jakarta Barat atas dugaan pemerasan.",
     ("ACCUSE", "IDN", "IDN")),
    ("Puluhan warga melaporkan Bupati Pati ke KPK atas dugaan suap jabatan.",
     ("ACCUSE", "IDN", "IDN")),
    # a hearing granted to a delegation is a hosted meeting (CAMEO 043)
    ("Presiden Prabowo Subianto menerima audiensi pimpinan KPK di Istana Merdeka.",
     ("CONSULT", "IDN", "IDN")),
    # storming an office to make demands is a protest (CAMEO 141)
    ("Puluhan pengemudi ojek daring menggeruduk kantor Kemenhub menuntut kenaikan tarif.",
     ("PROTEST", "IDN", "IDN")),
    ("Ratusan warga menggeruduk Mapolres Jeneponto setelah seorang tahanan tewas.",
     ("PROTEST", "IDN", "IDN")),
    # clearing street vendors is coercion (CAMEO 17)
    ("Petugas Satpol PP menertibkan para pengamen dan pengemis di simpang Jalan Sudirman.",
     ("COERCE", "IDN", "IDN")),
    ("Satpol PP Kota Bandung menertibkan puluhan pedagang kaki lima di Jalan Dalem Kaum.",
     ("COERCE", "IDN", "IDN")),
    # legislators grilling an official (CAMEO 111)
    ("Komisi III DPR mencecar Kapolri soal kasus penembakan polisi di Solok Selatan.",
     ("ACCUSE", "IDN", "IDN")),
    # a rally before an office (CAMEO 141)
    ("Ratusan buruh menggelar aksi di depan gedung DPRD Jawa Barat.",
     ("PROTEST", "IDN", "IDN")),
    # a KPK sting is an arrest (CAMEO 173)
    ("KPK melakukan operasi tangkap tangan terhadap Gubernur Bengkulu.",
     ("COERCE", "IDN", "IDN")),
    # the police task force in Papua
    ("Satgas Damai Cartenz menangkap dua anggota KKB di Intan Jaya.",
     ("COERCE", "IDN", "IDN")),
    # social aid to beneficiary families (CAMEO 07)
    ("Kemensos menyalurkan bansos kepada keluarga penerima manfaat di Jakarta.",
     ("AID", "IDN", "IDN")),
    # taking someone to the police, or to an ethics body (CAMEO 115)
    ("Sejumlah warga di Bogor memolisikan kepala desa mereka atas dugaan pemalsuan dokumen.",
     ("ACCUSE", "IDN", "IDN")),
    ("Tim kuasa hukum mengadukan Ketua KPU ke DKPP atas dugaan pelanggaran etik.",
     ("ACCUSE", "IDN", "IDN")),
    # summoned as a witness (CAMEO 091)
    ("KPK memanggil mantan Menteri Pertanian sebagai saksi kasus korupsi.",
     ("ACCUSE", "IDN", "IDN")),
    # a forced pick-up (CAMEO 173), a travel ban (CAMEO 172), a mob beating (CAMEO 180)
    ("Penyidik Polda Metro Jaya menjemput paksa Bupati Mimika di Jakarta.",
     ("COERCE", "IDN", "IDN")),
    ("Direktorat Jenderal Imigrasi mencekal mantan Menteri Perdagangan ke luar negeri.",
     ("COERCE", "IDN", "IDN")),
    ("Polisi mengeroyok seorang pengemudi ojek di Jakarta.",
     ("ASSAULT", "IDN", "IDN")),
    # Indonesian regional offices (bupati, camat) are Indonesia's without a place named; a delegation received in a
    # hearing is of people, not legislators
    ("Bupati Pati menerima audiensi perwakilan petani tebu.",
     ("CONSULT", "IDN", "IDN")),
    ("Ratusan warga menggeruduk kantor Bupati menuntut perbaikan jalan.",
     ("PROTEST", "IDN", "IDN")),
    # protesting at an office (CAMEO 141)
    ("Ratusan buruh mendemo kantor Gubernur Jawa Timur di Surabaya.",
     ("PROTEST", "IDN", "IDN")),
    # Papua armed groups: arson of homes (CAMEO 1712), attacks on people named by trade
    ("KKB membakar sejumlah honai warga di Distrik Ilaga, Kabupaten Puncak.",
     ("ASSAULT", "IDN", "IDN")),
    ("KKB membakar rumah dinas Kepala Distrik Beoga.",
     ("ASSAULT", "IDN", "IDN")),
    ("Dua tukang ojek tewas dibacok KKB di Kabupaten Puncak.",
     ("ASSAULT", "IDN", "IDN")),
    # a candidate holds no office yet: an election watchdog reprimanding a candidate for regent is no act of the
    # government on itself
    ("Bawaslu menjatuhkan sanksi teguran kepada calon bupati yang berkampanye di tempat ibadah.",
     ("ACCUSE", "IDN", "IDN")),
    # a parliamentary inquiry is an investigation (CAMEO 091)
    ("DPR menggulirkan hak angket terhadap KPU soal kecurangan pemilu.",
     ("ACCUSE", "IDN", "IDN")),
])
def test_domestic_event(text, event):
    got = events(text)
    assert event in got, got


@pytest.mark.parametrize("text", [
    "Pemerintah menetapkan tanggal 1 Juni sebagai hari libur nasional.",
    "Petugas memeriksa kelengkapan surat kendaraan di pos penyekatan.",
    "Dokter memeriksa kesehatan para calon jemaah haji di asrama haji.",
    "Wartawan melaporkan perkembangan banjir dari Kabupaten Demak.",
    "BMKG melaporkan gempa bermagnitudo 5,2 mengguncang Maluku Utara.",
    "Ribuan penggemar menggeruduk lokasi konser di Gelora Bung Karno.",
    "Pemerintah daerah menertibkan administrasi kependudukan warga.",
    "Pemerintah kota menertibkan reklame tanpa izin di sepanjang jalan protokol.",
    "Polres Bogor menerima laporan kehilangan sepeda motor.",
    "Pelajar menggelar aksi bersih-bersih pantai di depan Hotel Bali Beach.",
    "Komunitas pecinta lingkungan menggelar aksi tanam pohon di Bandung.",
    "Pemerintah akan mengatur layanan OTT seperti Netflix dan YouTube.",
    "Presiden memanggil Kapolri ke Istana Merdeka di Jakarta.",
    "Ibu itu mengadukan nasibnya kepada wartawan di Jakarta.",
    "Orang tua menjemput anaknya di sekolah di Bandung.",
    "Petani di Jember mengeroyok seekor ular sanca.",
    "Ibu-ibu membakar sampah di belakang sekolah di Bogor.",
    "Warga membakar lilin di depan gereja di Jakarta.",
    "Fraksi PDI Perjuangan mengusulkan hak angket di DPR.",
])
def test_ordinary_use_is_no_event(text):
    assert events(text) == set()


@pytest.mark.parametrize("text, source", [
    ("Polres Jakarta Barat menahan seorang pejabat Dinas Pendidikan.", "IDNCOP"),
    ("Kejaksaan Negeri Jakarta Selatan menahan seorang pejabat Dinas Pendidikan.", "IDNJUD"),
    ("Pengadilan Tipikor Jakarta Pusat memvonis mantan Menteri Komunikasi 15 tahun penjara.", "IDNJUD"),
])
def test_a_bodys_office_in_the_capital_is_the_body_not_the_capitals_government(text, source):
    got = {ev.source.code for ev in extract(text, lang="id", published="2024-11-15")}
    assert source in got, got
