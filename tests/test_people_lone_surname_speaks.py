"""A surname the model tags alone, with no fuller name or office in the document, is kept where a
speech verb follows it ("X said", "X also stressed"); other lone words stay dropped
(`communique_people`, `dropped:lone-word`). Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.readers import person_names


@pytest.mark.parametrize(
    "text, person",
    [
        # class: a lone surname that speaks
        (
            '"We will keep supporting the reforms," Kovalenko said after the talks in Kyiv. '
            "Kovalenko also stressed the need for stable funding.",
            "Kovalenko",
        ),
    ],
)
def test_people_lone_surname_that_speaks_is_kept(nlp, text, person):
    assert person in person_names(nlp, text)


@pytest.mark.parametrize(
    "text, not_person",
    [
        # negative: a place alone, no speech verb right after it
        ("Visitors came from Panaji, and said they were happy with the fair.", "Panaji"),
        ("The delegation toured Mangalore on Tuesday before flying home.", "Mangalore"),
    ],
)
def test_people_lone_word_without_speech_verb_stays_dropped(nlp, text, not_person):
    assert not_person not in person_names(nlp, text)
