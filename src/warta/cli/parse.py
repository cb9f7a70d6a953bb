"""``warta parse``: dependency parses as CoNLL-U, over :mod:`warta.pipeline.syntax`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from warta.cli import app
from warta.cli.checks import LangChoice
from warta.conllu import ConlluError, format_conllu, read_conllu, score
from warta.lexicon.registry import available_languages
from warta.pipeline.syntax import ParserUnavailable, parse_conllu_sentences, parse_text

__all__ = ["parse_cmd"]

err = Console(stderr=True, emoji=False, highlight=False)


def _language(lang: LangChoice, sample: str) -> str:
    if lang is not LangChoice.auto:
        return lang.value
    from warta.langid import detect_language

    found = detect_language(sample)
    if found not in available_languages():
        raise typer.BadParameter("cannot tell the language; pass " + " or ".join(f"--lang {code}" for code in available_languages()))
    return found


@app.command("parse")
def parse_cmd(
    path: Annotated[str, typer.Argument(help="a .conllu file (its own tokens are parsed), a .txt file, or - for text on stdin")],
    lang: Annotated[LangChoice, typer.Option(help="language of the input (auto = detect)")] = LangChoice.auto,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="write the CoNLL-U here instead of stdout")] = None,
    score_it: Annotated[bool, typer.Option("--score", help="CoNLL-U input: print UPOS/UAS/LAS against the file's own gold columns")] = False,
) -> None:
    """Parse with warta's trained dependency parser and write CoNLL-U (predicted UPOS, FEATS, HEAD, DEPREL)."""
    errors: list[ConlluError] = []
    try:
        if path != "-" and path.endswith(".conllu"):
            gold = read_conllu(path, on_error=errors.append)
            for e in errors:
                err.print(f"[red]skipped[/red] {e}")
            language = _language(lang, " ".join(s.text for s in gold[:20]))
            parsed = list(parse_conllu_sentences(gold, language))
        else:
            if score_it:
                raise typer.BadParameter("--score needs a .conllu file with gold heads and relations")
            text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
            language = _language(lang, text[:5000])
            parsed = list(parse_text(text, language, "stdin" if path == "-" else Path(path).stem))
    except FileNotFoundError as exc:
        err.print(f"[red]error:[/red] {exc.filename}: no such file")
        raise typer.Exit(2) from None
    except ParserUnavailable as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    if score_it:
        sc = score(gold, parsed)
        print(f"{path}\t{language}\t{sc}")
    else:
        out = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
        try:
            for block in format_conllu(parsed):
                out.write(block)
        finally:
            if output:
                out.close()
    if errors:
        raise typer.Exit(1)
