"""A month named alone ("in November") takes its year from the published date and the tense of
its sentence: told in the past, a month later in the year than the published one is last
year's; a month ahead keeps the published year. Every page is written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.components.dates import resolve_relative
from tests.readers import date_rows_and_doc


@pytest.mark.parametrize(
    "words, anchor, tense, expected",
    [
        (["in", "November"], date(2031, 3, 4), "past", "2030-11"),
        (["in", "November"], date(2031, 3, 4), "future", "2031-11"),
        (["in", "February"], date(2031, 10, 4), "future", "2031-02"),
        (["in", "February"], date(2031, 10, 4), "past", "2031-02"),
        # negatives: no tense keeps the published year; the published month itself stays
        (["in", "November"], date(2031, 3, 4), "", "2031-11"),
        (["in", "March"], date(2031, 3, 4), "past", "2031-03"),
        (["in", "March"], date(2031, 3, 4), "future", "2031-03"),
        # "since" looks back whatever the verb
        (["since", "November"], date(2031, 3, 4), "", "2030-11"),
    ],
)
def test_dates_month_alone_takes_the_year_its_tense_points_to(words, anchor, tense, expected):
    res = resolve_relative(words, anchor, future=tense == "future", past=tense == "past")
    assert res == (expected, expected, "month")


#: A page dated Tuesday 4 March 2031 by its header line.
HEADER = "Envoys meet in Tallinn\n\n4 March 2031\n\n"


def month_starts(nlp, body: str) -> list[str]:
    rows, doc = date_rows_and_doc(nlp, HEADER + body)
    assert doc._.published == "2031-03-04"
    return [start for text, start, _ in rows if text != "4 March 2031"]


@pytest.mark.parametrize(
    "body, start",
    [
        # Class: told in the past, a later month than the published one lies in the year before
        ("The fisheries accord, concluded in October, covers joint patrols.", "2030-10"),
        ("In November, the deputy speaker urged closer ties with the region.", "2030-11"),
        ("The envoy arrived in Tallinn in September and presented his letters.", "2030-09"),
        # negatives: the future and plans keep the published year; an earlier month stays in it
        ("The ministers agreed to convene again in October.", "2031-10"),
        ("The next round will take place in November in Riga.", "2031-11"),
        ("The accord was concluded in January after long talks.", "2031-01"),
        ("The summit is planned in October.", "2031-10"),
    ],
)
def test_dates_month_alone_in_a_past_sentence_is_the_last_one(nlp, body, start):
    assert month_starts(nlp, body) == [start]


def test_dates_month_alone_in_a_future_sentence_keeps_the_published_year(nlp):
    # negative: on a page of October, a plan for February keeps the document's year
    rows, doc = date_rows_and_doc(
        nlp, "Envoys meet in Tallinn\n\n14 October 2031\n\nThe talks will resume in February."
    )
    assert doc._.published == "2031-10-14"
    assert [start for text, start, _ in rows if text != "14 October 2031"] == ["2031-02"]
