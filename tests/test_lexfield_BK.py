"""The Indonesian lexical fields by construction (helper BK, twentieth session): ACCUSE, REJECT, REQUEST, COERCE,
AGREE and PROTEST as Indonesian news writes them (tests/data/lexfield_BK.jsonl, own sentences in both languages,
coded by GUIDELINES.md before warta was run on any of them; 13 lines with no event: sport, markets, weather,
entertainment, family matters)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "lexfield_BK.jsonl"
PUB = "2024-11-15"

# Measured right after coding, before any fix (2026-12-06): en F1 0.917 (TP 11, FP 1, FN 1), id F1 0.835 (TP 33, FP 3,
# FN 10). After the first sweep (sanggahtuduh, indahkan, tutuppintu, ganjarhukuman, pulangpaksa, wantiwanti,
# titiktemu; capaisepakat, amankanorang, aksiprotes, terimakritik, tagihjanji widened; minta with meN-i): id F1 0.900
# (TP 36, FP 1, FN 7); the later sweeps (bare roots, abuse verbs, displeasure nouns, "demo", English counterparts)
# leave the set where it is: en 0.917 (TP 11, FP 1, FN 1), id 0.900 (TP 36, FP 1, FN 7). Left: id-06 and id-12 (an
# Indonesian body with no state named in the line has no code), id-25 (an assault in a relative clause), id-31
# (signing is SUPPORT 057 here, as CAMEO2PLOVER maps 057; coded AGREE in this set), id-36 (the ministry's state),
# id-37 and en-05 (a protest's target read as the government where the text names none).
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.916, 1), "id": (0.899, 1)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "lexfield-BK", RATCHET)


# the fixes, each with sentences of our own (not of the set's file) and negatives
@pytest.mark.parametrize(("lang", "text", "key"), [
    # REJECT: a charge, claim or proposal parried or gainsaid (sanggahtuduh), a call not heeded (indahkan), the door
    # closed to talks (tutuppintu)
    ("id", "Kementerian Luar Negeri China menyanggah tudingan Filipina soal penabrakan kapal nelayan.", ("REJECT", "CHN", "PHL")),
    ("id", "Pemerintah Myanmar menafikan tuduhan PBB tentang pembakaran desa-desa Rohingya.", ("REJECT", "MMR", "IGOUN")),
    ("id", "Kremlin mementahkan usulan Prancis soal gencatan senjata selama Olimpiade.", ("REJECT", "RUS", "FRA")),
    ("id", "Juru bicara Hamas menangkis tudingan Israel bahwa kelompoknya menyandera warga sipil.", ("REJECT", "PSE", "ISR")),
    ("id", "Pemerintah Iran mengelak dari tuduhan Amerika Serikat soal pasokan drone ke Rusia.", ("REJECT", "IRN", "USA")),
    ("id", "Israel tidak mengindahkan seruan Dewan Keamanan PBB untuk menghentikan serangan.", ("REJECT", "ISR", "IGOUN")),
    ("id", "Pemerintah Korea Utara menutup pintu bagi dialog dengan Korea Selatan.", ("REJECT", "PRK", "KOR")),
    # COERCE: a prison sentence "rewarded", sent home by force, more kinds of people taken in
    ("id", "Pengadilan Myanmar mengganjar jurnalis Jepang itu dengan hukuman sepuluh tahun penjara.", ("COERCE", "MMR", "JPN")),
    ("id", "Pemerintah Malaysia memulangkan paksa ratusan pekerja migran Indonesia.", ("COERCE", "MYS", "IDN")),
    ("id", "Polisi Filipina mengamankan tiga aktivis lingkungan di Manila.", ("COERCE", "PHL", "PHL")),
    # REQUEST: warned to act, seriousness claimed, memintai (and its bare form, a headline's "Mintai")
    ("id", "Presiden Joko Widodo mewanti-wanti para kepala daerah agar tidak menyalahgunakan dana desa.", ("REQUEST", "IDN", "IDN")),
    ("id", "Pemerintah Fiji menagih keseriusan Australia soal pendanaan iklim.", ("REQUEST", "FJI", "AUS")),
    ("id", "Gubernur Jawa Barat mintai para bupati segera menyalurkan bantuan banjir.", ("REQUEST", "IDN", "IDN")),
    # AGREE: common ground found, a compromise reached
    ("id", "Thailand dan Kamboja akhirnya menemukan titik temu soal sengketa kuil perbatasan.", ("AGREE", "THA", "KHM")),
    ("id", "Pemerintah Kolombia dan pemberontak ELN mencapai kompromi soal zona demiliterisasi.", ("AGREE", "COL", "COL")),
    # PROTEST: protest actions named by their kind
    ("id", "Ratusan mahasiswa Universitas Indonesia menggelar aksi tolak revisi UU Pilkada di depan Gedung DPR.", ("PROTEST", "IDN", "IDN")),
    # ACCUSE: criticism received ("menuai kecaman" stays with its own rows: "termasuk dari ..." keeps its author)
    ("id", "Pemerintah Israel menuai kecaman dari Turki atas serangan ke rumah sakit di Gaza.", ("ACCUSE", "TUR", "ISR")),
    # the bare root as headlines and quick news write it; abuse and discrediting; displeasure declared; a "demo"
    ("id", "Pemerintah Filipina kecam manuver kapal penjaga pantai China di Second Thomas Shoal.", ("ACCUSE", "PHL", "CHN")),
    ("id", "Polisi Thailand ringkus dua warga negara Kamboja di perbatasan.", ("COERCE", "THA", "KHM")),
    ("id", "Pemerintah Jepang desak Korea Utara hentikan uji coba rudal.", ("REQUEST", "JPN", "PRK")),
    ("id", "Presiden Venezuela mencaci maki pemerintah Amerika Serikat dalam pidatonya.", ("ACCUSE", "VEN", "USA")),
    ("id", "Kementerian Luar Negeri China menyatakan ketidakpuasan atas kunjungan pejabat Amerika Serikat ke Taiwan.", ("ACCUSE", "CHN", "USA")),
    ("id", "Ratusan guru honorer Indonesia demo di depan kantor Kementerian Pendidikan.", ("PROTEST", "IDN", "IDN")),
    # English counterparts
    ("en", "Hanoi waved off Beijing's claims to the Paracel Islands.", ("REJECT", "VNM", "CHN")),
    ("en", "The Kremlin rubbished the British allegations of poisoning.", ("REJECT", "RUS", "GBR")),
    ("en", "Australia prodded Indonesia to resume live cattle imports.", ("REQUEST", "AUS", "IDN")),
    ("en", "Malaysian police nabbed two Indonesian smugglers off Johor.", ("COERCE", "MYS", "IDN")),
    ("en", "Serbia and Kosovo found common ground on vehicle licence plates.", ("AGREE", "SRB", "XKX")),
])
def test_bk_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "etype"), [
    # sport and idiom: parrying shots, chances wasted, a deadline ignored at a roadblock, a price "rewarded"
    ("id", "Kiper Persija menangkis tendangan bebas pemain Persib pada menit ke-70.", "REJECT"),
    ("id", "Tujuh peluang Bayern dimentahkan kiper Atletico Madrid.", "REJECT"),
    ("id", "Pengemudi truk itu tidak mengindahkan peringatan petugas untuk berhenti.", "REJECT"),
    ("id", "Kedua mobil listrik itu diganjar harga mulai dari Rp 300 juta.", "COERCE"),
    ("id", "Pemain bertahan itu diganjar kartu merah oleh wasit.", "COERCE"),
    ("id", "Polisi mengamankan lokasi kejadian dan memasang garis polisi.", "COERCE"),
    ("id", "Dua keluarga itu akhirnya menemukan titik temu soal tanggal pernikahan.", "AGREE"),
    ("id", "Produsen robot asal Amerika Serikat itu merilis video demo robot yang sedang memanjat tebing.", "PROTEST"),
    ("id", "Koki asal Italia itu menggelar demo masak di sebuah pusat perbelanjaan di Jakarta.", "PROTEST"),
    ("id", "Jaket itu tahan air dan tahan lama, kata pemilik toko asal Jepang itu.", "COERCE"),
    ("en", "Liverpool nabbed a late winner against Everton on Saturday.", "COERCE"),
    ("en", "The referee waved off the goal after a video review.", "REJECT"),
    ("en", "The striker prodded the ball into an empty net to seal the win.", "REQUEST"),
])
def test_bk_negatives(lang, text, etype):
    assert etype not in {k[0] for k in event_keys(text, lang, PUB)}
