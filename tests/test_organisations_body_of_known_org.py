"""A known body's own body is named with a capitalised body word ("the Executive Council of
the African Union"); a lower-case common noun before "of the <known body>" names none."""

import pytest

from tests.readers import organisation_names

# Each text names a known body from the gazetteer after "of the"; `expected` must be an
# organisation row and `absent` must not be.
CASES = [
    (
        "The envoy addressed the Executive Council of the African Union in Addis Ababa on Monday.",
        "Executive Council of the African Union",
        None,
    ),
    (
        "Officials from Lesotho were briefed on the mandate and the structure of the SADC Secretariat.",
        "SADC Secretariat",
        "structure of the SADC Secretariat",
    ),
    (
        "The delegates toured the premises and heard about the committee of the African Union that oversees elections.",
        "African Union",
        "committee of the African Union",
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES)
def test_organisations_body_of_known_org_needs_a_capitalised_body_word(nlp, text, expected, absent):
    names = organisation_names(nlp, text)
    assert expected in names
    if absent is not None:
        assert absent not in names
