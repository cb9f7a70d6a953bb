"""Rules and words added while tuning on part U of the tuning set (tests/data/ntrex_tuning/U.jsonl: Indonesian
news sentences of the kumparan corpus, late 2019: DPR, ministries, police, KPK and courts), each checked on
sentences of our own (never the corpus's): what must be coded, and a negative that must not be."""

from __future__ import annotations

import pytest

from sentence_sets import event_keys

PUB = "2019-12-03"


def _keys(text: str) -> set[tuple[str, str, str]]:
    return event_keys(text, "id", PUB)


# (sentence, (type, source country, target country)) that must be coded
CODED = [
    # a meeting with a named other side, with words between the meeting and "dengan"
    ("Komisi IX DPR menggelar rapat pertama kalinya dengan Kementerian Kesehatan.", ("CONSULT", "IDN", "IDN")),
    ("Komisi I DPR menggelar rapat tertutup dengan Menteri Pertahanan Prabowo Subianto, Senin (11/11).",
     ("CONSULT", "IDN", "IDN")),
    ("Komisi III DPR menggelar rapat kerja perdana dengan Jaksa Agung ST Burhanuddin.", ("CONSULT", "IDN", "IDN")),
    # an inquiry into an incident ("kejadian") stands with no suspect named
    ("Polri masih menyelidiki kejadian tersebut.", ("ACCUSE", "IDN", "")),
    ("Kapolda Metro Jaya mengatakan Polda masih menyelidiki kejadian di Monas itu.", ("ACCUSE", "IDN", "")),
    # two parties acting on each other with the bare root after "saling"
    ("Menteri Keuangan Sri Mulyani dan Menteri Desa Abdul Halim Iskandar saling membantah soal desa fiktif.",
     ("REJECT", "IDN", "IDN")),
    ("Saling bantah terjadi antara Menteri Keuangan Sri Mulyani dan Menteri Dalam Negeri Tito Karnavian.",
     ("REJECT", "IDN", "IDN")),
    ("Ketua KPK dan Kapolri saling lapor ke Bareskrim.", ("ACCUSE", "IDN", "IDN")),
    ("Gerindra dan PDIP saling tuding soal kecurangan pemilu.", ("ACCUSE", "IDN", "IDN")),
    ("Partai Golkar dan PDIP saling gugat di Mahkamah Konstitusi.", ("ACCUSE", "IDN", "IDN")),
    # the heads of Indonesian district police and prosecutors' offices are Indonesia's, with no place named
    ("Kapolres Kendari menahan dua mahasiswa yang diduga merusak fasilitas umum.", ("COERCE", "IDN", "IDN")),
    ("Kajati Sumatera Utara menetapkan tiga pejabat dinas sebagai tersangka.", ("ACCUSE", "IDN", "IDN")),
    # the ministry of villages and its minister (Kemendes, Mendes) are Indonesia's government
    ("Mendes Abdul Halim Iskandar mengkritik Kementerian Keuangan soal dana desa.", ("ACCUSE", "IDN", "IDN")),
    ("Kemendes PDTT mengkritik Kementerian Keuangan soal dana desa.", ("ACCUSE", "IDN", "IDN")),
    # people counted in a charge by a state organ are its own civilians
    ("Polda Metro Jaya menetapkan dua orang sebagai tersangka kasus penyerangan itu.", ("ACCUSE", "IDN", "IDN")),
    ("KPK menetapkan tiga orang sebagai tersangka kasus suap proyek jalan.", ("ACCUSE", "IDN", "IDN")),
]  # fmt: skip

# (sentence, type) that must not be coded
NOT_CODED = [
    # a meeting of one body alone names no partner, whatever follows "dengan"
    ("DPR menggelar rapat paripurna dengan agenda pengesahan RUU KUHP.", "CONSULT"),
    ("Ketua DPR membuka rapat dengan doa bersama.", "CONSULT"),
    # an incident named with no one looking into it is no inquiry
    ("Kejadian itu membuat warga sekitar panik.", "ACCUSE"),
    # "saling" before another act is no denial or accusation
    ("Menteri Keuangan Sri Mulyani dan Menteri Desa Abdul Halim Iskandar saling bertukar data soal desa fiktif.",
     "REJECT"),
    ("Gerindra dan PDIP saling berkunjung menjelang pelantikan presiden.", "ACCUSE"),
    # counted witnesses questioned are no suspects charged
    ("KPK memeriksa tiga orang saksi dalam kasus suap proyek jalan.", "ACCUSE"),
    # the ministry that only speaks accuses no one
    ("Kemendes PDTT menjelaskan penyaluran dana desa tahap ketiga.", "ACCUSE"),
    # a chief who only speaks arrests no one
    ("Kapolres mengatakan polisi masih mencari saksi.", "COERCE"),
]  # fmt: skip

# (sentence, (type, source country, target country)) that must not be coded
NOT_KEYED = [
    # the victim of the incident looked into is not the inquiry's target
    ("Polri menyelidiki kejadian penyerangan terhadap Menteri Wiranto.", ("ACCUSE", "IDN", "IDN")),
]  # fmt: skip


@pytest.mark.parametrize("text, key", CODED)
def test_coded(text, key):
    assert key in _keys(text)


@pytest.mark.parametrize("text, etype", NOT_CODED)
def test_not_coded(text, etype):
    assert etype not in {k[0] for k in _keys(text)}


@pytest.mark.parametrize("text, key", NOT_KEYED)
def test_not_keyed(text, key):
    assert key not in _keys(text)
