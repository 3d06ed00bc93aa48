"""Class: parliaments and their chambers named in their own language (the gazetteer's
"parliament" entries), and a bracketed word glossing such a name, which is no acronym."""

from __future__ import annotations

import pytest

from tests.readers import organisation_acronyms, organisation_name_set


@pytest.mark.parametrize(
    "text, present, absent",
    [
        (
            "The Chairman of the Majlisi Namoyandagon Majlisi Oli of the Republic of Tajikistan received "
            "a delegation from Latvia on Monday.",
            "Majlisi Namoyandagon",
            "Majlisi Oli",
        ),
        (
            "In Dushanbe the guests met the Chairman of the Majlisi Milli Majlisi Oli of the Republic of Tajikistan.",
            "Majlisi Milli",
            "Majlisi Oli",
        ),
        (
            "The Speaker of the Halk Maslahaty of Turkmenistan met the Ambassador of Japan in Ashgabat.",
            "Halk Maslahaty",
            None,
        ),
        ("Members of the Wolesi Jirga debated the budget in Kabul on Sunday.", "Wolesi Jirga", None),
        ("A delegation of the Pyithu Hluttaw visited Bangkok last week.", "Pyithu Hluttaw", None),
        # the whole parliament, named alone, stays itself
        (
            "The Majlisi Oli of the Republic of Tajikistan adopted the law on Friday.",
            "Majlisi Oli",
            "Majlisi Milli",
        ),
    ],
)
def test_native_chamber_names(nlp, text, present, absent):
    names = organisation_name_set(nlp, text)
    assert present in names
    if absent:
        assert absent not in names


@pytest.mark.parametrize(
    "text, gloss",
    [
        (
            "The head of the Parliamentary Trade Group of the Sejm (Parliament) of Poland visited Vilnius.",
            "Parliament",
        ),
        ("The Senatorial Caucus of the Senado (Senate) of Chile met the visiting envoys.", "Senate"),
    ],
)
def test_a_bracketed_gloss_is_no_acronym(nlp, text, gloss):
    assert gloss not in organisation_acronyms(nlp, text)


def test_a_title_case_acronym_is_still_one(nlp):
    text = "Engineers of the Baltic Energy Network (Baltenet) met in Riga on Monday."
    assert "Baltenet" in organisation_acronyms(nlp, text)
