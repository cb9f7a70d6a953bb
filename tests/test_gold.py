"""Quality guards on the hand-coded gold in ../shared/gold (read from there, never copied)."""

import pytest

from warta.api import extract_article
from warta.evaluate import evaluate_records, load_gold
from warta.io import article_from_record

# F1 reached on ../shared/gold/dev.jsonl when this guard was last raised; a drop of more than 0.02 fails.
REACHED_F1 = {"id": 0.838, "en": 0.825}  # raised 2026-12-06 (end of the eighteenth session)


@pytest.fixture(scope="module")
def seed(gold_dir):
    return load_gold(gold_dir / "seed.jsonl")[0]


def test_seed_article_events(seed):
    """Issue 11's goal: at least 13 of the 14 required events with at most one false alarm."""
    score = evaluate_records([seed], extract_article)
    assert score.overall.tp >= 13
    assert score.overall.fp <= 1


def test_seed_denial_and_attributed_combat(seed):
    events = extract_article(article_from_record(seed, seed["id"]))
    denial = [e for e in events if e.type == "AID" and e.negated and e.source.code.startswith("CHN")]
    assert denial, "the denial of lethal aid is coded"
    d = denial[0]
    assert d.target.code.startswith("RUS")
    assert d.claimed_by is not None and d.claimed_by.code == "CHNGOV"
    combat = [e for e in events if e.type == "ASSAULT" and e.source.code.startswith("PRK")]
    assert combat, "the attributed combat is coded"
    c = combat[0]
    assert c.claimed_by is not None and c.claimed_by.code == "USAGOV"
    assert c.location is not None and c.location.name == "Kursk"
    silence = [e for e in events if e.type == "STATEMENT" and e.source.code == "CHNGOV"]
    assert len(silence) == 2
    assert {e.when for e in silence} == {None, "2024-11-14"}
    sent = [e for e in events if e.type == "AID" and e.quantity is not None]
    assert {(e.quantity.value, e.quantity.unit, e.quantity.qualifier) for e in sent} == {
        (10000, "troops", "more than"),
        (1000000, "artillery shells", "millions"),
    }


@pytest.mark.parametrize("lang", sorted(REACHED_F1))
def test_dev_f1_does_not_drop(gold_dir, lang):
    records = [r for r in load_gold(gold_dir / "dev.jsonl") if r.get("lang") == lang]
    score = evaluate_records(records, extract_article)
    assert score.by_lang[lang].f1 >= REACHED_F1[lang] - 0.02


def test_scoring_rule_optional_and_country_level():
    rec = {
        "id": "t", "lang": "en", "date": "2024-11-15",
        "text": "North Korean troops attacked Ukraine. Russia sent aid to Ukraine.",
        "events": [
            {"source": "PRK", "target": "UKR", "type": "ASSAULT", "optional": False},
            {"source": "RUS", "target": "UKR", "type": "AID", "optional": True},
            {"source": "UKR", "target": "RUS", "type": "PROTEST", "optional": False},
        ],
    }  # fmt: skip
    score = evaluate_records([rec], extract_article)
    # PRKMIL matches PRK at country level; the optional AID counts on neither side; PROTEST is missed
    assert (score.overall.tp, score.overall.fn) == (1, 1)
    assert score.overall.fp == 0


def test_full_actor_codes_on_matched_pairs(gold_dir):
    """Issue 10's goal: the full actor code (with sector) right on >= 0.93 of matched dev pairs (0.935 reached)."""
    score = evaluate_records(load_gold(gold_dir / "dev.jsonl"), extract_article)
    acc = score.field_accuracy()
    assert (acc["source_full"] + acc["target_full"]) / 2 >= 0.93, acc
