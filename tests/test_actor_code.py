"""Actor codes are read in one place (warta.knowledge.actor_code): every part of every kind of code."""

from __future__ import annotations

import pytest

from warta.cluster import country_of
from warta.knowledge.actor_code import ActorCode

# code, head, sectors, first, last sector, prefix, country, level, org, unknown, bare sector
CASES = [
    ("PRK", "PRK", (), "", "", "PRK", "PRK", "PRK", False, False, False),
    ("PRKMIL", "PRK", ("MIL",), "MIL", "MIL", "PRK", "PRK", "PRK", False, False, False),
    ("USAGOVMIL", "USA", ("GOV", "MIL"), "GOV", "MIL", "USA", "USA", "USA", False, False, False),
    ("NGAREB", "NGA", ("REB",), "REB", "REB", "NGA", "NGA", "NGA", False, False, False),
    ("IGOUN", "IGO", (), "", "", "IGO", "", "IGOUN", True, False, False),
    ("NGOIFRC", "NGO", (), "", "", "NGO", "", "NGOIFRC", True, False, False),
    ("XXXMIL", "XXX", ("MIL",), "MIL", "MIL", "XXX", "", "XXX", False, True, False),
    ("GOV", "GOV", (), "", "GOV", "", "", "GOV", False, False, True),
    ("CVL", "CVL", (), "", "CVL", "", "", "CVL", False, False, True),
    ("NGOAMREF", "NGO", (), "", "REF", "NGO", "", "NGOAMREF", True, False, False),
    ("ANON", "ANO", ("N",), "N", "", "ANO", "ANO", "ANON", False, False, False),
    ("", "", (), "", "", "", "", "", False, False, False),
]


@pytest.mark.parametrize(("code", "head", "sectors", "first", "last", "prefix", "country", "level", "org", "unknown",
                          "bare"), CASES)
def test_parts_of_a_code(code, head, sectors, first, last, prefix, country, level, org, unknown, bare):
    c = ActorCode.parse(code)
    assert (c.head, c.sectors, c.first_sector, c.last_sector) == (head, sectors, first, last)
    assert (c.prefix, c.country, c.level) == (prefix, country, level)
    assert (c.is_org, c.is_unknown, c.is_sector) == (org, unknown, bare)
    assert c.is_igo == code.startswith("IGO") and c.is_ngo == code.startswith("NGO")


def test_parse_takes_none_and_keeps_the_text():
    assert ActorCode.parse(None) == ActorCode("")
    assert ActorCode.parse("prkmil").code == "prkmil"


@pytest.mark.parametrize(("code", "key"), [("prkmil", "PRK"), ("igoun", "IGOUN"), ("ANON", "ANON"), (None, "")])
def test_clustering_key_is_the_level_of_the_upper_cased_code(code, key):
    assert country_of(code) == key
