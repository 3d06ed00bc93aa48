"""A month joined to its year by "of" ("in September of 2018"). Every page is written for the
test."""

from __future__ import annotations

import pytest

from tests.readers import date_rows_and_doc

#: A page dated Monday 24 February 2020.
HEADER = "Lawmakers visit the region\n\n24 February 2020\n\n"


def body_dates(nlp, sentence: str) -> list[tuple[str, str]]:
    rows, doc = date_rows_and_doc(nlp, HEADER + sentence + "\n")
    assert doc._.published == "2020-02-24"
    return [(s, e) for _, s, e in rows[1:]]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Class: "<Month> of <year>" is that month, "mid-" before it or not
        ("The fund opened in September of 2018.", [("2018-09", "2018-09")]),
        ("The next session is due in mid-October of 2021.", [("2021-10", "2021-10")]),
        # negatives: a month and its year as usual; "of" before no year stays a month of this year
        ("The fund opened in September 2018.", [("2018-09", "2018-09")]),
    ],
)
def test_dates_month_of_year_is_one_month(nlp, sentence, expected):
    assert body_dates(nlp, sentence) == expected
