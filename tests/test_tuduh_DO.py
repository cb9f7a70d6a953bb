"""Indonesian accusations by construction (helper DO, session 31): own news-style sentences (tests/data/tuduh_DO.jsonl),
coded by GUIDELINES.md BEFORE warta was run on any of them: criticism and blame (mengecam, menuding, menyalahkan,
"melayangkan kritik", "menyebut X sebagai ancaman", "menilai langkah X sebagai ..."), investigations and legal acts
(mengusut, menyidik, memeriksa a suspect, "membuka penyelidikan", "menetapkan sebagai tersangka", mendakwa, a
prosecutor's "menuntut ... hukuman", menggugat, "dilaporkan ke kejaksaan", memvonis / divonis, dimakzulkan), official
complaints ("memanggil duta besar", "protes resmi", memprotes) and a quarter with no event or another sense (a
doctor's "memvonis", "menuntut ilmu", students' "menuntut" as a demand, a scientist's "menyelidiki")."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "tuduh_DO.jsonl"

# Measured right after coding, before any fix (2026-12-07, main d15b915b): id F1 0.765 (TP 26, FP 4, FN 12).
# After batch 1 (data rows: a label without "sebagai", "dinilai melanggar ... oleh", a finding that a party committed an
# atrocity, abuses recorded "oleh" a party, a prosecutor's "menuntut ... dengan hukuman", an act called "tidak
# bersahabat"): F1 0.829 (TP 29, FP 3, FN 9).  After batch 3 (criticism said to "datang dari" a party, aimed at one
# behind "terhadap" in its gap: triggers.tsv kecamandatang, pipeline/roles.py _recv): F1 0.877 (TP 32, FP 3, FN 6).
# Left: a sentence handed down ("memvonis ... 15 tahun penjara",
# "divonis") is the project's COERCE 173 (triggers.tsv vonis, the codebook's divonis), where this set coded ACCUSE
# 116; actors of no stated country ("Jaksa", "warganya", "Ribuan mahasiswa"); a capital behind
# "di" read as the target of a condemnation ("mengutuk pembakaran Al-Quran ... di Stockholm").
# Measured and taken back (no gain on dev, tuning, blind or this set): batch 2 (8dbef1d0: "menjadikan X tersangka",
# "menerima somasi dari", "menemukan maladministrasi di", "dinyatakan melanggar ... oleh", "menuntut X atas", more
# wrongs in katasalah); a name behind "di/in" as the place of a condemned act in conventions._author_unnamed; a bare
# judgement of a party's conduct by a speaker named apart ("Pemerintah Myanmar korup dan otoriter, kata ...", frame
# verdict).
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"id": (0.875, 3)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "tuduh-DO", RATCHET)


# the fixes, each with sentences of our own (not of the set's file) and a negative
@pytest.mark.parametrize(("text", "key"), [
    # a label without "sebagai" (triggers.tsv sebutlangsung), the party inside the gap
    ("Presiden Amerika Serikat Joe Biden menyebut Presiden Rusia Vladimir Putin penjahat perang.", ("ACCUSE", "USA", "RUS")),
    ("Pemerintah Iran menyebut Amerika Serikat setan besar.", ("ACCUSE", "IRN", "USA")),
    ("Presiden Kolombia menyebut tindakan Israel di Gaza genosida.", ("ACCUSE", "COL", "ISR")),
    # judged to break a law, in the passive with its judge (dinilailanggar)
    ("Kebijakan subsidi China dinilai melanggar aturan perdagangan oleh Uni Eropa.", ("ACCUSE", "IGOEU", "CHN")),
    # a finding that a party committed an atrocity (nyatakanlakukan)
    ("Pemerintah Kanada menyimpulkan militer Myanmar melakukan genosida terhadap warga Rohingya.", ("ACCUSE", "CAN", "MMR")),
    # abuses recorded against a party after "oleh" (dokumentasikan)
    ("Human Rights Watch mendokumentasikan penyiksaan tahanan oleh polisi Mesir.", ("ACCUSE", "NGOHRW", "EGY")),
    # an act called hostile (word class charge_label)
    ("Pemerintah China menyebut penjualan senjata Amerika Serikat ke Taiwan sebagai tindakan yang tidak bersahabat.",
     ("ACCUSE", "CHN", "USA")),
    # batch 3: criticism said to come from a party, aimed at one behind "terhadap" in its gap (kecamandatang, _recv)
    ("Kritik terhadap Korea Utara datang dari Jepang dan Australia.", ("ACCUSE", "JPN", "PRK")),
    ("Kritik terhadap Korea Utara datang dari Jepang dan Australia.", ("ACCUSE", "AUS", "PRK")),
    ("Tuduhan terhadap Iran muncul dari pejabat Amerika Serikat.", ("ACCUSE", "USA", "IRN")),
    # batch 4: an act called unjustifiable with no copula, by a speaker named apart from it (verdictbenar)
    ("Penahanan wartawan itu oleh polisi Myanmar tidak dapat dibenarkan, ujar juru bicara PBB.", ("ACCUSE", "IGOUN", "MMR")),
    ("Menteri Luar Negeri Malaysia mengatakan serangan Israel terhadap warga sipil di Rafah tidak bisa dibenarkan.",
     ("ACCUSE", "MYS", "ISR")),
])
def test_accusation_constructions(text, key):
    assert key in event_keys(text, "id", "2025-06-20")


@pytest.mark.parametrize("text", [
    "Polisi menyebut ancaman terorisme di Jakarta masih tinggi.",  # no party labelled
    "Presiden menyebut Indonesia menolak terorisme dalam bentuk apa pun.",
    "Pengadilan menyatakan terdakwa tidak melakukan korupsi.",  # no party of a country found guilty
    "Kritik datang dari Partai Demokrat.",  # criticism aimed at no one named
    # the calque of "could not be independently verified" is no verdict
    "Klaim Rusia itu tidak dapat dibenarkan secara independen, kata pejabat Ukraina.",
    "Teheran kerap mengumumkan kemajuan militernya yang tidak dapat dibenarkan secara independen.",
    "Para pedagang menuntut pemerintah dengan tegas agar harga turun.",  # a demand, no sentence asked
])
def test_accusation_constructions_negatives(text):
    assert not any(k[0] == "ACCUSE" for k in event_keys(text, "id", "2025-06-20"))
