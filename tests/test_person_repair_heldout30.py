"""Person repair, held-out set 30 classes: two sentences run together after a name, a page's
furniture label before a name, a patronymic name whose given name is a royal title's word, and
a cabinet's list of names with the ministers' fields in brackets.

Every sentence is invented for these tests."""

from __future__ import annotations

import pytest

from tests.readers import person_names


# class (heldout30): the next sentence's opener glued to the name ending the one before, or
# opening the line under it, is no part of the name
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "In reply, the President of Peru, Mariano CastilloHe said the border talks would resume.",
            {"Mariano Castillo"},
        ),
        (
            "Talks with President Ionescu\n\nAccording to the ministry's statement, President Ionescu welcomed the guests.",
            {"Ionescu"},
        ),
        # negative: a family name "He" written apart stays a name
        ("Vice Premier He Wenqiang met the Minister of Trade of Chile, Ana Rojas.", {"He Wenqiang", "Ana Rojas"}),
    ],
)
def test_person_repair_sentence_glued_to_name(nlp, text, expected):
    assert person_names(nlp, text) == expected


# class (heldout30): a web page's furniture label run into the sentence after it is no given name
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Following a call between President Laura Mendes and President Victor Olsen, the ministers met.\n"
            "Quote Pavel Sorokin and Tomas Herrera agreed to meet again in the spring.",
            {"Laura Mendes", "Victor Olsen", "Pavel Sorokin", "Tomas Herrera"},
        ),
        # negative: a name without the label is found as before
        (
            "Following a call between President Laura Mendes and President Victor Olsen, the ministers met.\n"
            "Pavel Sorokin and Tomas Herrera agreed to meet again in the spring.",
            {"Laura Mendes", "Victor Olsen", "Pavel Sorokin", "Tomas Herrera"},
        ),
    ],
)
def test_person_repair_furniture_label(nlp, text, expected):
    assert person_names(nlp, text) == expected


# class (heldout30): a word right after "bin" closes a patronymic name, no short form of another
# person's; its given name may be a royal title's word ("Sultan", "Amir")
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The guests included King Faisal bin Turki Al Nasser, and His Highness Prince Sultan bin Turki, "
            "Crown Prince and Minister of Interior.",
            {"Faisal bin Turki Al Nasser", "Sultan bin Turki"},
        ),
        # negative: the surname written alone is still the person's short form
        (
            "Minister Faisal Turki Al Nasser opened the forum. Later, Turki thanked the hosts.",
            {"Faisal Turki Al Nasser"},
        ),
    ],
)
def test_person_repair_patronymic_after_title(nlp, text, expected):
    assert person_names(nlp, text) == expected


# class (heldout30): a cabinet's list of names, each with the minister's fields in brackets: every
# item is a person's whole name, though the model takes some for organisations or cuts a first name
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "On the Malian side, Modibo Keita was joined by Aminata Traore (Foreign Affairs and Regional "
            "Integration), Boubacar Cisse (Economy, Planning and Cooperation), Serigne Mbaye Toure (Trade and "
            "Industry), and Awa Coulibaly (Fisheries and Maritime Economy).",
            {"Modibo Keita", "Aminata Traore", "Boubacar Cisse", "Serigne Mbaye Toure", "Awa Coulibaly"},
        ),
        # negative: brackets holding no minister's field make no list of persons
        (
            "On the Malian side, Modibo Keita was joined by Aminata Traore (Bamako Office), "
            "and Awa Coulibaly (Fisheries).",
            None,
        ),
    ],
)
def test_person_repair_fields_list(nlp, text, expected):
    names = person_names(nlp, text)
    if expected is None:
        assert "Bamako Office" not in names and "Aminata Traore (Bamako" not in names
    else:
        assert names == expected


# class (heldout30): a headline's verb in title case right after a name ("… Elected President")
# is no name word, and the name's last word before it is the name's
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "BREAKING: Bassirou Diomaye Ndour Elected Seventh President of Gambia on May 2, 2025",
            {"Bassirou Diomaye Ndour"},
        ),
        # negative: a name with no headline verb after it is found as before
        ("BREAKING: Bassirou Diomaye Ndour visited Banjul on May 2, 2025", {"Bassirou Diomaye Ndour"}),
    ],
)
def test_person_repair_headline_verb(nlp, text, expected):
    assert person_names(nlp, text) == expected


@pytest.mark.parametrize(
    "text, cut, expected",
    [
        # the model's "Ana Maria" before "Diallo Elected": the surname is completed
        ("NEWS: Ana Maria Diallo Elected Mayor of Thies", "Maria", "Diallo"),
        # negative: a verb in lower case is a sentence's, the capitalised word no surname of hers
        ("NEWS: Ana Maria Diallo elected Mayor of Thies", "Maria", "Maria"),
        # negative: no headline verb after the capitalised word
        ("NEWS: Ana Maria Diallo Leads Mayor of Thies", "Maria", "Maria"),
    ],
)
def test_person_repair_headline_completes_surname(nlp, text, cut, expected):
    doc = nlp(text)
    repair = nlp.get_pipe("person_repair")
    end = next(t.i for t in doc if t.text == cut) + 1
    assert doc[repair._complete_end(doc, end, set()) - 1].text == expected
