""" "Co-" before an office is a rank word as "Vice-" is (round 8 of roles): a Co-President or
Co-Chairman holds an office of its own, kept whole, never the President or no office at all."""

from __future__ import annotations

import pytest

from tests.readers import role_triples


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The conference was opened by Co-President Anna Weber on Monday.",
            {("Anna Weber", "Co-President", "")},
        ),
        ("Anna Weber, Co-Chairman of the Arctic Forum, spoke first.", {("Anna Weber", "Co-Chairman", "Arctic Forum")}),
        (
            "Anna Weber, Co-Rapporteur of the Monitoring Committee, spoke first.",
            {("Anna Weber", "Co-Rapporteur", "Monitoring Committee")},
        ),
        # negative: offices the lexicon lists with their "co-" keep their reading (as before)
        ("Anna Weber, co-founder of Blue Seas, spoke first.", {("Anna Weber", "co-founder", "Blue Seas")}),
        (
            "The forum's co-chairs – Anna Weber and Omar Diallo – opened the session.",
            {("Anna Weber", "co-chair", ""), ("Omar Diallo", "co-chair", "")},
        ),
        # negative: the President stays the President
        ("The conference was opened by President Anna Weber on Monday.", {("Anna Weber", "President", "")}),
    ],
)
def test_titles_co_rank_kept_with_its_office(nlp, text, expected):
    assert role_triples(nlp, text) == expected
