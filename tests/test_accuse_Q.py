"""The ACCUSE family (investigate, criticise, accuse, blame, complain, sue, find guilty) in both languages: own
news-style sentences of part Q (tests/data/accuse_Q.tsv, coded by GUIDELINES.md before warta was run on them) with a
ratchet per language, and negatives (tests/data/accuse_Q_neg.tsv) that must give no event of the named type.
Misses are printed on every run (``pytest -s``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import check_rows, event_keys, hold_ratchet, read_rows

DATA = Path(__file__).parent / "data"
PUB = "2024-11-15"
ROWS = read_rows(DATA / "accuse_Q.tsv", 6)
NEGATIVES = read_rows(DATA / "accuse_Q_neg.tsv", 3)
# measured before any fix (2026-12-05): id 20/26, en 22/27; after the first fixes (passive "dikutuk", describing an
# act as a violation, "under investigation by"): id 22/26, en 23/27; with cases brought against someone: id 23/26; with
# "charged ~ over|for" a crime: en 24/27
RATCHET = {"id": 0.88, "en": 0.88}


def test_rows_are_well_formed():
    check_rows(DATA / "accuse_Q.tsv", ROWS)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_accuse_family(lang):
    hold_ratchet(DATA / "accuse_Q.tsv", ROWS, lang, RATCHET)


@pytest.mark.parametrize(("lang", "kind", "text"), [row[:3] for row in NEGATIVES])
def test_no_event_of_the_family(lang, kind, text):
    assert not any(key[0] == kind for key in event_keys(text, lang, PUB))


@pytest.mark.parametrize(("lang", "text", "key"), [
    # condemning in the passive ("dikutuk", as "dikecam")
    ("id", "Uji coba rudal Korea Utara dikutuk keras oleh pemerintah Jepang.", ("ACCUSE", "JPN", "PRK")),
    ("id", "Kanada mengutuk penahanan dua warganya oleh China.", ("ACCUSE", "CAN", "CHN")),
    # a verdict of guilt in the Indonesian passive ("dinyatakan bersalah oleh"); in English with no court named it is
    # the courts' act on the one found guilty, of the place it was found in or else of his state
    ("id", "Seorang warga Inggris dinyatakan bersalah oleh Pengadilan Negeri Jakarta Selatan atas penyelundupan kokain.",
     ("ACCUSE", "IDN", "GBR")),
    ("en", "A British woman was found guilty in Bali of smuggling cocaine.", ("ACCUSE", "IDN", "GBR")),
    ("en", "Former Peruvian president Alberto Fujimori was found guilty of ordering the massacre of civilians.",
     ("ACCUSE", "PER", "PER")),
    # calling an actor's act a violation criticises its author
    ("id", "China menyebut penjualan senjata Amerika Serikat ke Taiwan sebagai pelanggaran kedaulatannya.",
     ("ACCUSE", "CHN", "USA")),
    ("en", "Beijing described the American arms sale to Taiwan as a gross violation of its sovereignty.",
     ("ACCUSE", "CHN", "USA")),
    # under investigation by someone
    ("en", "Two Thai generals are under investigation by Thai prosecutors over a land deal.", ("ACCUSE", "THA", "THA")),
])  # fmt: skip
def test_accuse_family_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "kind"), [
    # feeling guilty, a curse and pleading guilty are no verdict; a bridge under scrutiny is investigated by no one
    ("id", "Ia mengaku merasa bersalah atas kematian sahabatnya.", "ACCUSE"),
    # an acquittal is no verdict of guilt
    ("id", "Dua warga Australia itu dinyatakan tidak bersalah oleh Pengadilan Negeri Jakarta Selatan.", "ACCUSE"),
    ("id", "Warga desa percaya kutukan itu menimpa keluarga sang raja.", "ACCUSE"),
    ("en", "The Australian man pleaded guilty to smuggling drugs into Bali.", "ACCUSE"),
    ("en", "The old bridge has been under scrutiny since it cracked last year.", "ACCUSE"),
    # describing as a breach what no actor did, and a coach describing a foul
    ("en", "The coach described the tackle as a clear breach of the rules.", "ACCUSE"),
    ("id", "Bawaslu menilai kampanye itu bukan merupakan pelanggaran.", "ACCUSE"),
])  # fmt: skip
def test_accuse_family_fix_negatives(lang, text, kind):
    assert not any(key[0] == kind for key in event_keys(text, lang, PUB))


@pytest.mark.parametrize(("lang", "text", "key"), [
    # a state's police, prosecutors and courts investigate, charge and convict their own people: a person of no
    # stated state named as the one charged is one of them (as an arrest's)
    ("id", "Polda Jawa Timur menetapkan Hendra Kusuma sebagai tersangka kasus penipuan arisan online.",
     ("ACCUSE", "IDN", "IDN")),
    ("en", "Malaysian prosecutors charged Ahmad Fauzi with money laundering.", ("ACCUSE", "MYS", "MYS")),
    ("en", "Thai police are investigating Somchai Wongsawat over the missing donations.", ("ACCUSE", "THA", "THA")),
    # an inquiry takes place where the incident it looks into happened: unnamed police there are its police
    ("id", "Polisi menyelidiki kematian seorang turis asing di Labuan Bajo.", ("ACCUSE", "IDN", "")),
    ("en", "Police are investigating the death of a Chinese student in Melbourne.", ("ACCUSE", "AUS", "")),
])  # fmt: skip
def test_legal_acts_on_own_people(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "kind"), [
    # criticising a named person of no stated state is not his own state's act; soldiers inspecting a ship charge no one
    ("id", "Pemerintah Indonesia mengkritik Hendra Kusuma.", ("ACCUSE", "IDN", "IDN")),
    ("id", "Tentara Inggris memeriksa sebuah kapal di Selat Shatt al-Arab.", ("ACCUSE", "GBR", "GBR")),
    # a state widely condemned is condemned by no court ("condemned" is a court's word only in "condemned to")
    ("en", "Myanmar has been widely condemned over the killing of Rohingya civilians.", ("ACCUSE", "MMR", "MMR")),
])  # fmt: skip
def test_legal_acts_on_own_people_negatives(lang, text, kind):
    assert kind not in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "key"), [
    # an arrest condemned with no agent named is the police's of the state it was done in, when one is named
    ("en", "Jakarta condemned the arrest of three Indonesian fishermen in Australia.", ("ACCUSE", "IDN", "AUS")),
    ("id", "Pemerintah Filipina mengecam penangkapan dua warganya di China.", ("ACCUSE", "PHL", "CHN")),
    ("en", "Amnesty International condemned the arrest of Egyptian activists in Cairo.", ("ACCUSE", "NGOAMN", "EGY")),
])  # fmt: skip
def test_condemned_arrest_is_by_the_place_state(lang, text, key):
    assert key in event_keys(text, lang, PUB)


def test_the_court_of_a_trial_is_not_the_one_charged():
    text = "Setahun kemudian, Ahmad, kini 40 tahun, hadir di persidangan Pengadilan Tinggi Singapura, didakwa atas dua dakwaan penipuan."
    from warta.api import extract

    assert not [e for e in extract(text, lang="id", published=PUB)
                if e.type == "ACCUSE" and e.target is not None and e.target.code.endswith("JUD")]


@pytest.mark.parametrize(("lang", "text", "key"), [
    # denying an accusation of involvement rejects the accusation (REJECT 120; its accuser the target, none named
    # none), not a denial of responsibility (STATEMENT 016) that names no accusation
    ("id", "Kepolisian Filipina membantah tudingan bahwa anggotanya terlibat dalam pembunuhan wartawan.",
     ("REJECT", "PHL", "")),
    ("id", "Pemerintah Rwanda menepis tuduhan Kongo bahwa tentaranya terlibat dalam serangan M23.", ("REJECT", "RWA", "COD")),
])  # fmt: skip
def test_denied_accusation_of_involvement(lang, text, key):
    assert key in event_keys(text, lang, PUB)


def test_denied_involvement_without_accusation_stays_a_statement():
    keys = event_keys("Kepolisian Filipina membantah terlibat dalam pembunuhan wartawan.", "id", PUB)
    assert not any(k[0] == "REJECT" for k in keys)


@pytest.mark.parametrize(("lang", "text", "key"), [
    # a bare noun opening the sentence names the act (no command), and its own word classes ("kritik" is an abstract
    # object of "menerima") are no preposition before its genitive agent
    ("id", "Kritik Vietnam terhadap China kembali mengemuka setelah insiden di Kepulauan Paracel.", ("ACCUSE", "VNM", "CHN")),
    ("id", "Kecaman keras Malaysia terhadap Israel disampaikan di Kuala Lumpur.", ("ACCUSE", "MYS", "ISR")),
])  # fmt: skip
def test_sentence_opening_noun(lang, text, key):
    assert key in event_keys(text, lang, PUB)


def test_force_word_qualifying_the_noun_is_no_preposition():
    # (outside the family, the same rule) "Operasi militer X": the word of force qualifies the noun, X is its agent
    keys = event_keys("Operasi militer Rusia ke Ukraina telah merenggut ribuan nyawa warga sipil.", "id", PUB)
    assert ("ASSAULT", "RUS", "UKR") in keys


def test_bare_verb_after_its_subject_stays_a_verb():
    # headline style: a bare "kritik" right after its subject is the verb
    assert ("ACCUSE", "IDN", "IDN") in event_keys("Megawati kritik pemerintah soal harga beras.", "id", PUB)
    # ... and an actor after "dan" is no genitive agent
    assert not any(k[0] == "ACCUSE" and k[1] == "THA" for k in event_keys("Kritik dan Thailand.", "id", PUB))


@pytest.mark.parametrize(("lang", "text", "key", "not_key"), [
    # a case or a suit brought against someone, with what it charges in between, is a lawsuit, not the act charged
    ("id", "Nikaragua mengajukan gugatan genosida terhadap Jerman di Mahkamah Internasional.", ("ACCUSE", "NIC", "DEU"),
     ("ASSAULT", "NIC", "DEU")),
    ("id", "Iran membawa kasus sabotase terhadap Amerika Serikat ke Mahkamah Internasional.", ("ACCUSE", "IRN", "USA"),
     None),
])  # fmt: skip
def test_case_brought_against(lang, text, key, not_key):
    keys = event_keys(text, lang, PUB)
    assert key in keys and not_key not in keys


def test_claim_for_damages_is_no_case_against_anyone():
    keys = event_keys("Keluarga korban mengajukan tuntutan ganti rugi atas kecelakaan bus itu.", "id", PUB)
    assert not any(k[0] == "ACCUSE" for k in keys)


@pytest.mark.parametrize(("lang", "text", "key"), [
    # an official complaint is aimed at whom it is about, not at the forum it is made to
    ("en", "Seoul complained to the UN Security Council about North Korea's trash balloons.", ("ACCUSE", "KOR", "PRK")),
    ("en", "Vietnam lodged a complaint with ASEAN over China's survey ship in its waters.", ("ACCUSE", "VNM", "CHN")),
    ("id", "Korea Selatan mengadu kepada Dewan Keamanan PBB soal balon sampah Korea Utara.", ("ACCUSE", "KOR", "PRK")),
])  # fmt: skip
def test_complaint_is_aimed_at_whom_it_is_about(lang, text, key):
    assert key in event_keys(text, lang, PUB)


def test_complaint_with_no_one_complained_about_stays_at_the_forum():
    # none named behind "about": the forum is all the text names (and a complaint about a matter names no one)
    assert ("ACCUSE", "KOR", "IGOUN") in event_keys("Seoul complained to the United Nations.", "en", PUB)
    keys = event_keys("Seoul complained to the United Nations about the weather.", "en", PUB)
    assert not any(k[0] == "ACCUSE" and k[2] not in ("IGOUN", "") for k in keys)


@pytest.mark.parametrize(("lang", "text", "key"), [
    # a passive whose agent stands behind "oleh" inside the pattern's gap ("dilaporkan ke KPK oleh ICW atas dugaan")
    ("id", "Bupati Probolinggo dilaporkan ke KPK oleh Indonesia Corruption Watch atas dugaan jual beli jabatan.",
     ("ACCUSE", "IDNNGO", "IDN")),
])  # fmt: skip
def test_passive_agent_inside_the_pattern(lang, text, key):
    from warta.api import extract

    got = {(e.type, e.source.code, e.target.code[:3] if e.target else "") for e in extract(text, lang=lang, published=PUB)}
    assert key in got


def test_charged_over_a_crime():
    keys = event_keys("Malaysian police charged two Indonesian men for the murder of a taxi driver.", "en", PUB)
    assert ("ACCUSE", "MYS", "IDN") in keys
    # a price charged for a service charges no one with anything
    assert not any(k[0] == "ACCUSE" for k in event_keys("The Bali hotel charged Australian guests for parking.", "en", PUB))
