"""Organisations, round e5: classes from the held-out leftovers (an unknown acronym's
capitalised organ word, a country's ministry in lower case, a bare portfolio ministry).

Each table is one class of error, on sentences written for these tests (no sentence or
name of a reviewed text); the full model reads them (the `nlp` fixture). Each table has
rows the rule must fire on and rows it must leave alone."""

from __future__ import annotations

import pytest


def rows(nlp, text: str) -> list[str]:
    return [o["name"] for o in nlp(text)._.organisations]


# class: an acronym no span covers before a capitalised organ word ("the KORDA Secretariat"):
# the model tags the word alone, the acronym a nationality, or nothing; the two are one body
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Delegates thanked the KORDA Secretariat for preparing the meeting in Tbilisi.", ["KORDA Secretariat"]),
        (
            "The KORDA Secretariat, the Andes Water Board and Lima University drafted the agenda.",
            ["KORDA Secretariat", "Andes Water Board", "Lima University"],
        ),
        # negative: an acronym of a thing, and the organ word with no acronym before it
        ("The COVID Secretariat was set up in March.", []),
        ("The meeting thanked the Secretariat for its work.", []),
    ],
)
def test_organisations_an_unknown_acronyms_capitalised_organ(nlp, text, expected):
    assert rows(nlp, text) == expected
