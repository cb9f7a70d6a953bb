"""News vocabulary for ``scripts/codebook_triggers.py``: code -> (Indonesian patterns, English patterns).

Written from the codebook for common news expressions of acts that the NTREX en/id comparison
(``bench/crosslingual.py``, tuning lines only) and sentences written for ``tests/test_vocab_more.py`` showed
coded in one language and not the other: event nouns after light verbs (blockades imposed, tariffs, joint
exercises), troops put on alert, forces pulled out, donations and loans, yielding to a party, defiance of a
demand, a membership blocked, encouragement to act.  Same format as the tables there; the entries come after a code's own and
``codebook_more.py``'s (``cb_<code>_<n>`` numbering goes on).
"""

from __future__ import annotations

NEWS: dict[str, tuple[list[str], list[str]]] = {
    # --- ASSAULT (184): people made a human shield, named between the verb and the shield
    "184": (["menjadikan|dijadikan ~ ~ sebagai_tameng_manusia|sebagai_perisai_manusia|sebagai_tameng_hidup"], []),
    # --- AID (075): refugees sheltered; (helper DH, session 29) or accepted, as the English takerefugees
    "075": (["menampung|ditampung|penampungan ~ pengungsi|migran|pencari_suaka",
             "menerima|diterima ~ ~ pengungsi|pencari_suaka"],
            ["<shelter>|<host>|<house> ~ refugees|migrants|asylum_seekers"]),
    # --- STATEMENT (011): declining to comment, with "untuk" as "declined to comment" has "to"
    "011": (["menolak_untuk|enggan_untuk ~ berkomentar|mengomentari|menanggapi|memberikan_komentar"],
            ["<refuse>|<decline> to ~ comment ~ on"]),
    # --- SUPPORT (051): congratulations and thanks addressed to a party
    "051": (["mengucapkan_selamat|memberi_selamat|memberikan_selamat ~ kepada",
             "berterima_kasih|mengucapkan_terima_kasih ~ kepada"],
            ["<congratulate>", "<thank>|<thank> ~ for"]),
    # --- AID (071): paying for something in a place ("membiayai rekonstruksi Gaza")
    "071": (["membiayai|dibiayai ~ rekonstruksi|pembangunan|proyek|program"],
            ["<finance>|<fund> ~ reconstruction|rebuilding|construction|projects|programme|program"]),
    # --- REQUEST (02): "encouraged X to ..." is an appeal, as "mendorong X agar/untuk" is
    "020": (["mendorong|didorong ~ agar|supaya"], ["<encourage> ~ to"]),
    # --- CONCEDE (08): yielding to pressure or demands ("to the US" alone names no yielder: left out); "cave" and
    # "caves" before "in" are mostly the noun in news ("search caves in the Tora Bora region", helper CN's sample of
    # Lee firings): only the verb's past and -ing forms, and any form before "in to" (codebook_more), yield
    "080": (["mengalah|menyerah ~ pada_tekanan|kepada_tekanan", "mengakui|menerima ~ kekalahan|kekalahannya"],
            ["caved!v|caving in", "<yield> to ~ pressure|demands", "<concede>|<admit>|<accept> ~ defeat"]),
    # --- RETREAT (0874): forces pulled out
    "0874": (["menarik_mundur|ditarik_mundur|penarikan_mundur ~ pasukan|tentara|pasukannya|tentaranya"],
             ["<pull> ~ troops|forces|soldiers ~ out|back", "<pull> out|back ~ troops|forces|soldiers"]),
    # --- REJECT (12): defiance of a demand, an order, a ruling
    "120": (["membangkang|mengabaikan ~ tuntutan|perintah|seruan|ultimatum",
             "memveto|memblokir|menghalangi|mengganjal ~ keanggotaan|aksesi|bergabungnya"],
            ["<defy> ~ demands|demand|order|orders|calls|ultimatum",
             "<veto>|<block> ~ membership|accession", "<veto>|<block> ~ entry ~ into"]),
    # --- MOBILIZE (152): forces put on alert or stationed
    "152": (["menyiagakan|disiagakan|penyiagaan ~ pasukan|tentara|militer|prajurit|pasukannya|tentaranya|personel|angkatan_bersenjata|angkatan_bersenjatanya|armada|armadanya",
             "dalam_status_siaga|siaga_penuh",
             "menempatkan|ditempatkan|penempatan ~ pasukan|tentara|rudal|senjata_nuklir|kapal_perang|jet_tempur|"
             "sistem_rudal|pasukannya|tentaranya"],
            ["<put> ~ forces|troops|army|military ~ on ~ alert", "high alert|full alert",
             "<station>|<position> ~ troops|forces|missiles|nuclear_weapons|warships|fighter_jets|missile_systems"]),
    # --- SANCTION (160): cooperation frozen or suspended
    # (and a defence, security or cooperation pact with a state ended: "mengakhiri perjanjian pertahanan dengan")
    "160": (["membekukan|menghentikan|menangguhkan|memutus ~ kerja_sama|kerjasama|koordinasi",
             "pembekuan|penghentian|penangguhan ~ kerja_sama|kerjasama|koordinasi",
             "mengakhiri|membatalkan|memutus|mencabut ~ perjanjian|kesepakatan|pakta ~ pertahanan|militer|keamanan|"
             "kerja_sama ~ dengan"],
            ["<freeze>|froze!v|frozen!v|<suspend>|<halt>|cut_off|cuts_off|cutting_off ~ cooperation|ties|contacts|coordination",
             "freezing|suspension ~ of ~ cooperation|ties",
             "<end>|<terminate>|<scrap>|<cancel>|<revoke> ~ defence|defense|military|security|cooperation "
             "~ agreement|pact|treaty|accord ~ with"]),
    # --- ACCUSE (115): a lawsuit ("menuntut" alone is a demand; suing someone "karena"/"ke pengadilan" is not)
    "115": (["menuntut ~ karena|ke_pengadilan|secara_hukum"], ["<sue> ~ over|for"]),
    # --- ACCUSE (111): mockery and denunciation
    "111": (["mengejek|diejek|mencemooh|dicemooh|mencela|dicela"], ["<mock>|<ridicule>|<deride>"]),
    # --- ACCUSE (114): an official complaint lodged with a party
    "114": (["mengajukan|menyampaikan|melayangkan ~ keluhan|pengaduan|nota_keberatan ~ kepada|terhadap"],
            ["<lodge>|<file> ~ complaint ~ with|against"]),
    # --- PROTEST (141): marches
    "141": (["berpawai|berbaris ~ menentang|memprotes|menuntut"], ["<march> ~ against|to_protest|to_demand"]),
    # --- COERCE (170, 172): forcing a party to act; fines
    "170": (["memaksa|dipaksa ~ untuk|agar"], ["<force> ~ to"]),
    "172": (["mendenda|didenda|menjatuhkan_denda|dikenai_denda"], ["fined!v|fining"]),
    # --- COERCE (173): a prison sentence passed on someone
    "173": (["menjatuhkan|menjatuhi|dijatuhi ~ vonis|hukuman_penjara|hukuman_mati|pidana_penjara"],
            ["<sentence> ~ to ~ prison|jail|years|death"]),
    # --- ASSAULT (190): ambushes, arson, and the passive of codebook_more's invasions and raids
    "190": (["menyergap|disergap|penyergapan|sergapan", "diinvasi|diserbu|digempur|dibombardir",
             "membakar ~ kantor|gedung|pos|markas|kendaraan|gerbang"],
            ["<ambush>", "torched!v|torching|set_ablaze"]),
    # --- SANCTION (163): bans on trade
    "163": (["larangan ~ impor|ekspor",
             "menghentikan|membekukan|menangguhkan|penghentian|penangguhan ~ perdagangan|perniagaan ~ dengan"],
            ["<ban> on ~ imports|exports", "<halt>|<stop>|<freeze>|froze!v ~ trade ~ with"]),

    # --- COERCE (191): a blockade as a noun, after a light verb ("memberlakukan blokade terhadap Gaza")
    "191": (["memberlakukan|menerapkan|memberlakukan_kembali|memperketat|memperluas|mempertahankan ~ blokade"],
            ["<impose>|<reimpose>|<tighten>|<maintain> ~ blockade"]),
}
