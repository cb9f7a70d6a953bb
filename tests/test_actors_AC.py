"""Actors of domestic news (part AC): own news-style sentences in English and Indonesian
(tests/data/actors_AC.jsonl), in the gold's record form with their text, every sentence coded by GUIDELINES.md
BEFORE warta was run on any of them, lines with no event too.  Institutions named by a place ("Polres Sleman",
"Kejati Jawa Timur", "Wali Kota Medan", "Texas prosecutors", "police in Lagos State"), people of a regency ("warga
Kabupaten Sleman"), and unnamed attackers ("orang tak dikenal", "kawanan", "gunmen", "a mob"), coded as the dev gold
codes them (optional, with the scene's country); negatives: a body or place named in a sentence with no act, a place
name that is also a common word ("Batu"), "pelaku" and "kawanan" in another sense."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

PUB = "2024-11-15"
DATA = Path(__file__).parent / "data" / "actors_AC.jsonl"


# Measured right after coding, before any fix (2026-12-05): en F1 0.917 (TP 11, FP 0, FN 2), id F1 0.762 (TP 16,
# FP 3, FN 7); with Bea Cukai and Imigrasi as Indonesia's, local offices and English local titles: en 1.000 (TP 13),
# id 0.810 (TP 17, FP 2, FN 6); with a unit's number in its body's name: id 0.837 (TP 18, FP 2, FN 5); with "memimpin"
# a light verb: id 0.864 (TP 19, FP 2, FN 4).  The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower
# it.
RATCHET = {"en": (0.999, 0), "id": (0.863, 2)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "actors-AC", RATCHET)


# Indonesia's 38 provinces (Indonesian names) and every regency and city of knowledge/idn_regions.tsv (the
# Kemendagri list) are places of Indonesia in Indonesian text; the English names of the file in English text.
PROVINCES = str.split(
    "Aceh|Sumatera Utara|Sumatera Barat|Riau|Jambi|Sumatera Selatan|Bengkulu|Lampung|Kepulauan Bangka Belitung|"
    "Kepulauan Riau|DKI Jakarta|Jawa Barat|Jawa Tengah|DI Yogyakarta|Jawa Timur|Banten|Bali|Nusa Tenggara Barat|"
    "Nusa Tenggara Timur|Kalimantan Barat|Kalimantan Tengah|Kalimantan Selatan|Kalimantan Timur|Kalimantan Utara|"
    "Sulawesi Utara|Sulawesi Tengah|Sulawesi Selatan|Sulawesi Tenggara|Gorontalo|Sulawesi Barat|Maluku|Maluku Utara|"
    "Papua Barat|Papua Barat Daya|Papua|Papua Selatan|Papua Tengah|Papua Pegunungan", "|")


def _regions() -> list[dict[str, str]]:
    from warta.tsv import read_tsv, resource_path

    path = resource_path("warta.knowledge", "idn_regions.tsv")
    return list(read_tsv(path, ["name", "unit", "province"], ["aliases", "guard"]))


def test_provinces_regencies_and_cities_are_indonesian_places():
    from warta.pipeline.gazetteer import gazetteer

    rows = _regions()
    assert len(PROVINCES) == 38 and len({r["province"] for r in rows}) == 38 and set(PROVINCES) >= {
        r["province"] for r in rows}
    assert sum(r["unit"] == "regency" for r in rows) == 415 and sum(r["unit"] == "city" for r in rows) == 98
    id_names = PROVINCES + [n for r in rows for n in [r["name"], *filter(None, r["aliases"].split("|"))]]
    for lang, names in (("id", id_names), ("en", [r["name"] for r in rows])):
        g = gazetteer(lang)
        wrong = [n for n in names if not g.lookup(n) or g.lookup(n)[0].country != "IDN"]
        if lang == "en":  # a town of another state keeps its name in English text
            wrong = [n for n in wrong if n not in ("Toba", "Karo", "Kampar", "Kendal")]
        assert not wrong, f"{lang}: {wrong}"


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("id", "Warga Kendal menolak pembangunan pabrik.", "Kendal"),
    ("id", "Polres Luwu Utara menangkap dua orang.", "North Luwu"),
    ("id", "Bupati Kutai Timur hadir dalam rapat itu.", "East Kutai"),
    ("id", "Banjir melanda Kabupaten Tulang Bawang Barat.", "West Tulang Bawang"),
    ("id", "Kapal itu tenggelam di perairan Buru.", "Buru"),  # a guarded name after a locative and one word
    ("id", "Buru-buru mereka meninggalkan rumah.", None),  # ... and not at a sentence's start
    ("id", "Polisi berjaga di Puncak sepanjang libur.", "Puncak"),  # a guarded name after a locative word
    ("id", "Puncak acara digelar malam ini.", None),
    ("id", "Harga Batu Bara naik lagi.", None),
    ("en", "Police in North Luwu arrested two men.", "North Luwu"),
    ("en", "Bone marrow transplants rose last year.", None),
])  # fmt: skip
def test_regions_in_text(lang, text, place):
    from warta.pipeline.where import place_finder

    found = [m.place.name for m in place_finder(lang).find(text) if m.place.country == "IDN"]
    assert found == ([place] if place else []), found


# the scene's country from a regency or city named in the sentence gives a bare sector its state
@pytest.mark.parametrize(("lang", "text", "key"), [
    ("id", "Polisi menangkap dua pemuda di Kolaka.", ("COERCE", "IDN", "IDN")),
    ("id", "Polisi menembak mati seorang begal di Kutai Kartanegara.", ("ASSAULT", "IDN", "IDN")),
    ("id", "Petugas menahan tiga orang di Kubu Raya karena membawa senjata tajam.", ("COERCE", "IDN", "IDN")),
    ("id", "Wali Kota Palangka Raya meminta warga tidak membakar lahan.", ("REQUEST", "IDN", "IDN")),
    ("en", "Police in Kutai Kartanegara arrested two illegal miners.", ("COERCE", "IDN", "IDN")),
    ("en", "Police arrested two illegal miners in East Kutai.", ("COERCE", "IDN", "IDN")),
    ("en", "The regent of Gowa criticised the police.", ("ACCUSE", "IDN", "IDN")),
    # Jakarta's districts and landmarks
    ("id", "Polisi menangkap dua pencopet di Tanah Abang.", ("COERCE", "IDN", "IDN")),
    ("id", "Polisi membubarkan massa di Bundaran HI.", ("COERCE", "IDN", "IDN")),
    ("en", "Police detained two pickpockets in Tanah Abang.", ("COERCE", "IDN", "IDN")),
])  # fmt: skip
def test_regions_give_the_scene(lang, text, key):
    assert key in event_keys(text, lang, PUB)


# institutions and offices: "Bea Cukai" and "Imigrasi" written as names are Indonesia's (knowledge/organisations*),
# also after "petugas"/"pejabat"; in lower case with a state after them, that state's officials.  A title qualified by
# a province, region or regency is a local office, a party apart from the state's government; English names of
# the heads of local government
@pytest.mark.parametrize(("lang", "text", "key"), [
    ("id", "Petugas Bea Cukai menyita sabu dari seorang warga negara Malaysia.", ("COERCE", "IDN", "MYS")),
    ("id", "Petugas Imigrasi mendeportasi seorang warga negara Rusia.", ("COERCE", "IDN", "RUS")),
    ("id", "Petugas imigrasi Malaysia menahan dua warga negara Indonesia.", ("COERCE", "MYS", "IDN")),
    ("id", "Petugas bea cukai Singapura menyita barang milik warga Indonesia.", ("COERCE", "SGP", "IDN")),
    ("id", "Pejabat imigrasi Amerika Serikat menahan seorang mahasiswa Indonesia.", ("COERCE", "USA", "IDN")),
    ("en", "The governor of West Java accused the central government of neglecting flood victims.",
     ("ACCUSE", "IDN", "IDN")),
    ("en", "The Texas governor criticised the federal government over border security.", ("ACCUSE", "USA", "USA")),
    ("en", "The district head of Sleman criticised the provincial government.", ("ACCUSE", "IDN", "IDN")),
    ("en", "Prosecutors in East Java charged a former district head with embezzling school funds.",
     ("ACCUSE", "IDN", "IDN")),
    ("en", "Police in Aceh arrested a village chief accused of selling aid rice.", ("COERCE", "IDN", "IDN")),
    # the mayor or governor of a capital is a local office too; the county police of US news in Indonesian
    ("en", "The mayor of London criticised the home secretary over police cuts.", ("ACCUSE", "GBR", "GBR")),
    ("id", "Gubernur DKI Jakarta mengkritik pemerintah pusat soal banjir.", ("ACCUSE", "IDN", "IDN")),
    ("id", "Sheriff setempat menangkap seorang pria yang menembak tetangganya di Alabama.", ("COERCE", "USA", "USA")),
    ("id", "Deputi sheriff di Florida menembak seorang pria bersenjata.", ("ASSAULT", "USA", "USA")),
])  # fmt: skip
def test_part_ac_actors(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The district head said the market would reopen next week."),
    ("en", "The governor of West Java inaugurated a new hospital on Monday."),
    ("id", "Petugas Imigrasi melayani ratusan pemohon paspor setiap hari."),
    ("en", "Beijing's ambassador criticised the government."),  # a capital before a title: a national office
])  # fmt: skip
def test_part_ac_negatives(lang, text):
    assert not event_keys(text, lang, PUB), text


# the United Kingdom's counties and police areas (knowledge/gbr_areas.tsv), police forces named in Indonesian text,
# and people and offices right before a place ("polisi Queensland": a first-level subdivision counts after them)
@pytest.mark.parametrize(("lang", "text", "key"), [
    ("id", "Polisi Greater Manchester menangkap seorang pria berusia 30 tahun.", ("COERCE", "GBR", "GBR")),
    ("id", "Polisi di Essex menangkap seorang sopir truk.", ("COERCE", "GBR", "GBR")),
    ("id", "NYPD menangkap seorang pria di Queens.", ("COERCE", "USA", "USA")),
    ("id", "Polisi Queensland menahan seorang turis Jerman.", ("COERCE", "AUS", "DEU")),
    ("en", "Police in West Yorkshire arrested a teenager over the stabbing.", ("COERCE", "GBR", "GBR")),
    ("en", "Police in Kent, Ohio, arrested a student over the shooting threat.", ("COERCE", "USA", "USA")),
    # Indonesian spellings of foreign states and provinces (lang/id/place_aliases.tsv)
    ("id", "Polisi Kalifornia menangkap seorang pria yang menembaki kendaraan.", ("COERCE", "USA", "USA")),
    ("id", "Polisi di Australia Barat menahan dua remaja.", ("COERCE", "AUS", "AUS")),
])  # fmt: skip
def test_part_ac_areas(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("id", "Devon tampil memukau di konser itu.", None),  # a guarded county that is also a given name
    ("id", "Polisi Queensland menahan dua orang.", "Queensland"),
    ("en", "Residents of Merseyside welcomed the decision.", "Merseyside"),
    ("en", "Angus Taylor visited the farm on Monday.", None),
])  # fmt: skip
def test_areas_in_text(lang, text, place):
    from warta.pipeline.where import place_finder

    found = [m.place.name for m in place_finder(lang).find(text) if m.place.country in ("GBR", "AUS")]
    assert found == ([place] if place else []), found


# a visitor's or foreign national's state is not that of a bare agent acting on them (word class visitor): with no
# place named, the officers' state stays unknown rather than guessed; a place or a named state still gives it
@pytest.mark.parametrize(("lang", "text", "key"), [
    ("id", "Polisi menangkap seorang turis Australia di Bali.", ("COERCE", "IDN", "AUS")),
    ("id", "Polisi menangkap seorang aktivis Rusia.", ("COERCE", "RUS", "RUS")),
    ("en", "Police in Bali arrested an Australian tourist.", ("COERCE", "IDN", "AUS")),
    ("en", "Iranian authorities detained a French citizen.", ("COERCE", "IRN", "FRA")),
    # Indonesian migrant workers are Indonesians wherever they are held
    ("id", "Polisi menangkap tiga TKI di Johor.", ("COERCE", "MYS", "IDN")),
    ("id", "Majikan di Hong Kong menganiaya seorang TKW.", ("ASSAULT", "HKG", "IDN")),
    # a unit's designation after a known body is part of its name, not another actor
    ("id", "Korem 173/Praja Vira Braja mengirim bantuan logistik kepada warga korban gempa di Kabupaten Biak Numfor.",
     ("AID", "IDN", "IDN")),
    ("id", "Yonif 751/Raider terlibat kontak tembak dengan KKB di Kabupaten Puncak.", ("ASSAULT", "IDN", "IDN")),
    ("id", "Lantamal VI menangkap kapal ikan asing berbendera Vietnam.", ("COERCE", "IDN", "VNM")),
])  # fmt: skip
def test_part_ac_visitors_and_units(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("id", "Petugas menahan seorang turis Jerman di bandara.", ("COERCE", "DEU", "DEU")),
    ("id", "Aparat keamanan menangkap seorang warga negara Malaysia.", ("COERCE", "MYS", "MYS")),
    ("id", "Polisi menangkap dua WNA asal China karena menyalahgunakan visa.", ("COERCE", "CHN", "CHN")),
    ("en", "Police detained a German tourist at the airport.", ("COERCE", "DEU", "DEU")),
    ("en", "Police arrested a Chinese national suspected of spying.", ("COERCE", "CHN", "CHN")),
])  # fmt: skip
def test_part_ac_visitors_not_guessed(lang, text, key):
    assert key not in event_keys(text, lang, PUB)


# Indonesian offices known by acronyms only (the regional dinas, prisons, Jakarta's metropolitan police commands,
# JPU), and leading an operation as doing it ("memimpin penangkapan")
@pytest.mark.parametrize(("text", "code"), [
    ("Petugas Dishub menderek puluhan mobil.", "IDNGOV"),
    ("Petugas Damkar mengevakuasi seorang warga negara Jepang.", "IDNGOV"),
    ("Kalapas Nusakambangan memindahkan seorang napi.", "IDNCOP"),
    ("Polres Metro Jakarta Selatan menangkap seorang pengedar.", "IDNCOP"),
    ("JPU menuntut terdakwa hukuman mati.", "IDNJUD"),
])  # fmt: skip
def test_part_ac_acronyms(text, code):
    from warta.pipeline.actors import ActorFinder

    assert ActorFinder("id").find(text)[0].code == code


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("id", "Polres Metro Jakarta Selatan menangkap seorang warga negara Korea Selatan.", ("COERCE", "IDN", "KOR")),
    ("id", "Kapolres Bogor memimpin penangkapan terhadap tiga pengedar narkoba.", ("COERCE", "IDN", "IDN")),
])  # fmt: skip
def test_part_ac_leading_and_commands(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text"), [
    ("id", "Presiden memimpin rapat kabinet di Istana."),
    ("id", "Dia memimpin delegasi Indonesia ke Jenewa."),
])  # fmt: skip
def test_part_ac_leading_is_no_act_alone(lang, text):
    assert not event_keys(text, lang, PUB), text


# people of English crime and police news (lang/en/sectors.tsv, part AC's block)
@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "Federal agents arrested a man in Texas.", ("COERCE", "USA", "USA")),
    # a sheriff's office and deputies are the United States' county police (a sheriff alone stays a sector noun)
    ("en", "The Broward County Sheriff's Office arrested a teacher.", ("COERCE", "USA", "USA")),
    ("id", "Deputi sheriff menembak seorang pria.", ("ASSAULT", "USA", "USA")),
])  # fmt: skip
def test_part_ac_english_crime_people(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize("text", [
    "The chief executive officer of Tesla criticised the regulators.",
    "A press officer for the Scottish charity encouraged volunteers to help.",  # "officer" alone is no police
])
def test_part_ac_officer_is_no_sector_alone(text):
    assert not event_keys(text, "en", PUB), text
