"""Candidate rules (org_candidates.SHAPERS): the shape of an ORG span before the ladder
decides on it. Sentences written for the tests, on spacy.blank("en")."""

from __future__ import annotations

import pytest
import spacy

import pipeline.components  # noqa: F401  (registers factories and token extensions)
from pipeline.components import org_candidates as oc
from pipeline.components.org_words import OrgWords

COUNTRIES = [{"name": "Peru", "demonyms": ["Peruvian"], "capitals": ["Lima"]}]
WORDS = OrgWords(
    body={"commission", "council", "institute", "board"},
    government={"council"},
    title={"president", "minister"},
    generic={"member states"},
    courtesy={"mr", "ms", "h.e"},
)


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("en")
    nlp.add_pipe("communique_countries").initialize(nlp=nlp, countries=COUNTRIES)
    return nlp


def facts_of(doc, rule_spans=()):
    return oc.DocFacts(
        doc=doc,
        rule_spans=list(rule_spans),
        known_spans=[],
        furniture=[],
        places=set(),
        person_last=set(),
        lower_words=set(),
    )


def shaped(blank, rule, text: str, span_text: str, rule_spans: tuple[str, ...] = ()) -> list[str]:
    doc = blank(text)
    start = text.index(span_text)
    span = doc.char_span(start, start + len(span_text))
    assert span is not None, span_text
    rules = [doc.char_span(text.index(r), text.index(r) + len(r)) for r in rule_spans]
    return [p.text for p in rule(span, facts_of(doc, rules), WORDS)]


@pytest.mark.parametrize(
    "text, span, parts",
    [
        ("the Harbour Forum\n\nSpeeches\n\nText", "Harbour Forum\n\nSpeeches", ["Harbour Forum", "Speeches"]),
        (
            "Conference: Nordic Peace Institute (Oslo)",
            "Conference: Nordic Peace Institute",
            ["Conference", "Nordic Peace Institute"],
        ),
        ("one line\nNordic Peace\nInstitute met", "Nordic Peace\nInstitute", ["Nordic Peace\nInstitute"]),
    ],
)
def test_candidates_at_breaks(blank, text, span, parts):
    assert shaped(blank, oc.at_breaks, text, span) == parts


def test_candidates_at_breaks_keeps_a_known_name_broken_over_paragraphs(blank):
    text = "the Nordic Council of\n\nFisheries met"
    name = "Nordic Council of\n\nFisheries"
    assert shaped(blank, oc.at_breaks, text, name, rule_spans=(name,)) == [name]


@pytest.mark.parametrize(
    "text, span, parts",
    [
        ("the Chair of Council of Peru H.E Ana Oyarzun said", "Council of Peru H.E Ana Oyarzun", ["Council of Peru"]),
        ("greeted Ms Ana Oyarzun warmly", "Ms Ana Oyarzun", ["Ms Ana Oyarzun"]),  # at the start: the person's own
    ],
)
def test_candidates_before_courtesy(blank, text, span, parts):
    assert shaped(blank, oc.before_courtesy, text, span) == parts


@pytest.mark.parametrize(
    "text, span, parts",
    [
        (
            "the President of the Harbour Commission Jean-Luc Dufour said",
            "Harbour Commission Jean-Luc Dufour",
            ["Harbour Commission"],
        ),
        ("the head of the Board Ana Maria Oyarzun said", "Board Ana Maria Oyarzun", ["Board"]),
        # one word after the body noun may be its own ("Asia Foundation Peru"), or a place
        ("the Harbour Commission Lima office", "Harbour Commission Lima", ["Harbour Commission Lima"]),
        # no body noun: nothing to cut at
        ("friends of Green Harbour Watch Nordic said", "Green Harbour Watch Nordic", ["Green Harbour Watch Nordic"]),
    ],
)
def test_candidates_before_person_tail(blank, text, span, parts):
    assert shaped(blank, oc.before_person_tail, text, span) == parts


@pytest.mark.parametrize(
    "text, span, parts",
    [
        ("the Council of Ministers of\nPeru met", "Council of Ministers of", ["Council of Ministers"]),
        ("the Nordic Union (NU 132 met", "Nordic Union (NU 132", ["Nordic Union"]),
        (
            "a list: (Peru), Nordic Society for Rivers, and",
            "(Peru), Nordic Society for Rivers,",
            ["Nordic Society for Rivers"],
        ),
        (
            "a list: (Peru), Nordic Society for Rivers, and",
            "Peru), Nordic Society for Rivers",
            ["Nordic Society for Rivers"],
        ),
        ("the 382nd Advisory Council met", "382nd Advisory Council", ["Advisory Council"]),
        ("the Nordic Institute (NI) met", "Nordic Institute (NI)", ["Nordic Institute (NI)"]),
        ("staff of T.M.C. Institute Inc. came", "T.M.C. Institute Inc.", ["T.M.C. Institute Inc."]),
    ],
)
def test_candidates_trimmed(blank, text, span, parts):
    assert shaped(blank, oc.trimmed, text, span) == parts


def test_candidates_shape_applies_every_rule(blank):
    text = "the Chair of the Harbour Commission Ana Oyarzun Lema\n\nopened"
    doc = blank(text)
    span = doc.char_span(text.index("Harbour"), text.index("\n\nopened") + 8)
    assert [p.text for p in oc.shape(span, facts_of(doc), WORDS)] == ["Harbour Commission", "opened"]
