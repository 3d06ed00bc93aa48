"""The published date against three kinds of page furniture (an embedded social post's date, a
top bar's day of viewing later than the item's update stamp) and "this <weekday>" read in the
published date's own week. Every page is written for the test."""

from __future__ import annotations

import pytest

from tests.readers import date_rows_and_doc

HEADLINE = "Coastal states agree on a fisheries plan\n\n"
BODY = "\n\nThe fisheries ministers of the coast adopted a common plan at their meeting in Praia.\n"


@pytest.mark.parametrize(
    "page, published",
    [
        # Class: an embedded post's date after its poster's "(@handle)", on the line below or on
        # the same line: the post's, never the page's; the crawler's stamp dates the page
        (
            "date 2023-06-14 " + HEADLINE + "The ministers signed the plan.\n\n"
            "— Fisheries Office Cabo Verde (@PescasCV)\n\nJune 12, 2023" + BODY,
            "2023-06-14",
        ),
        (
            "date 2023-06-14 " + HEADLINE + "The ministers signed the plan.\n\n"
            "— Fisheries Office Cabo Verde (@PescasCV) June 12, 2023" + BODY,
            "2023-06-14",
        ),
        # negative: a date line under no post's credit is a header date
        ("date 2023-06-14 " + HEADLINE + "Fisheries Office Cabo Verde\n\nJune 12, 2023" + BODY, "2023-06-12"),
    ],
)
def test_dates_published_an_embedded_posts_date_is_not_the_pages(nlp, page, published):
    assert nlp(page)._.published == published


@pytest.mark.parametrize(
    "header, published",
    [
        # Class: a top bar's day later than the item's update stamp is the day of viewing
        (
            "Friday, 14 Mar, 2025\n\nNews\n\n" + HEADLINE + "Desk | coastnews.example\nUpdate: 2023-06-14 09:12:40",
            "2023-06-14",
        ),
        # negatives: a header date before its update stamp stays the page's date
        (
            "Tuesday, 13 Jun, 2023\n\nNews\n\n" + HEADLINE + "Desk | coastnews.example\nUpdate: 2023-06-14 09:12:40",
            "2023-06-13",
        ),
        ("Friday, 14 Mar, 2025\n\nNews\n\n" + HEADLINE, "2025-03-14"),
    ],
)
def test_dates_published_top_bar_later_than_the_update_stamp(nlp, header, published):
    assert nlp(header + BODY)._.published == published


@pytest.mark.parametrize(
    "sentence, start",
    [
        # Class: "this <weekday>" is that day of the published date's week (Wednesday 14 June
        # 2023 here), whatever the tense: a release written before the day, put online after it
        ("The minister will travel to Praia this Monday for the talks.", "2023-06-12"),
        ("The minister will travel to Praia this Friday for the talks.", "2023-06-16"),
        ("The ministers met in Praia this Tuesday.", "2023-06-13"),
        # negatives: a bare weekday keeps its tense; "next" looks a week ahead
        ("The minister will travel to Praia on Monday for the talks.", "2023-06-19"),
        ("The minister will travel to Praia next Monday for the talks.", "2023-06-19"),
    ],
)
def test_dates_this_weekday_is_in_the_published_week(nlp, sentence, start):
    rows, doc = date_rows_and_doc(nlp, HEADLINE + "14 June 2023\n\n" + sentence + "\n")
    assert doc._.published == "2023-06-14"
    assert [s for text, s, _ in rows if text.lower().endswith("day")] == [start]
