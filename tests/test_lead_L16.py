"""Fixes of the lead's sixteenth session, each with sentences of our own and a negative.

- A trip to a place is a visit to the state that holds it, in Indonesian as in English ("travel to"): "melakukan
  perjalanan ke Ankara", "dalam perjalanan ke Washington", "melakukan lawatan ke Tokyo". A trip home or to a match
  has no state actor and stays nothing.
- An inquiry of impeachment is one act ("penyelidikan pemakzulan terhadap X"), as "impeachment inquiry into X":
  the inner "pemakzulan" no longer takes the party behind "terhadap" from the inquiry.
- Wanting a party to act is asking it to (issue 10's example: "Obama wants Putin to attack Switzerland" is a REQUEST
  to Russia, and no attack): "wants X to", "menginginkan X untuk", with the party inside the pattern. Not the
  Indonesian "ingin agar X ...", which is as often a wish about X ("ingin agar Trump tetap disorot", dev gold).
- A withdrawal of the agent's own forces has no recipient by nature (cameo fact own_forces, 0874): with no place or
  party named it stands with target "" (issue 10's example "Syria says it is willing to withdraw its troops" is a
  planned retreat by Syria). A withdrawal of an offer, a nomination or support, or from a union or talks, is none.
- An appeal for calm, restraint, de-escalation or dialogue made to no one named stands with target "" (word class
  appeal_object; issue 11: targets the text does not name, per type): "The UN envoy appealed for calm", "Mogherini
  menyerukan de-eskalasi"; an appeal for anything else with no addressee stays dropped.
- Who holds a place is no act (rule held-description): "Tepi Barat yang diduduki Israel", "Crimea, which is
  occupied by Russia" describe the place; an occupation told as an act stays one ("Rebels occupied the town").
"""

from __future__ import annotations

import pytest

from sentence_sets import event_keys

PUB = "2026-12-06"


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("id", "Wakil Presiden AS Mike Pence akan melakukan perjalanan ke Ankara untuk bertemu dengan Erdogan.",
     ("CONSULT", "USA", "TUR")),
    ("id", "Perdana Menteri Jepang dalam perjalanan ke Washington ketika berita itu muncul.",
     ("CONSULT", "JPN", "USA")),
    ("id", "Menteri Luar Negeri Prancis melakukan lawatan ke Tokyo pekan ini.", ("CONSULT", "FRA", "JPN")),
])
def test_trip_is_a_visit(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize("text", [
    "Ribuan pemudik melakukan perjalanan ke kampung halaman menjelang Lebaran.",
    "Tim nasional melakukan perjalanan ke Hanoi untuk laga tandang.",
])
def test_trip_without_state_actor(text):
    assert not [k for k in event_keys(text, "id", PUB) if k[0] == "CONSULT"]


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("id", "Ketua DPR AS Nancy Pelosi mengumumkan penyelidikan pemakzulan resmi terhadap Presiden Trump.",
     ("ACCUSE", "USA", "USA")),
    ("id", "Parlemen Peru membuka penyelidikan pemakzulan terhadap Presiden Pedro Castillo.", ("ACCUSE", "PER", "PER")),
])
def test_impeachment_inquiry(lang, text, key):
    assert key in event_keys(text, lang, PUB)


def test_impeachment_inquiry_needs_a_party():
    assert not event_keys("Penyelidikan pemakzulan itu memakan waktu tiga bulan.", "id", PUB)


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "Obama wants Putin to attack Switzerland.", ("REQUEST", "USA", "RUS")),
    ("en", "Iran wants the United States to lift all sanctions before any talks.", ("REQUEST", "IRN", "USA")),
    ("en", "Washington wanted Seoul to pay more for the troops.", ("REQUEST", "USA", "KOR")),
    ("id", "Rusia menginginkan Ukraina untuk menarik pasukannya dari perbatasan.", ("REQUEST", "RUS", "UKR")),
])
def test_wanting_a_party_to_act(lang, text, key):
    keys = event_keys(text, lang, PUB)
    assert key in keys
    assert not [k for k in keys if k[0] == "ASSAULT"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Iran wants to talk."),
    ("en", "The president wants the talks to succeed."),
    ("id", "Warga menginginkan hujan untuk segera turun."),
])
def test_wanting_without_a_party(lang, text):
    assert not [k for k in event_keys(text, lang, PUB) if k[0] == "REQUEST"]


def _typed(text: str, lang: str) -> set[tuple[str, str, str, str]]:
    from warta.api import extract

    return {(e.type, e.source.code, e.target.code if e.target else "", e.modality)
            for e in extract(text, lang=lang, published=PUB)}


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "Syria says it is willing to withdraw its troops.", ("RETREAT", "SYR", "", "planned")),
    ("en", "Russia is prepared to withdraw its troops from the border.", ("RETREAT", "RUS", "", "planned")),
    ("id", "Rusia siap menarik pasukannya dari perbatasan.", ("RETREAT", "RUS", "", "planned")),
])
def test_own_forces_withdrawn(lang, text, key):
    assert key in _typed(text, lang)


@pytest.mark.parametrize("text", [
    "The company withdrew its offer.",
    "Trump withdrew his nomination.",
    "The opposition withdrew from the talks.",
    "The army withdrew its support for the president.",
])
def test_other_withdrawals(text):
    assert not [k for k in _typed(text, "en") if k[0] == "RETREAT"]


@pytest.mark.parametrize(("lang", "text"), [
    ("id", "Perundingan berlangsung di Tepi Barat yang diduduki Israel."),
    ("id", "Ukraina menuntut pengembalian Krimea yang diduduki Rusia."),
    ("en", "Ukraine demanded the return of Crimea, which is occupied by Russia."),
    ("en", "Settlers moved into the Golan Heights, held by Israel since 1967."),
])
def test_held_place_is_no_act(lang, text):
    assert not [k for k in event_keys(text, lang, PUB) if k[0] == "ASSAULT"]


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "Rebels occupied the town of Kidal on Monday.", ("ASSAULT", "MLI", "MLI")),
    ("id", "Pemberontak menduduki kota Kidal pada Senin.", ("ASSAULT", "MLI", "MLI")),
])
def test_occupation_told_as_an_act(lang, text, key):
    assert key in event_keys(text, lang, PUB)


def test_agreed_withdrawal_of_bare_forces_is_the_agreement():
    keys = _typed("Thailand dan Kamboja sepakat menarik pasukan dari wilayah sengketa di perbatasan.", "id")
    assert not [k for k in keys if k[0] == "RETREAT"]


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "The UN envoy appealed for calm.", ("REQUEST", "IGOUN", "")),
    ("en", "The European Union called for dialogue.", ("REQUEST", "IGOEU", "")),
    ("id", "Uni Eropa menyerukan de-eskalasi.", ("REQUEST", "IGOEU", "")),
    ("id", "Sekjen PBB menyerukan ketenangan.", ("REQUEST", "IGOUN", "")),
])
def test_appeal_to_no_one_named(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The UN envoy appealed for funds."),
    ("id", "Sekjen PBB menyerukan dana tambahan."),
])
def test_other_appeals_need_an_addressee(lang, text):
    assert not event_keys(text, lang, PUB)
