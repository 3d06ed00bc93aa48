"""Events, round 8 (rule `event:weak-only`): a release whose meetings all score below the
reporting threshold still reports the one it stresses most, where that one has net positive
evidence and is not set aside; an occasion that is a period (a week, a day) is never that
meeting, a visit is. Texts written for these tests; full pipeline."""

import pytest

from tests.readers import event_names


@pytest.mark.parametrize(
    "text,expected",
    [
        # class: two named meetings, each named once and neither stressed: the first of the best
        (
            "Minister Varga in Tallinn\n\nMinister for Transport Jon Varga spoke with the press on Tuesday "
            "about rail links.\nThe Baltic Rail Forum and the Nordic Port Conference both asked him to "
            "speak.",
            ["Baltic Rail Forum"],
        ),
        # class: a courtesy visit (an encounter among the occasions) reported in the lead
        (
            "Danish MPs at Parliament\n\nA group of Danish lawmakers headed by MP Lene Holm called at the "
            "House on Tuesday and paid a courtesy visit on the Speaker of Parliament Dr Paul Borg.\nThey "
            "discussed fisheries and energy.",
            ["courtesy visit on the Speaker of Parliament Dr Paul Borg"],
        ),
        # negative: a fair a preposition governs is context ("showcase their goods at …")
        (
            "Premier's trade delegation heads to Korea\n\nPremier Dana Holt will lead forty food exporters to "
            "Seoul next month to open doors for local producers.\nThe exporters will showcase their goods at "
            "the Seoul Global Food Expo (SGFE) and meet buyers.",
            [],
        ),
        # negative: a lower-case meeting with its body, not said to take place, is left to its rules
        (
            "Minister Varga in Tallinn\n\nMinister for Transport Jon Varga spoke with the press on Tuesday "
            "about rail links.\nOn Wednesday the minister will attend the meeting of the Baltic Transport "
            "Ministers in Tallinn and present the rail plan.",
            [],
        ),
        # negative: a week named twice is a period, not the meeting reported
        (
            "Envoy praises ties\n\nThe Ambassador of Chile, Tomas Herrera, praised the growing ties between "
            "the two countries.\nHe spoke at the opening of the Chilean Culture Week in Riga. The Chilean "
            "Culture Week runs until Sunday.",
            [],
        ),
        # negative: the only meeting is set aside ("ahead of next year's …")
        (
            "Envoy praises ties\n\nThe Ambassador of Chile, Tomas Herrera, praised the growing ties between "
            "the two countries.\nHe said the ministry would prepare carefully ahead of next year's Andean "
            "Trade Summit.",
            [],
        ),
        # negative: a bare kind in lower case names no meeting of its own
        (
            "Envoy praises ties\n\nThe Ambassador of Chile, Tomas Herrera, praised the growing ties between "
            "the two countries.\nLater the minister also held a technical meeting with the embassy staff.",
            [],
        ),
        # negative: a name opening a quote is a title's words
        (
            "The workshop was part of the Andean Programme \u201cHighland dialogue for open trade\u201d of the bank.",
            [],
        ),
        # negative: no meeting named at all
        (
            "Minister outlines priorities\n\nThe minister outlined the ministry's priorities for the coming "
            "year on Monday.\nShe said exports grew by four percent.",
            [],
        ),
    ],
)
def test_events_weak_only(nlp, text, expected):
    assert event_names(nlp, text) == expected
