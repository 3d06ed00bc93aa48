"""Speed (#18), the nineteenth stop: the organisations' shapers that add the words after a span
test the word that decides first ("in", "to", "of", "for", a hyphen, a possessive), and `shape`
passes a span a rule left as it was without filtering it again; the spans come out as before.
Sentences invented."""

import pytest

import pipeline.components  # noqa: F401  (registers factories and token extensions)
from pipeline.components import org_candidates as oc
from pipeline.components.org_candidates import DocFacts
from tests.readers import span_in


def _span(blank, text: str, span_text: str):
    span = span_in(blank, text, span_text)
    doc = span.doc
    facts = DocFacts(
        doc=doc, rule_spans=[], known_spans=[], furniture=[], places={"tamsin"}, person_last=set(), lower_words=set()
    )
    return span, facts


@pytest.mark.parametrize(
    "rule, text, span, expected",
    [
        # the place an embassy is in: "in" after it
        ("with_its_place", "the Kestrel Embassy in Tamsin opened", "Kestrel Embassy", ["Kestrel Embassy in Tamsin"]),
        ("with_its_place", "the Kestrel Embassy to Tamsin opened", "Kestrel Embassy", ["Kestrel Embassy"]),
        # negatives: another word after it, the end of the text
        ("with_its_place", "the Kestrel Embassy of Tamsin opened", "Kestrel Embassy", ["Kestrel Embassy"]),
        ("with_its_place", "they visited the Kestrel Embassy", "Kestrel Embassy", ["Kestrel Embassy"]),
        # the region of a body: "of" or "for" and a region after it
        (
            "with_its_region",
            "the Regional Office for the Pacific said",
            "Regional Office",
            ["Regional Office for the Pacific"],
        ),
        ("with_its_region", "the Regional Office near the Pacific", "Regional Office", ["Regional Office"]),
        ("with_its_region", "they met the Regional Office", "Regional Office", ["Regional Office"]),
        # a hyphenated first word the model cut, an adjective's prefix left out
        (
            "with_its_prefix",
            "the Inter-Tasman Fisheries Council met",
            "Tasman Fisheries Council",
            ["Inter-Tasman Fisheries Council"],
        ),
        ("with_its_prefix", "the intra-Kestrel trade group met", "intra-Kestrel trade group", ["Kestrel trade group"]),
        (
            "with_its_prefix",
            "the Kestrel Fisheries Council met",
            "Kestrel Fisheries Council",
            ["Kestrel Fisheries Council"],
        ),
        (
            "with_its_prefix",
            "at a Kestrel Fisheries Council",
            "Kestrel Fisheries Council",
            ["Kestrel Fisheries Council"],
        ),
        # a possessive between two bodies
        (
            "at_a_possessive_between_bodies",
            "the Ministry of Fisheries’s Harbour Committee met",
            "Ministry of Fisheries’s Harbour Committee",
            ["Ministry of Fisheries", "Harbour Committee"],
        ),
        (
            "at_a_possessive_between_bodies",
            "the Ministry of Fisheries Harbour Committee met",
            "Ministry of Fisheries Harbour Committee",
            ["Ministry of Fisheries Harbour Committee"],
        ),
        # a country's chamber and its field after "of"
        ("with_its_chamber_field", "the Kestrel Chamber met", "Kestrel Chamber", ["Kestrel Chamber"]),
        ("with_its_chamber_field", "the Kestrel Chamber in Tamsin", "Kestrel Chamber", ["Kestrel Chamber"]),
    ],
)
def test_speed_shaper_triggers_same_spans(blank, words, rule, text, span, expected):
    s, facts = _span(blank, text, span)
    got = getattr(oc, rule)(s, facts, words)
    assert [g.text for g in got] == expected
    if [g.text for g in got] == [span]:
        assert got[0] is s  # the span itself: `shape` passes it on as it is


def _boom(*args, **kwargs):
    raise AssertionError("read although the word that decides is missing")


@pytest.mark.parametrize(
    "rule, helper, text, span",
    [
        ("with_its_place", "_a_post_of_a_country", "the Kestrel Ministry of Peru said", "Kestrel Ministry of Peru"),
        ("with_its_region", "_last_non_space", "the Regional Office said", "Regional Office"),
        ("with_its_prefix", "_glued_hyphen", "the council of the Kestrel Harbour Board met", "Kestrel Harbour Board"),
        ("with_its_chamber_field", "country_role", "the Kestrel Chamber met", "Kestrel Chamber"),
    ],
)
def test_speed_shaper_triggers_decide_first(blank, words, monkeypatch, rule, helper, text, span):
    s, facts = _span(blank, text, span)
    monkeypatch.setattr(oc, helper, _boom)
    assert getattr(oc, rule)(s, facts, words) == [s]


def test_speed_shaper_triggers_shape_passes_the_span(blank, words, monkeypatch):
    s, facts = _span(blank, "the Kestrel Harbour Board met in Tamsin", "Kestrel Harbour Board")
    calls = []

    def same(span, facts, words):
        calls.append(span)
        return [span]

    def cut(span, facts, words):
        calls.append(span)
        return [span.doc[span.start : span.end - 1], span.doc[span.end : span.end]]  # an empty part is dropped

    monkeypatch.setattr(oc, "SHAPERS", (same, cut, same))
    got = oc.shape(s, facts, words)
    assert [g.text for g in got] == ["Kestrel Harbour"]
    assert calls[0] is s and calls[1] is s and calls[2].text == "Kestrel Harbour"


def test_speed_shaper_triggers_shape_goes_on_over_each_part(blank, words, monkeypatch):
    s, facts = _span(blank, "the Kestrel Harbour Board met in Tamsin", "Kestrel Harbour Board")
    seen = []

    def halves(span, facts, words):
        return [span.doc[span.start : span.start + 1], span.doc[span.start + 1 : span.end]] if len(span) > 2 else [span]

    def last_word(span, facts, words):
        seen.append(span.text)
        return [span.doc[span.end - 1 : span.end]]

    monkeypatch.setattr(oc, "SHAPERS", (halves, last_word, halves))
    assert [g.text for g in oc.shape(s, facts, words)] == ["Kestrel", "Board"]
    assert seen == ["Kestrel", "Harbour Board"]
    assert oc.shape(s.doc[2:2], facts, words) == []  # an empty span: no part
