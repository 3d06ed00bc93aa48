"""A person span headed by a church's, a shop's or a chapel's noun is no person
(`communique_person_repair`, lexicon `place_noun`); after a courtesy title the same word is a
surname. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from tests.readers import person_names


@pytest.mark.parametrize(
    "text, not_people",
    [
        # class: a church's name the model read as a person's
        ("The declaration was also signed by the Serbian Orthodox Church and two charities.", {"Orthodox Church"}),
        ("The choir of the Armenian Apostolic Church sang at the opening.", {"Apostolic Church"}),
    ],
)
def test_person_repair_church_is_no_person(nlp, text, not_people):
    assert not (person_names(nlp, text) & not_people)


@pytest.mark.parametrize(
    "text, person",
    [
        # negative: after a courtesy title the head word is a surname
        ("Ms. Laura Church, the deputy consul, welcomed the guests.", "Laura Church"),
        ("Mr. Dennis Market, the trade attaché, opened the fair.", "Dennis Market"),
    ],
)
def test_person_repair_place_head_after_courtesy_title_is_a_surname(nlp, text, person):
    assert person in person_names(nlp, text)
