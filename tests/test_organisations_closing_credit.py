"""Class: the outlet signing off the story after its last sentence, nothing after it but blank
lines: its capitals on that line or on one of their own ("… of Peru. NPX", "…\\n\\nNPX"), or
its name in brackets ("… in 2020. (Lakeside Gazette)"). A person credited in brackets, a
place, a closing mark and an office's letters are none."""

from __future__ import annotations

import pytest

from tests.readers import organisation_name_set

LEAD = "The mayors agreed to work together in trade and tourism.\n\nLater the delegation visited the old city."


@pytest.mark.parametrize(
    "text, name",
    [
        (LEAD + " NPX\n", "NPX"),
        (LEAD + "\n\nNPX\n \n \n", "NPX"),
        (LEAD + " (Lakeside Gazette)\n", "Lakeside Gazette"),
        (LEAD + " (Andes Times)", "Andes Times"),
    ],
)
def test_the_outlet_signing_off_is_an_organisation(nlp, text, name):
    assert name in organisation_name_set(nlp, text)


@pytest.mark.parametrize(
    "text, absent",
    [
        (LEAD + " (Ana Maria Solo)\n", "Ana Maria Solo"),
        (LEAD + " (Ulaanbaatar)\n", "Ulaanbaatar"),
        (LEAD + " (END)\n", "END"),
        (LEAD + " ENDS\n", "ENDS"),
        (LEAD + " PM\n", "PM"),
        # not the text's end: a later paragraph goes on
        (LEAD + " NPX\n\nThe talks go on tomorrow in the old city.", "NPX"),
    ],
)
def test_what_signs_off_no_outlet(nlp, text, absent):
    assert absent not in organisation_name_set(nlp, text)
