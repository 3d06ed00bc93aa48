"""Speed (#18), the fourteenth stop: rules that read words from the text index or the token
table instead of making a Token per word answer as the Token reads did. Sentences invented."""

import pytest
import spacy

from pipeline.components.org_candidates import with_glued_edges


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def _glued_edges_by_tokens(ent):
    """with_glued_edges as written with a Token per word (before the token table): the oracle."""
    doc, start, end = ent.doc, ent.start, ent.end
    if start >= 2 and doc[start - 1].text == "." and not doc[start - 1].whitespace_:
        before = doc[start - 2]
        if not before.whitespace_ and before.is_alpha and before.text[0].isupper():
            start -= 2
    if start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_:
        before = doc[start - 2]
        if not before.whitespace_ and before.is_alpha and before.is_title and doc[start].is_title:
            start -= 2
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
        tail = end + 2
        goes_on = tail < len(doc) and doc[tail - 1].whitespace_ == " " and doc[tail].is_title and doc[tail].is_alpha
        if doc[end + 1].is_alpha and doc[end - 1].is_alpha and doc[end - 1].is_title and goes_on:
            end = tail
            while end < len(doc) and doc[end - 1].whitespace_ == " " and doc[end].is_title and doc[end].is_alpha:
                end += 1
    if end - start > 1 and start > 0 and doc[start].lower_ in ("’s", "'s") and not doc[start - 1].whitespace_:
        start += 1
    return start, end


@pytest.mark.parametrize(
    "text, start, end, expected",
    [
        # a domain-style name cut after its full stop: the word and the stop are taken
        ("Reporters of Kestrel.NET wrote it", 4, 5, "Kestrel.NET"),
        # a hyphenated word cut at its hyphen: the first half is taken
        ("the Baltic North-South Transit Fund met", 4, 7, "North-South Transit Fund"),
        # the name goes on after a glued hyphen in title case
        ("the Non-Formal Schooling Alliance of Chad", 1, 2, "Non-Formal Schooling Alliance"),
        # a possessive the span opened with is left out
        ("the agency's Review Board met", 2, 5, "Review Board"),
        # negatives: a lower-case word after the hyphen, a spaced stop, nothing glued
        ("the Lagos-based policy group said", 1, 2, "Lagos"),
        ("in Kestrel. NET news", 3, 4, "NET"),
        ("the Harbour Council of Fiji met", 1, 3, "Harbour Council"),
        ("a Tasman - Sea Forum", 1, 2, "Tasman"),  # a spaced dash
    ],
)
def test_glued_edges_read_from_the_table_as_from_tokens(blank, text, start, end, expected):
    doc = blank(text)
    span = with_glued_edges(doc[start:end])
    assert span.text == expected
    assert (span.start, span.end) == _glued_edges_by_tokens(doc[start:end])


@pytest.mark.parametrize(
    "text",
    [
        "The Deputy Minister of Trade of Laos met the Vice-President of Fiji.",
        "Ambassador-designate Ana Ruiz and the Mayor of Quito spoke.",
        "No office is named in this sentence.",
    ],
)
def test_office_bounds_are_the_offices_spans(nlp, text):
    offices = nlp.get_pipe("titles").offices
    doc = nlp(text)
    assert [(s.start, s.end, s.label) for s in offices(doc)] == list(offices.found(doc))
