"""Score warta on the real-news tuning set: NTREX lines outside the blind set, and Indonesian news
sentences of the NER corpus in ../shared/data/ner/, coded by hand.

``tests/data/ntrex_tuning/*.jsonl`` (one file a part) hold codings in the blind set's form (a reference, no text; see
``bench/blind.py``) of NTREX news lines from documents that have no line in the blind set. Unlike
the blind set these sentences are meant to be read and tuned on: they are real news, which the
sentences we write ourselves are not, so a rule found on them is more likely to hold on unseen news.
Each line is coded (in both languages, since the lines are translations) before warta is run on it.
Records ``{"corpus": "kumparan", "file": "dataset_postag.txt", "line": 191}`` name a kumparan news sentence of the
nlp-id wheel (``bench/kumparan.py``) that is neither a blind sentence nor a near-copy of one (``kumparan_open``).
Records ``{"corpus": "ud", "file": "en_pud-ud-test.conllu", "sent_id": "n01001011"}`` name a sentence
of the parallel UD treebanks (PUD: news and Wikipedia, the same sent_id in both languages).
Records ``{"corpus": "lee", "file": "lee_background.cor", "doc": 12, "sentence": 3}`` name a sentence of the ABC news
documents of about 2001-2002 that the gensim wheel ships (``bench/lee.py``; its other file, lee.cor, is the blind set's).
Records ``{"corpus": "ner", "file": "idner2k_train.txt", "sentence": 12}`` name the 12th sentence
(1-based) of that CoNLL file, its tokens joined back into text: Indonesian domestic news (politics,
courts, police), which NTREX lacks.

Usage:
  python bench/realnews.py                 # P/R/F1 per language and per part
  python bench/realnews.py --show          # also every miss and false alarm, with its text
  python bench/realnews.py --lines 1-120   # the NTREX lines that may be coded (en, id), for coding
  python bench/realnews.py --ner idner2k_train.txt 1-200   # sentences of the NER corpus, for coding
  python bench/realnews.py --ud id_csui-ud-train.conllu 1-100   # sentences of a UD file (and their translation)
  python bench/realnews.py --kumparan 1-200000 --grep 'tangkap|tolak'   # kumparan sentences that may be coded
  python bench/realnews.py --lee 1-20      # the sentences of Lee documents 1-20 (lee_background.cor) that may be coded
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import sys
from collections import Counter
from pathlib import Path

from blind import (
    BLIND,
    DEFAULT_SHARED,
    NTREX_DOCS,
    OUTLET_HOMES,
    in_documents,
    load_blind,
    materialise,
    ntrex_documents,
    ntrex_lines,
    part_of,
)
from kumparan import NEWS_NAME as KUMPARAN_FILE
from kumparan import data_dir as kumparan_dir
from kumparan import sentences as kumparan_sentences
from lee import TUNING_FILE as LEE_FILE
from lee import data_dir as lee_dir
from lee import documents as lee_documents
from lee import first_seen as lee_first_seen
from lee import split_sentences

REPO = Path(__file__).resolve().parents[1]
TUNING = REPO / "tests" / "data" / "ntrex_tuning"
DEV = REPO.parent / "shared" / "gold" / "dev.jsonl"


def blind_documents(shared: Path) -> set[str]:
    """The NTREX documents that hold a blind line: none of their lines may be read."""
    docs = ntrex_documents(shared)
    lines = {r["ref"]["line"] for r in load_blind(BLIND) if r.get("ref", {}).get("corpus") == "ntrex"}
    return {docs[n - 1] for n in lines}


def dev_lines(shared: Path) -> set[int]:
    """The NTREX lines the dev gold codes already (its records ``ntrex-L<n>-<lang>``)."""
    path = shared / "gold" / "dev.jsonl"
    if not path.is_file():
        return set()
    ids = (json.loads(line).get("id", "") for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {int(m.group(1)) for m in map(re.compile(r"ntrex-L(\d+)-").match, ids) if m}


def allowed_lines(shared: Path) -> list[int]:
    """The 1-based NTREX lines of documents with no blind line, less those of the dev gold."""
    closed, dev = blind_documents(shared), dev_lines(shared)
    return [i + 1 for i, doc in enumerate(ntrex_documents(shared)) if doc not in closed and i + 1 not in dev]


def load(path: Path = TUNING) -> list[dict]:
    """The coded records of a tuning file, or of every ``*.jsonl`` in a folder, each with its ``part`` (the
    file's stem) and ``_file``."""
    out = []
    for file in sorted(path.glob("*.jsonl")) if path.is_dir() else [path]:
        for rec in load_blind(file):
            out.append({**rec, "part": file.stem, "_file": file.name})
    return out


NER_DIR = "data/ner"
NER_FILES = ("idner2k_train.txt", "idner2k_dev.txt")  # cased news; nerp_train.txt is lowercased
_NO_SPACE_BEFORE = re.compile(r" ([,.;:!?%)\]])")
_NO_SPACE_AFTER = re.compile(r"([(\[]) ")


def ner_sentences(shared: Path, name: str) -> list[str]:
    """The sentences of a CoNLL file of the NER corpus (``token UPOS TAG`` lines, blank between sentences),
    their tokens joined back into text; index i holds sentence i+1."""
    out, words = [], []
    for line in (shared / NER_DIR / name).read_text(encoding="utf-8").splitlines():
        cells = line.split()
        if cells:
            words.append(cells[0])
        elif words:
            out.append(words)
            words = []
    if words:
        out.append(words)
    return [_NO_SPACE_AFTER.sub(r"\1", _NO_SPACE_BEFORE.sub(r"\1", " ".join(w))) for w in out]


# UD files whose sentences may be coded, and the comment field that holds a language's text: PUD is parallel news and
# Wikipedia (one file a language); the CSUI treebank is Indonesian news with an English translation in ``text_en``;
# GSD dev is Indonesian news and Wikipedia; EWT's weblogs comment on the news (Iraq, US politics); GUM's news documents
# are Wikinews articles, its speech and interview documents political speeches and interviews. The blind set reads id_gsd-ud-test.conllu, so no GSD test sentence is
# coded here.
UD_FILES = {
    "en_pud-ud-test.conllu": {"en": "text"},
    "id_pud-ud-test.conllu": {"id": "text"},
    "id_csui-ud-train.conllu": {"id": "text", "en": "text_en"},
    "id_csui-ud-test.conllu": {"id": "text", "en": "text_en"},
    "id_gsd-ud-dev.conllu": {"id": "text"},
    "en_ewt-ud-dev.conllu": {"en": "text"},  # its weblogs (sent_id weblog-...) are news commentary
    "en_ewt-ud-test.conllu": {"en": "text"},  # the same genres; the parser is scored on it, events may be coded
    "en_gum-ud-dev.conllu": {"en": "text"},  # its news documents (sent_id GUM_news_...) are Wikinews articles
    "en_gum-ud-test.conllu": {"en": "text"},
}


# A kumparan sentence sharing this much of its words (Jaccard) with a blind one is a near-copy of it (the corpus holds
# augmented copies of its sentences, one word re-affixed) and may not be read.
NEAR_COPY = 0.4
_WORD = re.compile(r"\w+")


def _words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text.lower()))


@functools.cache
def kumparan_open() -> dict[int, str]:
    """The kumparan sentences that may be coded, keyed by the line of their first token: every sentence of the
    installed nlp-id wheel's corpus except the blind set's and their near-copies ({} without the wheel). The blind
    sentences are compared here and never printed."""
    folder = kumparan_dir()
    if folder is None:
        return {}
    texts = kumparan_sentences(folder / KUMPARAN_FILE)
    closed = {r["ref"]["line"] for r in load_blind(BLIND) if r.get("ref", {}).get("corpus") == "kumparan"}
    blind_words = [_words(texts[n]) for n in closed if n in texts]

    def near(words: frozenset[str]) -> bool:
        return any(len(words & b) >= NEAR_COPY * len(words | b) for b in blind_words if words & b)

    return {n: t for n, t in texts.items() if n not in closed and not near(_words(t))}


def _materialise(records: list[dict], shared: Path, path: Path, homes: dict[str, str] | None = None) -> list[dict]:
    ner = {name: ner_sentences(shared, name) for name in {r["ref"]["file"] for r in records
                                                           if r["ref"].get("corpus") == "ner"}}  # fmt: skip
    out = materialise([r for r in records if r["ref"].get("corpus") != "ner"], shared, path, homes=homes)
    for rec in records:
        if rec["ref"].get("corpus") == "ner":
            full = {k: v for k, v in rec.items() if k != "_line"}
            full["text"] = ner[rec["ref"]["file"]][rec["ref"]["sentence"] - 1]
            out.append(full)
    return out


def check(records: list[dict], shared: Path) -> list[str]:
    """Problems of the tuning records: another corpus than NTREX, a line of a blind document or of the dev
    gold, a line coded twice in one language (a kumparan sentence also as a near-copy of one coded before)."""
    closed, dev = blind_documents(shared), dev_lines(shared)
    docs = ntrex_documents(shared)
    problems, seen = [], set()
    coded_kumparan: list[tuple[int, frozenset[str]]] = []
    for rec in records:
        ref = rec.get("ref") or {}
        where = f"{rec.get('_file', '?')}:{rec.get('_line', '?')}"
        key = (rec.get("lang"), ref.get("line"), ref.get("file"), ref.get("doc"), ref.get("sentence"), ref.get("sent_id"))
        if key in seen:
            problems.append(f"{where}: {rec.get('id')} is coded twice")
        seen.add(key)
        if ref.get("corpus") == "ner":
            file, n = ref.get("file"), ref.get("sentence")
            if file not in NER_FILES or not isinstance(n, int) or not 1 <= n <= len(ner_sentences(shared, file)):
                problems.append(f"{where}: no sentence {n!r} in the NER file {file!r}")
        elif ref.get("corpus") == "kumparan":
            if ref.get("file") != KUMPARAN_FILE or rec.get("lang") != "id":
                problems.append(f"{where}: kumparan sentences are Indonesian, of {KUMPARAN_FILE}")
            elif kumparan_dir() is not None and ref.get("line") not in kumparan_open():
                problems.append(f"{where}: kumparan line {ref.get('line')!r} is no sentence, a blind one or a near-copy of one")
            elif kumparan_dir() is not None:
                words = _words(kumparan_open()[ref["line"]])
                twin = next((n for n, w in coded_kumparan if len(words & w) >= 0.6 * len(words | w)), None)
                if twin is not None:
                    problems.append(f"{where}: kumparan line {ref['line']} is a near-copy of line {twin}, coded already")
                coded_kumparan.append((ref["line"], words))
        elif ref.get("corpus") == "lee":
            if ref.get("file") != LEE_FILE or rec.get("lang") != "en":
                problems.append(f"{where}: Lee sentences are English, of {LEE_FILE} (lee.cor is the blind set's)")
            elif lee_dir() is not None:
                doc, n = ref.get("doc"), ref.get("sentence")
                lee_docs = lee_documents(lee_dir() / LEE_FILE)  # (not `docs`: the NTREX documents of later records)
                if not isinstance(doc, int) or not 1 <= doc <= len(lee_docs) or not isinstance(n, int) \
                        or not 1 <= n <= len(split_sentences(lee_docs[doc - 1])):
                    problems.append(f"{where}: {LEE_FILE} has no document {doc!r} with a sentence {n!r}")
                elif (first := lee_first_seen(lee_dir() / LEE_FILE)[doc - 1]) != doc:
                    problems.append(f"{where}: Lee document {doc} repeats document {first}")
        elif ref.get("corpus") == "ud":
            fields = UD_FILES.get(ref.get("file"), {})
            if rec.get("lang") not in fields or ref.get("field", "text") != fields[rec["lang"]]:
                problems.append(f"{where}: UD sentences of {sorted(UD_FILES)} only, in a language the file holds "
                                f"(its field: {fields})")
        elif ref.get("corpus") != "ntrex":
            problems.append(f"{where}: only NTREX lines outside the blind documents, or NER sentences, may be coded here")
        elif not isinstance(ref.get("line"), int) or not 1 <= ref["line"] <= len(docs):
            problems.append(f"{where}: no NTREX line {ref.get('line')!r}")
        elif docs[ref["line"] - 1] in closed:
            problems.append(f"{where}: NTREX line {ref['line']} belongs to a blind document")
        elif ref["line"] in dev:
            problems.append(f"{where}: NTREX line {ref['line']} is in the dev gold")
    return problems


def score(path: Path = TUNING, shared: Path = DEFAULT_SHARED, documents: bool = False,
          homes: dict[str, str] | None = None, predicted: dict[str, list] | None = None):
    """(records with their text, Score) of the tuning file; with ``documents`` each NTREX document is coded as
    one article (``bench/blind.py --in-documents``); ``homes``: the outlet's country per corpus (None: none);
    ``predicted``, when given, receives each record's coded events by id."""
    from warta.api import extract_article
    from warta.evaluate import evaluate_records

    coded = load(path)
    problems = check(coded, shared)
    if problems:
        raise ValueError("\n".join(problems))
    records = _materialise(coded, shared, path, homes)
    known = in_documents(records, shared, extract_article) if documents else {}
    out = {} if predicted is None else predicted

    def predict(article):
        out[article.id] = known[article.id] if article.id in known else extract_article(article)
        return out[article.id]

    return records, evaluate_records(records, predict)


def score_parts(path: Path = TUNING, shared: Path = DEFAULT_SHARED):
    """(Score of the whole set, {part: Score}) with each record coded once."""
    from warta.api import extract_article
    from warta.evaluate import evaluate_records

    coded = load(path)
    problems = check(coded, shared)
    if problems:
        raise ValueError("\n".join(problems))
    records = _materialise(coded, shared, path)
    memo: dict[str, list] = {}

    def predict(article):
        if article.id not in memo:
            memo[article.id] = extract_article(article)
        return memo[article.id]

    whole = evaluate_records(records, predict)
    parts = sorted({part_of(r) for r in records})
    return whole, {p: evaluate_records([r for r in records if part_of(r) == p], predict) for p in parts}


def _show_lines(shared: Path, spec: str) -> None:
    lo, _, hi = spec.partition("-")
    first, last = int(lo), int(hi or lo)
    en, ind, docs = ntrex_lines(shared, "en"), ntrex_lines(shared, "id"), ntrex_documents(shared)
    for n in allowed_lines(shared):
        if first <= n <= last:
            print(f"L{n}\t{docs[n - 1]}\n  en: {en[n - 1]}\n  id: {ind[n - 1]}")


def _show_ud(shared: Path, name: str, spec: str) -> None:
    from blind import UD_DIR, _ud_texts

    if name not in UD_FILES:
        raise SystemExit(f"error: only {sorted(UD_FILES)} may be coded")
    lo, _, hi = spec.partition("-")
    texts = {lang: _ud_texts(shared / UD_DIR / name, field) for lang, field in UD_FILES[name].items()}
    first = next(iter(texts.values()))
    for n, sid in enumerate(first, 1):
        if int(lo) <= n <= int(hi or lo):
            print(f"{sid}\n" + "\n".join(f"  {lang}: {t.get(sid, '')}" for lang, t in texts.items()))


def _show_kumparan(spec: str, grep: str | None) -> None:
    """Print the open kumparan sentences in a line range, one of each group of near-copies in the whole corpus: the
    copy whose rarest word is the most common in the corpus (the augmented copies re-affix a word into a form news
    does not use). Sentences coded in a tuning part already, and their near-copies, are left out."""
    lo, _, hi = spec.partition("-")
    pattern = re.compile(grep, re.IGNORECASE) if grep else None
    if kumparan_dir() is None:
        raise SystemExit("error: the nlp-id wheel is not installed (pip install --no-deps nlp-id==0.1.23.0)")
    open_ = kumparan_open()
    freq = Counter(w for t in open_.values() for w in _words(t))
    coded = [_words(open_[r["ref"]["line"]]) for r in load(TUNING)
             if r.get("ref", {}).get("corpus") == "kumparan" and r["ref"].get("line") in open_]
    groups: list[tuple[frozenset[str], list[int]]] = [(w, []) for w in coded]  # a coded sentence's copies are done
    for n, text in sorted(open_.items()):  # grouped over the whole corpus, so that two ranges share no sentence
        if pattern is None or pattern.search(text):
            words = _words(text)
            group = next((g for w, g in groups if len(words & w) >= 0.6 * len(words | w)), None)
            if group is None:
                groups.append((words, [n]))
            else:
                group.append(n)
    best = sorted(max(g, key=lambda n: (min((freq[w] for w in _words(open_[n])), default=0), -n))
                  for _, g in groups[len(coded):] if g)
    for n in best:
        if int(lo) <= n <= int(hi or lo):
            print(f"L{n}\t{open_[n]}")


def _show_lee(spec: str) -> None:
    """Print the sentences of the Lee tuning documents FIRST-LAST (a document repeating an earlier one is left out)."""
    if lee_dir() is None:
        raise SystemExit("error: the gensim wheel is not installed (pip install --no-deps gensim)")
    lo, _, hi = spec.partition("-")
    docs, first = lee_documents(lee_dir() / LEE_FILE), lee_first_seen(lee_dir() / LEE_FILE)
    for d, doc in enumerate(docs, 1):
        if int(lo) <= d <= int(hi or lo) and first[d - 1] == d:
            print(f"D{d}")
            for n, text in enumerate(split_sentences(doc), 1):
                print(f"  S{n}\t{text}")


def _diagnose(records: list[dict], predicted: dict[str, list], show: bool) -> None:
    """Print the misses by the first layer that fails, by type; with ``show`` every miss with its text, by layer."""
    from diagnose import LAYERS, by_length, diagnose, miss_layers, render, render_by_length, render_by_type

    print(render(diagnose(records, predicted)))
    print(render_by_type(diagnose(records, predicted, by_type=True)))
    print(render_by_length(by_length(records, lambda article: predicted[article.id])))
    if show:
        misses = sorted(miss_layers(records, predicted), key=lambda x: LAYERS.index(x[2]))
        for rec, g, layer, reading in misses:
            read = f" (read as {reading})" if reading else ""
            print(f"[{layer}{read}] {rec['id']}: {g['type']} {g['source']}>{g.get('target') or '-'} "
                  f"[{g.get('trigger') or ''}]  | {rec.get('text', '')}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--file", type=Path, default=TUNING)
    ap.add_argument("--show", action="store_true", help="print every miss and false alarm with its text")
    ap.add_argument("--in-documents", action="store_true", help="code each NTREX document as one article")
    ap.add_argument("--outlet-home", action="store_true",
                    help="code the Lee and kumparan texts with their outlet's home country (AUS, IDN: blind.OUTLET_HOMES)")
    ap.add_argument("--lines", help="print the NTREX lines FIRST-LAST that may be coded, in both languages")
    ap.add_argument("--ud", nargs=2, metavar=("FILE", "FIRST-LAST"),
                    help="print sentences FIRST-LAST (1-based) of a UD file that may be coded, with their sent_id")
    ap.add_argument("--ner", nargs=2, metavar=("FILE", "FIRST-LAST"), help="print sentences of a NER corpus file")
    ap.add_argument("--kumparan", metavar="FIRST-LAST",
                    help="print the kumparan sentences whose first token's line is in FIRST-LAST and that may be coded")
    ap.add_argument("--lee", metavar="FIRST-LAST", help="print the sentences of the Lee tuning documents FIRST-LAST")
    ap.add_argument("--grep", help="with --kumparan: only sentences matching this regular expression (case-insensitive)")
    ap.add_argument("--diagnose", action="store_true",
                    help="count the misses by the first layer that fails (bench/diagnose.py); with --show, every miss "
                         "with its layer and text, grouped by layer")
    args = ap.parse_args(argv)
    if not (args.shared / NTREX_DOCS).is_file():
        print(f"not scored: {args.shared / NTREX_DOCS} is not present", file=sys.stderr)
        return 0
    if args.file.resolve() == BLIND.resolve():
        print("error: the blind set is scored by bench/blind.py, counts only", file=sys.stderr)
        return 1
    if args.lines:
        _show_lines(args.shared, args.lines)
        return 0
    if args.ud:
        _show_ud(args.shared, *args.ud)
        return 0
    if args.kumparan:
        _show_kumparan(args.kumparan, args.grep)
        return 0
    if args.lee:
        _show_lee(args.lee)
        return 0
    if args.ner:
        lo, _, hi = args.ner[1].partition("-")
        for n, text in enumerate(ner_sentences(args.shared, args.ner[0]), 1):
            if int(lo) <= n <= int(hi or lo):
                print(f"S{n}\t{text}")
        return 0
    try:
        predicted: dict[str, list] = {}
        records, sc = score(args.file, args.shared, args.in_documents, OUTLET_HOMES if args.outlet_home else None,
                            predicted)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"{args.file.name}: {len(records)} sentences, {sum(len(r['events']) for r in records)} events coded")
    for name, c in [("overall", sc.overall), *sorted(sc.by_lang.items())]:
        print(f"  {name:<8} P {c.precision:.3f} R {c.recall:.3f} F1 {c.f1:.3f}  TP {c.tp} FP {c.fp} FN {c.fn}")
    parts = sorted({part_of(r) for r in records})
    if len(parts) > 1:
        from warta.api import extract_article
        from warta.evaluate import evaluate_records

        for p in parts:
            ps = evaluate_records([r for r in records if part_of(r) == p], extract_article)
            print(f"  part {p}: " + ", ".join(f"{lang} F1 {c.f1:.3f} (TP {c.tp} FP {c.fp} FN {c.fn})"
                                                for lang, c in sorted(ps.by_lang.items())))  # fmt: skip
    if args.diagnose:
        _diagnose(records, predicted, args.show)
    elif args.show:
        for rid, text, g in sc.misses:
            print(f"MISS {rid}: {g['type']} {g['source']}>{g.get('target') or '-'}  | {text}")
        for rid, text, p in sc.false_alarms:
            print(f"FA   {rid}: {p}  | {text[:300]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
