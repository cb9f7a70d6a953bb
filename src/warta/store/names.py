"""What the store keeps as an actor's name and aliases, and the SQL functions that apply it.

The name of an actor is the canonical name of its code (:func:`warta.knowledge.codes.actor_label`),
never the text of a mention.  An alias is kept only when it names the actor: our own actor finder,
run over the alias in each language we have, finds in it a country, capital, organisation, body,
title or sector phrase coded as the actor itself or as its state.  Pronouns and anaphors ("Ia",
"kedua negara", "the two ministers"), bare common nouns ("mahasiswa", "Police", "embassy",
"langkah") and people's names ("Fumio Kishida": a person is a mention, not the actor) are not.

:func:`register` adds ``warta_actor_name(code)`` and ``warta_names_actor(code, alias)`` to a
connection, so migrations written in SQL can fix names and aliases already stored.
"""

from __future__ import annotations

import sqlite3
from functools import cache, lru_cache
from importlib import resources

from warta.cluster import country_of
from warta.knowledge.codes import actor_label

__all__ = ["names_actor", "register"]

# Kinds of actor words that name a person or stand in for someone named elsewhere.
_NOT_NAMING = frozenset({"person", "leader", "name", "anaphor", "pronoun", "modifier", "block"})


@lru_cache(maxsize=1)
def _langs() -> tuple[str, ...]:
    root = resources.files("warta.lang")
    return tuple(sorted(p.name for p in root.iterdir() if p.is_dir() and p.joinpath("sectors.tsv").is_file()))


@cache
def _finder(lang: str):
    from warta.pipeline.actors import ActorFinder

    return ActorFinder(lang)


@lru_cache(maxsize=65536)
def names_actor(code: str, alias: str) -> bool:
    """Whether ``alias`` (a mention's text) names the actor ``code`` itself."""
    code = (code or "").upper()
    alias = " ".join((alias or "").split())
    if not code or not alias or code == "ANON":
        return False
    country = country_of(code)
    for lang in _langs():
        for m in _finder(lang).find(alias):
            if m.kind in _NOT_NAMING or not m.code:
                continue
            found = m.code.upper()
            # the actor itself, its state ("Russia" for RUSGOV), or for a state any part of it
            # ("Pyongyang" for PRK); never another part of the same state ("students" for IDNGOV)
            if found in (code, country) or (code == country and country_of(found) == country):
                return True
    return False


def register(conn: sqlite3.Connection) -> None:
    """Make ``warta_actor_name`` and ``warta_names_actor`` callable from SQL on ``conn``."""
    conn.create_function("warta_actor_name", 1, lambda code: actor_label(code or ""), deterministic=True)
    conn.create_function("warta_names_actor", 2, lambda code, alias: int(names_actor(code, alias)),
                         deterministic=True)
