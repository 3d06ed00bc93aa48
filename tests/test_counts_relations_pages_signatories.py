"""Counts, round cdm2: sentences we wrote ourselves for three classes of numbers that are no
turnout (each table has rows the rule must fire on and rows it must leave alone). Needs the
tagger and NER."""

import pytest

from tests.readers import count_rows


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: the partners of a standing relation ("a partnership with N countries") are no turnout
        ("The Union has a close partnership with nine countries in the region.", []),
        ("The bloc keeps trade relations with more than 40 nations.", []),
        ("Chile has signed cooperation agreements with 12 countries of Asia.", []),
        # negatives: a meeting with countries, and those taking part, are a turnout
        ("The ministers of the Union met with nine countries in Lima on Monday.", [(9, "exact", "countries")]),
        ("Delegations from 14 countries attended the partnership forum.", [(14, "exact", "countries")]),
    ],
)
def test_counts_partners_of_a_relation(nlp, text, expected):
    assert count_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: a page number alone on its line, joined to the next line's plural noun
        ("ADDRESS BY THE MINISTER\n\n3\n\nDistinguished delegates, dear colleagues, welcome to Quito.", []),
        ("STATEMENT OF THE CHAIR\n\n12\n\nMinisters, colleagues, friends, I thank you.", []),
        # negative: a count wrapped after its number has words before it on its line
        ("The conference was attended by 80\n\ndelegates from the region.", [(80, "exact", "participants")]),
    ],
)
def test_counts_page_number_alone_on_its_line(nlp, text, expected):
    assert count_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: the second of counts coordinated after "signed by" / "ratified by" is a signatory too
        ("The declaration was signed by more than 40 states and 5 organizations.", []),
        ("The charter was ratified by 40 countries and 12 international organisations.", []),
        # negatives: those taking part, and a verb other than an adherence verb before the counts
        (
            "Representatives of 40 states and 5 organizations took part in the summit.",
            [(40, "exact", "countries"), (5, "exact", "organisations")],
        ),
        (
            "The forum, hosted by Peru, drew 40 states and 5 organizations.",
            [(40, "exact", "countries"), (5, "exact", "organisations")],
        ),
    ],
)
def test_counts_coordinated_signatories(nlp, text, expected):
    assert count_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: organisations that endorse or co-sign a text are its signatories, no turnout
        ("The joint appeal was endorsed by 120 organisations from the region.", []),
        ("More than 60 civil society organisations endorsed the charter.", []),
        (
            "Close to 70 NGOs in consultative status with the Council have joined to endorse an appeal to the ministers.",
            [],
        ),
        ("Over 40 organisations co-signed the letter to the ministers.", []),
        ("The appeal, endorsed by 45 organisations, was handed to the ministers.", []),
        # negatives: an endorsement at a meeting, and organisations that took part, are a turnout
        (
            "Some 40 organisations endorsed the final declaration at the close of the forum.",
            [(40, "about", "organisations")],
        ),
        (
            "More than 30 organisations attended the forum and endorsed its appeal.",
            [(30, "more_than", "organisations")],
        ),
    ],
)
def test_counts_endorsers_of_a_text(nlp, text, expected):
    assert count_rows(nlp, text) == expected
