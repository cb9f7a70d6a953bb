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
    19: "'Kementerian Luar Negeri meminta Pemerintah Arab Saudi': a bare ministry is a sector of no state and takes the"
        " other side's (SAU); in Indonesian news it is Indonesia's, but a home state for bare organs would reach far",
    73: "'Massa aksi meminta pemerintah membebaskan para tahanan politik Papua': two bare sector nouns and no state"
        " outside what was asked; Indonesia as the home of bare nouns in Indonesian text cost the blind set 17 false"
        " alarms (tried, part W)",
    84: "'Ribuan buruh berdemonstrasi di depan Kedutaan Besar Amerika Serikat': the workers were coded Indonesian by"
        " the embassy's city, which the sentence does not name; warta gives them the embassy's state",
    99: "'Pemerintah menolak berdialog dengan kelompok separatis Papua': a bare 'Pemerintah' refusing is of no state;"
        " letting refusals take the other side's state (event_types 'domestic') cost the blind set 7 false alarms",
    103: "'Pemerintah dan DPR sepakat': the bare government is an unnamed side of unknown country in a deal",
}
# false alarms known and left open, by line of the negatives
KNOWN_FALSE_ALARMS = {
    27: "'Sebuah bom mobil meledak di dekat pangkalan militer Turki di Suriah utara': coded with no actor by"
        " GUIDELINES; the house's blind-set convention (conventions._unnamed_agent) gives an unclaimed bombing to"
        " unnamed militants of its place, aimed at its state",
}

test_rows_are_well_formed, test_coded_right, test_not_coded = row_set_checks(
    DATA, ROWS, NEG_ROWS, PUB, KNOWN_MISSES, KNOWN_FALSE_ALARMS, target_optional=True)

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
FIX_CODED += [
    # the weapon fired to disperse a crowd is aimed at it (bubarkanmassa)
    ("id", "Aparat menembakkan gas air mata untuk membubarkan demonstran di depan gedung DPRD Sumatera Utara.",
     ("ASSAULT", "IDN", "IDN")),
    # granting another's request agrees to it (setujuipermintaan)
    ("id", "Pemerintah Australia menyetujui permintaan Indonesia untuk memulangkan narapidana itu.", ("AGREE", "AUS", "IDN")),
    # ... but a firm "asal" a state is of it, and goods of a state's origin that a tariff hits stand for it
    ("id", "Perusahaan asal China menggugat pemerintah Indonesia ke pengadilan arbitrase.", ("ACCUSE", "CHN", "IDN")),
    ("id", "Amerika Serikat mengenakan tarif atas ponsel buatan China.", ("SANCTION", "USA", "CHN")),
    # forces sent to a place of their own state are deployed, not given as aid (conventions._forces_home)
    ("id", "Polri mengirimkan 800 personel Brimob tambahan ke Jayapura.", ("MOBILIZE", "IDN", "")),
    ("en", "Indonesia sent 1,000 more troops to Papua on Monday.", ("MOBILIZE", "IDN", "")),
    # Papua's regencies are Indonesia's places (knowledge/regions.tsv, part W): police there are Indonesian
    ("id", "Polisi menangkap tiga pria bersenjata di Kabupaten Keerom.", ("COERCE", "IDN", "IDN")),
    # what a protest refuses names whom it is against, a noun or two on (practice.seat_protested, opposed_to menolak)
    ("id", "Ratusan mahasiswa Australia menggelar aksi protes menolak kehadiran pasukan Amerika Serikat di Darwin.",
     ("PROTEST", "AUS", "USA")),
]  # fmt: skip
FIX_NOT_CODED = [
    ("id", "DPR menyetujui permintaan anggaran pertahanan tahun depan.", "AGREE"),
    ("id", "Polisi menembakkan gas air mata untuk membubarkan diri dalam latihan.", "ASSAULT"),
    # a tournament's name shows a sports report (analysis: a capitalised sport cue, also inside an uncoded name)
    ("id", "Indonesia akan bertemu Vietnam di Piala AFF bulan depan.", "CONSULT"),
    ("id", "Timnas Indonesia akan bertemu Vietnam pekan depan.", "CONSULT"),
    ("id", "Ganda putra Indonesia menghajar pasangan Malaysia di Kuala Lumpur.", "ASSAULT"),
    ("id", "Penjaga gawang Vietnam menahan tendangan pemain Malaysia.", "COERCE"),
    # goods named by the state they come from do not make it an agent (roles._goods_origin, word class origin)
    ("id", "Ponsel buatan Korea Selatan menyerbu pasar Vietnam.", "ASSAULT"),
    # troops sent abroad stay military aid
    ("id", "Korea Utara mengirim ribuan pasukan ke Rusia.", "MOBILIZE"),
    # ... not what the protest's people are only called by ("Pengunjuk rasa menolak tawaran itu": no protest held)
    ("id", "Ratusan nelayan berunjuk rasa di Natuna menolak kehadiran kapal-kapal Vietnam.", "REJECT"),
    ("id", "Menlu menilai bentuk diskriminasi terhadap pekerja migran harus dihapus.", "ACCUSE"),
    ("id", "Presiden menilai bentuk kerja sama itu perlu diperluas.", "ACCUSE"),
    ("id", "Seorang warga terluka dalam kontak tembak di Distrik Sugapa.", "ASSAULT"),
    ("id", "Jadwal latihan itu bentrok dengan jadwal pertandingan Timnas.", "ASSAULT"),
    ("en", "The summit faced a scheduling clash with the G20 meeting in Osaka.", "ASSAULT"),
]  # fmt: skip

test_fix_coded, test_fix_not_coded = own_set_checks(PUB, FIX_CODED, FIX_NOT_CODED)


def test_a_meeting_named_with_a_tournament_off_the_pitch_is_still_coded():
    """The sport cue of a tournament's name stops fixtures, not every sentence that names a capitalised word."""
    from sentence_sets import event_keys

    keys = event_keys("Presiden Jokowi bertemu Perdana Menteri Malaysia Mahathir Mohamad di Bangkok.", "id", PUB)
    assert ("CONSULT", "IDN", "MYS") in keys
