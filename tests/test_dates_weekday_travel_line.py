"""A bare weekday's direction (before or after the published date) read from the verbs of its
own line: a travel verb in the present announces the trip's next leg, and a verb on another
line the parser joined to the weekday's sentence sets no tense. Every page is written for the
test."""

from __future__ import annotations

import pytest

from tests.readers import date_rows_and_doc

#: A page whose header date (Monday 7 October 2019) anchors the relative expressions.
HEADER = "Trade envoy tours the Baltic states\n\n7 October 2019\n\n"


def weekday_starts(nlp, body: str) -> list[str]:
    rows, doc = date_rows_and_doc(nlp, HEADER + body)
    assert doc._.published == "2019-10-07"
    return [start for text, start, _ in rows if text.lower().endswith("day")]


@pytest.mark.parametrize(
    "body, start",
    [
        # Class: a travel verb in the present, its direction after it: the trip's next leg lies ahead
        ("From Tallinn, the envoy heads to Riga on Thursday.", "2019-10-10"),
        ("The delegation leaves for Vilnius on Friday after the talks.", "2019-10-11"),
        ("The minister travels on to Helsinki on Wednesday.", "2019-10-09"),
        # negatives: the past looks back; a travel verb with no direction is no trip
        ("From Tallinn, the envoy headed to Riga on Thursday.", "2019-10-03"),
        ("The envoy, who heads the trade office, spoke in Riga on Thursday.", "2019-10-03"),
        # arrival verbs stay out: headlines report a past arrival in the present
        ("The envoy arrives in Riga on Thursday.", "2019-10-03"),
    ],
)
def test_dates_weekday_after_a_present_travel_verb_lies_ahead(nlp, body, start):
    assert weekday_starts(nlp, body) == [start]


@pytest.mark.parametrize(
    "body, start",
    [
        # Class: a caption line without its full stop, run by the parser into the next
        # paragraph's sentence: its present verb does not make the later weekday a future one
        (
            "On 3 and 4 October the envoy holds talks in Riga with the foreign minister\n\n"
            "The envoy and the minister in front of the castle\n\n"
            "On Thursday the envoy paid his first visit to Latvia.",
            "2019-10-03",
        ),
        # negative: a future verb on the weekday's own line still looks ahead
        (
            "The envoy and the minister in front of the castle\n\nOn Thursday the envoy will visit Latvia.",
            "2019-10-10",
        ),
    ],
)
def test_dates_weekday_tense_from_its_own_line(nlp, body, start):
    assert weekday_starts(nlp, body) == [start]


def test_dates_weekday_in_a_headline_without_a_verb_takes_the_leads_tense(nlp):
    # negative of the line rule: a headline line with no verb of its own, run into the lead
    # below it, still takes the lead's future
    body = "The trade envoy in Riga on Thursday\n\nThe foreign minister will host the envoy in Riga on Thursday."
    assert set(weekday_starts(nlp, body)) == {"2019-10-10"}
