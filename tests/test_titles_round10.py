"""Round-10 title classes (held-out set 24's role errors): each with rows that must keep their
old reading. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.readers import role_pairs, role_triples


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: a lower-case minister's field going on after "and", its last word a
        # portfolio's head noun, closed by punctuation
        (
            "Our thanks go to Tomas Kiwele, minister of industry and international trade, for hosting us.",
            {("Tomas Kiwele", "minister of industry and international trade", "")},
        ),
        (
            "Greetings came from Tomas Kiwele, minister of trade and industry, at the opening.",
            {("Tomas Kiwele", "minister of trade and industry", "")},
        ),
        (
            "The speech was read by Tomas Kiwele, minister of health and social welfare.",
            {("Tomas Kiwele", "minister of health and social welfare", "")},
        ),
        # negative: the words after "and" are no field (no portfolio noun ends them)
        (
            "Greetings came from Tomas Kiwele, minister of health and his deputy.",
            {("Tomas Kiwele", "minister of health", "")},
        ),
        # negative: the field's words go on into the sentence (no punctuation closes them)
        (
            "Tomas Kiwele, minister of finance and trade unions leaders met on Monday.",
            {("Tomas Kiwele", "minister of finance", "")},
        ),
    ],
)
def test_titles_lower_case_field_after_and(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: an office opening its sentence, its holder named after the copula, the name
        # closing the sentence
        (
            "The seminar lasted three days. The Chairperson was Mrs. Adwoa Frimpong.",
            {("Adwoa Frimpong", "Chairperson", "")},
        ),
        (
            "The seminar lasted three days. The Rapporteur was Dr. Kweku Asante.",
            {("Kweku Asante", "Rapporteur", "")},
        ),
        # negative: the sentence goes on after the name (the name is no holder)
        (
            "The seminar lasted three days. The Chairperson was Mrs. Adwoa Frimpong's guest at dinner.",
            set(),
        ),
        # negative: the office is inside the sentence, after its subject
        (
            "She told us the Chairperson was Mrs. Adwoa Frimpong.",
            set(),
        ),
    ],
)
def test_titles_office_named_after_copula(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: the model's organisation span runs over an earlier office coordinated with
        # this one: that span is no prefix of this office, and both offices are the name's
        (
            "The UN Resident Coordinator and Humanitarian Coordinator for Malawi, Mr. Olaf Brenner called on "
            "the Minister.",
            {("Olaf Brenner", "Resident Coordinator"), ("Olaf Brenner", "Humanitarian Coordinator")},
        ),
        # negative: one office, its organisation before it, as before
        (
            "The UN Resident Coordinator for Malawi, Mr. Olaf Brenner called on the Minister.",
            {("Olaf Brenner", "Resident Coordinator")},
        ),
    ],
)
def test_titles_org_span_over_a_coordinated_office(nlp, text, expected):
    assert role_pairs(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: "the role of X as (a) Co-Chair of …": "role" an appointment noun, "a" before the
        # office, the name after its own office and a comma
        (
            "They recalled the role of the President, H.E. Wanjiru Kamande as a Co-Chair of the Forest Council.",
            {("Wanjiru Kamande", "President"), ("Wanjiru Kamande", "Co-Chair")},
        ),
        (
            "She welcomed Kamau Odhiambo's role as a Co-Chair of the Water Council.",
            {("Kamau Odhiambo", "Co-Chair")},
        ),
        # negative: a name inside the phrase of another noun, no holder of the office after "as"
        (
            "She stressed the role of the Water Council as a partner of Kamau Odhiambo.",
            set(),
        ),
        # negative: "as" with no name to hold the office
        (
            "The ministry will act as a Co-Chair of the Water Council.",
            set(),
        ),
    ],
)
def test_titles_role_as_office(nlp, text, expected):
    assert role_pairs(nlp, text) == expected


def roles_of(nlp, text, names):
    return {r for r in role_triples(nlp, text) if r[0] in names}


@pytest.mark.parametrize(
    "text, names, expected",
    [
        # class: a list that gives names first ("A, President of X, B, Vice President of Y, C,
        # Deputy Prime Minister of Z"): the office before a name's comma is the previous name's
        (
            "The summit was attended by Ghanaian President, Kwesi Appiah, Jules Lambert, President of the "
            "Council of Togo, and Moussa Keita, President of Mali, Daniel Otieno, Vice President of Kenya, "
            "Simon Phiri, Deputy Prime Minister of Zambia and Enock Chirwa, Malawian Defence Minister.",
            {"Daniel Otieno", "Simon Phiri"},
            {
                ("Daniel Otieno", "Vice President", "Kenya"),
                ("Simon Phiri", "Deputy Prime Minister", "Zambia"),
            },
        ),
        # negative: a list that gives titles first keeps each office for the name after it
        (
            "Present were the Prime Minister of Malta, H.E. Mr. Carmelo Vella, the Prime Minister of Cyprus, "
            "H.E. Mr. Andreas Christou, the President of Greece, H.E. Mr. Nikos Alexiou.",
            {"Carmelo Vella", "Andreas Christou", "Nikos Alexiou"},
            {
                ("Carmelo Vella", "Prime Minister", "Malta"),
                ("Andreas Christou", "Prime Minister", "Cyprus"),
                ("Nikos Alexiou", "President", "Greece"),
            },
        ),
    ],
)
def test_titles_names_first_list(nlp, text, names, expected):
    assert roles_of(nlp, text, names) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: an office closing a phrase fronted before the subject ("At the meeting with the
        # X ambassador, Y said"): the other party's office, never the subject's
        ("During talks with the Kuwaiti ambassador, Reza Tavakoli praised the ties.", set()),
        ("During talks with the visiting Foreign Minister, Reza Tavakoli stressed cooperation.", set()),
        # negative: the name in apposition to the office (commas on both sides, or no fronting)
        (
            "At the meeting, the Kuwaiti ambassador, Reza Tavakoli, said relations were good.",
            {("Reza Tavakoli", "ambassador", "Kuwait")},
        ),
        (
            "He held talks with the Kuwaiti ambassador, Reza Tavakoli, on Monday.",
            {("Reza Tavakoli", "ambassador", "Kuwait")},
        ),
    ],
)
def test_titles_office_in_fronted_phrase(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: a body named inside a minister of state's "for … Affairs" field is the field's,
        # never the office's organisation; the country after the comma is
        (
            "The session was opened by Hon. Peter Oduya, Minister of State for COMESA Affairs, Republic of Kenya.",
            {("Peter Oduya", "Minister of State for COMESA Affairs", "Kenya")},
        ),
        # negative: a country of the minister of state stays his organisation
        (
            "The opening was chaired by Hon. Grace Akello, Minister of State for Tourism of Uganda.",
            {("Grace Akello", "Minister of State for Tourism", "Uganda")},
        ),
    ],
)
def test_titles_minister_of_state_affairs_field(nlp, text, expected):
    assert role_triples(nlp, text) == expected
