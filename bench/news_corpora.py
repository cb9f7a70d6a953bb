"""The unlabelled news sentences that the bench's frequency tools read (``actor_frequency``, ``title_frequency``,
``verb_frequency``, ``firing_sample``; session 25): one place that says which texts may be read for counting and
which may not.

Read, per language:
  id: kumparan's open sentences (``realnews.kumparan_open``: the blind set's sentences and their near-copies are
      closed), the cased NER corpus sentences (``realnews.NER_FILES``), the NTREX lines of ``realnews.allowed_lines``
      (documents with no blind line, lines not in the dev gold), the Indonesian PUD sentences;
  en: the NTREX lines of ``realnews.allowed_lines``, Lee documents 1-``LEE_OPEN_LAST`` of ``lee_background.cor``
      (``bench/lee.py``; a document that repeats an earlier one is read once), the news sentences of GUM
      (``GUM_news_``) and the English PUD sentences.
Never read: the blind set's texts (any NER or UD sentence it references is left out; its refs are read, never its
texts), ``lee.cor``, and Lee documents after ``LEE_OPEN_LAST`` (a held-back part while one is coded from them; since
the twenty-eighth session all 300 documents of ``lee_background.cor`` are open: AF, 266-300, the last held back, was
freed then).
A sentence carries its outlet's home country where the corpus has one outlet (kumparan and the NER news: IDN; Lee:
ABC news, AUS), for ``Article.home``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from blind import BLIND, DEFAULT_SHARED, _ud_texts, load_blind, ntrex_lines
from lee import TUNING_FILE, data_dir, documents, first_seen, split_sentences
from realnews import NER_FILES, UD_FILES, allowed_lines, kumparan_open, ner_sentences

LEE_OPEN_LAST = 300  # every document of lee_background.cor (AF, 266-300, freed in the twenty-eighth session)
UD_NEWS = {"id": ("id_pud-ud-test.conllu",),
           "en": ("en_pud-ud-test.conllu", "en_gum-ud-dev.conllu", "en_gum-ud-test.conllu")}


@dataclass(frozen=True)
class NewsSentence:
    label: str  # where it comes from: "kumparan-L191", "ner-idner2k_train.txt-12", "lee-D12-S3", "ntrex-L23", ...
    text: str
    home: str | None  # the outlet's country where the corpus has one outlet, else None


def _closed_refs() -> frozenset[str]:
    """The blind set's refs (never its texts), as canonical JSON."""
    return frozenset(json.dumps(r.get("ref"), sort_keys=True) for r in load_blind(BLIND))


@cache
def sentences(lang: str, shared: Path = DEFAULT_SHARED) -> tuple[NewsSentence, ...]:
    """Every unlabelled news sentence of ``lang`` the tools may read (the module's docstring says which)."""
    closed = _closed_refs()
    out: list[NewsSentence] = []
    lines = ntrex_lines(shared, lang)
    out += [NewsSentence(f"ntrex-L{n}", lines[n - 1], None) for n in allowed_lines(shared) if n - 1 < len(lines)]
    if lang == "id":
        out += [NewsSentence(f"kumparan-L{n}", t, "IDN") for n, t in sorted(kumparan_open().items())]
        for name in NER_FILES:
            if not (shared / "data" / "ner" / name).is_file():
                continue
            for i, t in enumerate(ner_sentences(shared, name), 1):
                if json.dumps({"corpus": "ner", "file": name, "sentence": i}, sort_keys=True) not in closed:
                    out.append(NewsSentence(f"ner-{name}-{i}", t, "IDN"))
    else:
        folder = data_dir()
        if folder is not None:
            file = folder / TUNING_FILE
            seen = first_seen(file)
            for d, doc in enumerate(documents(file)[:LEE_OPEN_LAST], 1):
                if seen[d - 1] == d:
                    out += [NewsSentence(f"lee-D{d}-S{s}", t, "AUS") for s, t in enumerate(split_sentences(doc), 1)]
    for name in UD_NEWS[lang]:
        assert name in UD_FILES
        path = shared / "data" / "ud" / name
        if not path.is_file():
            continue
        for sid, t in _ud_texts(path).items():
            if name.startswith("en_gum") and not sid.startswith("GUM_news_"):
                continue
            if json.dumps({"corpus": "ud", "file": name, "sent_id": sid}, sort_keys=True) not in closed:
                out.append(NewsSentence(f"ud-{name}-{sid}", t, None))
    return tuple(out)


def texts(lang: str, shared: Path = DEFAULT_SHARED) -> list[str]:
    """The sentences' texts alone."""
    return [s.text for s in sentences(lang, shared)]
