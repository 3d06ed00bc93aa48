"""Organisations in lists of people set one to a line, and the national chambers named
with their country's adjective. Sentences written for the tests, on the session's model."""

from __future__ import annotations

import pytest


def names(nlp, text):
    return {o["name"] for o in nlp(text)._.organisations}


def acronyms(nlp, text):
    return {o["acronym"] for o in nlp(text)._.organisations if o["acronym"]}


# class: a list of "<name>, <office>, <acronym>" lines, short enough to look like a menu run,
# names each person's organisation (a known acronym or one the text defines): no page furniture;
# a run of menu words stays furniture
@pytest.mark.parametrize(
    "text, expected, absent",
    [
        (
            "The roundtable brought together the heads of agencies.\n\n"
            "Marit Oksanen, DG, IRENA\nTeodor Vlasic, Director, UNFPA\n"
            "Kwame Asante, DG, WIPO\nLucia Ferraz, Director, UNHCR\n",
            {"IRENA", "UNFPA", "WIPO", "UNHCR"},
            set(),
        ),
        (
            "The Lagoon Fisheries Board (LFB) hosted the session.\n\n"
            "Jonas Hallberg, Director, LFB\nAnita Roy, DG, WMO\nPaulo Matos, Director, ICAO\nRina Sato, DG, IMO\n",
            {"LFB", "WMO", "ICAO", "IMO"},
            set(),
        ),
        (
            "Home\nNews\nUNESCO\nContact Us\nAbout\n\nThe ministers of culture met in the capital on Monday.",
            set(),
            {"UNESCO"},
        ),
    ],
)
def test_organisations_people_list_lines_are_no_menu(nlp, text, expected, absent):
    found = acronyms(nlp, text)
    assert expected <= found
    assert not absent & found
