"""Receiving frames by construction (helper AY, session 17): own news-style sentences in English and Indonesian
(tests/data/receive_AY.jsonl), coded by GUIDELINES.md before warta was run on any of them. The subject receives
the act ("menuai kecaman dari", "mendapat ancaman dari", "drew a rebuke from", "was hit with sanctions by"): the
"from/dari/by/oleh" party (or the possessor, "sasaran kecaman Dewan Keamanan PBB") is the source, the subject (or
the author of a plan or policy that is the subject) the target. Negatives: sport, business, awards, votes, reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "receive_AY.jsonl"
PUB = "2025-03-10"

# Measured right after coding, before any fix (2026-12-06): en F1 0.727 (TP 12, FP 1, FN 8), id F1 0.756 (TP 17,
# FP 2, FN 9).
# After the fixes below (receiving light verbs, the genitive doer, invitations and pressure received, calls received,
# the plan or policy that draws a reaction, a visit received from a guest): en 0.947 (TP 18, FP 0, FN 2), id 0.962
# (TP 25, FP 1, FN 1). The ratchet per
# language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.946, 0), "id": (0.961, 1)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "receive-AY", RATCHET)


# the fixes, each with sentences of our own (not of the set's file) and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # receiving light verbs (lang/<code>/cues.tsv undergo): "got", "earned", "attracted", "the target of", "memperoleh",
    # "sasaran"; a verb form behind one reads as a noun ("received a stern warning")
    ("en", "Manila got a sharp warning from Beijing over the shoal.", ("THREATEN", "CHN", "PHL")),
    ("en", "Lithuania received a stern warning from Russia over the transit ban.", ("THREATEN", "RUS", "LTU")),
    ("en", "Kyiv has been the target of attacks by Russian forces all week.", ("ASSAULT", "RUS", "UKR")),
    ("en", "Ukrainian troops have been the target of Russian drone attacks.", ("ASSAULT", "RUS", "UKR")),
    ("en", "Ukraine came under Russian missile attack overnight.", ("ASSAULT", "RUS", "UKR")),
    ("id", "Sudan memperoleh dukungan dari Liga Arab.", ("SUPPORT", "IGOARL", "SDN")),
    # the doer named as a genitive right after the noun (event_types.tsv received_genitive)
    ("id", "Iran menjadi sasaran kecaman Uni Eropa.", ("ACCUSE", "IGOEU", "IRN")),
    ("id", "Israel kembali mendapat kecaman Turki.", ("ACCUSE", "TUR", "ISR")),
    ("id", "Filipina mendapat ancaman China di Laut China Selatan.", ("THREATEN", "CHN", "PHL")),
    # a measure the subject is hit with, its doer behind "by"
    ("en", "Belarus was hit with fresh sanctions by Britain.", ("SANCTION", "GBR", "BLR")),
    # an invitation received: the inviter invites the receiver (AGREE 036)
    ("en", "Hungary's prime minister got an invitation from Donald Trump to visit the White House.", ("AGREE", "USA", "HUN")),
    ("id", "Presiden Brasil mendapat undangan dari Presiden China untuk berkunjung ke Beijing.", ("AGREE", "CHN", "BRA")),
    # pressure received from a party is a demand
    ("id", "Israel mendapat tekanan dari Amerika Serikat untuk menghentikan serangan.", ("REQUEST", "USA", "ISR")),
    # a phone call received is talks, each way
    ("en", "The Turkish president received a phone call from Vladimir Putin.", ("CONSULT", "TUR", "RUS")),
    ("en", "The Turkish president received a phone call from Vladimir Putin.", ("CONSULT", "RUS", "TUR")),
    # a plan or policy that draws the reaction: aimed at its author; none named, none
    ("en", "Australia's new policy drew criticism from China.", ("ACCUSE", "CHN", "AUS")),
    ("id", "Rencana Jepang membuang air limbah nuklir menuai kecaman dari China.", ("ACCUSE", "CHN", "JPN")),
    ("en", "The new law drew condemnation from the European Union.", ("ACCUSE", "IGOEU", "")),
    ("id", "Kebijakan tersebut menuai kritik dari pemerintah Singapura.", ("ACCUSE", "SGP", "")),
    # a visit received from a guest behind "dari/from": the guest visits the host
    ("id", "Presiden Filipina menerima kunjungan kenegaraan dari Presiden Prancis di Manila.", ("CONSULT", "FRA", "PHL")),
    ("en", "The Saudi crown prince received a visit from the Turkish foreign minister in Riyadh.", ("CONSULT", "TUR", "SAU")),
    # applause and a warm reception received are praise, aimed at the speech's author
    ("id", "Pidato Presiden Prabowo mendapat tepuk tangan dari para anggota DPR.", ("SUPPORT", "IDN", "IDN")),
    ("en", "The German chancellor's speech drew applause from French lawmakers.", ("SUPPORT", "FRA", "DEU")),
    # outrage, a harsh reaction or sharp scrutiny drawn from a party is its criticism
    ("en", "The Israeli raid sparked an angry response from Jordan.", ("ACCUSE", "JOR", "ISR")),
    ("en", "Serbia drew outrage from Kosovo over the border closure.", ("ACCUSE", "XKX", "SRB")),
    ("id", "Kebijakan Australia memicu reaksi keras dari Indonesia.", ("ACCUSE", "IDN", "AUS")),
    ("id", "Myanmar mendapat sorotan tajam dari ASEAN.", ("ACCUSE", "IGOASEAN", "MMR")),
    # an act named by a plain noun (word class drawing_act) draws the reaction: its author, none named none
    ("en", "The move drew sharp criticism from Seoul.", ("ACCUSE", "KOR", "")),
    ("id", "Tindakan Rusia itu menuai kecaman dari Polandia.", ("ACCUSE", "POL", "RUS")),
    # one of several named after "termasuk" behind a "dari" phrase with no actor
    ("id", "Rencana itu menuai kecaman dari banyak negara, termasuk Yordania.", ("ACCUSE", "JOR", "")),
])
def test_receiving_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # a receiving verb whose object is no act of a party, or no party: business, sport, prices, approvals
    ("en", "The striker got a warm welcome from fans in Madrid.", ("CONSULT", "ESP", "")),
    ("en", "Netflix drew criticism from subscribers over the price rise.", ("ACCUSE", "USA", "")),
    ("id", "Rupiah mendapat tekanan dari penguatan dolar AS.", ("REQUEST", "USA", "IDN")),
    ("id", "Harga minyak mendapat tekanan dari melemahnya permintaan China.", ("REQUEST", "CHN", "")),
    ("id", "Calon itu sudah mendapat persetujuan DPR untuk menjadi duta besar.", ("AGREE", "IDN", "IDN")),
    ("id", "Museum itu menerima kunjungan dari ribuan wisatawan Jepang.", ("CONSULT", "JPN", "")),
    ("en", "The band drew loud cheers from fans in Jakarta.", ("SUPPORT", "IDN", "")),
    ("en", "The referee's call drew outrage from fans in Madrid.", ("ACCUSE", "ESP", "")),
    # an author named but not known is no "none named"
    ("en", "Waltham's statement drew criticism from the United Nations.", ("ACCUSE", "IGOUN", "")),
    ("id", "Keputusan wasit menuai reaksi keras dari suporter Persija.", ("ACCUSE", "IDN", "")),
    ("id", "Penyanyi itu mendapat sambutan meriah dari penonton di Tokyo.", ("SUPPORT", "JPN", "")),
    # the receiver does not do the act to the doer (the wrong direction)
    ("id", "Israel menjadi sasaran kritik PBB.", ("ACCUSE", "ISR", "IGOUN")),
    ("en", "Ukraine came under Russian missile attack overnight.", ("ASSAULT", "UKR", "RUS")),
])
def test_receiving_negatives(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)
