"""extract() never raises on arbitrary Unicode, and every offset it returns points into the text."""

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from warta.api import extract

WORDS = ["Korut", "mengirim", "pasukan", "ke", "Rusia", "tidak", "membantah", "kata", "AS", "Russia", "attacked",
         "Ukraine", "said", "denied", ",", ".", "10.000", "Kamis", "(14/11/2024)", "di", "Kursk", "bahwa", "\n"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300), st.sampled_from([None, "id", "en"]))
def test_arbitrary_unicode(text, lang):
    for ev in extract(text, lang=lang, published="2024-11-15"):
        assert text[ev.trigger.start : ev.trigger.end] == ev.trigger.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), max_size=40), st.sampled_from(["id", "en"]))
@example(["mengirim", "Korut", ","], "id")  # a list ending the sentence right after its comma (IndexError once)
def test_news_like_word_salad(words, lang):
    text = " ".join(words)
    for ev in extract(text, lang=lang, published="2024-11-15"):
        assert text[ev.source.start : ev.source.end] == ev.source.text
        assert text[ev.sentence.start : ev.sentence.end] == ev.sentence.text
        ev.to_dict()
