"""Organisations, round g7: classes from held-out sets 27-35 (a model span run on into the
office-holder's name, the body whose office a person holds, a chamber's own one-word name).

Each table is one class of error, on sentences written for these tests (no sentence or
name of a reviewed text); the full model reads them (the `nlp` fixture). Each table has
rows the rule must fire on and rows it must leave alone."""

from __future__ import annotations

import pytest


def names_with_model_span(nlp, text: str, span_text: str, label: str = "ORG") -> list[str]:
    """The organisations' names where the model gave `span_text` one span of `label` (the
    model's error the rule repairs, set right after `ner` so that the test does not hang on
    what the model reads today)."""
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name == "ner":
            start = text.index(span_text)
            span = doc.char_span(start, start + len(span_text), label=label)
            doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [span]
    return [o["name"] for o in doc._.organisations]


# class: a model ORG span run on into the name of the person who holds its office ("Speaker
# of the <Country adj> House of Representatives <Name>"): the part before the name is still
# the body's name when a rule finds the person
@pytest.mark.parametrize(
    "text, span_text, present, absent",
    [
        (
            "They hailed the talks between Chairman Le Van Tam and Speaker of the Ruritanian "
            "House of Representatives Omar Zaki Al Haddad on trade.",
            "the Ruritanian House of Representatives Omar Zaki Al Haddad",
            "Ruritanian House of Representatives",
            "Omar Zaki Al Haddad",
        ),
        # negative: a span that is all the person's name leaves no body behind
        (
            "The envoy later met Speaker Ingrid Marie Solberg in the capital.",
            "Ingrid Marie Solberg",
            None,
            "Ingrid Marie Solberg",
        ),
    ],
)
def test_organisations_a_span_run_into_the_office_holders_name(nlp, text, span_text, present, absent):
    found = names_with_model_span(nlp, text, span_text)
    if present:
        assert present in found
    assert absent not in found
    assert not any(absent in name for name in found)
