"""Real English news of 2001-2002 (helper BU, session 22): the Lee corpus's ABC news documents 1-50, coded whole as
tuning part Y (tests/data/ntrex_tuning/Y.jsonl, 440 sentences) BEFORE warta ran on them; its ratchet is in
tests/test_ntrex_tuning.py.  Start: en F1 0.359 (TP 21, FP 28, FN 47); in documents 0.354 (TP 23, FP 39, FN 45).
After the fixes below: 0.417 (TP 24, FP 23, FN 44); in documents 0.422 (TP 27, FP 33, FN 41).

The fixes (vocabulary and word sense; the sentences here are our own, not the corpus's), each with a negative:
- declining to say, disclose or confirm something is declining comment (STATEMENT 011), in both languages;
- refusing bail ("menolak penangguhan penahanan") keeps someone in custody (COERCE 173), not a refusal aimed at them;
- downgrading a mission or ties is reducing diplomatic relations (SANCTION 161); barring a country's aircraft from
  one's airspace is an embargo on it (SANCTION 163), not an administrative ban on one's own people;
- welcoming a party's intervention, mediation or efforts is endorsing it (SUPPORT 051), not hosting a visitor;
- Australia's states name Australian organs ("New South Wales police" is not Wales's: a block row and place aliases);
- office-holders of 2001-2002 news the Phoenix rows dated from 2003 only or missed (Downer, Jaswant Singh, Abdul Sattar,
  Qanuni, Zinni, Hafiz Saeed).
"""

from __future__ import annotations

import pytest

from sentence_sets import event_keys

PUB = "2025-06-20"
PUB_2002 = "2002-01-10"


@pytest.mark.parametrize(("lang", "text", "key"), [
    # declining to say or disclose is declining comment (STATEMENT 011, no target)
    ("en", "The Indonesian defence minister refused to say how many troops had been sent to Papua.",
     ("STATEMENT", "IDN", "")),
    ("en", "The Kremlin declined to confirm whether Putin would travel to Ankara.", ("STATEMENT", "RUS", "")),
    ("id", "Menteri Pertahanan Indonesia menolak menyebutkan jumlah pasukan yang dikirim ke Papua.",
     ("STATEMENT", "IDN", "")),
    # refusing bail keeps someone in custody (COERCE 173)
    ("en", "A Malaysian judge refused bail for the Singaporean businessman on Tuesday.", ("COERCE", "MYS", "SGP")),
    ("en", "A Thai court refused to release on bail the Cambodian activist.", ("COERCE", "THA", "KHM")),
    ("id", "Hakim Malaysia menolak penangguhan penahanan pengusaha Singapura itu.", ("COERCE", "MYS", "SGP")),
    # downgrading ties and airspace bans are diplomatic sanctions
    ("en", "Lithuania downgraded its diplomatic relations with Belarus on Friday.", ("SANCTION", "LTU", "BLR")),
    ("en", "Turkey banned Israeli cargo planes from its airspace.", ("SANCTION", "TUR", "ISR")),
    ("id", "Turki melarang pesawat kargo Israel melintasi wilayah udaranya.", ("SANCTION", "TUR", "ISR")),
    ("id", "Pemerintah Turki menutup wilayah udaranya bagi pesawat Israel.", ("SANCTION", "TUR", "ISR")),
    # welcoming a party's mediation is endorsing it
    ("en", "Egypt welcomed Qatar's mediation between Israel and Hamas.", ("SUPPORT", "EGY", "QAT")),
    # Australia's states
    ("en", "New South Wales police arrested two men after the riot in Sydney.", ("COERCE", "AUS", "AUS")),
    ("en", "Queensland police charged a Brisbane man over the attack.", ("ACCUSE", "AUS", "AUS")),
])
def test_leenews_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # the negatives: refusing to discuss a party's proposal stays a rejection, not a declined comment
    ("en", "India refused to discuss the Pakistani proposal for talks.", ("STATEMENT", "IND", "")),
    # refusing to release a thing is no detention
    ("en", "The Kenyan court refused to release the report to the opposition.", ("COERCE", "KEN", "KEN")),
    # a credit rating downgraded names no diplomatic act
    ("en", "Turkey downgraded its growth forecast for Greece.", ("SANCTION", "TUR", "GRC")),
    # a ban on one's own people's acts is no airspace embargo
    ("en", "Indonesia banned fireworks in Jakarta.", ("SANCTION", "IDN", "IDN")),
    ("id", "Pemerintah Indonesia melarang warga menyalakan kembang api di Jakarta.", ("SANCTION", "IDN", "IDN")),
    # welcoming a visitor is still hosting, not endorsing
    ("en", "Japan welcomed the Indian prime minister in Tokyo.", ("SUPPORT", "JPN", "IND")),
    # Wales alone is still Britain's
    ("en", "New South Wales police arrested two men after the riot in Sydney.", ("COERCE", "GBR", "GBR")),
])
def test_leenews_negatives(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("text", "key"), [
    # office-holders of the 2001-2002 news, read at the article's date
    ("Indian Foreign Minister Jaswant Singh accused Pakistan of sheltering militants.", ("ACCUSE", "IND", "PAK")),
    ("Jaswant Singh accused Pakistan of sheltering militants.", ("ACCUSE", "IND", "PAK")),
    ("Alexander Downer criticised Indonesia over the detention of the asylum seekers.", ("ACCUSE", "AUS", "IDN")),
    ("Anthony Zinni met Yasser Arafat in Ramallah.", ("CONSULT", "USA", "PSE")),
    ("Abdul Sattar accused India of massing troops on the border.", ("ACCUSE", "PAK", "IND")),
])
def test_2002_office_holders(text, key):
    assert key in event_keys(text, "en", PUB_2002)


@pytest.mark.parametrize(("lang", "text", "key", "held"), [
    # an act named as the topic of talks or an accord did not happen (rule talks-topic) ...
    ("en", "Sudan and Chad held talks on the deployment of joint border forces.", ("MOBILIZE", "SDN", ""), False),
    ("en", "Sudan and Chad held talks on the deployment of joint border forces.", ("CONSULT", "SDN", "TCD"), True),
    ("id", "Sudan dan Chad menggelar perundingan tentang pengerahan pasukan perbatasan.", ("MOBILIZE", "SDN", ""),
     False),
    # ... the negative: an act done, or one the talks' parties are told of elsewhere, stays an act
    ("en", "Sudan deployed troops on the border after the talks with Chad.", ("MOBILIZE", "SDN", ""), True),
    ("id", "Sudan mengerahkan pasukan ke perbatasan setelah perundingan dengan Chad.", ("MOBILIZE", "SDN", ""), True),
])
def test_talks_topic(lang, text, key, held):
    assert (key in event_keys(text, lang, PUB)) is held


@pytest.mark.parametrize(("lang", "text", "key", "coded"), [
    # a bare mood word is an attitude or a forecast's word, no statement (CAMEO 012/013 narrowed to a mood voiced
    # about a matter or a prospect: "optimistic about|that", "optimistis soal|bahwa", "optimistis ... akan")
    ("en", "Thai fire crews are optimistic of saving the homes near Chiang Mai.", ("STATEMENT", "THA", ""), False),
    ("en", "The Thai central bank cut its most optimistic growth estimate.", ("STATEMENT", "THA", ""), False),
    ("id", "Menteri Thailand itu tidak pesimistis untuk melanjutkan program bantuan.", ("STATEMENT", "THA", ""), False),
    # the negative: optimism voiced is still a statement
    ("en", "The Thai finance minister voiced optimism about the trade talks.", ("STATEMENT", "THA", ""), True),
    ("id", "Menteri Keuangan Thailand menyatakan optimisme soal perundingan dagang.", ("STATEMENT", "THA", ""), True),
    ("en", "The Thai finance minister was optimistic that exports would recover.", ("STATEMENT", "THA", ""), True),
    ("id", "Menteri Keuangan Thailand optimistis ekspor akan pulih tahun depan.", ("STATEMENT", "THA", ""), True),
])
def test_mood_word_is_no_statement(lang, text, key, coded):
    assert (key in event_keys(text, lang, PUB)) is coded


@pytest.mark.parametrize(("lang", "text", "key", "coded"), [
    # talks held on hostages are talks (row talkshostages), not hostage-taking, in both languages
    ("en", "Egypt and Hamas held talks on the release of hostages in Cairo.", ("CONSULT", "EGY", "PSE"), True),
    ("en", "Egypt and Hamas held talks on the release of hostages in Cairo.", ("ASSAULT", "PSE", "EGY"), False),
    ("id", "Mesir dan Hamas menggelar perundingan tentang pembebasan sandera di Kairo.", ("CONSULT", "EGY", "PSE"),
     True),
    # the negative: people held hostage are still taken
    ("en", "Hamas held two Egyptian engineers hostage in Gaza.", ("ASSAULT", "PSE", "EGY"), True),
])
def test_talks_on_hostages(lang, text, key, coded):
    assert (key in event_keys(text, lang, PUB)) is coded
