"""Religious offices (Patriarch, Supreme Patriarch, Apostolic Nuncio) are the
person's title, and "Archbishop" a clergy style before the name (`communique_titles`, lexicon
`office` and `honorific`). Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from tests.readers import role_pairs


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: a church's or a Sangha's head by the office before the name
        ("His Holiness Patriarch Kirill Danilov received the visitors.", {("Kirill Danilov", "Patriarch")}),
        ("The Supreme Patriarch Somdet Ariyavong blessed the delegates.", {("Somdet Ariyavong", "Supreme Patriarch")}),
        # class: the Holy See's envoy in apposition, his clergy style stripped from the name
        (
            "The Apostolic Nuncio, Archbishop Luigi Ventresca, presented his credentials.",
            {("Luigi Ventresca", "Apostolic Nuncio")},
        ),
        (
            "The minister then met the Papal Nuncio, H.E. Archbishop Marco Benetti, at the nunciature.",
            {("Marco Benetti", "Papal Nuncio")},
        ),
    ],
)
def test_titles_religious_offices(nlp, text, expected):
    assert role_pairs(nlp, text) == expected


def test_titles_archbishop_is_no_office_of_its_own(nlp):
    # negative: the clergy style alone gives no role
    pairs = role_pairs(nlp, "The Apostolic Nuncio, Archbishop Luigi Ventresca, presented his credentials.")
    assert ("Luigi Ventresca", "Archbishop") not in pairs


@pytest.mark.parametrize(
    "text, expected",
    [
        # negative: "Mufti" and "Rabbi" are surnames and given names too, no office cuts them off
        ("Chief Minister Rubina Mufti met the delegation in Srinagar.", {("Rubina Mufti", "Chief Minister")}),
        ("The envoy Golam Rabbi signed the accord.", {("Golam Rabbi", "envoy")}),
    ],
)
def test_titles_religious_words_that_are_names(nlp, text, expected):
    assert role_pairs(nlp, text) == expected
