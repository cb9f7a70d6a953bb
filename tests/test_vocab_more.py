"""News vocabulary in both languages (issue 11, items 1 and 8): event nouns after light verbs, trade bans
and tariffs on a country's goods, envoys recalled, donations and loans, joint exercises, troops put on
alert, and common nouns that are no trigger.  The sentences are written for this file; each pair says the
same thing in Indonesian and English and must give the same event, so a lost entry fails here."""

from __future__ import annotations

import pytest

from sentence_sets import event_keys

# (type, source, target at country level, Indonesian sentence, English sentence)
PAIRS = [
    ("ASSAULT", "RUS", "UKR", "Pasukan Rusia membombardir kota Kharkiv semalaman.", "Russian forces pounded the city of Kharkiv overnight."),
    ("SANCTION", "IND", "PAK", "India memutus hubungan dagang dengan Pakistan.", "India cut trade ties with Pakistan."),
    ("SANCTION", "NIC", "ISR", "Nikaragua memutuskan hubungan dengan Israel.", "Nicaragua broke off relations with Israel."),
    ("ASSAULT", "SAU", "IDN", "Arab Saudi mengeksekusi seorang warga negara Indonesia.",
     "Saudi Arabia executed an Indonesian citizen."),
    ("COERCE", "ISR", "EGY", "Israel memberlakukan blokade terhadap Mesir pada Selasa.",
     "Israel imposed a blockade on Egypt on Tuesday."),
    ("COERCE", "TUR", "GRC", "Turki kembali memberlakukan blokade laut terhadap Yunani.",
     "Turkey reimposed a naval blockade on Greece."),
    ("SANCTION", "JPN", "PRK", "Jepang memperluas sanksi terhadap Korea Utara.",
     "Japan expanded its sanctions against North Korea."),
    ("SANCTION", "GBR", "IRN", "Inggris menambah sanksi terhadap Iran.", "Britain stepped up sanctions on Iran."),
    ("SANCTION", "CHN", "AUS", "China melarang impor anggur dari Australia.",
     "China banned imports of wine from Australia."),
    ("SANCTION", "IND", "PAK", "India menghentikan impor semen dari Pakistan.",
     "India halted imports of cement from Pakistan."),
    ("SANCTION", "USA", "CAN", "Amerika Serikat mengenakan tarif atas impor baja dari Kanada.",
     "The United States slapped tariffs on steel imports from Canada."),
    ("SANCTION", "MAR", "DZA", "Maroko menarik duta besarnya dari Aljazair.",
     "Morocco recalled its ambassador from Algeria."),
    ("AID", "JPN", "PHL", "Jepang menyumbangkan beras kepada Filipina.", "Japan donated rice to the Philippines."),
    ("AID", "AUS", "PNG", "Australia menyalurkan obat-obatan ke Papua Nugini.",
     "Australia delivered medicine to Papua New Guinea."),
    ("AID", "CHN", "LKA", "China meminjamkan dua miliar dolar kepada Sri Lanka.",
     "China lent two billion dollars to Sri Lanka."),
    ("COOPERATE", "AUS", "IDN", "Australia dan Indonesia menggelar latihan angkatan laut bersama.",
     "Australia and Indonesia held joint naval exercises."),
    ("RETREAT", "ISR", "LBN", "Israel menarik mundur pasukannya dari Lebanon.",
     "Israel pulled its troops out of Lebanon."),
    ("AID", "JOR", "SYR", "Yordania menampung pengungsi Suriah.", "Jordan sheltered Syrian refugees."),
    ("MOBILIZE", "USA", "", "Amerika Serikat menempatkan rudal di Jerman.", "The United States stationed missiles in Germany."),
    ("AGREE", "ARM", "AZE", "Armenia dan Azerbaijan mencapai kesepakatan pada Kamis.",
     "Armenia and Azerbaijan reached an agreement on Thursday."),
    ("REJECT", "HUN", "SWE", "Hongaria memblokir keanggotaan Swedia di NATO.",
     "Hungary blocked Sweden's membership in NATO."),
    ("STATEMENT", "CHN", "", "Juru bicara Kementerian Luar Negeri China menolak untuk mengomentari laporan itu.",
     "A Chinese foreign ministry spokesman declined to comment on the report."),
    ("ACCUSE", "JPN", "IDN", "Perusahaan Jepang menuntut pemerintah Indonesia ke pengadilan.",
     "A Japanese company sued the Indonesian government over the contract."),
    ("CONCEDE", "KHM", "", "Partai oposisi Kamboja mengakui kekalahannya.", "The Cambodian opposition party conceded defeat."),
    ("ASSAULT", "NGA", "NGA", "Pemberontak menyergap konvoi tentara Nigeria.", "Rebels ambushed a Nigerian army convoy."),
    ("SUPPORT", "FRA", "BRA", "Prancis mengucapkan selamat kepada Brasil atas pemilu itu.",
     "France congratulated Brazil on the election."),
    ("SUPPORT", "JPN", "IDN", "Jepang berterima kasih kepada Indonesia atas bantuannya.",
     "Japan thanked Indonesia for its help."),
    ("ACCUSE", "CHN", "JPN", "China mengajukan keluhan resmi kepada Jepang.", "China lodged a formal complaint with Japan."),
    ("COERCE", "MMR", "JPN", "Junta Myanmar menjatuhkan vonis sepuluh tahun kepada pembuat film Jepang.",
     "The Myanmar junta sentenced a Japanese filmmaker to ten years in prison."),
    ("AID", "QAT", "PSE", "Qatar membiayai rekonstruksi Gaza.", "Qatar funded the reconstruction of Gaza."),
    ("ACCUSE", "RUS", "UKR", "Rusia mengejek Ukraina.", "Russia mocked Ukraine."),
    ("COERCE", "FRA", "USA", "Prancis mendenda perusahaan Amerika itu.", "France fined the American company."),
    ("ASSAULT", "RUS", "UKR", "Ukraina diinvasi oleh Rusia.", "Ukraine was invaded by Russia."),
    ("PROTEST", "KEN", "KEN", "Ribuan warga Kenya berunjuk rasa di depan parlemen.",
     "Thousands of Kenyans rallied outside the parliament."),
]


@pytest.mark.parametrize(("kind", "source", "target", "id_text", "en_text"), PAIRS)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_same_act_is_coded_in_both_languages(lang, kind, source, target, id_text, en_text) -> None:
    text = id_text if lang == "id" else en_text
    assert (kind, source, target) in event_keys(text, lang), event_keys(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    # a noun spelled like a verb of the codebook: a brand, bars, "mendorong upaya" (boosting an effort)
    ("en", "The singer launched a clothing brand with a Japanese retailer."),
    ("en", "Bars and restaurants in Germany reported higher sales."),
    ("id", "Dana tambahan dari Jepang mendorong upaya pemerintah Filipina membangun jalan."),
    # a campaign rally is no protest
    ("en", "The president's rally in Ohio is scheduled for Saturday."),
    # a blockade spoken of, not imposed
    ("id", "Amerika Serikat dapat memakai angkatan lautnya sebagai blokade bagi ekspor Rusia."),
])
def test_no_event_from_a_noun_or_a_figurative_verb(lang, text) -> None:
    assert event_keys(text, lang) == set()


@pytest.mark.parametrize(("lang", "text", "dyad"), [
    ("id", "Inggris membekukan kerja sama dengan Myanmar.", ("SANCTION", "GBR", "MMR")),
    ("en", "Police banned opposition rallies in Bahrain.", ("COERCE", "BHR", "BHR")),  # rallies: a ban's content
])
def test_a_frozen_cooperation_is_a_sanction_and_a_banned_rally_a_coercion(lang, text, dyad) -> None:
    assert dyad in event_keys(text, lang), event_keys(text, lang)


def test_pounds_of_money_are_no_bombardment():
    assert not any(k[0] == "ASSAULT" for k in event_keys("Britain gave Ukraine 500 million pounds in aid.", "en"))
