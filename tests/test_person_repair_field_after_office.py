"""A minister's or a department's field after an office is no one's name (`communique_person_repair`,
lexicon `portfolio`): the fields of rural ministries and county departments. Every
sentence here is written for the test."""

from __future__ import annotations

import pytest

from tests.readers import person_names, role_pairs


@pytest.mark.parametrize(
    "text, not_people",
    [
        # class: a department's field written after its director's office in a list
        (
            "Also present were Director Roads, Director Livestock, Director Water and Director Lands of the county.",
            {"Livestock"},
        ),
    ],
)
def test_person_repair_field_after_office_is_no_person(nlp, text, not_people):
    assert not (person_names(nlp, text) & not_people)


@pytest.mark.parametrize(
    "text, pair",
    [
        # class: the field makes a minister's office before a name
        ("Forestry Minister Ana Ruiz met Livestock Minister Tom Reyes in Lima.", ("Tom Reyes", "Livestock Minister")),
        ("Forestry Minister Ana Ruiz met Livestock Minister Tom Reyes in Lima.", ("Ana Ruiz", "Forestry Minister")),
        # negative: a field word inside a body's name after the office is that body's, no name
        ("Director Ana Ruiz of the Water Board met Livestock Minister Tom Reyes.", ("Ana Ruiz", "Director")),
    ],
)
def test_person_repair_field_minister(nlp, text, pair):
    assert pair in role_pairs(nlp, text)
