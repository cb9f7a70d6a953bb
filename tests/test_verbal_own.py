"""Verbal cooperation and refusal (REJECT, REQUEST, AGREE, CONSULT, signing): own news-style sentences in both
languages (tests/data/verbal_own.tsv, coded by GUIDELINES.md before warta was run on them) with a ratchet, and
negatives (tests/data/verbal_own_neg.tsv) that must give no event of the named type.

A row is right when warta gives an event of its type with its source and target at scoring level (target "-" is
the empty target).  Misses are printed on every run (``pytest -s``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import check_rows, hold_ratchet, read_rows
from warta.api import extract
from warta.evaluate import match_key

DATA = Path(__file__).parent / "data"
PUB = "2024-11-15"
ROWS = read_rows(DATA / "verbal_own.tsv", 6)
NEGATIVES = read_rows(DATA / "verbal_own_neg.tsv", 3)
# measured before any fix (2026-12-05): id 18/32, en 22/30; two organs of one state as parties: id 19/32;
# agreements between named parties, agreements to stop fighting, defiance: id 20/32, en 23/30; nouns of sayings
# with their addressee ("penolakan X terhadap usulan Y", "permintaan X agar Y"): id 22/32.  Batch 2 (12 id, 8 en,
# written after those fixes): id 7/12, en 7/8 before the next; a province after unnamed people is their place: id 31/44
# two organs agreeing with each other: id 32/44.  Batch 3 (10 id): 8/10 before the next fix; a named parliament
# acting on an unnamed ministry: id 42/54
# "at the request of X" (en): en 31/38; with the held-out batch 4 (en 3/6): en 34/44
RATCHET = {"id": 0.77, "en": 0.77}


def _keys(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {match_key(e.type, e.source.code, e.target.code if e.target else "")
            for e in extract(text, lang=lang, published=PUB)}  # fmt: skip


def test_rows_are_well_formed():
    check_rows(DATA / "verbal_own.tsv", ROWS, target_optional=True)
    assert all(target == "-" or len(target) >= 3 for *_, target, _text, _line in ROWS)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_verbal_own(lang):
    hold_ratchet(DATA / "verbal_own.tsv", ROWS, lang, RATCHET)


@pytest.mark.parametrize(("lang", "kind", "text"), [row[:3] for row in NEGATIVES])
def test_no_event_of_the_family(lang, kind, text):
    assert not any(key[0] == kind for key in _keys(text, lang))


@pytest.mark.parametrize(("text", "key"), [
    # two differently named organs of one state are two parties of a request
    ("Menteri Dalam Negeri Tito Karnavian meminta pemerintah daerah mempercepat penyaluran bantuan sosial.",
     ("REQUEST", "IDN", "IDN")),
    ("Presiden Joko Widodo meminta Menteri Keuangan Sri Mulyani menambah anggaran bantuan sosial.",
     ("REQUEST", "IDN", "IDN")),
    # ... and two bodies of one state agreeing with each other (a mutual act)
    ("Kemendagri dan KPU sepakat mempercepat pelantikan kepala daerah terpilih di Jakarta.", ("AGREE", "IDN", "IDN")),
    # a named parliament acting on an unnamed ministry: of one state
    ("Wakil Ketua DPR Sufmi Dasco Ahmad menolak usulan Kementerian Perdagangan untuk membuka impor beras.",
     ("REJECT", "IDN", "IDN")),
    # unnamed people acting on the unnamed government of an article about one state
    ("Di Batam, Kepulauan Riau, ratusan warga menolak rencana relokasi yang digagas pemerintah.",
     ("REJECT", "IDN", "IDN")),
])  # fmt: skip
def test_organs_of_one_state(text, key):
    assert key in _keys(text, "id")


@pytest.mark.parametrize("text", [
    # one organ named twice is one party (the sentence's own subject again)
    "Kementerian Luar Negeri meminta Kementerian Luar Negeri menjelaskan kebijakan itu.",
])  # fmt: skip
def test_one_organ_is_no_dyad(text):
    assert not any(key[1] == key[2] for key in _keys(text, "id"))


@pytest.mark.parametrize(("lang", "text", "key"), [
    # an agreement between named parties, as a noun
    ("id", "Kesepakatan antara Armenia dan Azerbaijan soal perbatasan diumumkan di Brussel.", ("AGREE", "ARM", "AZE")),
    ("id", "Perjanjian antara Rusia dan Korea Utara mulai berlaku pekan ini.", ("AGREE", "RUS", "PRK")),
    # an agreement to stop fighting is an agreement, not a threat
    ("id", "Israel dan Hizbullah sepakat untuk menghentikan pertempuran mulai Rabu.", ("AGREE", "ISR", "LBN")),
    # a noun of a saying: the author of the plan it is aimed at, the one asked to act
    ("id", "Penolakan Venezuela terhadap usulan Brasil soal pemilu ulang disampaikan di Caracas.",
     ("REJECT", "VEN", "BRA")),
    ("id", "Desakan Jepang agar Korea Selatan menaikkan anggaran pertahanan disampaikan di Tokyo.",
     ("REQUEST", "JPN", "KOR")),
    # a request named as the reason of an act was made to the one who acted, fronted or not
    ("id", "Atas permintaan Australia, Dewan Keamanan PBB menggelar rapat tertutup soal Myanmar.",
     ("REQUEST", "AUS", "IGOUN")),
    ("id", "Kepolisian Thailand mengekstradisi buronan itu ke Jakarta atas permintaan Indonesia.",
     ("REQUEST", "IDN", "THA")),
    ("en", "At the request of Japan, the Security Council met behind closed doors on North Korea.",
     ("REQUEST", "JPN", "IGOUN")),
    # a rejected change of a price or wage: no target, or the author its verb names
    ("id", "Ratusan warga di Medan menolak kenaikan tarif air minum.", ("REJECT", "IDN", "")),
    ("id", "Buruh di Bekasi menolak kenaikan iuran BPJS yang ditetapkan Presiden Prabowo Subianto.",
     ("REJECT", "IDN", "IDN")),
    ("en", "Unions in Surabaya rejected the increase proposed by President Prabowo Subianto.", ("REJECT", "IDN", "IDN")),
    ("en", "Thousands of workers in Bekasi rejected the price hike.", ("REJECT", "IDN", "")),
    # receiving an official is hosting a visit: the visitor visits the host
    ("id", "Presiden Prabowo Subianto menerima Perdana Menteri Jepang Shigeru Ishiba di Istana Merdeka, Jakarta.",
     ("CONSULT", "JPN", "IDN")),
    # a working meeting or hearing with a named other side
    ("id", "Komisi III DPR menggelar rapat dengar pendapat dengan Kapolri Listyo Sigit Prabowo di Senayan.",
     ("CONSULT", "IDN", "IDN")),
    ("en", "US senators held a hearing with Secretary of State Antony Blinken on Tuesday.", ("CONSULT", "USA", "USA")),
    # defying a body's sanctions or rulings
    ("en", "North Korea defied United Nations sanctions by launching another missile.", ("REJECT", "PRK", "IGOUN")),
    ("en", "Hungary defied the European Union by blocking the aid package.", ("REJECT", "HUN", "IGOEU")),
])  # fmt: skip
def test_verbal_entries(lang, text, key):
    assert key in _keys(text, lang)


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("id", "Kesepakatan antara kedua pihak diharapkan rampung bulan depan.", "AGREE"),  # no party named
    ("id", "Hizbullah berjanji akan melanjutkan pertempuran melawan Israel.", "AGREE"),  # a pledge of force: a threat
    ("en", "The coach said the team defied expectations in the final.", "REJECT"),  # no actor defied
    ("id", "Atas tuduhan Amerika Serikat, polisi Jerman menangkap seorang warga Rusia.", "ACCUSE"),  # no request
    ("id", "DPR menggelar rapat paripurna untuk mengesahkan RUU itu, Selasa.", "CONSULT"),  # no other side
    ("id", "Bank Indonesia menolak berkomentar soal kenaikan suku bunga.", "REJECT"),  # declining to comment
    ("id", "Indonesia menerima pengungsi Rohingya di Aceh.", "CONSULT"),  # refugees received: no visit
    ("id", "Indonesia menerima Rusia sebagai anggota BRICS.", "CONSULT"),  # a state admitted: no visit
    ("id", "Indonesia menerima bantuan dari Jepang.", "CONSULT"),  # a thing received
    ("en", "Analysts in Jakarta expect an increase in oil prices next year.", "REJECT"),  # no rejection
    ("en", "The session was held at the request of France, diplomats said.", "REQUEST"),  # not fronted: no one named
    ("en", "A court hearing with the defendant was held in Jakarta on Monday.", "CONSULT"),  # no party
])  # fmt: skip
def test_verbal_entries_negative(lang, text, kind):
    assert not any(key[0] == kind for key in _keys(text, lang))


def test_a_noun_of_a_saying_with_no_one_asked_has_no_addressee():
    # "agar" followed by no actor: the request is for a state of affairs, addressed to nobody named
    keys = _keys("Permintaan Ukraina agar perang segera berakhir disampaikan di Jenewa.", "id")
    assert not any(k[0] == "REQUEST" and k[2] not in ("", "UKR") for k in keys)


def test_a_province_named_after_unnamed_people_is_their_place_not_an_actor():
    text = "Warga Desa Sukamaju, Garut, Jawa Barat, meminta pemerintah menghentikan penambangan pasir di desa mereka."
    events = extract(text, lang="id", published=PUB)
    assert ("REQUEST", "IDN", "IDN") in {match_key(e.type, e.source.code, e.target.code if e.target else "")
                                         for e in events}  # fmt: skip
    assert all("Jawa Barat" not in (e.source.text, e.target.text if e.target else "") for e in events)


def test_a_pledge_of_one_official_is_not_made_to_an_organ_named_in_its_content():
    # agent-frame pledges keep the old rule (mutual_organs is for mutual acts): no AGREE of one organ to another
    keys = _keys("Menteri Keuangan Sri Mulyani berjanji menambah anggaran Bawaslu.", "id")
    assert ("AGREE", "IDN", "IDN") not in keys


def test_a_ministry_of_a_named_state_keeps_its_state():
    keys = _keys("Ketua DPR Puan Maharani menolak usulan kementerian luar negeri Malaysia soal perbatasan.", "id")
    assert ("REJECT", "IDN", "MYS") in keys and ("REJECT", "IDN", "IDN") not in keys
