"""Speed (#18), the twenty-second stop: person_repair's chain of name rules filtered its people
(`filter_spans`) after every rule, most of which add nothing in a document; `_filtered_with`
sorts and filters only when a rule added spans, since `filter_spans` of its own output is that
output, span for span and in order. Sentences invented."""

from __future__ import annotations

import random

import pytest
from spacy.tokens import Span
from spacy.util import filter_spans

from pipeline.components.person_repair import _filtered_with


def test_speed_person_repair_filter_spans_keeps_its_own_output(blank):
    doc = blank("one two three four five six seven eight nine ten eleven twelve")
    rng = random.Random(18)
    for _ in range(5_000):
        spans = []
        for _ in range(rng.randint(0, 8)):
            start = rng.randint(0, len(doc))
            spans.append(Span(doc, start, min(len(doc), start + rng.randint(0, 4)), label="PERSON"))
        people = filter_spans(spans)
        again = filter_spans(people)
        assert [id(s) for s in again] == [id(s) for s in people]
        assert [id(s) for s in _filtered_with(people, [])] == [id(s) for s in people]
        more = [Span(doc, 1, 3, label="PERSON")]
        assert _filtered_with(people, more) == filter_spans(people + more)


@pytest.mark.parametrize(
    "text, people",
    [
        (
            "The delegation included Ana Ruiz Soto from Peru, Tomas Vinter, Ida Holm from Norway and Lars Eng.",
            {"Ana Ruiz Soto", "Tomas Vinter", "Ida Holm", "Lars Eng"},
        ),
        ("Ms. Ida Holm opened the meeting. Holm then thanked the hosts.", {"Ida Holm", "Holm"}),
    ],
)
def test_speed_person_repair_filtered_people_as_before(nlp, text, people):
    assert people <= {e.text for e in nlp(text).ents if e.label_ == "PERSON"}
