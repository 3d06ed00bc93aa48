"""Events round 4: a formal visit with its destination left implicit; a second numbered
meeting named in the reported one's sentence; two named people meeting in the lead; a visit
named by its visitor's possessive; a visit to a capital only the gazetteer knows. Texts written
for these tests; full pipeline."""

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
        # negative: a visit made for a meeting frames that meeting, which is the event
        (
            "The Trade Minister of Ruritania, Mr. Jon Varga, is now paying a working visit for the Annual "
            "Summit of the Coffee Ministers on 4 May 2018 at the invitation of the host government.",
            ["Annual Summit of the Coffee Ministers"],
        ),
        # an unqualified visit without a destination is no event of its own, but the arrival in a
        # named place the lead reports is the visit (round 6), the date no word of the visitor
        (
            "Ruritanian Foreign Minister Jon Varga on Monday arrived in Tirana for a short visit and laid a wreath.",
            ["visit of Ruritanian Foreign Minister Jon Varga to Tirana"],
        ),
        (
            "Ruritanian Foreign Minister Jon Varga on Monday attended a short visit and laid a wreath.",
            [],
        ),
    ],
)
def test_events_formal_visit_without_destination(nlp, text, expected):
    assert event_names(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # class: one sentence reports a meeting and the numbered meeting it prepares
        (
            "Pokhara, 4 May 2019: The 21st meeting of the Andean Council of Ministers opened in Pokhara on "
            "Monday and will finalise the declaration to be signed at the 9th Andean Leaders Summit on 7 May.",
            ["21st meeting of the Andean Council of Ministers", "9th Andean Leaders Summit"],
        ),
        # negative: numbered meetings listed with semicolons are the programme around the reported one
        (
            "The 14th Coffee Ministers Meeting opened in Lima on Monday.\nThe week's meetings are the 14th "
            "Coffee Ministers Meeting; the 6th Andean Cocoa Growers Meeting; and the 3rd Pacific Tea Forum.",
            ["14th Coffee Ministers Meeting"],
        ),
    ],
)
def test_events_numbered_other_in_the_same_sentence(nlp, text, expected):
    assert event_names(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # class: the lead says that one named person met another and the text refers back to the
        # meeting: their meeting, in the text's words
        (
            "Lima, 3 May (XNA) – The Foreign Minister of Ruritania, Jon Varga, today met with the Ambassador "
            "of Latvia, Anna Berzina, at the ministry.\nDuring the meeting, the two sides discussed trade. The meeting lasted an hour.",
            ["meeting of The Foreign Minister of Ruritania, Jon Varga with the Ambassador of Latvia, Anna Berzina"],
        ),
        (
            "Minister of Trade of Ruritania, Mrs. Maria Koval received a visit from Mr. Tomas Herrera, "
            "Ambassador of Peru to Ruritania.\nThe meeting was cordial, and this meeting will be followed by others.",
            # the office after the other side's name is part of it (round 7), up to "to"
            ["meeting of Minister of Trade of Ruritania, Mrs. Maria Koval with Mr. Tomas Herrera, Ambassador of Peru"],
        ),
        # negative: a document received from a person names no meeting
        (
            "Ruritanian Foreign Minister Jon Varga received a letter from Peruvian Foreign Minister Tomas "
            "Herrera on trade.\nThe letter proposes a new accord.",
            [],
        ),
        # negative: the passive, and a meeting with no named person on the other side
        (
            "Ruritanian Foreign Minister Jon Varga was received by Peruvian Foreign Minister Tomas Herrera "
            "in Lima on Monday.\nThey discussed trade.",
            [],
        ),
        # class: a meeting the text never refers back to is still the lead's event where nothing else
        # stands out (round 6)
        (
            "Ruritanian Foreign Minister Jon Varga met with Peruvian Foreign Minister Tomas Herrera in Lima on "
            "Monday.\nThey discussed trade.",
            ["meeting of Ruritanian Foreign Minister Jon Varga with Peruvian Foreign Minister Tomas Herrera"],
        ),
        (
            "Ruritanian Foreign Minister Jon Varga met with students of the university in Lima on Monday.\n"
            "He spoke about trade.",
            [],
        ),
    ],
)
def test_events_lead_person_met_person(nlp, text, expected):
    assert event_names(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # class: a visit named by its visitor's possessive near the top, past the lead sentence, that the
        # text refers back to
        (
            "Ruritania and Latvia to expand trade\n\nThe two countries will sign three accords this week, "
            "officials said on Monday.\nThe central aim of President Varga’s three-day visit to Latvia is "
            "to boost trade, the ministry said. The visit will also promote tourism, and the visit ends on Friday.",
            ["visit of President Varga to Latvia"],
        ),
        # negative: a visit the text reports as the frame of another meeting
        (
            "Ruritania and Latvia to expand trade\n\nThe two countries will sign three accords this week, "
            "officials said on Monday.\nAs part of President Varga’s state visit to Latvia, the ministers "
            "discussed trade.",
            [],
        ),
        # class: the lead's visit to a capital that only the gazetteer knows as a place
        (
            "date 2022-05-04 Foreign Minister Jon Varga visited Chișinău on 3 May to meet Moldovan officials "
            "and business leaders.\nHe spoke about trade.",
            ["visit of Foreign Minister Jon Varga to Chișinău"],
        ),
    ],
)
def test_events_possessive_visit_and_gazetteer_destination(nlp, text, expected):
    assert event_names(nlp, text) == expected
