"""Organisations, round f6: classes from held-out sets 27-30 (a name closed by a year, a
national chamber's own name beside its English one, a head noun re-mentioned alone).

Each table is one class of error, on sentences written for these tests (no sentence or
name of a reviewed text); the full model reads them (the `nlp` fixture). Each table has
rows the rule must fire on and rows it must leave alone."""

from __future__ import annotations

import pytest

from tests.readers import organisation_names


# class: a name closed by a year ("Vision 2040", "Andes Summit 2019") is a plan, programme or
# one edition of an event, no organisation; a body without a year stays
@pytest.mark.parametrize(
    "text, absent, present",
    [
        ("Ministers endorsed the Blue Lakes Vision 2040 in Quito on Friday.", "Blue Lakes Vision 2040", None),
        (
            "The Nordic Lakes Strategy 2035 was presented by the Andean Water Council.",
            "Nordic Lakes Strategy 2035",
            "Andean Water Council",
        ),
        # negative: a body whose name holds a number that is no year
        ("The Andean Water Council met delegates of the Group of 77 in Quito.", None, "Andean Water Council"),
    ],
)
def test_organisations_a_name_closed_by_a_year(nlp, text, absent, present):
    found = organisation_names(nlp, text)
    if absent:
        assert absent not in found
    if present:
        assert present in found


# class: a unicameral national parliament known by a name of its own and written also as
# "<Country> Parliament": one organisation, one row
@pytest.mark.parametrize(
    "text, rows",
    [
        ("The Saeima hosted the talks in Riga. Speakers said the Latvian Parliament would vote in May.", 1),
        ("The Storting met on Monday, and the Parliament of Norway adopted the budget.", 1),
        # negative: two countries' parliaments stay two
        ("The Saeima hosted the talks, and the Parliament of Chile sent a delegation.", 2),
    ],
)
def test_organisations_a_chambers_own_and_english_name(nlp, text, rows):
    assert len(organisation_names(nlp, text)) == rows


# class: a body's head noun re-mentioned alone after "the" ("the Patriarchate") is the one
# body of the document it heads; alone in a document it names none
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Serbian Patriarchate signed the appeal. Later the Patriarchate was listed as an observer.",
            ["Serbian Patriarchate"],
        ),
        ("Later the Patriarchate was listed as an observer of the talks.", []),
    ],
)
def test_organisations_a_patriarchate_named_again_alone(nlp, text, expected):
    assert organisation_names(nlp, text) == expected


# class: a disease's name the model tags ORG ("COVID-19", "HIV/AIDS") is no organisation; a
# body named for one stays
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ministers of the Andean Water Council discussed recovery from COVID-19 in Quito.", ["Andean Water Council"]),
        ("The talks in Lima covered SARS-CoV-2 vaccines and the Andean Water Council.", ["Andean Water Council"]),
        # negative: a programme named for a disease is kept whole
        (
            "UNAIDS, the Joint United Nations Programme on HIV/AIDS, sent an envoy.",
            ["Joint United Nations Programme on HIV/AIDS"],
        ),
    ],
)
def test_organisations_a_disease_is_no_body(nlp, text, expected):
    assert organisation_names(nlp, text) == expected


# class: a press release's "For Immediate Release" label, alone or run by the model into the
# next line's name ("Immediate Release Office"), is page furniture
@pytest.mark.parametrize(
    "text, absent",
    [
        (
            "For Immediate Release\nOffice of the Spokesperson\nThe ministers met in Lima on Friday.",
            "Immediate Release",
        ),
        (
            "FOR IMMEDIATE RELEASE\nThe Andean Water Council met in Lima on Friday.",
            "IMMEDIATE RELEASE",
        ),
    ],
)
def test_organisations_an_immediate_release_label(nlp, text, absent):
    found = organisation_names(nlp, text)
    assert not any(absent.lower() in name.lower() for name in found)


# class: "the Commonwealth" alone is the Commonwealth of Nations; its name opening a state's
# formal name ("the Commonwealth of Virginia") is not, nor a body named with it
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Traders from across the Commonwealth met in Accra to discuss tariffs.", ["Commonwealth"]),
        ("The Governor of the Commonwealth of Kentucky met the delegates in Frankfort.", []),
        ("Leaders of the Commonwealth of the Bahamas met the delegates in Nassau.", []),
        (
            "The minister of state at the Foreign and Commonwealth Office opened the debate.",
            ["Foreign and Commonwealth Office"],
        ),
        # negative: a chamber's name before "of" and its country is the chamber
        ("The Speaker of the Knesset of Israel met the delegates.", ["Knesset"]),
    ],
)
def test_organisations_the_commonwealth_alone(nlp, text, expected):
    assert organisation_names(nlp, text) == expected


# class: a news outlet's short name in a dateline and its full name with "News Agency"
# further on: one outlet
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "SUVA (Coralwire) – The talks opened on Monday. Speaking to the Coralwire News Agency, the envoy "
            "praised the hosts.",
            1,
        ),
        # negative: another outlet's full name stays apart
        (
            "SUVA (Coralwire) – The talks opened on Monday. Speaking to the Lagoon News Agency, the envoy "
            "praised the hosts.",
            2,
        ),
    ],
)
def test_organisations_an_outlets_short_and_full_name(nlp, text, expected):
    assert len(organisation_names(nlp, text)) == expected


# class: a partnership's title ("a Stronger Partnership", "the Andean Partnership for
# Growth") is an initiative, no organisation; a known body named so stays
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The leaders launched the Andean Partnership for Growth in Lima.", []),
        ("The forum called for a Stronger Partnership between the two regions.", []),
        ("The Global Partnership for Education signed an agreement with Peru.", ["Global Partnership for Education"]),
    ],
)
def test_organisations_a_partnerships_title(nlp, text, expected):
    assert organisation_names(nlp, text) == expected


# class: a bare region word the model tags ORG ("the Hemisphere") and a document's acronym
# ("the MOU") name no body; the bodies beside them stay
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The envoy praised the Lakeside Institute's work across the Hemisphere.", ["Lakeside Institute"]),
        ("The rector signed the MOU with the Lakeside Institute on Monday.", ["Lakeside Institute"]),
        ("Both universities signed an MoU in Kigali with the Lakeside Institute.", ["Lakeside Institute"]),
    ],
)
def test_organisations_a_region_or_a_documents_acronym(nlp, text, expected):
    assert organisation_names(nlp, text) == expected


# class: an office's "of" complement that is one undefined word in capitals ("Chairperson of
# NORDMEC") is the body the office belongs to; a country's code, an acronym of no body and a
# known body's acronym are not taken so
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The welcome was given by Gen. Tomas Ruiz, Chairperson of LAWMVM.", ["LAWMVM"]),
        (
            "Also present were Gen. Tomas Ruiz Amad, Interim Chairperson of NORDMEC; and Amb. Lina Coro, "
            "Chairperson of ANWSMC.",
            ["NORDMEC", "ANWSMC"],
        ),
        ("Delegates thanked the Heads of ANDCO. for their support.", ["ANDCO"]),
        ("She is the Director of ICT at the ministry.", []),
        # an acronym opening a longer name is that name's
        ("The President of the NORDMEC Commission met the delegates.", ["NORDMEC Commission"]),
        ("The President of USA sent a letter to the summit.", []),
        ("The Managing Director of the IMF opened the session.", ["International Monetary Fund"]),
    ],
)
def test_organisations_an_offices_undefined_acronym(nlp, text, expected):
    assert organisation_names(nlp, text) == expected
