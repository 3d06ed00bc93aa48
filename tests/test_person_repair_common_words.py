"""A name a rule reads after an office or an honorific is no one's when the text also writes each
of its words in lower case: a headline's common words ("Minister Of Chile And Peru", "with Major
Export Deals"); `communique_person_repair`, `dropped:common-words`. A surname that is a common word
stays when the text never writes it in lower case. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.readers import person_names


@pytest.mark.parametrize(
    "text, not_person",
    [
        # class: a headline in title case, its function word after an office
        (
            "Foreign Minister Of Chile And Peru Discussed Trade Ties\n\n"
            "SANTIAGO, 4 May. The foreign ministers of Chile and Peru met on Monday.",
            "Of",
        ),
        # class: "Major" an adjective in a headline, read as a rank before a name
        (
            "Energy Minister Heads to Oslo with Major Export Deals\n\nThe minister will sign export deals worth millions.",
            "Export Deals",
        ),
        (
            "Envoys Close Round on Major Issues Facing Summit\n\n"
            "LISBON. Envoys met on Tuesday on the issues facing the summit.",
            "Issues Facing",
        ),
    ],
)
def test_person_repair_headline_common_words_are_no_name(nlp, text, not_person):
    assert not_person not in person_names(nlp, text)


@pytest.mark.parametrize(
    "text, person",
    [
        # negative: the surname never written in lower case
        ("Minister Kovalchuk received the delegation in Kyiv on Monday.", "Kovalchuk"),
        # negative: a name of common words, none written in lower case elsewhere
        (
            "Ambassador Grace Young opened the exhibition.\n\nThe exhibition runs until June.",
            "Grace Young",
        ),
        # negative: one word of the name written in lower case is not enough
        (
            "Ambassador Hope Kariuki opened the forum. Delegates said there was hope for a deal.",
            "Hope Kariuki",
        ),
    ],
)
def test_person_repair_name_after_honorific_kept_unless_every_word_is_common(nlp, text, person):
    assert person in person_names(nlp, text)
