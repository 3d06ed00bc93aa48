"""text_index's shortcut for the Doc asked for last: each Doc still gets its own index, also
when Docs alternate, and a Doc made after the last one died never gets the dead one's."""

import gc

import pytest
import spacy

from pipeline.components.counts import _phrase
from pipeline.text import text_index


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


def test_alternating_docs_keep_their_own_index(nlp):
    a, b = nlp("Delegates from Peru met."), nlp("Twelve ministers of Laos and Fiji attended.")
    for _ in range(3):
        assert text_index(a).text == a.text and text_index(a).n == len(a)
        assert text_index(b).text == b.text and text_index(b).n == len(b)
    assert text_index(a) is text_index(a)


def test_a_new_doc_after_the_last_one_died_gets_its_own_index(nlp):
    first = nlp("The forum closed in Quito.")
    assert text_index(first).text == "The forum closed in Quito."
    del first
    gc.collect()
    second = nlp("Forty envoys gathered in Hanoi on Monday.")
    assert text_index(second).text == "Forty envoys gathered in Hanoi on Monday."
    assert text_index(second).n == len(second)


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("More  than 30 States took part", 0, 4),  # a space token inside
        ("Of these 14 delegations , including 9 from Oceania", 2, 7),
        ("AT LEAST\n\n25 Ministers", 0, 4),  # a line break token, capitals lowered
        ("nine observers", 1, 1),  # nothing between
        ("nine observers", 2, 1),  # an end before the start
        ("some 40 Participants", 0, 99),  # an end past the Doc
    ],
)
def test_phrase_is_the_tokens_lower_words_without_spaces(nlp, text, start, end):
    doc = nlp(text)
    expected = " ".join(t.lower_ for t in doc[start:end] if not t.is_space)
    assert _phrase(doc, start, end) == expected
