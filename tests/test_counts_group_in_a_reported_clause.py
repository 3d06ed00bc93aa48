"""More than two people after "the" who then act together are those who met: also where they open
a clause reported after a verb and "that", and where another party is coordinated after them
before the verb. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.readers import count_rows


@pytest.mark.parametrize(
    "sentence, rows",
    [
        # Class: the group opens a reported clause
        ("The radio said that the six envoys discussed border trade with the host.", [(6, "exact", "participants")]),
        ("Officials reported that the nine mayors agreed on a joint plan.", [(9, "exact", "participants")]),
        # Class: another party coordinated after the group, before the joint verb
        ("The seven governors and the minister discussed the drought.", [(7, "exact", "participants")]),
        ("The eight ambassadors and Lena Ortiz reviewed the visa rules.", [(8, "exact", "participants")]),
        # negatives: two people are the two sides; a habit in the present is no meeting; a group
        # inside a clause with no reporting verb before "that" stays a reference
        ("The radio said that the two envoys discussed border trade.", []),
        ("The radio said that the six envoys represent their states.", []),
        ("It is a fact that the six envoys discussed trade.", []),
    ],
)
def test_counts_group_in_a_reported_clause_or_with_a_partner(nlp, sentence, rows):
    assert count_rows(nlp, sentence) == rows
