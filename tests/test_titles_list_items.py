"""Title classes of lists of office holders and of long offices (review of unseen text): each
office goes with its own name, never one slot late; a long office is kept whole. Every class has
rows that must keep their old reading."""

from __future__ import annotations

import pytest


def roles(nlp, text):
    doc = nlp(text)
    return {(r["name"], r["title"], r["organisation"]) for r in doc._.roles}


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: "A, Office of B, and the Office of C, D": the "and" opens the list's next item,
        # so the first office's complement stops at its comma and the second office is D's
        (
            "Statements were made by Lena Kovac, Minister of Foreign Affairs of Slovenia, and the "
            "Minister of Defence of Croatia, Marko Horvat.",
            {
                ("Lena Kovac", "Minister of Foreign Affairs", "Slovenia"),
                ("Marko Horvat", "Minister of Defence", "Croatia"),
            },
        ),
        # negative: an office with no field of its own keeps its reading (as before)
        (
            "The accord was signed by Tomas Varga, Chairman of the Board, and the Director of the "
            "Agency, Miriam Schulz.",
            {("Tomas Varga", "Chairman", "Board"), ("Miriam Schulz", "Director", "Agency")},
        ),
        # negative: fields listed with a serial comma stay the office's field
        (
            "Lena Kovac, Minister for Trade, Industry, and Tourism, opened the fair.",
            {("Lena Kovac", "Minister for Trade, Industry, and Tourism", "")},
        ),
        # negative: a second office of the same person after "and", with no name after it
        (
            "Lena Kovac, Minister of Foreign Affairs of Slovenia, and Chair of the Council, spoke first.",
            {
                ("Lena Kovac", "Minister of Foreign Affairs", "Slovenia"),
                ("Lena Kovac", "Chair", "Council"),
            },
        ),
    ],
)
def test_titles_and_opens_the_next_item_after_a_complement(nlp, text, expected):
    assert roles(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: "Office A, and the Office of B, C": an office after "and" that a comma puts
        # before a later name is that name's, never the apposition of the name before the "and"
        (
            "Remarks were delivered by Foreign Minister Olga Berzina, Defence Minister Janis Ozols, "
            "and the Minister of Justice, Ilze Kalnina.",
            {
                ("Olga Berzina", "Foreign Minister", ""),
                ("Janis Ozols", "Defence Minister", ""),
                ("Ilze Kalnina", "Minister of Justice", ""),
            },
        ),
        (
            "The delegation included Deputy Minister Olga Berzina, and the Ambassador of Estonia, Janis Ozols.",
            {("Olga Berzina", "Deputy Minister", ""), ("Janis Ozols", "Ambassador", "Estonia")},
        ),
        # negative: an office right after the name's comma, no "and", stays its apposition
        (
            "Foreign Minister Olga Berzina, Chair of the Council, opened the session.",
            {("Olga Berzina", "Foreign Minister", ""), ("Olga Berzina", "Chair", "Council")},
        ),
        # negative: offices joined by "and" in apposition, no name after them
        (
            "We welcomed Janis Ozols, Ambassador of Estonia, and Dean of the Diplomatic Corps, who spoke first.",
            {("Janis Ozols", "Ambassador", "Estonia"), ("Janis Ozols", "Dean", "Diplomatic Corps")},
        ),
    ],
)
def test_titles_office_after_and_goes_to_the_later_name(nlp, text, expected):
    # "Dean of the Diplomatic Corps" and "Dean" + "Diplomatic Corps" are one role (GOLD_FORMAT)
    got = {
        (n, t.split(" of the ")[0], o or t.split(" of the ", 1)[1]) if " of the " in t and not o else (n, t, o)
        for n, t, o in roles(nlp, text)
    }
    assert got == expected
