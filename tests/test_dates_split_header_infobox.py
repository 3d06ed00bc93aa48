"""The published date, round cdm: a header date written one field a line, and an infobox's
"Dates" field on a reference page. Every page here is written for the test."""

from __future__ import annotations

import pytest

HEADLINE = "Regional ministers agree on a water strategy\n\n"
BODY = "\n\nThe ministers of the region adopted a common water strategy today.\n"


def dated(doc):
    return sorted((d["date_start"], d["date_end"], d["role"]) for d in doc._.dates if d["date_start"])


@pytest.mark.parametrize(
    "header, published",
    [
        # Class: a header date split one field a line (a template's date box), the place below it
        ("14\nMarch\n2011\nAmman", "2011-03-14"),
        ("3\nOctober\n\n2015", "2015-10-03"),
        ("October\n3\n2015", "2015-10-03"),
        ("Monday\n14\nMarch\n2011", "2011-03-14"),
        # negatives: numbered lines, and a month with no day, are no split date
        ("14\nMinisters\n2011", None),
        ("March\n2011", None),
    ],
)
def test_dates_published_split_header(nlp, header, published):
    assert nlp(HEADLINE + header + BODY)._.published == published


def test_dates_split_header_is_one_day_not_a_stray_year(nlp):
    doc = nlp(HEADLINE + "14\nMarch\n2011\nAmman" + BODY)
    # the header's day (role published) and "today" resolved against it; no year row "2011"
    assert [d[:2] for d in dated(doc)] == [("2011-03-14", "2011-03-14")] * 2
    assert ("2011-03-14", "2011-03-14", "published") in dated(doc)


@pytest.mark.parametrize(
    "header, published",
    [
        # Class: a reference page's infobox "Dates" field is the event's day, not the page's
        ("Andean Water Summit\nHost country Ecuador\nDates May 4, 2009\nVenue Quito", None),
        ("Dates: 4 May 2009", None),
        # negatives: a singular "Date:" label on a release, and a plain header date
        ("Date: 4 May 2009", "2009-05-04"),
        ("Monday, 4 May 2009", "2009-05-04"),
    ],
)
def test_dates_published_infobox_dates_field(nlp, header, published):
    assert nlp(HEADLINE + header + BODY)._.published == published


@pytest.mark.parametrize(
    "header, published",
    [
        # Class: a localised template's Russian furniture date (short, genitive month forms)
        ("Опубликовано: Пнд, 14 Мар 2016, 09:10", "2016-03-14"),
        ("14 марта 2016", "2016-03-14"),
        # negative: a month word with no day is no header day
        ("Мар 2016", None),
    ],
)
def test_dates_published_russian_furniture_month(nlp, header, published):
    assert nlp(HEADLINE + header + BODY)._.published == published
