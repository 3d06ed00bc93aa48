"""Counts by class: those counted as the subject of a passive invitation far from their noun are
invitations, not a turnout; a panel or programme that features people has them take part.
Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.readers import count_values_and_units


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Class: the counted are the subject of "were invited", a long phrase between.
        ("Some 900 guests from the business world were invited to the reception.", []),
        ("About 400 notable figures from many different sectors had been invited to the gala dinner.", []),
        # Negatives: those who took part still count.
        ("Some 400 scholars from many countries took part in the forum.", [(400, "participants")]),
        ("About 60 delegates from the whole region attended the opening.", [(60, "participants")]),
    ],
)
def test_counts_passive_invitation_is_no_turnout(nlp, sentence, expected):
    assert count_values_and_units(nlp, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Class: a panel featuring people has them take part.
        ("The round table will feature five ICRC members with long field experience.", [(5, "participants")]),
        ("The evening debate featured three AU members from the Sahel.", [(3, "participants")]),
        # Negative: members of a body with no word of taking part are its size.
        ("The round table has five ICRC members with long field experience.", []),
    ],
)
def test_counts_featured_people_take_part(nlp, sentence, expected):
    assert count_values_and_units(nlp, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Class: "every" before a number makes a ratio or a frequency, no count.
        ("One in every nine coastal residents works in fishing.", []),
        ("Every five delegates shared an interpreter at the forum.", []),
        # Negatives: a count beside "every" elsewhere in the sentence stays.
        ("Every one of the 40 delegates attended the forum.", [(40, "participants")]),
        ("Some 40 delegates attended the forum every two years.", [(40, "participants")]),
    ],
)
def test_counts_every_before_a_number_is_a_ratio(nlp, sentence, expected):
    assert count_values_and_units(nlp, sentence) == expected


# Class (review of round 1): "feature" says people take part only right after a panel, debate or
# programme word; the verb alone ("the report features data from 150 countries") marks no
# attendance, so the count is not linked to the document's event
@pytest.mark.parametrize(
    "sentence, attendance",
    [
        ("The closing panel featured eight ministers from the region.", True),
        ("The evening debate featuring six envoys was broadcast live.", True),
        ("The annual report features data from 150 countries.", False),
        ("The film festival featured films from 30 countries.", False),
        ("The magazine featured 12 leaders on its cover.", False),
    ],
)
def test_counts_feature_cue_needs_a_panel_word(nlp, sentence, attendance):
    assert [row["attendance"] for row in nlp(sentence)._.counts] == [attendance]
