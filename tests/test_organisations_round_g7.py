"""Organisations, round g7: classes from held-out sets 27-35 (a model span run on into the
office-holder's name, the body whose office a person holds, a chamber's own one-word name).

Each table is one class of error, on sentences written for these tests (no sentence or
name of a reviewed text); the full model reads them (the `nlp` fixture). Each table has
rows the rule must fire on and rows it must leave alone."""

from __future__ import annotations

import pytest

from tests.readers import assert_listed, organisation_names, organisation_names_with_model_spans


# class: a model ORG span run on into the name of the person who holds its office ("Speaker
# of the <Country adj> House of Representatives <Name>"): the part before the name is still
# the body's name when a rule finds the person
@pytest.mark.parametrize(
    "text, span_text, present, absent",
    [
        (
            "They hailed the talks between Chairman Le Van Tam and Speaker of the Ruritanian "
            "House of Representatives Omar Zaki Al Haddad on trade.",
            "the Ruritanian House of Representatives Omar Zaki Al Haddad",
            "Ruritanian House of Representatives",
            "Omar Zaki Al Haddad",
        ),
        # negative: a span that is all the person's name leaves no body behind
        (
            "The envoy later met Speaker Ingrid Marie Solberg in the capital.",
            "Ingrid Marie Solberg",
            None,
            "Ingrid Marie Solberg",
        ),
    ],
)
def test_organisations_a_span_run_into_the_office_holders_name(nlp, text, span_text, present, absent):
    found = organisation_names_with_model_spans(nlp, text, span_text)
    if present:
        assert present in found
    assert absent not in found
    assert not any(absent in name for name in found)


# class: a name of two title-case words or more right after an office only a body has
# ("Chairman of", "deputy secretary general of"; lexicon body_office) is the body the person
# serves, even where its head word reads as a topic ("Investment") or an event ("Conference")
@pytest.mark.parametrize(
    "text, span_text, present, absent",
    [
        (
            "Guests included Omar Saleh, Chairman of Dune Investment; and Lina Haddad, a poet.",
            "Dune Investment",
            "Dune Investment",
            None,
        ),
        (
            "Mr. Li Wen, the deputy secretary general of Harbin People's Political Consultative "
            "Conference, attended the dinner.",
            "Harbin People's Political Consultative Conference",
            "Harbin People's Political Consultative Conference",
            None,
        ),
        # negative: after no office the same words are a topic and an event
        (
            "The panel discussed Dune Investment and the Harbin Political Consultative Conference.",
            "Dune Investment",
            None,
            "Dune Investment",
        ),
        # negative: a numbered sitting chaired by someone is an event all the same
        (
            "Omar Saleh, Chairman of the 3rd Desert Investment Conference, spoke first.",
            "the 3rd Desert Investment Conference",
            None,
            "3rd Desert Investment Conference",
        ),
    ],
)
def test_organisations_the_body_whose_office_a_person_holds(nlp, text, span_text, present, absent):
    found = organisation_names_with_model_spans(nlp, text, span_text)
    assert_listed(found, present, absent)


# class: a chamber named by its own one word ("the Senate"; lexicon own_name_chamber) is an
# organisation even where the document names no longer body; a bare body word that every
# country has ("the Parliament", "the Board") names no one
@pytest.mark.parametrize(
    "text, present, absent",
    [
        ("The visitor met President of the Senate Dara Phon on Tuesday.", "Senate", None),
        ("The bill now goes to the Senate, where a vote is due in May.", "Senate", None),
        # negative: the chamber's word before an office is part of the title, no row
        ("Deputy Senate President Dara Phon met the delegation.", None, "Senate"),
        # negative: coordinated with another body under a plural office, left to the titles step
        ("The Speakers of the Senate and the House of Deputies of Nordland met in May.", None, "Senate"),
        # negative: a bare parliament or board is left out
        ("The visitor met Speaker of the Parliament Dara Phon on Tuesday.", None, "Parliament"),
        ("The plan now goes to the Board, where a vote is due in May.", None, "Board"),
        # negative: the Senate of a named country is one row, under its longer name
        (
            "The bill now goes to the Senate, and the Nordland Senate will vote in May.",
            "Nordland Senate",
            "Senate",
        ),
    ],
)
def test_organisations_a_chambers_own_one_word_name(nlp, text, present, absent):
    found = organisation_names(nlp, text)
    assert_listed(found, present, absent)


# class: a country's body in a wording the gazetteer does not list ("the Parliament of the
# Republic of Latvia") whose canonical "<body> of <country>" it does ("Parliament of Latvia",
# a variant of the Saeima's) is that known body: one row with the chamber's own name
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The guests toured the Saeima, Parliament of the Republic of Latvia, and met the Speaker.", ["Saeima"]),
        ("The Storting met on Monday, and the Parliament of the Kingdom of Norway adopted the budget.", ["Storting"]),
        # negative: another country's parliament stays its own row
        (
            "The Saeima hosted the talks, and the Parliament of the Republic of Chile sent a delegation.",
            ["Saeima", "Parliament of the Republic of Chile"],
        ),
        # negative: a chamber the gazetteer gives no country-wide English name keeps its row apart
        (
            "The Sejm met on Monday, and the Parliament of the Republic of Poland adopted the budget.",
            ["Sejm", "Parliament of the Republic of Poland"],
        ),
    ],
)
def test_organisations_a_known_chamber_by_its_countrys_formal_name(nlp, text, expected):
    assert organisation_names(nlp, text) == expected


# class: a news site named by its address in running text, no link ("first published on
# nordpress.com"): the outlet the text credits; a link, a mail address or a file is none
@pytest.mark.parametrize(
    "text, present, absent",
    [
        (
            "The ministers met in Lima on Monday. This article was first published on nordpress.com",
            "nordpress.com",
            None,
        ),
        ("Envoys gathered in Quito, the portal andesnews.ec said on Friday.", "andesnews.ec", None),
        # negative: a link, a mail address, a file name
        ("Read more at https://www.nordpress.com/news/lima today.", None, "nordpress.com"),
        ("Questions go to press@nordpress.com before Friday.", None, "nordpress.com"),
        ("The full report.pdf is attached to the minutes.", None, "report.pdf"),
    ],
)
def test_organisations_a_sites_address_in_running_text(nlp, text, present, absent):
    found = organisation_names(nlp, text)
    if present:
        assert present in found
    if absent:
        assert not any(absent in name for name in found)


# class: a monument, a mausoleum or a palace's grounds where a visitor lays a wreath is a
# venue (lexicon venue_end), no organisation; a body named after one stays a body
@pytest.mark.parametrize(
    "text, present, absent",
    [
        ("The prime minister laid a wreath at the Liberty Monument in Accra on Monday.", None, "Liberty Monument"),
        ("The delegation visited the Heroes Mausoleum and met the Mayor.", None, "Heroes Mausoleum"),
        # negative: a trust named after a monument is a body
        ("The Monument Heritage Trust funded the restoration of the old town hall.", "Monument Heritage Trust", None),
    ],
)
def test_organisations_a_monument_is_a_venue(nlp, text, present, absent):
    found = organisation_names(nlp, text)
    assert_listed(found, present, absent)
