"""Round-11 title classes (held-out set 22's role errors): each with rows that must keep their
old reading. Every sentence is invented."""

from __future__ import annotations

import pytest


def roles(nlp, text):
    doc = nlp(text)
    return {(r["name"], r["title"], r["organisation"]) for r in doc._.roles}


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: a list of envoys that gives each name its office right after it, no comma
        # between: every office is the name's before it, never the next name's
        (
            "The guests were John Miller Ambassador of Austria, Peter Brown High Commissioner of Kenya, "
            "David Clark Ambassador of Portugal and Maria Garcia Ambassador of Brazil.",
            {
                ("John Miller", "Ambassador", "Austria"),
                ("Peter Brown", "High Commissioner", "Kenya"),
                ("David Clark", "Ambassador", "Portugal"),
                ("Maria Garcia", "Ambassador", "Brazil"),
            },
        ),
        (
            "Among the callers were Mr John Miller the Ambassador of Austria, Mr Peter Brown the High "
            "Commissioner of Kenya, and Mr David Clark Ambassador of Portugal.",
            {
                ("John Miller", "Ambassador", "Austria"),
                ("Peter Brown", "High Commissioner", "Kenya"),
                ("David Clark", "Ambassador", "Portugal"),
            },
        ),
        # negative: a list that gives titles first keeps each office for the name after it
        (
            "Present were the Ambassador of Austria, Mr John Miller, the High Commissioner of Kenya, "
            "Mr Peter Brown, and the Ambassador of Portugal, Mr David Clark.",
            {
                ("John Miller", "Ambassador", "Austria"),
                ("Peter Brown", "High Commissioner", "Kenya"),
                ("David Clark", "Ambassador", "Portugal"),
            },
        ),
        # negative: commas around each office (names first) read as before
        (
            "The guests were Mr John Miller, Ambassador of Austria, Mr Peter Brown, the High "
            "Commissioner of Kenya, and Mr David Clark, Ambassador of Portugal.",
            {
                ("John Miller", "Ambassador", "Austria"),
                ("Peter Brown", "High Commissioner", "Kenya"),
                ("David Clark", "Ambassador", "Portugal"),
            },
        ),
        # negative: an office with no comma after it, right before the next name, is that name's
        (
            "John Miller Minister of Finance Peter Brown and others attended.",
            {("Peter Brown", "Minister of Finance", "")},
        ),
    ],
)
def test_glued_envoy_list(nlp, text, expected):
    assert roles(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: the addressee after an office's "to" (a letter or message from the office
        # holder to a person): no body the office is sent to, no office of the addressee
        (
            "A letter from John Miller, the Minister for Foreign Affairs of Austria to Madam Garcia was delivered.",
            {("John Miller", "Minister for Foreign Affairs", "Austria")},
        ),
        (
            "He handed a message from John Miller, the Prime Minister of Austria to Mrs Maria Garcia.",
            {("John Miller", "Prime Minister", "Austria")},
        ),
        (
            "He handed a message from John Miller, the Prime Minister of Austria to Maria Garcia, on Monday.",
            {("John Miller", "Prime Minister", "Austria")},
        ),
        # negative: a country after "to" is where the envoy is sent, read as before
        (
            "John Miller, the Ambassador of Austria to Kenya, arrived.",
            {("John Miller", "Ambassador", "Austria")},
        ),
        # negative: an office after "to" before a name is that name's
        (
            "John Miller, the Special Adviser to President Peter Brown, arrived.",
            {("John Miller", "Special Adviser", ""), ("Peter Brown", "President", "")},
        ),
    ],
)
def test_addressee_after_to(nlp, text, expected):
    assert roles(nlp, text) == expected
