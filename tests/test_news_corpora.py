"""bench/news_corpora.py: the unlabelled news the frequency tools read never holds a held-back Lee document, lee.cor,
a blind kumparan sentence or a sentence the blind set references (checked by refs, never by reading blind texts)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import news_corpora  # noqa: E402
from blind import BLIND, DEFAULT_SHARED, load_blind  # noqa: E402

pytestmark = pytest.mark.skipif(not (DEFAULT_SHARED / "data" / "parallel").is_dir(), reason="needs ../shared")


def _blind_refs() -> list[dict]:
    return [r["ref"] for r in load_blind(BLIND)]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_blind_sentence_is_read(lang):
    labels = {s.label for s in news_corpora.sentences(lang)}
    for ref in _blind_refs():
        corpus = ref.get("corpus")
        if corpus == "ntrex":
            assert f"ntrex-L{ref['line']}" not in labels
        elif corpus == "kumparan":
            assert f"kumparan-L{ref['line']}" not in labels
        elif corpus == "ud":
            assert f"ud-{ref['file']}-{ref['sent_id']}" not in labels
        elif corpus == "ner":
            assert f"ner-{ref['file']}-{ref['sentence']}" not in labels


def test_held_back_lee_documents_are_never_read():
    docs = {int(m.group(1)) for s in news_corpora.sentences("en") if (m := re.match(r"lee-D(\d+)-", s.label))}
    if not docs:
        pytest.skip("the gensim wheel (Lee corpus) is not installed")
    assert max(docs) <= news_corpora.LEE_OPEN_LAST == 300


def test_every_sentence_has_text_and_a_home_only_where_the_corpus_has_one_outlet():
    for lang, homes in (("id", {"kumparan": "IDN", "ner": "IDN"}), ("en", {"lee": "AUS"})):
        for s in news_corpora.sentences(lang):
            assert s.text.strip()
            assert s.home == homes.get(s.label.split("-")[0])
