"""Two month forms: a season with its year ("spring 2009": its months; "early summer 2019":
its first month), and a month naming a meeting before its noun ("the November summit": that
month, as "in November"). Every sentence is written for the test."""

from __future__ import annotations

import pytest

from pipeline.components.dates import season_of_year
from tests.readers import date_rows_and_doc, date_spans

PERIODS = {"spring": "3-5", "summer": "6-8", "autumn": "9-11", "fall": "9-11", "winter": "12-2"}


@pytest.mark.parametrize(
    "words, year, expected",
    [
        (["spring", "2031"], 2031, ("2031-03", "2031-05", "season")),
        (["winter", "of", "2030"], 2030, ("2030-12", "2031-02", "season")),
        (["early", "summer", "2029"], 2029, ("2029-06", "2029-06", "month")),
        (["late", "autumn", "2029"], 2029, ("2029-11", "2029-11", "month")),
        (["mid", "winter", "2029"], 2029, ("2030-01", "2030-01", "month")),
    ],
)
def test_dates_season_of_year_pure(words, year, expected):
    assert season_of_year(words, year, PERIODS) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Class: a season with its year is that season's months, not the bare year
        ("The lecture series began in spring 2027 at the academy.", [("2027-03", "2027-05")]),
        ("A survey was launched in early summer 2026 among members.", [("2026-06", "2026-06")]),
        ("The fall 2025 term opened with a talk by the envoy.", [("2025-09", "2025-11")]),
        # negatives: a verb "fall" before a figure, and a year alone, stay what they were
        ("Tariffs fall 2030 percent short of the target.", []),
        ("The academy was founded in 2027.", [("2027", "2027")]),
    ],
)
def test_dates_season_with_its_year(nlp, sentence, expected):
    assert date_spans(nlp, sentence) == expected


#: A page dated 4 March 2031 by its header line.
HEADER = "Envoys meet in Tallinn\n\n4 March 2031\n\n"


@pytest.mark.parametrize(
    "body, expected",
    [
        # Class: a month before a meeting's noun names that month of the published year
        ("The envoy pledged support until the November summit.", [("the November summit", "2031-11")]),
        ("Ministers will prepare the June conference in Riga.", [("the June conference", "2031-06")]),
        # negatives: a month with its year, or before no meeting noun, is read as before
        ("The November 2029 summit was held in Riga.", [("November 2029", "2029-11")]),
        ("The November wind closed the port.", []),
    ],
)
def test_dates_month_before_a_meeting_noun(nlp, body, expected):
    rows, doc = date_rows_and_doc(nlp, HEADER + body)
    assert doc._.published == "2031-03-04"
    assert [(text, start) for text, start, _ in rows if text != "4 March 2031"] == expected
