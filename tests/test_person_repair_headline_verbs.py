"""A headline in capitals: the past-tense verb after the name is no word of it
(`communique_person_repair`, lexicon `not_a_name`); and a two-field portfolio ("Foreign
Affairs and Emigrants") is the office's, not the name's. Every sentence here is written for
the test."""

from __future__ import annotations

import pytest

from tests.readers import person_names, role_pairs


@pytest.mark.parametrize(
    "text, name, title",
    [
        # class: "OFFICE NAME VERBED THE …" headlines
        ("DEPUTY PRIME MINISTER KOVACEV ATTENDED THE OPENING OF THE TRADE FAIR", "Kovacev", "Deputy Prime Minister"),
        ("FOREIGN MINISTER PETROV ADDRESSED THE FORUM ON REGIONAL TRADE", "Petrov", "Foreign Minister"),
        ("PRIME MINISTER IVANOVA VISITED THE NEW PORT IN VARNA", "Ivanova", "Prime Minister"),
    ],
)
def test_person_repair_headline_verb_is_no_name_word(nlp, text, name, title):
    assert person_names(nlp, text) == {name}
    assert (name, title) in role_pairs(nlp, text)


@pytest.mark.parametrize(
    "text, name, titles",
    [
        # class: a ministry's field of its citizens abroad closes the office, the name follows
        (
            "Deputy Prime Minister and Minister of Foreign Affairs and Emigrants Karim Haddad said the talks were useful.",
            "Karim Haddad",
            {"Deputy Prime Minister", "Minister of Foreign Affairs and Emigrants"},
        ),
        # negative: a one-field portfolio as before
        (
            "Minister of Foreign Affairs Omar Haddad received the envoys.",
            "Omar Haddad",
            {"Minister of Foreign Affairs"},
        ),
    ],
)
def test_person_repair_two_field_portfolio_before_a_name(nlp, text, name, titles):
    assert person_names(nlp, text) == {name}
    assert {t for n, t in role_pairs(nlp, text) if n == name} == titles
