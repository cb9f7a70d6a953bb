"""General Indonesian fixes found through the code-by-code suite (tests/test_codebook_sentences.py): each case is
a sentence of our own, not one of the suite's."""

from __future__ import annotations

import pytest

from warta.api import extract
from warta.pipeline.actors import ActorFinder


def dyads(text: str, lang: str = "id") -> set[tuple[str, str, str]]:
    return {(e.type, e.source.code[:3], e.target.code[:3] if e.target else "")
            for e in extract(text, lang=lang, published="2024-11-15")}


@pytest.mark.parametrize(("text", "dyad"), [
    # a sector word qualifying a noun names no actor ("bantuan militer" is military aid, not the military)
    ("Jepang mengancam akan menghentikan bantuan militer kepada Myanmar.", ("THREATEN", "JPN", "MMR")),
    ("Presiden Filipina mengancam akan memberlakukan darurat militer di Mindanao.", ("THREATEN", "PHL", "PHL")),
    ("Vietnam menolak bergabung dalam aliansi militer dengan Amerika Serikat.", ("REJECT", "VNM", "USA")),
    # a former officeholder with no state named is of the state the context gives
    ("Jaksa Korea Selatan mendakwa mantan presiden atas tuduhan suap.", ("ACCUSE", "KOR", "KOR")),
    ("Presiden Kirgistan bertemu Presiden Kazakhstan di Astana.", ("CONSULT", "KGZ", "KAZ")),
    # a threat of an attack in a place is aimed at the place's state
    ("Iran mengancam akan melancarkan operasi militer di Irak utara.", ("THREATEN", "IRN", "IRQ")),
    # the author of an act condemned or rejected, past a word of force or, for people, a determiner
    ("China mengecam operasi militer Jepang di Laut China Timur.", ("ACCUSE", "CHN", "JPN")),
    ("Presiden Kenya menolak tuntutan para pengunjuk rasa.", ("REJECT", "KEN", "KEN")),
])  # fmt: skip
def test_indonesian_dyads(text, dyad):
    assert dyad in dyads(text)


def test_qualifying_sector_word_is_no_actor():
    codes = [m.code for m in ActorFinder("id").find("Amerika Serikat menghentikan bantuan militer dan data intelijen.")]
    assert codes == ["USA"]


def test_former_office_alone_is_a_civilian_and_keeps_a_named_state():
    finder = ActorFinder("id")
    assert [m.code for m in finder.find("mantan perdana menteri")] == ["CVL"]
    assert [m.code for m in finder.find("mantan Presiden Korea Selatan")] == ["KOR"]


@pytest.mark.parametrize(("text", "dyad"), [
    # an agreement to cooperate is a pledge (AGREE 031) over a light verb, besides the cooperation it names
    ("Vietnam sepakat menjalin kerja sama dengan Jepang di bidang energi.", ("AGREE", "VNM", "JPN")),
    ("Filipina sepakat meningkatkan kerja sama pertahanan dengan Australia.", ("AGREE", "PHL", "AUS")),
    # willingness is an intent aimed at whom its content acts on; the act itself stays planned
    ("Turki bersedia menarik pasukannya dari Suriah utara.", ("AGREE", "TUR", "SYR")),
    ("Turki bersedia menarik pasukannya dari Suriah utara.", ("RETREAT", "TUR", "SYR")),
])  # fmt: skip
def test_pledges_over_light_verbs_and_willingness(text, dyad):
    assert dyad in dyads(text)


@pytest.mark.parametrize(("lang", "text", "dyad"), [
    # a denial of responsibility is addressed to no one (CAMEO 016, like a claim of it)
    ("id", "Suriah membantah terlibat dalam ledakan di pelabuhan itu.", ("STATEMENT", "SYR", "")),
    ("en", "Syria denied involvement in the blast at the port.", ("STATEMENT", "SYR", "")),
    # offering oneself as a mediator is an intent (AGREE), aimed at the parties between whom one would mediate
    ("id", "Norwegia menawarkan diri menjadi penengah antara Kolombia dan Venezuela.", ("AGREE", "NOR", "COL")),
])  # fmt: skip
def test_denials_and_offers(lang, text, dyad):
    assert dyad in dyads(text, lang)


@pytest.mark.parametrize(("lang", "text", "dyad"), [
    # a concession that names whom it yields to ("mengalah kepada", "tunduk pada tekanan", "gave in to") has a target
    ("id", "Kamboja akhirnya mengalah kepada Thailand dalam sengketa kuil itu.", ("CONCEDE", "KHM", "THA")),
    ("id", "Serbia tunduk pada tekanan Uni Eropa dan mencabut larangan itu.", ("CONCEDE", "SRB", "IGO")),
    ("en", "Cambodia finally gave in to Thailand in the temple dispute.", ("CONCEDE", "KHM", "THA")),
])  # fmt: skip
def test_concessions_name_whom_they_yield_to(lang, text, dyad):
    assert dyad in dyads(text, lang)


@pytest.mark.parametrize(("lang", "text", "dyad"), [
    # the ones a verb acts on may stand in a gap of its pattern ("memukuli ~ hingga tewas"): they are its target
    ("id", "Polisi Kenya memukuli sejumlah tahanan hingga tewas di Nairobi.", ("ASSAULT", "KEN", "KEN")),
])  # fmt: skip
def test_an_object_in_a_pattern_gap_is_the_target(lang, text, dyad):
    assert dyad in dyads(text, lang)


def test_a_qualifier_in_a_noun_pattern_gap_is_no_party():
    # "possible ~ strike": "military" qualifies the strike, it is no party
    assert ("THREATEN", "ISR", "IRN") in dyads("Israel stepped up hints about a possible military strike against Iran.", "en")


def test_a_national_body_named_with_another_state_is_that_states():
    finder = ActorFinder("id")
    assert [m.code for m in finder.find("Mahkamah Konstitusi Korea Selatan")] == ["KORJUD"]
    assert [m.code for m in finder.find("Mahkamah Konstitusi memutuskan sengketa pemilu.")] == ["IDNJUD"]


@pytest.mark.parametrize(("text", "dyad"), [
    # declaring a state of emergency is that act ("mengumumkan" carries the noun, as "menyatakan" does)
    ("Presiden Peru mengumumkan keadaan darurat di Lima.", ("COERCE", "PER", "PER")),
])  # fmt: skip
def test_declaring_is_a_light_verb(text, dyad):
    assert dyad in dyads(text)


def test_people_whose_demand_is_rejected_are_its_target():
    # "para demonstran" stands inside the span of "tuntutan ~ agar": they are the demand's authors, not a qualifier
    text = "Presiden Serbia menolak tuntutan para mahasiswa agar ia mengundurkan diri."
    assert ("REJECT", "SRB", "SRB") in dyads(text)


@pytest.mark.parametrize(("lang", "text", "dyad"), [
    # a riot with no rioters named is by the place's people against their authorities (as an unclaimed bombing is
    # by the place's militants); "pinggiran", "sekitar" are place nouns between "di" and the place
    ("id", "Kerusuhan pecah di pinggiran kota Marseille di Prancis.", ("PROTEST", "FRA", "FRA")),
    ("id", "Kerusuhan meletus di sekitar Nairobi setelah hasil pemilu diumumkan.", ("PROTEST", "KEN", "KEN")),
])  # fmt: skip
def test_unclaimed_riots(lang, text, dyad):
    assert dyad in dyads(text, lang)


def test_the_object_of_a_verb_after_a_noun_trigger_is_no_genitive():
    # "polisi" is what "menewaskan" kills, not the bomb's owner: the bomb is unclaimed
    assert ("ASSAULT", "PAK", "PAK") in dyads("Bom pinggir jalan menewaskan tiga tentara di Pakistan barat laut.")


def test_a_name_after_a_qualified_sector_noun_takes_its_sector():
    codes = {m.text: m.code for m in ActorFinder("id").find("Junta Myanmar menutup media independen Mizzima News.")}
    assert codes.get("Mizzima News") == "MED"
    codes = {m.text: m.code for m in ActorFinder("id").find("Warga sipil di Gaza City tewas.")}
    assert "City" not in "".join(codes)  # a preposition between is no qualifier


@pytest.mark.parametrize(("lang", "text", "dyad"), [
    # a threat to protest is aimed at the threateners' authorities; a threat to crush protests at the public
    ("id", "Serikat guru Kenya mengancam akan menggelar aksi protes nasional.", ("THREATEN", "KEN", "KEN")),
    ("id", "Polisi Bolivia mengancam akan menumpas aksi protes para petani.", ("THREATEN", "BOL", "BOL")),
])  # fmt: skip
def test_threats_of_protest_and_of_repression(lang, text, dyad):
    assert dyad in dyads(text, lang)


def test_its_own_people_and_using_a_weapon():
    # "penduduknya" (its population) is the agent's people; "menggunakan senjata kimia" carries the attack
    text = "Pemerintah Myanmar menggunakan senjata kimia terhadap rakyatnya sendiri."
    assert ("ASSAULT", "MMR", "MMR") in dyads(text)


@pytest.mark.parametrize(("lang", "text", "dyad"), [
    # easing curbs, or pledging or refusing to, is a state's act on its own public (cameo 0351, 1241 own_public)
    ("id", "Pemerintah Kuba berjanji melonggarkan pembatasan terhadap media independen.", ("AGREE", "CUB", "CUB")),
    ("id", "Pemerintah Iran menolak melonggarkan larangan terhadap partai oposisi.", ("REJECT", "IRN", "IRN")),
])  # fmt: skip
def test_easing_curbs_at_home(lang, text, dyad):
    assert dyad in dyads(text, lang)


@pytest.mark.parametrize(("lang", "text", "dyad"), [
    # a threat of force in a place is aimed at the place's state
    ("id", "Boko Haram mengancam akan melancarkan serangan di Niger.", ("THREATEN", "NGA", "NER")),
])  # fmt: skip
def test_a_threat_of_force_in_a_place(lang, text, dyad):
    assert dyad in dyads(text, lang)


def test_a_thing_owned_is_of_its_owners_state():
    text = "Perompak Somalia membajak kapal tanker milik perusahaan Yunani di Teluk Aden."
    assert ("ASSAULT", "SOM", "GRC") in dyads(text)


def test_welcoming_a_visit_is_hosting_it():
    text = "Kamboja menyambut kunjungan Perdana Menteri Jepang di Phnom Penh."
    assert {("CONSULT", "KHM", "JPN"), ("CONSULT", "JPN", "KHM")} <= dyads(text)


def test_a_pledge_to_step_down():
    # "mundur" alone (to step down) is a leadership change in the codebook topics: a pledge of it stands alone
    assert ("AGREE", "NPL", "") in dyads("Perdana Menteri Nepal berjanji mundur jika koalisinya pecah.")


def test_criticising_a_law_is_aimed_at_its_maker():
    text = "Amerika Serikat mengkritik undang-undang keamanan yang disahkan China di Hong Kong."
    assert ("ACCUSE", "USA", "CHN") in dyads(text)


@pytest.mark.parametrize(("lang", "text", "dyad"), [
    # a mobilisation has no target by nature (CAMEO 154 like 150-153)
    ("id", "Taiwan memanggil pasukan cadangan setelah latihan militer China.", ("MOBILIZE", "TWN", "")),
    ("en", "Taiwan called up reservists after China's military drills.", ("MOBILIZE", "TWN", "")),
])  # fmt: skip
def test_a_mobilisation_has_no_target(lang, text, dyad):
    assert dyad in dyads(text, lang)


def test_troops_of_a_un_mission_are_the_un():
    assert [m.code for m in ActorFinder("id").find("pasukan tambahan misi PBB")] == ["IGOUN"]


def test_a_blockade_eased_in_a_place():
    assert ("RETREAT", "AZE", "ARM") in dyads("Azerbaijan melonggarkan blokade di Armenia selatan.")


@pytest.mark.parametrize(("lang", "text", "dyad"), [
    # a show of force near a state is aimed at it: the pattern's own preposition introduces its object
    ("id", "Rusia menggelar latihan militer di sekitar Finlandia.", ("MOBILIZE", "RUS", "FIN")),
    ("en", "Russia held military drills near Finland.", ("MOBILIZE", "RUS", "FIN")),
])  # fmt: skip
def test_a_show_of_force_near_a_state(lang, text, dyad):
    assert dyad in dyads(text, lang)


@pytest.mark.parametrize(("lang", "text", "dyad"), [
    # blacklisting or designating a long-named party: two gaps in the pattern hold it
    ("id", "Amerika Serikat memasukkan sejumlah perusahaan teknologi China ke dalam daftar hitam.", ("COERCE", "USA", "CHN")),
    ("id", "Mesir menetapkan kelompok Ikhwanul Muslimin Mesir sebagai organisasi teroris.", ("COERCE", "EGY", "EGY")),
])  # fmt: skip
def test_blacklisting_and_designating(lang, text, dyad):
    assert dyad in dyads(text, lang)


def test_a_human_shield_named_between_verb_and_shield():
    text = "Pemberontak menjadikan penduduk desa sebagai tameng manusia di Mali utara."
    assert ("ASSAULT", "MLI", "MLI") in dyads(text)


def test_a_noun_headed_pattern_holds_its_owner():
    # "drone ~ menghantam": the state between the noun and the verb owns the drones and is the agent
    assert ("ASSAULT", "UKR", "RUS") in dyads("Drone Ukraina menghantam kilang minyak di Rusia selatan.")


def test_a_deadline_given_is_an_ultimatum():
    assert ("THREATEN", "USA", "IRN") in dyads("Amerika Serikat memberi Iran tenggat waktu untuk kembali ke perundingan.")


def test_protesters_torching_an_office_is_a_riot():
    # "membakar kantor polisi" (arson, as English "torched") by protesters is a riot (PROTEST 145)
    text = "Pengunjuk rasa membakar kantor polisi di Nairobi."
    assert ("PROTEST", "KEN", "KEN") in dyads(text)
