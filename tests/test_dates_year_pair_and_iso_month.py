"""Two forms of years: two years in a row coordinated after a preposition ("in 2014 and 2015")
are one date, first to last, as coordinated days are; a year and its month in ISO form
("2031-04") are that month, never a range of years ending before it starts. Every sentence is
written for the test."""

from __future__ import annotations

import pytest

from pipeline.components.dates import resolve_absolute
from tests.readers import date_spans


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Class: two years in a row, coordinated: one date
        ("The island held the council's chair in 2026 and 2027.", [("2026", "2027")]),
        ("Trade grew steadily during 1998 and 1999, the envoy noted.", [("1998", "1999")]),
        # negatives: years not in a row, or a list of three, stay separate years
        ("The island held the council's chair in 2026 and 2029.", [("2026", "2026"), ("2029", "2029")]),
        (
            "The island chaired the council in 2025, 2026 and 2027.",
            [("2025", "2025"), ("2026", "2026"), ("2027", "2027")],
        ),
        # "between" already made a range
        ("Talks ran between 2026 and 2028.", [("2026", "2028")]),
    ],
)
def test_dates_two_years_in_a_row_coordinated_are_one_date(nlp, sentence, expected):
    assert date_spans(nlp, sentence) == expected


@pytest.mark.parametrize(
    "tokens, expected",
    [
        # Class: a year and its month, ISO-style
        (["2031-04"], ("2031-04", "2031-04", "month")),
        (["2029-11"], ("2029-11", "2029-11", "month")),
        # negatives: a short second year after the first is a range of years
        (["2031-32"], ("2031", "2032", "year")),
        (["2011-12"], ("2011", "2012", "year")),
    ],
)
def test_dates_a_year_and_its_month_iso_style_is_no_range(tokens, expected):
    assert resolve_absolute(tokens, None) == expected


def test_dates_a_year_and_its_month_in_a_sentence(nlp):
    assert date_spans(nlp, "The index of 2030-09 showed slower trade.") == [("2030-09", "2030-09")]
