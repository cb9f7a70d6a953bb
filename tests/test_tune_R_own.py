"""Own sentences of tuning part R (kumparan Indonesian news, 2026-12-05): each rule found on the part's coded lines
is tested here on sentences written for it, not copied from any corpus, with a negative for each."""

from __future__ import annotations

import pytest

from sentence_sets import event_keys
from warta.lang.id.morphology import surface_forms

PUB = "2019-12-03"


def _keys(text: str, lang: str = "id", published: str = PUB) -> set[tuple[str, str, str]]:
    return event_keys(text, lang, published)


def _check(text: str, want: set, absent: set, lang: str = "id") -> None:
    got = _keys(text, lang)
    assert want <= got, (text, got)
    assert not {k for k in got if k[0] in absent}, (text, got)


# --- an -i verb's bare form keeps its suffix (morphology.BARE_I_FROM): the imperative and headline form; a verb with
# no -i form gets none ("pukuli", "mintai" are re-affixing errors of augmented corpora, not news)
@pytest.mark.parametrize(("root", "affixes", "form"), [
    ("tembak", ("meN", "meN-i", "di", "di-i"), "tembaki"),
    ("kunjung", ("meN-i", "di-i", "ber"), "kunjungi"),
    ("datang", ("meN-i", "di-i"), "datanginya"),
])  # fmt: skip
def test_bare_i_form(root, affixes, form):
    assert surface_forms(root, affixes).get(form) == "lit"


@pytest.mark.parametrize(("root", "affixes", "form"), [
    ("temu", ("ber", "per-an"), "temui"),  # a root that takes no meN-i/di-i gets none ("bertemu", "pertemuan")
    ("pukul", ("meN", "di"), "pukuli"),
    ("minta", ("root", "meN", "di"), "mintai"),
    ("beri", ("meN", "di"), "berii"),  # nor a root that ends in -i already
    ("unjuk rasa", ("root", "ber"), "unjuk rasai"),
])  # fmt: skip
def test_no_bare_i_form(root, affixes, form):
    assert form not in surface_forms(root, affixes)


@pytest.mark.parametrize(("text", "want", "absent"), [
    ("Tentara Israel tembaki warga Palestina di Tepi Barat, Senin.", {("ASSAULT", "ISR", "PSE")}, set()),
    ("Jangan lupa kunjungi situs resmi kami untuk informasi lebih lanjut.", set(), {"CONSULT"}),
])  # fmt: skip
def test_bare_i_sentences(text, want, absent):
    _check(text, want, absent)


# --- Indonesian office-holders of late 2019 (knowledge/people.tsv, part R block): named alone, without a title
@pytest.mark.parametrize(("text", "want", "absent"), [
    ("Ida Fauziyah meminta perusahaan membayar tunjangan hari raya tepat waktu.", {("REQUEST", "IDN", "IDN")}, set()),
    ("Firli Bahuri menemui Ketua DPR Puan Maharani di Senayan, Rabu.", {("CONSULT", "IDN", "IDN")}, set()),
    ("Budi Waseso meminta pemerintah menambah anggaran cadangan beras.", {("REQUEST", "IDN", "IDN")}, set()),
    # a given name alone is no office-holder
    ("Ida meminta anaknya segera pulang ke rumah.", set(), {"REQUEST"}),
])  # fmt: skip
def test_office_holders_2019(text, want, absent):
    _check(text, want, absent)


# --- "CCTV" in Indonesian news is a security camera (knowledge/organisations.tsv): no Chinese broadcaster
@pytest.mark.parametrize(("lang", "text", "want", "absent"), [
    ("id", "Penyidik Polda Jawa Timur memeriksa rekaman CCTV di sekitar lokasi pembunuhan.", set(), {"ACCUSE"}),
    ("id", "Polisi juga memeriksa sejumlah CCTV di sekitar rumah korban di Bekasi.", set(), {"ACCUSE"}),
    ("en", "China's state broadcaster CCTV accused the United States of meddling in Hong Kong.",
     {("ACCUSE", "CHN", "USA")}, set()),
])  # fmt: skip
def test_cctv_is_a_camera_in_indonesian(lang, text, want, absent):
    got = _keys(text, lang)
    assert want <= got, (text, got)
    assert not {k for k in got if k[0] in absent and "CHN" in k[1:]}, (text, got)


# --- "saling bantah" (lang/id/triggers.tsv salingbantah): each party rejects the other, two office-holders of one
# code too (conventions._reciprocal with roles.two_parties); "berpesan" is a request to the one it names
@pytest.mark.parametrize(("text", "want", "absent"), [
    ("Sri Mulyani dan Abdul Halim Iskandar saling bantah soal dana desa.", {("REJECT", "IDN", "IDN")}, set()),
    ("PDIP dan Partai Gerindra saling bantah soal wacana amandemen UUD 1945.", {("REJECT", "IDN", "IDN")}, set()),
    ("Anak yang baik tidak suka bantah nasihat orang tua.", set(), {"REJECT"}),
    ("Presiden Jokowi berpesan kepada Kapolri Idham Azis agar menuntaskan kasus penyiraman air keras.",
     {("REQUEST", "IDN", "IDN")}, set()),
    ("Sang ibu berpesan agar anaknya rajin belajar.", set(), {"REQUEST"}),
])  # fmt: skip
def test_rebuttal_and_charge(text, want, absent):
    _check(text, want, absent)


# --- state companies named as a class (knowledge/organisations_more.tsv, part R): "direksi BUMN" is business, the
# ministry over them ("Menteri BUMN", "Kementerian Badan Usaha Milik Negara") the government
@pytest.mark.parametrize(("text", "want", "absent"), [
    ("Menteri BUMN Erick Thohir meminta jajaran direksi BUMN menghemat biaya perjalanan dinas.",
     {("REQUEST", "IDN", "IDN")}, set()),
    ("KPK menangkap direktur utama sebuah BUMN karya di Jakarta.", {("COERCE", "IDN", "IDN")}, set()),
])  # fmt: skip
def test_state_companies(text, want, absent):
    _check(text, want, absent)


def test_state_company_ministry_is_government():
    from warta.pipeline.actors import ActorFinder

    found = ActorFinder("id").find("Kementerian Badan Usaha Milik Negara (BUMN) mengkaji pembubaran anak usaha itu.")
    assert found[0].code == "IDNGOV", found


# --- "menargetkan" with a goal word after it sets a goal (conventions._goal_set, word classes aim_verb/goal_word)
@pytest.mark.parametrize(("text", "want", "absent"), [
    ("Kementerian Perindustrian menargetkan ekspor mobil rakitan lokal mencapai 300 ribu unit tahun depan.", set(),
     {"ASSAULT"}),
    ("Pemerintah Provinsi Jawa Barat menargetkan tol Cisumdawu rampung pada akhir 2020.", set(), {"ASSAULT"}),
    ("Rusia menargetkan 20 kota di Ukraina dengan rudal jelajah, Senin.", {("ASSAULT", "RUS", "UKR")}, set()),
])  # fmt: skip
def test_goal_set(text, want, absent):
    _check(text, want, absent)
