"""The text index's `is_space` is each token's `is_space`, read without making Tokens (speed,
#18), and titles' walks past white space read it. Sentences invented for the test."""

from __future__ import annotations

import pytest
import spacy

from pipeline.text import text_index

TEXTS = [
    "The Deputy Minister of Mines  arrived\n\nin Lusaka on Monday.",
    "Ambassador\u00a0Keller \t met\r\nthe Consul-General .",
    "   ",
    "",
    "A list:\n  \n• one\n• two",
]


@pytest.mark.parametrize("text", TEXTS)
def test_text_index_is_space_as_tokens_say(text):
    doc = spacy.blank("en")(text)
    assert text_index(doc).is_space == [t.is_space for t in doc]


@pytest.mark.parametrize(
    ("text", "start", "after", "before"),
    [
        ("Minister  \n\n  of Trade", 1, 2, 0),  # runs of white space tokens skipped both ways
        ("Minister of Trade", 1, 1, 0),  # no white space: the token itself / the one before
        ("Envoy \n", 1, 2, 0),  # past the end
    ],
)
def test_titles_walks_past_white_space(nlp, text, start, after, before):
    titles = nlp.get_pipe("titles")
    doc = nlp.make_doc(text)
    assert titles._skip_space(doc, start) == after
    assert titles._prev(doc, start) == before
