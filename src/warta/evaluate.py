"""Score extracted events against hand-coded gold records (the rule of ../shared/gold/GUIDELINES.md).

An extracted event matches a gold event when type, source and target agree at country
level (first three letters; IGO/NGO codes whole).  P/R/F1 count non-optional gold events;
an optional gold event that is matched is removed from both sides.  The other fields are
scored as accuracy over matched pairs.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from warta.knowledge.actor_code import ActorCode
from warta.model import Article, Event

__all__ = ["FIELDS", "Score", "evaluate_records", "load_gold", "match_key"]

FIELDS = ("negated", "modality", "claimed_by", "location", "when", "quantity", "source_full", "target_full")


def _country(code: str | None) -> str:
    return ActorCode.parse(code).level


def match_key(type_: str, source: str | None, target: str | None) -> tuple[str, str, str]:
    return (type_, _country(source), _country(target))


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}  # fmt: skip


@dataclass
class Score:
    overall: Counts = field(default_factory=Counts)
    by_lang: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_type: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    field_hits: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    pairs: int = 0
    misses: list[tuple[str, str, dict]] = field(default_factory=list)  # (record id, sentence text, gold)
    false_alarms: list[tuple[str, str, dict]] = field(default_factory=list)  # (record id, sentence, predicted)

    def field_accuracy(self) -> dict[str, float]:
        return {f: (self.field_hits[f] / self.pairs if self.pairs else 0.0) for f in FIELDS}

    def as_dict(self) -> dict:
        return {
            "overall": self.overall.as_dict(),
            "by_lang": {k: v.as_dict() for k, v in sorted(self.by_lang.items())},
            "by_type": {k: v.as_dict() for k, v in sorted(self.by_type.items())},
            "fields": {k: round(v, 4) for k, v in self.field_accuracy().items()},
            "matched_pairs": self.pairs,
        }


def load_gold(path: str | Path) -> list[dict]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if line.strip():
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{lineno}: {exc}") from None
    return out


def _field_hits(gold: dict, ev: Event) -> dict[str, bool]:
    gq = gold.get("quantity")
    q = ev.quantity
    return {
        "negated": bool(gold.get("negated")) == ev.negated,
        "modality": (gold.get("modality") or "actual") == ev.modality,
        "claimed_by": (gold.get("claimed_by") or None) == (ev.claimed_by.code if ev.claimed_by else None),
        "location": (gold.get("location") or "").lower() == (ev.location.name.lower() if ev.location else ""),
        "when": (gold.get("when") or None) == ev.when,
        "quantity": (gq is None and q is None)
        or (gq is not None and q is not None and float(gq["value"]) == float(q.value) and gq.get("unit") == q.unit),
        "source_full": gold["source"] == ev.source.code,
        "target_full": (gold.get("target") or "") == (ev.target.code if ev.target else ""),
    }


def _pred_view(ev: Event) -> dict:
    return {"type": ev.type, "source": ev.source.code, "target": ev.target.code if ev.target else "",
            "trigger": ev.trigger.text, "negated": ev.negated, "modality": ev.modality,
            "claimed_by": ev.claimed_by.code if ev.claimed_by else None}  # fmt: skip


def evaluate_records(records: Iterable[dict], extractor: Callable[[Article], list[Event]]) -> Score:
    """Run ``extractor`` on every gold record and score it."""
    from warta.io import article_from_record

    score = Score()
    for rec in records:
        lang = rec.get("lang") or "?"
        article = article_from_record(rec, rec.get("id", "?"))
        preds = extractor(article)
        gold = rec.get("events", [])
        required = [g for g in gold if not g.get("optional")]
        optional = [g for g in gold if g.get("optional")]
        used_req: set[int] = set()
        used_opt: set[int] = set()
        for ev in preds:
            key = match_key(ev.type, ev.source.code, ev.target.code if ev.target else "")
            hit = next((i for i, g in enumerate(required) if i not in used_req
                        and match_key(g["type"], g["source"], g.get("target")) == key), None)  # fmt: skip
            if hit is not None:
                used_req.add(hit)
                for name, ok in _field_hits(required[hit], ev).items():
                    score.field_hits[name] += int(ok)
                score.pairs += 1
                for c in (score.overall, score.by_lang[lang], score.by_type[ev.type]):
                    c.tp += 1
                continue
            opt = next((i for i, g in enumerate(optional) if i not in used_opt
                        and match_key(g["type"], g["source"], g.get("target")) == key), None)  # fmt: skip
            if opt is not None:
                used_opt.add(opt)
                continue
            for c in (score.overall, score.by_lang[lang], score.by_type[ev.type]):
                c.fp += 1
            score.false_alarms.append((rec.get("id", "?"), ev.sentence.text, _pred_view(ev)))
        for i, g in enumerate(required):
            if i not in used_req:
                for c in (score.overall, score.by_lang[lang], score.by_type[g["type"]]):
                    c.fn += 1
                score.misses.append((rec.get("id", "?"), rec.get("text", "")[:300], g))
    return score
