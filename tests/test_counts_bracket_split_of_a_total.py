"""Delegation sizes in brackets after each country count only where no total precedes them: a
people noun that carries its own number ("a total of 52 delegates from Fiji (30), Samoa (22)")
has its count, and the brackets split it, as the parts of a total split by sex are no counts of
their own (`communique_counts`). Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from tests.readers import count_rows


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: the brackets split a total the people noun carries
        ("A total of 52 delegates attended the forum from Fiji (30), Samoa (12) and Tonga (10).", [52]),
        ("The seminar drew 75 participants from Palau (40), Nauru (20) and Tuvalu (15).", [75]),
        ("There were some 64 young experts from Chad (33), Niger (19) and Mali (12) at the course.", [64]),
        # negative: no number on the people noun, each bracket is the size a country sent
        ("There were large delegations from Palau (40), Nauru (20) and Tuvalu (15).", [40, 20, 15]),
        ("Participants came from Chad (33) and Niger (19).", [33, 19]),
    ],
)
def test_counts_brackets_after_a_counted_total_split_it(nlp, text, expected):
    assert [v for v, _, u in count_rows(nlp, text) if u == "participants"] == expected
