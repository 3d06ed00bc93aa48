"""Organisations, round e5: classes from the held-out leftovers (an unknown acronym's
capitalised organ word, a country's ministry in lower case, a bare portfolio ministry).

Each table is one class of error, on sentences written for these tests (no sentence or
name of a reviewed text); the full model reads them (the `nlp` fixture). Each table has
rows the rule must fire on and rows it must leave alone."""

from __future__ import annotations

import pytest

from tests.readers import organisation_names


# class: an acronym no span covers before a capitalised organ word ("the KORDA Secretariat"):
# the model tags the word alone, the acronym a nationality, or nothing; the two are one body
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Delegates thanked the KORDA Secretariat for preparing the meeting in Tbilisi.", ["KORDA Secretariat"]),
        (
            "The KORDA Secretariat, the Andes Water Board and Lima University drafted the agenda.",
            ["KORDA Secretariat", "Andes Water Board", "Lima University"],
        ),
        # negative: an acronym of a thing, and the organ word with no acronym before it
        ("The COVID Secretariat was set up in March.", []),
        ("The meeting thanked the Secretariat for its work.", []),
    ],
)
def test_organisations_an_unknown_acronyms_capitalised_organ(nlp, text, expected):
    assert organisation_names(nlp, text) == expected


# class: a bare ministry's short name, its field before "Ministry" and no country before it
# ("Foreign Ministry in a statement said …" opening a paragraph), which the model misses out
# of a sentence's context: a rule span (`ministry_short_field`)
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Envoys meet the President\n\nQUITO: The President met envoys today.\n\n"
            "Foreign Ministry in a note said the session was the first of its kind.",
            ["Foreign Ministry"],
        ),
        (
            "Talks in Quito\n\nQUITO: Envoys met today.\n\nFinance Ministry in its note said the loan was signed.",
            ["Finance Ministry"],
        ),
        # negative: a minister, no ministry; a ministry's field in lower case
        ("Talks in Quito\n\nQUITO: Envoys met today.\n\nForeign Minister Ana Ruiz said the talks went well.", []),
        ("Talks in Quito\n\nQUITO: Envoys met today.\n\nThe foreign ministry staff said the talks went well.", []),
    ],
)
def test_organisations_a_bare_short_ministry_name(nlp, text, expected):
    assert organisation_names(nlp, text) == expected


# class: a country's ministry the text writes in lower case after the country's adjective or
# possessive ("the Chilean foreign ministry", "the Chilean ministry of health"): one body,
# the two wordings of one document one row
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The accord will be signed in June, the Chilean foreign ministry said on Tuesday.",
            ["Chilean foreign ministry"],
        ),
        ("An adviser at the Chilean ministry of health welcomed the grant.", ["Chilean ministry of health"]),
        (
            "The Chilean foreign ministry hosted the envoys. A director of the Chilean ministry of foreign "
            "affairs called the visit useful.",
            ["Chilean foreign ministry"],
        ),
        ("The accord will be signed in June, Chile's foreign ministry said.", ["Chile's foreign ministry"]),
        # negative: no country before the ministry, a minister, several ministries
        ("The accord will be signed in June, the foreign ministry said.", []),
        ("The Chilean minister of foreign affairs welcomed the grant.", []),
        ("The health ministries of Chile and Bolivia welcomed the grant.", []),
    ],
)
def test_organisations_a_countrys_ministry_in_lower_case(nlp, text, expected):
    assert organisation_names(nlp, text) == expected


# class: an event's common noun before "secretariat" in lower case ("the Summit secretariat",
# "the Conference secretariat"): the event's own office, named by no name of a body; a
# standing body's head word or a chamber's word before it still names one
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The delegates thanked the Summit secretariat for the report.", []),
        ("The Conference secretariat will circulate the draft to all delegations.", []),
        # negative: a standing body's head, a chamber
        ("The Pacific Forum secretariat published the report.", ["Pacific Forum secretariat"]),
        ("Delegates praised the Congress secretariat for its work.", ["Congress secretariat"]),
    ],
)
def test_organisations_an_events_secretariat_names_no_body(nlp, text, expected):
    assert organisation_names(nlp, text) == expected


# class: a treaty's title read from its parties on: a country's name, then "on" and the
# treaty's topic ("a pact between Peru and the Plurinational State of Bolivia on Water
# Sharing"), is the country, no body; a body named "… on <field>" stays
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The ministers initialled a pact between Peru and the Plurinational State of Bolivia on Water Sharing.", []),
        # negative: a body's own field after "on", a day after a country
        ("The Commission on Fisheries of Peru met in Lima.", ["Commission on Fisheries of Peru"]),
        ("Envoys of Chile and the Argentine Republic on Tuesday reviewed the border talks.", []),
    ],
)
def test_organisations_a_country_before_a_treatys_topic(nlp, text, expected):
    assert organisation_names(nlp, text) == expected


# class: a subnational unit named "<unit> of <Place>" where something is held in it ("… in
# the Commune of Assinie-Mafia"): the place, no body; one that acts as a sentence's subject
# is left alone
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Customs officers from five countries trained in the Commune of Assinie-Mafia last spring.", []),
        ("A youth football camp opened in the Commune of Grand Lahou on Saturday.", []),
        # negative: the unit as the subject of a sentence, a body word after "of"
        ("The Commune of Grand Lahou signed a twinning deal with a French town.", ["Commune of Grand Lahou"]),
        ("The talks were held in the Council of Alto Sur chamber.", ["Council of Alto Sur"]),
    ],
)
def test_organisations_a_unit_of_a_place_something_is_held_in(nlp, text, expected):
    assert organisation_names(nlp, text) == expected
