"""The Schwartz–Hearst acronym detector, on plain strings (no model needed)."""

from __future__ import annotations

import pytest

from pipeline.components.acronyms import best_long_form, find_acronyms, initials_in_any_order, is_short_form


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "a manual issued by the UN Office on Drugs and Crime (UNODC) last year",
            [("UNODC", "UN Office on Drugs and Crime")],
        ),
        (
            "a workshop of the International Association of Prosecutors (IAP) on evidence",
            [("IAP", "International Association of Prosecutors")],
        ),
        (
            "with support from the Organization for Security and Cooperation in Europe (OSCE).",
            [("OSCE", "Organization for Security and Cooperation in Europe")],
        ),
        (
            "experts of the Collective Security Treaty Organization (CSTO) attended",
            [("CSTO", "Collective Security Treaty Organization")],
        ),
        # short form first, long form in the parenthesis
        (
            "The CSTO (Collective Security Treaty Organization) met in Moscow.",
            [("CSTO", "Collective Security Treaty Organization")],
        ),
        # Schwartz–Hearst takes the shortest long form that spells the short form
        (
            "a report by the UN Counter-Terrorism Committee Executive Directorate (CTED) found",
            [("CTED", "Committee Executive Directorate")],
        ),
        # lower-case long forms are still definitions (the organisations component rejects them)
        (
            "information and communication technologies (ICT) are",
            [("ICT", "information and communication technologies")],
        ),
        # parentheses that define nothing
        ("TALLINN, 4 March (ERR) - Estonia is", []),
        ("in 2018 (see below) the forum", []),
        ("the meeting (held in Vienna) ended", []),
        ("Ion Varga (Moldova) said", []),
        # "Long Form - SHORT", with a hyphen or a dash
        (
            "hosted the meeting of the Andean Council of Rivers - ACR. Ministers came",
            [("ACR", "Andean Council of Rivers")],
        ),
        ("the Andean Council of Rivers – ACR, and others", [("ACR", "Andean Council of Rivers")]),
        # a dash before a word in capitals that spells nothing there
        ("Ministers met in Lima - FAO said so", []),
        # the letters in another order than the words: a name translated from another word order
        (
            "the plenary of the Consultative Council of Andes (ACC) opened",
            [("ACC", "Consultative Council of Andes")],
        ),
    ],
)
def test_find_acronyms_pairs(text, expected):
    assert [(a["short"], a["long"]) for a in find_acronyms(text)] == expected


def test_offsets_give_the_spans_back():
    text = "Funded by the United Nations Office of Counter-Terrorism (UNOCT) through a trust fund."
    (pair,) = find_acronyms(text)
    assert text[pair["short_start"] : pair["short_end"]] == "UNOCT"
    assert text[pair["long_start"] : pair["long_end"]] == "United Nations Office of Counter-Terrorism"


def test_long_form_does_not_cross_a_sentence():
    text = "It met in Europe. Officials (OSCE) spoke."
    assert find_acronyms(text) == []


def test_long_form_spanning_a_line_break_is_squashed():
    (pair,) = find_acronyms("the Shanghai Cooperation\nOrganization (SCO) said")
    assert pair["long"] == "Shanghai Cooperation Organization"


@pytest.mark.parametrize(
    "text, ok",
    [
        ("UNODC", True),
        ("CoE", True),
        ("RATS SCO", True),
        ("A", False),
        ("see below", False),
        ("2018", False),
        ("Interregional", False),
        ("a b c", False),
    ],
)
def test_is_short_form(text, ok):
    assert is_short_form(text) is ok


@pytest.mark.parametrize(
    "short, long, start",
    [("HSF", "Heat shock factor", 0), ("WHO", "the World Health Organization", 4), ("XYZ", "Heat shock factor", None)],
)
def test_best_long_form(short, long, start):
    assert best_long_form(short, long) == start


@pytest.mark.parametrize(
    "short, long, start",
    [
        ("ACC", "the Consultative Council of Andes", 4),
        ("NRB", "a Board for Nordic Rivers", 2),
        ("XYZ", "the Consultative Council of Andes", None),
        # a word in capitals or with a digit in between ends the run
        ("CC", "the Consultative 2020 Council", None),
    ],
)
def test_initials_in_any_order(short, long, start):
    assert initials_in_any_order(short, long) == start


# class: an acronym in capitals set off by a comma after its long form (silver class 12) is
# defined there; a country, a place's code or a word after a verb's comma is no definition
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Delegates of the Council of Andean Fisheries Ministers, CAFM, met.",
            [("CAFM", "Council of Andean Fisheries Ministers")],
        ),
        ("He chairs the Nordic Harbour Board, NHB. It meets yearly.", [("NHB", "Nordic Harbour Board")]),
        ("Envoys of the Lagoon Trade Office, LTO opened a desk.", [("LTO", "Lagoon Trade Office")]),
        ("He flew to Lima, PERU, on Monday.", []),
        ("The Prime Minister said, NATO is strong.", []),
        ("Talks opened in Lima, NPX reported.", []),
        (
            "The Nordic Harbour Board (NHB) met; the Nordic Harbour Board, NHB, agreed.",
            [("NHB", "Nordic Harbour Board")],
        ),
    ],
)
def test_find_acronyms_after_a_comma(text, expected):
    assert [(a["short"], a["long"]) for a in find_acronyms(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a word glossing a native name in brackets is no abbreviation of the words before it
        ("head of the Parliamentary Trade Group of the Sejm (Parliament) of Poland arrived", []),
        ("the Senatorial Caucus of the Senado (Senate) of Chile met", []),
        ("the Congressional Office of the Congreso (Congress) of Peru opened", []),
        # title-case abbreviations are still abbreviations
        (
            "leaders of the North Atlantic Treaty Organization (Nato) met",
            [("Nato", "North Atlantic Treaty Organization")],
        ),
        ("trade within the Mercado Comun del Sur (Mercosur) grew", [("Mercosur", "Mercado Comun del Sur")]),
        ("the Nordic Ocean Research Alliance (Nora) met", [("Nora", "Nordic Ocean Research Alliance")]),
        (
            "officers of the International Criminal Police Organization (Interpol) met",
            [("Interpol", "International Criminal Police Organization")],
        ),
    ],
)
def test_a_bracketed_gloss_is_no_acronym(text, expected):
    assert [(a["short"], a["long"]) for a in find_acronyms(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the shortest long form reads two letters in one word; the capitalised words spell it whole
        ("grants of the Canada Council for the Arts (CCA) rose", [("CCA", "Canada Council for the Arts")]),
        ("members of the Chile Chamber of Commerce (CCC) met", [("CCC", "Chile Chamber of Commerce")]),
        ("leaders of the Nordic Chamber Council (CC) met", [("CC", "Chamber Council")]),
        # spelled already: nothing to widen
        (
            "said the head of the Kenya Council for the Promotion of Rural Tourism (KCPRT) on Monday",
            [("KCPRT", "Kenya Council for the Promotion of Rural Tourism")],
        ),
        # no longer run of capitalised words spells it: the shortest form stays
        (
            "a report by the UN Counter-Terrorism Committee Executive Directorate (CTED) found",
            [("CTED", "Committee Executive Directorate")],
        ),
    ],
)
def test_long_form_spelled_by_its_capitals(text, expected):
    assert [(a["short"], a["long"]) for a in find_acronyms(text)] == expected
