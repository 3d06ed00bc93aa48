"""Person repair, silver review 5: short forms whatever their label (C4), name boundaries
(C5), persons in bulleted items anchored by an office (C1), acronyms as persons (C10).

Every sentence is invented for these tests."""

from __future__ import annotations

import pytest

from tests.readers import person_aliases


# class (silver5 C4): a later lone surname or given name of a person already found is that
# person's alias, whatever the model labelled it (or if it labelled nothing)
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Kenyan Foreign Minister Wanjiru Kamau chaired the session. Kamau urged members to act.",
            {"Wanjiru Kamau": ["Kamau"]},
        ),
        (
            "Prime Minister Haruto Takeda met the delegates. On Friday, Takeda outlined the plan.",
            {"Haruto Takeda": ["Takeda"]},
        ),
        (
            "The Bolivian minister Rosario Quispe spoke first. Quispe then left for the airport.",
            {"Rosario Quispe": ["Quispe"]},
        ),
        # a word of a longer capitalised run is no short form
        (
            "Speaker Matiu Rangi welcomed the guests. Rangi Foundation staff attended.",
            {"Matiu Rangi": []},
        ),
        # a common word the text also writes in lower case opens a sentence: no short form
        (
            "Trade Minister Sione Marsh Latu opened the fair. The marsh was drained. Marsh birds left.",
            {"Sione Marsh Latu": []},
        ),
    ],
)
def test_person_repair_short_forms_whatever_label(nlp, text, expected):
    assert person_aliases(nlp, text) == expected


# class (silver5 C10): an acronym in mixed case after an office word is no person
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Spokesperson MoHA said the talks were useful.", {}),
        ("— Spokesperson MoEA (@tradeoffice) said the visit went well.", {}),
        # a shouted Scottish surname stays a name
        ("Minister McKAY said the talks were useful.", {"McKAY": []}),
        ("Spokesperson Ruth Ngata said the talks were useful.", {"Ruth Ngata": []}),
    ],
)
def test_person_repair_mixed_case_acronym_no_person(nlp, text, expected):
    assert person_aliases(nlp, text) == expected


# class (silver5 C5): a headline's auxiliary verbs in title case are no name words
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Re: Hon. Kwabena Owusu Tetteh Was Never Told About The Plan", {"Kwabena Owusu Tetteh"}),
        ("Hon. Efua Mensima Darko Has Been Asked To Resign, Say Critics", {"Efua Mensima Darko"}),
        ("Hon. Efua Mensima Darko asked the board to resign.", {"Efua Mensima Darko"}),
    ],
)
def test_person_repair_headline_verbs_end_the_name(nlp, text, expected):
    assert set(person_aliases(nlp, text)) == expected


# class (silver5 C5): a place after "in"/"at" glued before a name is cut; the given name
# after a bullet opening the line is kept
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "At a press event in Tallinn Kristjan Mägiste, the State Secretary for trade, took questions.",
            {"Kristjan Mägiste"},
        ),
        (
            "After the talks in Kampala Oyelaran Bakare, the Deputy Minister of Trade of Nigeria, spoke.",
            {"Oyelaran Bakare"},
        ),
        (
            "The following envoys presented credentials:\n• Rosalind Mary Pettigrew, Canadian Ambassador.\n"
            "• Corwin Henry Adeyemi, Irish Ambassador.",
            {"Rosalind Mary Pettigrew", "Corwin Henry Adeyemi"},
        ),
        # no bullet, no preposition: the model's span stands
        ("Kofi Annan Mensah, the Secretary of State, spoke.", {"Kofi Annan Mensah"}),
    ],
)
def test_person_repair_first_word_of_the_name(nlp, text, expected):
    assert set(person_aliases(nlp, text)) == expected


# class (silver5 C1): a bulleted item "Name, <Nationality> <Office>" names a person whatever
# the model labelled it
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Credentials were presented by:\n• Rosalind Mary Pettigrew, Canadian Ambassador.\n"
            "• Ilse Dora Vantongeren, Dutch Ambassador.",
            {"Rosalind Mary Pettigrew", "Ilse Dora Vantongeren"},
        ),
        # a bulleted title-case line with no office after it names no one
        ("Topics:\n• Coastal Fisheries Management, Regional Outlook.", set()),
    ],
)
def test_person_repair_bulleted_item_with_office(nlp, text, expected):
    assert set(person_aliases(nlp, text)) == expected


# class (silver5 C1): pairs of office and holder joined by "and": the first holder, which the
# model took for an organisation, is a person; a plain list of names after one office is not
# read that way
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Togo's Minister of Foreign Affairs, Kodjo Mensah-Agbeko Ayité and Minister of Trade, "
            "Dr Kofi Asante attended.",
            {"Kodjo Mensah-Agbeko Ayité", "Kofi Asante"},
        ),
        (
            "The Chief Executive of the board, Goldfield Mining and Morgan Partners signed the deal.",
            set(),
        ),
    ],
)
def test_person_repair_office_holder_pairs(nlp, text, expected):
    assert set(person_aliases(nlp, text)) == expected


# class (silver5 C5): a generational suffix after a comma stays in the name
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Secretary of Trade Ramon T. Cruz, Jr. is in Hanoi to meet his counterpart.", {"Ramon T. Cruz, Jr."}),
        ("Foreign Secretary Ramon T. Cruz, Sr., met the press.", {"Ramon T. Cruz, Sr"}),
        ("Ramon T. Cruz, Secretary of Trade, is in Hanoi.", {"Ramon T. Cruz"}),
    ],
)
def test_person_repair_suffix_after_a_comma(nlp, text, expected):
    assert set(person_aliases(nlp, text)) == expected
