"""Speed (#18), the twenty-second stop: person_repair (and titles) read a token's sentence from
the text index (`sentence_bounds`, `sentence_span`) instead of `doc[i].sent`, which makes a
Token and two Spans and walks the sentence's tokens each time. Sentences invented."""

from __future__ import annotations

import pytest

from pipeline.text import sentence_bounds, sentence_span

TEXTS = [
    "The delegation included Ana Ruiz Soto from Peru, Tomas Vinter, Ida Holm from Norway and Lars Eng. "
    "They met in the morning.\n\nMs. Holm spoke first; Mr. Eng closed the session.",
    "Signed:\n\nAna Ruiz\nMinister of Trade of Peru\n\nLars Eng\nMinister of Energy of Norway",
]


@pytest.mark.parametrize("text", TEXTS)
def test_speed_person_repair_sentence_bounds_as_token_sent(nlp, text):
    doc = nlp(text)  # the pipeline's sentences, after every component
    for tok in doc:
        sent = tok.sent
        assert sentence_bounds(doc, tok.i) == (sent.start, sent.end)
        span = sentence_span(doc, tok.i)
        assert (span.start, span.end, span.label_) == (sent.start, sent.end, sent.label_)
        assert doc[sentence_bounds(doc, tok.i)[0]].idx == sent.start_char


@pytest.mark.parametrize(
    "text, people",
    [
        (TEXTS[0], {"Ana Ruiz Soto", "Tomas Vinter", "Ida Holm", "Lars Eng"}),
        (TEXTS[1], {"Ana Ruiz", "Lars Eng"}),
    ],
)
def test_speed_person_repair_sentence_bounds_people_as_before(nlp, text, people):
    assert people <= {e.text for e in nlp(text).ents if e.label_ == "PERSON"}
