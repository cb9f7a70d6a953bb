"""ACCUSE, REQUEST and THREATEN in reported political speech (part AN, session 14): own sentences in the style of
2019 wire news (US Congress against the White House, Brexit, Iran and the US, Hong Kong, Venezuela, Syria and
Turkey, trade with China), in English and Indonesian (tests/data/accuse_AN.jsonl), every one coded by GUIDELINES.md
BEFORE warta was run on any of them; negatives too (sport, weather, markets, company warnings, plain statements)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "accuse_AN.jsonl"
PUB = "2019-10-15"

# Measured right after coding, before any fix (2026-12-06): en F1 0.831 (TP 27, FP 4, FN 7), id F1 0.821 (TP 16, FP 3,
# FN 4).  After fix 1 (a quoted word inside a pattern; longer subjects and more labels in reported criticism; an
# adjective after "called"; questions raised about a party): en 0.899 (TP 31, FP 4, FN 3), tuning en +1 TP ("raise
# serious questions about the government's ability"), dev and blind unchanged.  After fix 2 (frame verdict: a label
# passed on a party with the speaker after the quote or far before it; Indonesian labels and "penuh kemunafikan"):
# en 0.914 (TP 32, FP 4, FN 2), id 0.878 (TP 18, FP 3, FN 2); dev, tuning and blind unchanged.  Fix 3 (rule
# verbal-attack: "Trump attacked Pelosi over ..." is ACCUSE, not ASSAULT): the set, dev, tuning and blind unchanged
# (no sentence of the set has it; kept for the type of trigger the blind diagnosis names).  Later fixes (people of
# the 2019 news; Indonesian verdicts after a verb of saying; hostile acts announced for the future as threats, both
# languages) left the set, dev, tuning and blind as they were.  The ratchet per language: (lowest
# F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.913, 4), "id": (0.877, 3)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "accuse-AN", RATCHET)


# the fixes, each with sentences of our own (not of the set's file) and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # a quoted word in a pattern (triggers._match_rest: an opening quote before a pattern's word)
    ("en", 'Moscow called Kyiv\'s decision "outrageous".', ("ACCUSE", "RUS", "UKR")),
    ("en", 'The Kremlin said Warsaw\'s statements were "absurd".', ("ACCUSE", "RUS", "POL")),
    ("en", 'Seoul called Tokyo\'s export curbs "a betrayal" of trust.', ("ACCUSE", "KOR", "JPN")),
    # a long subject before the label (saidlabel: four gaps; the perfect copula)
    ("en", "Beijing said Canada's decision to detain a Huawei executive in Vancouver was unacceptable.", ("ACCUSE", "CHN", "CAN")),
    ("en", "Ankara said Greece had been reckless in the Aegean.", ("ACCUSE", "TUR", "GRC")),
    # an adjective after "called" (calladj), a label after a longer object (calllabel2)
    ("en", "Mexico's president called Washington's tariffs unacceptable.", ("ACCUSE", "MEX", "USA")),
    ("en", "Tehran called Washington's oil embargo an act of economic terrorism.", ("ACCUSE", "IRN", "USA")),
    # questions raised about a party's conduct
    ("en", "Germany raised questions about Turkey's incursion into Syria.", ("ACCUSE", "DEU", "TUR")),
    # reported blame for a failure, broken promises, a party described as inept or corrupt
    ("en", "Caracas said Washington was responsible for the collapse of the talks.", ("ACCUSE", "VEN", "USA")),
    ("en", "Iran said Washington had broken its promises.", ("ACCUSE", "IRN", "USA")),
    ("en", "Brazil's president described Venezuela's government as corrupt.", ("ACCUSE", "BRA", "VEN")),
    # a verdict in reported speech, the speaker after the quote (frame verdict: speaker the source, the first party of
    # the clause the target)
    ("en", '"Beijing\'s new security law is unacceptable," the Canadian foreign minister said.', ("ACCUSE", "CAN", "CHN")),
    ("en", '"North Korea is responsible for the attack on the warship," Seoul said.', ("ACCUSE", "KOR", "PRK")),
    ("en", "Moscow's annexation of Crimea was illegal, the Ukrainian foreign ministry said.", ("ACCUSE", "UKR", "RUS")),
    ("id", '"Kebijakan Australia terhadap pencari suaka adalah tindakan ilegal," kata Jakarta.',
     ("ACCUSE", "IDN", "AUS")),
    ("id", "Menurut Menteri Luar Negeri Iran, sanksi Amerika Serikat merupakan bentuk terorisme ekonomi.", ("ACCUSE", "IRN", "USA")),
    # Indonesian labels: bullying, intimidation; a statement full of arrogance or hypocrisy
    ("id", "Korea Utara menyebut latihan militer Korea Selatan sebagai bentuk intimidasi.", ("ACCUSE", "PRK", "KOR")),
    ("id", "Kementerian Luar Negeri Rusia mengatakan pernyataan NATO itu penuh kemunafikan.", ("ACCUSE", "RUS", "IGONATO")),
    # a named politician's attack on another, or on a party or the press of his own state, is words (verbal-attack)
    ("en", "Johnson attacked Corbyn over his Brexit stance.", ("ACCUSE", "GBR", "GBR")),
    ("en", "Erdogan attacked Macron over his comments about NATO.", ("ACCUSE", "TUR", "FRA")),
    ("en", "Trump targeted Democrats in a series of tweets.", ("ACCUSE", "USA", "USA")),
    ("id", "Erdogan menyerang Macron atas komentarnya soal NATO.", ("ACCUSE", "TUR", "FRA")),
    # office-holders of the 2019 news, from the public record (knowledge/people.tsv)
    ("en", "Carrie Lam accused US lawmakers of meddling in the city's affairs.", ("ACCUSE", "HKG", "USA")),
    ("en", "Mnuchin warned Beijing against devaluing its currency.", ("THREATEN", "USA", "CHN")),
    ("id", "Mitt Romney mengkritik keputusan Trump menarik pasukan dari Suriah.", ("ACCUSE", "USA", "USA")),
    # Indonesian verdicts after a verb of saying or judging (katalabel, katagagal, nilaigagal)
    ("id", "Menteri Luar Negeri Malaysia menilai kebijakan Singapura itu ceroboh.", ("ACCUSE", "MYS", "SGP")),
    ("id", "Perdana Menteri Pakistan mengatakan keputusan India itu sembrono dan memalukan.", ("ACCUSE", "PAK", "IND")),
    ("id", "Presiden Venezuela mengatakan Amerika Serikat bertanggung jawab atas krisis listrik.", ("ACCUSE", "VEN", "USA")),
    # a hostile act announced for the future is a threat (willretaliate, willdestroy, readyforce)
    ("en", "Moscow said it would retaliate against Oslo.", ("THREATEN", "RUS", "NOR")),
    ("en", "Beijing will take countermeasures against Canadian firms.", ("THREATEN", "CHN", "CAN")),
    ("en", "Trump said he would cripple Iran's economy.", ("THREATEN", "USA", "IRN")),
    ("en", "Ankara is ready to use force against Kurdish militants in Syria, Erdogan said.", ("THREATEN", "TUR", "SYR")),
    ("id", "Rusia akan mengambil tindakan balasan terhadap Norwegia.", ("THREATEN", "RUS", "NOR")),
    ("id", "Trump mengatakan akan melumpuhkan perekonomian Iran.", ("THREATEN", "USA", "IRN")),
])
def test_an_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # a call on a party to stop something named by an adjective is a request, not a label
    ("en", "The United Nations called on Israel to halt its reckless escalation in Gaza.", ("ACCUSE", "IGOUN", "ISR")),
    # praise in quotes, doubts about a thing with no party
    ("en", 'Brazil called the trade deal with the European Union "a historic step".', ("ACCUSE", "BRA", "IGOEU")),
    ("en", "Scientists raised questions about the vaccine's effectiveness in China.", ("ACCUSE", "", "CHN")),
    # a verdict with no speaker is the reporter's; a party the thing judged is made with is no target
    ("en", "Moscow's annexation of Crimea was illegal under international law.", ("ACCUSE", "", "RUS")),
    ("en", "The trade agreement with Mexico was a mistake, Trump told reporters.", ("ACCUSE", "USA", "MEX")),
    ("id", '"Kekalahan ini adalah kesalahan kami sendiri," kata pelatih Persija.', ("ACCUSE", "IDN", "IDN")),
    # a leader's attack on a state, or a force's, stays an attack
    ("en", "Putin attacked Ukraine in February.", ("ACCUSE", "RUS", "UKR")),
    ("en", "Syrian troops attacked rebels near Idlib.", ("ACCUSE", "SYR", "SYR")),
    # a promise to answer for a recovery, a claim of an attack, an act done illegally: no verdict on a party
    ("id", "Jokowi mengatakan pemerintah akan bertanggung jawab atas pemulihan korban banjir.", ("ACCUSE", "IDN", "IDN")),
    ("id", "Moualem mengatakan pasukan asing menduduki tanah Suriah dengan ilegal.", ("ACCUSE", "SYR", "SYR")),
    # a promise to help an economy, a reply to a letter: no threat
    ("en", "Japan said it would help rebuild Sri Lanka's economy.", ("THREATEN", "JPN", "LKA")),
    ("en", "Seoul said it would respond to Pyongyang's letter next week.", ("THREATEN", "KOR", "PRK")),
    ("id", "Jepang akan membantu membangun kembali perekonomian Sri Lanka.", ("THREATEN", "JPN", "LKA")),
])
def test_an_negatives(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)
