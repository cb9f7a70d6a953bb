"""Dependency parses of warta's own tokens, from the parsers trained by ``scripts/train_parsers.py``.

The trained spaCy pipelines (tok2vec → morphologizer → parser, Universal Dependencies labels) ship
in ``warta/models/<lang>/``. A parser is loaded lazily, once per process and language, on the first
sentence asked for, so callers can parse only the sentences they need (``parse_tokens``) or many at
once (``parse_many``). The result is a frozen :class:`Parse`: per token the head index, the UD
relation, UPOS and FEATS, with helpers to walk the tree.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from warta.conllu import ConlluSentence, ConlluWord, with_analysis
from warta.model import Token

__all__ = [
    "ROOT",
    "DependencyParser",
    "Parse",
    "ParserUnavailable",
    "ParserUsage",
    "available_languages",
    "load_parser",
    "model_dir",
    "parse_conllu_sentences",
    "parse_many",
    "parse_text",
    "parse_tokens",
    "usage",
]

ROOT = -1  # head of the sentence's root token
MEMO_SENTENCES = 4096  # the parses a parser keeps, the least recently asked for dropped first
# the words a parser may add to its vocabulary before it is loaded afresh: spaCy keeps every word a Doc brings (its
# lexeme and string) for the life of the pipeline, so a long ingest would grow without bound (about 60 MB for 120,000
# new words); the parses do not depend on what the vocabulary holds (the features are hashes of each word's own text)
VOCAB_GROWTH = 200_000
PRETOKENIZED = "warta.pretokenized.v1"


def _register_pretokenized(spacy: Any) -> None:
    """A spaCy tokenizer with no rules: the parser only ever receives warta's (or a file's) tokens."""
    if PRETOKENIZED in spacy.registry.tokenizers:
        return

    def factory():
        from spacy.tokenizer import Tokenizer

        return lambda nlp: Tokenizer(nlp.vocab)

    spacy.registry.tokenizers.register(PRETOKENIZED, func=factory)


def _matmul_seconds(ops: Any) -> float:
    """The best of three timings of a product of the tok2vec's order of size on ``ops``."""
    import numpy

    rng = numpy.random.default_rng(0)
    a, b = rng.random((64, 384), dtype="float32"), rng.random((384, 384), dtype="float32")
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        for _ in range(10):
            ops.gemm(a, b)
        best = min(best, time.perf_counter() - t0)
    return best


def _one_blas_thread() -> Callable[[], contextlib.AbstractContextManager]:
    """A context limiting numpy's BLAS to one thread while a sentence is parsed (threaded BLAS on tiny
    matrices only waits for its threads, five times slower under load), or a no-op without threadpoolctl."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # pragma: no cover - a base dependency
        return contextlib.nullcontext
    controller = ThreadpoolController()
    return lambda: controller.limit(limits=1, user_api="blas")


def _faster_ops(nlp: Any, one_thread: Callable[[], contextlib.AbstractContextManager]) -> str:
    """Run the models on numpy's BLAS instead of the ``blis`` wheel's kernels where that measures faster.

    The ``blis`` wheel picks a kernel for the CPU at import; on CPUs it has no kernel for it runs a generic
    one, 2.6-3x slower than single-threaded OpenBLAS on the parser's shapes (``BLIS_ARCH_DEBUG=1`` tells).
    Both give the same parses. Returns the name of the ops chosen."""
    from thinc.api import NumpyOps

    blis, plain = NumpyOps(use_blis=True), NumpyOps(use_blis=False)
    with one_thread():
        if _matmul_seconds(plain) >= 0.9 * _matmul_seconds(blis):
            return "blis"
    _use_numpy_ops(nlp)
    return "numpy"


def _use_numpy_ops(nlp: Any) -> None:
    """Every layer of the pipeline's models on numpy's BLAS (see :func:`_faster_ops`)."""
    from thinc.api import NumpyOps

    plain = NumpyOps(use_blis=False)
    for _name, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        for node in model.walk() if model is not None else ():
            node.ops = plain


class ParserUnavailable(RuntimeError):
    """No trained model for the language (or spaCy is missing)."""


@dataclass(frozen=True, slots=True)
class Parse:
    """A dependency tree over one sentence's tokens; indices are 0-based token positions."""

    words: tuple[str, ...]
    heads: tuple[int, ...]  # head index per token, ROOT (-1) for the root
    deprels: tuple[str, ...]  # UD relation per token ("nsubj", "obl:agent", "root", ...)
    upos: tuple[str, ...]
    feats: tuple[str, ...]  # UD FEATS per token ("" when none)
    kids: tuple[tuple[int, ...], ...]  # children per token, in order

    @classmethod
    def build(cls, words: Sequence[str], heads: Sequence[int], deprels: Sequence[str],
              upos: Sequence[str], feats: Sequence[str] | None = None) -> Parse:
        n = len(words)
        if not (len(heads) == len(deprels) == len(upos) == n) or (feats is not None and len(feats) != n):
            raise ValueError("words, heads, relations and tags differ in length")
        kids: list[list[int]] = [[] for _ in range(n)]
        for i, h in enumerate(heads):
            if h == ROOT:
                continue
            if not 0 <= h < n or h == i:
                raise ValueError(f"token {i} has head {h}, outside the sentence or itself")
            kids[h].append(i)
        return cls(tuple(words), tuple(heads), tuple(deprels), tuple(upos),
                   tuple(feats) if feats is not None else ("",) * n, tuple(tuple(k) for k in kids))

    def __len__(self) -> int:
        return len(self.words)

    @property
    def roots(self) -> tuple[int, ...]:
        return tuple(i for i, h in enumerate(self.heads) if h == ROOT)

    def children(self, i: int) -> tuple[int, ...]:
        return self.kids[i]

    def dependents(self, i: int, *relations: str) -> tuple[int, ...]:
        """Children of ``i`` whose relation is one of ``relations``; a bare relation (``obl``)
        also matches its subtypes (``obl:agent``), a subtyped one only itself."""
        return tuple(c for c in self.kids[i] if _matches(self.deprels[c], relations))

    def subtree(self, i: int) -> tuple[int, ...]:
        """``i`` and every token below it, in sentence order."""
        out, stack = [], [i]
        while stack:
            j = stack.pop()
            out.append(j)
            stack.extend(self.kids[j])
        return tuple(sorted(out))

    def span(self, i: int) -> tuple[int, int]:
        """First and last token (inclusive) of ``i``'s subtree."""
        sub = self.subtree(i)
        return sub[0], sub[-1]

    def path_to_root(self, i: int) -> tuple[int, ...]:
        """``i``, its head, the head's head, ... up to the root."""
        path = [i]
        while self.heads[path[-1]] != ROOT:
            path.append(self.heads[path[-1]])
            if len(path) > len(self.heads):  # a cycle: cannot come from the parser, guard anyway
                raise ValueError("cycle in the dependency heads")
        return tuple(path)

    def dominates(self, ancestor: int, i: int) -> bool:
        return ancestor in self.path_to_root(i)


def _matches(rel: str, relations: Iterable[str]) -> bool:
    base = rel.split(":", 1)[0]
    return any(r == rel or (":" not in r and r == base) for r in relations)


def model_dir(lang: str) -> Path:
    return Path(str(resources.files("warta") / "models" / lang))


def available_languages() -> tuple[str, ...]:
    root = Path(str(resources.files("warta") / "models"))
    if not root.is_dir():
        return ()
    return tuple(sorted(p.name for p in root.iterdir() if (p / "config.cfg").is_file()))


@dataclass(frozen=True, slots=True)
class ParserUsage:
    """What a parser has done since it was loaded: sentences and words parsed, seconds spent parsing; of them
    ``recalled`` sentences (``recalled_words`` words) were a sentence parsed before, answered from memory."""

    sentences: int = 0
    words: int = 0
    seconds: float = 0.0
    recalled: int = 0
    recalled_words: int = 0

    def __add__(self, other: ParserUsage) -> ParserUsage:
        return ParserUsage(self.sentences + other.sentences, self.words + other.words, self.seconds + other.seconds,
                           self.recalled + other.recalled, self.recalled_words + other.recalled_words)

    def __sub__(self, other: ParserUsage) -> ParserUsage:
        return ParserUsage(self.sentences - other.sentences, self.words - other.words,
                           self.seconds - other.seconds, self.recalled - other.recalled,
                           self.recalled_words - other.recalled_words)

    @property
    def words_per_second(self) -> float:
        """The parser's own speed: words it parsed (not recalled) per second."""
        return (self.words - self.recalled_words) / self.seconds if self.seconds > 0 else 0.0


class DependencyParser:
    """One loaded pipeline. Parses pre-tokenised words (gold or warta's tokens); never re-tokenises."""

    def __init__(self, path: str | Path) -> None:
        path = Path(path)
        if not (path / "config.cfg").is_file():
            raise ParserUnavailable(f"no trained parser in {path}: run scripts/train_parsers.py")
        try:
            import spacy
        except ImportError as exc:  # pragma: no cover - spaCy is a base dependency
            raise ParserUnavailable("spaCy is not installed") from exc
        self.path = path
        # warta hands the parser its own tokens, so spaCy's tokenizer (tens of thousands of special cases,
        # ~20 s to load) is replaced by an empty one
        _register_pretokenized(spacy)
        self._nlp = self._load()
        self._one_thread = _one_blas_thread()
        self.ops = _faster_ops(self._nlp, self._one_thread)
        self.vocab_growth = VOCAB_GROWTH
        self._vocab_base = len(self._nlp.vocab)
        self._reload_lock = threading.Lock()
        self.usage = ParserUsage()
        self._usage_lock = threading.Lock()
        # a sentence met again (a wire story's boilerplate, a quote repeated) is answered from memory: the parse is a
        # function of its words and spaces alone (the models are fixed once loaded), a batch gives the same trees
        self._memo: OrderedDict[tuple[tuple[str, ...], tuple[bool, ...] | None], Parse] = OrderedDict()
        self._memo_lock = threading.Lock()

    def _count(self, sentences: int, words: int, seconds: float, recalled: bool = False) -> None:
        with self._usage_lock:
            self.usage = self.usage + ParserUsage(sentences, words, seconds, sentences if recalled else 0,
                                                  words if recalled else 0)

    @property
    def lang(self) -> str:
        return self._nlp.lang

    def _load(self) -> Any:
        import spacy

        return spacy.load(self.path, exclude=["tokenizer"],
                          config={"nlp": {"tokenizer": {"@tokenizers": PRETOKENIZED}}})

    def _renew_if_grown(self, nlp: Any) -> None:
        """Load the pipeline afresh once the words parsed have grown its vocabulary by ``vocab_growth`` (the same
        weights, so the same parses; a parse under way keeps the pipeline it started with)."""
        if len(nlp.vocab) - self._vocab_base <= self.vocab_growth:
            return
        with self._reload_lock:
            if self._nlp is not nlp:
                return  # another thread renewed it
            fresh = self._load()
            if self.ops == "numpy":  # (the ops measured at the first load, not timed again)
                _use_numpy_ops(fresh)
            self._vocab_base = len(fresh.vocab)
            self._nlp = fresh

    @staticmethod
    def _doc(nlp: Any, words: Sequence[str], spaces: Sequence[bool] | None) -> Any:
        from spacy.tokens import Doc

        # one sentence in, one tree out: the parser may not start a new sentence inside it
        starts = [True] + [False] * (len(words) - 1)
        return Doc(nlp.vocab, words=list(words), spaces=list(spaces) if spaces is not None else None,
                   sent_starts=starts)

    def parse_words(self, words: Sequence[str], spaces: Sequence[bool] | None = None) -> Parse:
        t0 = time.perf_counter()
        key = (tuple(words), tuple(spaces) if spaces is not None else None)
        with self._memo_lock:
            parse = self._memo.get(key)
            if parse is not None:
                self._memo.move_to_end(key)
        if parse is not None:
            self._count(1, len(parse), time.perf_counter() - t0, recalled=True)
            return parse
        nlp = self._nlp
        with self._one_thread():
            parse = _to_parse(nlp(self._doc(nlp, words, spaces)))
        self._renew_if_grown(nlp)
        with self._memo_lock:
            self._memo[key] = parse
            if len(self._memo) > MEMO_SENTENCES:
                self._memo.popitem(last=False)
        self._count(1, len(parse), time.perf_counter() - t0)
        return parse

    def parse_batch(self, sentences: Iterable[tuple[Sequence[str], Sequence[bool] | None]],
                    batch_size: int = 256) -> Iterator[Parse]:
        nlp = self._nlp
        docs = (self._doc(nlp, w, s) for w, s in sentences)
        pipe = nlp.pipe(docs, batch_size=batch_size)
        while True:
            t0 = time.perf_counter()  # the time of the caller's work between two parses is not counted
            with self._one_thread():
                doc = next(pipe, None)
            if doc is None:
                return
            parse = _to_parse(doc)
            self._count(1, len(parse), time.perf_counter() - t0)
            yield parse


def _to_parse(doc: Any) -> Parse:
    # one walk over the tokens (each spaCy Token is built anew on every walk): 40 microseconds a sentence, not 65
    words, heads, deprels, upos, feats = [], [], [], [], []
    for t in doc:
        words.append(t.text)
        head = t.head.i
        if head == t.i:
            heads.append(ROOT)
            deprels.append("root")
        else:
            heads.append(head)
            dep = t.dep_
            deprels.append("root" if dep == "ROOT" else dep)
        upos.append(t.pos_ or "X")
        feats.append(str(t.morph))
    return Parse.build(words, heads, deprels, upos, feats)


_LOCK = threading.Lock()
_PARSERS: dict[str, DependencyParser] = {}


def load_parser(lang: str) -> DependencyParser:
    """The parser for ``lang``, loaded on first use and kept for the life of the process."""
    parser = _PARSERS.get(lang)
    if parser is None:
        with _LOCK:
            parser = _PARSERS.get(lang)
            if parser is None:
                parser = _PARSERS[lang] = DependencyParser(model_dir(lang))
    return parser


def usage(lang: str | None = None) -> ParserUsage:
    """Sentences and words parsed and seconds spent parsing in this process, for ``lang`` or all
    loaded parsers (a parser not loaded yet has parsed nothing)."""
    parsers = [p for code, p in _PARSERS.items() if lang is None or code == lang]
    total = ParserUsage()
    for p in parsers:
        total = total + p.usage
    return total


def _words_spaces(tokens: Sequence[Token]) -> tuple[list[str], list[bool]]:
    words = [t.text for t in tokens]
    spaces = [a.end < b.start for a, b in zip(tokens, tokens[1:], strict=False)] + [False]
    return words, spaces[: len(words)]


def parse_tokens(tokens: Sequence[Token], lang: str) -> Parse:
    """Parse one sentence given as warta tokens (``Sentence.tokens``)."""
    if not tokens:
        return Parse.build((), (), (), ())
    return load_parser(lang).parse_words(*_words_spaces(tokens))


def parse_many(sentences: Iterable[Sequence[Token]], lang: str) -> Iterator[Parse]:
    """Parse several sentences in batches (faster per sentence than ``parse_tokens`` one by one)."""
    parser = load_parser(lang)
    items = list(sentences)
    non_empty = [s for s in items if s]
    parsed = iter(parser.parse_batch(_words_spaces(s) for s in non_empty))
    for s in items:
        yield next(parsed) if s else Parse.build((), (), (), ())


# -- CoNLL-U in and out: what ``warta parse`` calls ---------------------------------------------------


def parse_conllu_sentences(sentences: Iterable[ConlluSentence], lang: str) -> Iterator[ConlluSentence]:
    """Each sentence with UPOS, FEATS, HEAD and DEPREL predicted on its own words (gold tokens)."""
    items = list(sentences)
    parser = load_parser(lang)
    parses = parser.parse_batch(([w.form for w in s.words], [w.space_after for w in s.words]) for s in items)
    for s, p in zip(items, parses, strict=True):
        yield with_analysis(s, _columns(p))


def parse_text(text: str, lang: str, doc_id: str = "stdin") -> Iterator[ConlluSentence]:
    """Segment and tokenise ``text`` as warta does, then parse every sentence."""
    from warta.lexicon.registry import load_language
    from warta.pipeline.segment import Segmenter

    language = load_language(lang)
    sentences = [s for s in Segmenter(language.abbreviations, language.word_classes["clitic"]).split(text) if s.tokens]
    for s, p in zip(sentences, parse_many([s.tokens for s in sentences], lang), strict=True):
        words = []
        for i, (tok, (upos, feats, head, rel)) in enumerate(zip(s.tokens, _columns(p), strict=True)):
            glued = i + 1 < len(s.tokens) and s.tokens[i + 1].start == tok.end
            words.append(ConlluWord(i + 1, tok.text, upos=upos, feats=feats or "_", head=head, deprel=rel,
                                    misc=f"TokenRange={tok.start}:{tok.end}" + ("|SpaceAfter=No" if glued else "")))
        comments = (f"# sent_id = {doc_id}-{s.index + 1}", f"# text = {' '.join(s.text.split())}")
        yield ConlluSentence(tuple(words), comments)


def _columns(p: Parse) -> Iterator[tuple[str, str, int, str]]:
    for upos, feats, head, rel in zip(p.upos, p.feats, p.heads, p.deprels, strict=True):
        yield upos, feats, head + 1, rel  # CoNLL-U: 1-based heads, 0 for the root
