"""Headlines (lead, session 31): own news headlines in English and Indonesian (tests/data/headlines_HL.jsonl), in title
case and in sentence case, coded by GUIDELINES.md BEFORE warta was run on any of them.  A headline writes its verbs
bare in Indonesian ("KPK Tahan Bupati", "Polisi tangkap pelaku") and capitalises every content word, so the actor
finder took "Tolak Tuduhan" or "Jokowi Minta" for a name.  Two general rules read them: the unaffixed root of a verb
is a form of its own (voice ``bare``, lang/id/morphology.py) that the gate ``bare-root`` keeps only with a subject
right before it and an object after; and a sentence in title case has its common words lower-cased for the actor
finder (pipeline/casing.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks
from warta.lang.id.morphology import surface_forms
from warta.pipeline.casing import is_title_case, sentence_cased

DATA = Path(__file__).parent / "data" / "headlines_HL.jsonl"

# Measured right after coding, before the rules (2026-12-07, main aab428d8): en F1 0.875 (TP 7, FP 1, FN 1), id F1
# 0.333 (TP 2, FP 0, FN 8); with them en 0.941 (8 / 1 / 0), id 0.947 (9 / 0 / 1).  Left: a targetless rejection of a
# plan ("Warga Tolak Pembangunan ...", no target found, as in running text); the English false alarm is a massing of
# troops coded with no target where the gold's optional event names the threatened state.  One coding corrected after
# the first run, by the reference table (CAMEO2PLOVER: 057, a formal agreement signed, is SUPPORT): "Philippines,
# Vietnam Sign ... Pact" also has SUPPORT both ways as optional events; measured again with the headline list ("A, B
# hold talks": analysis.SentenceView._headline_pair), en 0.941 (8 / 1 / 0), id 0.947.
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.940, 1), "id": (0.946, 0)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "headlines-HL", RATCHET)


def test_a_bare_root_is_its_own_voice_only_where_the_verb_has_no_root_form():
    forms = surface_forms("tangkap", ("meN", "di", "peN-an"))
    assert forms["tangkap"] == "bare" and forms["menangkap"] == "active"
    assert surface_forms("keluar", ("meN-kan",))["keluarkan"] == "bare"
    assert surface_forms("minta", ("root", "meN"))["minta"] == "lit"  # a root listed as a form stays a word of its own
    assert "tangkap" not in surface_forms("tangkap", ("di", "peN-an"))  # no active form, no bare verb


def test_title_case_is_judged_on_the_long_words_besides_the_first():
    fw = frozenset({"dengan", "untuk", "with"})
    assert is_title_case("Polisi Tangkap Tiga Pelaku Penipuan di Bekasi", fw)
    assert is_title_case("Police Arrest Man Over Sydney Stabbing", fw)
    assert is_title_case("Jokowi Bertemu dengan Ketua Partai", fw)
    assert not is_title_case("Presiden Joko Widodo bertemu Ketua Umum Gerindra Prabowo Subianto di Istana Bogor.", fw)
    assert not is_title_case("KPK Tahan Bupati", fw)  # too short to judge: the finder reads it as it is written
    text = "Iran Tolak Tuduhan AS soal Pasokan Rudal. Rusia menolak Tuduhan itu."
    cased = sentence_cased(text, [(0, 41), (42, len(text))], frozenset({"tolak", "tuduhan", "pasokan", "soal"}),
                           frozenset({"soal"}))
    assert cased == "Iran tolak tuduhan AS soal pasokan Rudal. Rusia menolak Tuduhan itu."
    assert sentence_cased("Rusia menolak tuduhan itu.", [(0, 26)], frozenset({"menolak"})) == "Rusia menolak tuduhan itu."


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("id", "KPK Tahan Kepala Daerah Terkait Suap Proyek Jalan", ("COERCE", "IDN", "IDN")),
    ("id", "Israel kembali serang kamp pengungsi di Gaza", ("ASSAULT", "ISR", "PSE")),
    ("id", "Turki Tolak Tuduhan Swedia soal Pasokan Senjata", ("REJECT", "TUR", "SWE")),
    ("id", "Jokowi Minta Menteri Tak Keluarkan Aturan Baru", ("REQUEST", "IDN", "IDN")),
    ("en", "China Slams Canada Over Detention of Its Citizens", ("ACCUSE", "CHN", "CAN")),
    # two parties listed with a bare comma at the head of a headline are both the subject
    ("en", "Japan, South Korea hold talks on North Korean missiles", ("CONSULT", "JPN", "KOR")),
    ("en", "Japan, South Korea hold talks on North Korean missiles", ("CONSULT", "KOR", "JPN")),
    ("en", "France, Germany condemn Russia over Navalny death", ("ACCUSE", "FRA", "RUS")),
])  # fmt: skip
def test_headlines_give_their_event(lang, text, key):
    assert key in event_keys(text, lang)


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "Macron, France's president, met Scholz in Berlin.", ("CONSULT", "FRA", "DEU")),
    ("en", "Macron, Scholz meet in Berlin.", ("CONSULT", "FRA", "DEU")),
])  # fmt: skip
def test_an_apposition_is_no_headline_list(lang, text, key):
    assert key in event_keys(text, lang) and ("CONSULT", "FRA", "FRA") not in event_keys(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("id", "Pria itu bunuh diri di rumahnya di Bekasi."),  # a root and the word that makes a word of it
    ("id", "Tim Thailand tahan imbang Vietnam di Hanoi."),
    ("id", "Kajian PBB tentang rencana iklim Indonesia terbit pekan ini."),  # a bare root spelt like a preposition
    ("id", "Serang balik pasukan Ukraina mengejutkan Rusia."),  # no subject before the root
    ("id", "Menurut Guru Besar Hukum Pidana Universitas Indonesia, aturan itu tidak jelas."),  # a root inside a name
])  # fmt: skip
def test_bare_roots_that_are_no_verb_give_nothing(lang, text):
    assert not [k for k in event_keys(text, lang) if k[0] in ("ASSAULT", "COERCE", "REJECT", "PROTEST")]
