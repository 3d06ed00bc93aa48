"""Speed (#18), the twenty-second stop: titles reads a token's sentence from the text index
(`sentence_bounds`) instead of `doc[i].sent`: the window a pointer to a country named before
looks back in is the same. Sentences invented."""

from __future__ import annotations

import pytest

from pipeline.components.titles import _previous_sentence_start
from tests.readers import role_triples

TEXT = (
    "Officials from Kenya arrived on Monday. The country's Trade Minister, Amara Wanjiku, "
    "opened the fair.\n\nTalks went on. Luis Tapia, Ambassador of Peru, spoke last."
)


def test_speed_titles_previous_sentence_start_as_token_sent(nlp):
    doc = nlp(TEXT)
    for tok in doc:
        sent = tok.sent
        expected = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        assert _previous_sentence_start(doc, tok.i) == expected


@pytest.mark.parametrize(
    "triple",
    [
        ("Amara Wanjiku", "Trade Minister", "Kenya"),
        ("Luis Tapia", "Ambassador", "Peru"),
    ],
)
def test_speed_titles_sentence_bounds_still_link(nlp, triple):
    assert triple in role_triples(nlp, TEXT)
