"""Refusals and things asked for or refused from someone (lead, twelfth session), with sentences of our own.

- A negated acceptance is a rejection (event_types.tsv ``refused_as``; conventions rule ``refusal``): "Filipina tidak
  menyetujui usulan China", "Thailand did not accept Cambodia's proposal" are REJECT, not a negated AGREE; a denial of
  having agreed stays a denial, an act named by a noun ("made no mention of plans") is none.
- What is asked for or refused from someone takes that one as the target (event_types.tsv ``from_target``):
  "meminta bantuan keuangan dari China", "rejected humanitarian aid from the UN".
"""

from __future__ import annotations

import pytest

from sentence_sets import event_keys

PUB = "2024-11-15"


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("id", "Vietnam tidak menyetujui usulan Kamboja soal pembangunan bendungan di Sungai Mekong.", ("REJECT", "VNM", "KHM")),
    ("id", "Pemerintah Malaysia tidak menerima usulan Singapura untuk memperpanjang kontrak air.", ("REJECT", "MYS", "SGP")),
    ("en", "Japan did not accept South Korea's proposal for a joint fund.", ("REJECT", "JPN", "KOR")),
    ("en", "Laos has not approved Thailand's request to extend the dam project.", ("REJECT", "LAO", "THA")),
    ("id", "Pakistan meminta bantuan keuangan dari Arab Saudi.", ("REQUEST", "PAK", "SAU")),
    ("id", "Nepal menolak bantuan militer dari India.", ("REJECT", "NPL", "IND")),
    ("en", "Egypt asked for emergency loans from the World Bank.", ("REQUEST", "EGY", "IGOWB")),
    ("en", "Eritrea rejected food aid from the European Union.", ("REJECT", "ERI", "IGOEU")),
])
def test_refusals_and_from_targets(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # a negated acceptance is no agreement coded as denied
    ("id", "Vietnam tidak menyetujui usulan Kamboja soal pembangunan bendungan di Sungai Mekong.", ("AGREE", "VNM", "KHM")),
    # a denial of having agreed is the denial of an agreement, no refusal
    ("en", "Iran denied that it had accepted the European proposal.", ("REJECT", "IRN", "IGOEU")),
    # nothing was refused: "made no mention of plans"
    ("en", "The Chinese minister made no mention of plans for a visit by the Japanese prime minister.", ("REJECT", "CHN", "JPN")),
    # people from a place are no one asked: the object is named
    ("id", "Polisi meminta warga dari Kabupaten Bogor untuk menjauhi lokasi banjir.", ("REQUEST", "IDN", "")),
])
def test_refusal_negatives(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)
