"""count_terms.jsonl is checked when the pipeline starts: a bad line names its file and line."""

import pytest
import spacy

import pipeline.components.counts  # noqa: F401  (registers the factory)
from pipeline.rules import read_jsonl_rules


def make_counts(terms):
    nlp = spacy.blank("en")
    pipe = nlp.add_pipe("communique_counts")
    pipe.initialize(nlp=nlp, patterns=[], terms=terms)
    return pipe


def test_terms_become_units_qualifiers_and_blockers():
    pipe = make_counts(
        [
            {"kind": "unit", "term": "Member States", "value": "countries"},
            {"kind": "qualifier", "term": "Close to", "value": "about"},
            {"kind": "not_before", "term": "Article"},
            {"kind": "not_between", "term": "days"},
            {"kind": "reference_before", "term": "The", "value": "countries"},
        ]
    )
    assert pipe.unit_values == {"member states": "countries"}
    assert pipe.qualifiers == {"close to": "about"}
    assert pipe.not_before == {"article"} and pipe.not_between == {"days"}
    assert pipe.reference_before == {"the": {"countries"}}


def test_unknown_kind_names_the_line(tmp_path):
    path = tmp_path / "count_terms.jsonl"
    path.write_text('{"kind": "unit", "term": "people", "value": "participants"}\n{"kind": "unitt", "term": "x"}\n')
    with pytest.raises(ValueError, match=r"count_terms.jsonl:2: unknown kind 'unitt'"):
        make_counts(read_jsonl_rules(path, required=["kind", "term"], allowed=["value"]))


def test_unit_without_value_names_the_line(tmp_path):
    path = tmp_path / "count_terms.jsonl"
    path.write_text('{"kind": "unit", "term": "people"}\n')
    with pytest.raises(ValueError, match=r"count_terms.jsonl:1: a unit needs a value"):
        make_counts(read_jsonl_rules(path, required=["kind", "term"], allowed=["value"]))
