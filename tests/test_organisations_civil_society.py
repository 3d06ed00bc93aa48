"""Class: civil society, bare or with a nationality ("the voice of Civil Society", "the
efforts of Malian Civil Society"), is a sector of society, no one organisation (`generic`);
a named body of it stays."""

from __future__ import annotations

import pytest

from tests.readers import organisation_name_set


@pytest.mark.parametrize(
    "text, sector",
    [
        (
            "Hearing the views of Civil Society matters for good policy, the Secretariat of the "
            "Andean Community said on Tuesday.",
            "Civil Society",
        ),
        (
            "The network coordinates the efforts of Malian Civil Society on trade issues related to the African Union.",
            "Malian Civil Society",
        ),
    ],
)
def test_civil_society_is_no_organisation(nlp, text, sector):
    assert sector not in organisation_name_set(nlp, text)


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "The Malian Civil Society Coalition on Trade met the African Union delegation in Bamako.",
            "Malian Civil Society Coalition on Trade",
        ),
        (
            "The Civil Society Network for Water Rights signed the letter on Monday.",
            "Civil Society Network for Water Rights",
        ),
        ("Leaders of the Zambia Civil Society Coalition met the minister in Lusaka.", "Zambia Civil Society Coalition"),
    ],
)
def test_a_civil_society_body_stays(nlp, text, body):
    assert body in organisation_name_set(nlp, text)
