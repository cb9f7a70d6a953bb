"""REJECT and AGREE by construction (helper AF, thirteenth session): own news-style sentences in Indonesian and English
(tests/data/reject_AF.jsonl), in the gold's record form with their text, every sentence coded by GUIDELINES.md BEFORE
warta was run on any of them, lines with no event of the area too (a goalkeeper's save, a referee's decision, a
player's contract, a firm's purchase, a visit received, aid received). Rejections of proposals, demands, invitations
and offers, with their author as target ("menolak usulan AS", passive "ditolak oleh", the noun "penolakan Rusia
atas"); denials of accusations (REJECT, target the accuser) and of acts (the act negated); vetoes; agreements,
signings, ratifications, granted requests and accepted offers."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "reject_AF.jsonl"
PUB = "2024-11-15"

# Measured right after coding, before any fix (2026-12-05): en F1 0.720 (TP 18, FP 3, FN 11), id F1 0.723 (TP 30, FP 9,
# FN 14); after the recoding of completed signings as SUPPORT 057 (PLOVER manual; no code change): en 0.852 (TP 23,
# FP 2, FN 6), id 0.805 (TP 35, FP 8, FN 9); with proposal-author and the plan noun in light-verb-carrier: en 0.893
# (TP 25, FP 2, FN 4), id 0.831 (TP 37, FP 8, FN 7); with "enggan!v" and "Panglima TNI": id 0.867 (TP 39, FP 7, FN 5); with finite passives after a
# plan noun: en 0.912 (TP 26, FP 2, FN 3); with acceptoffer2: en 0.931 (TP 27, FP 2, FN 2); with handover_verb recipients: en 0.949 (TP 28, FP 2, FN 1), id 0.879
# (TP 40, FP 7, FN 4); with a denied report's content coded: id 0.891 (TP 41, FP 7, FN 3).
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.948, 2), "id": (0.890, 7)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "reject-AF", RATCHET)


# the fixes, each with sentences of our own (not of the set's file) and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # a proposal accepted or approved is aimed at its author, named with the plan noun (conventions proposal-author)
    # and a light verb before a plan noun approves the plan, not the act it proposes (light-verb-carrier)
    ("id", "Israel menyetujui usulan gencatan senjata yang diajukan Amerika Serikat dan Prancis.", ("AGREE", "ISR", "USA")),
    ("id", "Israel menyetujui usulan gencatan senjata yang diajukan Amerika Serikat dan Prancis.", ("AGREE", "ISR", "FRA")),
    ("id", "Kolombia menyetujui usulan perundingan yang disampaikan Norwegia.", ("AGREE", "COL", "NOR")),
    ("en", "Israel accepted a truce proposal put forward by France and Britain.", ("AGREE", "ISR", "GBR")),
    # "al-Beshir" is Omar al-Bashir (AFP's spelling)
    ("id", "Presiden Omar al-Beshir bertemu dengan utusan PBB di Khartoum.", ("CONSULT", "SDN", "IGOUN")),
    # "enggan" is no noun ("-an" guessed one): its subject refuses, the offer's author behind "dari" is the target
    ("id", "Iran enggan menanggapi tawaran perundingan dari Amerika Serikat.", ("REJECT", "IRN", "USA")),
    ("id", "Israel enggan menerima tawaran mediasi dari Qatar.", ("REJECT", "ISR", "QAT")),
    # "Panglima TNI" alone is the TNI's commander
    ("id", "Panglima TNI menolak tuduhan Vanuatu soal Papua.", ("REJECT", "IDN", "VUT")),
    # a finite passive with its agent after a request or offer is the clause's verb, not their content; the plan's
    # author is its target, not a party named inside the plan
    ("en", "Ukraine's request to join NATO was rejected by Hungary.", ("REJECT", "HUN", "UKR")),
    ("en", "Iran's offer to mediate talks with Israel was turned down by Saudi Arabia.", ("REJECT", "SAU", "IRN")),
    ("en", "Serbia's bid to join the European Union was rejected by Croatia.", ("REJECT", "HRV", "SRB")),
    # a passive denial: what it denies is its subject, the denier its agent (no reporting verb)
    ("id", "Tuduhan Inggris itu dibantah oleh Kementerian Pertahanan Rusia.", ("REJECT", "RUS", "GBR")),
    ("id", "Tuduhan itu dibantah oleh Kementerian Luar Negeri China.", ("REJECT", "CHN", "")),
    ("id", "Klaim Filipina itu disangkal oleh Beijing.", ("REJECT", "CHN", "PHL")),
    # someone's offer accepted (acceptoffer2), before a longer derived pattern of the offer's own content
    ("en", "Colombia accepted Norway's offer to mediate talks with the rebels.", ("AGREE", "COL", "NOR")),
    ("en", "Kenya accepted Ethiopia's proposal.", ("AGREE", "KEN", "ETH")),
    # a refused handing-over is aimed at the one it would go to (word class handover_verb), not at what it hands over
    ("en", "Pakistan refused to hand over the suspects to India.", ("REJECT", "PAK", "IND")),
    ("en", "Iran refused to return the seized tanker to Britain.", ("REJECT", "IRN", "GBR")),
    ("id", "Malaysia menolak mengekstradisi buronan itu ke Indonesia.", ("REJECT", "MYS", "IDN")),
    ("id", "Taliban menolak menyerahkan para tersangka kepada Amerika Serikat.", ("REJECT", "AFG", "USA")),
    # a denied report's content is the act denied (negated, claimed by the denier), not the report's content dropped
    ("id", "Korea Utara membantah laporan bahwa pihaknya mengirim pasukan ke Rusia.", ("AID", "PRK", "RUS")),
    ("id", "Belarus menampik laporan bahwa pihaknya mengirim senjata ke Rusia.", ("AID", "BLR", "RUS")),
])
def test_af_fixes(lang, text, key):
    assert key in event_keys(text, lang, "2008-05-10")


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # a light verb right before another act's noun still only carries it: a loan approved is the loan
    ("id", "Rusia menyetujui pinjaman untuk Pakistan.", ("AGREE", "RUS", "PAK")),
    # the proposal's author is not the one who accepts it
    ("id", "Rusia menyetujui usulan gencatan senjata yang diajukan Rusia sendiri.", ("AGREE", "RUS", "RUS")),
    # not the other way round
    ("id", "Iran enggan menanggapi tawaran perundingan dari Amerika Serikat.", ("REJECT", "USA", "IRN")),
    # another state's commander stays that state's
    ("id", "Panglima Angkatan Bersenjata Malaysia menolak usulan Thailand.", ("REJECT", "IDN", "THA")),
    ("en", "Ukraine's request to join NATO was rejected by Hungary.", ("REJECT", "HUN", "IGONATO")),
    ("en", "Colombia accepted Norway's offer to mediate talks with the rebels.", ("AGREE", "NOR", "COL")),
    # a place named after a comma is no recipient
    ("en", "Iran refused to return the tanker, which was seized off Britain's coast.", ("REJECT", "IRN", "GBR")),
    # an accusation rejected is no denial: its content stays unreported
    ("id", "China menolak tuduhan bahwa pihaknya memasok senjata ke Rusia.", ("AID", "CHN", "RUS")),
    # only the clause's own verb right after its subject is the act denied, not a noun further on
    ("id", "Polisi Malaysia menepis kabar bahwa aparat menembak warga saat demonstrasi di Kuala Lumpur.", ("PROTEST", "MYS", "MYS")),
    # a goal disallowed is no denial
    ("id", "Gol penyerang Vietnam itu dibantah wasit asal Jepang karena offside.", ("REJECT", "JPN", "VNM")),
    # a passive asked for stays content: "urged Israel to ensure that aid is delivered" codes no delivery by Israel
    ("en", "Egypt urged Israel to allow aid that was blocked by its army to enter Gaza.", ("SANCTION", "ISR", "")),
])
def test_af_negatives(lang, text, absent):
    assert absent not in event_keys(text, lang, "2008-05-10")
