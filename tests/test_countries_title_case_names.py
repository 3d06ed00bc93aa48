"""Country names written in title case (`communique_countries`): a name with a word in lower
case ("Côte d'Ivoire", "Bosnia and Herzegovina") is the country when every word is capitalised,
as headlines and lists write it. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from tests.readers import person_names


@pytest.mark.parametrize(
    "text, words, country",
    [
        # class: the lower-case word capitalised
        ("Observers came from Cote D'Ivoire, Mali and Benin.", ("Cote", "D'Ivoire"), "Côte d'Ivoire"),
        ("Ministers Of Bosnia And Herzegovina Hold Talks", ("Bosnia", "And", "Herzegovina"), "Bosnia and Herzegovina"),
        # (as written in running text, as before)
        ("Observers came from Cote d'Ivoire, Mali and Benin.", ("Cote", "d'Ivoire"), "Côte d'Ivoire"),
    ],
)
def test_countries_title_case_name(nlp, text, words, country):
    doc = nlp(text)
    marked = {t.text: t._.country for t in doc if t.text in words}
    assert marked == dict.fromkeys(words, country)


def test_countries_title_case_name_is_no_person(nlp):
    assert "Cote D'Ivoire" not in person_names(nlp, "Observers came from Cote D'Ivoire, Mali and Benin.")


def test_countries_lower_case_and_outside_a_name_stays_unmarked(nlp):
    # negative: "And" between two words that make no country's name is no country's
    doc = nlp("Ministers Of Trade And Industry Hold Talks")
    assert not any(t._.country for t in doc)
