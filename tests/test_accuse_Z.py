"""The ACCUSE family by construction (part Z): own news-style sentences in English and Indonesian
(tests/data/accuse_Z.jsonl), in the gold's record form with their text, every sentence coded by GUIDELINES.md
BEFORE warta was run on any of them, lines with no event too (negatives: criticism of a thing, the cause of a fire,
sport).  Accusing, blaming, branding, criticising, complaining officially, suing, charging, investigating (CAMEO 09x)
and finding guilty, by varied verbs, idioms and nouns, in active and passive voice, by actors of every kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "accuse_Z.jsonl"
PUB = "2024-11-15"


# Measured right after coding, before any fix (2026-12-05): en F1 0.809 (TP 36, FP 7, FN 10), id F1 0.740 (TP 27,
# FP 7, FN 12); after part Z's vocabulary: en 0.882 (TP 41, FP 6, FN 5), id 0.800 (TP 30, FP 6, FN 9); with the
# reason clause and joint authors: id 0.827 (TP 31, FP 5, FN 8).  The ratchet per
# language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.881, 6), "id": (0.841, 5)}  # id 0.842 since a protest at an act is aimed at its author (lead)
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "accuse-Z", RATCHET)


# the fixes of part Z, each with sentences of our own (not of the part's file) and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # a verdict of guilt on a person named at great length; a guilty verdict handed down (not a sentence)
    ("id", "Majelis hakim Pengadilan Negeri Medan menyatakan mantan Kepala Dinas Pekerjaan Umum Kabupaten Deli Serdang"
           " terbukti bersalah.", ("ACCUSE", "IDN", "IDN")),
    ("id", "Pengadilan Negeri Denpasar menjatuhkan vonis bersalah kepada seorang warga Inggris.", ("ACCUSE", "IDN", "GBR")),
    # allegations levelled at someone; China's "stern representations"
    ("en", "Greece levelled fresh accusations at Turkey over the airspace violations.", ("ACCUSE", "GRC", "TUR")),
    ("en", "China lodged solemn representations with the United States over the arms sale to Taiwan.",
     ("ACCUSE", "CHN", "USA")),
    # a body of inquiry set up: the investigation in its purpose clause is done (word class inquiry_body)
    ("en", "The Kenyan president appointed a panel to probe the police killings of protesters.", ("ACCUSE", "KEN", "KEN")),
    ("id", "Kapolri membentuk tim khusus untuk mengusut penembakan di Semarang oleh seorang polisi.",
     ("ACCUSE", "IDN", "IDN")),
    # insults and labels
    ("en", "North Korean state media branded the South Korean president a warmonger.", ("ACCUSE", "PRK", "KOR")),
    ("en", "The Venezuelan president described the Colombian president as a liar and a thief.", ("ACCUSE", "VEN", "COL")),
    ("id", "Korea Utara menyebut Presiden Korea Selatan sebagai provokator.", ("ACCUSE", "PRK", "KOR")),
    ("id", "Media pemerintah China mencap Presiden Taiwan separatis.", ("ACCUSE", "CHN", "TWN")),
    ("en", "Turkey's president insulted the Dutch government during a rally in Istanbul.", ("ACCUSE", "TUR", "NLD")),
    ("en", "Norway's foreign minister took exception to Russia's remarks.", ("ACCUSE", "NOR", "RUS")),
    ("en", "The Vatican lamented the Nicaraguan government's crackdown on the church.", ("ACCUSE", "VAT", "NIC")),
    # blame by attributing or linking an attack
    ("en", "Iran attributed the assassination to Israel.", ("ACCUSE", "IRN", "ISR")),
    ("en", "Ukraine linked Russia to the sabotage of the railway.", ("ACCUSE", "UKR", "RUS")),
    # charges pressed, a criminal case opened
    ("en", "Australian prosecutors pressed charges against a Chinese businessman over foreign interference.",
     ("ACCUSE", "AUS", "CHN")),
    ("en", "Russia's investigative committee opened a criminal case against two Ukrainian generals.",
     ("ACCUSE", "RUS", "UKR")),
    ("en", "South Korea alleged that North Korea hacked its banks.", ("ACCUSE", "KOR", "PRK")),
    # an envoy summoned in the passive; a party reported to an international body; a ruling that one broke the law
    ("en", "The Syrian ambassador was summoned by the French foreign ministry over the chemical attack.",
     ("ACCUSE", "FRA", "SYR")),
    ("en", "Serbia reported Kosovo to the United Nations over the arrest of Serb police officers.", ("ACCUSE", "SRB", "XKX")),
    ("en", "A Singaporean court ruled that the former minister had breached the law.", ("ACCUSE", "SGP", "SGP")),
    # taking a party to a tribunal; scolding
    ("id", "Filipina menyeret China ke Mahkamah Arbitrase Internasional.", ("ACCUSE", "PHL", "CHN")),
    ("id", "Presiden Prabowo memarahi Menteri Pertanian di depan para pejabat.", ("ACCUSE", "IDN", "IDN")),
    # anger with an actor's decision; naming someone as involved in a crime; an inquiry called a witch hunt
    ("id", "China geram dengan keputusan Amerika Serikat menjual senjata ke Taiwan.", ("ACCUSE", "CHN", "USA")),
    ("id", "Kepolisian Malaysia menyebut seorang pejabat Indonesia terlibat kasus penyelundupan.",
     ("ACCUSE", "MYS", "IDN")),
    ("en", "The Russian president called the Dutch investigation a witch hunt.", ("ACCUSE", "RUS", "NLD")),
])  # fmt: skip
def test_part_z_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text"), [
    ("id", "Tim dokter menyatakan pasien asal Kabupaten Deli Serdang itu terbukti positif."),
    ("en", "Bulldozers levelled the ground at the site of the new Jakarta stadium."),
    ("en", "The Malaysian union made representations to the labour ministry on behalf of its members."),
    ("en", "The opposition urged the commission to investigate the Nigerian police."),
    ("id", "Presiden Prabowo memerintahkan Kapolri membentuk tim untuk mengusut kasus penembakan di Semarang."),
    ("en", "The Indonesian minister described the forecasts as corrupt data."),
    ("id", "Menteri Keuangan menyebut rencana tersebut sebagai langkah mundur."),
    ("en", "The economist attributed the rise in prices to the drought."),
    ("en", "The new railway will link Malaysia to Thailand."),
    ("en", "The French coach lamented the death of his father."),
    ("en", "Indonesia reported its findings to the United Nations on Monday."),
    ("en", "The Thai court ruled that the election was valid."),
    ("en", "A witness was summoned by the Jakarta court to testify on Monday."),
    ("id", "Keluarga korban menyeret kasus itu ke ranah hukum."),
    ("id", "Seorang ibu memarahi anaknya di depan sekolah."),
    ("id", "Presiden Prabowo menyebut Indonesia terlibat aktif dalam misi perdamaian PBB."),
    ("id", "Warga kecewa dengan keputusan panitia lomba."),
    ("en", "The Indonesian minister called the festival a joke."),
])  # fmt: skip
def test_part_z_negatives(lang, text):
    assert "ACCUSE" not in {k[0] for k in event_keys(text, lang, PUB)}, text


@pytest.mark.parametrize(("lang", "text"), [
    # a past participle right after a preposition is an adjective ("into alleged abuses"), not an accusation
    ("en", "The UN ordered an investigation into alleged abuses by Sudan's Rapid Support Forces."),
    ("en", "The Philippines charged a Chinese national with alleged spying."),
])  # fmt: skip
def test_alleged_as_an_adjective_is_no_act(lang, text):
    from warta.api import extract

    assert not [e for e in extract(text, lang=lang, published=PUB) if e.trigger.text.lower() == "alleged"]


@pytest.mark.parametrize(("lang", "text", "want", "absent"), [
    # a verb with no subject right after a conjunction of reason that follows an accusation is the accused's act
    # (word class reason_conj; conventions._charged_reason)
    ("id", "Malaysia mengecam Thailand karena menahan nelayan Malaysia di Laut Andaman.",
     {("ACCUSE", "MYS", "THA"), ("COERCE", "THA", "MYS")}, {("COERCE", "MYS", "MYS")}),
    ("id", "Polisi Malaysia menangkap dua warga Indonesia karena menyelundupkan sabu.",
     {("COERCE", "MYS", "IDN")}, {("COERCE", "IDN", "IDN")}),
    # an act condemned or rejected is aimed at each of its joint authors (roles._author_of)
    ("id", "China mengecam latihan militer Jepang dan Filipina di Laut China Selatan.",
     {("ACCUSE", "CHN", "JPN"), ("ACCUSE", "CHN", "PHL")}, set()),
    ("id", "Iran menolak usulan Prancis dan Jerman.", {("REJECT", "IRN", "FRA"), ("REJECT", "IRN", "DEU")}, set()),
    ("id", "Indonesia mengecam serangan Israel dan menyerukan gencatan senjata.", {("ACCUSE", "IDN", "ISR")},
     {("ACCUSE", "IDN", "")}),
    # "of" names the author of a known act not done to anyone; the patient of one that is, or after a possessor
    ("en", "China condemned the joint military drills of Japan and the Philippines.",
     {("ACCUSE", "CHN", "JPN"), ("ACCUSE", "CHN", "PHL")}, set()),
    ("en", "Iran rejected the proposal of France and Germany.", {("REJECT", "IRN", "FRA"), ("REJECT", "IRN", "DEU")},
     set()),
    ("en", "Moscow denounced the detention of Russian journalists by Latvian police.", {("ACCUSE", "RUS", "LVA")},
     {("ACCUSE", "RUS", "RUS")}),
    ("en", "Iraqi ministers condemned Sharon's killing of a Palestinian militant leader.", set(),
     {("ACCUSE", "IRQ", "PSE")}),
    # an English passive names its agent only behind "by": the people after "accused of killing" are the killed
    ("en", "The Nigerian army was accused of killing unarmed protesters in Lagos.", set(), {("ACCUSE", "NGA", "NGA")}),
    ("en", "The Nigerian army was accused by Amnesty International of killing unarmed protesters.",
     {("ACCUSE", "NGOAMN", "NGA")}, set()),
    ("id", "Korea Utara dikecam Jepang karena meluncurkan rudal.", {("ACCUSE", "JPN", "PRK")}, set()),
    # criticism of what someone called an actor's act
    ("en", "Britain's Foreign Secretary condemned what he called Iran's reckless behaviour.", {("ACCUSE", "GBR", "IRN")},
     set()),
])  # fmt: skip
def test_part_z_roles(lang, text, want, absent):
    got = event_keys(text, lang, PUB)
    assert want <= got and not absent & got, got
