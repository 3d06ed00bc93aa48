"""The office "Supreme Commander" (`communique_titles`, lexicon `office`): one office, ranked
by "Deputy" as others are, never cut to "Commander". Every sentence here is written for the
test."""

from __future__ import annotations

import pytest

from tests.readers import role_pairs


@pytest.mark.parametrize(
    "text, name, title",
    [
        # class: a head of state's or a crown prince's command of the armed forces
        (
            "The parade was reviewed by the Crown Prince and Deputy Supreme Commander, Prince Talal bin Fahd, on Friday.",
            "Talal bin Fahd",
            "Deputy Supreme Commander",
        ),
        (
            "General Omar Haddad, Supreme Commander of the Armed Forces, opened the new base.",
            "Omar Haddad",
            "Supreme Commander",
        ),
        # (the plain rank keeps its office)
        ("Commander Lisa Tan of the naval base welcomed the guests.", "Lisa Tan", "Commander"),
    ],
)
def test_titles_supreme_commander(nlp, text, name, title):
    assert (name, title) in role_pairs(nlp, text)


def test_titles_supreme_commander_not_cut(nlp):
    # negative: the office is not cut to its last word
    text = "The parade was reviewed by the Crown Prince and Deputy Supreme Commander, Prince Talal bin Fahd, on Friday."
    assert ("Talal bin Fahd", "Commander") not in role_pairs(nlp, text)
