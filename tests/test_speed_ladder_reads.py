"""Speed (#18), the sixteenth stop: the organisations' ladder skips reads whose answer
cannot matter (the number before a span tested before its head word and the word after it
are looked for) and answers as before. Sentences invented."""

import pytest

import pipeline.components  # noqa: F401  (registers factories and token extensions)
from pipeline.components import org_deciders as d
from pipeline.components.org_candidates import DocFacts
from pipeline.components.org_words import OrgWords


def _facts(doc) -> DocFacts:
    return DocFacts(
        doc=doc, rule_spans=[], known_spans=[], furniture=[], places=set(), person_last=set(), lower_words=set()
    )


def _case(blank, words, text: str, span_text: str) -> d.Case:
    doc = blank(text)
    start = text.index(span_text)
    span = doc.char_span(start, start + len(span_text))
    assert span is not None, span_text
    kept = [t for t in span if not t.is_space and not t.is_punct and t.lower_ != "the"]
    return d.Case(span, d.clean(span), kept, _facts(doc), words, 2)


@pytest.mark.parametrize(
    "text, span, numbered",
    [
        # an ordinal before an occasion's or an organ's word: a numbered sitting
        ("the 9th Council of Ministers of the Tasman Union met", "Council of Ministers", True),
        ("the 14th Kestrel Conference opened", "Kestrel Conference", True),
        # a bare number after "the" before an occasion's word
        ("the 12 Plenary Assembly of the Kestrel Group opened", "Plenary Assembly", True),
        # negatives: no number, a year, a bare number with no "the", the meeting's number
        ("the Kestrel Conference opened", "Kestrel Conference", False),
        ("in 2019 Kestrel Conference delegates", "Kestrel Conference", False),
        ("some 12 Plenary Assembly members", "Plenary Assembly", False),
        ("the 2nd Kestrel Commission meeting", "Kestrel Commission", False),
        ("the 3rd Kestrel Rowing Club", "Kestrel Rowing Club", False),
    ],
)
def test_numbered_from_before_verdicts(blank, words, text, span, numbered):
    assert d._numbered_from_before(_case(blank, words, text, span)) is numbered


@pytest.mark.parametrize(
    "text, span",
    [
        ("the Kestrel Conference opened", "Kestrel Conference"),
        ("in 2019 Kestrel Conference delegates", "Kestrel Conference"),
        ("said the Tasman Council of Ministers", "Tasman Council of Ministers"),
        ("Kestrel Conference opened", "Kestrel Conference"),  # nothing before it
    ],
)
def test_no_number_before_reads_no_head_word(blank, words, monkeypatch, text, span):
    """With no ordinal and no bare number of up to three digits before the span, the span's
    head word is never looked for (the test that makes nearly every span pass, first)."""
    case = _case(blank, words, text, span)
    calls = []
    head_word = OrgWords.head_word
    monkeypatch.setattr(OrgWords, "head_word", lambda self, tokens: calls.append(1) or head_word(self, tokens))
    assert d._numbered_from_before(case) is False
    assert calls == []
