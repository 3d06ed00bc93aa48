"""Class: a body's word and a word of no body after it, no preposition in the span, cut inside
an office of two words that opens with that word ("Party General" of "Party General
Secretary") is part of a person's title, no organisation; a body before a whole office stays,
and so does a place before an office (the titles read it: "Sharjah Crown" of "Sharjah Crown
Prince")."""

from __future__ import annotations

import pytest

from tests.readers import organisation_names_with_model_spans


@pytest.mark.parametrize(
    "text, span",
    [
        ("He will meet Party General Secretary To Lam and President Luong Cuong.", "Party General"),
        ("The Andean Labour Party General Secretary Ana Solo spoke in Lima.", "Andean Labour Party General"),
        ("They met Union General Secretary Ana Solo.", "Union General"),
    ],
)
def test_a_span_cut_inside_an_office_is_none(nlp, text, span):
    assert span not in organisation_names_with_model_spans(nlp, text, span)


@pytest.mark.parametrize(
    "text, span",
    [
        ("He met the Nordic Council Secretary General Ana Solo.", "Nordic Council"),
        ("Amnesty International Secretary General Ana Solo spoke.", "Amnesty International"),
    ],
)
def test_a_body_before_an_office_stays(nlp, text, span):
    assert span in organisation_names_with_model_spans(nlp, text, span)
