"""Two count classes (`communique_counts`): the letters of a seat in a legislature (MLA, MEP, MPP,
the lexicon's `parliament_post_nominal`) are person nouns like "MP"; and a `count_not_after` word
used as an adjective before its noun ("elected officials") describes other
people of the sentence, so it no longer drops the count before it. Every sentence here is
written for the test."""

from __future__ import annotations

import pytest

from tests.readers import count_rows


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: a legislature's seat letters counted as people
        ("Ten Manitoba MLAs attended the Prairie Trade Summit.", [(10, "exact", "participants")]),
        ("Some 14 MEPs took part in the hearing in Tartu.", [(14, "about", "participants")]),
        ("Eight MPPs joined the mission to Osaka.", [(8, "exact", "participants")]),
        # negative: the letters alone, no number, are no count
        ("The MLAs of the province attended the summit.", []),
        # class: an attributive participle after the count's noun
        (
            "The mission brought nearly 70 business and civic leaders as well as elected officials to Accra.",
            [(70, "about", "participants")],
        ),
        ("Over 200 delegates and elected officials attended the gala in Bergen.", [(200, "more_than", "participants")]),
        # negative: the participle as the verb of those counted still drops the count
        ("Seven countries were elected to the board during the session.", []),
        ("Twelve envoys were invited to the reception.", []),
        ("Nine states had ratified the treaty by then.", []),
    ],
)
def test_counts_seat_letters_and_attributive_participles(nlp, text, expected):
    assert count_rows(nlp, text) == expected
