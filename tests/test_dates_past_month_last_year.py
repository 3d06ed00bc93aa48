"""A month written without its year, told in the past tense, that comes later in the year than
the page's own month: it is the month of the year before. Every page is written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.components.dates import resolve_relative
from tests.readers import date_rows_and_doc

#: A page dated Thursday 12 March 2020.
HEADER = "Envoys meet in the capital\n\n12 March 2020\n\n"


def body_dates(nlp, sentence: str) -> list[tuple[str, str]]:
    rows, doc = date_rows_and_doc(nlp, HEADER + sentence + "\n")
    assert doc._.published == "2020-03-12"
    return [(s, e) for _, s, e in rows[1:]]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Class: a past verb and a month still to come this year: last year's month
        ("The fisheries accord, ratified in October, covers three ports.", [("2019-10", "2019-10")]),
        ("In November, a senior senator stressed the need for closer ties.", [("2019-11", "2019-11")]),
        ("The two agencies opened a joint office in July.", [("2019-07", "2019-07")]),
        # negatives: a month already past this year stays in it; a future verb keeps the coming month;
        # the page's own month stays; a month with its year keeps that year
        ("The two agencies opened a joint office in January.", [("2020-01", "2020-01")]),
        ("The two agencies will open a joint office in October.", [("2020-10", "2020-10")]),
        ("The two agencies opened a joint office in March.", [("2020-03", "2020-03")]),
        ("The two agencies opened a joint office in October 2020.", [("2020-10", "2020-10")]),
    ],
)
def test_dates_past_month_after_the_page_is_last_year(nlp, sentence, expected):
    assert body_dates(nlp, sentence) == expected


@pytest.mark.parametrize(
    "words, past, expected",
    [
        (["in", "November"], True, ("2019-11", "2019-11", "month")),
        (["in", "November"], False, ("2020-11", "2020-11", "month")),
        (["in", "February"], True, ("2020-02", "2020-02", "month")),
        # a shift word decides by itself
        (["this", "November"], True, ("2020-11", "2020-11", "month")),
    ],
)
def test_dates_resolve_relative_past_month(words, past, expected):
    assert resolve_relative(words, date(2020, 3, 12), past=past) == expected
