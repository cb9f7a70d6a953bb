"""A learned pair selector, measured: can a classifier that picks (trigger, source, target) among every candidate of a
sentence reach the tuning set's misses that the rules do not? (helper CI, session 24; a bench experiment, not shipped)

Why: on the tuning set many misses already hold a trigger of the right type and both actors of the right country in
the sentence (diagnosis layers "not paired" and "wrong actors"); the rules pick the wrong pair or none. This script
learns from the hand-coded tuning sentences which pairs the gold codes.

What it measures, per sentence (one record, coded alone, as ``bench/realnews.py`` codes it by default):

- **Candidates.** Every trigger match the coder found in the sentence (also those its conventions drop) x every
  ordered pair of distinct actor mentions of the sentence that have a country (a bare sector, "polisi", takes the
  sentence's own state, as the coder gives it), plus each mention with no target. The coder's sentences and mentions
  come from ``EventCoder.code(..., seen=...)``, a read-only hook: the engine's output is unchanged.
- **Labels.** A candidate is positive when its scoring key (type, source country, target country; GUIDELINES
  "Scoring", ``warta.evaluate.match_key``) is a required gold event's key; at most as many candidates per key as the
  gold has events of that key are positive (the coder's own, then the one whose trigger word is the gold trigger's,
  then the nearest); the other candidates of that key, and candidates matching only optional gold events, are left out
  of training; every other candidate is negative.
- **Model.** Logistic regression (numpy only) on hashed sparse features: type, CAMEO code, lexicon entry, frame and
  voice of the trigger, language, kind and sector of each actor, where each actor stands from the trigger, bucketed
  token distances, actors in between, a same-state pair, whether the coder emitted this key (from this trigger or
  another), and the rule that dropped the trigger's candidate or shaped its event. Deterministic (no randomness).
- **Prediction.** A sentence's selected events are its keys whose best candidate scores at or above the threshold, one
  event per key. Three codings are scored exactly as ``warta.evaluate.evaluate_records`` scores (type, source and
  target at country level; an optional gold event matched is removed from both sides): (a) the coder alone, (b) the
  selector alone, (c) the coder's events plus the selector's keys the coder lacks.
- **Evaluation.** Cross-validation grouped by tuning part (train on all other parts, predict one); the thresholds of
  (b) and (c) are chosen on the pooled out-of-fold scores (one number each, so slightly optimistic). The held-back part
  (``HELD_BACK``: AC and AD in session 24, AE in session 25) is never loaded unless named with ``--file``.

Measured (session 24, main 36df1f13, per line, trained on every tuning part but AC and AD; 13,275 sentences, 32,942
candidates, 473 positive; 473 of the 782 required gold events have a candidate of their key):

                                   cross-validated by part           dev gold (never trained on)   blind (TP/FP)
  (a) coder                        en F1 .386 (TP 129 FP 116)         en 94/6   id 106/5            en 41/25  id 20/10
                                   id F1 .599 (TP 179 FP 60)
  (b) selector (threshold 0.20)    en F1 .366 (TP 110 FP 68)          en 79/6   id 81/14            en 34/12  id 18/7
                                   id F1 .560 (TP 154 FP 37)
  (c) coder + extras (0.15)        en F1 .387 (TP 130 FP 119)         en 94/7   id 106/11           en 42/25  id 21/12
                                   id F1 .609 (TP 185 FP 64)
  ceiling of (c)                   en F1 .591 (TP 226 FP 116), id F1 .764 (TP 259 FP 60)

The selector alone is more precise than the coder but misses more; the extras model finds 1 (en) and 6 (id) of the 97
and 80 reachable events the coder lacks, at 3 and 4 false alarms, and on dev and the blind set it adds false alarms.
The features say where the actors stand, not what the sentence says of them: 97 positives among 16,777 English
candidates the coder did not emit are too few to learn that from.

(d) the coder's events minus those whose key the selector scores under a veto threshold (a key with no candidate, an
actor of no country say, is kept): session 25 (the lead, main 4819abb7, every part but AE; 13,844 sentences, 38,564
candidates, 530 positive), cross-validated by part, against (a) en TP 158 FP 170, id TP 179 FP 60:

  veto at   0.03          0.05          0.08          0.10          0.15          0.20
  en TP/FP  158/167       157/162       154/148       151/139       147/126       143/115
  id TP/FP  179/59        178/56        176/52        176/49        175/40        172/33

Every threshold that removes more than three false alarms removes true events too, and F1 moves by at most .003 (en)
and .011 (id). On the held-back part AE (trained without it): (a) TP 20 FP 22; veto 0.05 TP 20 FP 21; 0.10 TP 19 FP 18.
Not worth a trained model in the engine.

Usage (from the repository root, PYTHONPATH=src:bench):
  python bench/pair_selector.py cv                                 # grouped cross-validation on the training parts
  python bench/pair_selector.py train [--exclude A,B] --out /tmp/sel.npz
  python bench/pair_selector.py score --model /tmp/sel.npz --file tests/data/ntrex_tuning/AE.jsonl [--veto 0.05]
  python bench/pair_selector.py score --model /tmp/sel.npz --dev
  python bench/pair_selector.py score --model /tmp/sel.npz --blind   # totals only, never texts
"""

from __future__ import annotations

import argparse
import sys
import zlib
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from warta.evaluate import Counts, match_key
from warta.knowledge.actor_code import ActorCode

HELD_BACK = ("AE",)  # the tuning part no helper reads: the lead scores it with ``score --file``
DIM = 1 << 18  # hashed feature space
L2 = 1e-4
STEPS = 250
RATE = 0.1
VETO_GRID = (0.01, 0.02, 0.03, 0.05, 0.08, 0.1, 0.15, 0.2)  # thresholds of (d): drop a coder event below


# ---------------------------------------------------------------------------------------------------------- records


def tuning_records(folder: Path, exclude: tuple[str, ...] = HELD_BACK) -> list[dict]:
    """The tuning set's records with their text, every part but ``exclude`` (its files are never opened)."""
    from blind import DEFAULT_SHARED
    from realnews import _materialise
    from realnews import load as load_part

    out = []
    for file in sorted(folder.glob("*.jsonl")):
        if file.stem not in exclude:
            out.extend(_materialise(load_part(file), DEFAULT_SHARED, file))
    return out


def file_records(path: Path) -> list[dict]:
    """The records of one tuning file (the lead's way to score a held-back part), or of the dev gold."""
    from blind import DEFAULT_SHARED
    from realnews import _materialise
    from realnews import load as load_part

    if path.name == "dev.jsonl":
        from warta.evaluate import load_gold

        return [{**r, "part": "dev"} for r in load_gold(path)]
    return _materialise(load_part(path), DEFAULT_SHARED, path)


def blind_records() -> list[dict]:
    """The blind set's records with their text: scored here, never printed."""
    from blind import BLIND, DEFAULT_SHARED, load_blind, materialise

    return materialise(load_blind(BLIND), DEFAULT_SHARED, BLIND)


# ------------------------------------------------------------------------------------------------------- candidates


@dataclass
class Candidate:
    key: tuple[str, str, str]  # the scoring key: (type, source country, target country)
    features: list[str]
    emitted: bool  # the coder emitted this key from this trigger
    trigger_word: str
    distance: int
    label: int = -1  # 1 positive, 0 negative, -1 left out of training


@dataclass
class Sentence:
    id: str
    lang: str
    part: str
    coder_keys: list[tuple[str, str, str]]
    required: list[tuple[str, str, str]]
    optional: list[tuple[str, str, str]]
    gold_triggers: dict[tuple[str, str, str], list[str]] = field(default_factory=dict)
    candidates: list[Candidate] = field(default_factory=list)


def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4-7" if n < 8 else "8-15" if n < 16 else "16+"


def _mention_code(m, own: str) -> str:
    """A mention's code with a country (a state, an IGO or NGO, a group of no state): its own; a bare sector's
    ("COP", "CVL") takes the sentence's own state, as the coder gives it; '' for none."""
    code = ActorCode.parse(m.code)
    if code.country or m.code[:3] in ("IGO", "NGO", "XXX"):
        return m.code
    if own and len(m.code) == 3 and m.code.isalpha():
        return own + m.code
    return ""


def _sector(code: str) -> str:
    return code[3:6] or "-" if code[:3] not in ("IGO", "NGO") else code[:3]


def _actor_features(role: str, m, code: str, pos: int, trig: int, between: int) -> list[str]:
    side = "none" if m is None else "before" if pos < trig else "after"
    if m is None:
        return [f"{role}:none"]
    return [f"{role}:kind={m.kind}", f"{role}:sector={_sector(code)}", f"{role}:side={side}",
            f"{role}:dist={_bucket(abs(pos - trig))}", f"{role}:between={_bucket(between)}"]  # fmt: skip


def sentence_candidates(rec: dict) -> Sentence:
    """The candidates of one record coded alone, with the coder's events and the gold keys."""
    from warta.api import coder
    from warta.io import article_from_record

    lang = rec.get("lang") or "en"
    article = article_from_record(rec, rec.get("id", "?"))
    gold = rec.get("events", [])
    sent = Sentence(rec.get("id", "?"), lang, rec.get("part", ""), [],
                    [match_key(g["type"], g["source"], g.get("target")) for g in gold if not g.get("optional")],
                    [match_key(g["type"], g["source"], g.get("target")) for g in gold if g.get("optional")])  # fmt: skip
    for g in gold:
        sent.gold_triggers.setdefault(match_key(g["type"], g["source"], g.get("target")), []).append(
            (g.get("trigger") or "").lower())
    if not article.text or not article.text.strip():
        return sent
    trace, seen = [], []
    events = coder(lang).code(article, trace, seen)
    sent.coder_keys = [match_key(e.type, e.source.code, e.target.code if e.target else "") for e in events]
    by_trigger = defaultdict(set)  # trigger char start -> keys the coder emitted from it
    event_rules = defaultdict(set)
    for e in events:
        k = match_key(e.type, e.source.code, e.target.code if e.target else "")
        by_trigger[e.trigger.start].add(k)
        event_rules[(e.trigger.start, k)].update(e.rules)
    dropped = {(o.sentence.start, o.trigger.lower(), o.type): o.dropped[0][0] for o in trace if o.dropped}
    emitted_keys = set(sent.coder_keys)
    for s, matches, mentions, own in seen:
        starts = [t.start for t in s.tokens]
        placed = []
        for m in mentions:
            code = _mention_code(m, own)
            if code:
                placed.append((m, code, max(0, bisect_right(starts, m.start) - 1)))
        positions = sorted(p for _, _, p in placed)
        for t in matches:
            char = s.tokens[t.start].start
            word = s.text[char - s.start: s.tokens[t.end - 1].end - s.start].lower()
            drop = dropped.get((s.start, word, t.entry.type), "")
            base = [f"type={t.entry.type}", f"cameo={t.entry.cameo}", f"entry={lang}:{t.entry.id}",
                    f"frame={t.entry.frame}", f"voice={t.voice}", f"type*voice={t.entry.type}:{t.voice}",
                    f"lang={lang}", f"dropped={drop or '-'}", f"from_coder={bool(by_trigger.get(char))}",
                    f"mentions={_bucket(len(placed))}"]  # fmt: skip
            for i, (src, scode, spos) in enumerate(placed):
                for j, pair in enumerate([*placed, (None, "", -1)]):
                    tgt, tcode, tpos = pair
                    if j == i or (tgt is not None and (tgt.start, tgt.end) == (src.start, src.end)):
                        continue
                    key = match_key(t.entry.type, scode, tcode)
                    emitted = key in by_trigger.get(char, ())
                    sb = sum(1 for p in positions if min(spos, t.start) < p < max(spos, t.start))
                    tb = sum(1 for p in positions if min(tpos, t.start) < p < max(tpos, t.start)) if tgt else 0
                    feats = [*base, *_actor_features("src", src, scode, spos, t.start, sb),
                             *_actor_features("tgt", tgt, tcode, tpos, t.start, tb),
                             f"emitted={emitted}", f"key_emitted={key in emitted_keys}",
                             f"same_state={tgt is not None and key[1] == key[2]}",
                             f"order={'st' if tgt is None or spos < tpos else 'ts'}:{t.voice}",
                             f"type*src_side={t.entry.type}:{spos < t.start}",
                             f"type*emitted={t.entry.type}:{emitted}", f"word={lang}:{word}",
                             f"type*kinds={t.entry.type}:{src.kind}:{tgt.kind if tgt else '-'}",
                             f"voice*sides={t.voice}:{spos < t.start}:{tgt is None or tpos < t.start}:{sb}:{tb}"]  # fmt: skip
                    feats += [f"rule={r}" for r in event_rules.get((char, key), ())]
                    dist = abs(spos - t.start) + (abs(tpos - t.start) if tgt else 0)
                    sent.candidates.append(Candidate(key, feats, emitted, word, dist))
    label(sent)
    return sent


def label(sent: Sentence) -> None:
    """Positive: the key of a required gold event, at most as many candidates per key as the gold has; the others of
    that key and those matching only an optional gold event are left out (-1); every other candidate is negative."""
    need = Counter(sent.required)
    optional = set(sent.optional)
    by_key = defaultdict(list)
    for c in sent.candidates:
        by_key[c.key].append(c)
    for key, cands in by_key.items():
        if key in need:
            words = sent.gold_triggers.get(key, [])
            ranked = sorted(cands, key=lambda c: (not c.emitted, not any(w and (w in c.trigger_word or c.trigger_word
                                                                                in w) for w in words), c.distance))
            for n, c in enumerate(ranked):
                c.label = 1 if n < need[key] else -1
        else:
            for c in cands:
                c.label = -1 if key in optional else 0


def all_candidates(records: list[dict]) -> list[Sentence]:
    return [sentence_candidates(r) for r in records]


# ------------------------------------------------------------------------------------------------------------ model


def _hash(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) % DIM


def design(cands: list[Candidate]) -> tuple[np.ndarray, np.ndarray]:
    """(row index, feature index) of every active feature (a bias feature in every row)."""
    rows, cols = [], []
    for n, c in enumerate(cands):
        for f in ("bias", *c.features):
            rows.append(n)
            cols.append(_hash(f))
    return np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64)


def _logits(w: np.ndarray, rows: np.ndarray, cols: np.ndarray, n: int) -> np.ndarray:
    return np.bincount(rows, weights=w[cols], minlength=n)


def fit(cands: list[Candidate]) -> np.ndarray:
    """Weights of an L2-regularised logistic regression on the labelled candidates, by full-batch Adagrad."""
    train = [c for c in cands if c.label >= 0]
    rows, cols = design(train)
    y = np.asarray([c.label for c in train], dtype=np.float64)
    w, acc = np.zeros(DIM), np.full(DIM, 1e-8)
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-_logits(w, rows, cols, len(train))))
        grad = np.bincount(cols, weights=(p - y)[rows], minlength=DIM) / len(train) + L2 * w
        acc += grad * grad
        w -= RATE * grad / np.sqrt(acc)
    return w


def predict(w: np.ndarray, cands: list[Candidate]) -> np.ndarray:
    if not cands:
        return np.zeros(0)
    rows, cols = design(cands)
    return 1.0 / (1.0 + np.exp(-_logits(w, rows, cols, len(cands))))


# ---------------------------------------------------------------------------------------------------------- scoring


def best_per_key(sent: Sentence, probs: np.ndarray) -> dict[tuple[str, str, str], float]:
    best: dict[tuple[str, str, str], float] = {}
    for c, p in zip(sent.candidates, probs, strict=True):
        best[c.key] = max(best.get(c.key, 0.0), float(p))
    return best


def codings(sent: Sentence, best: dict[str, dict], threshold: dict[str, float]) -> dict[str, list]:
    """The keys of (a) the coder, (b) the selector, (c) the coder plus the keys it lacks that the extras model picks
    (``best``: the best score per key of each model, "b" and "c")."""
    chosen_b = [k for k, p in best["b"].items() if p >= threshold["b"]]
    extra_c = [k for k, p in best["c"].items() if p >= threshold["c"] and k not in sent.coder_keys]
    kept_d = [k for k in sent.coder_keys if best["b"].get(k, 1.0) >= threshold["d"]]  # a key with no candidate stays
    return {"a": list(sent.coder_keys), "b": chosen_b, "c": [*sent.coder_keys, *extra_c], "d": kept_d}


def score_keys(required: list, optional: list, predicted: list, counts: Counts) -> None:
    """Count one record as ``warta.evaluate.evaluate_records`` does."""
    req, opt = list(required), list(optional)
    for k in predicted:
        if k in req:
            req.remove(k)
            counts.tp += 1
        elif k in opt:
            opt.remove(k)
        else:
            counts.fp += 1
    counts.fn += len(req)


def evaluate(sents: list[Sentence], bests: list[dict], threshold: dict[str, float]) -> dict[str, dict[str, Counts]]:
    """{mode: {lang: Counts}} of the three codings."""
    out: dict[str, dict[str, Counts]] = {m: defaultdict(Counts) for m in "abcd"}
    for sent, best in zip(sents, bests, strict=True):
        for mode, keys in codings(sent, best, threshold).items():
            score_keys(sent.required, sent.optional, keys, out[mode][sent.lang])
    return out


def choose_thresholds(sents: list[Sentence], bests: list[dict]) -> dict[str, float]:
    """The threshold of (b) and of (c) that gives the best F1 over both languages."""
    grid = [round(x, 2) for x in np.arange(0.05, 0.96, 0.05)]
    chosen = {}
    for mode in "bcd":
        def f1(t, mode=mode):
            res = evaluate(sents, bests, {"b": t, "c": t, "d": t})[mode]
            total = Counts(sum(c.tp for c in res.values()), sum(c.fp for c in res.values()),
                           sum(c.fn for c in res.values()))  # fmt: skip
            return total.f1
        chosen[mode] = float(max(grid if mode != "d" else VETO_GRID,
                                 key=lambda t: (f1(t), t)))
    return chosen


def render(results: dict[str, dict[str, Counts]], totals_only: bool = False) -> str:
    names = {"a": "(a) coder", "b": "(b) selector", "c": "(c) coder + selector extras", "d": "(d) coder - selector veto"}
    lines = []
    for mode, by_lang in results.items():
        for lang, c in sorted(by_lang.items()):
            figs = f"TP {c.tp} FP {c.fp} FN {c.fn}"
            if not totals_only:
                figs = f"P {c.precision:.3f} R {c.recall:.3f} F1 {c.f1:.3f}  " + figs
            lines.append(f"  {names[mode]:<30} {lang}  {figs}")
    return "\n".join(lines)


# -------------------------------------------------------------------------------------------------------- commands


def extras(sent: Sentence) -> list[Candidate]:
    """The candidates whose key the coder did not emit in the sentence: what the extras model of (c) learns on."""
    return [c for c in sent.candidates if c.key not in sent.coder_keys]


def fit_both(sents: list[Sentence]) -> dict[str, np.ndarray]:
    """The selector (b), trained on every candidate, and the extras model (c), on the keys the coder lacks."""
    return {"b": fit([c for s in sents for c in s.candidates]), "c": fit([c for s in sents for c in extras(s)])}


def best_both(weights: dict[str, np.ndarray], sent: Sentence) -> dict[str, dict]:
    return {mode: best_per_key(sent, predict(w, sent.candidates)) for mode, w in weights.items()}


def cross_validate(sents: list[Sentence]) -> tuple[list[dict], dict[str, float]]:
    """Out-of-fold best-per-key scores, each part predicted by models trained on the other parts."""
    parts = sorted({s.part for s in sents})
    bests: list[dict] = [{} for _ in sents]
    for part in parts:
        weights = fit_both([s for s in sents if s.part != part])
        for n, s in enumerate(sents):
            if s.part == part:
                bests[n] = best_both(weights, s)
        print(f"  fold {part} done", file=sys.stderr)
    return bests, choose_thresholds(sents, bests)


def _describe(sents: list[Sentence]) -> str:
    cands = [c for s in sents for c in s.candidates]
    pos = sum(c.label == 1 for c in cands)
    reach = sum(len(s.required) for s in sents)
    reachable = sum(sum((Counter(s.required) & Counter(c.key for c in s.candidates)).values()) for s in sents)
    return (f"{len(sents)} sentences, {len(cands)} candidates ({pos} positive, "
            f"{sum(c.label == 0 for c in cands)} negative); {reachable} of {reach} required gold events have a "
            f"candidate of their key")


def ceiling(sents: list[Sentence]) -> dict[str, Counts]:
    """(c) with a perfect extras model: the coder's keys plus every required gold key it lacks that has a candidate."""
    out: dict[str, Counts] = defaultdict(Counts)
    for s in sents:
        reach = (Counter(s.required) & Counter(c.key for c in s.candidates)).elements()
        score_keys(s.required, s.optional, [*s.coder_keys, *(k for k in reach if k not in s.coder_keys)], out[s.lang])
    return out


def main(argv: list[str] | None = None) -> int:
    repo = Path(__file__).resolve().parents[1]
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("command", choices=("cv", "train", "score"))
    ap.add_argument("--tuning", type=Path, default=repo / "tests" / "data" / "ntrex_tuning")
    ap.add_argument("--exclude", default=",".join(HELD_BACK), help="tuning parts left out (always the held-back ones too)")
    ap.add_argument("--out", type=Path, help="train: where the model goes (.npz)")
    ap.add_argument("--model", type=Path, help="score: a model written by train")
    ap.add_argument("--veto", type=float, help="score: the veto threshold of (d) instead of the model's")
    where = ap.add_mutually_exclusive_group()
    where.add_argument("--file", type=Path, help="score: one tuning file (the lead's way to score a held-back part)")
    where.add_argument("--dev", action="store_true", help="score: the dev gold")
    where.add_argument("--blind", action="store_true", help="score: the blind set, totals only")
    args = ap.parse_args(argv)
    exclude = tuple(sorted({*HELD_BACK, *filter(None, args.exclude.split(","))}))
    if args.command in ("cv", "train"):
        sents = all_candidates(tuning_records(args.tuning, exclude))
        print(_describe(sents))
        print("ceiling of (c), a perfect extras model: " + ", ".join(
            f"{lang} P {c.precision:.3f} R {c.recall:.3f} F1 {c.f1:.3f} (TP {c.tp} FP {c.fp})"
            for lang, c in sorted(ceiling(sents).items())))  # fmt: skip
        bests, threshold = cross_validate(sents)
        print(f"cross-validated by part (thresholds b {threshold['b']}, c {threshold['c']}, d {threshold['d']}):")
        print(render(evaluate(sents, bests, threshold)))
        for t in VETO_GRID:
            print(f"  veto at {t}:\n" + render({"d": evaluate(sents, bests, {**threshold, "d": t})["d"]}))
        if args.command == "train":
            if args.out is None:
                ap.error("train needs --out")
            weights = fit_both(sents)
            np.savez(args.out, w_b=weights["b"], w_c=weights["c"], b=threshold["b"], c=threshold["c"], d=threshold["d"],
                     exclude=np.asarray(exclude))
            print(f"model written to {args.out} (trained on every part but {', '.join(exclude)})")
        return 0
    if args.model is None:
        ap.error("score needs --model")
    saved = np.load(args.model)
    weights = {"b": saved["w_b"], "c": saved["w_c"]}
    threshold = {"b": float(saved["b"]), "c": float(saved["c"]), "d": float(saved["d"])}
    if args.veto is not None:
        threshold["d"] = args.veto
    if args.blind:
        records = blind_records()
    elif args.dev:
        records = file_records(repo.parent / "shared" / "gold" / "dev.jsonl")
    elif args.file:
        records = file_records(args.file)
    else:
        records = tuning_records(args.tuning, exclude)
    sents = all_candidates(records)
    bests = [best_both(weights, s) for s in sents]
    label_ = "blind set" if args.blind else "dev gold" if args.dev else str(args.file or "tuning (training parts)")
    print(f"{label_}: {len(sents)} sentences (thresholds b {threshold['b']}, c {threshold['c']}, d {threshold['d']})")
    print(render(evaluate(sents, bests, threshold), totals_only=args.blind))
    return 0


if __name__ == "__main__":
    sys.exit(main())
