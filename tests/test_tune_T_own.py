"""Rules and words added while tuning on part T of the tuning set (tests/data/ntrex_tuning/T.jsonl: kumparan news
sentences of late 2019; Indonesian domestic news: ministers, DPR, police, KPK, state companies), each checked on
sentences of our own (never the corpus's): what must be coded, and a negative that must not be."""

from __future__ import annotations

from sentence_sets import own_set_checks

PUB = "2019-11-20"


# (lang, sentence, (type, source country, target country)) that must be coded
CODED = [
    # a working meeting or hearing with a word or three before its partner, or its abbreviation in brackets; an
    # unnamed minister meeting a named parliament is at home (both ways)
    ("id", "Menteri Keuangan menggelar rapat kerja perdana dengan Komisi XI DPR.", ("CONSULT", "IDN", "IDN")),
    ("id", "Menteri Pertanian mengadakan rapat kerja (raker) dengan Komisi IV DPR RI.", ("CONSULT", "IDN", "IDN")),
    ("id", "Kapolri menghadiri rapat dengar pendapat umum dengan Komisi III DPR.", ("CONSULT", "IDN", "IDN")),
    ("id", "Menteri Perhubungan menggelar rapat dengan Komisi V DPR di Senayan.", ("CONSULT", "IDN", "IDN")),
    # the state companies as a class, and a company's board, are actors
    ("id", "Menteri Keuangan meminta direksi BUMN menekan biaya operasional.", ("REQUEST", "IDN", "IDN")),
    ("id", "Presiden meminta BUMN membantu petani di daerah.", ("REQUEST", "IDN", "IDN")),
    ("id", "Menteri BUMN meminta kepada jajaran komisaris dan direksi perusahaan pelat merah agar berhemat.",
     ("REQUEST", "IDN", "IDN")),
    # reporting each other to the police is a complaint each way
    ("id", "Bupati Bogor dan anggota DPRD itu saling lapor ke polisi.", ("ACCUSE", "IDN", "IDN")),
    ("id", "Perselisihan Ketua DPRD dan Wali Kota Medan berujung saling lapor.", ("ACCUSE", "IDN", "IDN")),
    # China's state broadcaster by its initials stays an actor in English text
    ("en", "China's CCTV accused the United States of meddling in Hong Kong.", ("ACCUSE", "CHN", "USA")),
    # scheduling an examination carries the examination's noun (a planned investigation)
    ("id", "Penyidik KPK mengagendakan pemeriksaan terhadap anggota DPRD Kota Malang sebagai saksi.",
     ("ACCUSE", "IDN", "IDN")),
    ("id", "Kejaksaan Agung menjadwalkan pemeriksaan terhadap mantan Direktur Utama Garuda Indonesia.",
     ("ACCUSE", "IDN", "IDN")),
    # the short names of Yogyakarta are places of Indonesia: the scene of unnamed police
    ("id", "Polisi menangkap dua pengedar narkoba di Jogja.", ("COERCE", "IDN", "IDN")),
    ("id", "Polisi menahan tiga mahasiswa di Yogya.", ("COERCE", "IDN", "IDN")),
    # violence done to someone named is an assault; with its author between, the condemnation keeps its target
    ("id", "Polisi melakukan kekerasan terhadap mahasiswa di Kendari.", ("ASSAULT", "IDN", "IDN")),
    ("id", "Aparat diduga melakukan tindak kekerasan terhadap warga Papua.", ("ASSAULT", "IDN", "IDN")),
    ("id", "Komnas HAM mengecam kekerasan aparat terhadap jurnalis.", ("ACCUSE", "IDN", "IDN")),
    # Indonesia's district and high courts by their names
    ("id", "Pengadilan Negeri Jakarta Selatan memvonis terdakwa lima tahun penjara.", ("COERCE", "IDN", "IDN")),
    ("id", "KPK menangkap dua hakim PN Medan.", ("COERCE", "IDN", "IDN")),
    ("id", "Warga menggugat Pemkot Depok ke Pengadilan Negeri Depok.", ("ACCUSE", "IDN", "IDN")),
    # a tax rejected with no author named is still aimed at the critic's government
    ("id", "Fraksi PDIP menolak kenaikan cukai rokok.", ("REJECT", "IDN", "IDN")),
]  # fmt: skip

# (lang, sentence, type) that must not be coded
NOT_CODED = [
    # a working meeting opened with a prayer, or with a theme, has no partner
    ("id", "Rapat kerja itu dibuka dengan doa bersama oleh Menteri Agama.", "CONSULT"),
    ("id", "Menteri Agama membuka rapat kerja nasional dengan tema moderasi beragama.", "CONSULT"),
    # reporting to a superior or from a place is no complaint
    ("id", "Wartawan itu melapor langsung dari lokasi banjir.", "ACCUSE"),
    ("id", "Bupati Bogor melapor kepada Gubernur Jawa Barat soal banjir.", "ACCUSE"),
    # a health check scheduled for participants is no investigation
    ("id", "Panitia mengagendakan pemeriksaan kesehatan bagi peserta lomba.", "ACCUSE"),
    # violence counted, done to no one named
    ("id", "Angka kekerasan terhadap anak di Indonesia meningkat.", "ASSAULT"),
    # the excise in the name of the customs service is no measure aimed at a government
    ("id", "Seluruh kontainer itu diperiksa Bea Cukai.", "ACCUSE"),
]  # fmt: skip

# (lang, sentence, (type, source country, target country)) that must not be coded
NOT_KEYED = [
    # the Supreme Court of another state keeps its state ("Mahkamah Agung" is not listed as Indonesia's)
    ("id", "Mahkamah Agung AS menolak gugatan Trump.", ("REJECT", "IDN", "USA")),
    # in Indonesian text "CCTV" is the security camera, not China's broadcaster
    ("id", "Polisi memeriksa rekaman CCTV di sekitar rumah korban.", ("ACCUSE", "CHN", "CHN")),
    ("id", "Polisi juga memeriksa sejumlah CCTV di Jakarta.", ("ACCUSE", "IDN", "CHN")),
]  # fmt: skip


test_coded, test_not_coded, test_not_keyed = own_set_checks(PUB, CODED, NOT_CODED, NOT_KEYED)


def test_a_scheduled_examination_is_planned():
    from warta.api import extract

    events = extract("KPK menjadwalkan pemeriksaan terhadap Bupati Bogor pekan depan.", lang="id", published=PUB)
    assert [(e.type, e.modality) for e in events] == [("ACCUSE", "planned")]


def test_denied_violence_is_negated():
    from warta.api import extract

    events = extract("Kapolda Metro Jaya membantah polisi melakukan kekerasan terhadap mahasiswa.", lang="id",
                     published=PUB)
    assert [(e.type, e.negated) for e in events] == [("ASSAULT", True)]
