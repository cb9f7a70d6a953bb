"""Rules and words added while tuning on NTREX part D (tests/data/ntrex_tuning/D.jsonl), each checked on
sentences of our own (never the NTREX lines): what must be coded, and a negative that must not be."""

from __future__ import annotations

import pytest

from sentence_sets import own_set_checks
from warta.api import extract

PUB = "2018-10-01"


# (lang, sentence, (type, source country, target country)) that must be coded
CODED = [
    ("en", "After the quake, Afghan officials said that Taliban fighters killed 12 Afghan policemen.",
     ("ASSAULT", "AFG", "AFG")),
    # private persons of lawsuit news are civilians; two of them named apart are the two parties of an accusation
    ("en", "An American nanny is suing a Boston couple over her dismissal.", ("ACCUSE", "USA", "USA")),
    ("en", "An Indonesian maid sued her employer's wife in Jakarta.", ("ACCUSE", "IDN", "IDN")),
    ("en", "NY residents sued the US government.", ("ACCUSE", "USA", "USA")),
    ("id", "Seorang pengasuh asal Filipina menggugat pasangan suami istri di Singapura.", ("ACCUSE", "PHL", "SGP")),
    ("id", "Seorang istri di Surabaya menggugat suaminya ke Pengadilan Negeri Surabaya.", ("ACCUSE", "IDN", "IDN")),
    # "a couple of" is a number, not the couple
    ("en", "A couple of hours later, Israeli jets struck Gaza.", ("ASSAULT", "ISR", "PSE")),
    # a charge whose defendant is named at length
    ("en", "US prosecutors charged the former Trump campaign chairman with fraud.", ("ACCUSE", "USA", "USA")),
    # taking a party to court or to the police is a formal complaint
    ("en", "Ukraine took Russia to the International Court of Justice.", ("ACCUSE", "UKR", "RUS")),
    ("en", "Jakarta residents reported Governor Anies Baswedan to the police.", ("ACCUSE", "IDN", "IDN")),
    ("en", "The Philippines brought a case against China at an international tribunal.", ("ACCUSE", "PHL", "CHN")),
    ("id", "Ukraina memperkarakan Rusia di Mahkamah Internasional.", ("ACCUSE", "UKR", "RUS")),
    ("id", "Aktivis Malaysia menyeret mantan perdana menteri Najib Razak ke meja hijau.", ("ACCUSE", "MYS", "MYS")),
    # rejecting someone's criticism or accusations rejects the critic
    ("en", "Beijing brushed aside Washington's criticism.", ("REJECT", "CHN", "USA")),
    ("en", "The Kremlin shrugged off the British accusations.", ("REJECT", "RUS", "GBR")),
    ("id", "Beijing menepis kritik Washington.", ("REJECT", "CHN", "USA")),
    ("id", "Kremlin menampik tuduhan Inggris.", ("REJECT", "RUS", "GBR")),
    # aid accepted from a giver; money released as aid is a giving
    ("en", "Indonesia accepted aid from Australia and Singapore after the quake.", ("AID", "AUS", "IDN")),
    ("en", "Japan released emergency aid for the Philippines on Monday.", ("AID", "JPN", "PHL")),
    ("en", "Israel released 20 Palestinian prisoners on Monday.", ("RETREAT", "ISR", "PSE")),
    # what is sent to a town goes to its state
    ("en", "Singapore sent relief supplies to Palu on Monday.", ("AID", "SGP", "IDN")),
    ("id", "Singapura mengirim bantuan ke Palu pada Senin.", ("AID", "SGP", "IDN")),
    # relief flown, trucked or carried in
    ("en", "Australia flew relief supplies to Palu on Monday.", ("AID", "AUS", "IDN")),
    ("en", "Egypt trucked food aid into Gaza.", ("AID", "EGY", "PSE")),
    ("id", "Angkatan udara Singapura menerbangkan bantuan ke Palu.", ("AID", "SGP", "IDN")),
    ("id", "Mesir mengangkut bantuan logistik ke Gaza.", ("AID", "EGY", "PSE")),
    # a sentence whose convict is named at length
    ("en", "A Texas court sentenced the former police officer to ten years in prison.", ("COERCE", "USA", "USA")),
    # a verbal attack named by its medium is an accusation, not force
    ("en", "President Trump attacked the FBI on Twitter.", ("ACCUSE", "USA", "USA")),
    ("id", "Presiden Trump menyerang FBI lewat serangkaian cuitan.", ("ACCUSE", "USA", "USA")),
    ("id", "Prabowo menyerang Jokowi dalam pidatonya di Jakarta.", ("ACCUSE", "IDN", "IDN")),
    ("id", "Rusia menyerang Kyiv dalam serangan rudal pada Senin.", ("ASSAULT", "RUS", "UKR")),
    ("en", "Russian forces attacked Kyiv at dawn on Monday.", ("ASSAULT", "RUS", "UKR")),
    # an aside in brackets is about the actor right before it, not the clause's subject (the speaker here)
    ("en", "Analysts in Berlin said little about Trump's week (praising Vladimir Putin at a summit in Helsinki).",
     ("SUPPORT", "USA", "RUS")),
    ("id", "Para analis di Berlin membahas pekan Trump (memuji Vladimir Putin dalam pertemuan di Helsinki).",
     ("SUPPORT", "USA", "RUS")),
    # an aside in brackets with its own subject keeps it
    ("en", "The report lists three incidents (Russian troops shelled Kharkiv on Monday).", ("ASSAULT", "RUS", "UKR")),
]  # fmt: skip

# (lang, sentence, type) that must not be coded
NOT_CODED = [
    # harm done by a natural hazard that heads the "that" clause of the act
    ("en", "The quake triggered a tsunami of six meters that destroyed hundreds of homes and killed 40 Filipino "
           "villagers.", "ASSAULT"),
    ("en", "The couple's lawyer said the case was still pending in a New York court.", "ACCUSE"),
    # an aside in brackets with no actor next to it has no source
    ("en", "Analysts in Berlin said little about the long summer of talks (praising Vladimir Putin).",
     "SUPPORT"),
    ("en", "President Trump attacked the FBI on Twitter.", "ASSAULT"),
    ("id", "Presiden Trump menyerang FBI lewat serangkaian cuitan.", "ASSAULT"),
    ("en", "The Indonesian court's sentence for the two men led to protests in Jakarta.", "COERCE"),
    ("en", "It will take years for Ukraine's case against Russia to reach the court.", "ACCUSE"),
    ("en", "The minister brushed aside the dust from the Indonesian flag.", "REJECT"),
    ("id", "Pemain Indonesia itu menepis bola dari gawang Malaysia.", "REJECT"),
    ("en", "Israel released 20 Palestinian prisoners on Monday.", "AID"),
    ("en", "Singapore sent relief supplies to the quake zone on Monday.", "AID"),  # no town, no state: no target
    ("en", "Japan shipped cars to Indonesia.", "AID"),
    ("id", "Pesawat itu menerbangkan 200 penumpang dari Singapura ke Palu.", "AID"),
    ("en", "Indonesian prosecutors charged fees for copies of the court documents.", "ACCUSE"),
    ("id", "Kuasa hukum pasangan suami istri itu mengatakan perkaranya masih berjalan.", "ACCUSE"),
]  # fmt: skip


test_coded, test_not_coded = own_set_checks(PUB, CODED, NOT_CODED)


@pytest.mark.parametrize("lang, text, claimer", [
    ("en", "Russian troops shelled Kharkiv on Monday, Reuters reported.", "GBRMED"),
    ("en", "Russian troops shelled Kharkiv on Monday, state news agency Tass reported.", "RUSMED"),
    ("en", "Reuters reported Russian troops shelled Kharkiv on Monday.", "GBRMED"),
    ("id", "Pasukan Rusia menembaki Kharkiv pada Senin, lapor kantor berita Reuters.", "GBRMED"),
    ("id", "Pasukan Rusia menembaki Kharkiv pada Senin, seperti diberitakan Antara.", "IDNMED"),
    ("id", "Pasukan Rusia dilaporkan menembaki Kharkiv pada Senin.", "ANON"),  # reported, by no one named
    ("en", "Russian troops shelled Kharkiv on Monday, Australia's ABC News reported.", "AUSMED"),
    ("en", "Russian troops shelled Kharkiv on Monday, ABC News reported.", "USAMED"),
    ("en", "Russian troops shelled Kharkiv on Monday, the Boston Globe reports.", "USAMED"),
])  # fmt: skip
def test_an_outlet_after_what_it_reports_claims_it(lang, text, claimer):
    assert [ev.claimed_by.code for ev in extract(text, lang=lang, published=PUB) if ev.claimed_by] == [claimer]
