"""Whole articles (part AE): short news articles of our own in English and Indonesian (tests/data/articles_AE.jsonl),
one record per article with its full text and the events of all its sentences, every sentence coded by GUIDELINES.md
in its article's context (a pronoun, a bare "polisi", "the ministry" have the country the article makes clear) BEFORE
warta was run on any of them: domestic police and regional news, foreign affairs, conflict abroad, and sport and
business articles with no event as negatives.  Warta codes each as one article (document mode), as users run it."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import record_set_checks

DATA = Path(__file__).parent / "data" / "articles_AE.jsonl"


# Measured right after coding, before any fix (2026-12-05): en F1 0.909 (TP 15, FP 1, FN 2), id F1 0.643 (TP 9,
# FP 2, FN 8); after part AE's fixes: en 0.938 (TP 15, FP 0, FN 2), id unchanged (its misses are vocabulary and roles
# of single sentences: "menyita ... dari para pelaku", a bare "Kementerian Luar Negeri" summoning a foreign envoy,
# "menangguhkan kerja sama ... dengan Canberra", a one-sided "menemui").  The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves.
RATCHET = {"en": (0.937, 0), "id": (0.642, 2)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "article-AE", RATCHET, distinct_texts=False)


def _keys_of_sentence(text: str, lang: str, index: int) -> set[tuple[str, str, str]]:
    """(type, source, target) at the scoring level of the events warta codes in sentence ``index`` of an article."""
    from warta.api import extract
    from warta.evaluate import match_key

    return {match_key(e.type, e.source.code, e.target.code if e.target else "")
            for e in extract(text, lang=lang, published="2025-06-12") if e.sentence.index == index}  # fmt: skip


# the fixes of part AE, each with articles of our own (not of the part's file) and a negative:
# (lang, article, index of the sentence, key it must give or None, key it must not give or None)
@pytest.mark.parametrize(("lang", "text", "index", "key", "not_key"), [
    # a definite noun of an act names again an earlier act of its kind: a generic noun any act of its type ...
    ("en", "Russian forces shelled Kherson on Monday. The attack killed five people.", 1, ("ASSAULT", "RUS", "UKR"), None),
    ("en", "Turkish police detained 20 students in Ankara on Friday. Their families said the detention was unlawful.",
     1, ("COERCE", "TUR", "TUR"), None),
    ("id", "Polisi Malaysia menangkap tiga aktivis di Kuala Lumpur. Keluarga mereka menilai penangkapan itu tidak sah.",
     1, ("COERCE", "MYS", "MYS"), None),
    # ... a specific one not an act of another kind (a blockade is no arrest), nor is a condemnation of it aimed at
    # the author of that other act
    ("en", "Israeli police arrested two activists in Jerusalem. The activists had marched against the blockade.", 1,
     None, ("COERCE", "ISR", "ISR")),
    ("id", "Polisi Mesir menahan sejumlah aktivis di Kairo. Para aktivis itu memprotes blokade tersebut.", 1,
     None, ("COERCE", "EGY", "EGY")),
    ("id", "Polisi Mesir menahan sejumlah aktivis di Kairo. Para aktivis itu mengecam blokade tersebut.", 1,
     None, ("ACCUSE", "EGY", "EGY")),
    ("en", "Israeli police arrested two activists in Jerusalem. The activists had condemned the blockade.", 1,
     None, ("ACCUSE", "ISR", "ISR")),
    ("en", "Israeli police arrested two activists in Jerusalem. Their lawyers condemned the arrests.", 1,
     ("ACCUSE", "ISR", "ISR"), None),
    # an act named again as the object of another act (a condemnation of it) is that act's content, not reported
    # again; named again as a subject it is
    ("id", "Militer Myanmar mengebom sebuah desa di Sagaing. Pemerintah Malaysia mengecam serangan tersebut.", 1,
     ("ACCUSE", "MYS", "MMR"), ("ASSAULT", "MMR", "MMR")),
    ("en", "Myanmar's military bombed a village in Sagaing. The Malaysian government condemned the attack.", 1,
     ("ACCUSE", "MYS", "MMR"), ("ASSAULT", "MMR", "MMR")),
    ("id", "Militer Myanmar mengebom sebuah desa di Sagaing. Serangan itu menewaskan 12 warga.", 1,
     ("ASSAULT", "MMR", "MMR"), None),
    # a plural pronoun with no party to stand for in its sentence or the one before does not reach back to a state
    # named further (nor to the place just named): the people it stands for are unnamed ones
    ("id", "Ribuan pendatang tiba di Australia, dipimpin oleh Paul Kelly; mereka mendukung orang Inggris.", 0,
     None, ("SUPPORT", "AUS", "GBR")),
    ("en", "The settlers arrived in Australia, led by Paul Kelly; they supported the British.", 0,
     None, ("SUPPORT", "AUS", "GBR")),
    # the article's country reaches its bare sector nouns when its actors name one state only; where they name
    # several, the most named is not guessed for them (unknown), though the country of a place named still serves
    ("id", "Menteri Dalam Negeri Indonesia meminta kepala daerah waspada. Polisi menangkap dua pria yang membawa senjata"
           " api ke sebuah pasar.", 1, ("COERCE", "IDN", "IDN"), None),
    ("en", "Indonesia's interior minister told regional heads to stay alert. Police arrested two men who carried guns"
           " into a market.", 1, ("COERCE", "IDN", "IDN"), None),
    ("id", "Presiden Amerika Serikat mengecam China atas sengketa dagang. Washington juga menjatuhkan sanksi kepada Rusia."
           " Polisi menangkap dua pria yang membawa senjata api ke sebuah pasar.", 2, None, ("COERCE", "USA", "USA")),
    ("en", "The US president criticised China over trade. Washington also imposed sanctions on Russia. Police arrested"
           " two men who carried guns into a market.", 2, None, ("COERCE", "USA", "USA")),
    ("id", "Presiden Amerika Serikat mengecam China atas sengketa dagang. Washington juga menjatuhkan sanksi kepada Rusia."
           " Polisi menangkap dua pria yang membawa senjata api ke sebuah pasar di Chicago.", 2, ("COERCE", "USA", "USA"),
     None),
])
def test_part_ae_fixes(lang, text, index, key, not_key):
    keys = _keys_of_sentence(text, lang, index)
    assert key is None or key in keys, keys
    assert not_key is None or not_key not in keys, keys
