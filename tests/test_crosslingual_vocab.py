"""The same act gets the same code in both languages (issue 11: NTREX en/id agreement).

Each pair below says one thing in Indonesian and in English; both must give the same events at the dev
gold's match key (type, source country, target country).  The sentences are written for this file; they
cover words or frames one language knew and the other did not (an honorific before a surname, "the
public" for "masyarakat", a clause opened by "because"/"karena" or by "if"/"jika", "sheltering in" as taking
shelter, the object clitic "-nya" as "him")."""

from __future__ import annotations

from collections import Counter

import pytest

from warta.api import extract
from warta.evaluate import match_key


def keys(text: str, lang: str, published: str = "2026-03-02") -> Counter:
    return Counter(match_key(e.type, e.source.code, e.target.code if e.target else "")
                   for e in extract(text, lang=lang, published=published))  # fmt: skip


# (expected events, publication date, Indonesian sentence, English sentence)
PAIRS = [
    # an honorific before a surname: "Ny May" is "Mrs May" (Theresa May while in office)
    ({("REQUEST", "DEU", "GBR")}, "2018-11-20", "Kanselir Jerman mendesak Ny May untuk menunda Brexit.",
     "The German chancellor urged Mrs May to delay Brexit."),
    ({("ACCUSE", "FRA", "GBR")}, "2017-06-12", "Presiden Prancis mengkritik Nyonya May pada Senin.",
     "The French president criticised Mrs. May on Monday."),
    # "the public" is "masyarakat": civilians of the speaker's state
    ({("REQUEST", "GBR", "GBR")}, "2026-03-02", "Seorang pejabat Inggris mendesak masyarakat untuk menghemat air.",
     "A British official urged the public to save water."),
    ({("ASSAULT", "KEN", "KEN")}, "2026-03-02", "Polisi Kenya memukuli masyarakat umum di Nairobi.",
     "Kenyan police beat members of the general public in Nairobi."),
    # sheltering someone is aid; taking shelter is no act on anyone
    ({("AID", "TUR", "IRQ")}, "2026-03-02", "Turki menampung pengungsi Irak.", "Turkey sheltered Iraqi refugees."),
    (set(), "2026-03-02", "Warga sipil Ukraina berlindung di ruang bawah tanah kedutaan besar Polandia.",
     "Ukrainian civilians are sheltering in the basement of the Polish embassy."),
    (set(), "2026-03-02", "Warga desa Indonesia berlindung di tenda-tenda dekat kantor Palang Merah.",
     "Indonesian villagers are sheltering in tents near the offices of the Red Cross."),
    # a clause opened by "because"/"since"/"karena" holds no object of the verb before it
    (set(), "2014-05-01", "Obama mencari dukungan untuk kesepakatan itu karena Kongres bisa memblokirnya.",
     "Obama sought support for the deal since Congress could block it."),
    (set(), "2022-05-01", "Biden menggalang dukungan untuk pemilu karena Senat bisa menolak anggarannya.",
     "Biden is rallying support for the election because the Senate could reject his budget."),
    ({("ASSAULT", "RUS", "UKR")}, "2026-03-02", "Rusia menyerang Ukraina karena Moskow merasa terancam.",
     "Russia attacked Ukraine because Moscow felt threatened."),
    # holding someone accountable is "meminta pertanggungjawaban"; a title's full stop does not cut a pattern's gap
    ({("ACCUSE", "IGOEU", "RUS")}, "2026-03-02", "Uni Eropa meminta pertanggungjawaban Rusia atas serangan itu.",
     "The European Union held Russia accountable for the attack."),
    ({("ACCUSE", "USA", "USA")}, "2018-05-02", "Para senator Demokrat akan meminta pertanggungjawaban Tuan Trump.",
     "Democratic senators will hold Mr. Trump accountable."),
    # an object clitic ("-nya") is "him": the verb acts on the one named last before it
    ({("ACCUSE", "KOR", "PRK")}, "2026-03-02", "Setelah Kim Jong-un berpidato di Pyongyang, Presiden Korea Selatan mengkritiknya.",
     "After Kim Jong-un spoke in Pyongyang, the South Korean president criticised him."),
    ({("CONSULT", "PHL", "JPN"), ("CONSULT", "JPN", "PHL")}, "2026-03-02",
     "Ketika Presiden Filipina tiba di Tokyo, Perdana Menteri Jepang menyambutnya.",
     "When the Philippine president arrived in Tokyo, the Japanese prime minister welcomed him."),
    ({("ACCUSE", "USA", "USA")}, "2026-03-02", "Jaksa Amerika Serikat menemukan dokumen rahasia milik Trump, dan FBI menyelidikinya.",
     "US prosecutors found secret documents belonging to Trump, and the FBI investigated him."),
    # a relative clause ends at a subordinator: the act after "while"/"sementara" has its own subject
    ({("ACCUSE", "USA", "USA")}, "2026-03-02",
     "Pemungutan suara untuk Kavanaugh yang tertekan setelah tuduhan itu ditunda sementara FBI menyelidiki Kavanaugh.",
     "The vote on Kavanaugh who was under pressure after the allegations was delayed while the FBI investigated Kavanaugh."),
    # a conditional clause opens a clause: its verb takes no party from before "if"/"jika"
    (set(), "2026-03-02", "Kapal perang India itu tidak berguna jika dikerahkan dalam perang.",
     "The Indian warship is useless if deployed in a war."),
    ({("ASSAULT", "RUS", "UKR")}, "2026-03-02", "NATO akan merespons jika Rusia menyerang Ukraina.",
     "NATO will respond if Russia attacks Ukraine."),
]


@pytest.mark.parametrize(("expected", "published", "id_text", "en_text"), PAIRS)
def test_the_same_act_gets_the_same_events_in_both_languages(expected, published, id_text, en_text) -> None:
    got_id, got_en = keys(id_text, "id", published), keys(en_text, "en", published)
    assert set(got_en) == expected, got_en
    assert got_id == got_en, (got_id, got_en)


def acts(text: str, lang: str) -> set[tuple[str, str, str, str]]:
    return {(*match_key(e.type, e.source.code, e.target.code if e.target else ""), e.modality)
            for e in extract(text, lang=lang, published="2026-03-02")}  # fmt: skip


# "apakah" is "whether": what an inquiry asks about is hypothetical, and no genitive reaches across it
@pytest.mark.parametrize(("id_text", "en_text"), [
    ("Komisi itu memulai penyelidikan apakah tentara Israel menembak jurnalis Palestina.",
     "The commission began an investigation into whether Israeli soldiers shot the Palestinian journalist."),
    ("Jaksa Mueller memperluas penyelidikannya apakah tim kampanye Trump bekerja sama dengan Rusia.",
     "Prosecutor Mueller widened his investigation into whether Trump's campaign cooperated with Russia."),
])
def test_whether_is_apakah(id_text, en_text) -> None:
    got_id, got_en = acts(id_text, "id"), acts(en_text, "en")
    assert got_id == got_en and any(m == "hypothetical" for *_, m in got_en), (got_id, got_en)


def test_no_genitive_agent_across_whether() -> None:
    """"penyelidikannya apakah kampanye Presiden Brasil ...": the president is no agent of the inquiry."""
    assert keys("Surat kabar itu membahas penyelidikannya apakah kampanye Presiden Brasil berkolusi dengan Venezuela.",
                "id") == Counter()
    assert keys("The newspaper discussed his investigation into whether the Brazilian president's campaign colluded "
                "with Venezuela.", "en") == Counter()


# a negation before a comma is its own clause's: the act after ", dan/, but" is not denied
@pytest.mark.parametrize(("lang", "text"), [
    ("id", "Jepang tidak membantu, dan mengecam Rusia."),
    ("en", "Japan did not help, and condemned Russia."),
    ("id", "Jepang tidak menjawab, tetapi mengecam Rusia pada Senin."),
    ("en", "Japan did not answer, but condemned Russia on Monday."),
])
def test_a_negation_stops_at_a_comma(lang, text) -> None:
    assert [(e.type, e.negated) for e in extract(text, lang=lang)] == [("ACCUSE", False)]
