"""Titles linked to people (roles.csv): before the name, in apposition, coordinated,
by an office verb, and with the organisation the office belongs to."""

from __future__ import annotations

import pytest


def roles(nlp, text):
    doc = nlp(text)
    return {(r["name"], r["title"], r["organisation"]) for r in doc._.roles}


@pytest.mark.parametrize(
    "text, expected",
    [
        # title before the name, organisation before the title
        (
            "OSCE Secretary General Helga Schmid opened the conference.",
            {("Helga Schmid", "Secretary General", "Organization for Security and Co-operation in Europe")},
        ),
        # title before the name with its complement (ministry style)
        (
            "The Minister of Foreign Affairs of the Republic of Kazakhstan Mukhtar Tileuberdi held talks in Astana.",
            {("Mukhtar Tileuberdi", "Minister of Foreign Affairs", "Republic of Kazakhstan")},
        ),
        # apposition after the name, several titles (UN style)
        (
            "The session heard Ghada Waly, UN Under-Secretary-General, Executive Director of the United Nations Office on Drugs and Crime and Director-General of the UN Office at Vienna.",
            {
                ("Ghada Waly", "Under-Secretary-General", "United Nations"),
                ("Ghada Waly", "Executive Director", "United Nations Office on Drugs and Crime"),
                ("Ghada Waly", "Director-General", "United Nations Office at Vienna"),
            },
        ),
        # apposition with "the … of …" (EU style)
        (
            "The declaration was presented by Josep Borrell, the High Representative of the European Union, in Brussels.",
            {("Josep Borrell", "High Representative", "European Union")},
        ),
        # coordinated titles before the name (wire style)
        (
            "Attending were Chairman of the CIS Executive Committee, CIS Executive Secretary Sergei Lebedev and others.",
            {
                ("Sergei Lebedev", "Chairman", "CIS Executive Committee"),
                ("Sergei Lebedev", "Executive Secretary", "Commonwealth of Independent States"),
            },
        ),
        # apposition after a double-barrelled name, organisation defined with its acronym
        (
            "Delegates included H.E. Ms. Ngozi Okonjo-Iweala, Director-General of the World Trade Organization (WTO), and others.",
            {("Ngozi Okonjo-Iweala", "Director-General", "World Trade Organization")},
        ),
        # a relative clause with an office verb
        (
            "The talks were led by Maria Ortega, who heads the OSCE, and by the host.",
            {("Maria Ortega", "Head", "Organization for Security and Co-operation in Europe")},
        ),
        # surname later with the office as honorific
        ("Minister Kovács met the delegation on Tuesday.", {("Kovács", "Minister", "")}),
    ],
)
def test_titles_linked_to_people(nlp, text, expected):
    """Exactly the roles a reader sees: an extra role is a false hit, not a bonus."""
    assert roles(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The head of the OSCE will visit Minsk next week.",
        "The Secretary-General will convene the first Global Congress next summer.",
    ],
)
def test_titles_unnamed_office_holders_give_no_role(nlp, text):
    assert roles(nlp, text) == set()


def test_titles_rule_id_travels_into_the_row(nlp):
    doc = nlp("OSCE Secretary General Helga Schmid opened the conference.")
    (role,) = doc._.roles
    assert role["source"].startswith("title:secretary-general")
    assert doc.text[role["start"] : role["end"]] == "Secretary General"
