"""Counts: "a group of N members of <a body>" is a party of people who came, even where the verb
that says so stands far after a long aside; a group that is a standing body's make-up is not.
Every sentence is written for the test. Needs the tagger."""

import pytest

from tests.readers import count_rows


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: "a group of N members" after "a": the party that came
        (
            "On 3 May, a group of 40 members of the Senate of the Ruritanian Parliament, led by Senator "
            "Lena Varga, First Deputy Speaker, and Senator Omar Haddad, Second Deputy Speaker of the "
            "Senate, arrived in Tallinn for a study programme on parliamentary affairs.",
            [(40, "exact", "participants")],
        ),
        (
            "A group of 25 members of the city council of Lyon, led by councillor Ines Moreau "
            "and her two deputies Karl Berg and Mia Lund of the budget committee, landed in Riga on Friday.",
            [(25, "exact", "participants")],
        ),
        # negatives: a standing body's make-up ("is a group of"), "the working group of N members"
        (
            "The steering committee is a group of 12 members of the Senate of the Ruritanian Parliament, "
            "chaired by Senator Lena Varga, First Deputy Speaker, and Senator Omar Haddad, who review bills.",
            [],
        ),
        (
            "The working group of 12 members of the Senate, chaired by Senator Lena Varga, First Deputy "
            "Speaker, and Senator Omar Haddad, Second Deputy Speaker of the Senate, reviewed the rules.",
            [],
        ),
    ],
)
def test_counts_a_group_of_members_is_a_party_that_came(nlp, text, expected):
    assert count_rows(nlp, text) == expected
