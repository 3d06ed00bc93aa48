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


@pytest.mark.parametrize(
    "text,expected",
    [
        # class: an arrival or a journey the lead reports is a visit; a name set off by commas is
        # the traveller
        (
            "Ruritania's Minister of Trade, Maria Koval, travelled to Peru on Monday to meet the trade council "
            "of the city.\nShe spoke about exports.",
            ["visit of Maria Koval to Peru"],
        ),
        (
            "Lisbon, 4 May – Ruritanian President Jon Varga and his wife arrived in Lisbon on Saturday for a "
            "three-day stay.\nHe will meet business leaders.",
            ["visit of Ruritanian President Jon Varga and his wife to Lisbon"],
        ),
        # class: a date between the visitor and the verb is no word of the visitor
        (
            "Ruritanian Foreign Minister Jon Varga on 4 May 2021 visited Tirana and laid a wreath.",
            ["visit of Ruritanian Foreign Minister Jon Varga to Tirana"],
        ),
        # negative: no place named, or no traveller
        ("Trade Minister Ana Ruiz arrived in the country on Sunday.\nShe will meet business leaders.", []),
        (
            "The talks arrived in a deadlock on Monday, said the Ruritanian Trade Minister Ana Ruiz.\n"
            "The sides will meet again.",
            [],
        ),
        # negative: a numbered meeting the traveller came for outranks the arrival
        (
            "Ruritanian Trade Minister Ana Ruiz arrived in Lima on Monday to attend the 14th Andean Coffee "
            "Forum.\nThe 14th Andean Coffee Forum opens on Tuesday.",
            ["14th Andean Coffee Forum"],
        ),
    ],
)
def test_events_arrival_is_a_visit(nlp, text, expected):
    assert event_names(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # class: a date between the verb and "with" is no word of the group's meeting partner
        (
            "Heads of mission from nine Asian countries met yesterday with Tomas Herrera, the minister of a "
            "rival government.\nThey discussed the crisis.",
            ["meeting of Heads of mission from nine Asian countries with Tomas Herrera"],
        ),
        # negative: the words after "with" name no body or office
        (
            "The Governor of Lagos State met today with students of the university in the capital.\n"
            "They discussed the crisis.",
            [],
        ),
    ],
)
def test_events_group_meeting_date_before_with(nlp, text, expected):
    assert event_names(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # class: an office's possessive before a lower-case meeting noun names no event; the
        # lead's call is the event
        (
            "Ruritania reports its Foreign Minister's conversation with Peruvian counterpart\n\nLima, 3 May 2021 - "
            "Foreign Minister Ana Ferreira held a telephone conversation with Peruvian Foreign Minister Tomas "
            "Herrera on Monday.\nThe conversation covered coffee exports.",
            [
                "telephone conversation between Foreign Minister Ana Ferreira and Peruvian Foreign Minister Tomas Herrera"
            ],
        ),
        (
            "Readout of the Prime Minister's meetings in Lima\n\nThe Prime Minister of Ruritania spoke about coffee "
            "exports with farmers and business leaders in the region during the week.\nLater the Prime Minister's "
            "meeting with farmers covered prices.",
            [],
        ),
        # negative: a body's possessive names the body's meeting
        (
            "The Andean Coffee Council's annual meeting opened in Lima on Monday with ministers from six countries.\n"
            "The Andean Coffee Council's annual meeting closes on Friday.",
            ["Andean Coffee Council's annual meeting"],
        ),
    ],
)
def test_events_office_possessive_names_no_event(nlp, text, expected):
    assert event_names(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # class: a signing the lead reports, with a named document or its parties, is the event
        (
            "A Memorandum of Understanding was signed today between the Ruritanian Academy of Arts and the Lima "
            "Academy.\nThe two academies will exchange students.",
            ["signing of the Memorandum of Understanding between the Ruritanian Academy of Arts and the Lima Academy"],
        ),
        (
            "The mayors of Port Elm and Santa Rosa signed the twin-city agreement between Port Elm and Santa Rosa "
            "on Monday.\nThe cities will exchange delegations.",
            ["signing of the twin-city agreement between Port Elm and Santa Rosa"],
        ),
        # negative: a book signed, a verb of another sense, a signing to come
        (
            "The minister signed the visitors' book and laid a wreath at the memorial in Lima on Monday.\n"
            "He then left for the airport.",
            [],
        ),
        (
            "Looking to sign a twin-city agreement between Port Elm and Santa Rosa, the council will send its "
            "mayor to the city.\nThe trip is planned for May.",
            [],
        ),
        (
            "The federation will sign a memorandum of cooperation with the Lima Coffee Board next month, its "
            "president said.\nTalks are under way.",
            [],
        ),
        # negative: a meeting the text names outranks the signing held there
        (
            "The Ruritanian Trade Minister signed a Memorandum of Understanding with Peru on the sidelines of the "
            "14th Andean Coffee Forum in Lima.\nThe 14th Andean Coffee Forum closed on Friday.",
            ["14th Andean Coffee Forum"],
        ),
    ],
)
def test_events_lead_signing(nlp, text, expected):
    assert event_names(nlp, text) == expected
