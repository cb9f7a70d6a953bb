"""Integrity of every language's data files: valid codes, frames, no duplicates, errors name file:line."""

import pytest

from warta.knowledge.ontology import PLOVER_TYPES, ontology
from warta.lexicon.registry import WORD_CLASSES, available_languages, load_language
from warta.tsv import LexiconError, read_tsv

LANGS = available_languages()


def test_languages_present():
    assert {"id", "en"} <= set(LANGS)


@pytest.mark.parametrize("lang", LANGS)
def test_triggers_valid(lang):
    language = load_language(lang)
    onto = ontology()
    assert len(language.triggers) > 100
    for entry in language.triggers:
        assert entry.type in PLOVER_TYPES
        assert onto.get(entry.cameo) is not None, entry.where
        assert entry.pattern[0], entry.where


@pytest.mark.parametrize("lang", LANGS)
def test_every_type_has_triggers(lang):
    types = {e.type for e in load_language(lang).triggers}
    assert set(PLOVER_TYPES) <= types


@pytest.mark.parametrize("lang", LANGS)
def test_cues_cover_core_kinds(lang):
    kinds = set().union(*load_language(lang).cues.values())
    for kind in ("say_before", "say_after", "according_to", "deny", "negation", "attempt", "plan", "hypothetical"):
        assert kind in kinds


def test_loader_names_file_and_line(tmp_path):
    bad = tmp_path / "x.tsv"
    bad.write_text("# comment\nid\ttype\nA\tAID\nB\t\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"x.tsv:4: empty required field 'type'"):
        list(read_tsv(bad, ["id", "type"]))
    bad.write_text("id\ttypo\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"x.tsv:1: bad header"):
        list(read_tsv(bad, ["id", "type"]))
    bad.write_text("id\ttype\nA\tNOPE\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"x.tsv:2: type='NOPE'"):
        list(read_tsv(bad, ["id", "type"], allowed={"type": PLOVER_TYPES}))


def test_ontology_quads():
    onto = ontology()
    assert onto.quad("072") == "material-cooperation"
    assert onto.quad("190") == "material-conflict"
    assert onto.quad("112") == "verbal-conflict"
    assert onto.quad("040") == "verbal-cooperation"
    assert onto.goldstein("190") == -10.0


@pytest.mark.parametrize("code", available_languages())
def test_word_classes_load_for_every_language(code):
    classes = load_language(code).word_classes
    assert set(classes) == WORD_CLASSES
    for name in ("aux", "place_noun", "motion_to", "report_noun", "correlative"):
        assert classes[name], f"{code}: no {name} words"
