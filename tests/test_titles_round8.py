"""Round-8 title classes: rank words and offices the lexicon lacked (held-out set 21's role
errors), each with rows that must keep their old reading."""

from __future__ import annotations

import pytest

from tests.readers import role_triples


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: "Plenipotentiary" is a rank word before an office (office_modifier), so the
        # country's possessive before it still names the office's country
        (
            "Norway's Plenipotentiary Representative to the African Union, Ambassador Ingrid Solberg, took the floor.",
            {
                ("Ingrid Solberg", "Plenipotentiary Representative", "Norway"),
                ("Ingrid Solberg", "Ambassador", ""),
            },
        ),
        # negative: the office written with the word after it keeps its own reading
        (
            "Minister Plenipotentiary Jonas Berg of the Swedish embassy welcomed the guests.",
            {("Jonas Berg", "Minister Plenipotentiary", "Swedish embassy")},
        ),
    ],
)
def test_titles_plenipotentiary_rank_word(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: "Prime Cabinet Secretary" is one office, not "Cabinet Secretary" cut short
        (
            "The Prime Cabinet Secretary for Trade and Industry, Peter Wanyama, chaired the meeting.",
            {("Peter Wanyama", "Prime Cabinet Secretary for Trade and Industry", "")},
        ),
        # negative: "Prime Minister" and a plain "Cabinet Secretary" keep their reading
        (
            "Prime Minister Lucy Achieng met Cabinet Secretary Peter Wanyama on Monday.",
            {("Lucy Achieng", "Prime Minister", ""), ("Peter Wanyama", "Cabinet Secretary", "")},
        ),
    ],
)
def test_titles_prime_cabinet_secretary(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        # class: "A, Office1 and Office2 of B, C, Office3": the offices joined by "and" after A's
        # comma are A's apposition, none of them C's
        (
            "The talks were attended by Tomas Lindqvist, Vice President and Minister of Finance of "
            "Sweden, Dr Aino Virtanen, Minister of State for Trade of Finland, and delegates of the Nordic states.",
            "Aino Virtanen",
            {("Aino Virtanen", "Minister of State for Trade", "Finland")},
        ),
        # negative: a list that gives titles first keeps the joined offices before the name
        (
            "Present were the Minister of Finance of Sweden, Tomas Lindqvist, Vice President and "
            "Minister of Trade of Finland, Aino Virtanen, and the Speaker of the Althing, Jon Einarsson.",
            "Aino Virtanen",
            {
                ("Aino Virtanen", "Vice President", "Finland"),
                ("Aino Virtanen", "Minister of Trade", "Finland"),
            },
        ),
    ],
)
def test_titles_joined_offices_in_apposition_stay_with_the_name_before(nlp, text, name, expected):
    assert {r for r in role_triples(nlp, text) if r[0] == name} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class (silver 6, classes 3 and 8): offices the lexicon lacked, read whole: a field word
        # before Secretary ("commerce" a portfolio), "Cabinet Minister", "chief whip" with its
        # party, economists, the Senate's Marshal in both wordings
        ("Commerce Secretary Ravi Menon led the delegation.", {("Ravi Menon", "Commerce Secretary", "")}),
        ("Cabinet Minister Anil Kapoor said the accord was balanced.", {("Anil Kapoor", "Cabinet Minister", "")}),
        (
            "Labour Party chief whip Dorje Lama met the speaker on Monday.",
            {("Dorje Lama", "chief whip", "Labour Party")},
        ),
        (
            "Lead Economist for East Asia Maria Santos presented the outlook.",
            {("Maria Santos", "Lead Economist for East Asia", "")},
        ),
        ("Senate Marshal Piotr Nowak opened the sitting.", {("Piotr Nowak", "Senate Marshal", "")}),
        # negative: no name beside the office, or another office before the name
        ("The chief economist expects slower growth next year.", set()),
        ("Minister Anil Kapoor briefed the cabinet on the accord.", {("Anil Kapoor", "Minister", "")}),
    ],
)
def test_titles_offices_read_whole(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class (silver 6, class 9): one office of one person whose country is written two ways
        # (an acronym and the full name) is one row, with the longer name
        (
            "The US ambassador, Mark Doyle, met the minister. Ambassador Mark Doyle of the United States later left.",
            {("Mark Doyle", "Ambassador", "United States")},
        ),
        # negative: two countries, or two offices, stay two rows
        (
            "The Kenyan ambassador, Mark Doyle, met the minister. Mark Doyle, Minister of Trade of Kenya, later left.",
            {("Mark Doyle", "ambassador", "Kenya"), ("Mark Doyle", "Minister of Trade", "Kenya")},
        ),
    ],
)
def test_titles_one_country_two_spellings(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class (silver 6, class 5): in a "Name, Office of Country" list, a second office after a
        # name's country office naming another country is an unnamed item, not that name's
        (
            "The forum was opened by Kwesi Adjei Mensah, President of Ghana, Luis Alberto Paredes, President "
            "of Peru, Prime Minister of Chile as well as other guests.",
            {("Kwesi Adjei Mensah", "President", "Ghana"), ("Luis Alberto Paredes", "President", "Peru")},
        ),
        # negative: a second office of a body (no other country) stays the name's
        (
            "The talks were attended by Luis Alberto Paredes, President of Peru, Chair of the Andean "
            "Community, and by other leaders.",
            {("Luis Alberto Paredes", "President", "Peru"), ("Luis Alberto Paredes", "Chair", "Andean Community")},
        ),
    ],
)
def test_titles_second_country_apposition_is_another_item(nlp, text, expected):
    assert role_triples(nlp, text) == expected
