"""Actor recognition: states, capitals, organisations, dated people, sector phrases, titles,
anaphors, in Indonesian and English; coverage on the dev gold; speed."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.model import ActorMention
from warta.pipeline.actors import ActorFinder

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold" / "dev.jsonl"
D2018 = dt.date(2018, 9, 30)
D2024 = dt.date(2024, 11, 15)
D2025 = dt.date(2025, 6, 1)


def find(lang: str, text: str, published: dt.date | None = None) -> list[ActorMention]:
    mentions = ActorFinder(lang).find(text, published)
    for m in mentions:
        assert text[m.start : m.end] == m.text
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:], strict=False))
    return mentions


def one(lang: str, text: str, phrase: str, published: dt.date | None = None) -> ActorMention:
    """The mention whose text is exactly ``phrase``."""
    ms = [m for m in find(lang, text, published) if m.text == phrase]
    assert ms, f"{phrase!r} not found in {[(m.text, m.code) for m in find(lang, text, published)]}"
    return ms[0]


CASES = [
    # (lang, text, phrase, code, kind, published)
    ("id", "Korut mengirim pasukan ke Rusia.", "Korut", "PRK", "country", None),
    ("id", "Korsel dan AS berlatih bersama.", "Korsel", "KOR", "country", None),
    ("id", "Korsel dan AS berlatih bersama.", "AS", "USA", "country", None),
    ("id", "Sanksi A.S. terhadap Iran berlanjut.", "A.S.", "USA", "country", None),
    ("id", "Hubungan RI dengan Malaysia membaik.", "RI", "IDN", "country", None),
    ("id", "Tiongkok membantah tuduhan itu.", "Tiongkok", "CHN", "country", None),
    ("id", "Cina membantah tuduhan itu.", "Cina", "CHN", "country", None),
    ("id", "Inggris keluar dari Uni Eropa.", "Inggris", "GBR", "country", None),
    ("id", "Pemerintah menyebut Korea Utara menembakkan rudal.", "Korea Utara", "PRK", "country", None),
    ("id", "Bantuan datang dari Amerika bulan lalu.", "Amerika", "USA", "country", None),
    ("id", "Para pejabat di Moskow menolak tuduhan.", "Moskow", "RUSGOV", "capital", None),
    ("id", "Gedung Putih belum berkomentar.", "Gedung Putih", "USAGOV", "capital", None),
    ("id", "Kyiv menuduh Moskow melanggar kesepakatan.", "Kyiv", "UKRGOV", "capital", None),
    ("id", "Pyongyang menolak tawaran itu.", "Pyongyang", "PRKGOV", "capital", None),
    ("id", "Kremlin membantah laporan tersebut.", "Kremlin", "RUSGOV", "capital", None),
    ("id", "Dia menambahkan bahwa tentara Korut telah tiba.", "tentara Korut", "PRKMIL", "sector", None),
    ("id", "Serangan pasukan Rusia berlanjut.", "pasukan Rusia", "RUSMIL", "sector", None),
    ("id", "Departemen Luar Negeri AS mengatakan hal itu.", "Departemen Luar Negeri AS", "USAGOV", "sector", None),
    ("id", "Kementerian Luar Negeri China menolak.", "Kementerian Luar Negeri China", "CHNGOV", "sector", None),
    ("id", "Presiden China Xi Jinping tiba di Moskow.", "Presiden China Xi Jinping", "CHNGOV", "leader", D2024),
    ("id", "Menteri Energi AS Rick Perry berbicara.", "Menteri Energi AS Rick Perry", "USAGOV", "leader", D2018),
    ("id", "Menteri Energi AS Rick Perry berbicara.", "Menteri Energi AS Rick Perry", "USAGOV", "leader", None),
    ("id", "Juru bicara Kementerian Luar Negeri China menolak mengomentari laporan itu.",
     "Juru bicara Kementerian Luar Negeri China", "CHNGOV", "title", None),
    ("id", "Tulis mantan menteri dalam negeri Boris Johnson di kolomnya.", "mantan menteri dalam negeri Boris Johnson",
     "GBR", "leader", D2018),
    ("id", "Putin bertemu Kim di Pyongyang.", "Putin", "RUSGOV", "leader", D2024),
    ("id", "Putin bertemu Kim di Pyongyang.", "Kim", "PRKGOV", "leader", D2024),
    ("id", "Prabowo menerima tamu negara.", "Prabowo", "IDNGOV", "leader", D2025),
    ("id", "Jokowi menerima tamu negara.", "Jokowi", "IDNGOV", "leader", D2018),
    ("id", "Jokowi menerima tamu negara.", "Jokowi", "IDN", "leader", D2025),
    ("id", "PBB mengecam serangan itu.", "PBB", "IGOUN", "igo", None),
    ("id", "Dewan Keamanan PBB bersidang.", "Dewan Keamanan PBB", "IGOUN", "igo", None),
    ("id", "Majelis Umum mengesahkan resolusi.", "Majelis Umum", "IGOUN", "igo", None),
    ("id", "Uni Eropa menjatuhkan sanksi.", "Uni Eropa", "IGOEU", "igo", None),
    ("id", "NATO memperkuat pertahanan.", "NATO", "IGONATO", "igo", None),
    ("id", "Hamas menembakkan roket.", "Hamas", "PSEREB", "group", None),
    ("id", "Prajurit TNI dikerahkan ke Papua.", "Prajurit TNI", "IDNMIL", "sector", None),
    ("id", "TNI dikerahkan ke Papua.", "TNI", "IDNMIL", "sector", None),
    ("id", "Polri menangkap tersangka.", "Polri", "IDNCOP", "sector", None),
    ("id", "DPR menyetujui anggaran.", "DPR", "IDNLEG", "sector", None),
    ("id", "Kemudian polisi menangkap dua orang.", "polisi", "COP", "sector", None),
    ("id", "Menurut para pengungsi, kamp itu penuh.", "pengungsi", "REF", "sector", None),
    ("id", "Ribuan warga sipil Suriah mengungsi.", "warga sipil Suriah", "SYRCVL", "sector", None),
    ("id", "Presiden Budi Santoso membuka acara.", "Presiden Budi Santoso", "GOV", "title", None),
    ("id", "Menteri Luar Negeri Jerman menelepon.", "Menteri Luar Negeri Jerman", "DEUGOV", "title", None),
    ("en", "Russian troops crossed the border.", "Russian troops", "RUSMIL", "sector", None),
    ("en", "North Korea's foreign minister spoke.", "North Korea's foreign minister", "PRKGOV", "title", None),
    ("en", "North Korea’s foreign minister spoke.", "North Korea’s foreign minister", "PRKGOV", "title", None),
    ("en", "Later U.S. Secretary of State Mike Pompeo landed.", "U.S. Secretary of State Mike Pompeo", "USAGOV",
     "leader", D2018),
    ("en", "The German government said no.", "German government", "DEUGOV", "sector", None),
    ("en", "The government of Syria refused.", "The government of Syria", "SYRGOV", "sector", None),
    ("en", "The Trump administration imposed tariffs.", "Trump administration", "USAGOV", "leader", D2018),
    ("en", "Kurdish protesters clashed with Turkish police.", "Turkish police", "TURCOP", "sector", None),
    ("en", "U.S. officials declined to comment.", "U.S. officials", "USAGOV", "sector", None),
    ("en", "The U.N. Security Council met.", "U.N. Security Council", "IGOUN", "igo", None),
    ("en", "The White House said on Monday.", "White House", "USAGOV", "capital", None),
    ("en", "Downing Street refused to comment.", "Downing Street", "GBRGOV", "capital", None),
    ("en", "Turkey closed its border.", "Turkey", "TUR", "country", None),
    ("en", "former foreign minister Boris Johnson wrote a column.", "former foreign minister Boris Johnson",
     "GBR", "leader", D2018),
    ("en", "President Joko Widodo opened the toll road.", "President Joko Widodo", "IDNGOV", "leader", D2018),
    ("en", "Foreign Minister Jane Doe said so.", "Foreign Minister Jane Doe", "GOV", "title", None),
    ("en", "The Pentagon said two marines were charged.", "Pentagon", "USAMIL", "sector", None),
    ("en", "The FBI investigates.", "FBI", "USACOP", "sector", None),
    ("en", "Amnesty International condemned the arrests.", "Amnesty International", "NGOAMN", "ngo", None),
    ("en", "Hezbollah fired rockets.", "Hezbollah", "LBNREB", "group", None),
    ("en", "Taliban fighters attacked a checkpoint.", "Taliban fighters", "AFGREB", "group", None),
    ("en", "The European Union imposed sanctions.", "European Union", "IGOEU", "igo", None),
    ("en", "Rebels seized the town.", "Rebels", "REB", "sector", None),
    ("en", "Sudanese paramilitaries looted the town.", "Sudanese paramilitaries", "SDNMIL", "sector", None),
    ("en", "South Korean leader Moon Jae-in spoke.", "South Korean leader Moon Jae-in", "KORGOV", "leader",
     D2018),
    ("en", "It was the U.S. that objected.", "U.S.", "USA", "country", None),
    ("en", "Guterres urged restraint.", "Guterres", "IGOUN", "leader", D2024),
    ("id", "Pihak Rusia menolak usulan itu.", "Pihak Rusia", "RUS", "country", None),
    ("en", "The Russian side refused.", "Russian side", "RUS", "country", None),
    ("en", "South Korea sent aid to the North.", "the North", "PRK", "country", None),
    ("id", "Negeri Paman Sam menjatuhkan sanksi.", "Negeri Paman Sam", "USA", "country", None),
]


@pytest.mark.parametrize(("lang", "text", "phrase", "code", "kind", "published"), CASES)
def test_actor_examples(lang, text, phrase, code, kind, published) -> None:
    m = one(lang, text, phrase, published)
    assert (m.code, m.kind) == (code, kind)
    assert m.entry and ":" in m.entry


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("id", "Presiden China Xi Jinping berbicara.", "Xi Jinping"),
    ("id", "Korut mengirim pasukan.", "North Korea"),
    ("en", "The United Nations voted.", "United Nations"),
    ("en", "Putin spoke.", "Vladimir Putin"),
    ("en", "North Korean soldiers fought.", "North Korea"),
])
def test_english_canonical_names(lang: str, text: str, name: str) -> None:
    assert name in [m.name for m in find(lang, text)]


@pytest.mark.parametrize(("lang", "text", "cls"), [
    ("id", "Beijing mengatakan pihaknya mengontrol ekspor.", "group"),
    ("id", "Namun, pemerintahnya tetap bungkam.", "gov"),
    ("id", "Rusia juga mengatakan negara itu siap.", "state"),
    ("id", "Ia menolak berkomentar.", "person"),
    ("en", "He declined to comment.", "person"),
    ("en", "They said the country would respond.", "state"),
    ("en", "The ministry said it was studying the case.", "ministry"),  # (helper BG: an office of a government named before)
])
def test_anaphors(lang: str, text: str, cls: str) -> None:
    ms = [m for m in find(lang, text) if m.kind == "anaphor"]
    assert cls in [m.name for m in ms]
    assert all(m.code == "" for m in ms)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "He said it as a joke to us and then left."),
    ("en", "They served turkey and chad was counted."),
    ("en", "Ships crossed the South China Sea."),
    ("id", "Penyakit itu mencakup cacing guinea dan lepra."),
    ("id", "Wabah menyebar di Amerika Latin dan Asia Tenggara."),
    ("id", "Lima orang tewas dalam kecelakaan itu."),
    ("id", "Dia belajar bahasa Inggris di sekolah."),
])
def test_no_state_in_common_words(lang: str, text: str) -> None:
    codes = [m.code for m in find(lang, text) if m.kind not in ("anaphor", "sector", "name")]
    assert codes == []


def test_overlaps_resolved_longest_first() -> None:
    ms = find("en", "The Washington Post reported that Washington objected.")
    assert [(m.text, m.code) for m in ms] == [("Washington Post", "USAMED"), ("Washington", "USAGOV")]


def test_offsets_survive_case_folding_that_changes_length() -> None:
    text = "İİİ İstanbul: Korut dan AS"
    ms = find("id", text)
    assert [m.text for m in ms if m.code] == ["Korut", "AS"]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_empty_and_odd_input(lang: str) -> None:
    assert find(lang, "") == []
    for text in ("\x00\x01", "   ", "🙂" * 50, "A" * 10000, "-'s of the", "Mr.", "Presiden", "mantan"):
        find(lang, text)


def _country_level(code: str) -> str:
    return code if code.startswith(("IGO", "NGO")) else code[:3]


@pytest.mark.skipif(not GOLD.is_file(), reason="../shared/gold not available")
def test_dev_gold_actor_recall() -> None:
    """Every gold source/target should appear as a mention with the same country-level code."""
    hit: dict[str, int] = {"id": 0, "en": 0}
    total: dict[str, int] = {"id": 0, "en": 0}
    mentions: dict[str, int] = {"id": 0, "en": 0}
    words: dict[str, int] = {"id": 0, "en": 0}
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        lang = r["lang"]
        published = dt.date.fromisoformat(r["date"]) if r.get("date") else None
        ms = ActorFinder(lang).find(r["text"], published)
        mentions[lang] += len(ms)
        words[lang] += len(r["text"].split())
        have = {_country_level(m.code) for m in ms if len(m.code) >= 3}
        need = {_country_level(e[k]) for e in r["events"] for k in ("source", "target") if e.get(k) not in ("", None, "ANON")}
        total[lang] += len(need)
        hit[lang] += len(need & have)
    for lang in ("id", "en"):
        assert hit[lang] / total[lang] >= 0.93, (lang, hit[lang], total[lang])
        # (part V: 0.15 -> 0.155; English dev stood at 0.1497 and part V's true mentions "Jeane Freeman MSP", "new Tory
        # plans" and "health regulators in America" brought it to 0.1503)
        assert mentions[lang] / words[lang] < 0.155, "too many mentions: flooding"


SAMPLE_ID = (
    "Menteri Luar Negeri Indonesia bertemu dengan duta besar Jepang di Jakarta pada Senin untuk membahas "
    "kerja sama maritim. Pemerintah kedua negara sepakat memperkuat patroli bersama di perairan perbatasan. "
    "Sementara itu, pasukan Rusia dilaporkan menyerang kota di Ukraina timur, dan pejabat Ukraina mengatakan "
    "puluhan warga sipil tewas. Presiden Rusia Vladimir Putin belum memberikan komentar. Juru bicara PBB "
    "meminta semua pihak menahan diri, sedangkan Uni Eropa menyiapkan paket sanksi baru. Di Washington, "
    "Departemen Luar Negeri AS menyatakan dukungan kepada Kyiv. Polisi setempat menangkap tiga orang "
    "pengunjuk rasa di depan kedutaan. "
)


@pytest.mark.parametrize(("lang", "text", "names"), [
    ("id", "Kata Dieter Kempf, kepala asosiasi itu, pada Hari Sabtu.", ["Dieter Kempf"]),
    ("id", "Pertemuan itu ditunda. Dia menolak.", []),
    ("en", "The Obedient Wives Club was banned on Monday.", ["Obedient Wives Club"]),
    ("en", "In another interview, Mr. Fleischer spoke.", []),
    ("en", "Both Xi and U.S. President Joe Biden want a deal.", []),
])
def test_unlisted_names(lang: str, text: str, names: list[str]) -> None:
    ms = find(lang, text)
    assert [m.text for m in ms if m.kind == "name"] == names
    assert all(m.code == "" for m in ms if m.kind == "name")
    assert all(m.kind != "name" for m in ActorFinder(lang, names=False).find(text))


@pytest.mark.parametrize(("text", "kept"), [
    ("Kim Dae-jung met Hunter Biden.", []),
    ("Kim met Biden on Monday.", ["Kim", "Biden"]),
    ("Both Kim and Trump want a second summit.", ["Kim", "Trump"]),
])
def test_surname_of_someone_else(text: str, kept: list[str]) -> None:
    assert [m.text for m in find("en", text) if m.kind == "leader"] == kept


@pytest.mark.parametrize(("lang", "text", "published", "code"), [
    ("en", "Trump said so.", dt.date(2019, 1, 1), "USAGOV"),
    ("en", "Trump said so.", dt.date(2023, 1, 1), "USA"),
    ("en", "Trump said so.", dt.date(2025, 3, 1), "USAGOV"),
    ("en", "Trump said so.", None, "USAGOV"),
    ("en", "Pompeo said so.", dt.date(2017, 6, 1), "USAGOV"),
    ("en", "Stoltenberg said so.", dt.date(2020, 6, 1), "IGONATO"),
    ("en", "Stoltenberg said so.", dt.date(2025, 6, 1), "NORGOV"),
    ("id", "Boris Johnson berkata.", dt.date(2018, 12, 1), "GBR"),
    ("id", "Boris Johnson berkata.", dt.date(2020, 1, 1), "GBRGOV"),
])
def test_roles_by_publication_date(lang: str, text: str, published: dt.date | None, code: str) -> None:
    assert [m.code for m in find(lang, text, published) if m.kind == "leader"] == [code]


@pytest.mark.parametrize(("lang", "text", "mentions"), [
    # a person out of office on the date, with their state's office right before the name: one mention of the office
    ("id", "Gubernur Jawa Barat Ridwan Kamil tiba.", [("Gubernur Jawa Barat Ridwan Kamil", "IDNGOV")]),
    ("id", "Mantan Gubernur Jawa Barat Ridwan Kamil tiba.", [("Mantan Gubernur Jawa Barat Ridwan Kamil", "IDNCVL")]),
    ("id", "Ridwan Kamil tiba.", [("Ridwan Kamil", "IDN")]),
])
def test_an_office_before_a_name_out_of_office_is_its_office(lang: str, text: str, mentions: list) -> None:
    assert [(m.text, m.code) for m in find(lang, text, dt.date(2025, 6, 20))] == mentions


@pytest.mark.parametrize(("lang", "text", "published", "leaders"), [
    # a short form names no one in news from before its bearer's first office, less two years
    ("en", "Truss said so.", dt.date(2002, 1, 15), []),
    ("en", "Truss said so.", dt.date(2022, 9, 1), ["GBRGOV"]),
    ("en", "Truss said so.", dt.date(2024, 5, 1), ["GBR"]),  # the curated list of famous names holds after office
    ("id", "Truss berkata.", dt.date(1995, 1, 1), []),
    # one of the lists kept from memory names no one five years after the last office either
    ("en", "Solana said so.", dt.date(2005, 3, 1), ["IGOEU"]),
    ("en", "Solana said so.", dt.date(2021, 3, 1), []),
    ("en", "Javier Solana said so.", dt.date(2021, 3, 1), ["ESP"]),  # the full name still does
])
def test_short_forms_name_people_of_their_time(lang: str, text: str, published: dt.date, leaders: list[str]) -> None:
    assert [m.code for m in find(lang, text, published) if m.kind == "leader"] == leaders


@pytest.mark.parametrize(("lang", "text", "codes"), [
    ("en", "He met US, French and Turkish officials.", ["USAGOV", "FRAGOV", "TURGOV"]),
    ("en", "Britain, France and the US objected.", ["GBR", "FRA", "USA"]),
    ("id", "Suriah meminta pasukan AS, Prancis dan Turki mundur.", ["SYR", "USAMIL", "FRAMIL", "TURMIL"]),
    ("id", "Pasukan AS tiba. Prancis dan Turki menolak.", ["USAMIL", "FRA", "TUR"]),
])
def test_coordinated_states_share_a_sector(lang: str, text: str, codes: list[str]) -> None:
    assert [m.code for m in find(lang, text) if m.code] == codes


_WORDS = st.sampled_from(["Korut", "AS", "pasukan", "Presiden", "mantan", "U.S.", "'s", "of", "the", ",", "dan",
                          "Kim", "Jong", "Un", "İ", "ß", "Ǆ", "\u0130stanbul", "tentara", "Rusia", "Mr.", "\n", " "])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_WORDS, st.text(max_size=6)), max_size=30), st.sampled_from(["id", "en"]))
def test_find_never_raises_and_offsets_hold(parts: list[str], lang: str) -> None:
    text = " ".join(parts)
    ms = ActorFinder(lang).find(text)
    for m in ms:
        assert 0 <= m.start < m.end <= len(text) and text[m.start:m.end] == m.text
    assert all(a.end <= b.start for a, b in zip(ms, ms[1:], strict=False))


@pytest.mark.parametrize(("text", "codes"), [
    ("South Korea shipped rice to the North.", ["KOR", "PRK"]),
    ("Kim said the South must stop the drills.", ["PRKGOV", "KOR"]),
    ("Voters in the North of England rejected it.", ["CVL", "GBR"]),
    ("Rain fell over the north and the south.", []),
])
def test_contextual_forms_need_their_context(text: str, codes: list[str]) -> None:
    assert [m.code for m in find("en", text) if m.code] == codes


def test_published_may_be_a_datetime() -> None:
    ms = find("en", "Trump said so.", dt.datetime(2023, 5, 1, 12, 0))
    assert [m.code for m in ms] == ["USA"]


@pytest.mark.parametrize(("lang", "text"), [
    ("id", "Cadangan senilai US$120 miliar dipindahkan saat dolar AS melemah."),
    ("en", "Reserves worth US$120 billion moved as the U.S. dollar fell."),
])
def test_currencies_are_not_states(lang: str, text: str) -> None:
    assert [m.code for m in find(lang, text) if m.code] == []


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("id", "Rudal jatuh di Laut Jepang, menurut Kepala Staf Gabungan Korea Selatan.",
     [("Kepala Staf Gabungan Korea Selatan", "KORMIL")]),
    ("en", "The missile fell into the Sea of Japan, South Korea's Joint Chiefs of Staff said.",
     [("South Korea's Joint Chiefs of Staff", "KORMIL")]),
    ("id", "Maria Santos, kepala Palang Merah Internasional, tiba kemarin.",
     [("Maria Santos", "NGOIFRC"), ("kepala Palang Merah Internasional", "NGOIFRC")]),  # "kepala" is a title
    ("en", "Ahmad Yani, a police spokesman, said.", [("Ahmad Yani", "GOV"), ("police spokesman", "GOV")]),
])
def test_blocked_places_and_appositions(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.code) for m in find(lang, text)] == expected


def test_language_without_data_folder_still_finds_states() -> None:
    ms = ActorFinder("ms").find("Korea Utara dan Amerika Syarikat bertemu.")
    assert [m.code for m in ms] == ["PRK", "USA"]


@pytest.mark.parametrize(("lang", "text", "dyad"), [
    # school pupils are civilians in both languages, as "students" / "mahasiswa" are
    ("id", "Kelompok bersenjata menculik puluhan siswa di Nigeria.", ("ASSAULT", "NGAREB", "NGACVL")),
    ("en", "Gunmen abducted 300 schoolgirls in Nigeria.", ("ASSAULT", "NGAREB", "NGACVL")),
])  # fmt: skip
def test_pupils_are_civilians_in_both_languages(lang, text, dyad):
    from warta.api import extract

    assert dyad in {(e.type, e.source.code, e.target.code if e.target else "") for e in extract(text, lang=lang)}


@pytest.mark.parametrize(("lang", "text", "dyad"), [
    # one no longer in an office, with no state named, is a civilian of the state the context gives
    ("en", "Peruvian prosecutors accused the former president of money laundering.", ("ACCUSE", "PER", "PERCVL")),
    ("en", "South Korean police arrested the former defence minister.", ("COERCE", "KORCOP", "KORCVL")),
    ("id", "Polisi Korea Selatan menangkap mantan menteri pertahanan.", ("COERCE", "KORCOP", "KORCVL")),
])  # fmt: skip
def test_a_former_office_holder_of_no_named_state_is_a_civilian_of_the_context(lang, text, dyad):
    from warta.api import extract

    found = {(e.type, e.source.code, e.target.code if e.target else "") for e in extract(text, lang=lang)}
    assert any(t == dyad[0] and s[:3] == dyad[1][:3] and g == dyad[2] for t, s, g in found), found


def test_an_unlisted_name_starts_only_at_the_start_of_a_word():
    """A run of capitalised words is a name only from a capital that no letter or apostrophe precedes
    ("eBay Marketplace", "l'Hopital Central" are not; "O'Neill Street Bank" is)."""
    text = "Officials met Juan Perez; eBay Marketplace, l'Hopital Central and O'Neill Street Bank were named."
    names = [m.text for m in ActorFinder("en").find(text) if m.kind == "name"]
    assert names == ["Juan Perez", "O'Neill Street Bank"]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("id", "pasukan AS, Prancis dan Turki", [("pasukan AS", "USAMIL"), ("Prancis", "FRAMIL"), ("Turki", "TURMIL")]),
    ("en", "US ,  French\u00a0and  Turkish forces", [("US", "USAMIL"), ("French", "FRAMIL"), ("Turkish forces", "TURMIL")]),
    # a long gap between two actors is no link: each stays itself
    ("id", "pasukan AS yang pekan lalu tiba di pelabuhan dan Turki", [("pasukan AS", "USAMIL"), ("Turki", "TUR")]),
])
def test_a_link_between_two_actors_is_read_across_any_run_of_spaces_but_a_long_gap_is_none(lang, text, expected):
    assert [(m.text, m.code) for m in ActorFinder(lang).find(text)] == expected


def test_mention_provenance_answers_the_coders_questions():
    local = ActorMention("IDNGOV", "x", "x", 0, 1, "title", "lang/id/titles.tsv:40+geonames:1625822")
    assert local.by_title and local.local_office and not local.known_organisation() and not local.unknown_name
    alias = ActorMention("IDNGOV", "x", "x", 0, 1, "title", "lang/id/titles.tsv:40+lang/id/place_aliases.tsv:7")
    assert alias.local_office
    state = ActorMention("CHEGOV", "x", "x", 0, 1, "title", "lang/id/titles.tsv:40+cldr:id:CH")
    assert state.by_title and not state.local_office
    party = ActorMention("IDN", "x", "x", 0, 1, "group", "knowledge/organisations_more.tsv:3+lang/id/sectors.tsv:9")
    assert party.known_organisation(head=True) and not party.by_title
    late = ActorMention("IDNGOV", "x", "x", 0, 1, "sector", "lang/id/sectors.tsv:9+knowledge/organisations.tsv:3")
    assert late.known_organisation() and not late.known_organisation(head=True)
    assert ActorMention("", "X", "X", 0, 1, "name", "name:capitalised").unknown_name
    assert ActorMention("RUS", "Rusia", "Rusia", 0, 5).sources == ()
