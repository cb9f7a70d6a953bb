"""Cross-lingual agreement: does warta code the same events in an NTREX sentence and its translation?

NTREX (``../shared/data/parallel/``) holds 1,997 English news sentences and their professional
Indonesian translations, line by line.  Each line is coded on its own in both languages and reduced
to the multiset of event keys (type, source country, target country) -- the dev gold's match key
(:func:`warta.evaluate.match_key`: first three letters of an actor code, IGO/NGO codes whole).

For line i let E_i be the English multiset and I_i the Indonesian one; then

    agreement = sum_i 2 * |E_i ∩ I_i|  /  sum_i (|E_i| + |I_i|)

where ∩ is the multiset intersection (a key counts min(times in E_i, times in I_i)) and both sums
run over the lines of the set.  Lines where neither side codes anything add nothing to either sum;
1.0 means every event found on one side was found on the other.

Two figures are printed: over every line that is not in the blind set (the tuning figure; the
dev gold's NTREX lines are part of it), and over the blind set's NTREX lines (the lines of the
documents in ``blind/blind.jsonl``), both languages coded on each.

Usage: python bench/crosslingual.py [--shared DIR] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from blind import BLIND, DEFAULT_SHARED, NTREX_DOCS, load_blind, ntrex_lines

__all__ = ["agreement", "line_agreement"]


def line_agreement(en: Counter, id_: Counter) -> tuple[int, int]:
    """(2·|E ∩ I|, |E| + |I|) for one line's two multisets of event keys."""
    return 2 * sum((en & id_).values()), sum(en.values()) + sum(id_.values())


def agreement(pairs: list[tuple[Counter, Counter]]) -> float:
    """The summed agreement over lines (see the module docstring); 0.0 when nothing was coded."""
    num = den = 0
    for en, id_ in pairs:
        n, d = line_agreement(en, id_)
        num += n
        den += d
    return num / den if den else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--shared", type=Path, default=DEFAULT_SHARED, help="the shared data folder (default ../shared)"
    )
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    if not (args.shared / NTREX_DOCS).is_file():
        print(f"not measured: {args.shared} (with {NTREX_DOCS}) is not present", file=sys.stderr)
        return 0

    from rich.console import Console
    from rich.progress import Progress

    from warta.api import extract_article
    from warta.evaluate import match_key
    from warta.model import Article

    en_lines, id_lines = ntrex_lines(args.shared, "en"), ntrex_lines(args.shared, "id")
    blind_lines = {r["ref"]["line"] for r in load_blind(BLIND) if r.get("ref", {}).get("corpus") == "ntrex"}
    n_lines = min(len(en_lines), len(id_lines))
    tuning: list[tuple[Counter, Counter]] = []
    blind: list[tuple[Counter, Counter]] = []

    def keys(text: str, lang: str, n: int) -> Counter:
        if not text.strip():
            return Counter()
        evs = extract_article(Article(id=f"ntrex-L{n}-{lang}", text=text.strip(), lang=lang))
        return Counter(match_key(e.type, e.source.code, e.target.code if e.target else "") for e in evs)

    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("coding NTREX en + id", total=n_lines)
        for i in range(n_lines):
            n = i + 1
            pair = (keys(en_lines[i], "en", n), keys(id_lines[i], "id", n))
            (blind if n in blind_lines else tuning).append(pair)
            progress.advance(task)

    def summary(pairs: list[tuple[Counter, Counter]]) -> dict:
        return {"lines": len(pairs), "agreement": round(agreement(pairs), 4),
                "events_en": sum(sum(e.values()) for e, _ in pairs),
                "events_id": sum(sum(i.values()) for _, i in pairs)}  # fmt: skip

    result = {"tuning (non-blind lines)": summary(tuning), "blind documents": summary(blind)}
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    for name, s in result.items():
        print(f"{name:<25} agreement {s['agreement']:.3f} over {s['lines']} lines "
              f"({s['events_en']} events en, {s['events_id']} id)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
