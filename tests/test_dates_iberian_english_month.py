"""A date of an Iberian page translated into English that kept its "de" before the year ("Friday,
06 May de 2022"): one day, and a header date. Every page is written for the test."""

from __future__ import annotations

import pytest

from tests.readers import date_rows_and_doc


@pytest.mark.parametrize(
    "page, published, rows",
    [
        # Class: the header date, its weekday and time beside it: the page's date
        (
            "• Maputo • Tuesday, 03 May de 2022 | 09h40\n\nMozambique and Chile on Tuesday discussed trade.\n",
            "2022-05-03",
            [("2022-05-03", "2022-05-03")],
        ),
        # the same with "de" on both sides of the month, in running text
        (
            "The accord was signed on 6 de May de 2021 in Maputo.\n",
            None,
            [("2021-05-06", "2021-05-06")],
        ),
        # negatives: a month with "de" and no year, and a square's name, are no dates
        ("Crowds filled the square 25 de May in the capital.\n", None, []),
        ("Crowds filled the Plaza de Mayo on the eve of the vote.\n", None, []),
    ],
)
def test_dates_english_month_with_iberian_de_before_the_year(nlp, page, published, rows):
    got, doc = date_rows_and_doc(nlp, page)
    assert doc._.published == published
    assert sorted({(s, e) for _, s, e in got}) == rows
