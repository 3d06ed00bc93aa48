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
            "Welcome addresses were delivered by Mr. Ivan Petrov, President of the National Assembly, "
            "Mr. Georgi Ivanov, President of the Senate, Mr. Lars Berg, Deputy Prime Minister of Norway, "
            "Dr. Karin Holm, Secretary-General of the Nordic Council, and Mr. Anton Novak, President of "
            "the IPU.",
            {
                ("Ivan Petrov", "President", "National Assembly"),
                ("Georgi Ivanov", "President", "Senate"),
                ("Lars Berg", "Deputy Prime Minister", "Norway"),
                ("Karin Holm", "Secretary-General", "Nordic Council"),
                ("Anton Novak", "President", "IPU"),
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
            "Welcome addresses were delivered by the President of the National Assembly, Mr. Ivan "
            "Petrov, the President of the Senate, Mr. Georgi Ivanov, the Deputy Prime Minister of "
            "Norway, Mr. Lars Berg, and the Secretary-General of the Nordic Council, Dr. Karin Holm.",
            {
                ("Ivan Petrov", "President", "National Assembly"),
                ("Georgi Ivanov", "President", "Senate"),
                ("Lars Berg", "Deputy Prime Minister", "Norway"),
                ("Karin Holm", "Secretary-General", "Nordic Council"),
            },
        ),
    ],
)
def test_titles_long_names_first_list_keeps_each_office_with_its_name(nlp, text, expected):
    assert role_triples(nlp, text) == expected
