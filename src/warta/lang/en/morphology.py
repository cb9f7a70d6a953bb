"""English inflection: generate -s, -ed, -ing forms from a verb root (irregular forms come from the lexicon)."""

from __future__ import annotations

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
            if root.endswith("e"):
                form = root + "d"
            elif root.endswith("y") and root[-2:-1] not in VOWELS:
                form = root[:-1] + "ied"
            elif _double(root):
                form = root + root[-1] + "ed"
            else:
                form = root + "ed"
            forms[form] = "past"
            if root[-1] == "l" and root[-2:-1] in VOWELS and root[-3:-2] not in VOWELS:
                forms[root + "led"] = "past"  # British spelling: expelled, cancelled, controlled
        elif name == "ing":
            if root.endswith("ie"):
                form = root[:-2] + "ying"
            elif root.endswith("e") and not root.endswith("ee"):
                form = root[:-1] + "ing"
            elif _double(root):
                form = root + root[-1] + "ing"
            else:
                form = root + "ing"
            forms[form] = "active"
            if root[-1] == "l" and root[-2:-1] in VOWELS and root[-3:-2] not in VOWELS:
                forms[root + "ling"] = "active"
    return forms


def guess_voice(word: str) -> str:
    """Voice of a word written out in the lexicon: "sent!v" marks an irregular past form."""
    if word.endswith("!v"):
        return "past"
    if word.endswith("!n"):
        return "noun"
    if word.endswith("ed"):
        return "past"
    return "lit"
