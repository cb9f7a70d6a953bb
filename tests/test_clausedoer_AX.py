"""Acts in clauses without their own subject (helper AX, seventeenth session): own news-style sentences in English
and Indonesian (tests/data/clausedoer_AX.jsonl), in the gold's record form with their text, every sentence coded by
GUIDELINES.md BEFORE warta was run on any of them, lines with no event too (negatives: a clause with its own subject,
a time phrase with no party, sport, shares).  The doer of "said after meeting Y", "kata X usai bertemu Y", "speaking
after talks with", "while visiting Kyiv", "X, who also met Y", "Sugiono, yang juga mengecam ...", "dalam kunjungannya
ke", "saat menerima Dubes AS" is borrowed from the main clause or the speaker."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "clausedoer_AX.jsonl"
PUB = "2024-11-15"

# Measured right after coding, before any fix (2026-12-06): en F1 0.932 (TP 34, FP 1, FN 4), id F1 0.911 (TP 36, FP 1,
# FN 6).  With gap_stop (a pattern's gap stops at "after"/"usai"): en 0.947 (TP 36, FP 2: "North Korea's missile
# launch" now read as MOBILIZE, which the set did not code, FN 2); with "having" a subordinator: en 0.974 (TP 38,
# FP 2, FN 0); with a visit owned by "-nya" (roles._possessed): id 0.925 (TP 37, FP 1, FN 5).  The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.973, 2), "id": (0.924, 1)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "clausedoer-AX", RATCHET)


# the fixes, each with sentences of our own (not of the set's file) and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # a gap of a trigger pattern stops at a word that opens another clause (word class gap_stop): "launch after
    # talks" is no launched talks; the talks are the speaker's, with the one named after them
    ("en", "Germany's foreign minister condemned Iran's missile launch after talks with her Israeli counterpart in "
           "Jerusalem.", ("CONSULT", "DEU", "ISR")),
    ("en", "Canada's prime minister condemned Pyongyang's rocket launch before meeting the South Korean president.",
     ("CONSULT", "CAN", "KOR")),
    # "having" opens a clause whose doer is the main clause's subject (a subordinator in lang/en/cues.tsv)
    ("en", "Having met Chinese President Xi Jinping in Beijing, the French president flew to Tokyo.",
     ("CONSULT", "FRA", "CHN")),
    ("en", "Having accused Manila of provocations, China's foreign ministry summoned the Philippine ambassador.",
     ("ACCUSE", "CHN", "PHL")),
    ("en", "Having held talks with Egypt's president in Cairo, the Jordanian king flew to Riyadh.",
     ("CONSULT", "JOR", "EGY")),
    # a noun of talks or a visit owned by "-nya" and set behind "dalam"/"saat" is the subject's act, or the act of the
    # one named right after the phrase that opens the sentence with it (roles._possessed)
    ("id", "Dalam kunjungannya ke Canberra, Perdana Menteri Selandia Baru memuji kerja sama kedua negara.",
     ("CONSULT", "NZL", "AUS")),
    ("id", "Presiden Prancis Emmanuel Macron mengecam Rusia saat kunjungannya ke Kyiv.", ("CONSULT", "FRA", "UKR")),
    # the main subject after a subordinate clause closed by a comma (roles._closed_subordinates)
    ("id", "Berbicara kepada wartawan tak lama setelah tentara Rusia menyerang Kharkiv, Presiden Prancis Emmanuel "
           "Macron mengecam Moskow.", ("ACCUSE", "FRA", "RUS")),
    # a comma that sets off a name does not close the clause (no verb before it by the parse): its subject acts
    ("id", "Hal itu terlihat saat salah seorang penasihat kampanye Biden, John Smith, mendesak presiden untuk "
           "membatalkan kebijakan itu.", ("REQUEST", "USA", "USA")),
])
def test_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # the launcher of what was condemned did not hold the talks
    ("en", "Germany's foreign minister condemned Iran's missile launch after talks with her Israeli counterpart in "
           "Jerusalem.", ("CONSULT", "IRN", "ISR")),
    ("en", "Canada's prime minister condemned Pyongyang's rocket launch before meeting the South Korean president.",
     ("CONSULT", "PRK", "KOR")),
    # sport: a coach praising his players after a final is no act between parties
    ("en", "Having lost the final, the Spanish coach praised his players.", ("SUPPORT", "ESP", "ESP")),
    # a visit owned by "-nya" as the object of the verb is someone else's
    ("id", "Juru bicara Kremlin mengecam kunjungannya ke Kyiv.", ("CONSULT", "RUS", "UKR")),
    ("id", "Presiden Prancis Emmanuel Macron mengecam Rusia saat kunjungannya ke Kyiv.", ("CONSULT", "RUS", "UKR")),
    # the subject of a subordinate clause closed by a comma is not the subject of the act after it (an unlisted name
    # acts there), nor is the one a fronted participle addresses
    ("id", "Berbicara di depan parlemen tak lama setelah pasukan Rusia melintasi perbatasan, Halvorsen menyalahkan "
           "Moskow.", ("ACCUSE", "RUS", "RUS")),
    ("en", "Addressing parliament shortly after Russian troops crossed the border, Halvorsen blamed Moscow.",
     ("ACCUSE", "RUS", "RUS")),
])
def test_fix_negatives(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)


def test_relative_clause_over_a_name_set_off():
    """The relative clause runs over a name set off by commas after its last actor (roles._relative_spans): the
    general named there is not the subject of the main clause's visit ("Menlu Jepang ... mengunjungi Israel")."""
    from warta.api import extract

    text = ("Menlu Jepang, yang juga melakukan pembicaraan dengan panglima militer Mesir, Jenderal Ahmed Fathi, "
            "diperkirakan akan mengunjungi Israel pekan depan.")
    visits = [(e.source.code, e.target.code if e.target else "") for e in extract(text, lang="id", published=PUB)
              if e.type == "CONSULT" and e.target is not None and e.target.code == "ISR"]
    assert visits == [("JPNGOV", "ISR")]
