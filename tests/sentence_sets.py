"""Reading the hand-coded sentence sets of the tests (tests/data/*.tsv): tab-separated rows under a header line,
comments (#) and blank lines skipped; and the event keys a sentence gives, for the pair tests."""

from __future__ import annotations

from pathlib import Path


def read_rows(path: Path, fields: int) -> list[tuple[str, ...]]:
    """The rows of ``path`` after its header, each as its ``fields`` cells plus its 1-based line number."""
    rows: list[tuple[str, ...]] = []
    header = None
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        assert len(cells) == fields, f"{path.name}:{lineno}: {len(cells)} fields, not {fields}"
        rows.append((*cells, lineno))
    return rows


def event_keys(text: str, lang: str, published: str = "2026-03-02") -> set[tuple[str, str, str]]:
    """(type, source, target) at the scoring level of every event warta codes in ``text``."""
    from warta.api import extract
    from warta.evaluate import match_key

    return {match_key(e.type, e.source.code, e.target.code if e.target else "")
            for e in extract(text, lang=lang, published=published)}  # fmt: skip


def score_lines(score, lang: str, width: int | None = None) -> list[str]:
    """A Score's misses and false alarms in ``lang``, one line each, the text cut to ``width`` characters."""
    return ([f"  miss {rid}: {g['type']} {g['source']}>{g.get('target') or '-'} | {text[:width]}"
             for rid, text, g in score.misses if f"-{lang}-" in rid]
            + [f"  false alarm {rid}: {p['type']} {p['source']}>{p['target'] or '-'} | {text[:width]}"
               for rid, text, p in score.false_alarms if f"-{lang}-" in rid])


def own_set_checks(published: str, coded: list, not_coded: list, not_keyed: list | None = None) -> tuple:
    """The checks of an own-sentence test file, as pytest test functions for the module to bind by name:
    ``coded`` rows (lang, sentence, key) must give their (type, source, target) key; ``not_coded`` rows (lang,
    sentence, type) no event of that type; ``not_keyed`` rows (lang, sentence, key) not that key.

        test_coded, test_not_coded, test_not_keyed = own_set_checks(PUB, CODED, NOT_CODED, NOT_KEYED)
    """
    import pytest

    @pytest.mark.parametrize(("lang", "text", "key"), coded)
    def test_coded(lang, text, key):
        assert key in event_keys(text, lang, published)

    @pytest.mark.parametrize(("lang", "text", "etype"), not_coded)
    def test_not_coded(lang, text, etype):
        assert etype not in {k[0] for k in event_keys(text, lang, published)}

    @pytest.mark.parametrize(("lang", "text", "key"), not_keyed or [])
    def test_not_keyed(lang, text, key):
        assert key not in event_keys(text, lang, published)

    return (test_coded, test_not_coded) if not_keyed is None else (test_coded, test_not_coded, test_not_keyed)


def coded_right(lang: str, kind: str, source: str, target: str, text: str,
                published: str = "2024-11-15") -> tuple[bool, list[tuple[str, str, str]]]:
    """Whether warta codes in ``text`` an event of ``kind`` from ``source`` to ``target`` at the scoring level (a
    target "-" or "" is none named), with the keys of what it coded."""
    from warta.evaluate import match_key

    got = event_keys(text, lang, published)
    return match_key(kind, source, "" if target == "-" else target) in got, sorted(got)


def known_miss_params(rows: list[tuple[str, ...]], known: dict[int, str]) -> list:
    """The rows as pytest params named lang-Lline; a row whose line is in ``known`` must fail (strict xfail with its
    reason), so that a fix shows."""
    import pytest

    return [pytest.param(r, id=f"{r[0]}-L{r[-1]}", marks=pytest.mark.xfail(reason=known[r[-1]], strict=True))
            if r[-1] in known else pytest.param(r, id=f"{r[0]}-L{r[-1]}") for r in rows]  # fmt: skip


def record_set_checks(path: Path, prefix: str, ratchet: dict[str, tuple[float, int]], distinct_texts: bool = True):
    """An own set of records in the gold's form with their text (``path``, ids ``<prefix>-<lang>-NN``), coded before
    any run: its records, a test that they are well formed, and a test per language of ``ratchet`` that warta holds
    its ratchet (lowest F1, most false alarms), printing the misses and false alarms."""
    import functools
    import json

    import pytest

    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]

    def test_records_are_well_formed():
        ids = [r["id"] for r in records]
        assert len(ids) == len(set(ids))
        if distinct_texts:
            assert len({r["text"] for r in records}) == len(records), "a text is listed twice"
        for rec in records:
            assert rec["lang"] in ratchet and rec["id"].startswith(f"{prefix}-{rec['lang']}-"), rec["id"]
            for ev in rec["events"]:
                check_event(ev, f"{rec['id']} {ev}")

    @functools.cache
    def score():
        from warta.api import extract_article
        from warta.evaluate import evaluate_records

        return evaluate_records(records, extract_article)

    @pytest.mark.parametrize("lang", sorted(ratchet))
    def test_holds_its_ratchet(lang):
        result = score()
        c = result.by_lang[lang]
        report = [f"{lang}: F1 {c.f1:.3f} (TP {c.tp} FP {c.fp} FN {c.fn})"] + score_lines(result, lang)
        print("\n".join(report))
        floor, most = ratchet[lang]
        assert c.f1 >= floor and c.fp <= most, "\n".join(report)

    return records, test_records_are_well_formed, test_holds_its_ratchet


def row_set_checks(path: Path, rows: list[tuple[str, ...]], neg_rows: list[tuple[str, ...]], published: str,
                   known_misses: dict[int, str] | None = None, known_false_alarms: dict[int, str] | None = None,
                   negative=None, **check) -> tuple:
    """The checks of a TSV sentence set with its negatives, as pytest test functions for the module to bind by name:
    its rows are well-formed (``check`` goes to check_rows) and name each text once; every row is coded right unless
    a known miss (strict xfail); no negative row gives its event (``negative``, default assert_not_coded) unless a
    known false alarm.

        test_rows_are_well_formed, test_coded_right, test_not_coded = row_set_checks(DATA, ROWS, NEG_ROWS, PUB, ...)
    """
    import pytest

    def test_rows_are_well_formed():
        check_rows(path, rows, **check)
        assert len({row[5] for row in rows}) == len(rows), "a text is listed twice"

    @pytest.mark.parametrize("row", known_miss_params(rows, known_misses or {}))
    def test_coded_right(row):
        assert_coded_right(row, published)

    @pytest.mark.parametrize("row", known_miss_params(neg_rows, known_false_alarms or {}))
    def test_not_coded(row):
        (negative or assert_not_coded)(row, published)

    return test_rows_are_well_formed, test_coded_right, test_not_coded


def assert_coded_right(row: tuple[str, ...], published: str) -> None:
    """A row (lang, kind, code, source, target, text, line) is coded right: its type with both actors."""
    lang, kind, _code, source, target, text, _line = row
    ok, got = coded_right(lang, kind, source, target, text, published=published)
    assert ok, f"want {kind} {source}>{target}; got {got}"


def assert_not_coded(row: tuple[str, ...], published: str) -> None:
    """A negative row (lang, kind, source, target, text, line) is not coded: no event of its type between its actors
    ("-": any actor)."""
    lang, kind, source, target, text, _line = row
    bad = [k for k in event_keys(text, lang, published)
           if k[0] == kind and source in ("-", k[1]) and (target == "-" or k[2] == target)]  # fmt: skip
    assert not bad, f"{text}: {bad}"


def ratchet_report(path: Path, rows: list[tuple[str, ...]], lang: str, right=coded_right) -> tuple[float, str]:
    """The share of ``lang``'s rows (lang, type, code, source, target, text, line) that ``right`` finds coded right,
    and a report naming each miss by file and line; the sets' tests assert the share against a ratchet."""
    mine = [r for r in rows if r[0] == lang]
    misses = []
    for _, kind, _code, source, target, text, lineno in mine:
        ok, got = right(lang, kind, source, target, text)
        if not ok:
            misses.append(f"  {path.name}:{lineno} want {kind} {source}>{target}; got {got or 'nothing'}")
    rate = 1 - len(misses) / len(mine)
    return rate, "\n".join([f"{lang}: {rate:.1%} coded right ({len(misses)} misses of {len(mine)})", *misses])


def hold_ratchet(path: Path, rows: list[tuple[str, ...]], lang: str, ratchet: dict[str, float], right=coded_right) -> None:
    """Print :func:`ratchet_report` for ``lang`` and fail, naming every miss, below the set's ``ratchet``."""
    rate, report = ratchet_report(path, rows, lang, right)
    print(report)
    assert rate >= ratchet[lang], report


def no_event_of_kind(row: tuple[str, ...], published: str) -> None:
    """A negative row (lang, kind, code, source, target, text, line) gives no event of its kind."""
    lang, kind, _code, _source, _target, text, _lineno = row
    assert not [key for key in event_keys(text, lang, published) if key[0] == kind], text


def check_rows(path: Path, rows: list[tuple[str, ...]], endings: tuple[str, ...] = (".",),
               target_optional: bool = False) -> None:
    """Every row (lang, type, code, source, target, text, line) of a sentence set names a language, a codebook code
    of its type, a source (and a target, unless ``target_optional``: "-" or "" for none named) and ends a
    sentence with one of ``endings``; a failure names the file and line."""
    from warta.lexicon.coverage import codebook_codes, guideline_types

    codes = set(codebook_codes())
    for lang, kind, code, source, target, text, lineno in rows:
        where = f"{path.name}:{lineno}"
        assert lang in {"id", "en"}, where
        assert code in codes and kind in guideline_types(code), f"{where}: {code} is not {kind}"
        assert len(source) >= 3 and (target_optional or len(target) >= 3), where
        assert text.endswith(endings), where


EVENT_FIELDS = {"source", "target", "type", "mode", "cameo", "trigger", "negated", "modality", "claimed_by",
                "location", "when", "quantity", "optional"}  # fmt: skip


def actor_ok(code: str) -> bool:
    """An actor code of the guidelines: a state with an optional sector, XXX with a sector, or an IGO/NGO code."""
    import re

    from warta.knowledge.countries import sector_codes, state_codes

    if code.startswith(("IGO", "NGO")):
        return bool(re.fullmatch(r"(IGO|NGO)[A-Z]{2,}", code))
    # a group with no home country is XXX + sector (GUIDELINES.md: "a group with no home country: XXXREB")
    state = code[:3] in state_codes() or (code[:3] == "XXX" and len(code) > 3)
    return state and (len(code) == 3 or code[3:] in sector_codes())


def check_event(ev: dict, where: str) -> None:
    """A coded event (blind set, NTREX tuning set) has the gold's fields, in the guidelines' vocabulary."""
    import re

    from warta.knowledge.ontology import PLOVER_TYPES, ontology

    assert set(ev) == EVENT_FIELDS, where
    assert ev["type"] in PLOVER_TYPES, where
    assert ev["cameo"] in ontology(), where
    assert actor_ok(ev["source"]), where
    assert ev["target"] == "" or actor_ok(ev["target"]), where
    assert ev["claimed_by"] in (None, "ANON") or actor_ok(ev["claimed_by"]), where
    assert ev["modality"] in ("actual", "attempted", "planned", "hypothetical"), where
    assert isinstance(ev["negated"], bool) and isinstance(ev["optional"], bool), where
    assert ev["when"] is None or re.match(r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$", ev["when"]), where
    q = ev["quantity"]
    assert q is None or (isinstance(q["value"], int | float) and q["unit"]), where
    # a trigger is a word or two, never a copied stretch of the sentence
    assert ev["trigger"] is None or len(ev["trigger"].split()) <= 2, where
