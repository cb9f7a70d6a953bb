"""Rules and words added while tuning on part H of the tuning set (tests/data/ntrex_tuning/H.jsonl: Indonesian
NER-corpus news, coercion, assault, protest, threats and unnamed actors), each checked on sentences of our own
(never the corpus's): what must be coded, and a negative that must not be."""

from __future__ import annotations

from sentence_sets import own_set_checks
from warta.api import extract

PUB = "2024-11-15"


# (lang, sentence, (type, source country, target country)) that must be coded
CODED = [
    # a plain passive arrest of unnamed people with no agent and no place: the police of the article's country
    ("id", "Sejumlah demonstran ditangkap setelah bentrok dengan aparat di depan gedung DPR.", ("COERCE", "IDN", "IDN")),
    ("id", "Belasan pendukung calon bupati ditahan usai kericuhan di depan kantor DPRD.", ("COERCE", "IDN", "IDN")),
    ("id", "Dua mahasiswa diamankan seusai aksi di depan Istana Merdeka.", ("COERCE", "IDN", "IDN")),
    # dispersing a rally or a crowd is riot control
    ("id", "Polisi Thailand membubarkan unjuk rasa mahasiswa di Bangkok.", ("COERCE", "THA", "THA")),
    ("id", "Aparat membubarkan massa yang berkumpul di depan kantor DPRD Makassar.", ("COERCE", "IDN", "IDN")),
    ("en", "Thai police broke up a student rally in Bangkok on Sunday.", ("COERCE", "THA", "THA")),
    ("en", "Police in Jakarta dispersed a crowd of football fans with water cannon.", ("COERCE", "IDN", "IDN")),
    # a rain of rockets is no weather
    ("id", "Hujan roket Hamas menewaskan dua warga Israel di Sderot.", ("ASSAULT", "PSE", "ISR")),
    # a warning to a state stays a threat
    ("id", "China memperingatkan Filipina untuk tidak memprovokasi di Laut China Selatan.", ("THREATEN", "CHN", "PHL")),
    # dealers and traffickers are people a threat or an arrest may aim at
    ("en", "Philippine President Rodrigo Duterte threatened to kill drug dealers.", ("THREATEN", "PHL", "PHL")),
    ("en", "Malaysian police arrested 12 human traffickers in Johor.", ("COERCE", "MYS", "MYS")),
    # police units and joint teams of crime news are the police
    ("id", "Tim gabungan membekuk seorang bandar narkoba di Palembang, Sabtu.", ("COERCE", "IDN", "IDN")),
    ("id", "Tim Resmob meringkus dua pelaku pencurian di Makassar.", ("COERCE", "IDN", "IDN")),
    ("id", "Petugas Bea dan Cukai menahan seorang warga negara Nigeria di Deli Serdang, Sumatera Utara.",
     ("COERCE", "IDN", "NGA")),
    # hauled off, confined, kicked, slapped, disabled with a shot
    ("id", "Kedua pelaku digelandang ke Mapolres Bogor, Jawa Barat.", ("COERCE", "IDN", "IDN")),
    ("id", "Seorang pekerja migran disekap majikannya selama tiga bulan di Riyadh.", ("ASSAULT", "SAU", "SAU")),
    ("id", "Seorang siswa ditendang dan ditampar gurunya di Medan.", ("ASSAULT", "IDN", "IDN")),
    ("id", "Polisi melumpuhkan pelaku dengan timah panas di Palembang.", ("ASSAULT", "IDN", "IDN")),
    # "berdemo" is a rally
    ("id", "Ratusan mahasiswa berdemo di depan gedung DPRD Sumatera Utara menolak kenaikan harga BBM.",
     ("PROTEST", "IDN", "IDN")),
    # (outside the part's families) "menyeru" calls on someone as "menyerukan" does
    ("id", "Turki menyeru Rusia dan Ukraina kembali ke meja perundingan.", ("REQUEST", "TUR", "RUS")),
    ("id", "Turki menyeru Rusia dan Ukraina kembali ke meja perundingan.", ("REQUEST", "TUR", "UKR")),
    # pressing a state or people is coercion
    ("id", "Amerika Serikat menekan Israel untuk menghentikan serangan di Gaza.", ("COERCE", "USA", "ISR")),
    ("id", "Polisi Indonesia terus menekan para pengunjuk rasa di Jakarta.", ("COERCE", "IDN", "IDN")),
]  # fmt: skip

# (lang, sentence, type) that must not be coded
NOT_CODED = [
    # a past tense is no passive: thieves are not the patients of their own theft
    ("en", "Thieves stole cash from a bank worker in Newport, British police said.", "COERCE"),
    # a passive arrest in a text that names no state nor place has no country to take
    ("id", "Sejumlah demonstran ditangkap setelah bentrok dengan aparat.", "COERCE"),
    # a crowd dispersing itself is no riot control
    ("id", "Massa membubarkan diri setelah polisi datang ke lokasi di Jakarta.", "COERCE"),
    ("en", "The crowd dispersed peacefully after the speech in Nairobi.", "COERCE"),
    # a ball kicked, an economy or a network paralysed names no person
    ("id", "Pemain Persija menendang bola ke gawang Persib di Jakarta.", "ASSAULT"),
    ("id", "Polisi melumpuhkan jaringan narkoba internasional di Medan.", "ASSAULT"),
    ("id", "Banjir melumpuhkan perekonomian warga di Bekasi.", "ASSAULT"),
    # "seru" (exciting) is no call
    ("id", "Pertandingan antara Indonesia dan Vietnam berlangsung seru di Jakarta.", "REQUEST"),
    # a demonstration of a product is no rally
    ("id", "Perusahaan itu menggelar demo produk baru di Jakarta.", "PROTEST"),
    # a warning of a natural hazard is a forecast, not a threat
    ("id", "BMKG memperingatkan warga akan potensi banjir rob di pesisir Jakarta.", "THREATEN"),
    ("id", "BMKG memperingatkan nelayan akan cuaca ekstrem di perairan Maluku.", "THREATEN"),
    # pressing down a number or a budget presses no one (not even the state's own people)
    ("id", "Pemerintah Indonesia menekan angka inflasi tahun ini.", "COERCE"),
    ("id", "Pertamina meminta masyarakat membantu pemerintah dalam rangka menekan subsidi energi.", "COERCE"),
]  # fmt: skip


test_coded, test_not_coded = own_set_checks(PUB, CODED, NOT_CODED)


def test_the_police_dispersing_a_rally_are_not_its_protesters():
    events = extract("Polisi Thailand membubarkan unjuk rasa mahasiswa di Bangkok.", lang="id", published=PUB)
    assert not [ev for ev in events if ev.type == "PROTEST" and ev.source.code.endswith("COP")]
