"""Own news sentences of helper Y (tests/data/tune_Y_own.tsv and its negatives tune_Y_own_neg.tsv): words with senses
of different PLOVER types (demand or lawsuit, sentence or sanction, questioning or asking, denial or criticism,
signing or agreeing, pressing or coercing, warning or threatening), in Indonesian and English, coded by GUIDELINES.md
before warta ran on them.  Every positive row must be coded right (type, source and target at country level) unless
it is a known miss below, and no negative row may give its event."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, read_rows, row_set_checks

DATA = Path(__file__).parent / "data" / "tune_Y_own.tsv"
NEG = Path(__file__).parent / "data" / "tune_Y_own_neg.tsv"
PUB = "2024-11-15"
ROWS = read_rows(DATA, 6)
NEG_ROWS = read_rows(NEG, 5)

# misses and false alarms known and left open, by line: each still runs and must fail (strict), so a fix shows
_PRESS = ("'menekan Israel agar ...': the code-by-code suite codes pressing a state to act as COERCE 170 ('China"
          " menekan Lituania agar', 'China pressured Lithuania to'), so it stays coercion in Indonesian; the English"
          " 'pressed ... to' is a request (press ~ to, REQUEST 020)")
KNOWN_MISSES = {
    46: "'a warehouse owned by an Indonesian citizen': the owner behind 'owned by' is not read as the raid's target",
    59: _PRESS,
    82: "'submitted an extradition request to Singapore': the noun's source through 'submitted' is not paired",
}
KNOWN_FALSE_ALARMS = {
    7: "'memvonis bebas' (acquitted): a verdict is read as a sentence (vonis, COERCE 173) whatever it says",
    17: "'memeriksa kesehatan' (a medical check): memeriksa is read as an inquiry whatever its object",
    19: "'menandatangani peraturan pemerintah': bare 'menandatangani' is a signing whatever is signed; restricting it"
        " to agreements swallowed the cooperation noun the signed-object rule needs ('menandatangani kerja sama')",
    25: _PRESS,
}

test_rows_are_well_formed, test_coded_right, test_not_coded = row_set_checks(
    DATA, ROWS, NEG_ROWS, PUB, KNOWN_MISSES, KNOWN_FALSE_ALARMS)


# the rules of helper Y beside the rows: each word's other sense keeps its own type
@pytest.mark.parametrize(("lang", "text", "key"), [
    # a warning of what will follow stays a threat; a warning to act is a request
    ("id", "Amerika Serikat memperingatkan Iran akan konsekuensi serius jika menyerang Israel.", ("THREATEN", "USA", "IRN")),
    ("en", "The United States warned Iran of serious consequences if it attacked Israel.", ("THREATEN", "USA", "IRN")),
    ("en", "Japan warned China to stop its coast guard incursions near the Senkaku islands.", ("REQUEST", "JPN", "CHN")),
    ("id", "Jepang memperingatkan China untuk menghentikan masuknya kapal penjaga pantai ke dekat Kepulauan Senkaku.",
     ("REQUEST", "JPN", "CHN")),
    # a warning not to act deters: a threat
    ("en", "China warned the Philippines not to provoke it in the South China Sea.", ("THREATEN", "CHN", "PHL")),
    # a court's death or prison sentence, active or passive, is COERCE; a bloc punishing a state with sanctions SANCTION
    ("id", "Pengadilan Iran menghukum mati seorang warga negara Jerman atas tuduhan terorisme.", ("COERCE", "IRN", "DEU")),
    ("id", "Seorang warga negara Australia dihukum 20 tahun penjara oleh pengadilan Bali.", ("COERCE", "IDN", "AUS")),
    ("id", "Uni Eropa menghukum Rusia dengan sanksi ekonomi.", ("SANCTION", "IGOEU", "RUS")),
    # questioning by the police, active or passive, is an inquiry; asking for a clarification stays a request
    ("id", "Dua warga negara Inggris dimintai keterangan oleh kepolisian Jerman setelah perkelahian di Munchen.",
     ("ACCUSE", "DEU", "GBR")),
    ("id", "Menteri Luar Negeri Retno Marsudi meminta klarifikasi dari Australia soal laporan penyadapan.",
     ("REQUEST", "IDN", "AUS")),
    # a prosecutors' demand for a prison term; signing a memorandum; the police searching a named person's home
    ("en", "Prosecutors in Seoul sought ten years in prison for former president Yoon Suk Yeol.", ("ACCUSE", "KOR", "KOR")),
    ("id", "Presiden Joko Widodo dan Perdana Menteri Jepang Fumio Kishida menandatangani nota kesepahaman di Tokyo.",
     ("SUPPORT", "IDN", "JPN")),
    ("en", "Police searched the home of former minister Syahrul Yasin Limpo in Makassar.", ("COERCE", "IDN", "IDN")),
    # a parliament's, a court's or an international body's own verb of protest is verbal disapproval (practice.coded_as),
    # as a government's; a protest named as the aim of a walkout stays a protest
    ("id", "PBB memprotes Israel atas serangan terhadap sekolah di Gaza.", ("ACCUSE", "IGOUN", "ISR")),
    ("en", "The United Nations protested to Israel over the strike on a school in Gaza.", ("ACCUSE", "IGOUN", "ISR")),
    ("id", "Komisi I DPR memprotes keputusan Kementerian Pertahanan membeli pesawat bekas.", ("ACCUSE", "IDN", "IDN")),
    ("id", "Fraksi PKS walk out dari rapat paripurna DPR sebagai protes terhadap pemerintah.", ("PROTEST", "IDN", "IDN")),
    # attacking someone about a matter, or targeting them with words, is criticism; targeting with sanctions a sanction
    ("id", "Ketua Umum PDIP Megawati menyerang Presiden Joko Widodo soal pencalonan putranya.", ("ACCUSE", "IDN", "IDN")),
    ("en", "Beijing targeted Washington with fresh criticism over Taiwan.", ("ACCUSE", "CHN", "USA")),
    ("en", "The United States targeted Russia with new sanctions on Friday.", ("SANCTION", "USA", "RUS")),
    # calling off talks or a visit is a refusal to meet, not a call for talks or a visit
    ("id", "Trump membatalkan pertemuan dengan Kim Jong Un di Singapura.", ("REJECT", "USA", "PRK")),
    ("en", "Trump called off talks with Kim Jong Un.", ("REJECT", "USA", "PRK")),
    ("id", "Presiden Prabowo membatalkan kunjungan ke Malaysia.", ("REJECT", "IDN", "MYS")),
    # welcoming a proposal endorses it; welcoming a visitor is hosting a visit
    ("id", "Presiden Prabowo menyambut usulan Australia untuk menggelar latihan militer bersama.", ("SUPPORT", "IDN", "AUS")),
    ("en", "Prime Minister Albanese welcomed Indonesia's proposal to hold joint military exercises.",
     ("SUPPORT", "AUS", "IDN")),
    ("id", "Presiden Joko Widodo menyambut Perdana Menteri Jepang di Istana Bogor.", ("CONSULT", "IDN", "JPN")),
])  # fmt: skip
def test_senses_coded(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "etype"), [
    # a demand to take a case to court is no lawsuit; homes searched for survivors are a rescue, not a raid
    ("id", "DPR menuntut pemerintah segera membawa kasus pembunuhan aktivis itu ke pengadilan.", "ACCUSE"),
    ("en", "Indonesian rescue teams searched the homes in Palu for survivors.", "COERCE"),
    ("en", "Prosecutors in Seoul sought ten years in prison for former president Yoon Suk Yeol.", "REQUEST"),
    ("id", "Pengadilan Iran menghukum mati seorang warga negara Jerman atas tuduhan terorisme.", "SANCTION"),
    # workers protesting in the street protest; a walkout's aim is no accusation
    ("id", "Ribuan buruh memprotes kebijakan upah pemerintah di depan Istana.", "ACCUSE"),
    ("id", "Fraksi PKS walk out dari rapat paripurna DPR sebagai protes terhadap pemerintah.", "ACCUSE"),
    # words about a matter make the attack verbal, not a strike "terkait" (tied to) another act
    ("id", "Ketua Umum PDIP Megawati menyerang Presiden Joko Widodo soal pencalonan putranya.", "ASSAULT"),
    ("id", "Israel menyerang Gaza terkait serangan roket Hamas.", "ACCUSE"),
    ("en", "Beijing targeted Washington with fresh criticism over Taiwan.", "ASSAULT"),
    # a visit, talks or a charge called off did not happen
    ("id", "Presiden Prabowo membatalkan kunjungan ke Malaysia.", "CONSULT"),
    ("en", "President Prabowo cancelled his visit to Malaysia.", "CONSULT"),
    ("en", "Trump called off talks with Kim Jong Un.", "REQUEST"),
    ("id", "Hakim praperadilan membatalkan penetapan tersangka terhadap mantan Wakil Menteri Hukum oleh KPK.", "ACCUSE"),
    # a proposal welcomed is no visit hosted
    ("id", "Presiden Prabowo menyambut usulan Australia untuk menggelar latihan militer bersama.", "CONSULT"),
    ("en", "Prime Minister Albanese welcomed Indonesia's proposal to hold joint military exercises.", "CONSULT"),
])  # fmt: skip
def test_senses_not_coded(lang, text, etype):
    assert etype not in {k[0] for k in event_keys(text, lang, PUB)}
