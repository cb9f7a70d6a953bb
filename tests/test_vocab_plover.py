"""Vocabulary by PLOVER type, written sentence by sentence for this file (wire-style, actors of 2020-2026):
light verbs with their event noun ("paid a visit", "convened a meeting", "menyuarakan dukungan"), talks by
phone, consulting, readiness to talk, striking a deal, siding with, solidarity, partnering, joint drills,
intelligence exchange, upgraded ties, suspended sanctions, prisoners let go, troops massed or warships
dispatched, vows to crush or retaliate, hinted retaliation, frozen assets, persona non grata, and silence;
treaties initialled or inked, coordinating with, medical teams sent, loans rolled over, jets scrambled, a
military build-up, firms put on a trade blacklist.
Each pair says the same thing in Indonesian and English and must give the same event; the common uses of
the same words give none."""

from __future__ import annotations

import pytest

from sentence_sets import event_keys

# (type, source, target at country level, Indonesian sentence, English sentence)
PAIRS = [
    ("CONSULT", "IDN", "JPN", "Menteri Luar Negeri Sugiono melakukan kunjungan ke Tokyo pada Senin.",
     "Foreign Minister Sugiono paid a visit to Tokyo on Monday."),
    ("CONSULT", "IND", "RUS", "Modi melakukan percakapan telepon dengan Putin.", "Modi held a phone conversation with Putin."),
    ("CONSULT", "JPN", "KOR", "Jepang dan Korea Selatan menggelar pertemuan di Seoul.",
     "Japan and South Korea convened a meeting of their foreign ministers."),
    ("CONSULT", "IRN", "RUS", "Menteri Luar Negeri Iran berkonsultasi dengan Menteri Luar Negeri Rusia.",
     "The Iranian foreign minister consulted with his Russian counterpart."),
    ("AGREE", "IRN", "USA", "Iran menyatakan kesiapan untuk melanjutkan perundingan nuklir dengan Amerika Serikat.",
     "Iran expressed readiness to resume nuclear talks with the United States."),
    ("AGREE", "MYS", "SGP", "Malaysia dan Singapura menyepakati perjanjian pasokan air.",
     "Malaysia and Singapore struck a deal on water supply."),
    ("SUPPORT", "IDN", "PSE", "Indonesia menyuarakan dukungan bagi upaya Palestina menjadi anggota penuh PBB.",
     "Indonesia voiced support for Palestine's bid for full UN membership."),
    ("SUPPORT", "DEU", "UKR", "Jerman menyatakan solidaritas dengan Ukraina.", "Germany expressed solidarity with Ukraine."),
    ("SUPPORT", "CHN", "RUS", "China berpihak kepada Rusia di Dewan Keamanan.", "China sided with Russia at the Security Council."),
    ("COOPERATE", "IND", "USA", "India dan Amerika Serikat meningkatkan pertukaran intelijen.",
     "India and the United States stepped up intelligence sharing."),
    ("COOPERATE", "CHN", "RUS", "China dan Rusia melakukan latihan angkatan laut gabungan di Laut Jepang.",
     "China and Russia conducted joint naval drills in the Sea of Japan."),
    ("COOPERATE", "VNM", "KOR", "Vietnam dan Korea Selatan meningkatkan hubungan menjadi kemitraan strategis komprehensif.",
     "Vietnam and South Korea upgraded their ties to a comprehensive strategic partnership."),
    ("COOPERATE", "IDN", "CHN", "Indonesia bermitra dengan China dalam proyek kereta cepat.",
     "Indonesia partnered with China on a high-speed railway."),
    ("AID", "DEU", "UKR", "Jerman melatih pilot Ukraina.", "Germany trained Ukrainian pilots."),
    ("RETREAT", "IGOEU", "SYR", "Uni Eropa menangguhkan sanksi terhadap Suriah.", "The European Union suspended sanctions on Syria."),
    ("RETREAT", "ISR", "PSE", "Israel melepaskan 90 tahanan Palestina.", "Israel released 90 Palestinian prisoners."),
    ("MOBILIZE", "CHN", "", "China menumpuk pasukan di dekat perbatasan dengan India.",
     "China massed troops near the border with India."),
    ("MOBILIZE", "USA", "", "Amerika Serikat mengerahkan kapal induk ke Timur Tengah.",
     "The United States dispatched an aircraft carrier to the Middle East."),
    ("MOBILIZE", "ISR", "", "Israel mengumpulkan tank di perbatasan Gaza.", "Israel amassed tanks on the Gaza border."),
    ("MOBILIZE", "POL", "", "Polandia memperkuat kehadiran militernya di perbatasan dengan Belarus.",
     "Poland beefed up its military presence on the border with Belarus."),
    ("THREATEN", "CHN", "TWN", "China bersumpah menghancurkan setiap upaya kemerdekaan Taiwan.",
     "China vowed to crush any attempt at Taiwan independence."),
    ("THREATEN", "RUS", "IGONATO", "Rusia mengisyaratkan pembalasan nuklir terhadap NATO.",
     "Russia hinted at nuclear retaliation against NATO."),
    ("THREATEN", "PAK", "IND", "Pakistan bersumpah akan membalas setiap agresi India.",
     "Pakistan vowed to retaliate against any Indian aggression."),
    ("COERCE", "AUS", "RUS", "Australia membekukan aset oligarki Rusia.", "Australia froze the assets of Russian oligarchs."),
    ("SANCTION", "RUS", "DEU", "Rusia menyatakan seorang diplomat Jerman sebagai persona non grata.",
     "Russia declared a German diplomat persona non grata."),
    ("STATEMENT", "CHN", "", "Beijing enggan mengomentari laporan tersebut.", "Beijing refused to comment on the report."),
    ("STATEMENT", "JPN", "", "Tokyo tutup mulut soal perundingan itu.", "Tokyo kept mum about the talks."),
    ("STATEMENT", "MYS", "", "Pemerintah Malaysia tidak memberikan komentar soal itu.",
     "The Malaysian government refrained from commenting."),
    ("SUPPORT", "ARM", "AZE", "Armenia dan Azerbaijan memaraf perjanjian damai di Washington.",
     "Armenia and Azerbaijan initialled a peace treaty in Washington."),
    ("SUPPORT", "BRA", "FRA", "Brasil memuji langkah Prancis.", "Brazil applauded France's move."),
    ("COOPERATE", "IDN", "RUS", "Indonesia dan Rusia menggelar latihan angkatan laut bersama pertama mereka.",
     "Indonesia and Russia held their first joint naval exercise."),
    ("COOPERATE", "USA", "PHL", "Amerika Serikat dan Filipina memperdalam kerja sama pertahanan.",
     "The United States and the Philippines deepened defence cooperation."),
    ("AID", "CHN", "KHM", "Kamboja menerima 20 kendaraan lapis baja dari China.",
     "Cambodia received 20 armoured vehicles from China."),
    ("RETREAT", "RUS", "SYR", "Rusia mengevakuasi pasukannya dari Suriah.", "Russia evacuated its troops from Syria."),
    ("RETREAT", "FRA", "NER", "Prancis menarik tentaranya keluar dari Niger.", "France pulled its soldiers out of Niger."),
    ("MOBILIZE", "KOR", "", "Korea Selatan meningkatkan kesiagaan militernya.", "South Korea raised its military readiness posture."),
    ("SANCTION", "IGOEU", "RUS", "Rusia dijatuhi sanksi baru oleh Uni Eropa.",
     "Russia was hit with fresh sanctions by the European Union."),
    ("SANCTION", "MLI", "FRA", "Mali memerintahkan duta besar Prancis meninggalkan negara itu.",
     "Mali ordered the French ambassador to leave the country."),
    ("SUPPORT", "USA", "UKR", "Amerika Serikat dan Ukraina meneken kesepakatan mineral.",
     "The United States and Ukraine inked a minerals deal."),
    ("SUPPORT", "PAK", "CHN", "Pakistan menyuarakan solidaritas dengan China soal Taiwan.",
     "Pakistan voiced solidarity with China over Taiwan."),
    ("COOPERATE", "KOR", "USA", "Korea Selatan menggandeng Amerika Serikat dalam industri perkapalan.",
     "South Korea teamed up with the United States on shipbuilding."),
    ("COOPERATE", "IDN", "MYS", "Indonesia berkoordinasi dengan Malaysia dalam pencarian korban.",
     "Indonesia coordinated with Malaysia in the search for victims."),
    ("AID", "IDN", "MMR", "Indonesia memberangkatkan tim medis ke Myanmar.",
     "Indonesia dispatched a medical team to Myanmar."),
    ("AID", "CHN", "PAK", "China memperpanjang pinjaman dua miliar dolar kepada Pakistan.",
     "China rolled over a two billion dollar loan to Pakistan."),
    ("MOBILIZE", "CHN", "", "China mengerahkan jet tempur di dekat Taiwan.",
     "China scrambled fighter jets near Taiwan."),
    ("MOBILIZE", "RUS", "", "Rusia meningkatkan penumpukan pasukan di dekat perbatasan.",
     "Russia stepped up its military build-up near the border."),
    ("THREATEN", "ISR", "LBN", "Israel bersumpah akan menggempur Hizbullah.",
     "Israel vowed to hit Hezbollah hard."),
    ("THREATEN", "USA", "VEN", "Trump tidak mengesampingkan aksi militer terhadap Venezuela.",
     "Trump did not rule out military action against Venezuela."),
    ("COERCE", "CHN", "USA", "China memasukkan perusahaan pertahanan AS ke daftar hitam.",
     "China placed US defence firms on its unreliable entity list."),
    ("CONSULT", "IDN", "MYS", "Prabowo bertatap muka dengan Anwar Ibrahim di Jakarta.",
     "Prabowo held face-to-face talks with Anwar Ibrahim in Jakarta."),
    ("CONCEDE", "PRK", "RUS", "Korea Utara menyanggupi permintaan Rusia untuk mengirim pekerja.",
     "North Korea acceded to Russia's request to send workers."),
    ("AID", "JPN", "TUR", "Jepang mengulurkan bantuan kepada Turki setelah gempa.",
     "Japan extended a helping hand to Turkey after the earthquake."),
    ("AID", "USA", "ISR", "Amerika Serikat menggelontorkan dana 14 miliar dolar untuk Israel.",
     "The United States poured 14 billion dollars into Israel."),
    ("RETREAT", "RUS", "SYR", "Pasukan Rusia hengkang dari Suriah.",
     "Russian troops pulled out of Syria."),
    ("RETREAT", "FRA", "MLI", "Tentara Prancis angkat kaki dari Mali.",
     "French soldiers pulled out of Mali."),
    ("CONCEDE", "GBR", "MUS", "Inggris menyerahkan kedaulatan Kepulauan Chagos kepada Mauritius.",
     "Britain handed sovereignty over the Chagos Islands to Mauritius."),
    ("CONCEDE", "USA", "IDN", "Amerika Serikat mengabulkan permintaan Indonesia soal tarif.",
     "The United States granted Indonesia's request on tariffs."),
    ("MOBILIZE", "IDN", "", "TNI menyiagakan ribuan prajurit di Papua.",
     "The Indonesian military put thousands of soldiers on standby in Papua."),
    ("THREATEN", "USA", "COL", "Trump mengultimatum Kolombia.",
     "Trump gave Colombia an ultimatum."),
    ("SANCTION", "USA", "CUB", "Amerika Serikat mengembargo Kuba.",
     "The United States embargoed Cuba."),
    ("SANCTION", "USA", "IRN", "Iran disanksi oleh Amerika Serikat.", "Iran was sanctioned by the United States."),
    ("MOBILIZE", "KOR", "", "Ribuan tentara Korea Selatan disiagakan di perbatasan.",
     "Thousands of South Korean troops were put on alert at the border."),
]


@pytest.mark.parametrize(("kind", "source", "target", "id_text", "en_text"), PAIRS)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_same_act_is_coded_in_both_languages(lang, kind, source, target, id_text, en_text) -> None:
    text = id_text if lang == "id" else en_text
    assert (kind, source, target) in event_keys(text, lang), event_keys(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Workers were paid a bonus in December."),
    ("en", "The board convened on Monday to review the budget."),
    ("en", "Fans massed outside the stadium before the final."),
    ("en", "The ship was dispatched to Rotterdam for repairs."),
    ("en", "Investors froze their spending after the crash."),
    ("en", "The singer partnered with a fashion label."),
    ("en", "The Indonesian government upgraded the airport in Bali."),
    ("id", "Siswa melepaskan balon ke udara."),
    ("id", "Latihan gabungan dibatalkan karena cuaca buruk."),
    ("id", "Suasana solidaritas terasa di kampung itu."),
    ("id", "Warga mengumpulkan sampah di pantai."),
    ("id", "Pemerintah Indonesia meningkatkan anggaran pendidikan."),
    ("id", "Pedagang berpihak pada pembeli."),
    ("en", "Residents were evacuated from the flooded district."),
    ("en", "The coach ordered the players to leave the pitch."),
    ("en", "The club received 20 new vehicles from a sponsor."),
    ("id", "Warga dievakuasi dari kawasan banjir."),
    ("id", "Pelatih memerintahkan para pemain meninggalkan lapangan."),
    ("id", "Kepala sekolah memaraf dokumen itu."),
    ("en", "Workers rolled over the old carpets."),
    ("en", "Pilots scrambled to reach the airfield."),
    ("en", "The company placed the order on its website."),
    ("id", "Klub itu menggandeng sponsor baru."),
    ("id", "Pemain itu bersumpah akan menyerang lebih baik musim depan."),
    ("en", "The court granted the request for a delay."),
    ("en", "The plant was put on standby for the winter."),
    ("en", "Rescuers lent a helping hand to villagers."),
    ("id", "Ford hengkang dari pasar Indonesia."),
    ("id", "Hakim mengabulkan permohonan terdakwa."),
    ("id", "Dia menyanggupi tugas itu."),
    ("id", "Warga Jakarta disiagakan menghadapi banjir."),
])
def test_the_same_words_in_ordinary_use_give_no_event(lang, text) -> None:
    assert event_keys(text, lang) == set()


def test_accepting_a_ceasefire_is_no_receipt_of_arms() -> None:
    assert not any(k[0] == "AID" for k in event_keys("India menerima usulan gencatan senjata dari Pakistan.", "id"))


def test_a_statement_or_video_released_is_no_release_of_people():
    """RETREAT needs a material object: 'released a statement' names no one freed."""
    for text in ("Iran released a statement condemning Israel.", "Israel released a video of the strike."):
        assert not any(k[0] == "RETREAT" for k in event_keys(text, "en")), text
