"""Class: words naming a kind of organisation or a body's plan of work, no one organisation
(`generic`): "Non-Governmental Organizations (NGOs)" as a sector, "the Work Programme" or
"Programme of Work" a body adopts. Named programmes that are bodies stay."""

from __future__ import annotations

import pytest

from tests.readers import organisation_acronyms, organisation_name_set


@pytest.mark.parametrize(
    "text, generic",
    [
        (
            "Leaders of some 80 Non-Governmental Organizations (NGOs) signed the appeal in Yerevan.",
            "Non-Governmental Organizations",
        ),
        (
            "Members of Non-Governmental Organisations met the Minister of Health on Monday.",
            "Non-Governmental Organisations",
        ),
        ("The ministers approved the Work Programme for 2025-26 of the Andean Community.", "Work Programme"),
        ("The Council adopted its Programme of Work for the next biennium.", "Programme of Work"),
    ],
)
def test_a_sector_or_a_plan_is_no_organisation(nlp, text, generic):
    assert generic not in organisation_name_set(nlp, text)


def test_a_sectors_acronym_is_no_organisations(nlp):
    text = "Leaders of some 80 Non-Governmental Organizations (NGOs) signed the appeal in Yerevan."
    assert "NGOs" not in organisation_acronyms(nlp, text)


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "The United Nations Development Programme (UNDP) and the World Food Programme attended.",
            "World Food Programme",
        ),
        ("The ministers approved the Work Programme for 2025-26 of the Andean Community.", "Andean Community"),
    ],
)
def test_a_programme_that_is_a_body_stays(nlp, text, body):
    assert body in organisation_name_set(nlp, text)
