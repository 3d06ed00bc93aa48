"""A long list that gives each name first and its office after it (round 8 of roles): once the
list has shown it gives names first, every later office before a comma is its own name's, never
the next name's, however many items the list has. A list that gives offices first keeps its
reading."""

from __future__ import annotations

import pytest

from tests.readers import role_triples


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The forum heard statements by Mr. Tomas Berg, President of the Nordic Council, Ms. Anna Lind, "
            "Minister of Trade of Sweden, Mr. Paul Mets, President of the Baltic Assembly, Dr. Eva Kask, "
            "Director of the Estonian Energy Agency, and Mr. Jan Dvorak, President of the Czech Senate.",
            {
                ("Tomas Berg", "President", "Nordic Council"),
                ("Anna Lind", "Minister of Trade", "Sweden"),
                ("Paul Mets", "President", "Baltic Assembly"),
                ("Eva Kask", "Director", "Estonian Energy Agency"),
                ("Jan Dvorak", "President", "Czech Senate"),
            },
        ),
        (
            "The panel brought together Ms. Olga Berzina, Director of the Riga Port Authority, Mr. Janis "
            "Ozols, Chairman of the Latvian Chamber of Commerce, Ms. Ilze Kalnina, Minister of Transport "
            "of Latvia, and Mr. Tomas Varga, Mayor of Vilnius.",
            {
                ("Olga Berzina", "Director", "Riga Port Authority"),
                ("Janis Ozols", "Chairman", "Latvian Chamber of Commerce"),
                ("Ilze Kalnina", "Minister of Transport", "Latvia"),
                ("Tomas Varga", "Mayor", "Vilnius"),
            },
        ),
        # negative: a list that gives offices first keeps its reading (as before)
        (
            "The forum heard statements by the President of the Nordic Council, Mr. Tomas Berg, the "
            "Minister of Trade of Sweden, Ms. Anna Lind, the President of the Baltic Assembly, Mr. Paul "
            "Mets, and the Director of the Estonian Energy Agency, Dr. Eva Kask.",
            {
                ("Tomas Berg", "President", "Nordic Council"),
                ("Anna Lind", "Minister of Trade", "Sweden"),
                ("Paul Mets", "President", "Baltic Assembly"),
                ("Eva Kask", "Director", "Estonian Energy Agency"),
            },
        ),
    ],
)
def test_titles_long_names_first_list_keeps_each_office_with_its_name(nlp, text, expected):
    assert role_triples(nlp, text) == expected
