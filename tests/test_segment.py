import pytest

from warta.lexicon.registry import abbreviations, word_classes
from warta.pipeline.segment import Segmenter, tokenize, words


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
    assert words == ["10.000", "barang-barang", "1,5", "juta", "14/11/2024", "U.S.", "doesn't"]


@pytest.mark.parametrize("lang", ["en", "id"])  # Indonesian lists the English clitics of quoted names and words
def test_clitics_come_from_the_language(lang):
    """Clitics are split off their word as the language's data says (lang/<code>/word_classes.tsv)."""
    en = word_classes(lang)["clitic"]
    text = "Erdogan's aides doesn’t U.S.'s Ma'ruf"
    assert [t.text for t in tokenize(text, clitics=en)] == ["Erdogan", "'s", "aides", "does", "n’t", "U.S.", "'s",
                                                           "Ma'ruf"]
    assert [t.text for t in tokenize(text)] == ["Erdogan's", "aides", "doesn’t", "U.S.", "'", "s", "Ma'ruf"]
    sentence = Segmenter(clitics=en).split(text)[0]
    assert [t.text for t in sentence.tokens] == [t.text for t in tokenize(text, clitics=en)]


def _pieces(text: str, max_tokens: int = 12):
    return Segmenter(max_tokens=max_tokens).split(text)


def test_run_on_text_is_cut_into_pieces_of_at_most_max_tokens():
    # 60 words, no punctuation, no capitals: only the hard cut applies
    text = " ".join(f"kata{i}" for i in range(60))
    sentences = _pieces(text)
    assert [len(s.tokens) for s in sentences] == [12] * 5
    assert [s.index for s in sentences] == list(range(5))
    assert [t.text for s in sentences for t in s.tokens] == text.split()  # no token lost or repeated
    for s in sentences:
        assert text[s.start : s.end] == s.text
        assert s.tokens[0].start == s.start and s.tokens[-1].end == s.end


def test_the_cut_prefers_clause_punctuation_then_a_comma_then_a_capital():
    words = [f"w{i}" for i in range(20)]
    comma = " ".join(words[:8]) + ", " + " ".join(words[8:])
    assert _pieces(comma)[0].text.endswith("w7,")
    both = " ".join(words[:7]) + "; " + " ".join(words[7:9]) + ", " + " ".join(words[9:])
    assert _pieces(both)[0].text.endswith("w6;")  # the semicolon wins over the later comma
    capital = " ".join(words[:9]) + " Menteri " + " ".join(words[9:])
    assert _pieces(capital)[1].text.startswith("Menteri")
    # a capital that follows another capital is inside a name: no cut there
    name = " ".join(words[:8]) + " Kim Jong Un " + " ".join(words[8:])
    assert [s.text.split()[0] for s in _pieces(name)][1] == "Kim"


def test_a_cut_never_falls_in_the_first_half_of_a_piece():
    text = "w0 w1, " + " ".join(f"w{i}" for i in range(2, 30))
    first = _pieces(text)[0]
    assert len(first.tokens) == 12  # the early comma is too early: a hard cut instead


def test_sentences_under_the_limit_are_untouched():
    text = "Polisi menangkap dua orang di Jakarta pada Senin. " * 3
    assert [s.text for s in Segmenter().split(text)] == [s.text for s in Segmenter(max_tokens=10**6).split(text)]
    with pytest.raises(ValueError):
        Segmenter(max_tokens=1)


@pytest.mark.parametrize("text", [
    "The minister doesn't agree. Erdogan's aides didn't reply, officials said.",
    "Kapolres AKBP Budi tiba di Jl. Sudirman. Ia bertemu warga.",
    "Polisi datang " + "dan warga menunggu " * 60 + "di luar.",  # cut into pieces for length
    "",
])
def test_split_words_gives_the_sentences_of_split_without_building_their_tokens(text):
    seg = Segmenter(["AKBP", "Jl"], word_classes("en")["clitic"], max_tokens=40)
    built = seg.split(text)
    lazy = seg.split_words(text)
    assert [seg.with_tokens(s) for s, _ in lazy] == built
    assert [words for _, words in lazy] == [[t.text for t in s.tokens] for s in built]
    cut = len(text.split()) > 40  # the pieces of the long sentence come with their tokens
    assert all(bool(s.tokens) == cut for s, _ in lazy)


def test_the_clitics_order_and_container_do_not_change_the_tokens():
    """tokenize/words take a tuple of clitics as given (a Segmenter's, sorted once), any other iterable sorted."""
    text = "Erdogan's envoy said the U.S. doesn't accept Rp10.000 or US$5."
    forms = [("'s", "n't"), ("n't", "'s", "n't"), ["n't", "'s"], frozenset({"'s", "n't"})]
    assert len({tokenize(text, 3, c) for c in forms}) == 1
    assert len({tuple(words(text, c)) for c in forms}) == 1
    assert words(text, forms[0]) == ["Erdogan", "'s", "envoy", "said", "the", "U.S.", "does", "n't", "accept",
                                     "Rp", "10.000", "or", "US$", "5", "."]


@pytest.mark.parametrize(("text", "sentences"), [
    ("Ia datang... Lalu pergi.", ["Ia datang...", "Lalu pergi."]),
    ("He left?!\" Then silence.", ["He left?!\"", "Then silence."]),
    ("Baris satu\n\n\nbaris dua", ["Baris satu", "baris dua"]),
    ("It rose to 3.5 percent. Prices fell.", ["It rose to 3.5 percent.", "Prices fell."]),
    ("Mereka bertemu (di Jakarta.) Kemudian pulang.", ["Mereka bertemu (di Jakarta.)", "Kemudian pulang."]),
])
def test_a_boundary_is_terminal_punctuation_before_a_capital_or_a_line_break(text, sentences):
    assert [s.text for s in Segmenter().split(text)] == sentences


@pytest.mark.parametrize(("lang", "text", "n"), [
    # the languages' own abbreviations: a population, an amount in rupees or rupiah, an academic title
    ("en", "Rwanda (pop. 13 million) signed a deal with Britain. The UK paid Rwanda.", 2),
    ("en", "The fine was approx. 40 million dollars. Nobody paid.", 2),
    ("id", "Polisi menyita uang Rp. 500 juta dari tersangka. Ia ditahan.", 2),
    ("id", "Rektor Drs. Budi Santoso menolak tuntutan itu. Mahasiswa kecewa.", 2),
])
def test_the_languages_abbreviations_do_not_end_a_sentence(lang, text, n):
    assert len(Segmenter(abbreviations(lang), word_classes(lang)["clitic"]).split(text)) == n
