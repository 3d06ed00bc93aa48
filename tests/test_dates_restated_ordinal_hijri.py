"""Dates and the published date, round cdm2: sentences and pages we wrote ourselves for four
classes (each table has rows the rule must fire on and rows it must leave alone). Needs the
tagger and NER."""

from __future__ import annotations

import pytest


def days(doc):
    return [(d["text"], d["date_start"]) for d in doc._.dates]


HEADER = "Ministers meet in Tarija\n\nJune 12, 2019\n\n"


@pytest.mark.parametrize(
    "body, text, expected",
    [
        # Class: the published day written without its year after a historical date ("… sealed on 11
        # June, 1951 … today, June 12"): the page's own day, no restatement of the historical one
        (
            "The pact was sealed in this town on 11 June, 1951, and a parade marked it yesterday.\n\n"
            "The ministers hold talks today, June 12.",
            "June 12",
            "2019-06-12",
        ),
        # Class: a relative day after the historical date brings the story back to the page's year
        (
            "The pact was sealed on 11 June, 1951, it was re-enacted yesterday, and the ministers meet "
            "again on June 14.",
            "June 14",
            "2019-06-14",
        ),
        # negatives: a day right after the historical one, no relative day between, restates it
        ("The pact was sealed on 11 June, 1951. The envoys signed its annex on 13 June.", "13 June", "1951-06-13"),
        ("The pact was sealed on 11 June, 1951, and its annex on 14 June.", "14 June", "1951-06-14"),
    ],
)
def test_dates_restated_day_against_the_published_day(nlp, body, text, expected):
    assert (text, expected) in days(nlp(HEADER + body))


@pytest.mark.parametrize(
    "text, expected",
    [
        # Class: an ordinal day whose suffix the page split off with a space: one day
        ("REMARKS OF THE MINISTER, TUESDAY, 7 TH OCTOBER 2014, QUITO.\n\nThe minister spoke.", "2014-10-07"),
        ("The forum opened on the 3 rd of May 2011 in Cusco.", "2011-05-03"),
        ("The council convened on 22 nd March 2016 in Sucre.", "2016-03-22"),
        # negative: a number and a lone "st" before no month is no day
        ("The panel met in May 2011 with 21 st. delegates present.", None),
    ],
)
def test_dates_split_ordinal_suffix(nlp, text, expected):
    got = [d["date_start"] for d in nlp(text)._.dates if d["granularity"] == "day"]
    assert got == ([expected] if expected else [])


@pytest.mark.parametrize(
    "body, expected",
    [
        # Class: a possessive relative day before an occasion's noun dates that occasion
        ("At yesterday's closing session, the ministers adopted a plan.", [("yesterday", "2019-06-11")]),
        ("Delegates prepared for tomorrow’s vote on the budget.", [("tomorrow", "2019-06-13")]),
        ("Today's meeting of the council ended at noon.", [("Today", "2019-06-12")]),
        # negatives: "today's world", "tomorrow's leaders" name no day
        ("Today's world faces many threats.", []),
        ("The school trains tomorrow's leaders of the region.", []),
        # negatives (review): a capitalised day word inside a sentence opens an occasion's name
        ("The mayor praised the Tomorrow's Leaders Forum for its work.", []),
        ("Pupils from ten schools joined the Today's Youth Summit in the capital.", []),
    ],
)
def test_dates_possessive_relative_day(nlp, body, expected):
    got = [r for r in days(nlp(HEADER + body)) if r[0] != "June 12, 2019"]
    assert got == expected


@pytest.mark.parametrize(
    "text, published, place",
    [
        # Class: a dateline that gives a Hijri date, "corresponding to", then the Gregorian date
        (
            "Lima, Peru, 12 Ramadan 1440 H corresponding to 17 May 2019 XNA--The Ambassador of Chile met "
            "the Foreign Minister of Peru on the sidelines of a meeting held today.",
            "2019-05-17",
            "Lima",
        ),
        (
            "Quito, 3 Safar 1441 AH, corresponding to 2 October 2019 XNA -- The envoy of Oman presented "
            "his credentials today.",
            "2019-10-02",
            "Quito",
        ),
        # negative: the same dates inside a sentence date what it speaks of, not the page
        (
            "The treaty, signed on 12 Ramadan 1440 corresponding to 17 May 2019, entered into force.",
            None,
            None,
        ),
    ],
)
def test_published_hijri_dateline(nlp, text, published, place):
    doc = nlp(text)
    assert (doc._.published, doc._.place) == (published, place)


FOOT_BODY = (
    "Chilean delegation ends its visit to Peru\n\nThe delegation of Chile met the ministers of Peru in Lima. "
    "The sides reviewed the projects planned for this year.\n\n"
)


@pytest.mark.parametrize(
    "foot, published, year",
    [
        # Class: a numeric day written with spaces only at the page's foot, alone on its line or
        # with its clock time: the page's date, and "this year" resolves against it
        ("21 09 2022, 10:45\nphoto: example.org", "2022-09-21", "2022"),
        ("07 11 2021\n", "2021-11-07", "2021"),
        # negatives: figures inside a line of text, and a one-digit month, are no stamp
        ("Codes 21 09 2022 and 22 10 2023 name the rooms.\n", None, ""),
        ("7 11 2021\n", None, ""),
    ],
)
def test_published_spaced_numeric_stamp_at_the_foot(nlp, foot, published, year):
    doc = nlp(FOOT_BODY + foot)
    assert doc._.published == published
    assert [d["date_start"] for d in doc._.dates if d["text"] == "this year"] == [year]
