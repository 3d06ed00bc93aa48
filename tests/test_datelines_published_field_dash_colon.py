"""The published date in four more shapes pages give it (`pipeline.datelines`, read by
`communique_dates`): a bare "Date:" field (the page's date unless an event's details stand
around it), a date opening the body's line with a colon, a title-case place and a spaced dash
before the date with a dash after it, and a headline closing in its date under a few short
lines of page furniture. Every page here is written for the test."""

from __future__ import annotations

import pytest

HEADLINE = "Lagoon states close their fisheries talks\n\n"
BODY = "The delegates of four lagoon states closed their fisheries talks with a joint statement.\n"
#: a body long enough to put a footer's line below the page's header
LONG_BODY = HEADLINE + "The delegates of the lagoon states compared their catch records and licences. " * 25


@pytest.mark.parametrize(
    "text, published",
    [
        # class: a bare "Date:" field in a page's meta line or under the headline
        (HEADLINE + BODY + "\nNews Group :  Regional Desk   Date :   2031/03/14   View times :  88\n", "2031-03-14"),
        (
            HEADLINE + "Filed under Regional News   Date: 14 March 2031   Reading time 3 minutes\n\n" + BODY,
            "2031-03-14",
        ),
        (HEADLINE + "Regional Fisheries Desk, Lagoon News Service   Issue Date: Mar 14, 2031\n\n" + BODY, "2031-03-14"),
        # class: a label ending in "Date" ("Publish Date:"): the field, not a sentence
        (
            HEADLINE + "Regional Fisheries Desk, Lagoon News Service   Publish Date: 14 March 2031\n\n" + BODY,
            "2031-03-14",
        ),
        # class: a bare "Date:" field in the page's footer
        (LONG_BODY + "\n\nDate: 14/03/2031\n", "2031-03-14"),
        # negative: a "Date:" among an event's details is the event's day
        (
            "Seminar on lagoon fisheries\n\nDate: 14 March 2031\nVenue: Harbour Convention Hall\n\n"
            "The seminar will bring the fisheries officers of the lagoon states together.\n",
            None,
        ),
        # negative: "date" without its colon is running text
        ("Lagoon talks\n\nThe officials set the date 14 March 2031 for their next round of talks.\n", None),
        # class: a date opening the body's line, a colon, then running text
        (
            HEADLINE + "March 14, 2031: Fisheries Minister Tala Moana received the delegates of four lagoon states.\n",
            "2031-03-14",
        ),
        ("Talks\n\n14 March 2031: The delegates of the lagoon states met again in the capital.\n", "2031-03-14"),
        # negative: a programme's line after the colon holds no running text
        ("Programme\n\nMarch 14, 2031: Opening Session of the Lagoon Council\n", None),
        # class: a title-case place and its country, a spaced dash, the date, a dash, the body
        ("Port Vila, Vanuatu – March 14, 2031 – A regional workshop on fisheries was held.\n", "2031-03-14"),
        ("Suva - 14 March 2031 - The delegates of the lagoon states met again.\n", "2031-03-14"),
        # negative: no dash between the date and the body
        ("Port Vila, Vanuatu – March 14, 2031 was the day the delegates of four states met.\n", None),
        # class: a headline closing in its date under short lines of page furniture
        ("Skip to content\nBreaking News\n\nLagoon States Close Fisheries Talks - 2031-03-14\n\n" + BODY, "2031-03-14"),
        # negative: a line of running text above is no furniture, the line no headline
        (
            "Subscribe to our weekly newsletter for the latest regional news\n"
            "Lagoon States Close Fisheries Talks - 2031-03-14\n\n" + BODY,
            None,
        ),
    ],
)
def test_published_date_field_colon_and_dash_datelines(nlp, text, published):
    assert nlp(text)._.published == published


@pytest.mark.parametrize(
    "text, place",
    [
        # the place of a dashed dateline is its first place, not its country
        ("Port Vila, Vanuatu – March 14, 2031 – A regional workshop on fisheries was held.\n", "Port Vila"),
        ("Suva - 14 March 2031 - The delegates of the lagoon states met again.\n", "Suva"),
    ],
)
def test_dashed_dateline_place(nlp, text, place):
    assert nlp(text)._.place == place


@pytest.mark.parametrize(
    "text, title",
    [
        # class: a headline closing in the page's date: the title is the line up to its date
        (
            "Skip to content\nBreaking News\n\nLagoon States Close Fisheries Talks - 2031-03-14\n\n" + BODY,
            "Lagoon States Close Fisheries Talks",
        ),
        (
            "Final Communique of the Lagoon Fisheries Summit May 4 2031\n\n" + BODY,
            "Final Communique of the Lagoon Fisheries Summit",
        ),
    ],
)
def test_headline_closing_in_its_date_is_the_title(nlp, text, title):
    assert nlp(text)._.title == title
