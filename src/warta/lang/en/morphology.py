"""English inflection: generate -s, -ed, -ing forms from a verb root; the past forms of irregular verbs come from
``irregular_verbs.tsv`` beside this module (a pattern may still write one out: "sent!v")."""

from __future__ import annotations

from functools import cache
from pathlib import Path

__all__ = ["DEFAULT_AFFIXES", "guess_voice", "surface_forms"]

VOWELS = "aeiou"
DEFAULT_AFFIXES = ("root", "s", "ed", "ing")


def _double(root: str) -> bool:
    # stop→stopped, ban→banned, but visit→visited, meet→meeting (CVC with a short final syllable)
    return (
        len(root) >= 3
        and root[-1] not in VOWELS + "wxy"
        and root[-2] in VOWELS
        and root[-3] not in VOWELS
        and len(root) <= 4
    )


def _may_double(root: str) -> bool:
    return (
        len(root) > 4
        and root[-1] not in VOWELS + "wxyl"
        and root[-2] in VOWELS
        and root[-3] not in VOWELS
    )


def _suffixed(root: str, suffix: str) -> list[str]:
    """-ed / -ing forms: e-drop (accused, accusing), y→ied, consonant doubling (banned), and the British
    double l (expelled, cancelling) beside the American single one."""
    if suffix == "ed" and root.endswith("y") and root[-2:-1] not in VOWELS:
        forms = [root[:-1] + "ied"]
    elif suffix == "ing" and root.endswith("ie"):
        forms = [root[:-2] + "ying"]
    elif root.endswith("e") and not (suffix == "ing" and root.endswith("ee")):
        forms = [root[:-1] + suffix]
    elif _double(root):
        forms = [root + root[-1] + suffix]
    elif _may_double(root):
        # a longer root ending consonant-vowel-consonant doubles when its last syllable is stressed
        # (kidnapped, committed, regretted) and not otherwise (visited, limited): spelling cannot tell
        # stress, so both forms are generated; the one that is no word never occurs in text
        forms = [root + suffix, root + root[-1] + suffix]
    else:
        forms = [root + suffix]
    if root[-1] == "l" and root[-2:-1] in VOWELS and root[-3:-2] not in VOWELS:
        forms.append(root + "l" + suffix)
    return forms


@cache
def irregular_pasts() -> dict[str, tuple[str, ...]]:
    """Root -> its irregular past and past participle ("stand" -> ("stood",), "take" -> ("took", "taken"))."""
    out: dict[str, tuple[str, ...]] = {}
    for line in (Path(__file__).with_name("irregular_verbs.tsv")).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and not line.startswith("root\t"):
            root, past, participle = line.split("\t")
            out[root] = tuple(dict.fromkeys((past, participle)))
    return out


def surface_forms(root: str, affixes: tuple[str, ...] = DEFAULT_AFFIXES) -> dict[str, str]:
    root = root.lower()
    forms: dict[str, str] = {}
    for name in affixes:
        if name == "root":
            forms[root] = "lit"  # "attack", "visit": noun or verb, decided in context
        elif name == "s":
            if root.endswith(("s", "sh", "ch", "x", "z")):
                forms[root + "es"] = "active"
            elif root.endswith("y") and root[-2:-1] not in VOWELS:
                forms[root[:-1] + "ies"] = "active"
            else:
                forms[root + "s"] = "lit"
        elif name == "ed":
            for form in irregular_pasts().get(root) or _suffixed(root, "ed"):
                forms[form] = "past"
        elif name == "ing":
            for form in _suffixed(root, "ing"):
                forms[form] = "active"
    return forms


@cache
def own_participles() -> frozenset[str]:
    """(helper BD) The irregular past participles that are no other form of any verb ("beaten", "taken", "stolen"; not
    "shot", "hit" or "held", which are also a past or a root): a participle only, so a past form when written out."""
    rows = irregular_pasts()
    others = set(rows) | {forms[0] for forms in rows.values()}
    return frozenset(forms[-1] for forms in rows.values() if len(forms) > 1 and forms[-1] not in others)


def guess_voice(word: str) -> str:
    """Voice of a word written out in the lexicon: "sent!v" marks an irregular past form, and so does a participle
    of its own ("beaten": own_participles)."""
    if word.endswith("!v"):
        return "past"
    if word.endswith("!n"):
        return "noun"
    if word.endswith("ed") or word.lower() in own_participles():
        return "past"
    return "lit"
