import pytest

from warta.lang.en.morphology import surface_forms as en_forms
from warta.lang.id.morphology import surface_forms as id_forms


@pytest.mark.parametrize(
    ("root", "form", "voice"),
    [
        ("kirim", "mengirim", "active"),
        ("kirim", "mengirimkan", "active"),
        ("kirim", "dikirim", "passive"),
        ("kirim", "pengiriman", "noun"),
        ("kirim", "kiriman", "noun"),
        ("serang", "menyerang", "active"),
        ("serang", "serangannya", "noun"),
        ("tuduh", "menuduh", "active"),
        ("bantu", "membantu", "active"),
        ("pukul", "memukul", "active"),
        ("dukung", "mendukung", "active"),
        ("ancam", "mengancam", "active"),
        ("rebut", "merebut", "active"),
        ("bom", "mengebom", "active"),
        ("kunjung", "mengunjungi", "active"),
        ("tolak", "penolakan", "noun"),
        ("sedia", "menyediakan", "active"),
        ("kritik", "mengkritik", "active"),  # loanword clusters keep their first consonant
        ("protes", "memprotes", "active"),
        ("bicara", "pembicaraan", "noun"),
    ],
)
def test_indonesian_forms(root, form, voice):
    forms = id_forms(root)
    assert forms.get(form) == voice


def test_indonesian_does_not_stem_wrongly():
    # generation from roots never produces the stemmer errors STACK.md lists
    assert "pasu" not in id_forms("pasukan")
    assert "mengunjungi" in id_forms("kunjung")


@pytest.mark.parametrize(
    ("root", "form"),
    [("attack", "attacked"), ("ban", "banned"), ("deny", "denied"), ("visit", "visited"), ("accuse", "accusing"),
     ("try", "tries"), ("push", "pushes")],
)
def test_english_forms(root, form):
    assert form in en_forms(root)


# --- gaps found on unseen text (issue 11) ---------------------------------------------------------------------


def test_ber_before_a_first_syllable_in_er():
    assert "bekerja" in id_forms("kerja", ("ber",)) and "berkerja" not in id_forms("kerja", ("ber",))
    assert "beternak" in id_forms("ternak", ("ber",))
    assert "berunding" in id_forms("runding", ("ber",)) and "bertemu" in id_forms("temu", ("ber",))


def test_reduplicated_plural_of_nouns_only():
    forms = id_forms("serang")
    assert forms["serangan-serangan"] == "noun" and forms["serangan-serangannya"] == "noun"
    assert "menyerang-menyerang" not in forms


def test_written_out_words_take_clitics_and_plurals():
    from warta.lang.id.morphology import literal_forms

    assert {"pasukannya", "sanksi-sanksi"} <= set(literal_forms("pasukan")) | set(literal_forms("sanksi"))
    assert "sanksi-sanksinya" in literal_forms("sanksi")
    assert not [f for f in literal_forms("menolak") if "-" in f]  # a verb has no reduplicated plural here


def test_doubling_of_a_stressed_final_syllable():
    assert {"kidnapped", "kidnapping"} <= set(en_forms("kidnap"))
    assert {"committed", "regretted"} <= set(en_forms("commit")) | set(en_forms("regret"))
    assert "visited" in en_forms("visit") and "banned" in en_forms("ban") and "bann" not in en_forms("ban")


@pytest.mark.parametrize(
    ("lang", "text", "entry_type", "word"),
    [
        ("id", "Amerika Serikat menarik pasukannya dari Suriah.", "RETREAT", "pasukannya"),
        ("id", "Serangan-serangan itu menewaskan warga.", "ASSAULT", "Serangan-serangan"),
        ("id", "Sanksi-sanksi baru dijatuhkan kepada Iran.", "SANCTION", "Sanksi-sanksi"),
        ("id", "Kedua negara sepakat bekerja sama di bidang energi.", "COOPERATE", "bekerja"),
        ("en", "Gunmen kidnapped two engineers near the border.", "ASSAULT", "kidnapped"),
    ],
)
def test_the_matcher_finds_the_new_forms(lang, text, entry_type, word):
    from warta.lexicon.registry import load_language
    from warta.pipeline.segment import tokenize
    from warta.pipeline.triggers import TriggerMatcher

    tokens = tokenize(text)
    found = TriggerMatcher(load_language(lang)).find(tokens)
    spans = {(m.entry.type, t.text) for m in found for t in tokens[m.start : m.end]}
    assert (entry_type, word) in spans, spans


@pytest.mark.parametrize(("root", "forms"), [("stand", {"stood"}), ("seek", {"sought"}), ("take", {"took", "taken"}),
                                             ("withdraw", {"withdrew", "withdrawn"}), ("hit", {"hit"})])  # fmt: skip
def test_english_irregular_pasts_come_from_the_verb_table(root, forms):
    got = en_forms(root)
    assert all(got[f] == "past" for f in forms)
    assert f"{root}ed" not in got and f"{root}d" not in got  # no "standed", "taked"


def test_english_regular_verbs_keep_their_ed_forms():
    assert {"attacked", "waged"} <= set(en_forms("attack")) | set(en_forms("wage"))


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        # digits and number words inside a gap do not count toward its three words
        ("en", "Russia massed tens of thousands of troops near the border.", True),
        ("en", "Israel freed more than 1,000 Palestinian prisoners.", True),
        ("id", "Korea Selatan menyiagakan lebih dari 20 ribu tentara di perbatasan.", True),
        # other words still do: four of them break the pattern
        ("en", "Russia massed huge new armoured reserve troops near the border.", False),
        # and so do more than three number words
        ("en", "Russia massed one two three four troops near the border.", False),
    ],
)
def test_a_gap_skips_amounts(lang, text, found):
    from warta.lexicon.registry import load_language
    from warta.pipeline.segment import tokenize
    from warta.pipeline.triggers import TriggerMatcher

    tokens = tokenize(text)
    matches = TriggerMatcher(load_language(lang)).find(tokens)
    spans = [(m.entry.type, m.end - m.start) for m in matches if m.entry.type in {"MOBILIZE", "RETREAT"}]
    assert any(width > 3 for _, width in spans) == found, spans
