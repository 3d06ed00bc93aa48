"""Kind and place, round cdm2: an agency's relay opened by a dateline without a date, its city in
title case and the agency's name in brackets. Pages written for the test."""

from __future__ import annotations

import pytest

TAIL = (
    " The regional bloc opened the meeting of its council at its headquarters, the secretariat said. "
    "The session took place in the main hall and was held behind closed doors."
)


@pytest.mark.parametrize(
    "opening, kind, place, agency",
    [
        # Class: "City, Country (Agency Name)–The …": the agency credits a relay, news
        ("Maputo, Mozambique (Nordic Wire)–The", "news", "Maputo", "Nordic Wire"),
        ("Santo Domingo, Dominican Republic (Andes Press) - The", "news", "Santo Domingo", "Andes Press"),
        # negatives: a bracket that names the place or a weekday is no agency
        ("Maputo, Mozambique (Friday) - The", "press_release", None, None),
        ("Maputo (Mozambique) - The", "press_release", "Maputo", None),
        # negative (review): a speaker's line, a person's name before the office, is no dateline
        ("Maria Gonzalez, Director (Nordic Wire) - The", "press_release", None, None),
        ("Kofi Boateng, Chief Economist (Andes Press) – The", "press_release", None, None),
    ],
)
def test_kind_undated_dateline_with_a_named_agency(nlp, opening, kind, place, agency):
    doc = nlp(opening + TAIL)
    found = doc.text[slice(*doc._.dateline_agency)] if doc._.dateline_agency else None
    assert (doc._.kind, doc._.place, found) == (kind, place, agency)
