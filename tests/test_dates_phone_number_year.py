"""A four-digit number that closes a phone number ("(+233) 302-2015") is no year. Every page is
written for the test."""

from __future__ import annotations

import pytest

from tests.readers import date_rows_and_doc

#: A page dated Tuesday 12 March 2019.
HEADER = "Trade office opens in Tamale\n\n12 March 2019\n\n"


def body_dates(nlp, sentence: str) -> list[tuple[str, str, str]]:
    rows, doc = date_rows_and_doc(nlp, HEADER + sentence + "\n")
    assert doc._.published == "2019-03-12"
    return rows[1:]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Class: the last group of a phone number, glued by a hyphen to three digits
        ("For details call the trade office on (+233) 302-2015 or 302-0613.", []),
        ("Contact the hotline at 555-2010 during office hours.", []),
        ("Dial the free line 0800-2014 for bookings.", []),
        # negatives: a year range, a year after a day and a month, a year in running text
        ("The plan ran over 1998-2002 in the north.", [("1998-2002", "1998", "2002")]),
        ("The office first opened in 2015 in the north.", [("2015", "2015", "2015")]),
    ],
)
def test_dates_phone_number_group_is_no_year(nlp, sentence, expected):
    assert body_dates(nlp, sentence) == expected
