"""Indonesian event vocabulary by corpus frequency (helper CP, session 26): own news-style sentences, mostly
Indonesian (tests/data/lightverbs_CP.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them: event nouns
with light verbs ("melakukan kunjungan", "menjatuhkan sanksi", "memberikan bantuan", "mengajukan gugatan",
"melayangkan protes", "menyampaikan kecaman"), derived forms (reduplication, -nya, ber-, memper-) and the same light
verbs in other senses (an exhibition held, a player brought down, a field visit), about a quarter with no event."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "lightverbs_CP.jsonl"

# Measured right after coding, before any change (2026-12-07, fam-CP d5635cb1): en F1 0.889 (TP 4, FP 1, FN 0), id
# F1 0.937 (TP 30, FP 1, FN 3). Missed: "mengerahkan ribuan tentara ke perbatasan dengan Finlandia" (the border
# with a state as target), "India dan Pakistan terlibat baku tembak" (an exchange of fire between a compound
# subject); false alarms: the border mobilisation without its target, and "a protest ... over the defence minister's
# visit to Taiwan" giving the protester as the visitor.
# Batch 1: id F1 0.970 (TP 32, FP 1, FN 1): "di sepanjang Garis Kontrol" read as an actor with no code dropped the
# exchange of fire; the lines of disputed frontiers are places now (knowledge/regions.tsv, lang/id/place_aliases.tsv).
# The vocabulary rows of the batch (triggers.tsv block "helper CP") change no figure: dev, tuning and blind the same.
# The border mobilisation's target is left (MOBILIZE has no target in either language).
# Measured and taken back after batch 1 (dev, tuning and blind equal unless said): "<hujan> ~ rudal|roket|..."
# (ASSAULT 190) and "sambungan|percakapan|panggilan telepon|video dengan" (CONSULT 041), equal everywhere with no
# own-set gain; "mendarat di" (CONSULT 042: a rocket "mendarat di kawasan wisata Eilat", dev id FP 5 -> 6);
# "<kerah> ~ perbatasan (dengan)" with the neighbour as target (the unnamed-target convention drops it: "ribuan
# tentara" is the object); the noun "larangan" only after a light verb of imposing (tuning id FP 60 -> 57, TP equal,
# but it broke two conventions' tests: a genitive after a ban, tests/test_realnews_own.py, and a curb on a state's
# goods, tests/test_id_constructions.py).
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.888, 1), "id": (0.969, 1)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "lightverbs-CP", RATCHET)

PUB = "2025-06-20"


# the rows of block "helper CP" in lang/id/triggers.tsv, each with sentences of our own (not of the set's file)
@pytest.mark.parametrize(("text", "key"), [
    ("Pasukan Armenia dan Azerbaijan saling tembak di dekat perbatasan.", ("ASSAULT", "ARM", "AZE")),
    ("Pasukan Armenia saling serang dengan pasukan Azerbaijan di Karabakh.", ("ASSAULT", "AZE", "ARM")),
    ("Korea Utara dan Korea Selatan saling ancam sepanjang pekan ini.", ("THREATEN", "KOR", "PRK")),
    ("Seorang militan Palestina melemparkan granat ke arah tentara Israel di Hebron.", ("ASSAULT", "PSE", "ISR")),
    ("Pemukim Israel melemparkan bom molotov ke rumah warga Palestina.", ("ASSAULT", "ISR", "PSE")),
    ("Dua pria menyiram seorang polisi Malaysia dengan air keras di Johor.", ("ASSAULT", "MYS", "MYS")),
    ("Iran mempersenjatai kelompok Houthi di Yaman.", ("AID", "IRN", "YEM")),
    ("Perdana Menteri Jepang melakukan perbincangan dengan Presiden Korea Selatan di Seoul.", ("CONSULT", "KOR", "JPN")),
    ("Duta Besar Jerman melakukan audiensi dengan Menteri Luar Negeri Indonesia.", ("CONSULT", "DEU", "IDN")),
    ("Pemerintah Thailand membubarkan partai oposisi Move Forward.", ("COERCE", "THA", "THA")),
])
def test_rows_code_their_act(text, key):
    assert key in event_keys(text, "id", PUB)


# the lines of disputed frontiers are places, not actors with no code that drop the event (knowledge/regions.tsv)
@pytest.mark.parametrize(("lang", "text", "key"), [
    ("id", "Tentara Pakistan dan India saling tembak di sekitar Garis Kontrol pada Minggu malam.", ("ASSAULT", "PAK", "IND")),
    ("en", "Pakistani and Indian soldiers traded fire across the Line of Control on Sunday.", ("ASSAULT", "PAK", "IND")),
    ("id", "Pasukan China dan India bentrok di dekat Garis Kontrol Aktual di Ladakh.", ("ASSAULT", "CHN", "IND")),
    ("en", "North Korean soldiers attacked a South Korean guard post in the Demilitarized Zone.", ("ASSAULT", "PRK", "KOR")),
    ("id", "Tentara Korea Utara menyerang pos jaga Korea Selatan di Zona Demiliterisasi.", ("ASSAULT", "PRK", "KOR")),
])
def test_frontier_lines_are_places(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize("text", [
    "Dua tim itu saling serang sejak menit pertama di Stadion Gelora Bung Karno.",
    "Nelayan itu melempar jaring ke laut sebelum matahari terbit.",
    "Petugas dinas pertamanan menyiram tanaman di taman kota setiap pagi.",
    "Para mahasiswa membubarkan diri dengan tertib setelah menyampaikan aspirasi.",
])
def test_rows_leave_other_senses(text):
    assert not event_keys(text, "id", PUB)
