"""The ACCUSE family by construction (part AG, thirteenth session): own news-style sentences in English and Indonesian
(tests/data/accuse_AG.jsonl), in the gold's record form with their text, every sentence coded by GUIDELINES.md BEFORE
warta was run on any of them, lines with no event too (negatives: sport, weather, markets, a film review, medical
checks, charging a bus).  The whole of CAMEO 09x/11x: holding responsible, blaming something on someone, deploring,
rebuking, scolding, castigating, accusing of espionage or war crimes, convicting, holding liable, suing, charging,
indicting, inquiries and probes, criticism received from someone, complaints to the Security Council, rallying
opposition, hauling in an ambassador; passives ("dikritik Parlemen Eropa", "dituduh penyelidik PBB") and nouns
("tudingan X terhadap Y", "accusations against")."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "accuse_AG.jsonl"
PUB = "2024-11-15"

# Measured right after coding, before any fix (2026-12-05): en F1 0.863 (TP 22, FP 2, FN 5), id F1 0.808 (TP 21,
# FP 4, FN 6).  After fix 1 (held liable, the finger of blame, envoys hauled or called in, criticism faced from,
# blame laid on someone, a long party before "bertanggung jawab atas", complaints to international bodies, open
# questions): en 0.943 (TP 25, FP 1, FN 2), id 0.889 (TP 24, FP 3, FN 3).  A second batch of 42 sentences (ids
# 36-56, rarer wordings), coded and committed before any run, measured with fix 1 in: the whole set en 0.779 (TP 30,
# FP 3, FN 14), id 0.785 (TP 31, FP 4, FN 13).  After fix 2 (doubt cast, concern voiced, a mistake named, legal
# proceedings, subpoenas, breach found, charges under a law, singled out, bashed, held to account; meragukan,
# keprihatinan, proses hukum, memakzulkan, memanggil paksa, mengadili, menuntut dengan pasal, menghardik, membawa ke
# pengadilan; the people charged inside a verb pattern are its object, not protesters): en 0.918 (TP 39, FP 2, FN 5),
# id 0.932 (TP 41, FP 3, FN 3).  After fix 3 (the inquiry-object veto: an act an inquiry looks into is not the
# inquirer's; "mencurigai"): en 0.929 (TP 39, FP 1, FN 5), id unchanged.  The ratchet
# per language: (lowest F1, most false alarms).  A third batch of 34 sentences (ids 57-73, headline verbs and
# idioms), coded and committed before any run, measured with fixes 1-3 in: the whole set en 0.832 (TP 42, FP 1,
# FN 16), id 0.860 (TP 46, FP 3, FN 12).  After fix 4 (flayed, rapped over, quizzed, panned, hauled over the coals,
# blew the whistle on, a formal objection lodged, called to account, read the riot act, ripped into, a petition
# against; menyoroti, menyidangkan, melabeli ... sebagai, menyampaikan keberatan kepada, menyeret nama, meluapkan
# kemarahan kepada, mengajukan petisi terhadap, menghujani ... dengan kritik): en 0.946 (TP 53, FP 1, FN 5), id 0.940
# (TP 55, FP 4, FN 3).  After fix 5 (brought or put on trial is ACCUSE 115, as "mengadili"): en 0.964 (TP 54, FP 0,
# FN 4).  Raise the ratchet as the coder improves, never lower it.
RATCHET = {"en": (0.963, 0), "id": (0.939, 4)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "accuse-AG", RATCHET)


# the fixes, each with sentences of our own (not of the set's file) and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # a court or jury holding a party liable (CAMEO 116)
    ("en", "A British court held the Russian state liable for the poisoning of Alexander Litvinenko.",
     ("ACCUSE", "GBR", "RUS")),
    # the finger of blame pointed at someone
    ("en", "Kyiv pointed the finger of blame at Minsk for the border incident.", ("ACCUSE", "UKR", "BLR")),
    ("en", "Tehran pointed an accusing finger at Washington after the explosion.", ("ACCUSE", "IRN", "USA")),
    # an envoy hauled or called in to hear a complaint (CAMEO 114)
    ("en", "Lithuania called in the Chinese envoy over the treatment of its diplomats.", ("ACCUSE", "LTU", "CHN")),
    ("en", "Japan hauled in China's ambassador to protest over the detention of a Japanese businessman.",
     ("ACCUSE", "JPN", "CHN")),
    # criticism or a lawsuit a party faces from someone: the one it comes from is the source
    ("en", "The Nigerian government faced fierce criticism from Amnesty International over the shootings.",
     ("ACCUSE", "NGOAMN", "NGA")),
    # blame laid on someone ("menimpakan kesalahan kepada")
    ("id", "Kairo menimpakan kesalahan atas kegagalan perundingan kepada Addis Ababa.", ("ACCUSE", "EGY", "ETH")),
    ("id", "Pemerintah Sudan melimpahkan kesalahan atas kekacauan itu kepada Uni Emirat Arab.",
     ("ACCUSE", "SDN", "ARE")),
    # a party named at length before "bertanggung jawab atas"
    ("id", "Ukraina menyatakan pasukan militer Rusia di Krimea bertanggung jawab atas ledakan itu.",
     ("ACCUSE", "UKR", "RUS")),
    # a complaint taken to an international body
    ("id", "Filipina mengadukan China ke Perserikatan Bangsa-Bangsa atas insiden di Laut China Selatan.",
     ("ACCUSE", "PHL", "CHN")),
    # fix 2: doubt cast, concern voiced, a mistake named, legal proceedings, subpoenas, breach found, charges under a
    # law, singled out, bashed, held to account; Indonesian doubt, concern, proceedings, impeachment, summons to testify,
    # trial, charges under an article, a sharp rebuke, taken to court
    ("en", "Moscow cast doubt on Kyiv's account of the drone incident.", ("ACCUSE", "RUS", "UKR")),
    ("en", "Japan expressed concern over North Korea's missile programme.", ("ACCUSE", "JPN", "PRK")),
    ("en", "Paris called Rome's handling of the migrant boat a grave mistake.", ("ACCUSE", "FRA", "ITA")),
    ("en", "The European Commission opened legal proceedings against Poland over its judicial reforms.",
     ("ACCUSE", "IGOEU", "POL")),
    ("en", "The Senate committee subpoenaed Attorney General Merrick Garland.", ("ACCUSE", "USA", "USA")),
    ("en", "A WTO panel found China in breach of its trade commitments.", ("ACCUSE", "IGOWTO", "CHN")),
    ("en", "Hong Kong police charged six activists under the national security law.", ("ACCUSE", "HKG", "HKG")),
    ("en", "The Chinese foreign ministry singled out Canada for criticism at the briefing.", ("ACCUSE", "CHN", "CAN")),
    ("en", "Brazilian lawmakers bashed the European Union over its deforestation rules.", ("ACCUSE", "BRA", "IGOEU")),
    ("en", "Manila held Beijing to account for the collision near Scarborough Shoal.", ("ACCUSE", "PHL", "CHN")),
    ("id", "Moskow meragukan keterangan Kyiv soal insiden pesawat nirawak itu.", ("ACCUSE", "RUS", "UKR")),
    ("id", "Jepang menyampaikan keprihatinan atas program rudal Korea Utara.", ("ACCUSE", "JPN", "PRK")),
    ("id", "Paris menyebut penanganan Roma atas kapal migran itu sebagai kesalahan besar.", ("ACCUSE", "FRA", "ITA")),
    ("id", "Komisi Eropa mengambil langkah hukum terhadap Polandia terkait reformasi peradilan.", ("ACCUSE", "IGOEU", "POL")),
    ("id", "Parlemen Peru memakzulkan Presiden Martin Vizcarra.", ("ACCUSE", "PER", "PER")),
    ("id", "Pengadilan Teheran mengadili seorang wartawan Swedia atas tuduhan spionase.", ("ACCUSE", "IRN", "SWE")),
    ("id", "Menteri Luar Negeri China menghardik Manila atas insiden di Laut China Selatan.", ("ACCUSE", "CHN", "PHL")),
    ("id", "Pemerintah Malaysia membawa Singapura ke Mahkamah Internasional soal sengketa pulau.", ("ACCUSE", "MYS", "SGP")),
    # fix 3: a party suspected of an act (active "mencurigai" only); condemnation received ("menuai kecaman dari", as
    # the reaction noun already coded it)
    ("id", "Kementerian Pertahanan Estonia mencurigai kapal Rusia merusak kabel bawah laut di Teluk Finlandia.",
     ("ACCUSE", "EST", "RUS")),
    ("id", "Pemerintah Jepang menuai kecaman dari China atas kunjungan ke kuil Yasukuni.", ("ACCUSE", "CHN", "JPN")),
    # fix 4: headline verbs and idioms of criticism, their Indonesian counterparts
    ("en", "Pakistan's opposition flayed the government over the power tariffs.", ("ACCUSE", "PAK", "PAK")),
    ("en", "The UN rapped Israel over the demolition of Palestinian homes.", ("ACCUSE", "IGOUN", "ISR")),
    ("en", "French investigators quizzed Airbus executives over the bribery allegations.", ("ACCUSE", "FRA", "FRA")),
    ("en", "Turkish opposition parties panned the president's new constitution plan.", ("ACCUSE", "TUR", "TUR")),
    ("en", "Washington hauled Beijing over the coals for its support of Moscow.", ("ACCUSE", "USA", "CHN")),
    ("en", "A former Boeing engineer blew the whistle on the Federal Aviation Administration.", ("ACCUSE", "USA", "USA")),
    ("en", "Japan lodged a formal objection with South Korea over the island visit.", ("ACCUSE", "JPN", "KOR")),
    ("en", "German lawmakers called Chancellor Olaf Scholz to account over the budget crisis.", ("ACCUSE", "DEU", "DEU")),
    ("en", "The French president read the riot act to Algeria's ambassador.", ("ACCUSE", "FRA", "DZA")),
    ("en", "Moscow ripped into the European Union's new sanctions package.", ("ACCUSE", "RUS", "IGOEU")),
    ("en", "Kenya's opposition filed a petition against the electoral commission at the Supreme Court.",
     ("ACCUSE", "KEN", "KEN")),
    ("id", "Pengadilan Negeri Jakarta Selatan menyidangkan mantan Kapolda Sumatera Barat dalam kasus narkoba.",
     ("ACCUSE", "IDN", "IDN")),
    ("id", "Pemerintah China melabeli kunjungan Presiden Taiwan ke Amerika Serikat sebagai provokasi.",
     ("ACCUSE", "CHN", "TWN")),
    ("id", "Jepang menyampaikan keberatan kepada Korea Selatan atas kunjungan ke pulau sengketa.", ("ACCUSE", "JPN", "KOR")),
    ("id", "Jaksa Prancis menyeret nama dua eksekutif Airbus dalam kasus suap.", ("ACCUSE", "FRA", "FRA")),
    ("id", "Presiden Prancis meluapkan kemarahan kepada Duta Besar Aljazair dalam pertemuan di Paris.",
     ("ACCUSE", "FRA", "DZA")),
    ("id", "Oposisi Kenya mengajukan petisi terhadap komisi pemilihan umum ke Mahkamah Agung.", ("ACCUSE", "KEN", "KEN")),
    ("id", "Senator AS menghujani Menteri Pertahanan AS dengan pertanyaan soal penarikan pasukan.", ("ACCUSE", "USA", "USA")),
    # fix 5: bringing a party to trial is an accusation (PLOVER 'allege'), as "mengadili"
    ("en", "Egypt brought 20 journalists to trial on terrorism charges.", ("ACCUSE", "EGY", "EGY")),
    ("en", "Russia put a U.S. soldier on trial for theft in Vladivostok.", ("ACCUSE", "RUS", "USA")),
])
def test_accuse_ag_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # calling in players or the army is no summons of an envoy
    ("en", "The coach called in three new players from Japan for the friendly against Brazil.", ("ACCUSE", "JPN", "BRA")),
    ("en", "Spain's government called in the army to help with flood relief in Valencia.", ("ACCUSE", "ESP", "ESP")),
    # an open question asked is no accusation ("whether", "apakah")
    ("en", "Economists questioned whether Japan would raise interest rates in March.", ("ACCUSE", "", "JPN")),
    ("id", "Ekonom mempertanyakan apakah Jepang akan menaikkan suku bunga pada Maret.", ("ACCUSE", "", "JPN")),
    # a fault put on the weather or a pitch names no party
    ("id", "Pelatih Jepang menimpakan kesalahan atas kekalahan itu kepada lapangan yang licin.", ("ACCUSE", "JPN", "JPN")),
    # fix 2 negatives: doubt cast on a planet, concern over cracks in a bridge, a referee's mistake, prosecutors'
    # protesters are the charged, not protesting
    ("en", "Astronomers cast doubt on claims of a ninth planet in the outer solar system.", ("ACCUSE", "", "")),
    ("en", "Japanese engineers expressed concern over cracks in the bridge.", ("ACCUSE", "JPN", "")),
    ("id", "Jaksa Thailand menuntut puluhan demonstran dengan pasal penghinaan kerajaan.", ("PROTEST", "THA", "THA")),
    ("id", "Para ilmuwan Jepang meragukan keberadaan planet kesembilan.", ("ACCUSE", "JPN", "")),
    # fix 3 negative: an act an inquiry looks into is not the inquirer's (conventions inquiry-object)
    ("en", "The UN opened an investigation into Israeli strikes on Gaza.", ("ASSAULT", "IGOUN", "PSE")),
    # fix 4 negatives: films, sport and cooking shows; a halal label
    ("en", "Critics in Cannes panned the French director's new film.", ("ACCUSE", "", "FRA")),
    ("en", "Japanese chefs quizzed the contestants about their recipes.", ("ACCUSE", "JPN", "")),
    ("id", "Produk makanan asal Malaysia itu dilabeli halal oleh lembaga sertifikasi.", ("ACCUSE", "", "MYS")),
    # fix 5 negative: a drug brought to a clinical trial is no party accused
    ("en", "A Swiss drugmaker brought its new vaccine to trial in Brazil.", ("ACCUSE", "CHE", "BRA")),
])
def test_accuse_ag_negatives(lang, text, absent):
    assert absent not in {k for k in event_keys(text, lang, PUB)} and not any(
        k[0] == absent[0] and k[2] == absent[2] for k in event_keys(text, lang, PUB))
