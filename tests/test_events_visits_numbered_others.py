"""Events round 3 (counts3): a visit whose destination only the gazetteer knows, a visit in a
headline set in title case, and a second numbered meeting named beside the one reported.
Texts written for these tests; full pipeline."""

import pytest

from tests.readers import event_names, event_rows


@pytest.mark.parametrize(
    "text,expected",
    [
        # class: a title-case headline's "Visit to <country>"
        (
            "Ruritanian Delegation Starts Visit to Latvia\n\nRIGA (XNA) - A Ruritanian parliamentary "
            "delegation arrived in Riga late Monday night.\n\nThe group is led by Jon Varga.",
            ["Visit to Latvia"],
        ),
        # negative: a title-case headline without a destination names no visit
        (
            "Foreign Minister Visits Museum\n\nThe Ruritanian foreign minister Jon Varga toured the city "
            "museum on Monday.",
            [],
        ),
    ],
)
def test_events_title_case_headline_visit(nlp, text, expected):
    assert event_names(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # class: a second numbered meeting named beside the reported one
        (
            "The 7th Nordic Forum closed in Oslo on Friday. The 8th Nordic Forum will be held in Turku next year.",
            ["7th Nordic Forum", "8th Nordic Forum"],
        ),
        # negative: one numbered meeting named twice is one event
        (
            "The 7th Nordic Forum opened in Oslo on Friday. Speakers at the 7th Nordic Forum called for action.",
            ["7th Nordic Forum"],
        ),
        # negative: an unnumbered meeting beside the numbered one stays context
        (
            "The 7th Nordic Forum closed in Oslo on Friday. Ministers will meet again at the Arctic Energy "
            "Conference in Turku.",
            ["7th Nordic Forum"],
        ),
    ],
)
def test_events_numbered_others(nlp, text, expected):
    assert event_names(nlp, text) == expected


def test_events_visit_destination_known_to_the_gazetteer(nlp):
    # the helper below only checks that the visit's destination need not be the tagger's place
    rows = event_rows(
        nlp, "Jon Varga arrived on an official visit to Tajikistan\n\nJon Varga arrived in Dushanbe today."
    )
    assert [r[:2] for r in rows] == [("official visit to Tajikistan", "Tajikistan")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # class: a headline's infinitive for a visit to come: its "to" is no word of the subject
        (
            "Ruritanian foreign minister to visit Latvia\n\nLima, 3 May /XNA/ - The Ruritanian foreign "
            "minister Jon Varga will pay a visit to Latvia on 4 May.",
            ["visit of Ruritanian foreign minister to Latvia"],
        ),
    ],
)
def test_events_headline_infinitive_visit(nlp, text, expected):
    assert event_names(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # negative: a bare ordinal and noun names no second meeting
        (
            "The 7th Nordic Forum closed in Oslo on Friday. It was the first forum held in Norway.",
            ["7th Nordic Forum"],
        ),
        # negative: the reported meeting's own number written another way is that meeting
        (
            "The 37th Session of the Nordic Council opened in Oslo on Friday. Ministers praised the 37th "
            "Nordic Council Session of Oslo.",
            1,
        ),
    ],
)
def test_events_numbered_others_not_bare_or_same_number(nlp, text, expected):
    names = event_names(nlp, text)
    assert names == expected if isinstance(expected, list) else len(names) == expected, names


def test_events_numbered_other_in_a_list_of_items_is_context(nlp):
    # negative: a numbered meeting coordinated with another item of a list is context
    text = (
        "The 9th Coastal Council opened in Apia today. The agenda covers two issues: (1) the 40th session "
        "of the Commission and the Third Pacific Forum on Fisheries; (2) the budget."
    )
    assert event_names(nlp, text) == ["9th Coastal Council"]
