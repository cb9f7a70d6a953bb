"""Material conflict in own news sentences (tests/data/force_own.tsv): arrests, raids, deportations, sentences,
attacks, killings, abductions, clashes and threats in Indonesian and English crime, court and war reporting, with
unnamed police, unnamed attackers, suspects named by initials and passives ("ditangkap polisi", "was killed by").

Every row was coded by GUIDELINES.md before warta was run on it.  A row is coded right when warta gives an event of
the expected type with the expected source and target at country level.  The assertion is a ratchet at the rate
last measured: raise it as the coder improves, never lower it.  Misses are printed (``pytest -s``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import check_rows, hold_ratchet, read_rows
from warta.api import extract

DATA = Path(__file__).parent / "data" / "force_own.tsv"
PUB = "2024-11-15"
RATCHET = {"id": 0.75, "en": 0.87}  # measured 75.0% / 87.5% on 44 / 40 rows (batch 1 before any fix 51.6% / 76.7%,
# after 80.6% / 83.3%; held-out batch 2 before its own fixes 9/13, 9/10)
ROWS = read_rows(DATA, 6)


def test_rows_are_well_formed():
    check_rows(DATA, ROWS)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_force_own(lang):
    hold_ratchet(DATA, ROWS, lang, RATCHET)


def _keys(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(ev.type, ev.source.code[:3], ev.target.code[:3] if ev.target else "")
            for ev in extract(text, lang=lang, published=PUB)}


@pytest.mark.parametrize("lang, text, event", [
    # two groups of civilians named apart are two parties in an assault (event_types.tsv between_people); a mob
    # beating a civilian is an assault on that person, not a riot
    ("id", "Sekelompok pemuda mengeroyok seorang pengemudi ojek di depan sebuah minimarket di Kota Bandung.",
     ("ASSAULT", "IDN", "IDN")),
    ("id", "Massa menghajar seorang terduga begal hingga tewas di Kabupaten Bekasi, Jawa Barat.", ("ASSAULT", "IDN", "IDN")),
    ("id", "Seorang guru di Nusa Tenggara Timur dianiaya oleh orang tua murid.", ("ASSAULT", "IDN", "IDN")),
    ("id", "Seorang pemuda tewas dikeroyok sekelompok orang di Kecamatan Kebayoran Baru, Jakarta Selatan.",
     ("ASSAULT", "IDN", "IDN")),
    # stabbing, beating and massacre verbs (lang/id/triggers.tsv, force block)
    ("id", "Seorang pria menusuk istrinya sendiri di sebuah rumah kontrakan di Kota Surabaya.", ("ASSAULT", "IDN", "IDN")),
    ("id", "Milisi bersenjata membantai puluhan warga desa di wilayah Darfur, Sudan.", ("ASSAULT", "SDN", "SDN")),
    # unidentified attackers (orang tak dikenal, OTK) are armed men of their place
    ("id", "Seorang tukang ojek tewas ditembak OTK di Kabupaten Puncak, Papua Tengah.", ("ASSAULT", "IDN", "IDN")),
    # initials after "berinisial" are no state ("AS" is the United States elsewhere)
    ("id", "Seorang sopir berinisial AS (41) ditangkap polisi di Kota Semarang karena mengedarkan sabu.",
     ("COERCE", "IDN", "IDN")),
    # a deportation with no agent is by the state one is sent out of, never by one's own
    ("id", "Dua warga negara Inggris dideportasi dari Bali karena menyalahgunakan visa kunjungan.", ("COERCE", "IDN", "GBR")),
    ("en", "Three Chinese nationals were deported from Indonesia for working illegally at a nickel smelter.",
     ("COERCE", "IDN", "CHN")),
    # people named dying in a noun of force are its victims; a weapon between the noun and its agent, and a modifier
    # after a determiner ("a Taliban attack"), leave the agent named
    ("id", "Dua prajurit TNI tewas dalam serangan kelompok separatis bersenjata di Kabupaten Intan Jaya.",
     ("ASSAULT", "IDN", "IDN")),
    ("id", "Lima warga sipil terluka akibat serangan rudal Rusia di Kota Kharkiv, Ukraina.", ("ASSAULT", "RUS", "UKR")),
    ("en", "Two soldiers were wounded in a Taliban attack on a checkpoint in Kandahar.", ("ASSAULT", "AFG", "AFG")),
    ("en", "Nine civilians were killed in a Russian missile attack on the city of Zaporizhzhia.", ("ASSAULT", "RUS", "UKR")),
    # an attack "by" armed men named with a modifier ("Islamist militants")
    ("en", "Five soldiers were killed in an attack by Islamist militants on a base in northern Burkina Faso.",
     ("ASSAULT", "BFA", "BFA")),
    # counted people who died before a passive act of force are its victims
    ("id", "Tiga orang tewas setelah ditembak oleh aparat keamanan di Kabupaten Paniai, Papua Tengah.",
     ("ASSAULT", "IDN", "IDN")),
    # beheading, lynching and handing down a verdict
    ("id", "Kelompok militan memenggal dua warga desa di Provinsi Cabo Delgado, Mozambik.", ("ASSAULT", "MOZ", "MOZ")),
    ("en", "Islamist insurgents beheaded three farmers in northern Mozambique.", ("ASSAULT", "MOZ", "MOZ")),
    ("id", "Pengadilan Negeri Bandung menjatuhkan vonis lima tahun penjara kepada seorang pengedar narkoba.",
     ("COERCE", "IDN", "IDN")),
    # police "securing" people is an arrest
    ("id", "Polisi mengamankan tiga orang pelaku pencurian di Kabupaten Bogor, Jawa Barat.", ("COERCE", "IDN", "IDN")),
    # imposing a curfew (CAMEO 1723)
    ("id", "Pemerintah Kota Makassar memberlakukan jam malam bagi pelajar setelah serangkaian aksi tawuran.",
     ("COERCE", "IDN", "IDN")),
])
def test_force_rules(lang, text, event):
    assert event in _keys(text, lang)


@pytest.mark.parametrize("lang, text, kind", [
    # what is held is no person: interest rates, oneself, a draw
    ("id", "Bank Indonesia menahan suku bunga acuan di level 6 persen pada rapat bulan ini.", "COERCE"),
    ("id", "Pemerintah Indonesia meminta semua pihak menahan diri menyusul ketegangan di perbatasan.", "COERCE"),
    ("id", "Persib Bandung ditahan imbang Persija Jakarta 1-1 di Stadion Si Jalak Harupat.", "COERCE"),
    ("id", "Pemerintah Indonesia menangkap peluang investasi dari China di sektor kendaraan listrik.", "COERCE"),
    # force verbs in a sports report are play
    ("id", "Timnas Indonesia menghajar Brunei Darussalam 6-0 pada laga kualifikasi Piala Dunia.", "ASSAULT"),
    ("id", "Tim Jepang memukul mundur serangan Korea Selatan di babak kedua.", "ASSAULT"),
    ("en", "Japan attacked South Korea relentlessly in the second half and scored twice.", "ASSAULT"),
    # a smell that stings, an hour of the day
    ("id", "Aroma durian menusuk hidung para penumpang bus di Terminal Kampung Rambutan.", "ASSAULT"),
    ("id", "Sidang di Pengadilan Negeri Jakarta Selatan dimulai pukul 10.00 dan dipimpin hakim ketua.", "ASSAULT"),
    # the offence one pleads guilty to is what the sentence is about, not an act coded again
    ("id", "Seorang petinju Amerika Serikat dipenjara setelah mengaku bersalah menyerang bekas kekasihnya.", "ASSAULT"),
    ("en", "A British man pleaded guilty to assaulting a police officer in London.", "ASSAULT"),
    # the agent named right after a noun of force is not the place it hits ("serangan Rusia di Kharkiv")
    ("id", "Serangan Rusia di Kota Kharkiv menghancurkan sebuah pembangkit listrik.", "NONE_RUS_RUS"),
    # securing an event is no arrest
    ("id", "Ribuan personel TNI dan Polri mengamankan jalannya KTT ASEAN di Jakarta.", "COERCE"),
    # a budget cut
    ("id", "Pemerintah Indonesia memenggal anggaran perjalanan dinas seluruh kementerian.", "ASSAULT"),
    # a film shot, a bill killed
    ("en", "The director shot a film about the war in Ukraine last year.", "ASSAULT"),
    ("en", "Republican senators killed the bill that would have funded border security.", "ASSAULT"),
])
def test_force_negatives(lang, text, kind):
    keys = _keys(text, lang)
    if kind.startswith("NONE_"):  # no dyad of a state with itself
        _, src, tgt = kind.split("_")
        assert not any(s == src and t == tgt for _, s, t in keys)
    else:
        assert kind not in {k for k, _, _ in keys}
