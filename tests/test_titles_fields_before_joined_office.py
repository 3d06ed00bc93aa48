"""A list of an office's fields that a second office closes (round 8 of roles): in "Minister for
A, B and Minister for C, X" the "and" right before the second office joins the two offices, the
first office's fields run to the word before it, and both offices (with any office coordinated
before them) are X's, never the apposition of an earlier name in the sentence."""

from __future__ import annotations

import pytest

from tests.readers import role_triples


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Governor of Ohio, Anna Weber, and the Prime Minister, Minister for Energy, Mines and "
            "Minister for Defence, Paul Tremblay, met this evening.",
            {
                ("Anna Weber", "Governor", "Ohio"),
                ("Paul Tremblay", "Prime Minister", ""),
                ("Paul Tremblay", "Minister for Energy, Mines", ""),
                ("Paul Tremblay", "Minister for Defence", ""),
            },
        ),
        (
            "Talks were held with Minister of Finance, Planning and Minister of Trade Paul Tremblay.",
            {("Paul Tremblay", "Minister of Finance, Planning", ""), ("Paul Tremblay", "Minister of Trade", "")},
        ),
        # negative: a list of fields that "and" closes with a field stays one office (as before)
        (
            "Talks were held with the Minister of Finance, Planning and Trade, Paul Tremblay.",
            {("Paul Tremblay", "Minister of Finance, Planning and Trade", "")},
        ),
        # negative: a name before the "and" is no field (as before)
        (
            "Talks were held with the Minister of Finance, Anna Weber and the Minister of Trade, Paul Tremblay.",
            {("Anna Weber", "Minister of Finance", ""), ("Paul Tremblay", "Minister of Trade", "")},
        ),
    ],
)
def test_titles_fields_run_to_the_and_before_a_second_office(nlp, text, expected):
    assert role_triples(nlp, text) == expected
