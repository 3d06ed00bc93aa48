"""Dates round 3 (counts3): "N years ago" told back from the published date, and a post's header
stamp whose poster's handle follows its time. Sentences written for these tests; full pipeline."""

import pytest

from tests.readers import date_rows_and_doc

HEADER = "Ministers meet in Apia\n\n9 March 2021\n\n"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # class: a span back from the published date, at the unit's granularity (rule `date:ago`)
        ("Since we last met in Suva two years ago, much has changed.", ("2019", "2019", "year")),
        ("The accord was signed a year ago.", ("2020", "2020", "year")),
        ("Three months ago the ministers met in Suva.", ("2020-12", "2020-12", "month")),
        ("The talks opened 10 days ago.", ("2021-02-27", "2021-02-27", "day")),
    ],
)
def test_dates_ago_resolved_from_published(nlp, sentence, expected):
    found, doc = date_rows_and_doc(nlp, HEADER + sentence, granularity=True)
    assert doc._.published == "2021-03-09"
    assert expected in [f[1:] for f in found[1:]], found


@pytest.mark.parametrize("sentence", ["The council was founded fifty years ago.", "It began 20 years ago in Suva."])
def test_dates_ago_round_years_are_approximate(nlp, sentence):
    found, _ = date_rows_and_doc(nlp, HEADER + sentence)
    assert [f[1:] for f in found[1:]] == [("", "")], found


def test_dates_ago_without_published_has_no_dates(nlp):
    found, _ = date_rows_and_doc(nlp, "The ministers met in Suva two years ago.")
    assert [f[1:] for f in found if f[0] == "two years ago"] == [("", "")]


@pytest.mark.parametrize(
    "header, published",
    [
        # class: a post's stamp, its time, then the poster's handle after a double dash
        ("Tue, 03/09/2021 - 08:15 -- newsdesk", "2021-03-09"),
        ("Tue, 03/09/2021 - 08:15 -- web.editor", "2021-03-09"),
        # negative: running text after the dash is no handle
        ("Tue, 03/09/2021 - 08:15 -- the ministers opened their talks in Apia", None),
    ],
)
def test_dates_poster_handle_after_a_header_date(nlp, header, published):
    text = "Ministers meet in Apia\n\n" + header + "\n\nThe ministers met in Apia for two days of talks.\n"
    assert nlp(text)._.published == published


@pytest.mark.parametrize(
    "line, published",
    [
        # class: a date opening the body's line, a full stop closing it, the body running on
        ("4 May, 2020. Hearing the voice of fishers is important for the region, said the minister.", "2020-05-04"),
        # negative: a sentence that only mentions the date further on is no dateline
        ("Hearing the voice of fishers on 4 May, 2020. was important, said the minister.", None),
    ],
)
def test_dates_date_opening_the_body_with_a_full_stop(nlp, line, published):
    assert nlp("Hearing the Voice of Fishers\n" + line + "\n")._.published == published
