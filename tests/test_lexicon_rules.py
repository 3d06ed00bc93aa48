"""The lexicon (models/lexicon.jsonl): one place for every word list, read by every
component and referred to by patterns as "@kind"."""

from __future__ import annotations

import pytest
import spacy

import pipeline.components  # noqa: F401  (registers the factories and readers)
from pipeline.components.org_names import org_id
from pipeline.components.titles import office_phrases
from pipeline.lexicon import KINDS, read_lexicon
from pipeline.paths import MODELS_DIR
from pipeline.patterns import span_patterns
from pipeline.rules import RuleError

LEXICON = MODELS_DIR / "lexicon.jsonl"


def write_lexicon(tmp_path, *lines: str):
    path = tmp_path / "lexicon.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_lexicon_every_kind_the_components_read_is_declared_and_filled():
    lexicon = read_lexicon(LEXICON)
    for kind in KINDS:
        assert lexicon[kind], f"the lexicon has no {kind} terms"


def test_lexicon_unknown_kind_is_a_key_error_naming_the_kinds():
    with pytest.raises(KeyError, match="no kind 'body_nouns'"):
        read_lexicon(LEXICON)["body_nouns"]


@pytest.mark.parametrize(
    "line, message",
    [
        ('{"kind": "count_unit", "term": "judges"}', "a count_unit needs a value"),
        ('{"kind": "body_noun", "term": "tribunal", "value": "x"}', "a body_noun takes no value"),
        ('{"kind": "count_qualifier", "term": "roughly", "value": "approx"}', "'approx' is not a value"),
        ('{"kind": "office", "term": "  "}', "a term must be non-empty text"),
    ],
)
def test_lexicon_bad_line_is_named_by_file_and_line(tmp_path, line, message):
    path = write_lexicon(tmp_path, '{"kind": "body_noun", "term": "tribunal"}', line)
    with pytest.raises(RuleError, match=rf"lexicon.jsonl:2: .*{message}"):
        read_lexicon(path)


def test_lexicon_a_word_may_have_two_kinds_but_not_one_kind_twice(tmp_path):
    two_kinds = write_lexicon(
        tmp_path, '{"kind": "body_noun", "term": "assembly"}', '{"kind": "event_noun", "term": "Assembly"}'
    )
    lexicon = read_lexicon(two_kinds)
    assert "assembly" in lexicon["body_noun"] and "assembly" in lexicon["event_noun"]
    twice = write_lexicon(
        tmp_path, '{"kind": "body_noun", "term": "assembly"}', '{"kind": "body_noun", "term": "Assembly"}'
    )
    with pytest.raises(RuleError, match="lexicon.jsonl:2: 'assembly' is listed twice as body_noun"):
        read_lexicon(twice)


def test_lexicon_kind_references_in_patterns_are_filled_in(tmp_path):
    lexicon = write_lexicon(
        tmp_path, '{"kind": "government_noun", "term": "Ministry"}', '{"kind": "government_noun", "term": "senate"}'
    )
    patterns = tmp_path / "entities.jsonl"
    patterns.write_text('{"label": "ORG", "pattern": [{"LOWER": {"IN": "@government_noun"}}, {"LOWER": "of"}]}\n')
    (rule,) = span_patterns([str(patterns)], lexicon=str(lexicon))
    assert rule["pattern"][0] == {"LOWER": {"IN": ["ministry", "senate"]}}


def test_lexicon_counts_read_units_qualifiers_and_blockers_from_it(tmp_path):
    path = write_lexicon(
        tmp_path,
        '{"kind": "count_unit", "term": "Judges", "value": "participants"}',
        '{"kind": "count_qualifier", "term": "Close to", "value": "about"}',
        '{"kind": "count_not_before", "term": "Article"}',
        '{"kind": "count_not_between", "term": "days"}',
        '{"kind": "count_reference_before", "term": "the", "value": "countries"}',
        '{"kind": "count_reference_before", "term": "the", "value": "organisations"}',
    )
    nlp = spacy.blank("en")
    pipe = nlp.add_pipe("communique_counts")
    pipe.initialize(nlp=nlp, patterns=[], lexicon=read_lexicon(path))
    assert pipe.unit_values == {"judges": "participants"}
    assert pipe.qualifiers == {"close to": "about"}
    assert pipe.not_before == {"article"} and pipe.not_between == {"days"}
    assert pipe.reference_before == {"the": {"countries", "organisations"}}


def test_lexicon_titles_are_generated_not_multiplied(tmp_path):
    path = write_lexicon(
        tmp_path,
        '{"kind": "office", "term": "director"}',
        '{"kind": "office", "term": "king"}',
        '{"kind": "office_modifier", "term": "deputy"}',
        '{"kind": "portfolio", "term": "justice"}',
    )
    phrases = office_phrases(read_lexicon(path))
    assert phrases == [
        "director",
        "justice minister",
        "justice secretary",
        "king",
        "minister for justice",
        "minister of justice",
    ]


def test_lexicon_shipped_offices_hold_no_repeated_rank_words():
    """Generated titles never stack a rank on itself ("deputy deputy director")."""
    for phrase in office_phrases(read_lexicon(LEXICON)):
        words = phrase.split()
        assert len(words) == len(set(words)), phrase


@pytest.mark.parametrize(
    "text, expected",
    [
        # Rank words before an office belong to it: the class of compound ranks.
        (
            "First Deputy Foreign Minister Anna Petrova opened the talks.",
            ("Anna Petrova", "First Deputy Foreign Minister"),
        ),
        # A portfolio makes "<portfolio> minister" and "minister of/for <portfolio>".
        ("Justice Minister Tomas Berg signed the accord.", ("Tomas Berg", "Justice Minister")),
        ("Minister for Sport and Tourism Karl Ott arrived.", ("Karl Ott", "Minister for Sport and Tourism")),
    ],
)
def test_lexicon_titles_from_offices_modifiers_and_portfolios(nlp, text, expected):
    roles = {(r["name"], r["title"]) for r in nlp(text)._.roles}
    assert expected in roles


@pytest.mark.parametrize(
    "text, expected",
    [
        # Government nouns the old inline copies lacked (department, directorate) close a body of a country.
        (
            "Officials of the Department of Immigration of the Republic of Ghana met in Accra.",
            "Department of Immigration of Ghana",
        ),
        (
            "The Directorate of Fisheries of the Republic of Chile hosted the talks.",
            "Directorate of Fisheries of Chile",
        ),
    ],
)
def test_lexicon_government_nouns_close_bodies_of_a_country(nlp, text, expected):
    # the row shows the name as written; its id is the canonical "<body> of <country>"'s
    assert org_id(expected) in [o["org_id"] for o in nlp(text)._.organisations]


@pytest.mark.parametrize(
    "word, value",
    [
        # review 1, finding 14: the compass words that make a demonym a state's are the
        # region words mapped to "compass", one list, not a second kind beside region_word
        ("south", "compass"),
        ("western", "compass"),
        ("north-east", "compass"),
        ("central", "place"),
        ("latin", "place"),
        ("pacific", "place"),
    ],
)
def test_lexicon_compass_words_are_region_words_mapped_to_compass(word, value):
    lexicon = read_lexicon(LEXICON)
    assert "subnational_compass" not in KINDS
    assert lexicon.mapping("region_word").get(word) == value
