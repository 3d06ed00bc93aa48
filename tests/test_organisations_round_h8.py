"""Organisations, round h8: classes from held-out sets 27-37 (news outlets the text credits in
wordings the credit rules missed, a model span run over a line
break from a byline or a letterhead into the next line's name).

Each table is one class of error, on sentences written for these tests (no sentence or
name of a reviewed text); the full model reads them (the `nlp` fixture). Each table has
rows the rule must fire on and rows it must leave alone."""

from __future__ import annotations

import pytest

from tests.readers import assert_listed, organisation_names, organisation_names_with_model_spans


# class: an outlet of one word credited at a sentence's end ("…, Nordvik reports.") that the
# model reads as a person: a surname the document never writes in a longer name is no person
@pytest.mark.parametrize(
    "text, span_text, present, absent",
    [
        (
            "The two foreign ministers met in Quito on Tuesday to discuss fisheries, Nordvik reports.",
            "Nordvik",
            "Nordvik",
            None,
        ),
        # negative: the surname of a person the text names in full is that person's
        (
            "Anders Nordvik, the envoy, opened the talks. The two foreign ministers met in Quito "
            "on Tuesday to discuss fisheries, Nordvik reports.",
            ["Anders Nordvik", "Nordvik"],
            None,
            "Nordvik",
        ),
    ],
)
def test_organisations_one_word_credit_read_as_a_person(nlp, text, span_text, present, absent):
    found = organisation_names_with_model_spans(nlp, text, span_text, "PERSON")
    assert_listed(found, present, absent)


# class: an outlet credited as the listener: "… told Nordpost.Pe." (closing the sentence) or
# "… told 'Andes Daily' that …" (quoted); never an office, a body, a place or a person
@pytest.mark.parametrize(
    "text, present, absent",
    [
        ("The trade fair drew some 300 firms this year, a ministry official told Nordpost.Pe.", "Nordpost.Pe", None),
        (
            "The deputy minister told 'Kestrel Daily' that the fair drew some 300 firms.",
            "Kestrel Daily",
            None,
        ),
        # negative: an office, a body or a place after "told"
        ("The trade fair drew some 300 firms this year, the envoy told the Minister.", None, "Minister"),
        ("The trade fair drew some 300 firms this year, the envoy told Parliament.", None, "Parliament"),
        ("The trade fair drew some 300 firms this year, the envoy told Quito.", None, "Quito"),
        # negative: one plain word closing the sentence may be a person's or a place's name
        ("The trade fair drew some 300 firms this year, the envoy told Marlow.", None, "Marlow"),
    ],
)
def test_organisations_outlet_told(nlp, text, present, absent):
    found = organisation_names(nlp, text)
    assert_listed(found, present, absent)


# class: bylines of an outlet ("By Andes Network" on a line of its own) and a writer's byline
# with the outlet after a spaced dash ("By Jane Roe – Nordpress:")
@pytest.mark.parametrize(
    "text, present, absent",
    [
        (
            "By Lakeside Network\n\nThe foreign ministers of Peru and Chile met in Lima on Monday.",
            "Lakeside Network",
            None,
        ),
        (
            "By Marta Ilves – Nordpress:\n\nThe foreign ministers of Peru and Chile met in Lima on Monday.",
            "Nordpress",
            None,
        ),
        # negative: a writer's byline alone, and a role or a country after the dash
        ("By Marta Ilves\n\nThe foreign ministers of Peru and Chile met in Lima on Monday.", None, "Marta Ilves"),
        ("By Marta Ilves – Staff:\n\nThe foreign ministers of Peru and Chile met in Lima on Monday.", None, "Staff"),
        ("By Marta Ilves – Chile:\n\nThe foreign ministers of Peru and Chile met in Lima on Monday.", None, "Chile"),
    ],
)
def test_organisations_outlet_bylines(nlp, text, present, absent):
    found = organisation_names(nlp, text)
    assert_listed(found, present, absent)


# class: an agency's mark closing an item on a line of its own after an en or em dash, or in
# brackets after the paragraph's last sentence; a hyphen opening a line is a list's bullet
@pytest.mark.parametrize(
    "text, present, absent",
    [
        ("The foreign ministers of Peru and Chile met in Lima on Monday.\n\n– NPX\n", "NPX", None),
        ("The ministers signed the fisheries pact in Lima on Monday. (GIPS)\n", "GIPS", None),
        # negative: a hyphen bullet under a sentence, and a country's code in brackets
        ("The foreign ministers of Peru and Chile met in Lima on Monday.\n- NPX\n- QRT\n", None, "NPX"),
        ("The foreign ministers of Peru and Chile met in Lima on Monday. (USA)\n", None, "USA"),
        # negative: a link's file type in brackets after the sentence (lexicon closing_mark)
        ("The full text of the fisheries pact is on the ministry's page. (PDF)\n", None, "PDF"),
    ],
)
def test_organisations_closing_agency_mark(nlp, text, present, absent):
    found = organisation_names(nlp, text)
    assert_listed(found, present, absent)


# class: a "Source:" line whose name the model runs on over the line's end into a person's
# name on the next line: the person is the next line's, the source the line's
@pytest.mark.parametrize(
    "text, span_text, present, absent",
    [
        (
            "The ministers met in Lima on Monday.\nSource: Nordbox\nKarl Weber is a writer for the site.",
            "Nordbox\nKarl Weber",
            "Nordbox",
            None,
        ),
        # negative: a person named on the source line itself
        (
            "The ministers met in Lima on Monday.\nSource: Karl Weber\nThe site is read widely.",
            "Karl Weber",
            None,
            "Karl Weber",
        ),
    ],
)
def test_organisations_source_line_person_over_the_break(nlp, text, span_text, present, absent):
    found = organisation_names_with_model_spans(nlp, text, span_text, "PERSON")
    assert_listed(found, present, absent)


# class: a model span run over a line break from a short line of its own (a byline, a
# letterhead) into a capitalised name on the next line is two names; a name wrapped in
# hard-wrapped prose (a long line before the break) stays one
@pytest.mark.parametrize(
    "text, span_text, present, absent",
    [
        (
            "By Kestrel Network\nMinistry of Fisheries and Ocean Affairs, Harbour Road\n"
            "The minister received the envoy of Chile on Monday.",
            "Kestrel Network\nMinistry of Fisheries and Ocean Affairs",
            "Ministry of Fisheries and Ocean Affairs",
            "Kestrel Network Ministry of Fisheries and Ocean Affairs",
        ),
        (
            "THE GOVERNMENT HOUSE\nOffice of the Chief Spokesman\nThe minister received the envoy on Monday.",
            "THE GOVERNMENT HOUSE\nOffice of the Chief Spokesman",
            "Office of the Chief Spokesman",
            "GOVERNMENT HOUSE Office of the Chief Spokesman",
        ),
        # negative: a name wrapped at the end of a long line of prose
        (
            "The ministers reviewed the implementation of the decisions taken by the Andean Fisheries\n"
            "Council in Lima last year and agreed on a new plan.",
            "the Andean Fisheries\nCouncil",
            "Andean Fisheries Council",
            None,
        ),
    ],
)
def test_organisations_span_over_a_short_lines_break(nlp, text, span_text, present, absent):
    found = organisation_names_with_model_spans(nlp, text, span_text)
    assert_listed(found, present, absent)


# class: a governmental body word in the plural after two countries' names or adjectives, or
# before "of" and the countries: each country's body, none of them named
@pytest.mark.parametrize(
    "text, span_text, absent, present",
    [
        (
            "Talks between the Peruvian and Chilean Foreign Ministries were held in Lima.",
            "Chilean Foreign Ministries",
            "Chilean Foreign Ministries",
            None,
        ),
        (
            "Talks between the Ministries of Fisheries of Peru and Chile were held in Lima.",
            "Ministries of Fisheries of Peru",
            "Ministries of Fisheries of Peru",
            None,
        ),
        (
            "The leaders of the Tonga and Fiji Governments met in Suva on Friday.",
            "Fiji Governments",
            "Fiji Governments",
            None,
        ),
        # negative: a plural word inside a name, and one country's body in the singular
        (
            "The Federation of Indian Chambers of Commerce hosted the delegation in Delhi.",
            "Federation of Indian Chambers of Commerce",
            None,
            "Federation of Indian Chambers of Commerce",
        ),
        (
            "The Peruvian Ministry of Fisheries hosted the delegation in Lima.",
            "Peruvian Ministry of Fisheries",
            None,
            "Peruvian Ministry of Fisheries",
        ),
    ],
)
def test_organisations_plural_bodies_of_countries(nlp, text, span_text, absent, present):
    found = organisation_names_with_model_spans(nlp, text, span_text)
    if absent:
        assert not any(absent in name or name in absent for name in found)
    if present:
        assert present in found
