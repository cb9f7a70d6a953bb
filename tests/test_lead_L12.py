"""Fixes of the lead's twelfth session, each with sentences of our own and a negative.

- A negated acceptance is a rejection (event_types.tsv ``refused_as``; conventions rule ``refusal``): "Filipina tidak
  menyetujui usulan China", "Thailand did not accept Cambodia's proposal" are REJECT, not a negated AGREE; a denial of
  having agreed stays a denial, an act named by a noun ("made no mention of plans") is none.
- What is asked for or refused from someone takes that one as the target (event_types.tsv ``from_target``):
  "meminta bantuan keuangan dari China", "rejected humanitarian aid from the UN".
- A protest at an act named as its object is aimed at the act's author (event_types.tsv: PROTEST ``at_author``):
  "Jepang memprotes uji coba rudal Korea Utara"; not an act behind a preposition ("protest in support of X").
- The author of a plan or request behind "of the": "rejected the request of the United States" (roles._author_of).
- A protest in a sports report is play (PROTEST not_in_sport), and English has more words only sports reports use.
- A meeting named as the backdrop of another act still names its parties: "menyusul pertemuan di Kairo antara X dan Y".
- Conceding in a sports report is play (CONCEDE not_in_sport).
- Fish caught is fishing, no arrest (cues.tsv abstract_object "ikan", now read after a noun of force too):
  "penangkapan ikan ilegal", "menangkap ikan".
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


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("id", "Korea Selatan memprotes latihan militer China di dekat Pulau Jeju.", ("ACCUSE", "KOR", "CHN")),
    ("id", "Ribuan buruh memprotes kebijakan upah pemerintah Kamboja di Phnom Penh.", ("PROTEST", "KHM", "KHM")),
    ("en", "Vietnam protested China's oil drilling in the disputed waters.", ("ACCUSE", "VNM", "CHN")),
    # a strike has no object: the demand after it is no act it aims at (the protest-target rule gives the state)
    ("id", "Ribuan sopir angkot di Bogor mogok kerja menuntut kenaikan tarif.", ("PROTEST", "IDN", "IDN")),
])
def test_a_protest_is_aimed_at_the_author_of_the_act_it_names(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    ("en", "Thousands of Iraqis protested in support of Iran in Baghdad.", ("PROTEST", "IRQ", "IRN")),
    ("id", "Ribuan warga Irak berunjuk rasa sebagai bentuk dukungan kepada Iran di Baghdad.", ("PROTEST", "IRQ", "IRN")),
])
def test_a_protest_in_support_of_someone_is_not_aimed_at_them(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("text", "key", "coded"), [
    ("Kapal-kapal Vietnam melakukan penangkapan ikan ilegal di perairan Natuna.", ("COERCE", "VNM", "IDN"), False),
    ("Nelayan Filipina menangkap ikan di dekat Scarborough Shoal.", ("COERCE", "PHL", ""), False),
    ("Polisi Malaysia melakukan penangkapan terhadap 12 nelayan Indonesia.", ("COERCE", "MYS", "IDN"), True),
])
def test_fishing_is_no_arrest(text, key, coded):
    assert (key in event_keys(text, "id", PUB)) is coded


@pytest.mark.parametrize(("text", "key", "coded"), [
    ("Greece rejected the proposal of the Turkish government for talks on the islands.", ("REJECT", "GRC", "TUR"), True),
    ("Serbia turned down the request of the European Union to recognise Kosovo.", ("REJECT", "SRB", "IGOEU"), True),
    # an indefinite article still marks no author: "the seizure of a ship"
    ("Iran condemned the seizure of a British tanker.", ("ACCUSE", "IRN", "GBR"), False),
])
def test_the_author_behind_of_the(text, key, coded):
    assert (key in event_keys(text, "en", PUB)) is coded


@pytest.mark.parametrize(("lang", "text", "key", "coded"), [
    ("en", "Brazil's strikers pounded the Argentine defence until the final whistle.", ("PROTEST", "BRA", "BRA"), False),
    ("en", "Brazil's strikers pounded the Argentine defence until the final whistle.", ("ASSAULT", "BRA", "ARG"), False),
    ("en", "Japanese fans protested against the Qatari referee after the World Cup qualifier.", ("PROTEST", "JPN", "QAT"),
     False),
    # a strike by workers outside sport is still a protest
    ("en", "Striking dock workers in Argentina protested against the government's wage freeze.", ("PROTEST", "ARG", "ARG"),
     True),
])
def test_sport_reports(lang, text, key, coded):
    assert (key in event_keys(text, lang, PUB)) is coded


@pytest.mark.parametrize(("lang", "text", "key", "coded"), [
    ("id", "Menyusul pertemuan di Kairo antara Menteri Luar Negeri Mesir Sameh Shoukry dan Menteri Luar Negeri Turki Mevlut"
           " Cavusoglu, kedua negara memulihkan hubungan.", ("CONSULT", "EGY", "TUR"), True),
    ("en", "Following talks in Doha between Afghan and Pakistani officials, the border crossing reopened.",
     ("CONSULT", "AFG", "PAK"), True),
    # a backdrop that names no parties stays nobody's act
    ("id", "Di tengah protes berkepanjangan, Thailand dan Kamboja membuka kembali perbatasan.", ("PROTEST", "THA", "KHM"),
     False),
])
def test_a_backdrop_meeting_names_its_parties(lang, text, key, coded):
    assert (key in event_keys(text, lang, PUB)) is coded


@pytest.mark.parametrize(("text", "key", "coded"), [
    ("Nigeria's president hit back at critics of his economic policy.", ("ACCUSE", "NGA", "NGA"), True),
    ("The Kenyan runner, who led most of the race, conceded the title to an Ethiopian rival in the final of the"
     " tournament.", ("CONCEDE", "KEN", "ETH"), False),
])
def test_concessions_in_sport(text, key, coded):
    assert (key in event_keys(text, "en", PUB)) is coded
