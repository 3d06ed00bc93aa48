"""The organisation ladder, one decider at a time, on spacy.blank("en") with the words each
needs (sentences and gazetteer entries written for the tests)."""

from __future__ import annotations

import pytest
import spacy

import pipeline.components  # noqa: F401  (registers factories and token extensions)
from pipeline.components import org_deciders as d
from pipeline.components.org_candidates import DocFacts
from pipeline.components.org_gazetteer import Gazetteer
from pipeline.components.org_words import OrgWords

COUNTRIES = [
    {"name": "Norway", "official": "Kingdom of Norway", "demonyms": ["Norwegian"], "capitals": ["Oslo"]},
    {"name": "Peru", "official": "Republic of Peru", "demonyms": ["Peruvian"], "capitals": ["Lima"]},
]
WORDS = OrgWords(
    body={"secretariat", "institute", "committee", "council", "ministry"},
    government={"ministry", "council"},
    event={"summit", "conference", "side event"},
    document={"strategy", "convention"},
    title={"representative", "minister"},
    generic={"member states", "council", "ministry"},
    not_org_acronyms={"GDP"},
    body_alias={"fisheries ministry": "Ministry of Fisheries"},
    gazetteer=Gazetteer([{"id": "wmo", "name": "World Meteorological Organization", "acronym": "WMO"}]),
)


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("en")
    nlp.add_pipe("communique_countries").initialize(nlp=nlp, countries=COUNTRIES)
    return nlp


def case(blank, text: str, span_text: str, **facts) -> d.Case:
    doc = blank(text)
    start = text.index(span_text)
    span = doc.char_span(start, start + len(span_text))
    assert span is not None, span_text
    base = dict(
        doc=doc, rule_spans=[], known_spans=[], furniture=[], places=set(), person_last=set(), lower_words=set()
    )
    base.update(facts)
    words = [t for t in span if not t.is_space and not t.is_punct and t.lower_ != "the"]
    return d.Case(span, d.clean(span), words, DocFacts(**base), WORDS, 2)


def test_deciders_ladder_order_is_the_documented_one():
    assert [step.__name__ for step in d.LADDER] == [
        "too_short",
        "in_furniture",
        "gazetteer_entry",
        "defined_acronym",
        "not_org_acronym",
        "place",
        "title_head",
        "country_body",
        "person",
        "body_of_known",
        "not_a_body_head",
        "generic",
        "not_a_name",
        "own_name",
    ]


def test_deciders_too_short(blank):
    assert d.too_short(case(blank, "Talks with X began.", "X")) == d.drop("too-short")
    assert d.too_short(case(blank, "Talks with the WMO began.", "WMO")) is None


def test_deciders_in_furniture(blank):
    text = "Home\nNordic Institute\n\nThe Nordic Institute met."
    assert d.in_furniture(case(blank, text, "Nordic Institute", furniture=[(5, 21)])) == d.drop("boilerplate")
    assert d.in_furniture(case(blank, text, "Nordic Institute", furniture=[(0, 4)])) is None


@pytest.mark.parametrize(
    "written", ["World Meteorological Organisation", "WMO", "the World Meteorological Organization"]
)
def test_deciders_gazetteer_entry_in_any_spelling(blank, written):
    verdict = d.gazetteer_entry(case(blank, f"Experts of {written} met.", written))
    assert (verdict.name, verdict.acronym) == ("World Meteorological Organization", "WMO")


def test_deciders_defined_acronym_and_its_long_form(blank):
    text = "The Agency for Bees and Clover (ABC) met. ABC experts spoke."
    long = text.index("Agency"), text.index(" (ABC)")
    facts = dict(acronym_orgs={"ABC": ("Agency for Bees and Clover", "ABC")}, long_ranges=[(*long, "ABC")])
    assert d.defined_acronym(case(blank, text, "ABC", **facts)).name == "Agency for Bees and Clover"
    assert d.defined_acronym(case(blank, text, "Bees and Clover", **facts)).name == "Agency for Bees and Clover"
    assert d.defined_acronym(case(blank, "The Nordic Institute met.", "Nordic Institute")) is None


def test_deciders_not_org_acronym(blank):
    assert d.not_org_acronym(case(blank, "GDP grew.", "GDP")) == d.drop("not-an-organisation-acronym")
    defined = case(blank, "The TLA grew.", "TLA", not_org_acronyms={"TLA"})
    assert d.not_org_acronym(defined) == d.drop("not-an-organisation-acronym")


@pytest.mark.parametrize(
    "text, span", [("Talks in Oslo ended.", "Oslo"), ("The Kingdom of Norway voted.", "Kingdom of Norway")]
)
def test_deciders_place(blank, text, span):
    assert d.place(case(blank, text, span)) == d.drop("place")


def test_deciders_place_named_elsewhere_by_the_model(blank):
    assert d.place(case(blank, "Delegates from Ruritania came.", "Ruritania", places={"ruritania"})) == d.drop("place")


def test_deciders_title_head(blank):
    assert d.title_head(
        case(blank, "The Permanent Representative of Peru spoke.", "Permanent Representative of Peru")
    ) == d.drop("title")
    assert d.title_head(case(blank, "The Nordic Institute met.", "Nordic Institute")) is None


@pytest.mark.parametrize(
    "text, span, name",
    [
        (
            "The Norwegian Ministry of Fisheries said so.",
            "Norwegian Ministry of Fisheries",
            "Ministry of Fisheries of Norway",
        ),
        ("Norway's Fisheries Ministry said so.", "Norway's Fisheries Ministry", "Ministry of Fisheries of Norway"),
        ("The Council of the Republic of Peru met.", "Council of the Republic of Peru", "Council of Peru"),
    ],
)
def test_deciders_country_body(blank, text, span, name):
    assert d.country_body(case(blank, text, span)).name == name


def test_deciders_country_body_needs_a_government_head(blank):
    # a Norwegian institute is no body of the Norwegian state
    assert d.country_body(case(blank, "The Norwegian Nordic Institute met.", "Norwegian Nordic Institute")) is None


def test_deciders_person(blank):
    assert d.person(case(blank, "Talks with J. Smithson ended.", "J. Smithson")) == d.drop("person")
    named = case(blank, "Talks with Ola Nordmann ended.", "Nordmann", person_last={"Nordmann"})
    assert d.person(named) == d.drop("person")


def test_deciders_body_of_known(blank):
    text = "The WMO Secretariat and the WMO Partners met."
    doc_case = case(blank, text, "WMO Secretariat")
    known = doc_case.span.doc.char_span(4, 7)
    secretariat = case(blank, text, "WMO Secretariat", known_spans=[known])
    assert d.body_of_known(secretariat).name == "WMO Secretariat"
    partners_known = doc_case.span.doc.char_span(text.index("WMO Partners"), text.index("WMO Partners") + 3)
    partners = case(blank, text, "WMO Partners", known_spans=[partners_known])
    assert (d.body_of_known(partners).name, d.body_of_known(partners).acronym) == (
        "World Meteorological Organization",
        "WMO",
    )


@pytest.mark.parametrize(
    "text, span, reason",
    [
        ("The Ocean Summit opened.", "Ocean Summit", "event"),
        ("The Nordic Climate Strategy was adopted.", "Nordic Climate Strategy", "document"),
        ("The Nordic Side Event drew crowds.", "Nordic Side Event", "event"),
    ],
)
def test_deciders_not_a_body_head(blank, text, span, reason):
    assert d.not_a_body_head(case(blank, text, span)) == d.drop(reason)


def test_deciders_generic(blank):
    assert d.generic(case(blank, "The Member States agreed.", "Member States")) == d.drop("generic")
    lower = case(blank, "The Council met; the council agreed.", "Council", lower_words={"council"})
    assert d.generic(lower) == d.drop("generic")


def test_deciders_not_a_name(blank):
    assert d.not_a_name(case(blank, "the fishing guild met", "fishing guild")) == d.drop("not-a-name")


def test_deciders_own_name_and_body_alias(blank):
    assert d.own_name(case(blank, "The Nordic Institute met.", "Nordic Institute")).name == "Nordic Institute"
    assert d.own_name(case(blank, "The Fisheries Ministry met.", "Fisheries Ministry")).name == "Ministry of Fisheries"
    shouted = d.own_name(case(blank, "THE NORDIC FISHING INSTITUTE MET", "NORDIC FISHING INSTITUTE"))
    assert shouted.name == "Nordic Fishing Institute"


def test_deciders_decide_stamps_the_step(blank):
    c = case(blank, "The Ocean Summit opened.", "Ocean Summit")
    verdict = d.decide(c.span, c.facts, WORDS, min_chars=2)
    assert (verdict.reason, verdict.step) == ("event", "not_a_body_head")
