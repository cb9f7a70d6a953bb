"""Criticism and accusation by construction (helper CZ, session 28): own news-style sentences in English and
Indonesian (tests/data/criticism_CZ.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them: verbs and
idioms of criticism (slam, lash out at, rebuke, hit out at, came under fire from, drew criticism from, expressed
disappointment with, criticism ... from, condemned the attack by X, X was behind, called/labelled/described X as ...),
Indonesian menyayangkan, menyesalkan, mempertanyakan, menyindir, mengkritisi, menuding, menuai kritik dari, dikecam
oleh, kecaman X terhadap Y, menilai X gagal, menyebut X sebagai ..., dituding, melaporkan X ke Bawaslu, menetapkan X
sebagai tersangka, mencela, mencibir, menyoroti; about a fifth with no event or a false sense (a blast that is an
explosion, slammed a ball, rain that lashed a coast, a film that menyoroti a life, a team that menuai kritik)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "criticism_CZ.jsonl"
PUB = "2024-06-20"

# Measured right after coding, before any fix (2026-12-07, main 4919f77b): en F1 0.800 (TP 16, FP 4, FN 4), id F1
# 0.848 (TP 14, FP 2, FN 3): most constructions were already read (sessions 9-27); the misses were labels passed on a
# long phrase ("called the Russian referendum in the occupied regions a sham", "labelled ... a genocide", "described
# ... as unacceptable"), "took aim at" read as a hostage taking, a label noun ("pengganggu") and unnamed critics
# (warganet, kalangan petani: no country).
# Batch 1 (en 0.884, TP 19 FP 4 FN 1): labels over a longer gap (calllabellong, labelgenocide, describelong), blame
# with an adverb before "behind" (saidbehindadv), concern about a party (concernedabout), "tore into" and "made fun of"
# read as verbs (!v), more words of the class blame (disproportionate, indiscriminate, brutal ...).
# Batch 2 (en 0.930, TP 20 FP 3 FN 0; id 0.882, TP 15 FP 2 FN 2): taking aim at a party read to the reason
# (takeaimover), weighing in on a party (weighinon); Indonesian labels of bullying and oppression (sebutinsult2),
# concern or regret over a party's act with no verb of saying (prihatinatas, menyesali), complaints filed with bodies
# named in full (adukanlengkap).
# Batch 3 (measured and taken back: dev, tuning, blind and the set all unchanged): reported verdicts of interference,
# economic terrorism and collective punishment (saidlabel2, verdictlabel2, saidamount, id verdictlabel3), an actor
# said to do nothing (saidnothing, saidfailedact, id katadiam).
# Batch 4 (set unchanged): an attack condemned read to its author behind "by" (condemnby).
# Batch 5 (measured and taken back: dev, tuning, blind and the set all unchanged): a reaction or rebuke drawn from a
# party in more words (en reactionfrom: "provoked a furious reaction from Beijing"), anger or criticism provoked from a
# party (id pancingmarah: "memancing kemarahan dari China"). Tried and dropped before measuring: anger sparked "in" a
# state ("sparked anger in Jordan": the state after "in" is read as a place, not as the critic).
# Batch 6 (measured and taken back: all figures unchanged): verdicts of reported speech in wire and ABC wording (en
# saidlabel3/verdictlabel3: "a slap in the face", "a threat to global security", "flawed", "playing politics"), blood
# on an actor's hands and a promise reneged on said of it (saidblood, saidreneged), "scathing of/about" (scathingof).
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.929, 3), "id": (0.881, 2)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "criticism-CZ", RATCHET)


# the constructions of the fixes, each with sentences of our own (not of the set's file) and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # a label passed on an act named by a long phrase (calllabellong, labelgenocide, describelong)
    ("en", "The Turkish president called the Israeli military campaign in Gaza a genocide.", ("ACCUSE", "TUR", "ISR")),
    ("en", "The South African foreign minister labelled the Israeli bombing of the camps in Rafah a genocide.",
     ("ACCUSE", "ZAF", "ISR")),
    ("en", "The Australian foreign minister described the detention of the journalist by China as unacceptable.",
     ("ACCUSE", "AUS", "CHN")),
    # blame with an adverb before "behind" (saidbehindadv)
    ("en", "The US defence secretary said the video shows Iran was clearly behind the attacks.", ("ACCUSE", "USA", "IRN")),
    # concern about a party named right after it (concernedabout)
    ("en", "The European Union is concerned about Hungary's new media law.", ("ACCUSE", "IGOEU", "HUN")),
    ("en", "Britain is deeply concerned about Russia's troop build-up on the border.", ("ACCUSE", "GBR", "RUS")),
    # irregular past forms read as verbs, not as nouns owned by "its" (toreinto, makefun)
    ("en", "The Russian foreign minister tore into NATO over its expansion.", ("ACCUSE", "RUS", "IGONATO")),
    ("en", "The Russian foreign minister made fun of NATO over its expansion.", ("ACCUSE", "RUS", "IGONATO")),
    # more words of the class blame after "said ... was"
    ("en", "Egypt's foreign minister said the Israeli response was disproportionate.", ("ACCUSE", "EGY", "ISR")),
    # taking aim at a party over its conduct (takeaimover), weighing in on a party (weighinon)
    ("en", "The French president took aim at Prime Minister Benjamin Netanyahu over the strikes on Lebanon.",
     ("ACCUSE", "FRA", "ISR")),
    ("en", "Senator Bernie Sanders weighed in on President Donald Trump at a rally in Iowa.", ("ACCUSE", "USA", "USA")),
    # Indonesian labels (sebutinsult2), concern and regret over an act (prihatinatas, menyesali), complaints (adukanlengkap)
    ("id", "Menteri Pertahanan Filipina menyebut kapal-kapal China sebagai perundung di perairan itu.",
     ("ACCUSE", "PHL", "CHN")),
    ("id", "Pemerintah Malaysia prihatin atas tindakan Myanmar terhadap etnis Rohingya.", ("ACCUSE", "MYS", "MMR")),
    ("id", "Korea Selatan menyesali keputusan Jepang membuang air limbah nuklir ke laut.", ("ACCUSE", "KOR", "JPN")),
    ("id", "Partai Gerindra mengadukan Komisi Pemilihan Umum ke Dewan Kehormatan Penyelenggara Pemilu.",
     ("ACCUSE", "IDN", "IDN")),
    # an attack condemned names its author behind "by" (condemnby)
    ("en", "The European Union has condemned the attacks by Houthi rebels on ships in the Red Sea.",
     ("ACCUSE", "IGOEU", "YEM")),
    ("en", "Human Rights Watch condemned the deliberate attacks by Russian forces on the power grid.",
     ("ACCUSE", "NGOHRW", "RUS")),
])
def test_criticism_constructions(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # a label with no party in the gap, concern with no party, a denial of blame
    ("en", "Human rights groups called the election a sham.", ("ACCUSE", "", "")),
    ("en", "The Reserve Bank of Australia is concerned about the slowing global economy.", ("ACCUSE", "AUS", "AUS")),
    ("en", "The Japanese prime minister is not concerned about China's new aircraft carrier.", ("ACCUSE", "JPN", "CHN")),
    ("en", "The Indian minister said Pakistan was not behind the attacks.", ("ACCUSE", "IND", "PAK")),
    # soldiers taking aim are no critics; weighing in on a debate; sympathy for a people; one's own act regretted
    ("en", "Israeli soldiers took aim at the rebel commander over the wall.", ("ACCUSE", "ISR", "")),
    ("en", "The White House weighed in on the debate over gun laws.", ("ACCUSE", "USA", "USA")),
    ("id", "Pemerintah Indonesia prihatin atas nasib pengungsi Rohingya di Bangladesh.", ("ACCUSE", "IDN", "MMR")),
    ("id", "Mantan menteri itu menyesali perbuatannya di depan hakim.", ("ACCUSE", "IDN", "IDN")),
])
def test_criticism_negatives(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)
