"""Title classes of round 13 (held-out sets 28-30): a capitalised qualifier before an office,
a second office joined by "and" to a predicate's office, a country list after an envoy's
"to", and a plural office before two names joined by "and". Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.readers import role_triples


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: a capitalised qualifier naming the office's field or standing is the title's
        (
            "The mission bade farewell to Second Secretary Lina Okafor and Cultural Counsellor Tomas Brandt at a lunch.",
            {("Lina Okafor", "Second Secretary", ""), ("Tomas Brandt", "Cultural Counsellor", "")},
        ),
        (
            "Guests included the Defence Attaché Rolf Hansen and his wife.",
            {("Rolf Hansen", "Defence Attaché", "")},
        ),
        (
            "The talks were led by Principal Deputy Assistant Secretary Nadia Rahimi on Tuesday.",
            {("Nadia Rahimi", "Principal Deputy Assistant Secretary", "")},
        ),
        # negative: in lower case the word describes, the title is the office alone
        (
            "He met a political counsellor, Lina Okafor, on Tuesday.",
            {("Lina Okafor", "counsellor", "")},
        ),
        # negative: a sentence's first word is no qualifier ("Political" capitalised by position)
        (
            "Political Counsellor Lina Okafor opened the seminar.",
            {("Lina Okafor", "Counsellor", "")},
        ),
    ],
)
def test_office_qualifier(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: a second office joined by "and" to the predicate's office is the same holder's
        (
            "Speakers: Lena Fischer is the former ambassador to Chile and Deputy Assistant Secretary of State "
            "for the Bureau of Energy Resources.",
            {
                ("Lena Fischer", "ambassador", "Chile"),
                ("Lena Fischer", "Deputy Assistant Secretary of State", "Bureau of Energy Resources"),
            },
        ),
        (
            "Speakers: Omar Haddad is the former Deputy Assistant Secretary of State and ambassador to Peru.",
            {("Omar Haddad", "Deputy Assistant Secretary of State", ""), ("Omar Haddad", "ambassador", "Peru")},
        ),
        # negative: offices joined by "and" after an ordinary verb's object are no predicate
        ("Omar Haddad met the Chairman and Deputy Chairman of the board on Friday.", set()),
    ],
)
def test_predicate_joined_office(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: a list of countries after an envoy's "to": the office's country is the first
        (
            "Speakers: Omar Haddad is the former Deputy Assistant Secretary of State and ambassador to "
            "Tunisia, Oman and Nepal.",
            {("Omar Haddad", "Deputy Assistant Secretary of State", ""), ("Omar Haddad", "ambassador", "Tunisia")},
        ),
        # negative: a country after the comma of an office with no country of its own, right
        # before the holder's name, is still the office's
        (
            "The meeting heard the Minister of State for Trade, Malawi Ambassador Grace Banda.",
            {("Grace Banda", "Ambassador", "Malawi"), ("Grace Banda", "Minister of State for Trade", "Malawi")},
        ),
    ],
)
def test_envoy_country_list(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: a plural office right before two names joined by "and", no comma: both hold it
        (
            "Trade Ministers Ana Varga and Piet de Wit signed the protocol.",
            {("Ana Varga", "Trade Minister", ""), ("Piet de Wit", "Trade Minister", "")},
        ),
        # with "respectively" after them, the sentence's two countries before the office pair in order
        (
            "On behalf of Ghana and Togo, whose presidents stayed home, Foreign Ministers Ama Mensah and "
            "Kofi Dzeble, respectively, attended the talks.",
            {("Ama Mensah", "Foreign Minister", "Ghana"), ("Kofi Dzeble", "Foreign Minister", "Togo")},
        ),
        # two countries' adjectives joined by "and" before the office pair in order
        (
            "The forum was joined by Kenyan and Ugandan Trade Ministers Ana Varga and Piet de Wit.",
            {("Ana Varga", "Trade Minister", "Kenya"), ("Piet de Wit", "Trade Minister", "Uganda")},
        ),
        # one adjective: both hold the one country's office
        (
            "The forum was joined by Ugandan Trade Ministers Ana Varga and Piet de Wit.",
            {("Ana Varga", "Trade Minister", "Uganda"), ("Piet de Wit", "Trade Minister", "Uganda")},
        ),
        # negative: a second name with a country of its own leaves the list unread
        (
            "Foreign Ministers Ama Mensah and Kofi Dzeble of Togo met in Lomé.",
            set(),
        ),
    ],
)
def test_plural_office_two_names(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: an office shortened with a period right before a name, written out
        (
            "The delegation included Rep. Ana Varga, a friend of Kenya, and Rep. Piet de Wit.",
            {("Ana Varga", "Representative", ""), ("Piet de Wit", "Representative", "")},
        ),
        (
            "On Monday Sen. Lena Fischer met Gov. Omar Haddad in the capital.",
            {("Lena Fischer", "Senator", ""), ("Omar Haddad", "Governor", "")},
        ),
        # negative: the office before the short form's comma stays the earlier name's
        (
            "The group included Representative Ana Varga, who serves as the Chair of the House Budget "
            "Committee, Rep. Piet de Wit, and Rep. Lena Fischer.",
            {
                ("Ana Varga", "Representative", ""),
                ("Ana Varga", "Chair", "House Budget Committee"),
                ("Piet de Wit", "Representative", ""),
                ("Lena Fischer", "Representative", ""),
            },
        ),
        # negative: a surname closing a sentence before the next one's name
        ("The prize went to Ravi Sen. Maria Lopez then spoke.", set()),
        # negative: lower case, and no name after it
        ("The sales rep. Ana Varga called back.", set()),
        ("The Gov. of Kerala issued a statement.", set()),
    ],
)
def test_office_short_form(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: a plural office closing a body's name is a word of the name: the office before
        # it reads on to the holder's name
        (
            "Delegates welcomed the talks with Speaker of the Peruvian House of Representatives Lina Okafor on Monday.",
            {("Lina Okafor", "Speaker", "Peruvian House of Representatives")},
        ),
        (
            "Delegates met the Chairman of the Kenyan Council of Ministers Tomas Brandt on Monday.",
            {("Tomas Brandt", "Chairman", "Kenyan Council of Ministers")},
        ),
        (
            "Delegates met the Secretary of the Andean Council of Foreign Ministers Tomas Brandt on Monday.",
            {("Tomas Brandt", "Secretary", "Andean Council of Foreign Ministers")},
        ),
        # negative: after a lower-case noun and "of" a plural office is still one
        (
            "The meeting of Presidents Tomas Brandt and Ana Varga ended.",
            {("Tomas Brandt", "President", ""), ("Ana Varga", "President", "")},
        ),
        # negative: the body's name ends there; the plural office later in the sentence is one
        (
            "The Council of Ministers of Chad met, and Ministers Tomas Brandt and Ana Varga signed.",
            {("Tomas Brandt", "Minister", ""), ("Ana Varga", "Minister", "")},
        ),
    ],
)
def test_plural_office_in_body_name(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: a plural office's list of names set off by spaced dashes
        (
            "The forum Co-Chairs – Kofi Mensah and Lena Fischer – delivered a message.",
            {("Kofi Mensah", "Co-Chair", ""), ("Lena Fischer", "Co-Chair", "")},
        ),
        # negative: a dash opening an aside with other words before the name
        ("The Co-Chairs – so the host Kofi Mensah said – agreed on the text.", set()),
    ],
)
def test_plural_office_dash_list(nlp, text, expected):
    assert role_triples(nlp, text) == expected
