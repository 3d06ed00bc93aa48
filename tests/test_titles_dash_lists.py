"""Title classes of offices set off by a spaced dash (round 8 of roles, counted over the tuning
sets: lists of speakers and delegations written "Name – Office of Body, Name – Office …", and
two offices of one holder joined by a dash before the name). Every class has rows that must keep
their old reading."""

from __future__ import annotations

import pytest

from tests.readers import role_triples


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: a list that gives each name its office after a spaced dash: the office after
        # A's dash is A's, never the office before B's comma
        (
            "Speakers included Mr. Ivan Petrov – Executive Director of the Sofia Trade Agency, Mr. "
            "Georgi Ivanov – General Secretary of the Chamber, and Ms. Elena Popova – member of the "
            "Board of the Union.",
            {
                ("Ivan Petrov", "Executive Director", "Sofia Trade Agency"),
                ("Georgi Ivanov", "General Secretary", "Chamber"),
                ("Elena Popova", "member", "Board of the Union"),
            },
        ),
        (
            "The panel was made up of Dr. Karin Holm – Director of the Nordic Water Institute, Mr. Lars "
            "Berg – Chairman of the Baltic Ports Council, and Ms. Anja Lind.",
            {
                ("Karin Holm", "Director", "Nordic Water Institute"),
                ("Lars Berg", "Chairman", "Baltic Ports Council"),
            },
        ),
        # negative: a list that gives offices first, with commas, keeps its reading (as before)
        (
            "The guests were the Director of the Nordic Water Institute, Dr. Karin Holm, and the "
            "Chairman of the Baltic Ports Council, Mr. Lars Berg.",
            {
                ("Karin Holm", "Director", "Nordic Water Institute"),
                ("Lars Berg", "Chairman", "Baltic Ports Council"),
            },
        ),
        # negative: an office before a comma after a place, no dash, is the next name's (as before)
        (
            "The meeting in Oslo was opened by Ivan Petrov, and the Executive Director of the Sofia "
            "Trade Agency, Georgi Ivanov, closed it.",
            {("Georgi Ivanov", "Executive Director", "Sofia Trade Agency")},
        ),
    ],
)
def test_titles_office_after_a_names_dash_is_that_names(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: two offices of one holder joined by a spaced dash right before the name: both
        # the holder's, the country closing the second one the first's too
        (
            "Deputy Prime Minister – Minister of Foreign Affairs of the Republic of Latvia Janis Ozols "
            "received the Ambassador of Chile.",
            {
                ("Janis Ozols", "Deputy Prime Minister", "Latvia"),
                ("Janis Ozols", "Minister of Foreign Affairs", "Latvia"),
            },
        ),
        (
            "First Deputy Prime Minister – Minister of Finance Olga Berzina opened the forum in Riga.",
            {
                ("Olga Berzina", "First Deputy Prime Minister", ""),
                ("Olga Berzina", "Minister of Finance", ""),
            },
        ),
        # negative: an office after an earlier name's dash stays that name's, never joined to the
        # office before the next name
        (
            "The delegation comprised Mr. Lars Berg – Chairman of the Baltic Ports Council – and "
            "Minister of Finance Olga Berzina.",
            {
                ("Lars Berg", "Chairman", "Baltic Ports Council"),
                ("Olga Berzina", "Minister of Finance", ""),
            },
        ),
        # negative: a single office before the name keeps its reading (as before)
        (
            "Minister of Finance Olga Berzina opened the forum in Riga.",
            {("Olga Berzina", "Minister of Finance", "")},
        ),
    ],
)
def test_titles_offices_joined_by_a_dash_before_a_name(nlp, text, expected):
    assert role_triples(nlp, text) == expected
