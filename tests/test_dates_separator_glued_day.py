"""A header bar's separator glued to the day of a header date ("… talks   |14 March 2021") hides no
date: the day, its month and year are read, and the page is dated by it. Every page is written
for the test."""

from __future__ import annotations

import pytest

from tests.readers import date_rows_and_doc

PAGE = "Share on:\n\nFacebook X\n\n\nEnvoy briefs the President on grain talks   {line}\n\nThe envoy held talks.\n"


@pytest.mark.parametrize(
    "line, rows, published",
    [
        # Class: a bar glued before the day
        ("|14 March 2021", [("14 March 2021", "2021-03-14", "2021-03-14")], "2021-03-14"),
        ("News |3 June 2019", [("3 June 2019", "2019-06-03", "2019-06-03")], "2019-06-03"),
        # negatives: a separator with a space after it as before; a separator glued to a number
        # that no month follows stays no date
        ("| 14 March 2021", [("14 March 2021", "2021-03-14", "2021-03-14")], "2021-03-14"),
        ("|14 stories", [], None),
    ],
)
def test_dates_separator_glued_to_the_day(nlp, line, rows, published):
    found, doc = date_rows_and_doc(nlp, PAGE.format(line=line))
    assert found == rows
    assert doc._.published == published
