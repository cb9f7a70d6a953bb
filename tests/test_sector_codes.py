"""knowledge/sector_codes.tsv and knowledge/cue_kinds.tsv: the facts about sectors and cue kinds the coder reads."""

import pytest

from warta.knowledge.actor_code import ActorCode
from warta.knowledge.countries import SECTOR_CLASSES, implied_agents, sector_class, sector_codes
from warta.lexicon.registry import WORD_CLASSES, cue_kinds, name_cue_kinds


@pytest.mark.parametrize("name, sectors", [
    ("ranks", {"COP", "MIL", "JUD"}),
    ("people", {"CVL", "REF", "MED", "OPP"}),
    ("state", {"GOV", "COP", "JUD", "MIL", "LEG"}),
    ("official", {"LEG", "JUD"}),
    ("armed", {"MIL", "COP", "REB"}),
    ("justice", {"COP", "JUD"}),
])  # fmt: skip
def test_sector_class(name, sectors):
    assert sector_class(name) == sectors


def test_every_class_names_known_sectors():
    for name in SECTOR_CLASSES:
        assert sector_class(name) and sector_class(name) <= sector_codes(), name


def test_of_class_reads_the_last_sector():
    assert ActorCode("IDNCOP").of_class("ranks") and ActorCode("COP").of_class("ranks")
    assert not ActorCode("IDN").of_class("ranks") and not ActorCode("IGOUN").of_class("people")


def test_unknown_class_is_an_error():
    with pytest.raises(KeyError):
        sector_class("nobody")


def test_implied_agents_name_word_classes():
    assert implied_agents()[0] == ("court_act", "JUD", "the courts")
    assert all(word_class in WORD_CLASSES and sector in sector_codes() for word_class, sector, _ in implied_agents())


def test_cue_kinds():
    assert {"say_before", "prep_target", "sport"} <= cue_kinds()
    assert name_cue_kinds() == {"sport"}
