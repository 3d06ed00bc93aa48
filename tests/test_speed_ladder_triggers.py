"""Speed (#18), the twentieth stop: the organisation ladder passes over the steps whose trigger
does not hold for a candidate (`org_deciders.triggered_ladder`: a digit in or before the span
for the numbered sittings, years and counted members; a slash in it or in the word glued to
it for document codes), and decides as if every step ran. Sentences invented."""

import pytest
import spacy

import pipeline.components  # noqa: F401  (registers factories and token extensions)
from pipeline.components import org_deciders as d
from pipeline.components.org_candidates import DocFacts, marked_countries, token_table
from tests.readers import project_org_words


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


@pytest.fixture(scope="module")
def words():
    return project_org_words()


def _span(blank, text: str, span_text: str):
    doc = blank(text)
    start = text.index(span_text)
    span = doc.char_span(start, start + len(span_text))
    assert span is not None, span_text
    return span


def _facts(doc) -> DocFacts:
    return DocFacts(
        doc=doc, rule_spans=[], known_spans=[], furniture=[], places=set(), person_last=set(), lower_words=set()
    )


@pytest.mark.parametrize(
    "text, span_text, digit, slash",
    [
        # a digit in the span, or in the word before it
        ("Delegates at the 12th Kestrel Assembly voted.", "12th Kestrel Assembly", True, False),
        ("Delegates at the 12th Kestrel Assembly voted.", "Kestrel Assembly", True, False),
        ("The Tolsk Vision 2040 was adopted.", "Tolsk Vision 2040", True, False),
        # a slash in the span, or a word glued to its end
        ("See KFC/REF/2020 for details.", "KFC/REF/2020", True, True),
        ("See KFC/REF for details.", "KFC", False, True),
        # negatives: no digit and no slash, nothing glued to the end
        ("The Kestrel Fisheries Council met in Varna.", "Kestrel Fisheries Council", False, False),
        ("They met 12 members of the Kestrel Fisheries Council in Varna.", "Kestrel Fisheries Council", False, False),
    ],
)
def test_speed_ladder_triggers_steps_left_out(blank, text, span_text, digit, slash):
    span = _span(blank, text, span_text)
    steps = d.triggered_ladder(span, token_table(span.doc))
    assert [s for s in d.LADDER if s in steps] == list(steps)  # the ladder's order
    assert all(s in steps for s in d.LADDER if s not in d.NEEDS_A_DIGIT | d.NEEDS_A_SLASH)
    assert all((s in steps) == digit for s in d.NEEDS_A_DIGIT)
    assert all((s in steps) == slash for s in d.NEEDS_A_SLASH)


def _every_step(span, words) -> d.Verdict:
    """The ladder run step by step with no trigger: what `decide` must give."""
    doc, table = span.doc, token_table(span.doc)
    kept = [doc[i] for i in range(span.start, span.end) if not (table.space[i] or table.punct[i])]
    case = d.Case(span, d.clean(span), [t for t in kept if t.lower_ != "the"], _facts(doc), words, 2)
    for step in d.LADDER:
        verdict = step(case)
        if verdict is not None:
            return d.Verdict(verdict.name, verdict.acronym, verdict.reason, step.__name__)
    raise AssertionError


@pytest.mark.parametrize(
    "text, span_text, step",
    [
        ("Delegates at the 12th Kestrel Assembly voted.", "12th Kestrel Assembly", "numbered_occasion"),
        ("Delegates at the 12th Kestrel Assembly voted.", "Kestrel Assembly", "numbered_occasion"),
        ("The Tolsk Vision 2040 was adopted.", "Tolsk Vision 2040", "closed_by_a_year"),
        ("The Board of 12 Governors met.", "Board of 12 Governors", "counted_members"),
        ("See KFC/REF/2020 for details.", "KFC/REF/2020", "in_a_code"),
        # negatives: a step of the digit or slash triggers does not decide on these
        ("The Kestrel Fisheries Council met in Varna.", "Kestrel Fisheries Council", None),
        ("They met 12 members of the Kestrel Fisheries Council in Varna.", "Kestrel Fisheries Council", None),
    ],
)
def test_speed_ladder_triggers_decide_as_every_step(blank, words, text, span_text, step):
    span = _span(blank, text, span_text)
    with marked_countries(span.doc):
        expected = _every_step(span, words)
        assert d.decide(span, _facts(span.doc), words, min_chars=2) == expected
    if step is None:
        assert expected.step not in {s.__name__ for s in d.NEEDS_A_DIGIT | d.NEEDS_A_SLASH}
    else:
        assert expected.step == step
