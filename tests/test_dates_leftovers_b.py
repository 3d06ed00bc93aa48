"""Dates and published dates, leftovers b (held-out 28's classes), on pages and sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.readers import date_spans

HEADLINE = "Coastal states agree on a shared fisheries register\n\n"
BODY = "\n\nThe fisheries officials of the coastal states adopted a shared register at their talks.\n"


# class (held-out 28): a month's full name with a stray full stop after it, some sites' house
# style ("Posted March. 3, 2011"): one day; with no year after it no date is read into the
# next sentence's number
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The ferry line opens on October. 9, 2024 in Valletta.", [("2024-10-09", "2024-10-09")]),
        ("The talks are set for March. 3, 2011 at the port.", [("2011-03-03", "2011-03-03")]),
        # negative: a sentence ending at the month, a number opening the next (held in a month
        # later than the page's January: last year's, as test_dates_past_month_last_year reads it)
        ("The talks were held in October. 9 ministers came.", [("2023-10", "2023-10")]),
    ],
)
def test_dates_month_with_a_stray_full_stop(nlp, sentence, expected):
    assert date_spans(nlp, "Ferry talks\n\n2 January 2024\n\n" + sentence)[1:] == expected


@pytest.mark.parametrize(
    "header, published",
    [
        ("Posted October. 9, 2024 10:15,", "2024-10-09"),
        ("Posted Oct. 9, 2024 10:15,", "2024-10-09"),
    ],
)
def test_dates_published_month_with_a_stray_full_stop(nlp, header, published):
    assert nlp(HEADLINE + header + BODY)._.published == published


# class (held-out 28): a dateline of the source in capitals and its date in brackets, the
# body's first sentence right after the bracket with no colon or dash
@pytest.mark.parametrize(
    "page, published",
    [
        ("NORDIC FISHERIES COLLEGE (Oct. 9, 2024) Twelve ministers attended the talks in Oslo.", "2024-10-09"),
        ("TROMSO (9 October 2024) Officials of five states met on the quay.", "2024-10-09"),
        # negative: a title-case name or running text before the bracket is no dateline
        ("The Nordic Fisheries College (Oct. 9, 2024) Twelve ministers attended the talks.", None),
        ("Ministers met in Oslo. The seminar (Oct. 9, 2024) was a success.", None),
    ],
)
def test_dates_capitals_dateline_with_a_bracketed_date(nlp, page, published):
    assert nlp(page)._.published == published
