"""Events, round 6: a meeting of two named people that the lead reports is the event where
nothing else stands out, its sides cut clean of a date or a purpose ("met on 4 March with",
"met for talks with"); a courtesy or farewell call reported with a verb in a headline, the lead
or the sentence after it ("X called on Y", "X bids farewell to Y") is the event. Texts written
for these tests; full pipeline."""

import pytest

from tests.readers import event_names


@pytest.mark.parametrize(
    "text,expected",
    [
        # class: the lead's person-to-person meeting stands alone; a date between the verb and
        # "with" is no word of the other side
        (
            "Riga, 5 March – Foreign Minister Ilze Kalnina met on 4 March with the Portuguese Foreign Minister "
            "Rui Duarte to discuss trade and energy.\nThey also discussed fisheries.",
            ["meeting of Foreign Minister Ilze Kalnina with the Portuguese Foreign Minister Rui Duarte"],
        ),
        # class: a date opening the lead is no word of the subject
        (
            "On 12 June, the Minister of Trade of Latvia Ilze Kalnina met with the new Ambassador of Chile to "
            "Latvia Ana Rojas.\nThey discussed wine exports.",
            [
                "meeting of the Minister of Trade of Latvia Ilze Kalnina with the new Ambassador of Chile to Latvia Ana Rojas"
            ],
        ),
        # class: a purpose between the verb and "with" is no word of the other side
        (
            "Foreign Minister Jon Varga met for talks with his Peruvian counterpart Tomas Herrera in Lima on "
            "Monday.\nThey discussed trade.",
            ["meeting of Foreign Minister Jon Varga with his Peruvian counterpart Tomas Herrera"],
        ),
        # negative: a named meeting the text stresses outranks the meeting held on its sidelines
        (
            "Foreign Minister Jon Varga met with Peruvian Foreign Minister Tomas Herrera on the sidelines of the "
            "12th Andean Trade Summit in Lima.\nThe 12th Andean Trade Summit closed on Friday.",
            ["12th Andean Trade Summit"],
        ),
        # negative: a meeting past the lead sentence
        (
            "The ministry published its annual report on Monday, listing its priorities for the year.\n"
            "Foreign Minister Jon Varga later met with Peruvian Foreign Minister Tomas Herrera.",
            [],
        ),
    ],
)
def test_events_lead_person_meeting_alone(nlp, text, expected):
    assert event_names(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # class: a farewell call in the headline, named by the offices it gives
        (
            "UNESCO Country Director bids farewell to Prime Minister Okafor\n\nThe UNESCO Country Director, Ms "
            "Lena Berg, on Tuesday bade farewell to the Prime Minister as her tour of duty ends.",
            ["farewell call of UNESCO Country Director on Prime Minister Okafor"],
        ),
        # class: a call in the sentence after the lead, its caller a pronoun
        (
            "Lagos, 3 May 2021 - The country's trade ministry has published new export figures for the year.\n"
            "The visiting Ambassador made the remarks when he called on the Minister for Trade and Industry, "
            "Ana Okafor, on Monday in Abuja.",
            ["courtesy call on the Minister for Trade and Industry"],
        ),
        # class: the lead's call, with its caller
        (
            "Ambassador of Peru Tomas Herrera called on the Governor of Lagos State on Monday.",
            ["courtesy call of Ambassador of Peru Tomas Herrera on the Governor of Lagos State"],
        ),
        # negative: an appeal ("called on X to act"), on an office or on people
        ("The Governor called on the Federal Government to release funds for the roads on Monday.", []),
        ("The minister called on citizens to stay calm during the elections in the north.", []),
        # negative: the passive
        ("Ambassador Tomas Herrera was called on by the Governor of Lagos State on Monday.", []),
        # negative: a call past the sentence after the lead
        (
            "Lagos, 3 May 2021 - The country's trade ministry has published new export figures for the year. "
            "The figures show a rise.\nThe Ambassador of Peru called on the Governor of Lagos State on Monday.",
            [],
        ),
    ],
)
def test_events_courtesy_and_farewell_calls(nlp, text, expected):
    assert event_names(nlp, text) == expected
