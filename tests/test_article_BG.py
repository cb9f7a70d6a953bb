"""Whole articles (helper BG, session 19): own short wire-style news articles in English and Indonesian
(tests/data/article_BG.jsonl), each record one article in the gold's form, coded by GUIDELINES.md as a coder reading
the whole article codes it, BEFORE warta was run on any of them: a lead naming everyone, then pronouns ("he", "dia",
"ia"), surnames alone, "the ministry" / "kementerian itu", "the group" / "kelompok itu", bare sectors ("police",
"polisi", "aparat", "pemerintah") whose state is the story's scene, quotes attributed after the quote; negatives: a
pronoun whose antecedent is a person of another state, a second story mentioned in passing, a bare sector in a
sentence about a foreign scene."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "article_BG.jsonl"
PUB = "2024-11-15"

# Measured right after coding, before any fix (2026-12-06): en F1 0.793 (TP 23, FP 8, FN 4), id F1 0.724 (TP 21, FP 6,
# FN 10); with "the ministry" as the last office named (coref._office): en 0.828 (TP 24, FP 7, FN 3), id 0.759
# (TP 22, FP 5, FN 9); with the set's types mended to their own CAMEO codes (a separate commit, no code change): en
# 0.862 (TP 25, FP 6, FN 2), id 0.862 (TP 25, FP 2, FN 6); with "Pemerintah" after a leader at home and "sang
# presiden": id 0.918 (TP 28, FP 2, FN 3); with "the owners" as the group named before: en 0.881 (TP 26, FP 6, FN 1).
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.880, 6), "id": (0.917, 2)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "article-BG", RATCHET)


# the fixes, each with articles of our own (not of the set's file) and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # "the ministry", "kementerian itu" is the last office of a government named, not the state or the armed forces a
    # second story names in passing (coref._office)
    ("en", "Canada's foreign ministry criticised Russia for detaining a Canadian journalist. Separately, Ukraine's army "
           "said Russian drones hit Kharkiv overnight. The ministry urged Moscow to free the journalist.",
     ("REQUEST", "CAN", "RUS")),
    ("id", "Kementerian Luar Negeri Jepang mengecam uji coba rudal Korea Utara, Kamis. Sementara itu, militer Korea "
           "Selatan menggelar latihan di dekat perbatasan. Kementerian itu juga meminta China menekan Pyongyang.",
     ("REQUEST", "JPN", "CHN")),
    # a bare "Pemerintah" opening its sentence after one a leader at home leads is that leader's government
    # (coref._leader, _at_home); "sang presiden" names again the president named before
    ("id", "Perdana Menteri Jepang Shigeru Ishiba mengecam uji coba rudal Korea Utara, Kamis. “Kami tidak akan tinggal "
           "diam,” kata Ishiba di Tokyo. Pemerintah juga meminta China menekan Pyongyang.", ("REQUEST", "JPN", "CHN")),
    ("id", "Presiden Brasil Luiz Inacio Lula da Silva mengkritik kebijakan tarif Amerika Serikat, Senin. Sang presiden "
           "juga mengecam Israel atas serangan di Gaza.", ("ACCUSE", "BRA", "ISR")),
    # a pronoun that opens its sentence makes its antecedent that sentence's subject, for the pronoun of the next
    # one (coref SUBJECT_CLASSES): not the person named last, of another state
    ("en", "Indonesian Foreign Minister Sugiono met Australian Foreign Minister Penny Wong in Canberra on Thursday. He "
           "said Indonesia would send two patrol ships to the Timor Sea. He also praised Australia for training "
           "Indonesian coast guard officers.", ("SUPPORT", "IDN", "AUS")),
    ("id", "Menteri Luar Negeri Sugiono bertemu Menteri Luar Negeri Australia Penny Wong di Canberra, Kamis. Ia "
           "mengatakan Indonesia akan mengirim dua kapal patroli ke Laut Timor. Ia juga memuji Australia atas pelatihan "
           "bagi penjaga pantai Indonesia.", ("SUPPORT", "IDN", "AUS")),
    ("en", "Russian President Vladimir Putin hosted Indian Prime Minister Narendra Modi in Moscow on Tuesday. He told "
           "reporters that India would buy more Russian oil. He also thanked Modi for his support.",
     ("SUPPORT", "RUS", "IND")),
    ("id", "Presiden Rusia Vladimir Putin menerima Perdana Menteri India Narendra Modi di Moskow, Selasa. Dia "
           "mengatakan India akan membeli lebih banyak minyak Rusia. Dia juga berterima kasih kepada Modi atas "
           "dukungannya.", ("SUPPORT", "RUS", "IND")),
    # "the <head>" names again the group first named with a modifier (settings sector_again, coref._sectors_again)
    ("en", "Nigerian factory owners accused the customs service of seizing imported machines. The owners urged "
           "President Bola Tinubu to intervene.", ("REQUEST", "NGA", "NGA")),
])
def test_article_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    ("en", "Canada's foreign ministry criticised Russia for detaining a Canadian journalist. Separately, Ukraine's army "
           "said Russian drones hit Kharkiv overnight. The ministry urged Moscow to free the journalist.",
     ("REQUEST", "UKR", "RUS")),
    ("id", "Kementerian Luar Negeri Jepang mengecam uji coba rudal Korea Utara, Kamis. Sementara itu, militer Korea "
           "Selatan menggelar latihan di dekat perbatasan. Kementerian itu juga meminta China menekan Pyongyang.",
     ("REQUEST", "KOR", "CHN")),
    # a leader abroad: the government of the sentence after is not his ("Macron tiba di Jakarta")
    ("id", "Presiden Prancis Emmanuel Macron tiba di Jakarta, Senin. Pemerintah meminta Prancis membuka pasar bagi "
           "minyak sawit.", ("REQUEST", "FRA", "FRA")),
    # the person a sentence names as its subject is the next pronoun's antecedent, though named second in the lead
    ("en", "Indonesian Foreign Minister Sugiono met Australian Foreign Minister Penny Wong in Canberra on Thursday. "
           "Wong said Australia would send two patrol ships to the Arafura Sea. She also praised Japan for its help in "
           "the search for a missing boat.", ("SUPPORT", "IDN", "JPN")),
    ("id", "Menteri Luar Negeri Sugiono bertemu Menteri Luar Negeri Australia Penny Wong di Canberra, Kamis. Wong "
           "mengatakan Australia akan mengirim dua kapal patroli ke Laut Arafura. Dia juga memuji Jepang atas "
           "bantuannya dalam pencarian kapal yang hilang.", ("SUPPORT", "IDN", "JPN")),
    # a head word two groups of different states share names neither
    ("en", "Chinese factory owners met Vietnamese shop owners in Hanoi on Monday. The owners urged President Bola "
           "Tinubu to intervene.", ("REQUEST", "CHN", "NGA")),
    ("en", "Chinese factory owners met Vietnamese shop owners in Hanoi on Monday. The owners urged President Bola "
           "Tinubu to intervene.", ("REQUEST", "VNM", "NGA")),
])
def test_article_negatives(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)
