"""More codebook vocabulary for ``scripts/codebook_triggers.py``: code -> (Indonesian patterns, English patterns).

Written from the codebook for the acts the code-by-code suite (``tests/data/codebook_sentences.tsv``) found
unseen: lifting and easing (curfews, emergency rule, censorship, blockades, sanctions), returns and
releases, access granted to outsiders, de-escalation and demobilisation, concessions to demands, cuts of
funding, blacklists and censorship, raids and invasions, guided and indiscriminate fire.  Each entry is a
general expression of its code in the same format as the tables there; they are added after the code's own
entries (``cb_<code>_<n>`` numbering goes on).
"""

from __future__ import annotations

EXTRA: dict[str, tuple[list[str], list[str]]] = {
    # --- CONCEDE / RETREAT (08)
    "080": (["tunduk!v pada|kepada ~ tekanan", "mengalah kepada|pada"],
            ["<bow> to ~ pressure", "<give>|gave!v in to", "<cave> in ~ to"]),
    "0811": (["melonggarkan|mencabut ~ sensor|pemblokiran|pembatasan_internet", "mencabut ~ pemblokiran_internet"],
             ["<ease>|<lift>|<relax> ~ censorship|blackout", "<restore> ~ internet_access"]),
    "0812": (["mencabut ~ larangan_berpolitik|larangan_terhadap", "merehabilitasi ~ partai|politisi"],
             ["<lift> ~ political_ban|ban_on", "<unban> ~ party|parties"]),
    "0813": (["mencabut|mengakhiri|melonggarkan ~ jam_malam", "pencabutan ~ jam_malam"],
             ["<lift>|<end>|<ease>|<relax> ~ curfew", "curfew ~ was|were|has|had ~ lifted"]),
    "0814": (["mencabut|mengakhiri ~ keadaan_darurat|darurat_militer|status_darurat",
              "pencabutan ~ keadaan_darurat|darurat_militer"],
             ["<lift>|<end>|<rescind> ~ martial_law|state_of_emergency|emergency_rule",
              "martial_law ~ was|has ~ lifted"]),
    "082": (["memberikan|memberi ~ amnesti|grasi", "amnesti ~ bagi|kepada|untuk"],
            ["<grant> ~ amnesty", "amnesty ~ for|to"]),
    "083": (["memenuhi|menyetujui|mengabulkan|menuruti ~ tuntutan", "tunduk pada|kepada ~ tuntutan"],
            ["<accede> to", "<meet>|met!v ~ demands", "<agree> to ~ demand|demands", "<bow> to ~ demands"]),
    "0832": (["membatalkan|mencabut|menarik ~ rancangan_undang-undang|RUU|kenaikan_pajak|kenaikan",
              "membatalkan ~ kebijakan"],
             ["<drop>|<scrap>|<shelve>|<withdraw>|withdrew!v ~ bill|tax|law",
              "<scrap>|<reverse> ~ policy|decision|rise|increase"]),
    "0833": (["mengakui ~ hak", "memberikan|menjamin ~ hak", "mengizinkan ~ perempuan|minoritas"],
             ["<recognise>|<recognize> ~ rights", "<grant> ~ rights", "<allow> ~ women|minorities"]),
    "084": (["memulangkan|pemulangan", "mengembalikan ~ tawanan|tahanan|anak-anak|anak|warga|jenazah"],
            ["<return> ~ prisoners|children|detainees|citizens|remains"]),
    "0842": (["mengembalikan ~ artefak|aset|kapal|barang|wilayah|benda", "melepaskan ~ kapal|tanker"],
             ["<return> ~ artefacts|artifacts|bronzes|assets|property|territory", "<release> ~ ship|tanker|vessel"]),
    "085": (["melonggarkan|mencabut|pelonggaran|pencabutan ~ sanksi|embargo"],
            ["<ease>|<lift>|<relax>|<remove> ~ sanctions|embargo", "easing ~ sanctions"]),
    "086": (["mengizinkan|memperbolehkan ~ PBB|badan-badan|lembaga|misi|pemantau|pengamat|penyelidik",
             "membuka akses ~ bagi|untuk", "mengizinkan ~ terlibat|berpartisipasi|ikut_serta"],
            ["<allow>|<let> ~ agencies|monitors|observers|investigators|UN", "<open> ~ access ~ for|to",
             "<allow> ~ to ~ take_part|participate"]),
    "0861": (["menerima ~ pasukan_penjaga_perdamaian|pasukan_perdamaian", "menyetujui ~ penempatan"],
             ["<receive>|<accept>|<welcome> ~ peacekeepers", "<accept> ~ deployment"]),
    "0863": (["mengizinkan ~ bantuan|truk_bantuan", "membuka ~ jalur_bantuan|koridor_kemanusiaan"],
             ["<allow>|<let> ~ aid ~ into|in|through", "<open> ~ humanitarian_corridor|aid_routes"]),
    "087": (["menurunkan|meredakan ~ ketegangan", "menarik_mundur ~ pasukan", "de-eskalasi"],
            ["<de-escalate>|de-escalation", "<disengage>|disengagement", "<ease>|<defuse> ~ tensions"]),
    "0871": (["mengumumkan|mendeklarasikan|memberlakukan ~ gencatan_senjata"],
             ["<declare>|<announce>|<observe> ~ ceasefire|truce"]),
    "0872": (["melonggarkan|mencabut|mengakhiri ~ blokade", "pelonggaran ~ blokade"],
             ["<ease>|<lift>|<end> ~ blockade|siege"]),
    "0873": (["membubarkan ~ milisi|pasukannya|kelompok_bersenjata|sayap_bersenjata", "menyerahkan ~ senjata",
              "demobilisasi"],
             ["<disband> ~ militias|militia|forces|armed_wing", "<hand> in ~ weapons|arms",
              "demobilization|demobilisation|<demobilize>|<demobilise>"]),
    # freeing hostages, captives or another state's nationals is a return (RETREAT); a state freeing its own
    # prisoners stays the hand entry's concession (CONCEDE, with the state's own people as target)
    "0841": (["membebaskan|pembebasan|melepaskan ~ sandera|tawanan|warga|jurnalis|pelaut|nelayan"],
             ["<release>|freed!v ~ hostages|hostage|captives|citizens|nationals|journalist|sailors|fishermen"]),
    "0862": ([], ["<let> ~ inspectors"]),
    # --- STATEMENT ... COOPERATE (01-06)
    "017": ([], ["laid!v ~ wreath"]),
    # a gap stops at punctuation, so English possessives ("Georgia's accession") are written out
    "019": ([], ["<echo> ~ 's|’s view|views|position|stance"]),
    "022": ([], ["<seek>|sought!v ~ 's|’s diplomatic_support|political_support|support|backing"]),
    "046": (["merundingkan|dirundingkan"], []),
    "050": (["menjalin|membuka ~ hubungan_diplomatik"], ["<establish> ~ diplomatic_relations|diplomatic_ties|relations"]),
    "054": (["memulihkan ~ keanggotaan"], ["<restore> ~ membership|seat", "<restore> ~ 's|’s membership|seat"]),
    "057": (["menandatangani|meneken ~ kemitraan"], ["<sign> ~ partnership|deal|pact"]),
    "061": ([], ["joint venture|project|ventures|projects"]),
    "063": (["menyerahkan ~ kepada|ke ~ Mahkamah|pengadilan"], ["<hand>|handed!v ~ over to"]),
    # --- REJECT / ACCUSE
    "116": (["menyatakan ~ bersalah", "memvonis|divonis ~ bersalah"], ["<find> ~ guilty", "<convict>"]),
    "111": (["mengkritik|mengecam ~ keras", "kritik ~ tajam|keras"], ["sharply ~ <criticise>|<criticize>"]),
    "113": (["menggalang ~ untuk_melawan|untuk_menentang|melawan|menentang"],
            # (those rallied are named: "rallied against the quota system" alone is a demonstration, 141)
            ["<rally> ~ allies|nations|countries|states|governments|neighbours|neighbors|support|others ~ against"]),
    "120": ([], ["<turn>|turned!v down"]),
    "128": (["melanggar ~ komitmen|perjanjian|resolusi|kesepakatan|hukum_internasional"],
            ["<breach> ~ commitments|deal|agreement|resolutions",
             "<violate> ~ resolutions|resolution|agreement|commitments"]),
    # --- THREATEN, PROTEST, MOBILIZE (13-15)
    # a threat to crush protests is one of repression (137), not a threat to protest (133): the longer pattern wins
    "137": (["mengancam|mengancam_akan ~ menumpas|menindak_tegas|membubarkan_paksa ~ aksi_protes|protes|unjuk_rasa|"
             "demonstrasi|demonstran|pengunjuk_rasa"], []),
    # the one given a deadline stands in the gap ("memberi Hamas tenggat waktu untuk ...")
    "139": (["memberi|memberikan ~ tenggat waktu|batas_waktu"], ["gave!v ~ ultimatum|deadline"]),
    "141": (["turun ke jalan"], ["<take>|took!v to the streets"]),
    # (helper CT) bare "mogok" only before what a strike is for or how long it runs (lang/id/triggers.tsv mogok3): a
    # vehicle "mogok di jalan tol" broke down
    "143": (["mogok menuntut|memprotes|menolak|selama"], ["national|nationwide strike"]),
    "144": (["memblokade|memblokir ~ rel|jalan_tol|jalan_raya|perlintasan_perbatasan"],
            ["<blockade>|<block> ~ motorways|railway|rail|railway_lines|border_crossings"]),
    "150": (["latihan militer ~ di_sekitar|dekat", "latihan militer ~ besar-besaran"],
            ["military drills|exercises ~ around|near"]),
    "152": (["status siaga"], ["alert status|level"]),
    "154": (["memanggil ~ pasukan_cadangan|tentara_cadangan|prajurit_cadangan|wajib_militer"],
            ["<call>|called!v up ~ reservists|reserves"]),
    # --- SANCTION (16)
    "160": (["membekukan ~ proses_aksesi|perundingan_aksesi|keanggotaan"],
            ["<freeze>|froze!v ~ accession|membership", "<freeze>|froze!v ~ 's|’s accession|membership|bid"]),
    "162": (["menangguhkan|membekukan|menghentikan ~ pendanaan|dana"],
            ["<suspend>|<freeze>|<halt> ~ funding"]),
    "1621": (["membekukan|menghentikan|menangguhkan ~ pinjaman"], ["<freeze>|froze!v|<halt> ~ lending|loans"]),
    "1622": (["memangkas|menghentikan|menangguhkan ~ bantuan_militer|ekspor_senjata"],
             ["<cut>|<stop>|<halt> ~ military_aid|arms_exports|arms_sales"]),
    "1623": (["membekukan|menghentikan ~ sumbangan|kontribusi"], ["<freeze>|froze!v|<halt> ~ contributions"]),
    "163": (["mengenakan|memberlakukan|menetapkan ~ tarif|bea_masuk", "tarif ~ impor ~ terhadap"],
            ["<impose>|<slap> ~ tariffs|duties|levies", "tariffs ~ on ~ imports"]),
    "164": ([], ["broke!v off ~ talks|negotiations"]),
    "1661": (["memerintahkan ~ pasukan_penjaga_perdamaian ~ meninggalkan"], ["<order> ~ peacekeepers ~ leave|out"]),
    "165": (["mengakhiri|menghentikan ~ peran ~ mediator|penengah"], ["<end>|<suspend> ~ role ~ mediator"]),
    "1663": (["mengusir ~ pekerja_bantuan"], ["<expel> ~ aid_workers"]),
    # --- COERCE (17)
    "171": (["merusak ~ pagar|fasilitas|kantor|kendaraan"],
            ["<vandalise>|<vandalize>", "<damage> ~ fence|facilities|office|vehicles"]),
    "1712": (["menghancurkan ~ bendungan|jembatan|infrastruktur|gedung|rumah|permukiman"],
             ["<destroy> ~ dam|bridge|infrastructure|buildings|homes|houses"]),
    # the one designated or blacklisted may be a long noun phrase: two gaps ("memasukkan perusahaan pertahanan
    # Amerika Serikat ke dalam daftar hitam")
    "172": (["daftar_hitam", "menetapkan ~ ~ sebagai ~ kelompok_ekstremis|organisasi_ekstremis|kelompok_teroris|"
             "organisasi_teroris|agen_asing", "memasukkan|dimasukkan ~ ~ daftar_hitam"],
            ["<blacklist>|blacklist", "<designate> ~ extremist|terrorist|foreign_agent"]),
    "1721": (["memblokir akses", "menutup ~ surat_kabar|media|stasiun_televisi|situs_berita"],
             ["<block> ~ access", "<shut> down ~ newspaper|media|broadcaster|news_sites"]),
    "175": (["menindak_keras|menindak_tegas", "menumpas", "membubarkan ~ demonstran|pengunjuk_rasa ~ dengan"],
            ["<suppress>", "<quash> ~ protests|protest"]),
    # --- ASSAULT (18-20)
    "1831": (["meledakkan diri"], []),
    "1823": (["memukuli ~ hingga_tewas|sampai_mati"], ["<beat> ~ to death"]),
    "190": (["menyerbu|serbuan|penyerbuan", "menginvasi|invasi", "menggempur|gempuran", "membombardir", "menghantam"],
            ["stormed!v|storming", "<bombard>|bombardment", "struck!v",
             # (lead, session 32) the present, as headlines write a past strike: "Israel strikes Gaza school"
             "strikes|strike"]),  # not "storms" (weather)
    "1951": (["bom_berpemandu|rudal_berpemandu", "menembakkan ~ rudal",
              # a missile or rocket that hits a place is its owner's strike ("Rudal Rusia menghantam Kyiv")
              "rudal|roket|misil ~ menghantam|menghujani|mengenai|menyasar"],
             ["guided ~ missiles|bombs|munitions", "<fire> ~ missiles|missile",
              "missile|missiles|rocket|rockets ~ struck!v|hit|hits|<pound>|slammed_into|slams_into|slam_into"]),
    "1952": (["drone|pesawat_nirawak ~ menghantam|menyerang"], ["drones|drone ~ <strike>|struck!v|hit|<attack>"]),
    "200": (["membombardir ~ tanpa_pandang_bulu", "bom_barel"],
            ["indiscriminately ~ <bombard>|<shell>|<bomb>", "barrel_bombs|barrel_bomb"]),
    "201": (["mengusir ~ ribuan|puluhan_ribu|ratusan_ribu", "pengusiran ~ ribuan|puluhan_ribu|ratusan_ribu"],
            ["<force>|<drive>|drove!v ~ thousands|hundreds|millions ~ out"]),
}
