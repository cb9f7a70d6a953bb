"""Facts about event types and CAMEO codes that steer role finding and coding conventions, read from
``event_types.tsv`` and ``cameo_facts.tsv`` (data, so that a new convention is a column, not a set in code)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from warta.knowledge.ontology import PLOVER_TYPES
from warta.tsv import LexiconError, read_tsv, resource_path

__all__ = ["CAMEO_FACTS", "TYPE_FACTS", "EventTypes", "event_types", "load_event_types"]

TYPE_FACTS = frozenset({
    "speech_act", "reaction", "event_object", "at_author", "charges", "complement", "content_target",
    "holds_content", "speech_content", "domestic", "local_agent", "own_people", "own_dyad", "place_target",
    "patient_genitive", "material_object", "clash", "victims", "armed", "content_recipient",
    "place_recipient", "between_organs", "mutual_organs", "named_organs", "behest", "between_people", "not_in_sport",
    "act_object", "home_talks", "delivered_to_place", "one_per_sentence", "closed_content", "shares_object",
    "to_all_parties", "from_target", "own_ranks", "named_patient", "talks", "noun_content", "answered", "claimed",
    "plan_author", "met_organs", "received_genitive", "object_noun", "demand_subject", "voiced_demand", "home_insurgents",
    "armed_fire", "sided", "weapon_agent", "transfer_verb", "justice_place", "money_given", "unauthored_act",
    "commerce", "pledged_to_place",
})  # fmt: skip
CAMEO_FACTS = frozenset({"one_way", "visit", "visit_to_target", "destination", "destination_state", "own_public", "reciprocal",
                         "between_parties", "unclaimed", "crowd", "at_authorities", "place_target", "hosted",
                         "inquiry", "release", "captive", "expulsion", "signing", "unnamed_forcer", "legal_own",
                         "complaint", "property", "own_forces", "responsibility_claim", "from_afar",
                         "proposal"})


@dataclass(frozen=True, slots=True)
class EventTypes:
    facts: dict[str, frozenset[str]]  # type -> its facts
    pledge_as: dict[str, tuple[str, str]]  # type -> (type, cameo) of a pledge of it
    complement_reach: dict[str, int]
    by_government_as: dict[str, tuple[str, str]]
    by_protesters_as: dict[str, tuple[str, str]]
    by_public_as: dict[str, tuple[str, str]]
    refused_as: dict[str, tuple[str, str]]  # type -> (type, cameo) of a refusal: the act said not to be done
    at_home_as: dict[str, tuple[str, str]]  # type -> (type, cameo) of forces sent to a place of their own state
    cameo_facts: tuple[tuple[str, frozenset[str]], ...]  # (CAMEO code prefix, facts)
    _of_code: dict[str, frozenset[str]] = field(default_factory=dict, init=False, repr=False, compare=False)

    def has(self, type_: str, fact: str) -> bool:
        return fact in self.facts.get(type_, ())

    def with_fact(self, fact: str) -> frozenset[str]:
        return frozenset(t for t, f in self.facts.items() if fact in f)

    def cameo_has(self, cameo: str, fact: str) -> bool:
        return fact in self.facts_of_code(cameo)

    def facts_of_code(self, cameo: str) -> frozenset[str]:
        """The facts of every prefix a CAMEO code falls under ("087$": that code only, not 0871 ... 0874);
        worked out once per code."""
        found = self._of_code.get(cameo)
        if found is None:
            found = self._of_code[cameo] = frozenset().union(*(
                facts for prefix, facts in self.cameo_facts
                if (cameo == prefix[:-1] if prefix.endswith("$") else cameo.startswith(prefix))))
        return found


def _pair(value: str, where: str) -> tuple[str, str] | None:
    if not value:
        return None
    type_, _, cameo = value.partition(":")
    if type_ not in PLOVER_TYPES or not cameo.isdigit():
        raise LexiconError(f"{where}: {value!r} is not TYPE:CAMEO")
    return type_, cameo


def _flags(value: str, allowed: frozenset[str], where: str) -> frozenset[str]:
    flags = frozenset(value.split())
    if flags - allowed:
        raise LexiconError(f"{where}: unknown facts {sorted(flags - allowed)}")
    return flags


@cache
def event_types() -> EventTypes:
    """The shipped tables, read once per process."""
    return load_event_types(resource_path("warta.knowledge", "event_types.tsv"),
                            resource_path("warta.knowledge", "cameo_facts.tsv"))


def load_event_types(types_path: Path, cameo_path: Path) -> EventTypes:
    facts, pledges, reach, by_gov, by_protesters, by_public, refused, at_home = {}, {}, {}, {}, {}, {}, {}, {}
    for row in read_tsv(types_path, ["type"],
                        ["facts", "pledge_as", "complement_reach", "by_government_as", "by_protesters_as", "by_public_as",
                         "refused_as", "at_home_as"],
                        allowed={"type": PLOVER_TYPES}):  # fmt: skip
        if row["type"] in facts:
            raise LexiconError(f"{row.where}: duplicate type {row['type']}")
        facts[row["type"]] = _flags(row.get("facts"), TYPE_FACTS, row.where)
        for table, column in ((pledges, "pledge_as"), (by_gov, "by_government_as"), (by_protesters, "by_protesters_as"),
                              (by_public, "by_public_as"), (refused, "refused_as"), (at_home, "at_home_as")):
            pair = _pair(row.get(column), row.where)
            if pair is not None:
                table[row["type"]] = pair
        if row.get("complement_reach"):
            reach[row["type"]] = int(row["complement_reach"])
    cameo = tuple((row["prefix"], _flags(row["facts"], CAMEO_FACTS, row.where))
                  for row in read_tsv(cameo_path, ["prefix", "facts"]))
    return EventTypes(facts, pledges, reach, by_gov, by_protesters, by_public, refused, at_home, cameo)
