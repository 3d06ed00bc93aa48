"""Events, round 5: a phone call or video call the lead reports, named by both parties with
their offices; a quote after "a speech on" is the speech's topic, no event; a visit the headline
reports outranks the talks held on it; a visit near the top is the event where no meeting
stands out; a meeting with a group, a body or an office holder that the lead or a headline
reports. Texts written for these tests; full pipeline."""

import pytest

from tests.readers import event_names


@pytest.mark.parametrize(
    "text,expected",
    [
        # class: a telephone conversation or call the lead reports, between two named people
        (
            "Minister Ferreira speaks with Nordic counterpart\n\nLisbon, 4 May 2021 - Foreign Minister Ana "
            "Ferreira held a telephone conversation with Norwegian Foreign Minister Lars Holmberg on Tuesday.",
            [
                "telephone conversation between Foreign Minister Ana Ferreira and Norwegian Foreign Minister Lars Holmberg"
            ],
        ),
        (
            "Ruritanian Prime Minister Jon Varga had a phone call with President of Latvia Ilze Berzina on "
            "Friday, the government said.",
            ["phone call between Ruritanian Prime Minister Jon Varga and President of Latvia Ilze Berzina"],
        ),
        # class: the parties of talks keep the offices written before their names
        (
            "Governor Maria Okafor held talks with Ambassador of Ruritania Jon Varga in Lagos on Monday.",
            ["talks between Governor Maria Okafor and Ambassador of Ruritania Jon Varga"],
        ),
        # negative: a date or a preposition opening the sentence is no word of an office
        (
            "On Monday Foreign Minister Ana Ferreira held talks with President of Latvia Ilze Berzina in Riga.",
            ["talks between Foreign Minister Ana Ferreira and President of Latvia Ilze Berzina"],
        ),
        # negative: a call with no named party is no event of its own
        (
            "The ministry said a phone call with the agency was planned for next week.",
            [],
        ),
    ],
)
def test_events_call_between_titled_parties(nlp, text, expected):
    assert event_names(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # class: a quote after "a speech on" names the speech's topic, not an event
        (
            "The Director addressed the Baltic Ports Conference in Tallinn on Friday and gave a speech on "
            "“Green Shipping Lanes for the North”.",
            ["Baltic Ports Conference"],
        ),
        # negative: a quote after a conference's noun still names that conference
        (
            "The Director opened the conference “Shipping in a Changing Climate” in Tallinn on Friday.",
            ["Shipping in a Changing Climate"],
        ),
    ],
)
def test_events_speech_topic_is_no_event(nlp, text, expected):
    assert event_names(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # class: the headline reports a visit; the talks of the lead are held on that visit
        (
            "Port Elm Mayor visits Chile\n\nPort Elm Mayor Lena Berg holds talks with the Chilean Government in "
            "Santiago this week.\n\nThe talks focused on trade and fisheries.",
            ["visit of Port Elm Mayor to Chile"],
        ),
        # negative: a headline without a visit leaves the talks the event
        (
            "Port Elm Mayor in Santiago\n\nPort Elm Mayor Lena Berg holds talks with the Chilean Government in "
            "Santiago this week.\n\nThe talks focused on trade and fisheries.",
            ["talks between Port Elm Mayor Lena Berg and the Chilean Government"],
        ),
    ],
)
def test_events_headline_visit_over_talks(nlp, text, expected):
    assert event_names(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # class: a visit near the top, and no meeting the text stresses
        (
            "Envoy due in Lima\n\nRuritania says its envoy Jon Varga will discuss fisheries with President Ana "
            "Ruiz on Friday.\n\nThe agenda covers trade and ports.\n\nThe Special Envoy’s three-day visit to "
            "Peru starts in Callao.",
            ["visit of Special Envoy to Peru"],
        ),
        # negative: a visit abroad set aside ("ahead of") is no event
        (
            "Envoy due in Lima\n\nRuritania says its envoy Jon Varga will discuss fisheries with President Ana "
            "Ruiz on Friday.\n\nThe agenda covers trade and ports ahead of the Special Envoy’s three-day visit "
            "to Peru next year.",
            [],
        ),
    ],
)
def test_events_visit_when_nothing_stands_out(nlp, text, expected):
    assert event_names(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # class: a headline reports a meeting with an office holder of a body
        (
            "Port Elm Mayor meets director of World Food Programme\n\nThe mayor asked the agency to expand its "
            "clinics in the port.",
            ["meeting of Port Elm Mayor with director of World Food Programme"],
        ),
        # class: the lead reports a meeting with a group of envoys (no person named on that side)
        (
            "Foreign Minister Ana Ruiz met with the ambassadors of Nordic countries based in Lima on Tuesday.\n\n"
            "She briefed them on the trade talks.",
            ["meeting of Foreign Minister Ana Ruiz with the ambassadors of Nordic countries"],
        ),
        # class: a delegation "headed by" an office holder is one side
        (
            "Mayor Lena Berg received a business delegation headed by the President of the Baltic Chamber of "
            "Commerce on Tuesday.\n\nThe sides discussed port investment.",
            [
                "meeting of Mayor Lena Berg with a business delegation headed by the President of the Baltic "
                "Chamber of Commerce"
            ],
        ),
        # negative: a thing received is no meeting
        (
            "Minister receives a letter from Chilean counterpart\n\nThe letter invites her to Santiago next spring.",
            [],
        ),
        # negative: a pronoun subject names no side
        (
            "He met with the ambassadors of Nordic countries on Monday in Lima.\n\nThey discussed trade.",
            [],
        ),
        # negative: a named meeting the lead reports stays the event
        (
            "The 5th Baltic Ports Forum opened in Riga on Monday with ministers from ten countries.\n\n"
            "Minister Ana Ruiz met with the delegates of the Nordic countries.",
            ["5th Baltic Ports Forum"],
        ),
    ],
)
def test_events_meeting_with_a_group_or_office(nlp, text, expected):
    assert event_names(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # class: a second meeting with a proper name, named twice and stressed as much as the first
        (
            "Andean Trade Ministers Conference opens in Lima beside Andean Business Forum\n\nLima, 4 May 2022 - "
            "The Andean Trade Ministers Conference opened in Lima on Monday, a day after the Andean Business "
            "Forum opened there.\n\nThe Andean Business Forum drew some 300 firms.",
            ["Andean Business Forum", "Andean Trade Ministers Conference"],
        ),
        # negative: a second meeting named once, in passing, stays context
        (
            "Andean Trade Ministers Conference opens in Lima\n\nLima, 4 May 2022 - The Andean Trade Ministers "
            "Conference opened in Lima on Monday.\n\nSome 300 firms joined the Andean Business Forum on its "
            "first day.",
            ["Andean Trade Ministers Conference"],
        ),
        # negative: a second meeting the text sets aside ("ahead of") is another one
        (
            "Andean Trade Ministers Conference opens in Lima ahead of Andean Business Forum\n\nLima, 4 May 2022 - "
            "The Andean Trade Ministers Conference opened in Lima on Monday, ahead of the Andean Business "
            "Forum.\n\nFirms prepare for the Andean Business Forum next week.",
            ["Andean Trade Ministers Conference"],
        ),
    ],
)
def test_events_second_named_meeting(nlp, text, expected):
    assert event_names(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # class: a reception, soiree or meal held for guests, named with capitals, is an occasion reported
        (
            "Chamber hosts its Annual Trade Soiree\n\nThe Ruritanian Chamber of Commerce held its Annual Trade "
            "Soiree in Riga on 3 May 2022.\n\nSome 200 guests attended the Annual Trade Soiree.",
            ["Annual Trade Soiree"],
        ),
        (
            "Envoys gather for the Consular Corps Spring Luncheon\n\nThe Dean hosted the Consular Corps Spring "
            "Luncheon in Lima on 3 May 2022 for thirty consuls.",
            ["Consular Corps Spring Luncheon"],
        ),
        # negative: a lower-case reception ("an embassy reception") names no occasion of its own
        (
            "Embassy reception brings envoys together\n\nThe Embassy of Ruritania held a reception in Lima on "
            "3 May 2022 for the diplomatic corps.",
            [],
        ),
        # negative: a reception in the sense of a welcome is no occasion named
        (
            "Minister thanks hosts\n\nThe minister thanked the hotel staff for the reception she received in "
            "Riga on 3 May 2022.",
            [],
        ),
    ],
)
def test_events_hosted_occasion(nlp, text, expected):
    assert event_names(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # class: a named meeting the text's people take part in, though only a frame for their talks
        (
            "Prime Minister Ana Ruiz on Friday discussed fisheries with the envoys of Chile and Ecuador.\n\n"
            "Ruiz, taking part in the Baltic Security Conference, spoke with the NATO Secretary-General too.",
            ["Baltic Security Conference"],
        ),
        # class: reported beside the talks the lead names
        (
            "Minister meets Latvian counterpart\n\nLima, 4 May 2022 - Foreign Minister Ana Ruiz on Saturday held "
            "talks with the Foreign Minister of Latvia, Ilze Berzina.\n\nRuiz, taking part in the Baltic "
            "Security Conference, spoke with the NATO Secretary-General too.",
            [
                "talks between Foreign Minister Ana Ruiz and the Foreign Minister of Latvia",
                "Baltic Security Conference",
            ],
        ),
        # negative: a meeting someone hopes to attend is no meeting the text reports
        (
            "Minister meets Latvian counterpart\n\nLima, 4 May 2022 - Foreign Minister Ana Ruiz on Saturday held "
            "talks with the Foreign Minister of Latvia, Ilze Berzina.\n\nRuiz, hoping to attend the Baltic "
            "Security Conference next year, spoke with the NATO Secretary-General too.",
            ["talks between Foreign Minister Ana Ruiz and the Foreign Minister of Latvia"],
        ),
    ],
)
def test_events_meeting_taken_part_in(nlp, text, expected):
    assert event_names(nlp, text) == expected
