"""Actor knowledge for the 'no source actor' / 'no target actor' layers (helper CB, session 23): own news-style sentences
in English and Indonesian (tests/data/actors_CB.jsonl, 54 sentences, 14 of them negatives), coded by GUIDELINES.md
BEFORE warta was run on any of them, with actors of the kinds the tuning misses of those layers show: unions and
federations, councils, NGOs, companies, people nouns (parishioners, settlers, umat, jemaah), office titles with a
country and office-holders of 2025.  The fixes are kinds, not names: dated office-holders of international bodies
(knowledge/people_bodies.tsv), of the United States, Indonesia and Australia beyond heads of state and foreign and
defence ministers (people_2017.tsv), English nouns of firms, workers and soldiers (lang/en/sectors.tsv),
Indonesia's islands (knowledge/regions.tsv) and the Commonwealth of Nations by its organs (organisations_more.tsv,
organisations_context.tsv), and Indonesian student, labour, professional and business bodies and mass organisations by their
short names, unions, professional bodies, advocacy groups and business lobbies of the US, Britain and Australia
(organisations_more.tsv), foreign bodies by their Indonesian names and Mexico's cartels (organisations_more.tsv), and
the popes of 1978-2025 (people_bodies.tsv)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "actors_CB.jsonl"

# Measured right after coding, before any fix (2026-12-07): en F1 0.818 (TP 18, FP 4, FN 4), id F1 0.829 (TP 17, FP 3,
# FN 4).  After the fixes: en 0.818 (unchanged), id 0.878 (TP 18, FP 2, FN 3: the islands).  Left: named companies
# (Samsung, Apple, Google: companies as actors were taken back in session 16), 'executives of a South Korean carmaker'
# (the noun before 'of' takes the scene's country), 'the Federation of Korean Industries' ('Korean' alone names no
# state), the union's threat to its employer in a conditional clause, 'jemaah ... diusir warga' (passive, roles),
# 'Kamar Dagang dan Industri Jepang' also read as Indonesia's Kadin.
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.817, 4), "id": (0.877, 2)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "actors-CB", RATCHET)


def codes(lang: str, text: str, day: str) -> list[str]:
    from warta.api import coder

    return [m.code for m in coder(lang).actors.find(text, dt.date.fromisoformat(day))]


# each fix with sentences of our own (not of the set's file): (lang, text, date, a code the actors must include)
@pytest.mark.parametrize(("lang", "text", "day", "code"), [
    # (1) heads and senior officers of international bodies, 2000-2026 (people_bodies.tsv)
    ("en", "Javier Solana held talks with Iran's nuclear negotiator in Geneva.", "2007-04-25", "IGOEU"),
    ("id", "Filippo Grandi mendesak Bangladesh melindungi pengungsi Rohingya.", "2019-06-01", "IGOUNHCR"),
    ("en", "Mohamed ElBaradei urged Iran to allow inspectors back into the Natanz site.", "2006-02-01", "IGOIAEA"),
    ("id", "Sekjen OKI Yousef Al-Othaimeen mengecam serangan Israel di Gaza.", "2019-06-01", "IGOOIC"),
    # a national office of the same person stays (a hand row hides the Phoenix-derived ones)
    ("en", "Romano Prodi met the Chinese premier in Rome.", "2007-01-10", "ITAGOV"),
    # (2) US office-holders beyond State, Defense and Homeland Security (people_2017.tsv)
    ("en", "Gina Haspel briefed senators on the killing of Jamal Khashoggi.", "2018-12-04", "USAGOV"),
    ("en", "Ron DeSantis signed a bill banning China from buying farmland in Florida.", "2023-05-08", "USAGOV"),
    ("en", "Hakeem Jeffries criticised the tariff plan.", "2025-04-03", "USALEG"),
    # (3) Indonesian governors, mayors, legislature and court leaders (people_2017.tsv)
    ("id", "Gubernur Lukas Enembe menolak pemekaran provinsi Papua.", "2019-06-01", "IDNGOV"),
    ("id", "Sutarmidji meninjau lokasi banjir di Pontianak.", "2019-06-01", "IDNGOV"),
    ("id", "La Nyalla Mattalitti mengkritik rencana pemerintah.", "2021-06-01", "IDNLEG"),
    # (4) Australia's office-holders of 1996-2016 (people_2017.tsv)
    ("en", "Mr Beazley accused the Government of misleading voters.", "2001-09-01", "AUSOPP"),
    ("en", "Warren Truss met Chinese trade officials in Beijing.", "2002-01-15", "AUSGOV"),
    ("en", "Premier Steve Bracks rejected the federal plan.", "2002-01-15", "AUSGOV"),
    # (5) English nouns of firms, workers and soldiers (lang/en/sectors.tsv)
    ("en", "A South Korean carmaker sued the Indian tax authorities in Chennai.", "2025-06-20", "KORBUS"),
    ("en", "Chinese steelmakers accused the European Union of protectionism.", "2025-06-20", "CHNBUS"),
    ("en", "Russian paratroopers landed near the airport.", "2025-06-20", "RUSMIL"),
    # (7) the Commonwealth of Nations by its organs and meetings (organisations_more.tsv); "the Commonwealth" alone
    # in news of the states it suspended was taken back at the merge: it read "The Commonwealth Bank criticised Fiji's
    # government" as the IGO (tests/test_leenews_BV.py)
    ("en", "Commonwealth leaders suspended Fiji after the coup.", "2009-09-01", "IGOCN"),
    ("en", "The Foreign and Commonwealth Office summoned the Zimbabwean ambassador.", "2002-03-19", "GBRGOV"),
    # (8) Indonesian student, labour and professional bodies, mass organisations and business associations by their
    # short names (organisations_more.tsv)
    ("id", "KSPI mengancam mogok nasional jika upah minimum tidak dinaikkan.", "2025-06-20", "IDNCVL"),
    ("id", "PGRI menolak rencana penghapusan tunjangan profesi guru.", "2025-06-20", "IDNCVL"),
    ("id", "Apindo meminta pemerintah menunda kenaikan upah.", "2025-06-20", "IDNBUS"),
    ("id", "GP Ansor melaporkan akun penyebar hoaks ke polisi.", "2025-06-20", "IDNNGO"),
    ("en", "The Indonesian Employers Association (Apindo) urged the government to delay the wage rise.", "2025-06-20",
     "IDNBUS"),
    # (9) unions, professional bodies, advocacy groups and business lobbies of the US, Britain and Australia by name
    # (organisations_more.tsv) and the popes of 1978-2025 (people_bodies.tsv)
    ("en", "The United Auto Workers called a strike at three plants.", "2023-09-15", "USACVL"),
    ("en", "The NAACP sued the state of Texas over its new voting maps.", "2021-12-07", "USANGO"),
    ("en", "The British Medical Association balloted junior doctors on strike action.", "2023-01-09", "GBRCVL"),
    ("en", "The ACTU accused employers of holding down wages.", "2002-01-15", "AUSCVL"),
    ("en", "Pope Benedict met the Turkish prime minister in Ankara.", "2006-11-28", "VATGOV"),
    # (10) foreign bodies by the Indonesian names translated news gives them, and Mexico's cartels (organisations_more.tsv)
    ("id", "Biro Investigasi Federal menangkap seorang tersangka di Florida.", "2025-06-20", "USACOP"),
    ("id", "Partai Republik menolak rancangan anggaran itu.", "2025-06-20", "USA"),
    ("id", "Pasukan Pengawal Revolusi Islam menyita sebuah kapal tanker.", "2025-06-20", "IRNMIL"),
    ("en", "The Sinaloa cartel attacked soldiers in Culiacan.", "2025-06-20", "MEXREB"),
    # (6) Indonesia's islands (regions.tsv)
    ("id", "Nelayan Sangihe memprotes kapal-kapal ikan Filipina.", "2025-06-20", "IDNCVL"),
    ("id", "Warga Madura menolak rencana pembangunan tambang.", "2025-06-20", "IDNCVL"),
])
def test_actor_kinds(lang, text, day, code):
    assert code in codes(lang, text, day)


# the negatives: a short form that is a common word or another person's name names no office-holder
@pytest.mark.parametrize(("lang", "text", "day", "state"), [
    ("id", "Prodi Hubungan Internasional menggelar seminar di kampus.", "2025-06-20", ("ITA", "IGOEU")),
    ("id", "Sinema Indonesia meraih penghargaan di festival film Busan.", "2025-06-20", ("USA",)),
    ("en", "Erling Haaland scored twice for Manchester City against Arsenal.", "2025-06-20", ("USA",)),
    ("en", "Warren Truss met Chinese trade officials in Beijing.", "2002-01-15", ("USA", "GBR")),
    # a firm's name with 'Airlines' is no actor word (airline(s) in lower case only)
    ("en", "An American Airlines flight landed safely in Dallas after a bird strike.", "2025-06-20", ("USABUS",)),
    # Flores of the islands is Indonesia's, not a town of Brazil
    ("id", "Umat Katolik di Flores merayakan Paskah.", "2025-06-20", ("BRA",)),
    # short names are matched letter for letter: "Persis" (exactly) at a sentence's start names no organisation
    ("id", "Persis pukul tujuh pagi, warga mulai berdatangan ke balai desa.", "2025-06-20", ("IDNNGO",)),
    ("id", "Nu Metal adalah aliran musik yang populer pada akhir 1990-an.", "2025-06-20", ("IDNNGO",)),
    # India's Central Bureau of Investigation is "CBI": no British business lobby
    ("en", "The CBI arrested a senior official in New Delhi.", "2025-06-20", ("GBR",)),
    # "the Commonwealth" of Australian news is the federal state
    ("en", "The Commonwealth will fund new hospitals in Queensland.", "2002-01-15", ("IGOCN",)),
])
def test_actor_negatives(lang, text, day, state):
    assert not [c for c in codes(lang, text, day) if c.startswith(state)]


# events the knowledge completes
@pytest.mark.parametrize(("lang", "text", "day", "key"), [
    ("en", "Javier Solana held talks with Iran's nuclear negotiator in Geneva.", "2007-04-25", ("CONSULT", "IGOEU", "IRN")),
    ("id", "Filippo Grandi mendesak Bangladesh melindungi pengungsi Rohingya.", "2019-06-01",
     ("REQUEST", "IGOUNHCR", "BGD")),
    ("en", "Chinese steelmakers accused the European Union of protectionism.", "2025-06-20", ("ACCUSE", "CHN", "IGOEU")),
    ("id", "Nelayan Sangihe memprotes kapal-kapal ikan Filipina yang masuk ke perairan mereka.", "2025-06-20",
     ("PROTEST", "IDN", "PHL")),
])
def test_actor_events(lang, text, day, key):
    assert key in event_keys(text, lang, day)
