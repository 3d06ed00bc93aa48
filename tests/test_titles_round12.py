"""Round-12 title classes (silver review 9 and held-out set 26's role errors): each with rows
that must keep their old reading. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.readers import organisation_name_set, role_triples


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: an office with no field of its own (`body_office`: founder, CEO, Secretary-General)
        # before an organisation the lists do not know: the capitalised words after "of" are its
        # body, never words of the title
        (
            "The panel heard Marta Lindqvist, the founder of Feed The Block, on the role of volunteers.",
            {("Marta Lindqvist", "founder", "Feed The Block")},
        ),
        (
            "The panel heard Marta Lindqvist, the co-founder of Northwind Partners, before lunch.",
            {("Marta Lindqvist", "co-founder", "Northwind Partners")},
        ),
        (
            "Opening remarks came from Osei Mensah, Secretary-General of the Francophonie, who thanked the hosts.",
            {("Osei Mensah", "Secretary-General", "Francophonie")},
        ),
        (
            "Marta Lindqvist, Managing Director of Clean Rivers Now, spoke at the event.",
            {("Marta Lindqvist", "Managing Director", "Clean Rivers Now")},
        ),
        (
            "The meeting was opened by the Deputy Secretary-General of the Commonwealth, Ms Leila Haddad.",
            {("Leila Haddad", "Deputy Secretary-General", "Commonwealth")},
        ),
        # class: offices joined by "&" as by "and", the body named once at the end
        (
            "Guests included Pavel Dvorak, Founder & CEO of Tidewell, who spoke on financing.",
            {("Pavel Dvorak", "Founder", "Tidewell"), ("Pavel Dvorak", "CEO", "Tidewell")},
        ),
        # negative: an office that has a field keeps it in its title
        (
            "The panel heard Marta Lindqvist, Minister of Agriculture, on food prices.",
            {("Marta Lindqvist", "Minister of Agriculture", "")},
        ),
        (
            "The panel heard Marta Lindqvist, Director of Communications, on the campaign.",
            {("Marta Lindqvist", "Director of Communications", "")},
        ),
        # negative: a country after a body office stays the country
        (
            "The panel heard Osei Mensah, Chairman of Ghana, on Monday.",
            {("Osei Mensah", "Chairman", "Ghana")},
        ),
    ],
)
def test_body_office(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, name, kept",
    [
        # class: the body after a body office's "of" is an organisation, no office's field
        ("Marta Lindqvist, Chairman of Clean Rivers Now, spoke at the event.", "Clean Rivers Now", True),
        ("Marta Lindqvist, Managing Director of Clean Rivers Now, spoke.", "Clean Rivers Now", True),
        # negative: an office's field after "of" is still no organisation
        ("Marta Lindqvist, the Director of Public Information, spoke.", "Public Information", False),
    ],
)
def test_body_office_organisation(nlp, text, name, kept):
    assert (name in organisation_name_set(nlp, text)) is kept


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: an apposition after the name that opens with "the new" / "the late" (a word of
        # the holder's term) before the office, with or without a demonym: the name's office
        (
            "Michael Thompson, the new Minister of Finance, was welcomed by his counterparts.",
            {("Michael Thompson", "Minister of Finance", "")},
        ),
        (
            "Michael Thompson, the new Czech Minister of Finance, said the plan was sound.",
            {("Michael Thompson", "Minister of Finance", "Czechia")},
        ),
        (
            "We remember Sarah Collins, the late Ambassador of Austria to Kenya, with gratitude.",
            {("Sarah Collins", "Ambassador", "Austria")},
        ),
        # negative: "the new" office as the object of a verb is nobody's apposition
        (
            "Michael Thompson met the new Minister of Finance on Monday.",
            set(),
        ),
    ],
)
def test_term_word_before_apposition(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: a plural office, a colon, then items "Name, apposition;" closed by semicolons:
        # each listed name holds the office, besides its own apposition
        (
            "The co-chairs were: Mr Daniel Hughes, Minister of Energy of Canada; and The Hon. "
            "Laura Bennett, Minister of Mines of Ghana.",
            {
                ("Daniel Hughes", "co-chair", ""),
                ("Daniel Hughes", "Minister of Energy", "Canada"),
                ("Laura Bennett", "co-chair", ""),
                ("Laura Bennett", "Minister of Mines", "Ghana"),
            },
        ),
        (
            "The Rapporteurs are: Dr Peter Walsh, Minister of Health of Ireland; Ms Emily Carter, "
            "Minister of Labour of Jamaica; and Mr George Adams, Minister of Education of Fiji.",
            {
                ("Peter Walsh", "Rapporteur", ""),
                ("Peter Walsh", "Minister of Health", "Ireland"),
                ("Emily Carter", "Rapporteur", ""),
                ("Emily Carter", "Minister of Labour", "Jamaica"),
                ("George Adams", "Rapporteur", ""),
                ("George Adams", "Minister of Education", "Fiji"),
            },
        ),
        # negative: a bare heading with a colon is a programme's list, no office of the names
        (
            "Rapporteurs: Dr Peter Walsh, Minister of Health of Ireland; Ms Emily Carter, Minister of "
            "Labour of Jamaica.",
            {
                ("Peter Walsh", "Minister of Health", "Ireland"),
                ("Emily Carter", "Minister of Labour", "Jamaica"),
            },
        ),
        # negative: semicolons with no colon opening the list give no plural office
        (
            "The Rapporteurs met Dr Peter Walsh, Minister of Health of Ireland; and Ms Emily Carter, "
            "Minister of Labour of Jamaica.",
            {
                ("Peter Walsh", "Minister of Health", "Ireland"),
                ("Emily Carter", "Minister of Labour", "Jamaica"),
            },
        ),
    ],
)
def test_colon_list_with_semicolon_items(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: two offices joined by a slash, before the name or in apposition after it: both
        # are the name's (not only the second one before the name, the first one after it)
        (
            "A statement by Special Representative/Head of Mission Daniel Hughes was read out.",
            {("Daniel Hughes", "Special Representative", ""), ("Daniel Hughes", "Head of Mission", "")},
        ),
        (
            "The talks were opened by Daniel Hughes, High Representative/Vice-President, on Monday.",
            {("Daniel Hughes", "High Representative", ""), ("Daniel Hughes", "Vice-President", "")},
        ),
        (
            "Guests heard Laura Bennett, Chairman/CEO of Tidewell, after lunch.",
            {("Laura Bennett", "Chairman", "Tidewell"), ("Laura Bennett", "CEO", "Tidewell")},
        ),
        # negative: a slash between two fields of one office adds no office
        (
            "Laura Bennett, Minister of Trade, spoke about the import/export figures.",
            {("Laura Bennett", "Minister of Trade", "")},
        ),
    ],
)
def test_slash_joined_offices(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: a city after "in" / "at" right before an office is where the holder is, never
        # the office's country
        (
            "Last week in Vienna Trade Minister Laura Bennett signed the accord.",
            {("Laura Bennett", "Trade Minister", "")},
        ),
        (
            "Yesterday at Nairobi Defence Minister Daniel Hughes opened the fair.",
            {("Daniel Hughes", "Defence Minister", "")},
        ),
        # negative: a city's own office keeps its city; a country before the office stays its own
        (
            "On Friday Vienna Mayor Laura Bennett opened the fair.",
            {("Laura Bennett", "Mayor", "Vienna")},
        ),
        (
            "The forum met in Nairobi. Kenya Trade Minister Daniel Hughes opened it.",
            {("Daniel Hughes", "Trade Minister", "Kenya")},
        ),
    ],
)
def test_city_after_in_before_office(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: a body's acronym after "and", right before a second office, is that office's
        # body, never a word of the first office's field
        (
            "Michael Thompson, Minister of Trade and WTO Ambassador, spoke.",
            {("Michael Thompson", "Minister of Trade", ""), ("Michael Thompson", "Ambassador", "WTO")},
        ),
        (
            "Polish Minister of Finance and IMF Governor Michael Thompson spoke first.",
            {("Michael Thompson", "Minister of Finance", "Poland"), ("Michael Thompson", "Governor", "IMF")},
        ),
        # negative: an acronym closing the field, no office after it, stays in the field
        (
            "Michael Thompson, Minister of Youth and ICT, spoke.",
            {("Michael Thompson", "Minister of Youth and ICT", "")},
        ),
    ],
)
def test_acronym_after_and_before_office(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: "<Side> , was represented by X, <office>": a stray comma between the side and
        # its verb leaves the side the office's organisation
        (
            "The Kingdom of Tonga , was represented by Dr Michael Thompson, Minister of Health.",
            {("Michael Thompson", "Minister of Health", "Tonga")},
        ),
        (
            "Kenya, was represented by Mr Daniel Hughes, Minister of Energy.",
            {("Daniel Hughes", "Minister of Energy", "Kenya")},
        ),
        # negative: with no side verb the country before the comma is no side
        (
            "Kenya, said Mr Daniel Hughes, Minister of Energy, is ready.",
            {("Daniel Hughes", "Minister of Energy", "")},
        ),
    ],
)
def test_stray_comma_before_side_verb(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: a title written all in capitals (a speech's header) is given as a title is
        # written; abbreviations in capitals stay as written
        (
            "ADDRESS BY AMBASSADOR MICHAEL THOMPSON, MINISTER OF FOREIGN AFFAIRS OF KENYA",
            {("Michael Thompson", "Ambassador", ""), ("Michael Thompson", "Minister of Foreign Affairs", "Kenya")},
        ),
        (
            "Statement by the VICE-PRESIDENT Michael Thompson.",
            {("Michael Thompson", "Vice-President", "")},
        ),
        # negative: an abbreviated office in capitals stays as written
        (
            "Michael Thompson, CEO of Tidewell, spoke.",
            {("Michael Thompson", "CEO", "Tidewell")},
        ),
    ],
)
def test_capitals_title_recased(nlp, text, expected):
    assert role_triples(nlp, text) == expected
