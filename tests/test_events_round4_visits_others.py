"""Events round 4: a formal visit with its destination left implicit, ... Texts written for
these tests; full pipeline."""

import pytest

from tests.readers import event_names


@pytest.mark.parametrize(
    "text,expected",
    [
        # class: the lead reports an "official" or "working" visit and leaves the destination to
        # the dateline or to "here" / "our country"
        (
            "Varga arrives for talks\nTIRANA: Ruritanian Foreign Minister Jon Varga on Monday arrived here "
            "on a two-day official visit.\nHe will meet his Albanian counterpart.",
            ["official visit"],
        ),
        (
            "May 3, 2019\n\nAt the invitation of the President of Ruritania, the Prime Minister of Latvia "
            "arrived in our country on May 2 with working visit.\nThe two leaders held talks.",
            ["working visit"],
        ),
        # negative: a visit outside the headline and the lead is no event of its own
        (
            "Ruritania and Latvia sign a trade accord\n\nRuritania and Latvia signed a trade accord in "
            "Riga on Monday after two years of work.\nThe accord was first drafted during an official "
            "visit last year.",
            [],
        ),
        # negative: an unqualified visit without a destination stays no event
        (
            "Ruritanian Foreign Minister Jon Varga on Monday arrived in Tirana for a short visit and "
            "laid a wreath.",
            [],
        ),
    ],
)
def test_events_formal_visit_without_destination(nlp, text, expected):
    assert event_names(nlp, text) == expected
