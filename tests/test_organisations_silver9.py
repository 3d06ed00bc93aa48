"""Organisations, round silver9 / held-out 26: false rows and cut names.

Each table is one class, on sentences written for these tests (no sentence or name of a
reviewed text); the full model reads them (the `nlp` fixture). Each table has rows the rule
must fire on and rows it must leave alone."""

from __future__ import annotations

import pytest

from tests.readers import organisation_names


# class (silver review 9, 1c): a national honour's letters after a person's name and its comma
# (lexicon post_nominal: Nigeria's GCFR, MFR, OFR …) are the person's, no organisation
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dr Musa Bello, MFR, Minister of Trade, opened the fair.", []),
        ("The award went to Alhaji Sani Garba, OFR, a retired judge.", []),
        # negative: the letters away from a name, and a known honour after one, as before
        ("Officials of the MFR met in Lagos on Monday.", ["MFR"]),
        ("Mr Tomas Lind, CBE, Director of the Nordic Institute, spoke.", ["Nordic Institute"]),
    ],
)
def test_organisations_national_honours_after_a_name(nlp, text, expected):
    assert organisation_names(nlp, text) == expected


# class (held-out review 26): a royal style in capitals before a prince's name ("HSH", as
# "HRH" is; lexicon honorific) is no organisation
@pytest.mark.parametrize(
    "text, expected",
    [
        ("HSH Princess Caroline of Hanover attended the gala with the Minister.", []),
        # negative: other capitals before a verb stay a body
        ("The HSE issued new guidance to employers on Monday.", ["HSE"]),
    ],
)
def test_organisations_royal_style_in_capitals(nlp, text, expected):
    assert organisation_names(nlp, text) == expected


# class (silver review 9, 1c): an ordinal's suffix written apart from its number ("14 TH")
# is part of a date, never an acronym
@pytest.mark.parametrize(
    "text, expected",
    [
        ("ADDRESS BY THE MINISTER OF STATE AT THE OPENING CEREMONY, TUESDAY, 14 TH APRIL 2015", []),
        # negative: the same letters opening a company's name
        ("Officials from ST Engineering signed the deal in Singapore.", ["ST Engineering"]),
    ],
)
def test_organisations_ordinal_suffix_is_no_acronym(nlp, text, expected):
    assert organisation_names(nlp, text) == expected


# class (silver review 9, 1b): "the State of <Name>" of no country is a federation's state,
# a place
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Delegates travelled from the State of Sarawak to the capital.", []),
        ("The meeting of the State of Victoria and the State of Bavaria took place.", []),
        # negative: a body word inside keeps the name
        ("The State of Law Coalition won seats in the election.", ["State of Law Coalition"]),
    ],
)
def test_organisations_state_of_a_federation_is_a_place(nlp, text, expected):
    assert organisation_names(nlp, text) == expected


# class (held-out review 26): a body word alone in the plural ("the Committees") names no one
# organisation
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The report was adopted by the Committees.", []),
        ("The Secretariat thanked the Committees for their work.", []),
        # negative: a plural word that ends a name keeps it
        ("The delegates thanked the Nordic Health Services for its support.", ["Nordic Health Services"]),
    ],
)
def test_organisations_plural_body_word_alone(nlp, text, expected):
    assert organisation_names(nlp, text) == expected


# class (silver review 9, 1a): adjectives joined by "and" before a common noun ("National and
# Regional programmes") are its modifiers, no name
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The network supports National and Regional programmes on water.", []),
        ("Funding will go to Local and Provincial authorities.", []),
        # negative: a body word after them makes a name
        ("The Economic and Social Council met in New York.", ["Economic and Social Council"]),
    ],
)
def test_organisations_coordinated_adjectives_no_name(nlp, text, expected):
    assert organisation_names(nlp, text) == expected


# class (silver review 9, 8): a name cut inside a hyphenated word ("South-" + "South …",
# "Non" + "-formal Learning") takes the whole word
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Peruvian North-South Water and Energy Fund finances wells in the highlands.",
            ["North-South Water and Energy Fund"],
        ),
        (
            "He met the Ministry of Education, Youth, Sports and Non-formal Learning in Apia.",
            ["Ministry of Education, Youth, Sports and Non-formal Learning"],
        ),
        # negative: a hyphenated word after a place's name that the name does not go on from
        ("A Dhaka-based think tank, the Bay Institute, organised it.", ["Bay Institute"]),
        ("The Asia-Pacific Economic Cooperation forum met in Lima.", ["Asia-Pacific Economic Cooperation"]),
    ],
)
def test_organisations_name_cut_at_a_hyphen(nlp, text, expected):
    assert organisation_names(nlp, text) == expected


# class (held-out review 26): the last of an office's fields after a comma, ending in
# "Services" ("Minister of Labour, Youth and Social Services"), is a field
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Minister of Labour, Youth and Social Services, Ana Kolo, closed the debate.", []),
        # negative: services of a body's own name, after no office
        ("The delegates thanked the Nordic Health Services for its support.", ["Nordic Health Services"]),
    ],
)
def test_organisations_office_field_ending_in_services(nlp, text, expected):
    assert organisation_names(nlp, text) == expected


# class (silver review 9, 1e): a span opened by the possessive of the word before it
# ("the organisation’s" + "’s Executive Council") loses it
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Staff prepared the sessions of the agency’s Executive Board in Rome.", ["Executive Board"]),
        # negative: a name's own possessive inside stays
        ("The Ministry’s Planning Unit drafted the plan.", ["Ministry’s Planning Unit"]),
    ],
)
def test_organisations_span_opened_by_a_possessive(nlp, text, expected):
    assert organisation_names(nlp, text) == expected


# class (held-out review 26): words inside the quotation marks of a theme, a slogan or a motto
# (single marks too) are the title's, no organisation, even with a body word
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The conference was held under the theme “Border Reform – the Mission of Customs Service”.", []),
        # negative: a body named before the theme, and a known name inside it, stay
        ("The Nordic Coastal Service hosted the forum under the theme ‘Clean Seas’.", ["Nordic Coastal Service"]),
        ("Under the theme ‘Partnership with the United Nations’, the forum opened.", ["United Nations"]),
    ],
)
def test_organisations_words_of_a_quoted_theme(nlp, text, expected):
    assert organisation_names(nlp, text) == expected


# class (silver review 9, 8): a ministry of a list of portfolios cut by the model at a comma
# before a hyphenated portfolio ("Co-operatives") takes the whole list
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "She thanked the Ministry of Tourism, Heritage, Co-operatives and Culture for its support.",
            ["Ministry of Tourism, Heritage, Co-operatives and Culture"],
        ),
        (
            "Staff of the Ministry of Youth, Sports, Co-operatives and Small Enterprises visited Honiara.",
            ["Ministry of Youth, Sports, Co-operatives and Small Enterprises"],
        ),
        # negative: a list of bodies after a ministry stays a list of bodies
        (
            "The Ministry of Health, the Nordic Council and the Andean Co-operative Union met.",
            ["Ministry of Health", "Nordic Council", "Andean Co-operative Union"],
        ),
        ("The Ministry of Trade, Industry and Labour met in Apia.", ["Ministry of Trade, Industry and Labour"]),
    ],
)
def test_organisations_ministry_of_listed_portfolios(nlp, text, expected):
    assert organisation_names(nlp, text) == expected


# class (held-out review 26): a headline's title-case verb after a body word and before a
# lower-case preposition ("… University Participate in …") is no word of the name
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Delegates of Nordic Ocean University Participate in the 5th Youth Forum at the United Nations",
            ["Nordic Ocean University", "United Nations"],
        ),
        # negative: a body word after the body's name stays, and so does a name with no verb
        ("The Nordic Council Secretariat in Oslo hosted the meeting.", ["Nordic Council Secretariat"]),
    ],
)
def test_organisations_headline_verb_after_a_body(nlp, text, expected):
    assert organisation_names(nlp, text) == expected


# class (silver review 9, 1a): another name of the trade portfolio ("External Trade", lexicon
# portfolio) alone is a field, no body; a body named after it stays
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The agenda covered matters related to External Trade; Security; and Climate.", []),
        ("Ministers also reviewed External Trade and regional transport.", []),
        # negative: a body headed by its own word
        ("The International Trade Centre opened an office in Geneva.", ["International Trade Centre"]),
    ],
)
def test_organisations_trade_portfolio_is_a_field(nlp, text, expected):
    assert organisation_names(nlp, text) == expected
