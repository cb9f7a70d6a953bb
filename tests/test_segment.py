import pytest

from warta.pipeline.segment import Segmenter, tokenize


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Kapolres AKBP Budi tiba. Ia bertemu warga.", 2),
        ("Kantor di Jl. Sudirman dibuka. Polisi datang.", 2),
        ("Menteri Keuangan A.S. Janet Yellen tiba di Tokyo. Ia bertemu Kishida.", 2),
        ("Mr. Smith met Dr. Jones. They talked.", 2),
        ("Satu.\nDua.", 2),
        ("", 0),
    ],
)
def test_sentences(text, n):
    abbrev = ["AKBP", "Jl", "Mr", "Dr"]
    assert len(Segmenter(abbrev).split(text)) == n


def test_offsets_round_trip():
    text = "  Korut mengirim 10.000 pasukan ke Rusia.  Rusia membayar.  "
    for s in Segmenter().split(text):
        assert text[s.start : s.end] == s.text
        for t in s.tokens:
            assert text[t.start : t.end] == t.text


def test_tokens_keep_numbers_and_reduplication():
    words = [t.text for t in tokenize("10.000 barang-barang 1,5 juta 14/11/2024 U.S. doesn't")]
    assert words == ["10.000", "barang-barang", "1,5", "juta", "14/11/2024", "U.S.", "does", "n't"]
