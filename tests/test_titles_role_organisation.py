"""How a role's organisation is named (tuning sets 28-29's role_org errors): each class with
rows that must keep their old reading. Every sentence is invented."""

from __future__ import annotations

import pytest

from pipeline.components.countries import written_name
from tests.readers import role_triples


@pytest.mark.parametrize(
    "written, short, expected",
    [
        # class: a country written by its initials gives the country's short name
        ("US", "United States", "United States"),
        ("U.S.", "United States", "United States"),
        ("U.S.A.", "United States", "United States"),
        ("UAE", "United Arab Emirates", "United Arab Emirates"),
        ("DRC", "Democratic Republic of the Congo", "Democratic Republic of the Congo"),
        ("T&T", "Trinidad and Tobago", "Trinidad and Tobago"),
        # negative: a name of the country's own stays as the text writes it
        ("Russian Federation", "Russia", "Russian Federation"),
        ("Kyrgyz Republic", "Kyrgyzstan", "Kyrgyz Republic"),
        ("Great Britain", "United Kingdom", "Great Britain"),
        ("BURMA", "Myanmar", "BURMA"),
    ],
)
def test_initials_name_the_country(written, short, expected):
    assert written_name(written, short, "name") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: initials of a country before an office ("US Ambassador", "UK Minister")
        (
            "The delegation included Harold Finch, US Ambassador to Chile, and two advisers.",
            {("Harold Finch", "Ambassador", "United States")},
        ),
        (
            "The talks were opened by U.S. Ambassador Harold Finch on Tuesday.",
            {("Harold Finch", "Ambassador", "United States")},
        ),
        (
            "Also present was Marcus Albrecht, the UK Minister for Trade.",
            {("Marcus Albrecht", "Minister for Trade", "United Kingdom")},
        ),
        (
            "The forum heard UAE Minister of Energy Khalid Al Mansoori on grid links.",
            {("Khalid Al Mansoori", "Minister of Energy", "United Arab Emirates")},
        ),
        # the initials the gazetteer adds ("U.K.", "KSA", "ROK") name their countries too
        (
            "The talks were opened by U.K. Ambassador Harold Finch on Tuesday.",
            {("Harold Finch", "Ambassador", "United Kingdom")},
        ),
        (
            "The talks were opened by KSA Ambassador Faisal Al Harbi on Tuesday.",
            {("Faisal Al Harbi", "Ambassador", "Saudi Arabia")},
        ),
        # negative: the country's own name is kept as written
        (
            "The talks were opened by Russian Federation Ambassador Pyotr Volkov on Tuesday.",
            {("Pyotr Volkov", "Ambassador", "Russian Federation")},
        ),
    ],
)
def test_initials_before_an_office(nlp, text, expected):
    assert expected <= role_triples(nlp, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: "of the <body's common noun>" points to the organisation named last before it,
        # in its sentence or the one before
        (
            "Speaking of a new phase for the Baltic Youth Council, Chairman of the organization, "
            "Tomas Varga, said the council had grown.",
            {("Tomas Varga", "Chairman", "Baltic Youth Council")},
        ),
        (
            "The Baltic Youth Council met in Vilnius. Tomas Varga, President of the council, opened the session.",
            {("Tomas Varga", "President", "Baltic Youth Council")},
        ),
        (
            "The Baltic Youth Council met in Vilnius. President of the organisation Tomas Varga opened the session.",
            {("Tomas Varga", "President", "Baltic Youth Council")},
        ),
        # none named before (or only a kind of body, "NGOs"): no organisation, never the common noun
        (
            "Tomas Varga, head of the organization, said the session was a success.",
            {("Tomas Varga", "head", "")},
        ),
        (
            "Many NGOs joined the talks. Tomas Varga, President of the association, opened the session.",
            {("Tomas Varga", "President", "")},
        ),
        (
            "Delegates of Non-Governmental Organizations (NGOs) from ten countries met in Riga. "
            "Tomas Varga, President of the organization, opened the session.",
            {("Tomas Varga", "President", "")},
        ),
        (
            "Delegates of Youth Organizations from ten countries met in Riga. "
            "Tomas Varga, President of the organization, opened the session.",
            {("Tomas Varga", "President", "")},
        ),
        # negative: a body named after the noun keeps its reading; a country's own side is no body
        (
            "The panel was chaired by Dr Lena Hart, Director of the institute for Marine Studies.",
            {("Lena Hart", "Director", "Marine Studies")},
        ),
        (
            "Tomas Varga, chief adviser of the interim government, opened the session.",
            {("Tomas Varga", "chief adviser", "interim government")},
        ),
    ],
)
def test_body_common_noun_points_back(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: an official name written without its inner article ("the Republic of Niger" for
        # "the Republic of the Niger", "Republic of Gambia") is the country
        (
            "Our guest was President Amadou Keita of the Republic of Niger; the talks lasted an hour.",
            {("Amadou Keita", "President", "Niger")},
        ),
        (
            "Our guest was President Amadou Keita of the Republic of Gambia; the talks lasted an hour.",
            {("Amadou Keita", "President", "Gambia")},
        ),
        (
            "He met President Amadou Keita of the Union of Comoros, who chaired the bloc for a year.",
            {("Amadou Keita", "President", "Comoros")},
        ),
        # class: a consul's country alone in brackets after the name (a country's own office)
        (
            "The guests included Consul Tomas Varga (Peru) and two students.",
            {("Tomas Varga", "Consul", "Peru")},
        ),
        (
            "The speakers were Ambassador Ana Ruiz (Chile), Consul General Tomas Varga (Peru) and Minister Olga Berg.",
            {
                ("Ana Ruiz", "Ambassador", "Chile"),
                ("Tomas Varga", "Consul General", "Peru"),
                ("Olga Berg", "Minister", ""),
            },
        ),
        # negative: after an international body's office the bracket is the holder's nationality
        (
            "The guests included Special Envoy Tomas Varga (Peru) and two students.",
            {("Tomas Varga", "Special Envoy", "")},
        ),
        # class: a body's size between "of the" and its name
        (
            "Kofi Mensah, Chair of the 27-nation Union for the Mediterranean, spoke first.",
            {("Kofi Mensah", "Chair", "Union for the Mediterranean")},
        ),
        (
            "Kofi Mensah, Chair of the fifteen-member Economic Community of West African States, spoke first.",
            {("Kofi Mensah", "Chair", "Economic Community of West African States")},
        ),
        # negative: a sized common noun names no body
        (
            "Kofi Mensah, Chair of the 15-member committee, spoke first.",
            {("Kofi Mensah", "Chair", "")},
        ),
        # class: a country's delegation in a noun phrase, "headed by"/"led by" a participle: the
        # country is that of its head's offices
        (
            "The ceremony was attended by a Norwegian delegation led by Minister of Fisheries Olga Berg.",
            {("Olga Berg", "Minister of Fisheries", "Norway")},
        ),
        (
            "Talks opened with a Saint Lucia delegation, headed by Trade Minister Olga Berg.",
            {("Olga Berg", "Trade Minister", "Saint Lucia")},
        ),
        # negative: a delegation with no country names none
        (
            "Talks opened with a delegation headed by Trade Minister Olga Berg.",
            {("Olga Berg", "Trade Minister", "")},
        ),
    ],
)
def test_country_or_body_named_around_the_office(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: "the country's <office>" points to the country named last before it, in its
        # sentence or the one before
        (
            "The envoy also met Chilean President Ana Ruiz and the country's Finance Minister, Tomas Varga.",
            {("Ana Ruiz", "President", "Chile"), ("Tomas Varga", "Finance Minister", "Chile")},
        ),
        (
            "The envoy visited Chile on Monday. He met the nation's Finance Minister, Tomas Varga.",
            {("Tomas Varga", "Finance Minister", "Chile")},
        ),
        # ... and each later item of its semicolon list that names no organisation of its own
        (
            "The envoy also met Chilean President Ana Ruiz, and held separate talks with the country's "
            "Finance Minister, Tomas Varga; Energy Minister Olga Berg; and the Minister of Health, Kofi Mensah.",
            {
                ("Ana Ruiz", "President", "Chile"),
                ("Tomas Varga", "Finance Minister", "Chile"),
                ("Olga Berg", "Energy Minister", "Chile"),
                ("Kofi Mensah", "Minister of Health", "Chile"),
            },
        ),
        # negative: no country named before; "the host country's"; a new clause ends the list
        (
            "The envoy met the country's Finance Minister, Tomas Varga.",
            {("Tomas Varga", "Finance Minister", "")},
        ),
        (
            "The envoy visited Chile and met the host country's Finance Minister, Tomas Varga.",
            {("Tomas Varga", "Finance Minister", "")},
        ),
        # negative (review): two countries named before it, "the country's" may be either
        (
            "Ghana's delegation met Togo's. The country's Trade Minister, Kwame Adjei, said talks went well.",
            {("Kwame Adjei", "Trade Minister", "")},
        ),
        (
            "Peru and Bolivia signed the accord. The nation's President Rosa Quispe welcomed it.",
            {("Rosa Quispe", "President", "")},
        ),
        (
            "The envoy also met Chilean President Ana Ruiz and the country's Finance Minister, Tomas Varga; "
            "he later met Energy Minister Olga Berg.",
            {
                ("Ana Ruiz", "President", "Chile"),
                ("Tomas Varga", "Finance Minister", "Chile"),
                ("Olga Berg", "Energy Minister", ""),
            },
        ),
    ],
)
def test_country_pointer_before_the_office(nlp, text, expected):
    assert role_triples(nlp, text) == expected
