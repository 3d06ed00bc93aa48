"""Class: an office written in capitals ("the CM", "EAM", "PM"), alone or after its country's
name or adjective ("Kyrgyz PM"), is a person's office, no organisation; a body's acronym
after a country stays."""

from __future__ import annotations

import pytest

from tests.readers import organisation_name_set, organisation_names_with_model_spans


@pytest.mark.parametrize(
    "text",
    [
        "While the CM invited more investors to Kerala, the envoy spoke of trade.",
        "The Foreign Minister of Bhutan was called on EAM on 4 May 2019.",
    ],
)
def test_office_letters_alone_are_no_organisation(nlp, text):
    names = organisation_name_set(nlp, text)
    assert "CM" not in names and "EAM" not in names


@pytest.mark.parametrize(
    "text, span, kept",
    [
        ("The talks of Kazakh Prime Minister Asan Bekov and Kyrgyz PM Nurlan Osmonov went well.", "Kyrgyz PM", False),
        ("Later the Indian EAM met the envoy from Chile.", "Indian EAM", False),
        # a body's acronym after its country is the body
        ("Later the Kenyan NDMA met the envoy from Chile.", "Kenyan NDMA", True),
    ],
)
def test_a_countrys_office_letters(nlp, text, span, kept):
    names = organisation_names_with_model_spans(nlp, text, span)
    assert (span in names) is kept
