"""The event-type facts table (knowledge/event_types.tsv, cameo_facts.tsv): valid, complete, and read by the coder."""

import pytest

from warta.api import extract
from warta.knowledge.event_types import TYPE_FACTS, event_types, load_event_types
from warta.knowledge.ontology import PLOVER_TYPES, ontology
from warta.tsv import LexiconError


def test_every_type_has_a_row_and_every_fact_is_held_by_some_type():
    types = event_types()
    assert set(types.facts) == set(PLOVER_TYPES)
    assert set().union(*types.facts.values()) == TYPE_FACTS


def test_recodings_name_known_codes():
    types = event_types()
    for type_, cameo in [*types.pledge_as.values(), *types.by_government_as.values()]:
        assert type_ in PLOVER_TYPES
        assert ontology().get(cameo) is not None, cameo
    assert types.complement_reach and all(types.has(t, "complement") for t in types.complement_reach)


@pytest.mark.parametrize(("row", "error"), [
    ("ASSAULT\tclash victims sorcery\n", "unknown facts"),
    ("AID\t\tAGREE-033\n", "not TYPE:CAMEO"),
    ("AID\nAID\n", "duplicate type"),
])  # fmt: skip
def test_bad_rows_are_errors_naming_the_line(tmp_path, row, error):
    types = tmp_path / "event_types.tsv"
    types.write_text("type\tfacts\tpledge_as\n" + row, encoding="utf-8")
    cameo = tmp_path / "cameo_facts.tsv"
    cameo.write_text("prefix\tfacts\n042\tvisit\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=error) as exc:
        load_event_types(types, cameo)
    assert "event_types.tsv:" in str(exc.value)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # pledge_as: force pledged is a threat
    ("en", "Iran vowed to attack Israel.", ("THREATEN", "IRN", "ISR")),
    # by_government_as: a government's protest is verbal disapproval
    ("en", "The Chinese government protested against Japan.", ("ACCUSE", "CHN", "JPN")),
])  # fmt: skip
def test_the_coder_reads_the_facts(lang, text, expected):
    assert expected in {(e.type, e.source.code[:3], e.target.code[:3] if e.target else "") for e in extract(text, lang)}


def test_a_cameo_prefix_ending_in_dollar_is_that_code_only():
    types = event_types()
    assert types.cameo_has("087", "reciprocal") and types.cameo_has("0871", "reciprocal")  # "087$" and "0871"
    assert not types.cameo_has("0874", "reciprocal")  # a withdrawal by two states is no act of one on the other
