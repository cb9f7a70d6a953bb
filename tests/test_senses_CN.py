"""The senses of frequent triggers (helper CN, session 25): own news-style sentences in English and Indonesian
(tests/data/senses_CN.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them: common trigger words in their
event sense and in their other senses and types ("called on" vs "called", "meminta" vs "meminta maaf", a heart attack,
a counter-attack in football, a battery's charge, "menahan" a ball or a rate, support of a product, hit by a storm),
about half with no event.  Also the pure functions of bench/firing_sample.py, which counts the firings of every
trigger entry on unlabelled news and samples them to be judged by sense."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import firing_sample as fs  # noqa: E402

DATA = Path(__file__).parent / "data" / "senses_CN.jsonl"
PUB = "2025-06-20"

# Measured right after coding, before any fix (2026-12-07, main 851987e7): en F1 0.941 (TP 16, FP 1, FN 1), id F1
# 1.000 (TP 16, FP 0, FN 0); after the fixes below the same (they came from the sampled firings on unlabelled news,
# bench/firing_sample.py, not from this set: warta already told these senses apart).  Left: a phone call to a
# counterpart ("called his South Korean counterpart", CONSULT 040: no trigger for "called" alone), and "accused India
# of violating the ceasefire" also gives the charged violation (ASSAULT by India, no target).
# The fixes: (1) "caves in" is the noun (codebook 080: caved|caving in); (2) more words only a sports report uses
# (cues.tsv sport); (3) a list, permission, a videotape handed over are no aid (cues.tsv abstract_object); (4) a text
# described by who received or released it (conventions described-text); (5) the side fought for is no target
# (conventions fought-for); (6) a chamber or a title captured is won (abstract_object, also a one-word name).
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.940, 1), "id": (0.999, 0)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "senses-CN", RATCHET)


# the fixes, each with sentences of our own (not of the set's file) and a negative
@pytest.mark.parametrize(("lang", "text", "absent"), [
    # (1) "caves in" is mostly the noun before "in" (codebook_news.py: only "caved|caving in" concede alone)
    ("en", "Rescuers searched caves in the mountains of northern Thailand for the missing boys.", ("CONCEDE", "THA", "")),
    ("en", "The US military is continuing to search caves in the Tora Bora region.", ("CONCEDE", "USA", "")),
    # (2) words only a sports report uses (cues.tsv sport): its force verbs are play
    ("en", "Pakistan beat New Zealand by 40 runs in the third test match in Karachi.", ("ASSAULT", "PAK", "NZL")),
    # (3) a list, permission or a videotape handed over is no material help (cues.tsv abstract_object)
    ("en", "Israel gave the list of suspects to the Palestinian Authority.", ("AID", "ISR", "PSE")),
    ("en", "The United States gave Pakistan permission to use the airbase.", ("AID", "USA", "PAK")),
    ("en", "China sent the videotape to the Philippine embassy.", ("AID", "CHN", "PHL")),
    # (4) a text described by who received or released it (conventions described-text)
    ("en", "An Egyptian official, in a statement received by Reuters, said the talks had stalled.", ("CONSULT", "EGY", "GBR")),
    ("en", "The Taliban leader appeared in a videotape released by the Pakistani army.", ("RETREAT", "PAK", "AFG")),
    # (5) the side fought for is no target (conventions fought-for, event_types fact sided, word class side_prep)
    ("en", "An Australian man has been fighting for the Taliban in Afghanistan.", ("ASSAULT", "AUS", "AFG")),
    ("id", "Seorang warga Indonesia diduga berperang untuk ISIS di Suriah.", ("ASSAULT", "IDN", "XXX")),
    # (6) a chamber or a title captured is won (cues.tsv abstract_object, also as a one-word name: "the Senate")
    ("en", "Democrats captured the Senate in the American midterm elections.", ("ASSAULT", "USA", "USA")),
    ("en", "The Kenyan runner captured the title in Berlin for the third time.", ("ASSAULT", "KEN", "DEU")),
])
def test_sense_negatives(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "key"), [
    # the negatives of the fixes: the verb's own forms still concede; a beating outside sport is still an assault
    ("en", "The Greek government caved in after weeks of strikes by farmers.", ("CONCEDE", "GRC", "")),
    ("en", "Israeli troops beat Palestinian protesters near the checkpoint in Hebron.", ("ASSAULT", "ISR", "PSE")),
    ("en", "Indian Prime Minister Narendra Modi arrived in Colombo for talks with the Sri Lankan president.",
     ("CONSULT", "IND", "LKA")),
    ("en", "Japan gave 10 million dollars in aid to the Philippines.", ("AID", "JPN", "PHL")),
    ("en", "The Iranian foreign minister was received by the Qatari emir in Doha.", ("CONSULT", "QAT", "IRN")),
    ("en", "Two French hostages were released by Iran on Friday.", ("RETREAT", "IRN", "FRA")),
    ("en", "Israeli soldiers fought Hamas militants in Khan Younis.", ("ASSAULT", "ISR", "PSE")),
    ("id", "Pasukan Rusia bertempur melawan tentara Ukraina di Bakhmut.", ("ASSAULT", "RUS", "UKR")),
    ("en", "Russian forces captured the Ukrainian city of Bakhmut.", ("ASSAULT", "RUS", "UKR")),
])
def test_sense_fixes_keep_the_event_sense(lang, text, key):
    assert key in event_keys(text, lang, PUB)


# --- bench/firing_sample.py: its pure functions

def _firing(entry, text="Police arrested two men.", trigger="arrested", events=()):
    return {"doc": "d", "entry": entry, "trigger": trigger, "type": "COERCE", "cameo": "173", "text": text,
            "events": [{"type": "COERCE", "cameo": "173", "source": s, "target": t} for s, t in events],
            "dropped": "" if events else "actors"}


def test_cut_keeps_short_sentences_whole():
    assert fs.cut("Police arrested two men.", "arrested") == "Police arrested two men."


def test_cut_centres_on_the_trigger_in_at_most_twenty_words():
    words = [f"w{i}" for i in range(40)]
    words[20] = "attacked"
    out = fs.cut(" ".join(words), "attacked")
    kept = out.replace("... ", "").replace(" ...", "").split()
    assert len(kept) == fs.CUT_WORDS and "attacked" in kept
    assert out.startswith("... ") and out.endswith(" ...")
    assert fs.cut(" ".join(words), "absent").startswith("w0 ")


def test_tally_counts_firings_and_events_per_entry():
    firings = [_firing("a:1"), _firing("a:1", events=[("USA", "IRN")]), _firing("b:2", events=[("A", "B"), ("B", "A")])]
    assert fs.tally(firings) == [("a:1", 2, 1), ("b:2", 1, 2)]
    assert fs.tally(firings, by_events=True) == [("b:2", 1, 2), ("a:1", 2, 1)]


def test_sample_is_seeded_and_independent_of_other_entries():
    mine = [_firing("a:1", text=f"sentence {i}") for i in range(30)]
    other = [_firing("b:2", text=f"other {i}") for i in range(30)]
    one = fs.sample(mine, "a:1", 8, seed=25)
    assert len(one) == 8 and one == fs.sample(other + mine, "a:1", 8, seed=25)
    assert [f["text"] for f in one] == sorted((f["text"] for f in one), key=lambda t: int(t.split()[1]))
    assert fs.sample(mine[:3], "a:1", 8, seed=25) == mine[:3]
    emitting = [_firing("a:1"), _firing("a:1", events=[("USA", "IRN")])]
    assert fs.sample(emitting, "a:1", 8, seed=1, emitting=True) == emitting[1:]


def test_render_and_entry_rows(tmp_path):
    (tmp_path / "lang").mkdir()
    (tmp_path / "lang" / "t.tsv").write_text("id\tpattern\ttype\tcameo\nsue\t<sue>\tACCUSE\t115\n", encoding="utf-8")
    rows = fs.entry_rows(tmp_path, ["lang/t.tsv:2", "lang/t.tsv:9", "lang/none.tsv:1"])
    assert rows == {"lang/t.tsv:2": "sue | <sue> | ACCUSE | 115", "lang/t.tsv:9": "?", "lang/none.tsv:1": "?"}
    firings = [_firing("lang/t.tsv:2", events=[("USA", "")]), _firing("lang/t.tsv:2")]
    out = fs.render(firings, top=5, per=8, seed=25, rows=rows)
    assert out.splitlines()[0] == "#1 lang/t.tsv:2 [sue | <sue> | ACCUSE | 115] firings 2 events 1"
    assert "COERCE USA->-" in out and "- actors" in out
    assert "- actors" not in fs.render(firings, top=5, per=8, seed=25, rows=rows, emitting=True)


def test_lee_documents_held_back_are_never_read():
    import news_corpora

    assert news_corpora.LEE_OPEN_LAST == 300
