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


# --- a verb's bare root with -i (morphology.BARE_I_FROM): the imperative or colloquial form, and the form the
# re-affixed copies of an augmented corpus give meminta / dipukuli / disita ("mintai", "pukuli", "sitai")
@pytest.mark.parametrize(("root", "affixes", "form"), [
    ("minta", ("root", "meN", "di"), "mintai"),
    ("pukul", ("meN", "di"), "pukuli"),
    ("sita", ("meN", "di", "peN-an"), "sitainya"),
])  # fmt: skip
def test_bare_i_form(root, affixes, form):
    assert surface_forms(root, affixes).get(form) == "lit"


@pytest.mark.parametrize(("root", "affixes", "form"), [
    ("temu", ("ber", "per-an"), "temui"),  # a root that takes no meN-/di- gets none ("bertemu", "pertemuan")
    ("beri", ("meN", "di"), "berii"),  # nor a root that ends in -i already
    ("unjuk rasa", ("root", "ber"), "unjuk rasai"),
])  # fmt: skip
def test_no_bare_i_form(root, affixes, form):
    assert form not in surface_forms(root, affixes)


@pytest.mark.parametrize(("text", "want", "absent"), [
    ("Kapolri mintai Kapolda Papua menindak tegas pelaku penembakan.", {("REQUEST", "IDN", "IDN")}, set()),
    ("Tentara Israel tembaki warga Palestina di Tepi Barat, Senin.", {("ASSAULT", "ISR", "PSE")}, set()),
    # a report to no police or watchdog is no complaint, whatever its form
    ("Sopir truk itu lapori kecelakaan tersebut kepada wartawan.", set(), {"ACCUSE"}),
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


# --- light verbs as a bare root with -i (cues.tsv light_verb and word_classes.tsv passive_light, part R blocks)
@pytest.mark.parametrize(("text", "want", "absent"), [
    ("Polres Bogor lakui penangkapan terhadap tiga tersangka pengeroyokan.", {("COERCE", "IDN", "IDN")}, set()),
    ("Penangkapan terhadap dua pengedar narkoba lakui Polda Metro Jaya.", {("COERCE", "IDN", "IDN")}, set()),
    ("Buruh gelari unjuk rasa di depan Istana Merdeka, Jakarta, menolak kenaikan iuran.", {("PROTEST", "IDN", "IDN")},
     set()),
    # an ordinary act done with the light verb is no event
    ("Warga Bogor lakui aktivitas seperti biasa setelah banjir surut.", set(), {"COERCE", "PROTEST"}),
])  # fmt: skip
def test_bare_i_light_verbs(text, want, absent):
    _check(text, want, absent)


# --- "menargetkan" with a goal word after it sets a goal (conventions._goal_set, word classes aim_verb/goal_word)
@pytest.mark.parametrize(("text", "want", "absent"), [
    ("Kementerian Perindustrian menargetkan ekspor mobil rakitan lokal mencapai 300 ribu unit tahun depan.", set(),
     {"ASSAULT"}),
    ("Pemerintah Provinsi Jawa Barat menargetkan tol Cisumdawu rampung pada akhir 2020.", set(), {"ASSAULT"}),
    ("Rusia menargetkan 20 kota di Ukraina dengan rudal jelajah, Senin.", {("ASSAULT", "RUS", "UKR")}, set()),
])  # fmt: skip
def test_goal_set(text, want, absent):
    _check(text, want, absent)
