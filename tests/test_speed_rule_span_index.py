"""Speed (#18), the twentieth stop: the organisations' rule spans are indexed once per document
(`DocFacts.rule_ranges`, `rule_ids`, `lower_case_rule_ranges`, `municipal_ranges`,
`in_a_rule_span`); the rules that asked every rule span its offsets and its id for each
candidate read the index, and decide as before. Sentences invented."""

import pytest
from spacy.tokens import Span

import pipeline.components  # noqa: F401  (registers factories and token extensions)
from pipeline.components import org_candidates as oc
from pipeline.components import org_deciders as d
from pipeline.components.org_candidates import DocFacts


def _rule(doc, text: str, span_text: str, rule_id: str) -> Span:
    start = text.index(span_text)
    span = doc.char_span(start, start + len(span_text), label="ORG", span_id=rule_id)
    assert span is not None, span_text
    return span


def _facts(doc, rules) -> DocFacts:
    return DocFacts(
        doc=doc,
        rule_spans=list(rules),
        known_spans=[],
        furniture=[],
        places=set(),
        person_last=set(),
        lower_words=set(),
    )


TEXT = "The Varna Municipality and the Tolsk trade ministry met the Kestrel Fisheries Council in Varna."


def test_speed_rule_span_index_agrees_with_the_spans(blank):
    doc = blank(TEXT)
    rules = [
        _rule(doc, TEXT, "Varna Municipality", oc.MUNICIPAL_RULE),
        _rule(doc, TEXT, "Tolsk trade ministry", "org:rule:country-lower-ministry"),
        _rule(doc, TEXT, "Kestrel Fisheries Council", "org:gazetteer:kfc"),
    ]
    facts = _facts(doc, rules)
    assert facts.rule_ranges == tuple((s.start, s.end) for s in rules)
    assert facts.rule_ids == (oc.MUNICIPAL_RULE, "org:rule:country-lower-ministry", "org:gazetteer:kfc")
    assert facts.lower_case_rule_ranges == ((rules[1].start, rules[1].end),)
    assert facts.municipal_ranges == frozenset({(rules[0].start, rules[0].end)})
    for i in range(len(doc)):
        assert facts.in_a_rule_span(i) == any(s.start < i < s.end for s in rules), doc[i].text


def test_speed_rule_span_index_empty_without_rule_spans(blank):
    facts = _facts(blank(TEXT), [])
    assert facts.rule_ranges == () and facts.municipal_ranges == frozenset()
    assert not any(facts.in_a_rule_span(i) for i in range(len(facts.doc)))


@pytest.mark.parametrize(
    "span_text, rule_text, expected",
    [
        # the grammar's span of a town's government, with or without "the" before it
        ("Varna Municipality", "Varna Municipality", True),
        ("the Varna Municipality", "Varna Municipality", True),
        # negatives: no such rule span; one over other words
        ("Varna Municipality", None, False),
        ("Kestrel Fisheries Council", "Varna Municipality", False),
    ],
)
def test_speed_rule_span_index_municipal_body(blank, words, span_text, rule_text, expected):
    text = "He thanked the Varna Municipality and the Kestrel Fisheries Council for the visit."
    doc = blank(text)
    rules = [_rule(doc, text, rule_text, oc.MUNICIPAL_RULE)] if rule_text else []
    start = text.index(span_text)
    span = doc.char_span(start, start + len(span_text))
    case_words = [t for t in span if not t.is_space and not t.is_punct and t.lower_ != "the"]
    case = d.Case(span, d.clean(span), case_words, _facts(doc, rules), words, 2)
    verdict = d.municipal_body(case)
    assert (verdict is not None and verdict.name == d.clean(span)) == expected


@pytest.mark.parametrize(
    "text, span_text, lower_rule, expected",
    [
        # a country's ministry in lower case that the grammar holds keeps its lower-case words
        ("They met the Tolsk trade ministry today.", "Tolsk trade ministry", True, "Tolsk trade ministry"),
        # negative: no grammar span, the lower-case words go
        ("They met the Tolsk trade ministry today.", "Tolsk trade ministry", False, "Tolsk"),
    ],
)
def test_speed_rule_span_index_trimmed_keeps_a_lower_case_rule_span(
    blank, words, text, span_text, lower_rule, expected
):
    doc = blank(text)
    rules = [_rule(doc, text, span_text, "org:rule:country-lower-ministry")] if lower_rule else []
    start = text.index(span_text)
    span = doc.char_span(start, start + len(span_text))
    assert [s.text for s in oc.trimmed(span, _facts(doc, rules), words)] == [expected]


@pytest.mark.parametrize(
    "text, span_text, rule_text, expected",
    [
        # a break inside a rule span is no cut: a known name wrapped over two lines
        (
            "Talks with the Kestrel Fisheries\n\nCouncil ended.",
            "Kestrel Fisheries\n\nCouncil",
            "Kestrel Fisheries\n\nCouncil",
            ["Kestrel Fisheries\n\nCouncil"],
        ),
        # negative: no rule span there, the blank line cuts it
        (
            "Talks with the Kestrel Fisheries\n\nCouncil ended.",
            "Kestrel Fisheries\n\nCouncil",
            None,
            ["Kestrel Fisheries", "Council"],
        ),
    ],
)
def test_speed_rule_span_index_at_breaks(blank, words, text, span_text, rule_text, expected):
    doc = blank(text)
    rules = [_rule(doc, text, rule_text, "org:gazetteer:kfc")] if rule_text else []
    start = text.index(span_text)
    span = doc.char_span(start, start + len(span_text))
    assert [s.text.strip() for s in oc.at_breaks(span, _facts(doc, rules), words)] == expected
