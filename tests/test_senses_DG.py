"""Indonesian words read as the wrong type (helper DG, session 29): own news-style Indonesian sentences
(tests/data/senses_DG.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them: approval and agreement
("menyetujui usulan/permintaan", "sepakat untuk", "menyepakati" AGREE vs "mendukung", "setuju dengan sikap" SUPPORT),
prosecution and demands ("menuntut" a sentence vs a wage), occupying and besieging (COERCE, not ASSAULT), aid
requested, offered and refused, denials of accusations, boycotts by people, threats of tariffs, releases and
withdrawals; about a quarter with no event (agreeing on a fact, a club refusing an offer, fans crowding a hotel)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "senses_DG.jsonl"

# Measured right after coding, before any change (2026-12-07, fam-DG at main b6bae45a): id F1 0.919 (TP 34, FP 3, FN 3).
# After batch 1 the same; after batch 2 (rule manner-of-act: the protest named by "sebagai protes" after a boycott is no
# second protest) id F1 0.932 (TP 34, FP 2, FN 3).  Left: "setuju dengan sikap Indonesia" takes Indonesia as the one who
# agrees (only with "sikap"; "langkah", "keputusan" are read right); "menduduki" a village is read as ASSAULT 192 (the
# gold codes occupation both ways); "sepakat dengan Presiden Prancis bahwa Eropa harus ..." is dropped as a duty and a
# REQUEST read from "harus"; the detention named in "yang ditahan di Pyongyang" is coded (COERCE).
# Measured and taken back (after batch 2): "sepakat", "setuju" as purpose cues (cues.tsv, as "berjanji"), so that what
# an agreement names right after it is agreed, not done ("sepakat mendukung kemerdekaan Palestina" also gave SUPPORT,
# "sepakat mengirim bantuan" also AID): dev, tuning, blind and this set unchanged, so not kept by the batch rule.
# Also measured and taken back, for the same reason (all figures unchanged): a row mintavonis, "Jaksa KPK meminta majelis
# hakim menjatuhkan hukuman 10 tahun penjara kepada X" as ACCUSE 115 on X (frame theme), as tuntutpenjara codes "menuntut
# ... tahun penjara"; it reads today as REQUEST from the prosecutors to the judges.
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"id": (0.931, 2)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "senses-DG", RATCHET)
PUB = "2025-06-20"


# the fixes, each with sentences of our own (not of the set's file): the reading the construction gives, and the
# reading it no longer gives
@pytest.mark.parametrize(("lang", "text", "key", "absent"), [
    # (1) applying for a loan or a grant is asking for it (REQUEST 103), not the aid given
    ("id", "Pakistan mengajukan pinjaman darurat kepada Dana Moneter Internasional.", ("REQUEST", "PAK", "IGOIMF"),
     ("AID", "PAK", "IGOIMF")),
    ("id", "Sri Lanka mengajukan permohonan pinjaman kepada Bank Dunia.", ("REQUEST", "LKA", "IGOWB"),
     ("AID", "LKA", "IGOWB")),
    # (2) "menuntut" a party to pay damages is a legal claim (ACCUSE 115), not a demand
    ("id", "Keluarga korban menuntut maskapai Lion Air memberikan kompensasi atas kecelakaan itu.",
     ("ACCUSE", "IDN", "IDN"), ("REQUEST", "IDN", "IDN")),
    # (3) welcoming an offer to mediate is accepting mediation (AGREE 038), as the English side codes it
    ("id", "Menteri Luar Negeri Turki menyambut tawaran Rusia untuk menengahi konflik.", ("AGREE", "TUR", "RUS"),
     ("SUPPORT", "TUR", "RUS")),
    # (4) cutting aid is reducing it (SANCTION 162), as "cut aid" in English
    ("id", "Amerika Serikat memutus bantuan militer kepada Mesir.", ("SANCTION", "USA", "EGY"), ("AID", "USA", "EGY")),
    ("id", "Amerika Serikat memangkas bantuan kepada Yordania.", ("SANCTION", "USA", "JOR"), ("AID", "USA", "JOR")),
    # (5) sanctions its own side announces on a condition are a threat (rule conditional-threat, 1312)
    ("id", "Menteri Keuangan AS mengatakan Washington akan menjatuhkan sanksi terhadap Turki jika Ankara membeli "
     "senjata Rusia.", ("THREATEN", "USA", "TUR"), ("SANCTION", "USA", "TUR")),
    ("en", "The US Treasury Secretary said Washington would impose sanctions on Turkey if Ankara buys Russian weapons.",
     ("THREATEN", "USA", "TUR"), ("SANCTION", "USA", "TUR")),
    # (6) having no objection is consent (AGREE 030), not a negated objection counted as a rejection
    ("id", "Presiden Prabowo menyatakan tidak keberatan dengan rencana Australia.", ("AGREE", "IDN", "AUS"),
     ("REJECT", "IDN", "AUS")),
    ("en", "Malaysia did not object to Singapore's proposal to build a bridge.", ("AGREE", "MYS", "SGP"),
     ("REJECT", "MYS", "SGP")),
    # (8) welcoming an offer from a party endorses it (SUPPORT 051), as "welcomed South Korea's offer of talks": no
    # talks held
    ("id", "Korea Utara menyambut baik tawaran dialog dari Korea Selatan.", ("SUPPORT", "PRK", "KOR"),
     ("CONSULT", "PRK", "KOR")),
    # (9) a request sent is no aid sent (cues.tsv abstract_object)
    ("id", "Lebanon mengirimkan permintaan bantuan kepada Uni Eropa.", ("REQUEST", "LBN", "IGOEU"),
     ("AID", "LBN", "IGOEU")),
    # (10) "sebagai protes" says what the boycott is: no second protest by other people (rule manner-of-act)
    ("id", "Ribuan warga Korea Selatan memboikot produk Jepang sebagai protes atas pembatasan ekspor Tokyo.",
     ("PROTEST", "KOR", "JPN"), ("PROTEST", "JPN", "JPN")),
    # (11) razing houses destroys property (ASSAULT 1712)
    ("id", "Buldoser Israel meratakan rumah warga Palestina di Tepi Barat.", ("ASSAULT", "ISR", "PSE"),
     ("ASSAULT", "ISR", "ISR")),
    # (7) sharing a party's opinion endorses it (SUPPORT 051)
    ("id", "Menteri Pertahanan Jerman sependapat dengan Presiden Prancis soal pertahanan Eropa.",
     ("SUPPORT", "DEU", "FRA"), ("AGREE", "DEU", "FRA")),
])
def test_the_construction_decides_the_reading(lang, text, key, absent):
    keys = event_keys(text, lang, PUB)
    assert key in keys and absent not in keys, keys


@pytest.mark.parametrize(("lang", "text", "key"), [
    # the other senses stay: a state's demand, aid given, sanctions imposed, an objection, an agreement to act
    ("id", "Pemerintah Ukraina menuntut Rusia menarik pasukannya dari Krimea.", ("REQUEST", "UKR", "RUS")),
    ("id", "Jepang memberikan pinjaman 2 miliar dolar kepada Indonesia.", ("AID", "JPN", "IDN")),
    ("id", "Jepang mengirimkan bantuan kepada Turki.", ("AID", "JPN", "TUR")),
    ("id", "Sebagai bentuk protes, ribuan buruh Korea Selatan mogok kerja.", ("PROTEST", "KOR", "KOR")),
    ("id", "Jerman menghentikan bantuan pembangunan kepada Niger setelah kudeta.", ("SANCTION", "DEU", "NER")),
    ("id", "Uni Eropa menjatuhkan sanksi baru terhadap Belarus.", ("SANCTION", "IGOEU", "BLR")),
    ("id", "Presiden Prabowo menyatakan keberatan dengan rencana Australia.", ("REJECT", "IDN", "AUS")),
    ("en", "Malaysia objected to Singapore's proposal.", ("REJECT", "MYS", "SGP")),
    ("id", "Indonesia sepakat dengan Malaysia untuk memperkuat kerja sama perbatasan.", ("AGREE", "IDN", "MYS")),
    ("id", "Menteri Pertahanan Iran mengatakan militer Iran akan menyerang pangkalan Amerika jika Washington menyerang "
     "Teheran.", ("THREATEN", "IRN", "USA")),
])
def test_the_other_senses_stay(lang, text, key):
    assert key in event_keys(text, lang, PUB)
