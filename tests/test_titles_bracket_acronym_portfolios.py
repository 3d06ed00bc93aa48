"""Offices before a name's comma with the body's acronym in brackets between, and the
"European Integration" portfolio of foreign ministers (sentences invented)."""

from __future__ import annotations

import pytest

from tests.readers import role_pairs, role_triples

# class: "the Chair of the A, B and C Committee (ABC), Mr X" — the bracketed acronym between the
# office and the name's comma: the office is the next name's (the body its organisation), never the
# previous name's apposition
ACRONYM_ROWS = [
    (
        "Travelling with her are the Chair of the Green Islands Caucus, Hon Maria Kent, the Chair "
        "of the Health, Justice and Trade Committee (HJTC), Paul Berger, and HJTC member Anna Holt.",
        {("Paul Berger", "Chair")},
        {("Maria Kent", "Chair of the Health, Justice and Trade Committee")},
    ),
    (
        "Present were the President of the Rural Women Network, Dr Lucia Moreno, the Chair of the "
        "Budget, Finance and Audit Committee (BFAC), Omar Haddad, and two observers.",
        {("Omar Haddad", "Chair")},
        {("Lucia Moreno", "Chair of the Budget, Finance and Audit Committee")},
    ),
    # negative: the office after the name in apposition, no name after its comma, stays the name's
    (
        "The panel heard Maria Kent, the Chair of the Budget, Finance and Audit Committee (BFAC), and then voted.",
        {("Maria Kent", "Chair of the Budget, Finance and Audit Committee")},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), ACRONYM_ROWS)
def test_bracketed_acronym_before_the_names_comma(nlp, text, wanted, unwanted):
    triples = role_triples(nlp, text)
    pairs = {(name, title) for name, title, _org in triples}
    assert wanted <= pairs
    assert not (unwanted & pairs)
    if "Chair" in {title for _name, title in wanted}:
        assert any(org.endswith("Committee") for name, title, org in triples if title == "Chair")


# class: "Foreign and European Integration Minister X", "Minister of Foreign Affairs and European
# Integration X" — the portfolio of several European foreign ministries, whole
PORTFOLIO_ROWS = [
    (
        "Talks follow with Prime Minister Anna Berg and with Deputy PM, Foreign and European Integration Minister Ion Radu.",
        {("Ion Radu", "Deputy PM"), ("Ion Radu", "Foreign and European Integration Minister")},
    ),
    (
        "The European Integration Minister Lena Kovac spoke in Tirana.",
        {("Lena Kovac", "European Integration Minister")},
    ),
    # negative: the field alone, no minister, is no office
    ("Lena Kovac spoke on European Integration in Tirana.", set()),
]


@pytest.mark.parametrize(("text", "wanted"), PORTFOLIO_ROWS)
def test_european_integration_portfolio(nlp, text, wanted):
    pairs = role_pairs(nlp, text)
    assert wanted <= pairs if wanted else not pairs
