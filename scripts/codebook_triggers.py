"""Write the codebook vocabulary: ``lang/id/triggers_codebook.tsv`` and ``lang/en/triggers_codebook.tsv``.

Our own entries, written code by code from the CAMEO codebook (``../shared/reference/CAMEO_codefile.txt``)
and the PLOVER manual, in both languages side by side so that one act gets one code in both.  Much of the
codebook is an act applied to a topic (appeal for / demand / promise / reject / threaten ... economic aid,
release of prisoners, a ceasefire ...), so those codes are built as a verb family crossed with a topic,
each written in both languages below; the other codes are listed one by one.  Every pattern is in the
format of ``lang/<code>/triggers.tsv`` (``<root>`` expands by the language's morphology, ``a|b``
alternatives, ``~`` a gap of up to three words, ``_`` joins the words of one alternative).

The PLOVER type of a code comes from ``knowledge/cameo.tsv`` except where our coding guidelines type it
otherwise (``TYPE_OVERRIDES``, the same for both languages and for the hand lexicons).

Usage: PYTHONPATH=src python scripts/codebook_triggers.py   (rewrites both files; edit the tables here, not the TSVs)
"""

from __future__ import annotations

from pathlib import Path

from codebook_more import EXTRA  # the script's own folder is on sys.path
from codebook_news import NEWS

from warta.lexicon.coverage import TYPE_OVERRIDES

ROOT = Path(__file__).resolve().parents[1]
LANG = ROOT / "src" / "warta" / "lang"
CAMEO = ROOT / "src" / "warta" / "knowledge" / "cameo.tsv"

AGENT = {"010"}  # a statement is an event when it is addressed to someone
MUTUAL = {"040", "041", "044", "046", "057", "060", "061", "062", "063", "064", "050", "019"}
# a denial of responsibility (016) is addressed to no one, as a claim of it (015) is; a mobilisation (154), like a
# show of force or an alert (150-153), has no target by nature
INTRANS = {"011", "012", "013", "014", "015", "016", "017", "080", "082", "0831", "140", "141", "142", "143",
           "145", "150", "151", "152", "153", "154",
           # a violated truce is often reported with no side named: the violator alone (target "")
           "196",
           # a pledge of domestic reform (new leaders, policies, rights, institutions) has no recipient by nature
           "034", "0341", "0342", "0343", "0344"}
THEME = {"070", "071", "072", "073", "074"}

# --- topics: what an appeal, a demand, a promise, a refusal or a threat is about -------------------------
# key: (Indonesian phrases, English phrases); a phrase's words are joined with "_" in the pattern.
T = {
    "coop": (["kerja sama", "kemitraan", "kolaborasi"], ["cooperation", "partnership", "collaboration"]),
    "econ": (["kerja sama ekonomi", "kerja sama perdagangan", "investasi", "kemitraan ekonomi", "perjanjian dagang"],
             ["economic cooperation", "trade cooperation", "investment", "trade deal", "economic partnership"]),
    "mil": (["kerja sama militer", "kerja sama pertahanan", "latihan militer bersama", "aliansi militer"],
            ["military cooperation", "defence cooperation", "defense cooperation", "joint military exercises",
             "military alliance"]),
    "jud": (["ekstradisi", "kerja sama hukum", "bantuan hukum timbal balik", "penyerahan tersangka"],
            ["extradition", "judicial cooperation", "legal cooperation", "handover of suspects"]),
    "intel": (["kerja sama intelijen", "berbagi intelijen", "pertukaran informasi intelijen", "data intelijen"],
              ["intelligence cooperation", "intelligence sharing", "share intelligence", "intelligence"]),
    "dipl": (["dukungan diplomatik", "dukungan politik", "dukungan internasional", "solidaritas"],
             ["diplomatic support", "political support", "international support", "solidarity"]),
    "aid": (["bantuan", "pertolongan", "uluran tangan"], ["aid", "assistance", "help"]),
    "econaid": (["bantuan ekonomi", "bantuan keuangan", "pinjaman", "hibah", "bantuan dana"],
                ["economic aid", "financial aid", "financial assistance", "loans", "economic assistance"]),
    "milaid": (["bantuan militer", "senjata", "pasokan senjata", "amunisi", "sistem pertahanan udara"],
               ["military aid", "weapons", "arms", "military assistance", "ammunition", "air defence systems"]),
    "humaid": (["bantuan kemanusiaan", "bantuan pangan", "obat-obatan", "bantuan darurat"],
               ["humanitarian aid", "humanitarian assistance", "food aid", "medical supplies", "emergency aid"]),
    "pko": (["pasukan penjaga perdamaian", "perlindungan militer", "pasukan perdamaian", "misi perdamaian"],
            ["peacekeepers", "peacekeeping force", "peacekeeping troops", "military protection"]),
    "reform": (["reformasi", "reformasi politik", "pemilu yang bebas", "demokratisasi"],
               ["political reform", "reforms", "democratic reform", "free elections"]),
    "leader": (["pengunduran diri", "mundur dari jabatan", "mundur", "mundurnya", "lengsernya", "pemilu dini",
                "pergantian kepemimpinan"],
               ["resignation", "to resign", "to step down", "early elections", "leadership change"]),
    "policy": (["perubahan kebijakan", "mencabut kebijakan", "membatalkan kebijakan", "revisi undang-undang",
                "pencabutan undang-undang"],
               ["policy change", "change of policy", "repeal of the law", "scrap the law", "reverse the decision"]),
    "rights": (["hak asasi", "kebebasan berpendapat", "kebebasan pers", "hak pilih", "hak minoritas"],
               ["human rights", "press freedom", "freedom of speech", "voting rights", "minority rights"]),
    "regime": (["pergantian rezim", "perubahan konstitusi", "amandemen konstitusi", "pembubaran parlemen"],
               ["regime change", "constitutional change", "constitutional reform", "dissolution of parliament"]),
    "yield": (["mengalah", "menyerah", "konsesi", "berkompromi"],
              ["to yield", "concessions", "to back down", "to give in", "to compromise"]),
    "easeadmin": (["pencabutan larangan", "mencabut larangan", "pelonggaran pembatasan", "mencabut pembatasan",
                   "melonggarkan aturan", "melonggarkan pembatasan", "melonggarkan larangan", "pelonggaran larangan"],
                  ["lifting of the ban", "lift the ban", "ease restrictions", "lifting of restrictions",
                   "ease visa rules", "ease curbs", "relax rules"]),
    "easedissent": (["menghentikan unjuk rasa", "mengakhiri aksi protes", "membubarkan diri", "mengakhiri mogok"],
                    ["end the protests", "stop the protests", "call off the strike", "disperse"]),
    "release": (["pembebasan", "membebaskan", "melepaskan", "pelepasan", "pemulangan"],
                ["release", "to free", "freeing", "repatriation"]),
    "easeecon": (["pencabutan sanksi", "mencabut sanksi", "pelonggaran sanksi", "melonggarkan sanksi",
                  "mencabut embargo", "pencabutan embargo"],
                 ["lifting of sanctions", "lift sanctions", "ease sanctions", "easing of sanctions", "relax sanctions",
                  "relax tough international sanctions", "lift the embargo"]),
    "intl": (["akses bagi pemantau", "masuknya pengawas", "inspeksi internasional", "penyelidikan internasional",
              "pemantau internasional"],
             ["access for inspectors", "international inspectors", "international monitors",
              "international investigation", "observers"]),
    "deesc": (["gencatan senjata", "menahan diri", "de-eskalasi", "menghentikan serangan", "penarikan pasukan",
               "menghentikan pertempuran"],
              ["ceasefire", "cease-fire", "restraint", "de-escalation", "halt the attacks", "withdrawal of troops",
               "end the fighting"]),
    "meet": (["perundingan", "dialog", "negosiasi", "berunding", "pembicaraan damai", "perundingan damai",
              "meja perundingan"],
             ["talks", "negotiations", "dialogue", "peace talks", "negotiating table"]),
    "settle": (["penyelesaian damai", "menyelesaikan sengketa", "penyelesaian sengketa", "solusi damai",
                "menyelesaikan konflik"],
               ["peaceful settlement", "settle the dispute", "peaceful solution", "resolve the conflict",
                "a settlement"]),
    "mediation": (["mediasi", "mediator", "penengah", "menengahi"], ["mediation", "to mediate", "a mediator"]),
}

# --- verb families: (Indonesian head groups, English head groups, the topic -> code table); one row per group -------------------------------
APPEAL = ([["meminta", "diminta", "permintaan"], ["mendesak", "didesak", "desakan", "menyerukan", "seruan"],
           ["mengimbau", "imbauan", "memohon", "permohonan", "mengajak", "ajakan"]],
          [["<ask>", "<request>", "<seek>", "sought!v"], ["<urge>", "pressed", "presses", "pressing", "press_for"],
           ["<call>", "<appeal>", "<encourage>", "<invite>"]],  # (not a bare "press": "a World Bank press release")
          {"coop": "021", "econ": "0211", "mil": "0212", "jud": "0213", "intel": "0214", "dipl": "022",
           "aid": "023", "econaid": "0231", "milaid": "0232", "humaid": "0233", "pko": "0234", "reform": "024",
           "leader": "0241", "policy": "0242", "rights": "0243", "regime": "0244", "yield": "025",
           "easeadmin": "0251", "easedissent": "0252", "release": "0253", "easeecon": "0254", "intl": "0255",
           "deesc": "0256", "meet": "026", "settle": "027", "mediation": "028"})
DEMAND = ([["menuntut", "dituntut", "tuntutan"], ["bersikeras"], ["menuntut_agar"]],  # an ultimatum is a threat (139)
          [["<demand>", "demands"], ["<insist>"], ["demanded_that", "demands_that", "demanding_that"]],
          {"coop": "101", "econ": "1011", "mil": "1012", "jud": "1013", "intel": "1014", "dipl": "102",
           "aid": "103", "econaid": "1031", "milaid": "1032", "humaid": "1033", "pko": "1034", "reform": "104",
           "leader": "1041", "policy": "1042", "rights": "1043", "regime": "1044", "yield": "105",
           "easeadmin": "1051", "easedissent": "1052", "release": "1053", "easeecon": "1054", "intl": "1055",
           "deesc": "1056", "meet": "106", "settle": "107", "mediation": "108"})
INTEND = ([["berjanji", "menjanjikan", "berikrar"], ["berkomitmen", "berniat"], ["bersedia", "siap", "menawarkan"]],
          # (helper BO) a commitment is "committed to" a topic: not "had committed serious human rights violations" (a crime done)
          [["<pledge>", "<promise>", "<vow>"], ["<offer>", "commit_to|commits_to|committed_to|committing_to|committed_itself_to"],
           ["willing", "ready", "prepared"]],
          {"coop": "031", "econ": "0311", "mil": "0312", "jud": "0313", "intel": "0314", "dipl": "032",
           "aid": "033", "econaid": "0331", "milaid": "0332", "humaid": "0333", "pko": "0334", "reform": "034",
           "leader": "0341", "policy": "0342", "rights": "0343", "regime": "0344", "yield": "035",
           "easeadmin": "0351", "easedissent": "0352", "release": "0353", "easeecon": "0354", "intl": "0355",
           "deesc": "0356", "meet": "036", "settle": "037"})
REFUSE = ([["menolak", "ditolak", "penolakan"], ["enggan!v", "menentang"], ["tidak_bersedia", "tidak_mau"]],
          [["<reject>", "rejection"], ["<refuse>", "<decline>", "<oppose>"],
           ["<rebuff>", "<spurn>", "<resist>", "turned_down", "turn_down", "turns_down"]],
          {"coop": "121", "econ": "1211", "mil": "1212", "jud": "1213", "intel": "1214", "aid": "122",
           "econaid": "1221", "milaid": "1222", "humaid": "1223", "pko": "1224", "reform": "123",
           "leader": "1231", "policy": "1232", "rights": "1233", "regime": "1234", "yield": "124",
           "easeadmin": "1241", "easedissent": "1242", "release": "1243", "easeecon": "1244", "intl": "1245",
           "deesc": "1246", "meet": "125", "mediation": "126", "settle": "127"})
# the protest itself, not its people: a noun of protesters before a demand is the demand's subject ("Pengunjuk
# rasa Irak menuntut pengunduran diri perdana menteri" is their REQUEST 1041, the noun its own PROTEST row), and
# a trigger that began with it would hold its own actor (part AU)
PROTEST_HEADS = (["unjuk_rasa", "berunjuk_rasa", "demonstrasi", "berdemonstrasi", "aksi_protes", "berdemo"],
                 ["protest", "protests", "protested", "demonstration", "rally", "marched"])
PROTEST_TOPICS = {"leader": "1411", "policy": "1412", "rights": "1413", "regime": "1414"}
HUNGER = (["mogok_makan", "aksi_mogok_makan"], ["hunger strike", "hunger strikers", "refused food"])
STRIKE = (["mogok_kerja", "pemogokan", "aksi_mogok", "mogok_nasional", "boikot"],
          ["general strike", "went on strike", "walkout", "boycott", "strikers"])
BLOCK = (["memblokir_jalan", "blokade_jalan", "menduduki_gedung", "memblokade_jalan", "aksi_duduk"],
         ["blocked roads", "blocked the road", "road blockade", "sit-in", "occupied the building"])
RIOT = (["kerusuhan", "rusuh", "bentrok_dengan_polisi", "amuk_massa", "membakar_ban"],
        ["riot", "riots", "rioting", "rioted", "violent protests"])
THREATS = ([["mengancam", "mengancam_akan"], ["diancam"], ["ancaman"]],
           [["<threaten>"], ["threat", "threats"], ["warned_of", "warns_of", "warning_of"]])
THREAT_TOPICS = {
    "1311": (["menghentikan bantuan", "memotong bantuan", "mencabut bantuan"],
             ["cut aid", "halt aid", "stop aid", "suspend aid"]),
    "1312": (["sanksi", "embargo", "boikot", "tarif"], ["sanctions", "an embargo", "a boycott", "tariffs"]),
    "1313": (["memutus hubungan", "memutuskan hubungan diplomatik", "menarik duta besar"],
             ["cut ties", "sever relations", "break off relations", "recall its ambassador"]),
    "132": (["larangan", "pembatasan", "mencabut izin"], ["a ban", "restrictions", "revoke licences"]),
    "1321": (["membredel", "menutup media", "memblokir situs", "menyensor"],
             ["censor", "shut down the media", "block websites", "curb the press"]),
    "1322": (["membubarkan partai", "melarang partai", "membekukan partai"],
             ["ban the party", "dissolve the party", "outlaw the party"]),
    "1323": (["jam malam", "memberlakukan jam malam"], ["a curfew", "impose a curfew"]),
    "1324": (["keadaan darurat", "darurat militer", "status darurat"],
             ["a state of emergency", "martial law", "emergency rule"]),
    "133": (["unjuk rasa", "mogok", "demonstrasi", "aksi massa", "aksi protes", "pemogokan"],
            ["protests", "a strike", "demonstrations", "mass protests"]),
    "134": (["menghentikan perundingan", "keluar dari perundingan", "membatalkan pembicaraan",
             "mundur dari negosiasi"],
            ["halt talks", "pull out of talks", "walk out of the negotiations", "suspend negotiations"]),
    "135": (["menghentikan mediasi", "mundur sebagai mediator", "mengakhiri mediasi"],
            ["halt mediation", "withdraw as mediator", "end its mediation"]),
    "136": (["mengusir pengamat", "mengusir pasukan penjaga perdamaian", "mengusir inspektur"],
            ["expel observers", "expel peacekeepers", "expel the inspectors"]),
    "137": (["menindak tegas", "menumpas", "membubarkan paksa"],
            ["a crackdown", "crush the protests", "use force against protesters"]),
    "138": (["aksi militer", "kekuatan militer", "perang"], ["military action", "military force", "war"]),
    "1381": (["blokade", "memblokade"], ["a blockade", "blockade"]),
    "1382": (["menduduki", "pendudukan", "mencaplok", "aneksasi"], ["occupy", "occupation", "annex"]),
    "1383": (["serangan bom", "aksi teror", "bom bunuh diri"], ["bombings", "terror attacks", "suicide attacks"]),
    "1384": (["menyerang", "serangan", "menggempur", "invasi"], ["attack", "strike", "invade", "invasion"]),
    "1385": (["senjata nuklir", "senjata kimia", "serangan nuklir", "senjata pemusnah massal"],
             ["nuclear weapons", "chemical weapons", "a nuclear strike", "weapons of mass destruction"]),
}
INVESTIGATE = ([["menyelidiki", "penyelidikan"], ["menginvestigasi", "investigasi"], ["mengusut", "pengusutan"]],
               [["<investigate>", "investigation"], ["probe", "probing"], ["inquiry"]])
INVESTIGATE_TOPICS = {
    "091": (["korupsi", "dugaan korupsi", "suap", "pencucian uang", "penggelapan"],
            ["corruption", "bribery", "fraud", "money laundering", "embezzlement"]),
    "092": (["pelanggaran HAM", "pelanggaran hak asasi", "penyiksaan"],
            ["human rights abuses", "human rights violations", "torture"]),
    "093": (["serangan udara", "insiden penembakan", "operasi militer"],
            ["the air strike", "the shooting", "the military operation"]),
    "094": (["kejahatan perang", "kejahatan terhadap kemanusiaan", "genosida"],
            ["war crimes", "crimes against humanity", "genocide"]),
}
ACCUSE = ([["menuduh", "tuduhan", "dituduh"], ["menuding", "tudingan"], ["mendakwa", "didakwa"]],
          [["<accuse>"], ["accusation", "accusations"], ["<charge>"]])
ACCUSE_TOPICS = {
    "1121": (["korupsi", "penipuan", "suap", "pencucian uang"], ["corruption", "fraud", "bribery", "graft"]),
    "1122": (["pelanggaran HAM", "pelanggaran hak asasi", "penyiksaan"],
             ["human rights abuses", "human rights violations", "torture"]),
    "1123": (["agresi", "provokasi", "invasi"], ["aggression", "provocation", "provocations"]),
    "1124": (["kejahatan perang", "genosida", "kejahatan terhadap kemanusiaan"],
             ["war crimes", "genocide", "crimes against humanity"]),
    "1125": (["mata-mata", "spionase", "pengkhianatan", "memata-matai", "makar"],
             ["spying", "espionage", "treason"]),
}

# --- codes written one by one: code -> (Indonesian patterns, English patterns) ---------------------------------
SINGLE: dict[str, tuple[list[str], list[str]]] = {
    "010": (["mengeluarkan pernyataan resmi", "konferensi_pers|jumpa_pers|keterangan_pers", "siaran pers"],
            # (part X) a statement issued to no one named is a report of what it says: "issued a statement forbidding"
            ["<issue> ~ statement|statements to", "news_conference|press_conference", "press release"]),
    "011": (["tidak_memberikan|enggan_memberikan tanggapan", "menolak_menanggapi", "tidak_bersedia berkomentar"],
            ["<decline> ~ to ~ comment", "would not comment", "<refuse> ~ to ~ comment"]),
    # (helper BU, part Y) a mood voiced about a matter or a prospect, not a bare mood word: "optimistic" alone is an
    # attitude or a forecast's word ("fire crews are optimistic of saving the homes", "the most optimistic growth
    # estimate", "tidak pesimistis untuk melanjutkan", "optimistis memenangkan pemilu"), no statement
    "012": (["pesimistis|pesimis soal|tentang|terhadap|bahwa|atas", "pesimistis|pesimis ~ akan", "bernada pesimis",
             "menyatakan_pesimisme"],
            ["pessimistic about|that|over", "<voice> ~ pessimism", "gloomy about"]),
    "013": (["optimistis|optimis soal|tentang|terhadap|bahwa|atas", "optimistis|optimis ~ akan", "menyatakan_optimisme",
             "bernada optimis"],
            ["optimistic about|that|over", "<voice> ~ optimism", "upbeat about"]),
    "014": (["mempertimbangkan ~ opsi|kemungkinan|langkah", "mengkaji ~ opsi|kemungkinan",
             "menimbang ~ opsi|kemungkinan"],
            ["<consider> ~ options|option", "<weigh> ~ options|option", "<mull> ~ options|option"]),
    "015": (["mengaku|mengklaim bertanggung_jawab", "mengklaim ~ serangan", "klaim tanggung_jawab"],
            ["<claim> ~ responsibility", "<take> ~ responsibility", "<admit> ~ responsibility"]),
    "016": (["membantah ~ terlibat|keterlibatan", "menyangkal ~ keterlibatan|terlibat",
             "membantah ~ bertanggung_jawab"],
            ["<deny> ~ involvement", "<deny> ~ responsibility", "<deny> ~ role ~ in"]),
    "017": (["mengheningkan cipta", "meletakkan karangan_bunga", "menyalakan lilin", "mengibarkan bendera"],
            ["<lay> ~ wreath", "moment|minute ~ silence", "candlelight vigil", "<raise> ~ flag"]),
    "018": (["belasungkawa|bela_sungkawa", "turut berduka", "menyampaikan duka|simpati"],
            ["condolences", "<offer> ~ sympathy", "<express> ~ sympathy|sorrow"]),
    "019": (["sependapat|sepaham", "satu suara dengan", "sejalan dengan pandangan"],
            ["shared_the_view|shares_the_view", "<concur> with", "<echo> ~ view|views|position"]),
    "038": (["menerima ~ mediasi|tawaran_mediasi", "bersedia ~ dimediasi", "menyambut ~ tawaran_mediasi"],
            ["<accept> ~ mediation", "<welcome> ~ offer ~ to ~ mediate", "<agree> to ~ mediation"]),
    "039": (["menawarkan_diri ~ penengah|mediator", "menawarkan ~ mediasi", "siap ~ menjadi_penengah|menengahi"],
            ["<offer> to ~ mediate", "<offer> ~ mediation", "<volunteer> to ~ mediate"]),
    "041": (["percakapan telepon", "berbicara ~ melalui|lewat telepon", "panggilan video|telepon"],
            ["phone call", "<speak>|spoke!v ~ by phone", "video call"]),
    "042": (["kunjungan kenegaraan", "bertandang ke", "melawat ke"],
            ["state visit", "official visit", "<travel> ~ to"]),
    "043": (["menerima kunjungan", "menjamu", "menjadi tuan_rumah bagi"],
            ["<host>", "<receive> ~ visiting", "<welcome> ~ visiting"]),
    "044": (["bertemu di sela-sela", "bertemu ~ di ~ KTT", "konferensi tingkat tinggi"],
            ["<meet> ~ at ~ summit", "summit talks", "<meet> ~ on ~ sidelines"]),
    "045": (["menengahi", "menjadi penengah|mediator", "upaya mediasi"],
            ["<broker> ~ talks|deal|truce", "<act> as mediator", "mediation efforts"]),
    "046": (["juru runding", "perundingan ~ putaran", "meja perundingan"],
            ["negotiators", "round of talks", "negotiating table"]),
    "050": (["memulihkan hubungan", "menormalisasi|normalisasi hubungan", "mempererat hubungan"],
            ["<restore> ~ relations|ties", "<normalize>|<normalise> ~ relations|ties", "<strengthen> ~ ties"]),
    "051": (["mengapresiasi|apresiasi", "memuji ~ langkah", "menyambut_baik"],
            # (part X) welcoming another's plan, proposal, initiative or choice endorses it as a decision does
            ["<commend>", "<laud>",
             "<welcome> ~ decision|decisions|move|step|steps|plan|plans|proposal|proposals|initiative|offer|efforts|choice|announcement"]),
    "052": (["membela", "pembelaan terhadap", "pasang badan untuk"],
            # (part X) standing with or alongside a party, as standing by it ("The United States stands with Israel";
            # not the noun: "bad for US standing with local Iraqis")
            ["<defend>", "<stand> by", "came_to_the_defence|came_to_the_defense", "stand|stands|stood!v with|alongside"]),
    "053": (["menggalang dukungan", "menggalang solidaritas", "menghimpun dukungan"],
            ["<rally> ~ support", "<drum> up ~ support", "<lobby> ~ for"]),
    "054": (["mengakui kemerdekaan", "pengakuan diplomatik", "mengakui kedaulatan"],
            ["<recognize>|<recognise> ~ independence", "diplomatic recognition", "<recognize>|<recognise> ~ state"]),
    "055": (["meminta_maaf|minta_maaf", "permintaan_maaf", "memohon_maaf"],
            ["<apologize>|<apologise>", "apology", "<say> ~ sorry"]),
    "056": (["memaafkan", "mengampuni", "memberi maaf"], ["<forgive>|forgave!v|forgiven!v", "forgiveness", "<pardon>"]),
    "057": (["menandatangani|penandatanganan|meneken ~ perjanjian|kesepakatan|nota_kesepahaman|traktat|pakta",
             "meratifikasi|ratifikasi ~ perjanjian|kesepakatan|traktat|pakta", "nota_kesepahaman|MoU"],
            ["<sign> ~ agreement|treaty|accord|memorandum|pact", "<ratify> ~ agreement|treaty|accord|pact",
             "memorandum of understanding"]),
    "060": (["bekerja_sama|berkolaborasi", "kolaborasi antara", "kerja sama ~ bidang"],
            ["<collaborate>", "<work> together", "<team> up"]),
    "061": (["perjanjian|kesepakatan perdagangan|dagang", "proyek bersama", "usaha patungan"],
            ["trade agreement|deal", "joint venture", "economic cooperation"]),
    "062": (["latihan militer bersama", "latihan gabungan", "patroli bersama"],
            ["joint military exercises|drills", "joint patrols", "defence cooperation|pact"]),
    "063": (["mengekstradisi|diekstradisi|ekstradisi", "menyerahkan tersangka", "kerja sama hukum"],
            ["<extradite>", "extradition", "<hand> over ~ suspect|suspects"]),
    "064": (["berbagi informasi|data intelijen", "bertukar informasi", "pertukaran data intelijen"],
            ["<share> ~ intelligence", "intelligence sharing", "<exchange> ~ information"]),
    "071": (["menyalurkan|memberikan|mengucurkan|mencairkan ~ pinjaman|hibah|dana|bantuan", "bantuan ekonomi|keuangan",
             "paket bantuan ekonomi"],
            ["<provide>|<grant>|gave!v|<give> ~ loan|loans|grant|grants|funding", "economic|financial aid",
             "aid package"]),
    "072": (["mengirim|memasok ~ senjata|amunisi|rudal", "pasokan senjata", "bantuan militer"],
            ["<supply> ~ weapons|arms|missiles", "arms shipments|deliveries", "military aid|assistance"]),
    "073": (["bantuan kemanusiaan", "bantuan pangan|logistik", "mengirim ~ bantuan kemanusiaan|obat-obatan"],
            ["humanitarian aid|assistance", "relief supplies", "food aid"]),
    "074": (["mengirim ~ pasukan penjaga perdamaian", "misi penjaga perdamaian", "pasukan perdamaian"],
            ["<send> ~ peacekeepers", "peacekeeping mission|force", "peacekeepers"]),
    "075": (["memberikan|memberi ~ suaka", "suaka politik", "mendapat|diberi ~ suaka"],
            ["<grant> ~ asylum", "political asylum", "<give> ~ asylum"]),
    "080": (["mengalah", "membuat konsesi", "berkompromi"],
            ["<concede>", "<make> ~ concessions", "give|gives|gave!v|giving in"]),
    "081": (["mencabut larangan", "pencabutan larangan", "melonggarkan pembatasan"],
            ["<lift> ~ ban", "<ease> ~ restrictions", "<lift> ~ travel ban"]),
    "0811": (["mencabut sensor", "membuka blokir", "memulihkan akses internet"],
             ["<lift> ~ censorship", "<unblock>", "<restore> ~ internet access"]),
    "0812": (["mencabut larangan ~ partai", "melegalkan partai", "mengizinkan ~ mencalonkan_diri"],
             ["<legalize>|<legalise> ~ party", "<lift> ~ ban ~ on ~ party", "<allow> ~ to ~ run"]),
    "0813": (["mencabut jam_malam", "jam_malam dicabut", "melonggarkan jam_malam"],
             ["<lift> ~ curfew", "<ease> ~ curfew", "curfew ~ lifted"]),
    "0814": (["mencabut keadaan_darurat|darurat_militer", "mengakhiri status_darurat", "mencabut status_darurat"],
             ["<lift> ~ state of emergency", "<end> ~ martial law", "<lift> ~ martial law"]),
    "082": (["mengakhiri mogok", "menghentikan ~ unjuk_rasa|demonstrasi", "massa membubarkan_diri"],
            ["<call> off ~ protest|strike", "<end> ~ strike|sit-in", "protesters dispersed"]),
    "083": (["mengabulkan tuntutan", "memenuhi tuntutan", "menyetujui reformasi"],
            ["<meet> ~ demands", "<grant> ~ demands", "<agree> to ~ reforms"]),
    "0831": (["mengundurkan_diri", "mundur dari jabatan", "meletakkan jabatan"],
             ["<resign>", "stepped|steps|step down", "<quit> as"]),
    "0832": (["membatalkan kebijakan", "mencabut undang-undang|peraturan", "menarik rancangan undang-undang"],
              ["<reverse> ~ decision", "<scrap> ~ policy|plan", "<repeal> ~ law"]),
    "0833": (["memberikan|menjamin ~ hak", "mengakui hak", "memulihkan hak"],
             ["<grant> ~ rights", "<guarantee> ~ right|rights", "<restore> ~ rights"]),
    "0834": (["membubarkan parlemen", "mengamandemen konstitusi", "menggelar pemilu ~ dipercepat"],
             ["<dissolve> ~ parliament", "<amend> ~ constitution", "<call> ~ snap ~ election|elections"]),
    "084": (["mengembalikan ~ kepada", "pengembalian ~ kepada", "menyerahkan kembali"],
            ["<return> the|them|him|her|it|its|their ~ to", "<hand> back", "handed|hands ~ back"]),
    # releasing prisoners itself ("membebaskan", "release") is coded by the hand lexicon (CONCEDE 0833)
    "0841": (["pertukaran tahanan|tawanan", "memulangkan|pemulangan ~ tawanan|jenazah|prajurit|tentara",
              "menyerahkan ~ sandera|tawanan"],
             ["prisoner swap|exchange", "<repatriate> ~ prisoners|remains|soldiers|troops",
              "<hand> over ~ hostages|prisoners"]),
    "0842": (["mengembalikan ~ aset|kapal|wilayah", "menyerahkan kembali ~ wilayah|kapal|aset",
              "pengembalian ~ aset|wilayah"],
             ["<return> ~ ship|assets|territory", "<hand> back ~ control", "handover of ~ territory"]),
    "085": (["mencabut|melonggarkan ~ embargo", "pelonggaran sanksi", "mencabut ~ sanksi ekonomi"],
            ["<lift> ~ embargo", "easing of sanctions", "<lift> ~ economic sanctions"]),
    "086": (["mengizinkan ~ pengamat|pemantau", "membuka akses ~ bagi", "menerima misi ~ internasional"],
            ["<allow> ~ observers|monitors", "<grant> ~ access", "<admit> ~ monitors|observers"]),
    "0861": (["menerima ~ pasukan penjaga perdamaian", "mengizinkan ~ pasukan perdamaian",
              "menyetujui pengerahan pasukan perdamaian"],
             ["<accept> ~ peacekeepers", "<allow> ~ peacekeepers", "<agree> to ~ deployment of peacekeepers"]),
    "0862": (["mengizinkan ~ inspektur|inspeksi", "menerima ~ inspektur|tim_inspeksi", "membuka ~ bagi inspektur"],
             ["<allow> ~ inspectors|inspections", "<admit> ~ inspectors", "<accept> ~ inspections"]),
    "0863": (["membuka akses kemanusiaan", "koridor kemanusiaan", "mengizinkan bantuan ~ masuk"],
             ["humanitarian corridor", "<allow> ~ aid ~ in|into", "<open> ~ access ~ for ~ aid"]),
    "087": (["meredakan|menurunkan ketegangan", "de-eskalasi", "menghentikan serangan"],
            ["<de-escalate>", "<ease> ~ tensions", "<scale> back"]),
    "0871": (["gencatan senjata|genjatan_senjata", "jeda kemanusiaan", "menghentikan tembakan"],
             ["truce", "humanitarian pause", "cessation of hostilities"]),
    "0872": (["mencabut|melonggarkan ~ blokade", "membuka blokade", "membuka kembali perbatasan"],
             ["<lift> ~ blockade", "<ease> ~ blockade", "<reopen> ~ border|crossing"]),
    "0873": (["demobilisasi", "melucuti senjata|pelucutan_senjata", "menyerahkan senjata"],
             ["<demobilize>|<demobilise>", "<disarm>|disarmament", "laid|lay down ~ arms"]),
    "0874": (["menarik pasukan", "penarikan pasukan", "menyerahkan_diri|menyerah"],
             ["<withdraw>|withdrew!v ~ troops|forces", "<surrender>", "<retreat>"]),
    "090": (["menyelidiki", "penyelidikan|investigasi", "mengusut"],
            ["<investigate>", "investigation|inquiry", "<probe>"]),
    "100": (["menuntut ~ agar|supaya", "tuntutan ~ agar|supaya", "bersikeras ~ agar|supaya"],
            # (part X) not "<insist> that": mostly a claim ("insisting that the threat came from Iraq"; "insisted" is a
            # verb of saying in cues.tsv); a demand is "insist on" (triggers.tsv), as "bersikeras agar" is
            ["<demand> that", "demands that"]),
    "110": (["menyesalkan", "kekecewaan|kecewa", "tidak_senang dengan"],
            # (helper BO) not "disappointed by": the one disappointed is the subject, not the one after "by" (triggers.tsv
            # displeasedat reads it)
            ["<deplore>", "<voice> ~ disappointment", "disappointed with"]),
    "111": (["mengecam|kecaman", "mengkritik|kritik", "mengutuk|kutukan"],
            ["<denounce>", "<criticize>|<criticise>", "<slam>"]),
    "113": (["menggalang penolakan", "kampanye menentang", "menghimpun perlawanan"],
            ["<rally> ~ opposition", "<campaign> against", "<mobilize>|<mobilise> ~ opposition"]),
    "114": (["nota protes", "protes resmi|keras", "memanggil duta_besar"],
            ["formal complaint", "<lodge> ~ protest|complaint", "<summon> ~ ambassador|envoy",
             "strong|strongest|formal protest"]),
    "115": (["menggugat|gugatan", "mengajukan gugatan", "membawa ~ ke pengadilan|mahkamah"],
            ["<sue>", "lawsuit", "<take> ~ to court"]),
    "116": (["dinyatakan bersalah", "divonis bersalah", "memvonis"],
            ["found|finds ~ guilty", "<convict>", "<rule> ~ illegal|unlawful"]),
    "120": (["menolak", "penolakan", "menampik"], ["<reject>", "<dismiss>", "<rebuff>"]),
    "128": (["melanggar ~ hukum|resolusi|aturan", "pelanggaran ~ hukum|resolusi", "membangkang|menentang ~ resolusi"],
            ["<violate> ~ law|resolution|rules", "<defy> ~ law|resolution|order", "<flout> ~ law|resolution|rules"]),
    "129": (["memveto|veto", "menggunakan hak_veto", "menjegal resolusi"],
            ["<veto>", "vetoed|vetoes", "<block> ~ resolution"]),
    "130": (["mengancam", "ancaman", "menggertak|gertakan"],
            ["<threaten>", "threat|threats", "<warn> ~ of ~ consequences"]),
    "131": (["mengancam ~ membatalkan|menunda|membekukan", "ancaman ~ pembatalan", "mengancam ~ keluar dari"],
            ["<threaten> ~ to ~ cancel|suspend|freeze", "<threaten> ~ to ~ pull out", "<threaten> ~ to ~ leave"]),
    "139": (["ultimatum", "memberi|memberikan ~ ultimatum|tenggat", "tenggat waktu ~ untuk"],
            ["ultimatum", "<issue>|<give>|<set> ~ ultimatum|deadline", "deadline ~ to"]),
    "140": (["aksi protes", "memprotes", "pembangkangan sipil"],
            ["civil disobedience", "<protest>", "dissent"]),
    "141": (["unjuk_rasa|berunjuk_rasa", "demonstrasi|berdemonstrasi", "long_march|pawai"],
            ["demonstration|demonstrations", "<rally> ~ against", "<march> ~ against|through"]),
    "142": (["mogok_makan", "aksi_mogok_makan", "melakukan ~ mogok_makan"],
            ["hunger strike", "hunger strikers", "on hunger strike"]),
    "143": (["mogok_kerja|pemogokan", "mogok_nasional", "boikot"],
            ["general strike", "went_on_strike|go_on_strike|gone_on_strike", "walkout"]),
    "144": (["memblokir_jalan|memblokade_jalan", "aksi_duduk", "menduduki gedung"],
            ["<block> ~ road|roads|highway", "sit-in", "<barricade>"]),
    "145": (["kerusuhan", "amuk_massa", "demonstrasi|unjuk_rasa ~ ricuh|rusuh"],
            ["riot|riots|rioting|rioted", "violent protests", "protests ~ turned violent"]),
    # a weapons test shows military power (PLOVER MOBILIZE), it is no use of the weapon (2042)
    "150": (["unjuk kekuatan ~ militer", "parade militer", "manuver militer", "uji_coba ~ nuklir|rudal"],
            ["show of force", "military parade", "military manoeuvres|maneuvers", "nuclear|missile test"]),
    "151": (["pengamanan ketat", "menyiagakan ~ polisi", "meningkatkan ~ pengamanan|keamanan"],
            ["heightened security", "<tighten> ~ security", "police on alert"]),
    "152": (["siaga satu|tempur", "menyiagakan pasukan", "status siaga ~ militer"],
            ["high alert", "combat readiness", "<put> ~ forces ~ on alert"]),
    "153": (["mengerahkan ~ polisi|polisi_antihuru-hara", "pengerahan ~ polisi", "menerjunkan ~ personel polisi"],
            ["<deploy> ~ police", "riot police were deployed", "police reinforcements"]),
    "154": (["mengerahkan ~ pasukan|tentara", "pengerahan pasukan", "mobilisasi|memobilisasi"],
            ["<deploy> ~ troops", "troop buildup", "<mobilize>|<mobilise>|mobilisation|mobilization"]),
    "160": (["membekukan hubungan", "menurunkan ~ hubungan", "hubungan ~ membeku"],
            ["<freeze> ~ relations|ties", "<downgrade> ~ relations|ties", "<scale> back ~ ties"]),
    "161": (["memutus|memutuskan ~ hubungan diplomatik", "memanggil pulang duta_besar", "menutup kedutaan"],
            ["<cut> ~ diplomatic ties|relations", "<recall> ~ ambassador", "<close> ~ embassy"]),
    "162": (["menghentikan|memotong|membekukan ~ bantuan", "menangguhkan bantuan", "pemotongan bantuan"],
            ["<cut> ~ aid", "<freeze> ~ aid", "<suspend> ~ assistance"]),
    "1621": (["membekukan dana", "menghentikan pinjaman", "membatalkan hibah"],
             ["<freeze> ~ funds|funding", "<suspend> ~ loans", "<cut> ~ economic aid"]),
    "1622": (["menghentikan pasokan senjata", "menangguhkan penjualan senjata", "membekukan bantuan militer"],
             ["<halt> ~ arms deliveries", "<suspend> ~ military aid", "<freeze> ~ arms sales"]),
    "1623": (["menghentikan bantuan kemanusiaan", "memblokir bantuan kemanusiaan", "memangkas bantuan pangan"],
             ["<halt> ~ humanitarian aid", "<cut> ~ food aid", "<suspend> ~ relief"]),
    "164": (["menghentikan|menangguhkan ~ perundingan|pembicaraan", "keluar dari perundingan",
             "membatalkan negosiasi", "mundur|keluar dari ~ perundingan|pembicaraan|negosiasi|dialog"],
            ["<break> off ~ talks", "<walk> out of ~ talks", "<suspend> ~ negotiations|talks",
             "<pull> out of ~ talks|negotiations", "<withdraw>|withdrew!v from ~ talks|negotiations"]),
    "165": (["menghentikan mediasi", "mundur sebagai mediator", "mengakhiri upaya mediasi"],
            ["<end> ~ mediation", "<withdraw>|withdrew!v as mediator", "<suspend> ~ mediation"]),
    "166": (["menarik diri dari", "keluar dari perjanjian|kesepakatan", "mengusir ~ misi"],
            ["<withdraw>|withdrew!v from", "<pull> out of ~ treaty|agreement|deal", "<expel> ~ mission"]),
    "1661": (["menarik ~ pasukan penjaga perdamaian", "mengusir ~ pasukan penjaga perdamaian",
              "penarikan pasukan perdamaian"],
             ["<withdraw>|withdrew!v ~ peacekeepers", "<expel> ~ peacekeepers", "<pull> out ~ peacekeepers"]),
    "1662": (["mengusir ~ inspektur|pengamat|pemantau", "menarik ~ pengamat", "mendeportasi ~ pemantau"],
             ["<expel> ~ inspectors|monitors|observers", "<withdraw>|withdrew!v ~ observers", "<oust> ~ inspectors"]),
    "1663": (["mengusir ~ lembaga_bantuan|pekerja_kemanusiaan", "menutup kantor ~ lembaga",
              "melarang ~ lembaga kemanusiaan"],
             ["<expel> ~ aid agencies|workers", "<shut> down ~ aid groups", "<ban> ~ aid agencies"]),
    "170": (["memaksa", "intimidasi|mengintimidasi", "pemaksaan"], ["<coerce>", "<intimidate>", "intimidation"]),
    "171": (["menyita|penyitaan", "merampas|perampasan", "menggerebek|penggerebekan"],
            ["<seize> ~ property|goods|ship|vessel", "<raid>", "<confiscate>"]),
    # a freeze of assets is a sanction (163, PETRARCH's CAMEO dictionary: FREEZE * ASSET [163]), a hand row
    "1711": (["menyita ~ aset", "merampas ~ harta|properti", "merampas tanah"],
             ["<seize> ~ assets", "<expropriate>", "<confiscate> ~ land|property"]),
    "1712": (["menghancurkan|membakar ~ rumah", "merobohkan|menggusur", "pembongkaran rumah"],
             ["<demolish>", "<bulldoze>", "<raze>"]),
    "172": (["mencabut izin", "larangan bepergian", "mencabut ~ paspor|kewarganegaraan"],
            ["<revoke> ~ licence|license|licences", "travel ban", "<strip> ~ of ~ citizenship"]),
    # (part AU) a state cutting its people's internet or social media (the 2019 shutdowns of Iran, Iraq, Sudan)
    "1721": (["membredel", "memblokir situs|akses_internet", "menutup stasiun_televisi|media",
              "memutus|memutuskan|diputus|diputuskan|memblokir|diblokir|membatasi|dibatasi|mematikan|dimatikan"
              " ~ akses_internet|jaringan_internet|layanan_internet|internet|media_sosial"],
             ["<censor>", "<block> ~ websites", "internet blackout|shutdown",
              "cut|cuts|cutting|shut|shuts|shutting|<block>|<restrict>|<disrupt>"
              " ~ internet|internet_access|mobile_internet|mobile_data|social_media"]),
    "1722": (["membubarkan ~ partai", "melarang ~ partai", "mendiskualifikasi ~ calon|kandidat"],
             ["<ban> ~ party", "<dissolve> ~ party", "<disqualify> ~ candidate|candidates"]),
    "1723": (["memberlakukan ~ jam_malam", "jam_malam", "menetapkan ~ jam_malam"],
             ["<impose> ~ curfew", "curfew", "<declare> ~ curfew"]),
    "1724": (["keadaan_darurat", "darurat_militer", "memberlakukan ~ status_darurat"],
             ["state of emergency", "martial law", "emergency rule"]),
    "173": (["mendakwa|didakwa|dakwaan", "memenjarakan|dipenjara|dijebloskan", "divonis|dijatuhi_hukuman",
             "diajukan ke mahkamah_militer|pengadilan_militer"],
            ["<indict>", "<jail>|<imprison>", "<sentence> ~ to"]),
    "174": (["mendeportasi|dideportasi|deportasi", "mengusir ~ warga_negara", "dipulangkan paksa"],
            ["<deport>|deportation", "<expel> ~ nationals|citizens", "forcibly returned"]),
    "175": (["tindakan keras", "membubarkan paksa", "menumpas ~ demonstran|pengunjuk_rasa"],
            ["crackdown", "<crack> down ~ on", "<disperse> ~ protesters|demonstrators"]),
    "180": (["aksi teror|serangan teror", "aksi terorisme", "serangan teroris"],
            ["terror attack", "terrorist attack", "act of terrorism"]),
    "181": (["menculik|penculikan|diculik", "membajak|pembajakan", "menyandera|penyanderaan"],
            ["<kidnap>", "<abduct>|abduction", "<hijack>"]),
    "182": (["memukuli|dipukuli|pemukulan", "menganiaya|dianiaya|penganiayaan", "mengeroyok|dikeroyok"],
            ["beat|beaten|beating|beatings", "<assault>", "<batter>"]),
    "1821": (["memperkosa|diperkosa|pemerkosaan", "kekerasan seksual", "pelecehan seksual"],
             ["<rape>", "sexual violence", "sexual assault"]),
    "1822": (["menyiksa|disiksa|penyiksaan", "penganiayaan ~ tahanan", "disetrum"],
             ["<torture>", "tortured ~ detainees", "<mistreat> ~ prisoners|detainees"]),
    "1823": (["menikam|ditikam", "dibacok|membacok", "dipukuli ~ hingga tewas"],
             ["stabbed to death", "beaten to death", "hacked to death"]),
    "183": (["pengeboman|bom meledak", "ledakan bom", "meledakkan bom"],
            ["bombing", "bomb blast|attack", "<set> off ~ bomb"]),
    "1831": (["bom bunuh_diri", "pelaku bom bunuh_diri", "serangan bunuh_diri"],
             ["suicide bombing|bomber|bombers", "suicide attack", "blew himself up"]),
    "1832": (["bom mobil", "mobil ~ bermuatan bom", "bom truk"], ["car bomb|bombing", "truck bomb", "car-bomb"]),
    "1833": (["bom pinggir_jalan", "bom rakitan", "alat peledak rakitan"],
             ["roadside bomb|bombs", "improvised explosive device", "IED|IEDs"]),
    "184": (["perisai manusia", "tameng hidup|manusia", "dijadikan tameng"],
            ["human shield|shields", "<use> ~ as shields", "as human shields"]),
    "185": (["percobaan pembunuhan", "upaya pembunuhan", "mencoba membunuh"],
            ["assassination attempt", "attempt on ~ life", "<try> to ~ assassinate"]),
    "186": (["membunuh ~ tokoh|pemimpin", "pembunuhan ~ tokoh|pemimpin|pejabat", "asasinasi"],
            ["<assassinate>", "assassination", "<kill> ~ leader|commander"]),
    "191": (["memblokade|diblokade", "mengepung|pengepungan", "menutup perbatasan"],
            ["<blockade>", "<besiege>|siege", "<seal> off"]),
    "192": (["menduduki|pendudukan|diduduki", "mencaplok|aneksasi", "merebut ~ wilayah|kota"],
            ["<occupy>", "<annex>|annexation", "<seize> ~ control ~ of"]),
    "193": (["baku_tembak|tembak-menembak", "menembaki|ditembaki", "kontak_senjata"],
            ["gunfight|firefight|gun_battle", "<exchange> ~ fire", "opened fire"]),
    "194": (["serangan artileri|mortir|roket", "tembakan mortir|artileri", "menembakkan ~ roket|mortir|artileri"],
            ["shelled!v|shelling", "artillery fire", "mortar|mortars ~ fire|attack"]),  # "shells" is mostly ammunition
    "195": (["serangan udara", "membom|mengebom|pengeboman", "jet tempur ~ menyerang"],
            ["airstrike|airstrikes|air_strike|air_strikes", "air raid|raids", "<bomb>"]),
    "1951": (["rudal jelajah", "bom berpemandu", "serangan rudal"],
             ["cruise missile|missiles", "precision-guided", "missile strike|strikes"]),
    "1952": (["serangan drone|pesawat_nirawak", "drone ~ menyerang", "pesawat nirawak ~ bersenjata"],
             ["drone strike|strikes", "drone attack|attacks", "armed drone|drones"]),
    "196": (["melanggar ~ gencatan_senjata", "pelanggaran ~ gencatan_senjata", "melanggar ~ kesepakatan damai"],
            ["<violate> ~ ceasefire|truce", "ceasefire violation|violations", "<break> ~ truce|ceasefire"]),
    "200": (["kekerasan massal", "kekejaman massal", "kekejaman"], ["atrocities", "mass violence", "mass atrocities"]),
    "201": (["pengusiran massal", "pemindahan paksa", "deportasi massal"],
            ["mass expulsion|expulsions", "forced displacement", "mass deportation|deportations"]),
    "202": (["pembantaian|membantai|dibantai", "pembunuhan massal", "kuburan massal"],
            ["<massacre>", "mass killing|killings", "<slaughter>"]),
    "203": (["pembersihan etnis", "genosida", "pemusnahan etnis"], ["ethnic cleansing", "genocide", "genocidal"]),
    "204": (["senjata pemusnah massal", "menggunakan ~ senjata nuklir", "senjata_pemusnah"],
            ["weapons of mass destruction", "<use> ~ nuclear weapons", "WMD"]),
    "2041": (["senjata kimia|biologis", "serangan ~ kimia|gas_beracun", "gas sarin|klorin"],
             ["chemical weapons|attack", "nerve agent|gas", "biological weapons"]),
    "2042": (["serangan nuklir", "menjatuhkan ~ bom_nuklir|bom_atom", "meledakkan ~ senjata_nuklir|hulu_ledak_nuklir"],
             ["nuclear strike|attack", "<drop> ~ nuclear|atomic bomb", "<detonate> ~ nuclear weapon|warhead"]),
}


def _alts(phrases: list[str]) -> str:
    return "|".join(p.replace(" ", "_") for p in phrases)


def _codebook() -> dict[str, str]:
    out = {}
    for line in CAMEO.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if not line.startswith("#") and len(cells) > 2 and len(cells[0]) >= 3 and cells[0] != "code":
            out[cells[0]] = cells[2]
    return out


def rows(lang: int) -> list[tuple[str, str, str]]:
    """(id, pattern, code) for one language (0 = Indonesian, 1 = English)."""
    out: list[tuple[str, str, str]] = []
    for family, name in ((APPEAL, "appeal"), (DEMAND, "demand"), (INTEND, "intend"), (REFUSE, "refuse")):
        for topic, code in family[2].items():
            for g, group in enumerate(family[lang]):
                out.append((f"cb_{name}_{topic}{g}", f"{'|'.join(group)} ~ {_alts(T[topic][lang])}", code))
    protest = "|".join(PROTEST_HEADS[lang])
    for topic, code in PROTEST_TOPICS.items():
        out.append((f"cb_protest_{topic}", f"{protest} ~ {_alts(T[topic][lang])}", code))
        for kind, heads, base in (("hunger", HUNGER, 142), ("strike", STRIKE, 143), ("block", BLOCK, 144),
                                  ("riot", RIOT, 145)):  # fmt: skip
            out.append((f"cb_{kind}_{topic}", f"{_alts(heads[lang])} ~ {_alts(T[topic][lang])}",
                        f"{base}{code[-1]}"))  # fmt: skip
    for table, name, heads in ((THREAT_TOPICS, "threat", THREATS), (INVESTIGATE_TOPICS, "probe", INVESTIGATE),
                               (ACCUSE_TOPICS, "accuse", ACCUSE)):  # fmt: skip
        for code, topic in table.items():
            for g, group in enumerate(heads[lang]):
                out.append((f"cb_{name}_{code}_{g}", f"{'|'.join(group)} ~ {_alts(topic[lang])}", code))
    codes = list(SINGLE) + [c for c in EXTRA if c not in SINGLE]
    for code in codes + [c for c in NEWS if c not in codes]:
        own, more, news = SINGLE.get(code, ([], [])), EXTRA.get(code, ([], [])), NEWS.get(code, ([], []))
        pair = (own[0] + more[0] + news[0], own[1] + more[1] + news[1])
        for n, pattern in enumerate(pair[lang]):
            out.append((f"cb_{code}_{n}", pattern, code))
    return out


HEADER = """# Codebook vocabulary ({lang}): our own entries, written code by code from the CAMEO codebook and the
# PLOVER manual, side by side with the other language. Generated by scripts/codebook_triggers.py: edit the
# tables there and rerun it, not this file. Format and frames: see triggers.tsv.
id\tpattern\ttype\tcameo\tmode\tframe\taffixes
"""


def frame_of(code: str) -> str:
    if code in MUTUAL:
        return "mutual"
    if code in INTRANS or code[:3] in {"141", "142", "143", "145"}:
        return "intrans"
    if code in THEME:
        return "theme"
    return "agent"


# a one-party act whose pattern ends in a preposition of recipient or in the pressure yielded to names the one it
# yields to: "mengalah kepada China", "gave in to China", "tunduk pada tekanan Mahkamah Pidana Internasional"; a
# show of force near a state is aimed at it ("latihan militer di sekitar Taiwan", "drills around Taiwan")
RECIPIENT_ENDS = {"kepada", "pada", "terhadap", "to", "tekanan", "pressure", "di_sekitar", "dekat", "around", "near"}


# a withdrawal of forces names what it leaves through "from/out of/dari", not as its object: "pulled its troops
# out of Niger", "menarik pasukannya dari Suriah" (the away frame); a surrender or a retreat keeps the agent frame
WITHDRAWALS = {"0874"}
WITHDRAW_HEADS = ("<withdraw>", "withdrew", "<pull>", "menarik", "penarikan")


# a strike named by a verb of hitting alone ("Israel struck Gaza", "Israel menghantam Gaza") needs a party right
# after it (the direct frame): not "struck a deal", "menghantam ekonomi"
DIRECT = {"struck!v", "strikes|strike", "menghantam"}


def frame_for(code: str, pattern: str) -> str:
    if code in WITHDRAWALS and pattern.startswith(WITHDRAW_HEADS):
        return "away"
    if pattern in DIRECT:
        return "direct"
    frame = frame_of(code)
    if frame == "intrans" and set(pattern.split()[-1].split("|")) <= RECIPIENT_ENDS:
        return "agent"
    return frame


def main() -> None:
    codebook = _codebook()
    for n, lang in enumerate(("id", "en")):
        lines = [HEADER.format(lang={"id": "Indonesian", "en": "English"}[lang]).rstrip("\n")]
        for rid, pattern, code in rows(n):
            if code not in codebook:
                raise SystemExit(f"{rid}: {code} is not a codebook code")
            kind = TYPE_OVERRIDES.get(code, codebook[code])
            lines.append("\t".join((rid, pattern, kind, code, "", frame_for(code, pattern), "")))
        path = LANG / lang / "triggers_codebook.tsv"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{path}: {len(lines) - 1} rows")


if __name__ == "__main__":
    main()
