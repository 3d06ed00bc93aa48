"""Rank words that make another office of the one after them (round 8 of roles): an honorary
consul or president is no consul or president, and an Under Secretary of State no Secretary of
State; the office is kept whole, with its rank, wherever it stands."""

from __future__ import annotations

import pytest

from tests.readers import role_triples


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: "honorary" before an office, in either case, is part of it
        (
            "The talks were attended by Mr. Tariq Saleem, the honorary consul of Chile in Dubai.",
            {("Tariq Saleem", "honorary consul", "Chile")},
        ),
        (
            "The talks were attended by Mr. Tariq Saleem, Chile's honorary consul in Dubai.",
            {("Tariq Saleem", "honorary consul", "Chile")},
        ),
        (
            "The talks were attended by Mr. Tariq Saleem, the Honorary Consul of Chile in Dubai.",
            {("Tariq Saleem", "Honorary Consul", "Chile")},
        ),
        ("Honorary President Eva Lind opened the congress.", {("Eva Lind", "Honorary President", "")}),
        # negative: the plain office keeps its reading (as before)
        (
            "The talks were attended by Mr. Tariq Saleem, the Consul of Chile in Dubai.",
            {("Tariq Saleem", "Consul", "Chile")},
        ),
    ],
)
def test_titles_honorary_office_kept_whole(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: "Under Secretary of State" is one office, never the Secretary of State
        (
            "The Minister received Under Secretary of State Mark Dean in Rabat.",
            {("Mark Dean", "Under Secretary of State", "")},
        ),
        (
            "Under Secretary of State Mark Dean arrived in Rabat on Monday.",
            {("Mark Dean", "Under Secretary of State", "")},
        ),
        (
            "The Minister received the Under Secretary of State for Trade of Canada, Mark Dean.",
            {("Mark Dean", "Under Secretary of State for Trade", "Canada")},
        ),
        # negative: the Secretary of State stays the Secretary of State (as before)
        (
            "The Minister received Secretary of State Mark Dean in Rabat.",
            {("Mark Dean", "Secretary of State", "")},
        ),
    ],
)
def test_titles_under_secretary_of_state_kept_whole(nlp, text, expected):
    assert role_triples(nlp, text) == expected
