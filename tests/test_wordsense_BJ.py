"""Word sense between nested acts (helper BJ, twentieth session): own news-style sentences in Indonesian and English
(tests/data/wordsense_BJ.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them, with negatives.
Agreeing (sepakat, setuju untuk, agreed to: AGREE) against praising and endorsing (memuji, menyambut baik, dukungan,
praised, welcomed: SUPPORT); asking for and refusing aid (meminta bantuan, menolak bantuan, appealed for aid, turned
down assistance: REQUEST / REJECT, not AID); a verb whose object names another act (menolak tuduhan, membantah
serangan, menuntut pembebasan, mengecam penangkapan, threatened sanctions, denied the strike); arrests told with
force words (COERCE, not ASSAULT)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "wordsense_BJ.jsonl"
PUB = "2024-11-15"

# Measured right after coding, before any fix (2026-12-06): en F1 0.864 (TP 19, FP 2, FN 4), id F1 0.895 (TP 34,
# FP 3, FN 5); with the giver of aid asked for or refused as its target (beneficiary_prep): id 0.909 (TP 35, FP 3,
# FN 4).  The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.863, 2), "id": (0.908, 3)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "wordsense-BJ", RATCHET)


# the fixes, each with sentences of our own (not of the set) and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # what is asked for or refused from one party for others: the giver behind "dari/from" is the target, not those
    # it is for (word class beneficiary_prep; roles._verb_targets)
    ("id", "Pemerintah Nepal meminta bantuan untuk korban gempa dari India.", ("REQUEST", "NPL", "IND")),
    ("id", "Kuba menolak bantuan pangan dari Amerika Serikat untuk warga Havana.", ("REJECT", "CUB", "USA")),
    ("en", "The Philippines requested aid for typhoon victims from Japan.", ("REQUEST", "PHL", "JPN")),
    ("en", "Myanmar's junta refused humanitarian aid from the United Nations for the cyclone victims.",
     ("REJECT", "MMR", "IGOUN")),
    # the same thing as a passive verb's subject: its giver behind "dari/from" is the target (roles._passive)
    ("id", "Bantuan pangan dari Korea Selatan ditolak oleh Pyongyang.", ("REJECT", "PRK", "KOR")),
    ("id", "Bantuan kemanusiaan dari Amerika Serikat ditolak Venezuela.", ("REJECT", "VEN", "USA")),
    ("en", "Humanitarian aid from the United States was turned down by Venezuela.", ("REJECT", "VEN", "USA")),
    # an accord between named parties, a word of what it is about before them, also as what another act is about:
    # the accord and the act on it both, the act aimed at the accord's parties (roles.between, _objects)
    ("id", "Indonesia mendukung perjanjian damai antara Armenia dan Azerbaijan.", ("AGREE", "ARM", "AZE")),
    ("id", "Indonesia mendukung perjanjian damai antara Armenia dan Azerbaijan.", ("SUPPORT", "IDN", "ARM")),
    ("id", "Turki mengecam perjanjian antara Yunani dan Mesir soal batas maritim.", ("ACCUSE", "TUR", "GRC")),
    ("id", "Kesepakatan dagang antara Jepang dan Vietnam mulai berlaku pekan ini.", ("AGREE", "JPN", "VNM")),
    ("en", "The agreement between Egypt and Sudan regulates the Nile waters.", ("AGREE", "EGY", "SDN")),
    ("en", "The trade deal between Britain and Japan took effect on Friday.", ("AGREE", "GBR", "JPN")),
])
def test_bj_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # the ones the aid is for are no party to the request; with no giver named nothing is invented
    ("en", "The Philippines requested aid for typhoon victims from Japan.", ("REQUEST", "PHL", "PHL")),
    ("id", "Pemerintah Sri Lanka meminta bantuan untuk korban banjir.", ("REQUEST", "LKA", "IND")),
    # the giver of a thing refused is its target, never the refuser's own people it was meant for
    ("en", "Aid from Japan for the flood victims was rejected by the Pakistani government.", ("REJECT", "PAK", "PAK")),
    # an accord that was not reached, told in a relative clause, is none; talks between two sides are no accord
    ("id", "Perundingan itu berakhir dengan kesepakatan yang tidak tercapai antara Israel dan Hamas.",
     ("AGREE", "ISR", "PSE")),
    ("en", "Talks between Israel and Hamas in Cairo ended without a deal.", ("AGREE", "ISR", "PSE")),
])
def test_bj_negatives(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)


def _negated(text: str, lang: str, etype: str) -> set[bool]:
    from warta.api import extract

    return {e.negated for e in extract(text, lang=lang, published=PUB) if e.type == etype}


@pytest.mark.parametrize(("lang", "text", "etype", "negated"), [
    # a denial does not reach a saying of its own coordinated after it (modality.find_modality): the accusation is made
    ("en", "Russia rejected the accusations and accused Kyiv of staging the attack.", "ACCUSE", False),
    ("id", "Rusia membantah tuduhan itu dan menuduh Kyiv merekayasa serangan tersebut.", "ACCUSE", False),
    # ... while the acts a denial names stay denied, coordinated or not
    ("en", "Russia denied attacking the hospital in Kherson.", "ASSAULT", True),
    ("id", "Israel membantah melakukan serangan udara terhadap Gaza.", "ASSAULT", True),
])
def test_bj_denial_scope(lang, text, etype, negated):
    assert _negated(text, lang, etype) == {negated}
