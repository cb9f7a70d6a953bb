"""The lead's fixes of the twenty-seventh session: a past act named by its date has no guessed author, and unnamed
attackers of a state named as the one hit are not its own militants (unknown stays unknown, issue 10)."""

import pytest

from warta.api import coder, extract_article
from warta.model import Article
from warta.pipeline.analysis import SentenceView


def events(text, lang, published="2001-12-20"):
    from datetime import date

    return {(e.type, e.source.code, e.target.code if e.target else "")
            for e in extract_article(Article("t", text, lang, date.fromisoformat(published)))}


def view(text, lang):
    c = coder(lang)
    sentence = c.segmenter.split(text)[0]
    return SentenceView(sentence, c.language, c.actors.find(text, None))


@pytest.mark.parametrize("lang,text,start,end,dated", [
    ("en", "since the September 11 attacks in New York", 4, 5, True),
    ("en", "the 2002 Bali bombings were", 3, 4, True),
    ("en", "the attacks on September 11 were", 1, 2, True),
    ("en", "two attacks on the city were", 1, 2, False),
    ("en", "the 25 attacks in Kabul were", 2, 3, False),
    ("id", "sejak serangan 11 September di New York", 1, 2, True),
    ("id", "sejak bom Bali 2002 itu", 1, 2, True),
    ("id", "dua serangan di kota itu", 1, 2, False),
])
def test_a_date_around_an_act_noun(lang, text, start, end, dated):
    v = view(text, lang)
    assert v.low[start] in ("attacks", "bombings", "serangan", "bom"), v.low
    assert v.names_date(start, end) is dated


@pytest.mark.parametrize("lang,text,absent", [
    ("en", "Markets have not recovered since the September 11 terrorist attacks in the United States.",
     ("ASSAULT", "USAREB", "USA")),
    ("en", "His mission has been accompanied by an upsurge in suicide bombing attacks on Israel.",
     ("ASSAULT", "ISRREB", "ISR")),
    ("id", "Pasar belum pulih sejak serangan teroris 11 September di Amerika Serikat.", ("ASSAULT", "USAREB", "USA")),
])
def test_no_guessed_author(lang, text, absent):
    assert absent not in events(text, lang)


@pytest.mark.parametrize("lang,text,want", [
    ("en", "A car bomb exploded in Mogadishu on Monday, killing 20 people.", ("ASSAULT", "SOMREB", "SOMCVL")),
    ("en", "Osama bin Laden's al-Qaeda carried out the attacks on the United States.", ("ASSAULT", "XXXREB", "USA")),
    ("id", "Sebuah bom mobil meledak di Mogadishu pada Senin dan menewaskan 20 orang.", ("ASSAULT", "SOMREB", "SOMCVL")),
])
def test_acts_reported_keep_their_parties(lang, text, want):
    assert want in events(text, lang)


@pytest.mark.parametrize("text,want", [
    ("Police in Victoria arrested three men on Friday.", ("COERCE", "AUSCOP", "AUSCVL")),
    ("The Seychelles government in Victoria rejected the report.", ("REJECT", "SYCGOV", "")),
])
def test_victoria_is_the_australian_state_unless_the_text_says_otherwise(text, want):
    assert want in events(text, "en", "2002-01-15")

