"""A dotted numeric day with a two-digit year ("18.06.09") is a date, day first, where a day the
text writes in full lies within a month of it, as a slashed one ("18/6/09") already was; a numeric
day with its full year ("21.06.2009") is such a day too. Every page is written for the test."""

from __future__ import annotations

import pytest

from tests.readers import date_rows_and_doc


@pytest.mark.parametrize(
    "page, rows",
    [
        # Class: a dotted two-digit year near a numeric day with its full year, or a written one
        (
            "Ref 4471 - The Speaker meets a delegation of senators – 18.06.09\n\nDate 21.06.2009\n\nThe Speaker met them.\n",
            [("18.06.09", "2009-06-18", "2009-06-18"), ("21.06.2009", "2009-06-21", "2009-06-21")],
        ),
        (
            "Senators visit the port – 03.02.11\n\n7 February 2011\n\nThe senators toured the port.\n",
            [("03.02.11", "2011-02-03", "2011-02-03"), ("7 February 2011", "2011-02-07", "2011-02-07")],
        ),
        # negatives: no day written in full near it (a version number), or one too far away
        ("Release notes\n\nVersion 18.06.09 of the tool was released.\n", []),
        (
            "Date 21.06.2009\n\nThe tool, version 1.2.09, was released.\n",
            [("21.06.2009", "2009-06-21", "2009-06-21")],
        ),
    ],
)
def test_dates_dotted_two_digit_year_near_a_full_day(nlp, page, rows):
    found, _ = date_rows_and_doc(nlp, page)
    assert found == rows
