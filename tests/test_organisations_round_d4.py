"""Organisations, round d4: classes from a review of new-site texts (a list of bodies run
into one acronym's long form, "UN-<Word>" names cut at the hyphen, a country's mixed-case
ministry acronym, a rotating "Presidency Pro Tempore").

Each table is one class of error, on sentences written for these tests (no sentence or
name of a reviewed text); the full model reads them (the `nlp` fixture). Each table has
rows the rule must fire on and rows it must leave alone."""

from __future__ import annotations

import pytest

from tests.readers import organisation_names


# class: an acronym after the last of a list of bodies ("A, the B (BB), the C Fund (CF)")
# names the last item only, never the whole list; a comma inside one name stays
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "UNESCO joined the World Health Organization (WHO) and the UN Children's Fund (UNICEF) in "
            "sending delegates.",
            [
                "United Nations Educational, Scientific and Cultural Organization",
                "World Health Organization",
                "United Nations Children's Fund",
            ],
        ),
        (
            "Envoys of UNESCO, the International Labour Organization (ILO), the UN Children's Fund (UNICEF) and UNDP met.",
            [
                "United Nations Educational, Scientific and Cultural Organization",
                "International Labour Organization",
                "United Nations Children's Fund",
                "United Nations Development Programme",
            ],
        ),
        # negative: a comma inside one name
        (
            "The Ministry of Agriculture, Forestry and Fisheries (MAFF) hosted the talks.",
            ["Ministry of Agriculture, Forestry and Fisheries"],
        ),
        (
            "The United Nations Educational, Scientific and Cultural Organization (UNESCO) hosted the talks.",
            ["United Nations Educational, Scientific and Cultural Organization"],
        ),
    ],
)
def test_organisations_a_list_is_no_long_form(nlp, text, expected):
    assert organisation_names(nlp, text) == expected


# class: a known acronym glued by a hyphen to one capitalised word ("UN-Water",
# "UN-Energy") is one body's name, not the acronym's organisation
@pytest.mark.parametrize(
    "text, expected",
    [
        ("UN-Water coordinates the freshwater work of the system.", ["UN-Water"]),
        ("The report was written with UN-Energy and the World Bank.", ["UN-Energy", "World Bank"]),
        ("Experts from UN-HABITAT visited the site.", ["United Nations Human Settlements Programme"]),
        # negative: the acronym alone, an acronym in a compound, two bodies joined
        ("Ministers looked at where the MERCOSUR-EU negotiation stood.", ["Southern Common Market"]),
        ("The UN sent experts to the site.", ["United Nations"]),
        ("The OSCE-led mission visited the site.", ["Organization for Security and Co-operation in Europe"]),
    ],
)
def test_organisations_a_hyphened_acronym_name_is_kept_whole(nlp, text, expected):
    assert organisation_names(nlp, text) == expected


# class: a country with a mixed-case ministry acronym ("Peru MoFA", "the MoFA of Peru") is
# that country's Ministry of Foreign Affairs; an unrelated mixed-case word is not
@pytest.mark.parametrize(
    "text, expected_ids_of",
    [
        ("A spokesperson of Peru MoFA said the talks would resume.", ["Ministry of Foreign Affairs of Peru"]),
        ("The MoFA of Chile said the talks would resume.", ["Ministry of Foreign Affairs of Chile"]),
        # negative: no ministry acronym
        ("A spokesperson of Peru said the talks would resume.", []),
    ],
)
def test_organisations_a_countrys_mofa(nlp, text, expected_ids_of):
    from pipeline.components.org_names import org_id

    assert [o["org_id"] for o in nlp(text)._.organisations] == [org_id(n) for n in expected_ids_of]


# class: "pro tempore" in or right after a country's "Presidency" marks a rotating chair
# of a group, no body of the state; "the Presidency of Peru" alone stays the state's organ
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Within the framework of Peru's Presidency Pro Tempore of the Andean Community, ministers met.",
            ["Andean Community"],
        ),
        ("Chile's Presidency pro tempore of the Andean Community ends in June.", ["Andean Community"]),
        # negative: the state's own presidency
        ("The Presidency of Peru issued a statement on Monday.", ["Presidency of Peru"]),
    ],
)
def test_organisations_a_presidency_pro_tempore_is_no_body(nlp, text, expected):
    assert organisation_names(nlp, text) == expected


# class: an agency's acronym after a dash closing a paragraph ("… on Monday. – NPX") is the
# outlet the text credits; a closing mark ("– ENDS") or a country is no outlet
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ministers met in Lima on Tuesday to discuss trade. – NPX", ["NPX"]),
        ("Ministers met in Lima on Tuesday.\nThe talks resume in May. — NPX\n", ["NPX"]),
        # negative: closing marks and a country
        ("Ministers met in Lima on Tuesday to discuss trade. - ENDS", []),
        ("The summit ended on Tuesday. – USA", []),
    ],
)
def test_organisations_a_dash_credit_at_a_paragraphs_end(nlp, text, expected):
    assert organisation_names(nlp, text) == expected


# class: "for the year 2019" closing a span is a chair's term, no part of a name; a
# body's own field after "for" stays
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Speaking as Chair of the Union for the year 2020, the Bolivian President opened the summit, "
            "the African Union reported.",
            ["African Union"],
        ),
        # negative: a field after "for", and a year outside the name
        ("The Lakeside Council for Water Management met in 2019.", ["Lakeside Council for Water Management"]),
    ],
)
def test_organisations_a_chairs_term_year_is_no_part_of_a_name(nlp, text, expected):
    assert organisation_names(nlp, text) == expected
