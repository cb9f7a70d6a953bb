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
