"""Events, round 7: a meeting the lead reports with "held talks with", "had a bilateral meeting
with" or "talked with" is one the lead reports with "met", called by its noun; a crawler's stamp
or a dateline glued to a bracket opening the lead is no word of the meeting's subject, nor is a
bracketed date before the verb; the offices written after the other side's name belong to it.
Texts written for these tests; full pipeline."""

import pytest

from tests.readers import event_names


@pytest.mark.parametrize(
    "text,expected",
    [
        # class: a form of "hold" and a meeting noun before "with", called by that noun
        (
            "Trade Minister Lena Varga held discussions with the Chilean Ambassador Tomas Herrera in Riga on "
            "Monday.\nThey discussed wine exports.",
            ["discussions of Trade Minister Lena Varga with the Chilean Ambassador Tomas Herrera"],
        ),
        # class: the noun's modifiers stay, its article and a word of praise go
        (
            "Governor Ana Ruiz had a fruitful bilateral meeting with Mayor Jon Okafor of Lagos on Friday.\n"
            "They agreed to cooperate on ports.",
            ["bilateral meeting of Governor Ana Ruiz with Mayor Jon Okafor"],
        ),
        # class: a group holding an interaction with a named person
        (
            "Four Peruvian mayors from coastal districts held an online interaction with Ilze Kalnina, the mayor "
            "of Riga, on Tuesday.\nThey discussed tourism.",
            ["online interaction of Four Peruvian mayors from coastal districts with Ilze Kalnina"],
        ),
        # class: a date between "held" and the noun is no word of the meeting's name
        (
            "Secretary General Ana Ruiz held today a virtual meeting with Jon Okafor, the envoy of Chile.\n"
            "They discussed trade.",
            ["virtual meeting of Secretary General Ana Ruiz with Jon Okafor"],
        ),
        # class: "talked with", a date between the verb and "with"
        (
            "Minister of Energy Marta Lind talked today with Ambassador of Chile to Norway Pablo Soto about gas "
            "supplies.\nThey agreed to meet again.",
            ["meeting of Minister of Energy Marta Lind with Ambassador of Chile to Norway Pablo Soto"],
        ),
        # negative: a press conference is no meeting noun; "talked to" names no meeting
        (
            "Trade Minister Lena Varga held a press conference with Tomas Herrera in Riga on Monday.\n"
            "They answered questions.",
            [],
        ),
        (
            "Trade Minister Lena Varga talked to Tomas Herrera of the Daily Post about the budget.\nShe gave figures.",
            [],
        ),
        # negative: discussions on a topic, with no other side
        (
            "Trade Minister Lena Varga held discussions on wine exports on Monday, said Tomas Herrera.\nThey ended.",
            [],
        ),
        # negative: the passive
        (
            "Discussions were held with Trade Minister Lena Varga by Governor Tomas Herrera on Monday.\nThey ended.",
            [],
        ),
    ],
)
def test_events_held_meeting_in_lead(nlp, text, expected):
    assert event_names(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # class: the crawler's stamp and a dateline ending in "):" open no subject; the offices
        # after the other sides' names belong to them, up to a place's preposition
        (
            " date 2021-03-04 LIMA (Agencia): Dr. Ana Ruiz, the Director of the Andean Water Council (AWC), "
            "met with Mr. Jon Okafor, Head of the Nile Basin Authority (NBA), and Ms. Lena Varga, Head of the "
            "Baltic Port Union (BPU), in her office.\nThey discussed rivers.",
            [
                "meeting of Dr. Ana Ruiz, the Director of the Andean Water Council (AWC) with Mr. Jon Okafor, Head "
                "of the Nile Basin Authority (NBA), and Ms. Lena Varga, Head of the Baltic Port Union (BPU)"
            ],
        ),
        # class: a bracketed date between the subject and the verb is no word of the subject
        (
            "The Minister of Trade, Dr. Ana Ruiz, has today (4th March 2021), received the Ambassador of Chile, "
            "Mr. Tomas Herrera in her office.\nThey discussed copper.",
            ["meeting of The Minister of Trade, Dr. Ana Ruiz with the Ambassador of Chile, Mr. Tomas Herrera"],
        ),
        # negative: no comma and office after the name: the object ends with the name
        (
            "Dr. Ana Ruiz met with Mr. Jon Okafor in Lima on Monday.\nThey discussed rivers.",
            ["meeting of Dr. Ana Ruiz with Mr. Jon Okafor"],
        ),
    ],
)
def test_events_met_subject_and_object_edges(nlp, text, expected):
    assert event_names(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # class: one walk reads the other side of a meeting and of a call: "for" between
        # capitalised words joins an office ("the Minister for Foreign Affairs"), for a meeting too
        (
            "The Mayor of Riga met with the Minister for Foreign Affairs of Chile in Riga on Monday.\n"
            "They discussed trade.",
            ["meeting of The Mayor of Riga with the Minister for Foreign Affairs of Chile"],
        ),
        (
            "The Ambassador of Peru called on the Minister for Foreign Affairs of Chile in Santiago on Monday.",
            ["courtesy call of The Ambassador of Peru on the Minister for Foreign Affairs of Chile"],
        ),
        # class: a comma between nationalities joins them into one other side
        (
            "Trade Minister Lena Varga met the Chilean, Peruvian and Bolivian ambassadors in Riga on Monday.\n"
            "They discussed exports.",
            ["meeting of Trade Minister Lena Varga with the Chilean, Peruvian and Bolivian ambassadors"],
        ),
        # negative: a comma after a noun ends the other side
        (
            "Trade Minister Lena Varga met the Chilean ambassador, Peruvian officials and Bolivian traders in "
            "Riga on Monday.\nThey discussed exports.",
            ["meeting of Trade Minister Lena Varga with the Chilean ambassador"],
        ),
        # negative: "for" before a lower-case word ends the other side
        (
            "The Mayor of Riga met with the Ambassador of Chile for an hour in Riga on Monday.\nThey discussed ports.",
            ["meeting of The Mayor of Riga with the Ambassador of Chile"],
        ),
    ],
)
def test_events_one_walk_for_the_other_side(nlp, text, expected):
    assert event_names(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # class: "Name, Office" before the verb is one subject, the office the name's
        (
            "Dr. Ana Ruiz, Minister of Trade of Peru met the ambassadors of the Nordic countries in Lima.\n"
            "They discussed trade.",
            ["meeting of Dr. Ana Ruiz, Minister of Trade of Peru with the ambassadors of the Nordic countries"],
        ),
        # class: the appositive's closing comma starts no subject
        (
            "Maria Koval, the Minister of Trade of Peru, received a delegation of the Chilean Senate in Lima.\n"
            "They discussed trade.",
            ["meeting of Maria Koval, the Minister of Trade of Peru with a delegation of the Chilean Senate"],
        ),
        # class: "on" and a date before the verb are no words of the subject
        (
            "Peruvian Trade Minister on Tuesday met with the Ambassador of Chile in Lima.\nThey discussed copper.",
            ["meeting of Peruvian Trade Minister with the Ambassador of Chile"],
        ),
        # negative: a place set off by a comma opens no subject, and "the minister" names no one
        (
            "In Lima, the minister met the ambassadors of the Nordic countries on Monday.\nThey discussed trade.",
            [],
        ),
    ],
)
def test_events_group_meeting_subject(nlp, text, expected):
    assert event_names(nlp, text) == expected
