"""ACCUSE by characterisation and evaluation (part AT, session 16): own news-style sentences in English and
Indonesian (tests/data/accuse_AT.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them, with negatives
(results described as encouraging, concern over the weather or the economy, a positive label, self-description, a
phone call). Disapproval by labelling ("branded X a troublemaker", "described the sanctions as economic terrorism",
"menyebut ... sebagai bentuk terorisme ekonomi", "mencap", "melabeli"), by judging ("questioned X's handling",
"mishandled", "menilai X gagal", "mempertanyakan"), concern and regret over an act ("expressed concern over",
"menyatakan keprihatinan atas", "menyayangkan"), blame ("held X responsible", "menganggap X bertanggung jawab"),
votes and resolutions ("voted to impeach", "a resolution condemning", "memakzulkan", "resolusi yang mengecam")."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "accuse_AT.jsonl"
PUB = "2024-11-15"

# Measured right after coding, before any fix (2026-12-06): en F1 0.571 (TP 14, FP 4, FN 17), id F1 0.780 (TP 16,
# FP 1, FN 8); with labels the lists lacked, acts dismissed or attacked as something bad, a vote to impeach, alarm
# and regret voiced over an act: en 0.852 (TP 23, FP 0, FN 8); with Indonesian labels, judgements, concern with an
# adjective, disappointment voiced, a resolution condemning: id 0.864 (TP 19, FP 1, FN 5); with economic aggression
# called by name: en 0.873 (TP 24, FP 0, FN 7).
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.872, 0), "id": (0.863, 1)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "accuse-AT", RATCHET)


# the fixes, each with sentences of our own (not of the set's file) and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # labels the older lists lack (lang/en/triggers.tsv labelmore, describemore)
    ("en", "Moscow labelled the Estonian prime minister's remarks a provocation.", ("ACCUSE", "RUS", "EST")),
    ("en", "Caracas branded the Colombian president a threat to regional stability.", ("ACCUSE", "VEN", "COL")),
    ("en", "Tehran described the French arrests of its diplomats as hostage diplomacy.", ("ACCUSE", "IRN", "FRA")),
    # an act dismissed or attacked as something bad (dismissas)
    ("en", "Pyongyang dismissed the Japanese report as a hoax.", ("ACCUSE", "PRK", "JPN")),
    ("en", "Manila attacked the Chinese coast guard's manoeuvres as illegal.", ("ACCUSE", "PHL", "CHN")),
    ("en", "Ankara slammed the Greek naval exercise as a provocation.", ("ACCUSE", "TUR", "GRC")),
    # a vote to impeach (voteimpeach)
    ("en", "Peru's Congress voted to impeach President Martin Vizcarra.", ("ACCUSE", "PER", "PER")),
    # alarm or regret voiced over a party's act (alarmover, regretover)
    ("en", "Canada expressed alarm over China's detention of two Canadian citizens.", ("ACCUSE", "CAN", "CHN")),
    ("en", "Seoul expressed regret over a Japanese court decision on wartime labourers.", ("ACCUSE", "KOR", "JPN")),
    # a botched act said of a party (saidwrong), responsibility borne for a collapse (saidbore), calling into question
    ("en", "Kenya's opposition leader said the government had botched the vaccine rollout.", ("ACCUSE", "KEN", "KEN")),
    ("en", "The French president said Iran bore full responsibility for the collapse of the talks.", ("ACCUSE", "FRA", "IRN")),
    ("en", "A US senator called into question the Pentagon's account of the drone strike.", ("ACCUSE", "USA", "USA")),
    # an election judged rigged or unfree (calladj, describemore, saidlabel, verdictlabel; nilaigagal)
    ("en", "The EU said Belarus's election was neither free nor fair.", ("ACCUSE", "IGOEU", "BLR")),
    # (the vote named by the state that held it: "parliamentary" alone is no actor since part AW)
    ("en", "The Georgian opposition described Georgia's parliamentary vote as rigged.", ("ACCUSE", "GEO", "GEO")),
    ("id", "Amerika Serikat menilai pemilu di Venezuela tidak demokratis.", ("ACCUSE", "USA", "VEN")),
    ("id", "Uni Eropa menilai pemilihan presiden Belarus tidak sah.", ("ACCUSE", "IGOEU", "BLR")),
    # the author of the act judged, behind "by"/"oleh", is the one judged, not the people it was done to
    # (roles._objects, roles._verdict)
    ("en", "Britain's foreign secretary said the arrest of two British journalists by Iranian police was unjustified.",
     ("ACCUSE", "GBR", "IRN")),
    ("en", '"The detention of two Canadian citizens by China is unacceptable," Canada\'s foreign minister said.',
     ("ACCUSE", "CAN", "CHN")),
    ("id", "Menteri Luar Negeri Indonesia mengatakan penahanan nelayan Indonesia oleh Malaysia tidak dapat dibenarkan.",
     ("ACCUSE", "IDN", "MYS")),
    # economic aggression, coercion, blackmail called by name (calllabel2)
    ("en", "Beijing called the Australian tariffs an act of economic coercion.", ("ACCUSE", "CHN", "AUS")),
    # Indonesian labels added to cap and sebutsebagai (lang/id/triggers.tsv; tuning ner S855: "menggambarkan Zimbabwe
    # sebagai pos terdepan tirani")
    ("id", "Menteri Luar Negeri Iran mencap kapal perang Amerika Serikat sebagai ancaman.", ("ACCUSE", "IRN", "USA")),
    ("id", "Kementerian Luar Negeri China menyebut pernyataan Jepang sebagai propaganda.", ("ACCUSE", "CHN", "JPN")),
    ("id", "Menteri Luar Negeri Kanada menggambarkan Rusia sebagai sebuah tirani.", ("ACCUSE", "CAN", "RUS")),
    # judgements added to nilaigagal
    ("id", "Amnesty International menilai polisi Thailand bertindak berlebihan terhadap para demonstran.",
     ("ACCUSE", "NGOAMN", "THA")),
    # concern with its adjective between, disappointment voiced (prihatinsifat, kecewaatas), a resolution
    ("id", "Pemerintah Turki menyatakan keprihatinan serius atas operasi militer Israel di Lebanon.", ("ACCUSE", "TUR", "ISR")),
    ("id", "Filipina menyatakan kekecewaan atas keputusan Vietnam menahan nelayannya.", ("ACCUSE", "PHL", "VNM")),
    ("id", "Parlemen Malaysia mengesahkan resolusi yang mengecam Israel atas serangan di Gaza.", ("ACCUSE", "MYS", "ISR")),
    # the same judgements and labels in the passive, the judge after "oleh" (dinilaigagal, disebutsebagai)
    ("id", "Pemerintah Sri Lanka dinilai gagal menangani krisis ekonomi oleh Dana Moneter Internasional.",
     ("ACCUSE", "IGOIMF", "LKA")),
    ("id", "Rusia disebut sebagai negara teroris oleh parlemen Ukraina.", ("ACCUSE", "UKR", "RUS")),
])
def test_at_accuse_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "etype"), [
    # a positive or neutral label, alarm with no one blamed, regret over deaths (condolence), an armed attack
    ("en", "The minister described the agreement as a milestone for both countries.", "ACCUSE"),
    ("en", "Residents expressed alarm over the rising river levels.", "ACCUSE"),
    ("en", "The president expressed regret over the deaths of three firefighters.", "ACCUSE"),
    ("en", "Rebels attacked the convoy as it passed through the valley.", "ACCUSE"),
    ("en", "The club dismissed its coach after a string of defeats.", "ACCUSE"),
    ("en", "The players said they had botched the final penalty.", "ACCUSE"),
    ("en", "The new evidence called into question the age of the fossil.", "ACCUSE"),
    ("en", "The company called its quarterly results fair.", "ACCUSE"),
    ("en", "Economists called the slump an act of economic self-harm.", "ACCUSE"),
    ("id", "Para pengamat menilai pertandingan final itu tidak sah karena hujan deras.", "ACCUSE"),
    # a label with no one labelled, concern over the weather, disappointment over a match
    ("id", "Warga menyebut banjir tahun ini sebagai bencana terbesar dalam sepuluh tahun terakhir.", "ACCUSE"),
    ("id", "Petani menyatakan keprihatinan mendalam atas kemarau panjang di Nusa Tenggara Timur.", "ACCUSE"),
    ("id", "Para pendukung menyatakan kekecewaan atas kekalahan tim nasional di final.", "ACCUSE"),
    ("id", "Pelatih menilai para pemain bertindak berlebihan saat merayakan gol.", "ACCUSE"),
    ("id", "Panen padi tahun ini dinilai gagal oleh para petani di Karawang.", "ACCUSE"),
])
def test_at_accuse_negatives(lang, text, etype):
    assert etype not in {k[0] for k in event_keys(text, lang, PUB)}


@pytest.mark.parametrize(("lang", "text", "key"), [
    # the people an act judged was done to are not the ones judged when its author is named behind "by"/"oleh"
    ("en", "Britain's foreign secretary said the arrest of two British journalists by Iranian police was unjustified.",
     ("ACCUSE", "GBR", "GBR")),
    ("id", "Menteri Luar Negeri Indonesia mengatakan penahanan nelayan Indonesia oleh Malaysia tidak dapat dibenarkan.",
     ("ACCUSE", "IDN", "IDN")),
])
def test_at_accuse_not_keyed(lang, text, key):
    assert key not in event_keys(text, lang, PUB)
