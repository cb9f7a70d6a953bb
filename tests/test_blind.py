"""The blind set (blind/blind.jsonl) is well-formed; its references resolve when ../shared is present.

Nothing here runs the coder on the blind set or checks its score: see DEVELOPERS.md.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

from sentence_sets import check_event

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
BENCH = REPO / "bench"


def _load(name: str):
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


blind = _load("blind")
crosslingual = _load("crosslingual")
kumparan = _load("kumparan")
lee = _load("lee")

RECORDS = blind.load_blind()
def test_records_are_well_formed_and_hold_no_text():
    assert len(RECORDS) >= 300
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    for rec in RECORDS:
        where = f"blind.jsonl:{rec['_line']}"
        assert "text" not in rec, where
        assert rec["lang"] in ("en", "id"), where
        assert rec["date"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", rec["date"]), where
        ref = rec["ref"]
        if ref["corpus"] == "ntrex":
            assert ref["lang"] == rec["lang"] and isinstance(ref["line"], int) and ref["line"] >= 1, where
            assert rec["id"] == f"blind-ntrex-{rec['lang']}-L{ref['line']}", where
        elif ref["corpus"] == "kumparan":
            assert ref["file"] == "dataset_postag.txt" and isinstance(ref["line"], int) and ref["line"] >= 1, where
            assert rec["lang"] == "id" and rec["id"] == f"blind-kumparan-id-L{ref['line']}", where
        elif ref["corpus"] == "lee":
            assert ref["file"] == lee.BLIND_FILE and rec["lang"] == "en" and rec["date"] == lee.DATE, where
            assert rec["id"] == f"blind-lee-en-D{ref['doc']}-S{ref['sentence']}", where
        else:
            assert ref["corpus"] == "ud" and ref["file"].endswith(".conllu") and ref["sent_id"], where
        assert blind.part_of(rec) in ("issue-7", "issue-11", "lee"), where
        assert isinstance(rec["events"], list), where


def test_the_issue_11_part_adds_enough_sentences():
    part = [r for r in RECORDS if blind.part_of(r) == "issue-11"]
    by_lang = Counter(r["lang"] for r in part)
    assert len(part) >= 100 and by_lang["id"] >= 60 and by_lang["en"] >= 50, by_lang
    first = {r["ref"].get("doc") for r in RECORDS if blind.part_of(r) == "issue-7"}
    assert not {r["ref"].get("doc") for r in part if r["ref"]["corpus"] == "ntrex"} & first


def test_events_use_the_guidelines_vocabulary():
    for rec in RECORDS:
        for ev in rec["events"]:
            check_event(ev, f"blind.jsonl:{rec['_line']} {ev}")


def test_languages_are_independent_samples():
    docs = {lang: {r["ref"]["doc"] for r in RECORDS if r["ref"]["corpus"] == "ntrex" and r["lang"] == lang}
            for lang in ("en", "id")}  # fmt: skip
    assert docs["en"] and docs["id"] and not docs["en"] & docs["id"]
    by_lang = Counter(r["lang"] for r in RECORDS)
    assert by_lang["en"] >= 150 and by_lang["id"] >= 150


def test_types_spread():
    required = Counter(ev["type"] for r in RECORDS for ev in r["events"] if not ev["optional"])
    assert len(required) >= 14, required


@pytest.mark.skipif(not (SHARED / "data" / "parallel").is_dir(), reason="../shared is not present")
def test_refs_resolve_to_unseen_whole_documents():
    full = blind.materialise(RECORDS, SHARED)
    assert all(r["text"].strip() for r in full)
    gold = [
        json.loads(line)
        for line in (SHARED / "gold" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
        if line
    ]
    dev_lines = {int(g["id"].split("-")[1][1:]) for g in gold if g["id"].startswith("ntrex-L")}
    docs = blind.ntrex_documents(SHARED)
    chosen: dict[tuple[str, str], set[int]] = {}
    for rec in RECORDS:
        if rec["ref"]["corpus"] == "ntrex":
            assert rec["ref"]["line"] not in dev_lines, rec["id"]
            chosen.setdefault((rec["lang"], rec["ref"]["doc"]), set()).add(rec["ref"]["line"])
    for (lang, doc), lines in chosen.items():
        whole = {i for i, d in enumerate(docs, 1) if d == doc and i not in dev_lines}
        assert lines == whole, (lang, doc, sorted(whole - lines))


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


KUMPARAN = kumparan.data_dir()


@pytest.mark.skipif(KUMPARAN is None, reason="the nlp-id wheel is not installed")
def test_kumparan_refs_resolve_to_distinct_sentences():
    # the corpus holds augmented near-copies of its sentences (one word re-affixed): one of each is kept
    refs = [r for r in RECORDS if r["ref"]["corpus"] == "kumparan"]
    texts = [r["text"] for r in blind.materialise(refs, SHARED)]
    assert len(texts) == len(refs) and all(t.strip() for t in texts)
    words = [_words(t) for t in texts]
    for i in range(len(words)):
        for j in range(i + 1, len(words)):
            overlap = len(words[i] & words[j]) / len(words[i] | words[j])
            assert overlap < 0.6, (refs[i]["id"], refs[j]["id"])


def _fake_kumparan(tmp_path: Path) -> Path:
    folder = tmp_path / "nlp_id_data"
    folder.mkdir()
    (folder / "dataset_postag.txt").write_text(
        "Polisi\tNNP\nmenahan\tVB\n2\tCD\norang\tNN\n.\tZ\n\n"
        "Menteri\tNN\n(\tZ\nMenlu\tNNP\n)\tZ\nbertemu\tVB\n\"\tZ\nKadin\tNNP\n\"\tZ\n.\tZ\n"
    )
    return folder


def test_kumparan_sentences_are_named_by_their_first_line(tmp_path):
    sents = kumparan.sentences(_fake_kumparan(tmp_path) / "dataset_postag.txt")
    assert sents == {1: "Polisi menahan 2 orang.", 7: 'Menteri (Menlu) bertemu "Kadin".'}


def _write_refs(tmp_path: Path, lang: str, refs: list[dict]) -> Path:
    """A blind file ``b.jsonl`` of records r0, r1 ... with these references and no events."""
    path = tmp_path / "b.jsonl"
    path.write_text("".join(json.dumps({"id": f"r{i}", "lang": lang, "events": [], "ref": ref}) + "\n"
                            for i, ref in enumerate(refs)))  # fmt: skip
    return path


def test_materialise_reads_kumparan_or_skips_it(tmp_path):
    shared, folder = _fake_shared(tmp_path), _fake_kumparan(tmp_path)
    path = _write_refs(tmp_path, "id", [{"corpus": "kumparan", "file": "dataset_postag.txt", "line": n} for n in (7, 1)])
    records = blind.load_blind(path)
    texts = [r["text"] for r in blind.materialise(records, shared, path, kumparan=folder)]
    assert texts == ['Menteri (Menlu) bertemu "Kadin".', "Polisi menahan 2 orang."]
    assert blind.materialise(records, shared, path, kumparan=None) == []
    path.write_text(path.read_text().replace('"line": 1}', '"line": 2}'))
    with pytest.raises(ValueError, match=r"b\.jsonl:2: line 2 of dataset_postag\.txt does not start a sentence"):
        blind.materialise(blind.load_blind(path), shared, path, kumparan=folder)
    path.write_text(path.read_text().replace("dataset_postag.txt", "other.txt"))
    with pytest.raises(ValueError, match=r"b\.jsonl:1: kumparan file 'other\.txt' not found"):
        blind.materialise(blind.load_blind(path), shared, path, kumparan=folder)


def test_lee_sentences_are_cut_by_their_own_rule():
    text = ('Mr Howard met Dr. Smith in Canberra. "We agreed," he said. U.S. envoy J. Doe left at 4:00pm. '
            "Talks resume on Jan. 5! Was it 3.5 per cent? yes")
    assert lee.split_sentences(text) == ["Mr Howard met Dr. Smith in Canberra.", '"We agreed," he said.',
                                         "U.S. envoy J. Doe left at 4:00pm.", "Talks resume on Jan. 5!",
                                         "Was it 3.5 per cent? yes"]  # fmt: skip


def _fake_lee(tmp_path: Path) -> Path:
    folder = tmp_path / "test_data"
    folder.mkdir()
    (folder / "lee.cor").write_bytes("Rebels shelled the port. Police arrested 3 men over a \xa35 theft.\n\nTroops left.\n"
                                     .encode("latin-1"))  # fmt: skip
    return folder


def test_materialise_reads_lee_or_skips_it(tmp_path):
    shared, folder = _fake_shared(tmp_path), _fake_lee(tmp_path)
    path = _write_refs(tmp_path, "en", [{"corpus": "lee", "file": "lee.cor", "doc": d, "sentence": n}
                                        for d, n in ((3, 1), (1, 2))])  # fmt: skip
    records = blind.load_blind(path)
    texts = [r["text"] for r in blind.materialise(records, shared, path, lee=folder)]
    assert texts == ["Troops left.", "Police arrested 3 men over a \xa35 theft."]
    assert blind.materialise(records, shared, path, lee=None) == []
    path.write_text(path.read_text().replace('"doc": 3', '"doc": 2'))
    with pytest.raises(ValueError, match=r"b\.jsonl:1: lee\.cor has no document 2 with a sentence 1"):
        blind.materialise(blind.load_blind(path), shared, path, lee=folder)


LEE = lee.data_dir()


@pytest.mark.skipif(LEE is None, reason="the gensim wheel is not installed")
def test_the_lee_files_are_distinct_news_documents():
    blind_docs, tuning_docs = lee.documents(LEE / lee.BLIND_FILE), lee.documents(LEE / lee.TUNING_FILE)
    assert len(blind_docs) == 50 and len(tuning_docs) == 300 and not set(blind_docs) & set(tuning_docs)
    assert len(lee.sentences(LEE / lee.BLIND_FILE)) > 100


def test_parts():
    assert blind.part_of({"id": "x"}) == "issue-7"
    assert blind.part_of({"id": "x", "part": "issue-11"}) == "issue-11"


def _fake_shared(tmp_path: Path) -> Path:
    par = tmp_path / "data" / "parallel"
    par.mkdir(parents=True)
    (par / "ntrex-newstest2019.en.txt").write_text("The mayor opened a bridge.\nRebels shelled the port.\n")
    (par / "ntrex-newstest2019.id.txt").write_text(
        "Wali kota membuka jembatan.\nPemberontak menembaki pelabuhan.\n"
    )
    (par / "ntrex-document-ids.tsv").write_text("doc.a\tx\ndoc.b\tx\n")
    ud = tmp_path / "data" / "ud"
    ud.mkdir()
    (ud / "t.conllu").write_text("# sent_id = s1\n# text = Polisi menahan dua orang.\n1\tPolisi\n\n")
    return tmp_path


def _blind_file(tmp_path: Path, refs: list[dict]) -> Path:
    path = tmp_path / "b.jsonl"
    path.write_text("".join(json.dumps({"id": f"r{i}", "ref": ref, "lang": "en", "events": []}) + "\n"
                            for i, ref in enumerate(refs)))  # fmt: skip
    return path


def test_materialise_reads_texts_by_reference(tmp_path):
    shared = _fake_shared(tmp_path)
    path = _blind_file(tmp_path, [{"corpus": "ntrex", "lang": "id", "line": 2, "doc": "doc.b"},
                                  {"corpus": "ud", "file": "t.conllu", "sent_id": "s1"}])  # fmt: skip
    texts = [r["text"] for r in blind.materialise(blind.load_blind(path), shared, path)]
    assert texts == ["Pemberontak menembaki pelabuhan.", "Polisi menahan dua orang."]


@pytest.mark.parametrize(
    "ref, message",
    [({"corpus": "ntrex", "lang": "en", "line": 3}, "line 3 does not exist"),
     ({"corpus": "ntrex", "lang": "en", "line": 1, "doc": "doc.b"}, "not in document doc.b"),
     ({"corpus": "ud", "file": "t.conllu", "sent_id": "s9"}, "sent_id 's9'"),
     ({"corpus": "news"}, "unknown corpus")],
)  # fmt: skip
def test_a_bad_reference_names_file_and_line(tmp_path, ref, message):
    shared = _fake_shared(tmp_path)
    path = _blind_file(tmp_path, [{"corpus": "ntrex", "lang": "en", "line": 1}, ref])
    with pytest.raises(ValueError, match=rf"b\.jsonl:2: .*{re.escape(message)}"):
        blind.materialise(blind.load_blind(path), shared, path)


def test_scripts_stop_cleanly_without_shared(tmp_path, capsys):
    assert blind.main(["--shared", str(tmp_path)]) == 0
    assert crosslingual.main(["--shared", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert "not scored" in err and "not measured" in err


def test_agreement_formula():
    a = Counter({("ASSAULT", "SYR", "SYR"): 2, ("ACCUSE", "USA", "CHN"): 1})
    b = Counter({("ASSAULT", "SYR", "SYR"): 1, ("REQUEST", "USA", ""): 1})
    assert crosslingual.line_agreement(a, b) == (2, 5)
    assert crosslingual.agreement([(a, b), (Counter(), Counter())]) == pytest.approx(2 / 5)
    assert crosslingual.agreement([(a, a)]) == 1.0
    assert crosslingual.agreement([]) == 0.0


def test_render_prints_counts_per_language_and_part():
    row = {"P": 0.5, "R": 0.25, "F1": 0.333, "TP": 1, "FP": 1, "FN": 3}
    result = {"sentences": {"en": 3, "id": 2}, "overall": row, "by_lang": {"en": row, "id": row},
              "by_part": {"issue-11": {"sentences": 2, "by_lang": {"id": row}}},
              "misses_by_type": {"en": {"ACCUSE": 3}, "id": {}}, "false_alarms_by_type": {"en": {}, "id": {}},
              "fields": {"negated": 1.0}, "matched_pairs": 1}  # fmt: skip
    text = blind.render(result)
    assert "blind set: 5 sentences (en 3, id 2)" in text
    assert re.search(r"part issue-11 id\s+0\.500\s+0\.250\s+0\.333\s+1\s+1\s+3", text)
    assert "  en: ACCUSE 3" in text and "  id: none" in text
    assert "field accuracy over 1 matched pairs: negated 1.00" in text


def test_diagnose_counts_each_missed_event_once_per_type_and_layer():
    diagnose = _load("diagnose")
    from warta.api import extract

    records = [
        {"id": "a", "lang": "en", "text": "The weather was mild in Oslo on Tuesday.",
         "events": [{"type": "ACCUSE", "source": "NOR", "target": "SWE"}]},
        {"id": "b", "lang": "en", "text": "Norway criticised Sweden on Tuesday.",
         "events": [{"type": "ACCUSE", "source": "NOR", "target": "SWE"},
                    {"type": "THREATEN", "source": "NOR", "target": "SWE"},
                    {"type": "ASSAULT", "source": "FJI", "target": "SWE", "optional": True}]},
    ]  # fmt: skip
    predicted = {r["id"]: extract(r["text"], lang="en") for r in records}
    assert [(e.type, e.source.code[:3]) for e in predicted["b"]] == [("ACCUSE", "NOR")]
    by_layer = diagnose.diagnose(records, predicted)
    by_type = diagnose.diagnose(records, predicted, by_type=True)
    assert by_layer == Counter({("en", "no trigger"): 1, ("en", "trigger of another type"): 1})
    assert by_type == Counter({("en", "ACCUSE", "no trigger"): 1, ("en", "THREATEN", "trigger of another type"): 1})
    text = diagnose.render_by_type(by_type)
    assert "    ACCUSE (1): no trigger 1" in text and "    THREATEN (1): trigger of another type 1" in text


def test_miss_layers_names_each_missed_event_with_its_layer():
    diagnose = _load("diagnose")
    from warta.api import extract

    records = [{"id": "b", "lang": "en", "text": "Norway criticised Sweden on Tuesday.",
                "events": [{"type": "ACCUSE", "source": "NOR", "target": "SWE"},
                           {"type": "THREATEN", "source": "NOR", "target": "SWE", "trigger": "criticised"},
                           {"type": "REJECT", "source": "FJI", "target": "SWE", "optional": True}]}]  # fmt: skip
    predicted = {"b": extract(records[0]["text"], lang="en")}
    got = [(g["type"], layer, reading) for _rec, g, layer, reading in diagnose.miss_layers(records, predicted)]
    assert got == [("THREATEN", "its word of another type", "ACCUSE")]


def test_dropped_by_counts_misses_by_the_fate_of_their_types_candidates():
    diagnose = _load("diagnose")
    from warta.api import explain_article
    from warta.io import article_from_record

    records = [
        {"id": "a", "lang": "en", "text": "The weather was mild in Oslo on Tuesday.",
         "events": [{"type": "ACCUSE", "source": "NOR", "target": ""}]},
        {"id": "b", "lang": "en", "text": "Norway criticised Sweden on Tuesday.",
         "events": [{"type": "ACCUSE", "source": "NOR", "target": "SWE"},
                    {"type": "ACCUSE", "source": "NOR", "target": "DNK"}]},
        {"id": "c", "lang": "en", "text": "Norway sanctioned.",
         "events": [{"type": "SANCTION", "source": "NOR", "target": "SWE"}]},
    ]  # fmt: skip
    predicted, traces = {}, {}
    for r in records:
        predicted[r["id"]], traces[r["id"]] = explain_article(article_from_record(r, r["id"]))
    counts = diagnose.dropped_by(records, predicted, traces)
    assert counts[("en", "ACCUSE", "no candidate of its type")] == 1
    assert counts[("en", "ACCUSE", diagnose.NO_TARGET)] == 1  # the missed event of "a" has no target
    assert counts[("en", "ACCUSE", "coded with other actors")] == 1  # "b": NOR>SWE matched, NOR>DNK missed
    dropped = [w for (_l, t, w), n in counts.items() if t == "SANCTION"]
    assert dropped and all(w not in ("no candidate of its type", "coded with other actors") for w in dropped), counts
    text = diagnose.render_dropped(counts)
    assert "  en (3; with no target in the gold 1): " in text
    assert "    ACCUSE: " in text and "(no target in the gold: 1)" in text


def test_actor_kinds_count_the_gold_actor_each_actor_layer_lacks():
    diagnose = _load("diagnose")
    from warta.api import extract

    assert [diagnose.actor_kind(c) for c in ("USAGOV", "NGAREBMIL", "IGOUNO", "NGOAMN", "FJI", "ANON", "")] == [
        "GOV", "REB+MIL", "IGO", "NGO", "state", "ANON", "state"]  # fmt: skip
    records = [{"id": "b", "lang": "en", "text": "Norway's plan was criticised on Tuesday by the police.",
                "events": [{"type": "ACCUSE", "source": "FJIGOV", "target": "SWE"},
                           {"type": "ACCUSE", "source": "NOR", "target": "IGOUNO"},
                           {"type": "ACCUSE", "source": "FJICOP", "target": "SWE"}]}]  # fmt: skip
    predicted = {"b": extract(records[0]["text"], lang="en")}
    assert predicted["b"] == []
    kinds: Counter = Counter()
    diagnose.diagnose(records, predicted, actor_kinds=kinds)
    assert kinds == Counter({("en", "no source actor", "GOV"): 1, ("en", "no target actor", "IGO"): 1,
                             ("en", "source of no country", "COP"): 1})  # fmt: skip
    text = diagnose.render_actor_kinds(kinds)
    assert "  en no source actor: GOV 1" in text and "  en no target actor: IGO 1" in text


def test_by_length_scores_each_length_bucket_apart():
    diagnose = _load("diagnose")
    from warta.api import extract

    assert [diagnose.length_bucket(" ".join(["w"] * n)) for n in (1, 15, 16, 25, 26, 40, 41)] == [
        "<=15", "<=15", "16-25", "16-25", "26-40", "26-40", ">40"]  # fmt: skip
    long = "Norway criticised Sweden on Tuesday, " + "and the talks went on for hours " * 3 + "in Oslo."
    records = [{"id": "s", "lang": "en", "text": "Norway criticised Sweden on Tuesday.",
                "events": [{"type": "ACCUSE", "source": "NOR", "target": "SWE"}]},
               {"id": "l", "lang": "en", "text": long,
                "events": [{"type": "THREATEN", "source": "NOR", "target": "SWE"}]}]  # fmt: skip
    predicted = {r["id"]: extract(r["text"], lang="en") for r in records}
    table = diagnose.by_length(records, lambda article: predicted[article.id])
    assert table == {"en": {"<=15": (1, 1, 0, 0), "26-40": (1, 0, 1, 1)}}, table
    text = diagnose.render_by_length(table)
    assert "  en: <=15 (1: 1/0/0, R 1.00), 26-40 (1: 0/1/1, R 0.00)" in text
