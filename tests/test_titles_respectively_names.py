"""A bare plural office before names, then "of" and as many countries, closed by
"respectively": each name holds the office for the country in its place. Every sentence is
invented."""

from __future__ import annotations

import pytest

from tests.readers import role_triples


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Foreign Ministers Amara Diallo and Kwesi Boateng of Senegal and Ghana respectively signed the accord.",
            {("Amara Diallo", "Foreign Minister", "Senegal"), ("Kwesi Boateng", "Foreign Minister", "Ghana")},
        ),
        (
            "Ministers Halima Yusuf and Peter Kamau of Nigeria and Kenya respectively attended the meeting.",
            {("Halima Yusuf", "Minister", "Nigeria"), ("Peter Kamau", "Minister", "Kenya")},
        ),
        (
            "Ambassadors John Smith and Mary Jones of the United Kingdom and Canada, respectively, spoke.",
            {("John Smith", "Ambassador", "United Kingdom"), ("Mary Jones", "Ambassador", "Canada")},
        ),
        # the countries written in the office's complement, the names after (kept)
        (
            "The Presidents of Chile and Peru, Gabriel Boric and Dina Boluarte, respectively, opened the summit.",
            {("Gabriel Boric", "President", "Chile"), ("Dina Boluarte", "President", "Peru")},
        ),
        # negative: no "respectively", or fewer countries than names: no pairing (each holds the
        # plural office, no country: "a plural office before two names joined by 'and'")
        (
            "Foreign Ministers Amara Diallo and Kwesi Boateng signed the accord in Senegal and Ghana.",
            {("Amara Diallo", "Foreign Minister", ""), ("Kwesi Boateng", "Foreign Minister", "")},
        ),
        ("Ministers Halima Yusuf and Peter Kamau of Nigeria respectively attended the meeting.", set()),
    ],
)
def test_titles_names_then_countries_respectively(nlp, text, expected):
    assert role_triples(nlp, text) == expected
