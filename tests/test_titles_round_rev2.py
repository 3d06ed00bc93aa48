"""Titles, round rev2: a rule a reviewer found firing too widely, narrowed.

Sentences written for these tests (no sentence or name of a reviewed text); the full model
reads them. Rows the narrowed rule must leave alone and rows it must still fire on."""

from __future__ import annotations

import pytest

from tests.readers import role_triples


# class: only an observance after an office's "on" is passed over as no remit: a Day, or a
# week, year or decade the world, a region or a nation observes; another "... Week" or
# "... Review" after "on" is the office's remit
@pytest.mark.parametrize(
    "text, expected",
    [
        # negative: a remit that ends in an occasion's word
        (
            "The Special Envoy on Youth Employment Week, Maria Lund, opened the fair.",
            {("Maria Lund", "Special Envoy on Youth Employment Week", "")},
        ),
        (
            "The Commissioner on Budget Review, Paul Otieno, spoke.",
            {("Paul Otieno", "Commissioner on Budget Review", "")},
        ),
        # positive: observances
        (
            "The Commissioner on European Mobility Week, Hanna Virta, spoke.",
            {("Hanna Virta", "Commissioner", "")},
        ),
        (
            "The Rapporteur on the International Decade, Ana Solo, spoke.",
            {("Ana Solo", "Rapporteur", "")},
        ),
        ("The Envoy on the National Day, Ana Solo, spoke.", {("Ana Solo", "Envoy", "")}),
    ],
)
def test_titles_only_an_observance_after_on_is_no_remit(nlp, text, expected):
    assert role_triples(nlp, text) == expected
