"""Rules and words added while tuning on part O of the tuning set (tests/data/ntrex_tuning/O.jsonl: Indonesian
news and Wikipedia sentences of the GSD treebank's dev file; assault, coercion, mobilisation, support, aid and the
actors of Indonesian text), each checked on sentences of our own (never the corpus's): what must be coded, and a
negative that must not be."""

from __future__ import annotations

from sentence_sets import own_set_checks

PUB = "2024-11-15"


# (lang, sentence, (type, source country, target country)) that must be coded
CODED = [
    # aggression named as a noun is an attack, its agent after it and its target behind "ke" or "terhadap"
    ("id", "Agresi Rusia ke wilayah Ukraina sudah memasuki tahun ketiga.", ("ASSAULT", "RUS", "UKR")),
    ("id", "Agresi Israel ke Jalur Gaza kembali menewaskan puluhan warga sipil.", ("ASSAULT", "ISR", "PSE")),
    # an attack called military and aimed at someone: "militer" names no forces of an unnamed state
    ("id", "Rusia melancarkan serangan militer terhadap Ukraina pada Februari 2022.", ("ASSAULT", "RUS", "UKR")),
    ("id", "Belanda melancarkan agresi militer terhadap Republik Indonesia pada Desember 1948.", ("ASSAULT", "NLD", "IDN")),
    ("id", "Serangan militer Israel ke wilayah Gaza masih berlangsung hingga hari ini.", ("ASSAULT", "ISR", "PSE")),
    # a military intervention in a state is force used there
    ("id", "Ethiopia melakukan intervensi militer di Somalia pada Desember 2006.", ("ASSAULT", "ETH", "SOM")),
    ("id", "Arab Saudi memimpin intervensi militer ke Yaman sejak 2015.", ("ASSAULT", "SAU", "YEM")),
    # poisoning someone is an attack; a spy is of his state's intelligence (GOV)
    ("id", "Agen intelijen Rusia diduga meracuni tokoh oposisi Alexei Navalny di Tomsk.", ("ASSAULT", "RUS", "RUS")),
    ("id", "Dua mata-mata Korea Utara meracuni seorang pembelot di Kuala Lumpur, Malaysia.", ("ASSAULT", "PRK", "MYS")),
    ("id", "Polisi Jerman menangkap dua mata-mata China di Berlin.", ("COERCE", "DEU", "CHN")),
    # a town attacked still stands for its state when the agent is named before it
    ("id", "Tentara Israel menggempur Rafah pada Selasa malam.", ("ASSAULT", "ISR", "PSE")),
    ("id", "Pasukan Rusia merebut kota Avdiivka setelah berbulan-bulan pertempuran.", ("ASSAULT", "RUS", "UKR")),
    # an official of an armed group or party named with one word between ("pejabat tinggi keuangan Hamas") is the
    # group's, not of the state of the one who acts on him
    ("id", "Israel menewaskan seorang pejabat tinggi keuangan Hamas dalam serangan udara di Gaza.", ("ASSAULT", "ISR", "PSE")),
    ("id", "Amerika Serikat menjatuhkan sanksi kepada pejabat senior keuangan Hizbullah.", ("SANCTION", "USA", "LBN")),
    # a body of states after "anggota" stays that body ("negara-negara anggota PBB")
    ("id", "Palestina meminta bantuan kemanusiaan dari negara-negara anggota ASEAN.", ("REQUEST", "PSE", "IGOASEAN")),
    # a bare root that may be a verb ("minta") is no word qualifying the body after it
    ("id", "Pemerintah minta Bank Indonesia menurunkan suku bunga acuan.", ("REQUEST", "IDN", "IDN")),
    # two titles of towns' or provinces' offices are two office-holders, not one body named twice
    ("id", "Wali Kota Bandung mengkritik Gubernur Jawa Barat soal penanganan banjir.", ("ACCUSE", "IDN", "IDN")),
    ("id", "Bupati Sleman mendukung Gubernur DI Yogyakarta dalam sengketa lahan itu.", ("SUPPORT", "IDN", "IDN")),
    # a member of a party's group in parliament before the name is a coded actor
    ("id", "Anggota Fraksi PDI Perjuangan Agus Salim mengkritik Menteri Keuangan.", ("ACCUSE", "IDN", "IDN")),
    ("id", "Ketua Fraksi Partai Golkar Bambang Susilo mendukung Presiden Prabowo Subianto.", ("SUPPORT", "IDN", "IDN")),
    # the positive beside the modals below: support reported as given
    ("id", "Sebagai partai koalisi, PAN mendukung kebijakan Presiden Prabowo Subianto.", ("SUPPORT", "IDN", "IDN")),
    ("id", "Jepang membantu Turki yang dilanda gempa.", ("AID", "JPN", "TUR")),
    # a duty a named speaker states is the speaker's demand on the one who owes it
    ("id", "Jepang seharusnya membantu Turki yang dilanda gempa, kata Menlu Retno Marsudi.", ("REQUEST", "IDN", "JPN")),
]  # fmt: skip

# (lang, sentence, type) that must not be coded
NOT_CODED = [
    # labelling an act as aggression is an accusation, not an attack by the speaker
    ("id", "Menteri Luar Negeri Iran menyebut serangan itu sebagai agresi terhadap kedaulatan negaranya.", "ASSAULT"),
    # aggression rejected in general names no attack
    ("id", "Presiden Indonesia menolak segala bentuk agresi di kawasan.", "ASSAULT"),
    # an intervention in a market is no force
    ("id", "Bank Indonesia melakukan intervensi di pasar valuta asing untuk menahan pelemahan rupiah.", "ASSAULT"),
    # waste poisoning a river names no one acting
    ("id", "Limbah pabrik tekstil meracuni sungai Citarum di Bandung, Jawa Barat.", "ASSAULT"),
    # an act said to be owed or advised ("seharusnya", "semestinya", "sebaiknya"), like "harus", is not reported as done
    ("id", "Sebagai partai koalisi, PAN merasa seharusnya mendukung kebijakan Presiden Prabowo Subianto.", "SUPPORT"),
    ("id", "Menurut pengamat itu, Amerika Serikat sebaiknya tidak mengirim senjata ke Taiwan.", "AID"),
    ("id", "Jepang semestinya membantu Turki yang dilanda gempa, kata pengamat itu.", "AID"),
    # what a reminder asks for, after a comma and "agar", is its content, not an act
    ("id", "Ketua DPP Partai Golkar mengingatkan, agar seluruh kader mendukung keputusan Presiden Prabowo.", "SUPPORT"),
    # "membantu" followed by a verb names no one helped: a duty of it is no demand on anyone
    ("id", "Keir Starmer mengatakan bahwa Partai Buruh seharusnya membantu membangun budaya toleransi di Inggris.",
     "REQUEST"),
    # an act after "agar"/"supaya" and its own subject is what is aimed at
    ("id", "Mesir menekan Israel agar Hamas dan Israel menyepakati gencatan senjata di Gaza.", "AGREE"),
    ("id", "Warga menggelar doa bersama supaya kelompok bersenjata membebaskan para sandera di Nduga.", "RETREAT"),
]  # fmt: skip

# (lang, sentence, (type, source country, target country)) that must not be coded
NOT_KEYED = [
    # a state's name qualifying the agent ("tentara Jepang") is no place attacked: the region after "ke" names no state
    ("id", "Menjelang penyerangan tentara Jepang ke Asia Tenggara pada 1941, sekolah itu masih mempunyai 900 siswa.",
     ("ASSAULT", "JPN", "JPN")),
    ("id", "Serbuan pasukan Turki ke Timur Tengah pada abad ke-16 mengubah peta kawasan itu.", ("ASSAULT", "TUR", "TUR")),
]  # fmt: skip


test_coded, test_not_coded, test_not_keyed = own_set_checks(PUB, CODED, NOT_CODED, NOT_KEYED)
