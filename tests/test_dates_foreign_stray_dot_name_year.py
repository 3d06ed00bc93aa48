"""Dates by class: a French, Spanish or Portuguese day written in full with its year (page
furniture, datelines), a full month name with a stray full stop ("August. 9, 2011"), and a
year inside a name ("Agenda 2063"), which is no date. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.readers import date_spans_and_doc


@pytest.mark.parametrize(
    "text, expected",
    [
        # Class: a French day in full, its weekday before it, under a heading: one day.
        ("Final statement\nmercredi 14 mars 2018\nby staff\n\nEnvoys met in Lome.", [("2018-03-14", "2018-03-14")]),
        ("Talks in Dakar, 2 février 2016\n\nThe envoys met.", [("2016-02-02", "2016-02-02")]),
        # A range of days of one month in French is one date, not its last day.
        ("Sommet à Lyon\n12-13 juin 2015\n\nLeaders met.", [("2015-06-12", "2015-06-13")]),
        ("Sommet à Lyon\n5 - 6 octobre 2014\n\nLeaders met.", [("2014-10-05", "2014-10-06")]),
        # Negatives: a French weekday and day without a year, a month word alone, are no dates.
        ("Agenda\nlundi 4 mars\n\nEnvoys met in Lome.", []),
        ("The mars rover team and the Mai family met envoys.", []),
    ],
)
def test_dates_foreign_day_in_full(nlp, text, expected):
    assert date_spans_and_doc(nlp, text)[0] == expected


@pytest.mark.parametrize(
    "sentence, text",
    [
        # The weekday written before a Spanish or Portuguese day in full belongs to its span.
        ("The decree of jueves, 7 de abril de 2022 set up the board.", "jueves, 7 de abril de 2022"),
        ("The law of domingo 3 de julho de 2016 still applies.", "domingo 3 de julho de 2016"),
    ],
)
def test_dates_iberian_day_takes_its_weekday(nlp, sentence, text):
    assert [d["text"] for d in nlp(sentence)._.dates] == [text]


def test_dates_french_header_day_is_published(nlp):
    _, doc = date_spans_and_doc(
        nlp, "Final statement\nmercredi 14 mars 2018\nby staff\n\nEnvoys met in Lome on 12 March 2018."
    )
    assert doc._.published == "2018-03-14"


@pytest.mark.parametrize(
    "text, expected",
    [
        # Class: a full month name with a stray full stop glued to it, then day, comma, year: one day.
        ("Trade envoys meet\n\nPosted August. 9, 2011 12:03\n\nEnvoys met in Oslo.", [("2011-08-09", "2011-08-09")]),
        ("Ministers met on October. 21, 2016 in Quito.", [("2016-10-21", "2016-10-21")]),
        # Negatives: a sentence ending in a month, then a number, is no date.
        (
            "Vote in Oslo\n\n7 October 2019\n\nThe vote is in July. 14 parties take part.",
            [("2019-10-07", "2019-10-07"), ("2019-07", "2019-07")],
        ),
        (
            "Vote in Oslo\n\n7 October 2019\n\nThe vote is in July . 14, 2000 voters took part.",
            [("2019-10-07", "2019-10-07"), ("2019-07", "2019-07")],
        ),
    ],
)
def test_dates_month_with_a_stray_full_stop(nlp, text, expected):
    assert date_spans_and_doc(nlp, text)[0] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Class: a year inside a name (a head word up to two capitalised words before it) is no date.
        ("Delegates discussed Agenda 2063 in Accra.", []),
        ("The Expo 2025 pavilion hosted the envoys.", []),
        ("They reviewed the Vision Atlantic 2035 framework.", []),
        ("Partners joined the Horizon 2020 programme.", []),
        # Negatives: a year after a lower-case head word or a preposition stays a date.
        ("Their vision for 2035 was set out.", [("2035", "2035")]),
        ("By 2030 the Strategy will be reviewed.", [("2030", "2030")]),
        ("The 2035 Vision was adopted in Accra.", []),
        ("The strategy 2030 was adopted in Accra.", [("2030", "2030")]),
    ],
)
def test_dates_year_inside_a_name_is_no_date(nlp, sentence, expected):
    assert date_spans_and_doc(nlp, sentence)[0] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Class: a year before capitalised words that qualify a common noun is a date.
        ("After the 2016 Senate election the party won.", [("2016", "2016")]),
        ("Envoys recalled the 2015 Lima agreement on fisheries.", [("2015", "2015")]),
        ("Observers criticised the 2019 National Assembly election.", [("2019", "2019")]),
        # Negatives: a year opening a name stays part of it.
        ("They praised the 2014 Regional Forum on Water.", []),
        ("The 2018 High-Level Conference ended in Quito.", []),
        # Negatives (review): the capitalised words end in an event's word, the year is its name's
        ("The 2017 Youth Summit delegates met again in Maputo.", []),
        ("The 2019 Climate Week participants signed a pledge.", []),
        ("Members of the 2014 Africa Cup team were honoured.", []),
        ("The 2018 Regional Forum organisers thanked the hosts.", []),
    ],
)
def test_dates_year_of_a_common_noun_after_capitalised_words(nlp, sentence, expected):
    assert date_spans_and_doc(nlp, sentence)[0] == expected
