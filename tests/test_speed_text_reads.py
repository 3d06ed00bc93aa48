"""Speed (#18), the fifteenth stop: rules that cut a span's text from the text index's text
(instead of `Span.text`, which joins the span's tokens, or `Doc.text`, which joins the whole
document's) or test a span's words with one set answer as the reads they replace did.
Sentences invented."""

import pytest

import pipeline.components  # noqa: F401  (registers factories and token extensions)
from pipeline.components import org_deciders as d
from pipeline.components.org_candidates import DocFacts
from pipeline.text import text_of


@pytest.mark.parametrize(
    "word",
    ["jan", "sept", "sep", "oct", "december", "may", "june", "nov", "feb", "council", "marching", "sept.", "", "."],
)
def test_month_words_answer_as_the_month_and_its_abbreviation(words, word):
    """`OrgWords.month_words` holds w exactly where the lexicon's months hold w or "w."."""
    assert (word in words.month_words) == (word in words.month or f"{word}." in words.month)


def _case(blank, words, text: str, span_text: str) -> d.Case:
    doc = blank(text)
    start = text.index(span_text)
    span = doc.char_span(start, start + len(span_text))
    assert span is not None, span_text
    facts = DocFacts(
        doc=doc, rule_spans=[], known_spans=[], furniture=[], places=set(), person_last=set(), lower_words=set()
    )
    kept = [t for t in span if not t.is_space and not t.is_punct and t.lower_ != "the"]
    return d.Case(span, d.clean(span), kept, facts, words, 2)


@pytest.mark.parametrize(
    "text, span, dropped",
    [
        ("Posted Oct 3, 2021 by the desk", "Oct 3, 2021", True),
        ("Updated: Sept. 14 at noon", "Sept. 14", True),
        ("the 5 December 2019 talks", "5 December 2019", True),
        # negatives: no month's word, a month's word among other words, a month alone
        ("the Tasman Rowing Council met", "Tasman Rowing Council", False),
        ("the March Hare Society met", "March Hare Society", False),
        ("the May 18 Foundation said", "May 18 Foundation", False),
    ],
)
def test_a_date_decides_by_the_month_words(blank, words, text, span, dropped):
    verdict = d.a_date(_case(blank, words, text, span))
    assert (verdict == d.drop("date")) if dropped else verdict is None


@pytest.mark.parametrize(
    "text",
    [
        "The Tasman Rowing Council\nmet in Suva  on Monday. ",
        "Press Office\n\n  Kestrel Harbour Authority (KHA) said",
        "  A line,\tthen another\r\nand a last one",
    ],
)
def test_a_spans_text_cut_from_the_text_index_is_span_text(blank, text):
    """What the steps of this stop cut, `text_of(doc)[start_char:end_char]`, is `Span.text`
    for every span, white space inside and around it included."""
    doc = blank(text)
    for start in range(len(doc)):
        for end in range(start + 1, len(doc) + 1):
            span = doc[start:end]
            assert text_of(doc)[span.start_char : span.end_char] == span.text
