"""Speed of warta's dependency parsers on one core, as a ratio to spaCy's blank tokenizer + sentencizer.

Both run in this process over the same sentences (the held-out UD test files' own tokens, read from
../shared/data/ud/), so the ratio does not depend on the machine. Prints words/s for
``parse_many`` (batches), for ``parse_tokens`` one sentence at a time (how the event coder calls it
for selected sentences), and for the baseline.
Usage: python bench/parser.py
"""

from __future__ import annotations

import time
from pathlib import Path

import spacy

from warta.conllu import read_conllu
from warta.model import Token
from warta.pipeline.syntax import load_parser, parse_many, parse_tokens

UD = Path(__file__).resolve().parents[2] / "shared" / "data" / "ud"
FILES = {"id": "id_gsd-ud-test.conllu", "en": "en_ewt-ud-test.conllu"}


def tokens_of(sentence) -> tuple[Token, ...]:
    out, pos = [], 0
    for w in sentence.words:
        out.append(Token(w.form, pos, pos + len(w.form)))
        pos += len(w.form) + (1 if w.space_after else 0)
    return tuple(out)


def main() -> None:
    for lang, name in FILES.items():
        sents = read_conllu(UD / name)
        toks = [tokens_of(s) for s in sents]
        words = sum(len(t) for t in toks)
        text = "\n".join(s.text for s in sents)
        load_parser(lang)
        parse_tokens(toks[0], lang)  # warm up
        base = spacy.blank(lang)
        base.add_pipe("sentencizer")
        base(text[:10000])
        t0 = time.perf_counter()
        base(text)
        t_base = time.perf_counter() - t0
        t0 = time.perf_counter()
        for _ in parse_many(toks, lang):
            pass
        t_many = time.perf_counter() - t0
        t0 = time.perf_counter()
        for t in toks[:300]:
            parse_tokens(t, lang)
        t_one = (time.perf_counter() - t0) * len(toks) / min(300, len(toks))
        print(f"{lang}: {len(sents)} sentences, {words} words | parse_many {words / t_many:,.0f} words/s "
              f"| parse_tokens one by one {words / t_one:,.0f} words/s | spaCy blank+sentencizer "
              f"{words / t_base:,.0f} words/s | ratio (parse_many / baseline) {t_base / t_many:.3f}")


if __name__ == "__main__":
    main()
