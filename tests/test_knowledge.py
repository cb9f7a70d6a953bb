"""Integrity of the actor knowledge base and the actor data of every language folder."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from importlib import resources

import pytest

from warta.knowledge.codes import actor_label
from warta.knowledge.countries import canonical_names, capital_forms, sector_codes, state_codes, state_forms
from warta.knowledge.organisations import organisations
from warta.knowledge.people import people
from warta.pipeline.actor_lexicon import ANAPHOR_CLASSES, _entries, fold, load_actor_lexicon, local_code
from warta.tsv import read_tsv, resource_path

LANGS = sorted(
    p.name for p in resources.files("warta.lang").iterdir() if p.is_dir() and (p / "sectors.tsv").is_file()
)
ACTOR_FILES = ("sectors.tsv", "titles.tsv", "anaphora.tsv", "actor_links.tsv", "actor_modifiers.tsv",
               "actor_name_stop.tsv")


def valid_actor_code(code: str) -> bool:
    """A state code, a state code + sector, XXX + sector, or an IGO/NGO code."""
    if code.startswith(("IGO", "NGO")):
        return len(code) > 3 and code[3:].isalnum() and code[3:].isupper()
    base, sector = code[:3], code[3:]
    return (base in state_codes() or base == "XXX") and (sector == "" or sector in sector_codes())


def test_languages_found() -> None:
    assert {"id", "en"} <= set(LANGS)


@pytest.mark.parametrize("lang", LANGS)
def test_language_has_every_actor_file(lang: str) -> None:
    for name in ACTOR_FILES:
        assert resource_path(f"warta.lang.{lang}", name).is_file(), f"lang/{lang}/{name} missing"


def test_sector_codes_are_the_guideline_set() -> None:
    assert {"GOV", "MIL", "COP", "REB", "OPP", "JUD", "LEG", "BUS", "MED", "CVL", "REF"} <= sector_codes()


def test_state_codes_are_iso_alpha3() -> None:
    codes = state_codes()
    assert len(codes) >= 249 and {"PRK", "KOR", "USA", "IDN", "PSE", "XKX"} <= codes
    assert all(len(c) == 3 and c.isupper() for c in codes)


@pytest.mark.parametrize("lang", LANGS)
def test_state_forms_have_valid_codes(lang: str) -> None:
    forms = state_forms(lang)
    assert len(forms) > 500
    for f in forms:
        assert f.kind == "block" or f.code in state_codes(), f.where


def test_canonical_names_in_english() -> None:
    names = canonical_names()
    assert names["PRK"] == "North Korea" and names["PSE"] == "Palestine" and names["USA"] == "United States"
    assert set(state_codes()) <= set(names)


@pytest.mark.parametrize("lang", LANGS)
def test_capitals_are_state_governments(lang: str) -> None:
    for f in capital_forms(lang):
        assert valid_actor_code(f.code) and f.code[3:] in ("GOV", "MIL", "LEG"), f.where


def test_organisation_codes() -> None:
    orgs = organisations()
    assert len(orgs) > 80
    for o in orgs:
        assert valid_actor_code(o.code), o.where
        assert o.forms, o.where
        if o.kind in ("igo", "ngo"):
            assert o.code.startswith(("IGO", "NGO")) or o.code[3:] == "NGO", o.where


def test_people_roles() -> None:
    ps = people()
    assert len(ps) > 250
    names = [p.name for p in ps]
    assert len(names) == len(set(names))
    for p in ps:
        for r in p.roles:
            assert valid_actor_code(r.code), r.where
            assert not r.home or r.home in state_codes() or r.home == "XXX", r.where
            assert r.end is None or r.start <= r.end, r.where
            assert r.start >= dt.date(1940, 1, 1), r.where
        assert valid_actor_code(p.home), p.name


def test_people_short_forms_are_unambiguous() -> None:
    """A form names one person, or several whose roles never overlap in time (the date decides)."""
    owners: dict[str, list] = {}
    for p in people():
        for form, _case in p.short + p.forms:
            owners.setdefault(fold(form), [])
            if p not in owners[fold(form)]:
                owners[fold(form)].append(p)
    for form, ps in owners.items():
        for i, a in enumerate(ps):
            for b in ps[i + 1:]:
                for ra in a.roles:
                    for rb in b.roles:
                        overlap = ra.start <= (rb.end or dt.date.max) and rb.start <= (ra.end or dt.date.max)
                        assert not overlap, f"{form!r}: {a.name} {ra.where} and {b.name} {rb.where}"


def test_required_people_present() -> None:
    names = {p.name for p in people()}
    for n in ("Vladimir Putin", "Kim Jong Un", "Xi Jinping", "Volodymyr Zelensky", "Joe Biden", "Donald Trump",
              "Prabowo Subianto", "Mike Pompeo", "Ri Yong Ho", "Moon Jae-in", "Theresa May", "Boris Johnson",
              "Angela Merkel", "Recep Tayyip Erdogan", "António Guterres", "Jens Stoltenberg", "Mark Rutte",
              "Benjamin Netanyahu", "Ali Khamenei", "Min Aung Hlaing", "Nicolás Maduro", "Anwar Ibrahim"):
        assert n in names, n


@pytest.mark.parametrize("lang", LANGS)
def test_no_form_with_conflicting_codes(lang: str) -> None:
    seen: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for e in _entries(lang):
        if e.kind == "person":
            continue  # people may share a form when the date decides: test_people_short_forms_are_unambiguous
        seen[(fold(e.form), e.kind, e.case)].add(e.code)
    conflicts = {k: v for k, v in seen.items() if len(v) > 1}
    assert not conflicts


@pytest.mark.parametrize("lang", LANGS)
def test_language_actor_rows(lang: str) -> None:
    for name in ("sectors.tsv", "titles.tsv"):
        forms: dict[str, str] = {}
        for r in read_tsv(resource_path(f"warta.lang.{lang}", name), ["form", "sector"], ["case", "note"]):
            assert r["sector"] in ("-", "!") or r["sector"] in sector_codes() or local_code(r["sector"]), r.where
            assert forms.setdefault(fold(r["form"]), r["sector"]) == r["sector"], r.where
    for r in read_tsv(resource_path(f"warta.lang.{lang}", "anaphora.tsv"), ["form", "refers_to"], ["case", "note"]):
        assert r["refers_to"] in ANAPHOR_CLASSES, r.where
    lex = load_actor_lexicon(lang)
    assert "" in lex.links, "adjacency must be a link in every language"


@pytest.mark.parametrize("lang", LANGS)
def test_contextual_forms_name_valid_states(lang: str) -> None:
    contextual = [f for f in state_forms(lang) if f.requires]
    for f in contextual:
        assert set(f.requires) <= state_codes(), f.where


@pytest.mark.parametrize(("code", "label"), [
    ("USAGOV", "United States (government)"),
    ("PRK", "North Korea"),
    ("IGOUN", "United Nations"),
    ("NGOAMN", "Amnesty International"),
    ("PSEREB", "Palestine (rebels)"),
    ("XXXREB", "transnational (rebels)"),
    ("MIL", "military"),
    ("ANON", "unnamed source"),
    ("", ""),
    ("QQQ", "QQQ"),
])
def test_actor_labels(code: str, label: str) -> None:
    assert actor_label(code) == label


def test_every_known_code_has_a_label() -> None:
    codes = {r.code for p in people() for r in p.roles} | {o.code for o in organisations()}
    for code in codes:
        assert actor_label(code) != code, code
