"""Option values checked against what is known, with the known values shown on a mistake:
``--type`` against the PLOVER types, ``--actor`` (and ``--source``, ``--target``, ``--between``,
``--claimed-by``) against the store's actors, by code, canonical name or alias, ``--lang``
against the languages we read."""

from __future__ import annotations

from enum import StrEnum

import typer

from warta.knowledge.ontology import PLOVER_TYPES
from warta.langid import supported_languages
from warta.lexicon.registry import available_languages

__all__ = ["LangChoice", "check_lang", "check_types", "resolve_actor"]

#: ``--lang`` choices: every language the registry has data for, and ``auto`` (detect).
LangChoice = StrEnum("LangChoice", [*available_languages(), "auto"])

_SHOWN = 40  # known actor codes listed in an error


def check_types(values: list[str] | str | None, option: str = "--type") -> list[str] | None:
    """The PLOVER types asked for, upper-cased; an unknown one is an error listing them all."""
    if not values:
        return None
    values = [values] if isinstance(values, str) else values
    out = []
    for v in values:
        for part in v.split(","):
            t = part.strip().upper()
            if not t:
                continue
            if t not in PLOVER_TYPES:
                raise typer.BadParameter(f"unknown type {part.strip()!r}; known: {', '.join(PLOVER_TYPES)}",
                                         param_hint=option)
            out.append(t)
    return out or None


def check_lang(value: str | None, option: str = "--lang") -> str | None:
    """A language we read (or ``auto``/None for detection)."""
    if value is None or value == "auto":
        return None
    langs = supported_languages()
    if value.lower() not in langs:
        raise typer.BadParameter(f"unknown language {value!r}; known: {', '.join(langs)} or auto", param_hint=option)
    return value.lower()


def resolve_actor(store, value: str | None, option: str = "--actor") -> str | None:
    """The stored actor code ``value`` means (a code, a canonical name such as "north korea", or an
    alias seen in the texts); an unknown one is an error listing the store's actors."""
    if value is None:
        return None
    code = store.find_actor(value)
    if code is not None:
        return code
    known = store.actor_codes()
    shown = ", ".join(known[:_SHOWN]) + (f", … ({len(known)} in all; `warta actors` lists them)"
                                         if len(known) > _SHOWN else "")
    raise typer.BadParameter(f"no actor {value!r} in this store (by code, name or alias); known: {shown or 'none'}",
                             param_hint=option)
