"""Verbal conflict (ACCUSE, REJECT, THREATEN) in both languages: own news-style sentences of tuning part J
(tests/data/verbal_conflict_J.tsv, coded by GUIDELINES.md before warta was run on them, each act said in both
languages) with a ratchet per language, and negatives (tests/data/verbal_conflict_J_neg.tsv) that must give no
event of the named type.  Misses are printed on every run (``pytest -s``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import check_rows, event_keys, hold_ratchet, read_rows

DATA = Path(__file__).parent / "data"
PUB = "2024-11-15"
ROWS = read_rows(DATA / "verbal_conflict_J.tsv", 6)
NEGATIVES = read_rows(DATA / "verbal_conflict_J_neg.tsv", 3)
# measured before any fix (2026-12-05): batch 1 id 18/24, en 13/24; after its fixes (denials with no accuser named,
# verdicts on sector nouns, drug gangs, unions, NGO and party names in English) and its jets pair moved to the
# negatives: id 19/22, en 18/22; batch 2 before its fixes: id 9/13, en 7/13; after (regents, housewives, Walhi): id
# 31/37, en 27/37; batch 3 before its fixes: id 7/9, en 7/9 (with English denials "that ..." lost: English "that"
# is no content_opener); after (handling by, owners named as suspects): id 40/46, en 34/46; batch 4 before its
# fixes: id 8/8, en 7/8; after (indictments): id 48/54, en 42/54; with "PT" companies: id 49/54, en 42/54
RATCHET = {"id": 0.90, "en": 0.77}


def test_rows_are_well_formed():
    check_rows(DATA / "verbal_conflict_J.tsv", ROWS, target_optional=True)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_verbal_conflict(lang):
    hold_ratchet(DATA / "verbal_conflict_J.tsv", ROWS, lang, RATCHET)


@pytest.mark.parametrize(("lang", "kind", "text"), [row[:3] for row in NEGATIVES])
def test_no_event_of_the_family(lang, kind, text):
    assert not any(key[0] == kind for key in event_keys(text, lang, PUB))


@pytest.mark.parametrize(("lang", "text", "key"), [
    # a denial of accusations whose accuser is not named has no target: the people named in the "bahwa" clause are
    # what is denied ...
    ("id", "Polda Sulawesi Selatan membantah tuduhan bahwa anggotanya memukuli seorang mahasiswa.", ("REJECT", "IDN", "")),
    # ... and a named accuser before it is the target
    ("id", "Pemerintah Myanmar membantah tuduhan Amnesty International bahwa tentaranya membakar desa-desa Rohingya.",
     ("REJECT", "MMR", "NGOAMN")),
    # a verdict on people named by a sector noun ("found three police officers guilty")
    ("en", "A Surabaya court found three police officers guilty of extortion.", ("ACCUSE", "IDN", "IDN")),
    # drug gangs blamed are armed groups of the scene (blind-set convention: cartels <country>REB)
    ("en", "Mexican police blamed a drug gang for the killings in Culiacan.", ("ACCUSE", "MEX", "MEX")),
    ("id", "Polisi Meksiko menyalahkan geng narkoba atas pembunuhan di Culiacan.", ("ACCUSE", "MEX", "MEX")),
    # unions named with their members before them
    ("en", "Indonesian workers' unions criticised the government's new wage formula.", ("ACCUSE", "IDN", "IDN")),
    # Indonesian NGOs and parties as English news names them
    ("en", "Indonesia Corruption Watch accused the police of slowing down the investigation.", ("ACCUSE", "IDN", "IDN")),
    ("en", "Walhi criticised the government's plan to open new coal mines in Kalimantan.", ("ACCUSE", "IDN", "IDN")),
    ("en", "The Indonesian Democratic Party of Struggle criticised the government's plan to raise fuel prices.",
     ("ACCUSE", "IDN", "IDN")),
    # an Indonesian regent questioned by investigators
    ("en", "The Corruption Eradication Commission questioned the Bogor regent over bribery allegations.",
     ("ACCUSE", "IDN", "IDN")),
    # (batch 3) an authority's handling of a matter, criticised, is aimed at its author behind "oleh/by"
    ("id", "Anggota parlemen oposisi Thailand mengecam penanganan banjir oleh pemerintah.", ("ACCUSE", "THA", "THA")),
    ("en", "Thai opposition lawmakers criticised the handling of the floods by the government.", ("ACCUSE", "THA", "THA")),
    # owners of a business named as suspects
    ("id", "Polres Bogor menetapkan pemilik toko bangunan sebagai tersangka penipuan.", ("ACCUSE", "IDN", "IDN")),
    ("en", "Indonesian police named a factory owner as a suspect over the fire.", ("ACCUSE", "IDN", "IDN")),
    # mass organisations (ormas) are NGOs of their place
    ("id", "Sejumlah ormas Islam di Bandung mengecam pemerintah Prancis atas karikatur Nabi Muhammad.",
     ("ACCUSE", "IDN", "FRA")),
    # (batch 4) an indictment is a formal charge (ACCUSE 115), as "mendakwa" and "charged ~ with"
    ("en", "South Korean prosecutors indicted a former defence minister on insurrection charges.",
     ("ACCUSE", "KOR", "KOR")),
])  # fmt: skip
def test_verbal_conflict_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "kind"), [
    # "tetangga" stays no actor: "negara tetangga" is a neighbouring state, not civilians
    ("id", "Indonesia mengecam negara tetangga yang menahan nelayan Indonesia.", ("ACCUSE", "IDN", "IDN")),
    # finding bodies is no verdict
    ("en", "Investigators found the bodies of three police officers near the border.", ("ACCUSE", "IDN", "IDN")),
    # a victim named by the police is no suspect
    ("en", "Indonesian police named the victim as a 24-year-old student from Bandung.", ("ACCUSE", "IDN", "IDN")),
    # an organisation celebrating is no one accused
    ("id", "Ormas Islam di Bandung merayakan hari jadinya yang ke-100 bersama pemerintah daerah.", ("ACCUSE", "IDN", "IDN")),
    # an indicted person is not arrested by it
    ("en", "South Korean prosecutors indicted a former defence minister on insurrection charges.",
     ("COERCE", "KOR", "KOR")),
])  # fmt: skip
def test_verbal_conflict_fix_negatives(lang, text, kind):
    assert kind not in event_keys(text, lang, PUB)


def test_threat_of_a_strike_is_dissent_not_force():
    from warta.api import extract

    strike = [e.cameo for e in extract("South Korean doctors threatened a general strike against the government's "
                                       "medical reform.", lang="en", published=PUB) if e.type == "THREATEN"]
    force = [e.cameo for e in extract("Iran threatened to strike Israeli bases.", lang="en", published=PUB)
             if e.type == "THREATEN"]
    assert strike == ["133"] and force and "133" not in force


# cross-language consistency (part J's own lines: the same act coded the same in both languages)
@pytest.mark.parametrize(("lang", "text", "key"), [
    # the bare "minta" of news Indonesian is "meminta" (as "asks")
    ("id", "Gubernur Jawa Barat minta pemerintah pusat menambah anggaran penanganan bencana.", ("REQUEST", "IDN", "IDN")),
    # a possessor is the agent of its noun behind a preposition too ("took part in X's visit", as "ikut serta dalam
    # kunjungan X")
    ("en", "Dozens of businessmen took part in Prime Minister Anthony Albanese's visit to Jakarta.", ("CONSULT", "AUS", "IDN")),
    # an objection to someone's plan, as "objected to"
    ("id", "Pemerintah Malaysia menyatakan keberatan atas rencana Singapura memperluas reklamasi pantai.",
     ("REJECT", "MYS", "SGP")),
])  # fmt: skip
def test_same_act_in_both_languages(lang, text, key):
    assert key in event_keys(text, lang, PUB)


def test_apology_is_no_request_and_no_objection_no_rejection():
    assert not any(k[0] == "REQUEST" for k in event_keys("Presiden Prabowo minta maaf kepada warga Papua.", "id", PUB))
    assert not any(k[0] == "REJECT" for k in event_keys("Warga Bogor tidak keberatan dengan pembangunan jalan tol itu.",
                                                        "id", PUB))


@pytest.mark.parametrize(("lang", "text", "key"), [
    # verbs of criticism and blame: a spelling variant, taking issue, insults, scolding, scapegoating
    ("id", "Ketua DPR mengritik Menteri Perdagangan soal lonjakan harga beras.", ("ACCUSE", "IDN", "IDN")),
    ("id", "Kementerian Luar Negeri China mempermasalahkan kunjungan pejabat Amerika Serikat ke Taiwan.",
     ("ACCUSE", "CHN", "USA")),
    ("id", "Pemerintah Myanmar mengkambinghitamkan kelompok pemberontak atas serangan di Mandalay.",
     ("ACCUSE", "MMR", "MMR")),
    ("en", "The Philippine foreign ministry called out Beijing over its coast guard's use of water cannon.",
     ("ACCUSE", "PHL", "CHN")),
    ("en", "The Thai government pinned the blame on Cambodian troops for the border clash.", ("ACCUSE", "THA", "KHM")),
])  # fmt: skip
def test_criticism_and_blame_verbs(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The referee called out the player for a foul in the second half."),
    ("en", "Farmers in Java pinned the blame on the long drought for the poor harvest."),
    ("id", "Ia merasa terhina oleh komentar di media sosial itu."),
])  # fmt: skip
def test_criticism_and_blame_negatives(lang, text):
    assert not any(k[0] == "ACCUSE" and k[1] and k[2] for k in event_keys(text, lang, PUB))


@pytest.mark.parametrize(("lang", "text", "key"), [
    # a rejection whose pattern names the proposal aims at the author of the first noun that names one, as after
    # "menolak" ("menepis usulan gencatan senjata Rusia")
    ("id", "Ukraina menepis usulan gencatan senjata Rusia di wilayah Donbas.", ("REJECT", "UKR", "RUS")),
    # refusals as idioms and with "decline", and disagreeing in Indonesian
    ("en", "Vietnam declined China's offer to jointly develop oil fields in the South China Sea.", ("REJECT", "VNM", "CHN")),
    ("en", "Germany poured cold water on France's plan for joint European debt.", ("REJECT", "DEU", "FRA")),
    ("en", "Hungary balked at the European Union's proposal to send more weapons to Ukraine.", ("REJECT", "HUN", "IGOEU")),
    ("id", "Pemerintah Malaysia tidak setuju dengan rencana Singapura memperluas reklamasi pantai.", ("REJECT", "MYS", "SGP")),
])  # fmt: skip
def test_refusals(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Shares of Garuda Indonesia declined 3 percent after the plan was announced."),
    ("en", "The Indonesian minister declined to comment on the proposal."),
])  # fmt: skip
def test_refusal_negatives(lang, text):
    assert not any(k[0] == "REJECT" for k in event_keys(text, lang, PUB))


@pytest.mark.parametrize(("lang", "text", "key"), [
    # "PT" (Perseroan Terbatas) before a name is an Indonesian company
    ("id", "Kejaksaan Agung menyidik PT Duta Palma atas dugaan korupsi lahan sawit di Riau.", ("ACCUSE", "IDN", "IDN")),
    ("en", "Indonesian prosecutors charged PT Duta Palma with corruption over palm oil land in Riau.", ("ACCUSE", "IDN", "IDN")),
    # summoned for questioning, interrogated
    ("id", "KPK memanggil Gubernur Maluku Utara untuk diperiksa terkait kasus suap proyek jalan.", ("ACCUSE", "IDN", "IDN")),
    ("en", "The KPK summoned the governor of North Maluku for questioning over road project bribes.", ("ACCUSE", "IDN", "IDN")),
    ("id", "Polisi Filipina menginterogasi seorang wartawan Rappler selama enam jam.", ("ACCUSE", "PHL", "PHL")),
])  # fmt: skip
def test_companies_and_questioning(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text"), [
    # a guest invited to speak is not questioned; a company announcing results accuses no one
    ("id", "Universitas Gadjah Mada memanggil alumninya untuk diperkenalkan kepada mahasiswa baru."),
    ("id", "PT Bank Mandiri Tbk membukukan laba bersih Rp20 triliun pada semester pertama."),
])  # fmt: skip
def test_companies_and_questioning_negatives(lang, text):
    assert not any(k[0] == "ACCUSE" for k in event_keys(text, lang, PUB))


def test_cutting_supplies_is_no_aid_and_threatened_is_content():
    cut = {"en": "Russia cut gas supplies to Moldova in the middle of winter.",
           "id": "Rusia memutus pasokan gas ke Moldova di tengah musim dingin."}
    threat = {"en": "Russia threatened to cut gas supplies to Moldova.", "id": "Rusia mengancam memutus pasokan gas ke Moldova."}
    for lang in ("en", "id"):
        assert ("SANCTION", "RUS", "MDA") in event_keys(cut[lang], lang, PUB)
        assert not any(k[0] == "AID" for k in event_keys(cut[lang], lang, PUB) | event_keys(threat[lang], lang, PUB))
        assert ("THREATEN", "RUS", "MDA") in event_keys(threat[lang], lang, PUB)
    # sending supplies is still aid; deciding ("memutuskan") to send is no cut
    assert ("AID", "JPN", "TUR") in event_keys("Japan sent relief supplies to Turkey.", "en", PUB)
    assert not any(k[0] == "SANCTION" for k in event_keys("Indonesia memutuskan pengiriman bantuan ke Gaza.", "id", PUB))
