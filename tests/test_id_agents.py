"""Indonesian agent nouns written from the English agent rows (issue 11, item 6): each row that names its
English counterpart ("en: ..." in lang/id/sectors.tsv) gets the same sector in both languages, joins a
state after it, and the same act coded from a sentence and its translation has the same actors.
Sentences are ours."""

from __future__ import annotations

import pytest

from warta.api import extract
from warta.pipeline.actors import ActorFinder
from warta.tsv import read_tsv, resource_path


def _agent_rows() -> list[tuple[str, str, str, str]]:
    """(form, sector, English counterpart, file:line) of every Indonesian sector row with an "en:" note."""
    path = resource_path("warta.lang.id", "sectors.tsv")
    rows = []
    for r in read_tsv(path, ["form", "sector"], ["case", "note"]):
        note = r.get("note") or ""
        if note.startswith("en: "):
            rows.append((r["form"], r["sector"], note[4:], r.where))
    return rows


ROWS = _agent_rows()


def test_several_hundred_rows_name_their_english_counterpart() -> None:
    assert len(ROWS) >= 350
    assert {s for _, s, _, _ in ROWS} >= {"GOV", "MIL", "COP", "REB", "OPP", "JUD", "LEG", "BUS", "MED", "CVL",
                                          "REF", "NGO"}


def test_every_row_has_the_sector_of_its_english_counterpart() -> None:
    id_finder, en_finder = ActorFinder("id"), ActorFinder("en")
    wrong = []
    for form, sector, en, where in ROWS:
        want = "" if sector == "-" else sector
        got_en = [m.code for m in en_finder.find(en)]
        if got_en != ([want] if want else []):
            wrong.append(f"{where}: en {en!r} gives {got_en}, the row says {sector}")
        # the Indonesian noun followed by a state is one actor: the state's sector ("kapal dagang Yunani" = GRCBUS)
        text = f"{form} Yunani"
        got_id = [(m.code, m.text) for m in id_finder.find(text)]
        if got_id != [("GRC" + want, text)]:
            wrong.append(f"{where}: {text!r} gives {got_id}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize(("text", "lang"), [
    ("Dua orang tewas dalam kecelakaan itu.", "id"),
    ("Kapal itu tenggelam pada malam hari.", "id"),
    ("Partai itu kalah dalam pemilihan.", "id"),
    ("Pihak itu belum memberi tanggapan.", "id"),
    ("Ia menulis di media sosial pada Senin malam.", "id"),
    ("Ia dijadikan tahanan rumah selama dua tahun.", "id"),
    ("Pemilihan legislatif digelar pada bulan April.", "id"),
    ("He wrote on social media on Monday night.", "en"),
])
def test_ambiguous_words_are_no_actors_alone(text: str, lang: str) -> None:
    # "orang", "kapal", "partai", "pihak" alone are no rows; "media sosial", "tahanan rumah" are rows that
    # name no actor, so that "media" (MED) and "tahanan" (CVL) inside them stay out; pronouns are anaphors
    assert [m for m in ActorFinder(lang).find(text) if m.kind != "anaphor"] == []


# (Indonesian, English, the event both must give: type, source, target)
PAIRS = [
    ("Iran menyita kapal tanker Yunani di Teluk Persia.", "Iran seized a Greek tanker in the Persian Gulf.",
     ("COERCE", "IRN", "GRCBUS")),
    ("Angkatan laut Inggris menyita kapal dagang Iran.", "The British navy seized an Iranian merchant ship.",
     ("COERCE", "GBRMIL", "IRNBUS")),
    ("Kapal kargo Jepang ditahan oleh angkatan laut Rusia.", "A Japanese cargo ship was detained by the Russian navy.",
     ("COERCE", "RUSMIL", "JPNBUS")),
    ("Penjaga pantai China menembakkan meriam air ke kapal dagang Filipina.",
     "The Chinese coast guard fired water cannon at a Philippine merchant ship.", ("ASSAULT", "CHNMIL", "PHLBUS")),
    ("Komandan pemberontak Suriah bertemu dengan pejabat Turki di Ankara.",
     "A Syrian rebel commander met Turkish officials in Ankara.", ("CONSULT", "SYRREB", "TURGOV")),
    ("Pemimpin militan Hamas mengancam Israel.", "A Hamas militant leader threatened Israel.",
     ("THREATEN", "PSEREB", "ISR")),
    ("Juru bicara pemberontak Houthi mengancam kapal tanker Inggris.",
     "A Houthi rebel spokesman threatened British tankers.", ("THREATEN", "YEMREB", "GBRBUS")),
    ("Pemerintah sementara Bangladesh mengkritik India.", "Bangladesh's interim government criticised India.",
     ("ACCUSE", "BGDGOV", "IND")),
    ("Bank sentral Rusia mengkritik sanksi Uni Eropa.",
     "The Russian central bank criticised the European Union sanctions.", ("ACCUSE", "RUSGOV", "IGOEU")),
    ("Kapal selam Rusia mengancam kapal induk Amerika Serikat.",
     "A Russian submarine threatened an American aircraft carrier.", ("THREATEN", "RUSMIL", "USAMIL")),
    ("Pejabat militer Korea Utara mengancam Korea Selatan.", "A North Korean military official threatened South Korea.",
     ("THREATEN", "PRKMIL", "KOR")),
    ("Anggota parlemen oposisi Korea Selatan mengkritik Presiden Yoon.",
     "South Korean opposition MPs criticised President Yoon.", ("ACCUSE", "KOROPP", "KORGOV")),
    ("Wakil rakyat Filipina mengecam China.", "Philippine lawmakers condemned China.", ("ACCUSE", "PHLLEG", "CHN")),
    ("Polisi setempat Georgia menangkap wartawan Rusia.", "Georgian police arrested a Russian journalist.",
     ("COERCE", "GEOCOP", "RUSMED")),
    ("Israel membebaskan tahanan Palestina.", "Israel released Palestinian detainees.", ("RETREAT", "ISR", "PSECVL")),
    ("Kelompok bersenjata menculik anak-anak di Nigeria.", "Gunmen kidnapped children in Nigeria.",
     ("ASSAULT", "NGAREB", "NGACVL")),
    ("Pejabat-pejabat Korea Selatan bertemu dengan utusan Jepang.", "South Korean officials met Japanese envoys.",
     ("CONSULT", "KORGOV", "JPNGOV")),
    ("Taliban melarang perempuan Afghanistan bersekolah.", "The Taliban banned Afghan women from school.",
     ("COERCE", "AFGREB", "AFGCVL")),
    ("Pasukan separatis menyerang tentara Ukraina.", "Separatist forces attacked Ukrainian soldiers.",
     ("ASSAULT", "UKRREB", "UKRMIL")),
    ("Investor Jepang mendukung rencana pemerintah Vietnam.",
     "Japanese investors supported the Vietnamese government's plan.", ("SUPPORT", "JPNBUS", "VNMGOV")),
    ("Pelaku bom bunuh diri menyerang polisi Pakistan.", "A suicide bomber attacked Pakistani police.",
     ("ASSAULT", "PAKREB", "PAKCOP")),
    ("Kepala negara Mesir bertemu dengan raja Yordania.", "The Egyptian head of state met the Jordanian king.",
     ("CONSULT", "EGYGOV", "JORGOV")),
    ("Organisasi bantuan Inggris mengirim bantuan kepada pengungsi Sudan.",
     "A British aid group sent aid to Sudanese refugees.", ("AID", "GBRNGO", "SDNREF")),
    ("Pejabat kesehatan Inggris mengkritik pemerintah China.",
     "British health officials criticised the Chinese government.", ("ACCUSE", "GBRGOV", "CHNGOV")),
    # "asal" (from) joins a sector noun and the state after it (lang/id/actor_links.tsv)
    ("Perusahaan asal China dijatuhi sanksi oleh Amerika Serikat.",
     "Chinese companies were sanctioned by the United States.", ("SANCTION", "USA", "CHNBUS")),
]


@pytest.mark.parametrize(("id_text", "en_text", "event"), PAIRS, ids=[p[2][1] + "-" + p[2][2] for p in PAIRS])
def test_the_same_actors_in_a_sentence_and_its_translation(id_text: str, en_text: str,
                                                           event: tuple[str, str, str]) -> None:
    for lang, text in (("id", id_text), ("en", en_text)):
        got = {(e.type, e.source.code, e.target.code if e.target else "") for e in extract(text, lang=lang)}
        assert event in got, f"{lang}: {text!r} gives {sorted(got)}"
