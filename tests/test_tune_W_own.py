"""Own news sentences of tuning part W (tests/data/tune_W_own.tsv and its negatives tune_W_own_neg.tsv): foreign
states and leaders in Indonesian news, Papua, the KKB and the TNI, protests, and sport and business news naming
foreign states, coded by GUIDELINES.md before warta ran on them.  Every positive row must be coded right (type,
source and target at country level) unless it is a known miss below, and no negative row may give its event."""

from __future__ import annotations

from pathlib import Path

from sentence_sets import own_set_checks, read_rows, row_set_checks

DATA = Path(__file__).parent / "data" / "tune_W_own.tsv"
NEG = Path(__file__).parent / "data" / "tune_W_own_neg.tsv"
PUB = "2019-12-03"
ROWS = read_rows(DATA, 6)
NEG_ROWS = read_rows(NEG, 5)

# misses known and left open, by line: each still runs and must fail (strict), so a fix shows
KNOWN_MISSES = {
    18: "'berjanji akan meningkatkan investasi di Indonesia': a pledge whose only other side is the place it is to be"
        " kept in names no target, and AGREE needs one",
    19: "'Kementerian Luar Negeri meminta Pemerintah Arab Saudi': a bare ministry is a sector of no state and takes the"
        " other side's (SAU); in Indonesian news it is Indonesia's, but a home state for bare organs would reach far",
}

test_rows_are_well_formed, test_coded_right, test_not_coded = row_set_checks(
    DATA, ROWS, NEG_ROWS, PUB, KNOWN_MISSES, target_optional=True)

# the fixes of part W, each with sentences of our own and a negative (lang, sentence, key or type)
FIX_CODED = [
    # an act judged "a form of" a wrong (lang/id/triggers.tsv nilaibentuk)
    ("id", "Pemerintah Malaysia menilai langkah Singapura itu sebagai bentuk intervensi.", ("ACCUSE", "MYS", "SGP")),
    ("id", "Pemerintah Indonesia menilai kebijakan Uni Eropa ini bentuk kampanye hitam terhadap sawit.",
     ("ACCUSE", "IDN", "IGOEU")),
    # an exchange of fire with a named other side, each way (kontaktembak), also with an unnamed side after a light
    # verb (roles: "terlibat baku tembak dengan kawanan perampok")
    ("id", "Pasukan India terlibat baku tembak dengan tentara Pakistan di perbatasan Kashmir.", ("ASSAULT", "PAK", "IND")),
    ("id", "Pasukan India terlibat kontak tembak dengan tentara Pakistan di perbatasan Kashmir.", ("ASSAULT", "IND", "PAK")),
    ("id", "Kontak tembak antara tentara Filipina dan kelompok Abu Sayyaf terjadi di Sulu.", ("ASSAULT", "PHL", "PHL")),
    ("id", "Polisi terlibat baku tembak dengan kawanan perampok di Medan.", ("ASSAULT", "IDN", "IDN")),
]  # fmt: skip
FIX_NOT_CODED = [
    ("id", "Menlu menilai bentuk diskriminasi terhadap pekerja migran harus dihapus.", "ACCUSE"),
    ("id", "Presiden menilai bentuk kerja sama itu perlu diperluas.", "ACCUSE"),
    ("id", "Seorang warga terluka dalam kontak tembak di Distrik Sugapa.", "ASSAULT"),
    ("id", "Jadwal latihan itu bentrok dengan jadwal pertandingan Timnas.", "ASSAULT"),
    ("en", "The summit faced a scheduling clash with the G20 meeting in Osaka.", "ASSAULT"),
]  # fmt: skip

test_fix_coded, test_fix_not_coded = own_set_checks(PUB, FIX_CODED, FIX_NOT_CODED)
