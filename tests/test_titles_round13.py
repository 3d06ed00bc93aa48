"""Round-13 title classes (the last round's regressions and co-chairs' bodies): each with rows
that must keep their old reading. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.readers import role_triples


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: an "of" followed by a function word names no place ("OF IN D ONESIA", a country's
        # name broken by spaces): the words are passed over, never read into the title
        (
            "THE PRESIDENT OF IN D ONESIA , GENERAL BAMBANG WIRANTO, OPENED THE MEETING.",
            {("Bambang Wiranto", "President", "")},
        ),
        (
            "THE PRIME MINISTER OF TO NGA , LORD SIONE TUPOU, THANKED THE HOSTS.",
            {("Sione Tupou", "Prime Minister", "")},
        ),
        # negative rows: "of the" and a country after "of" keep their reading
        (
            "The Minister of Trade of Kenya, Peter Mwangi, thanked the hosts.",
            {("Peter Mwangi", "Minister of Trade", "Kenya")},
        ),
        (
            "THE PRIME MINISTER OF NEPAL, SHRI RAM THAPA, THANKED THE HOSTS.",
            {("Ram Thapa", "Prime Minister", "Nepal")},
        ),
    ],
)
def test_of_before_a_function_word(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: an office held towards others (adviser, envoy) and "of the" + a capitalised phrase
        # that is no field: the body the adviser serves, as written, never words of the title; a
        # capitalised "Strategic" before the office is the title's own (`office_qualifier`)
        (
            "Guests included Senior Adviser of the Highland Growers and Friends Daniel Okafor, and others.",
            {("Daniel Okafor", "Senior Adviser", "Highland Growers and Friends")},
        ),
        (
            "Trade Minister Ana Silva, and Strategic Advisor of the Highland Traders and Beyond Jonas Kalnins, "
            "among others, also spoke.",
            {
                ("Ana Silva", "Trade Minister", ""),
                ("Jonas Kalnins", "Strategic Advisor", "Highland Traders and Beyond"),
            },
        ),
        # negative rows: a field after "of the" stays the title's; an office with an "of" of its
        # own keeps its phrase
        (
            "Special Adviser of the Foreign Affairs, Daniel Okafor, spoke.",
            {("Daniel Okafor", "Special Adviser of the Foreign Affairs", "")},
        ),
        (
            "Senior Adviser of the Environment and Tourism Daniel Okafor spoke.",
            {("Daniel Okafor", "Senior Adviser of the Environment and Tourism", "")},
        ),
    ],
)
def test_adviser_of_an_unlisted_body(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: co-chairs whose bodies follow each name after "of"
        (
            "The forum was opened by the two co-chairs, Maria Lopez of UNDP and Peter Brown of the World Bank.",
            {("Maria Lopez", "co-chair", "UNDP"), ("Peter Brown", "co-chair", "World Bank")},
        ),
        (
            "The vice-presidents, Aiko Tanaka of UNICEF and Omar Haddad of the World Bank, opened the session.",
            {("Aiko Tanaka", "vice-president", "UNICEF"), ("Omar Haddad", "vice-president", "World Bank")},
        ),
        # class: co-chairs whose bodies are named, joined by "and", before the office
        (
            "The UNDP and World Bank co-chairs – Maria Lopez and Peter Brown – welcomed the delegates.",
            {("Maria Lopez", "co-chair", "UNDP"), ("Peter Brown", "co-chair", "World Bank")},
        ),
        # negative rows: one body before the office is both names'; countries keep their pairing
        (
            "The World Bank co-chairs – Maria Lopez and Peter Brown – welcomed the delegates.",
            {("Maria Lopez", "co-chair", "World Bank"), ("Peter Brown", "co-chair", "World Bank")},
        ),
        (
            "Kenyan and Ugandan Foreign Ministers Peter Mwangi and Sam Okello met on Friday.",
            {("Peter Mwangi", "Foreign Minister", "Kenya"), ("Sam Okello", "Foreign Minister", "Uganda")},
        ),
    ],
)
def test_co_chairs_bodies(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: a `qualified_office` (Professor) with its field or body after "of" / "in", or a
        # capitalised rank before it, is an office; "Visiting Professor" is one office
        (
            "Daniel Okafor, Professor of International Relations at Lakeside University, spoke.",
            {("Daniel Okafor", "Professor of International Relations", "Lakeside University")},
        ),
        (
            "Lakeside Visiting Professor of Economics and Director of the Smith Trade Center, Daniel Okafor, "
            "spoke next.",
            {
                ("Daniel Okafor", "Visiting Professor of Economics", ""),
                ("Daniel Okafor", "Director", "Smith Trade Center"),
            },
        ),
        (
            "Associate Professor Jane Doe of Lakeside University spoke.",
            {("Jane Doe", "Associate Professor", "Lakeside University")},
        ),
        # negative rows: alone before a name it is the name's honorific, no role
        (
            "Those who spoke included Prof. Viktor Ivanov and Professor Pavel Sokolov, alumni of the course.",
            set(),
        ),
        (
            "The panel was chaired by Professor Jane Doe, Vice-Chancellor of Lakeside University.",
            {("Jane Doe", "Vice-Chancellor", "Lakeside University")},
        ),
    ],
)
def test_professor_with_a_field(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: an aside in lower case in brackets between the office and "represented <country>"
        (
            "Honourable Peter Mwangi, Minister of Trade (virtual) represented Kenya; Honourable Sam Okello, "
            "Minister of Health represented Uganda.",
            {("Peter Mwangi", "Minister of Trade", "Kenya"), ("Sam Okello", "Minister of Health", "Uganda")},
        ),
        (
            "Honourable Peter Mwangi, Minister of Trade (by video link), represented Kenya.",
            {("Peter Mwangi", "Minister of Trade", "Kenya")},
        ),
        # negative row: a capitalised bracket is no aside passed over
        (
            "Honourable Peter Mwangi, Minister of Trade (Kenya Union) represented Tanzania.",
            {("Peter Mwangi", "Minister of Trade", "")},
        ),
    ],
)
def test_represented_past_an_aside(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: the country or body after "from" right after the name is the office's
        (
            "The forum was co-chaired by the Deputy Minister Budi Santoso from Indonesia.",
            {("Budi Santoso", "Deputy Minister", "Indonesia")},
        ),
        (
            "Secretary General Peter Mwangi from the United Nations spoke first.",
            {("Peter Mwangi", "Secretary General", "United Nations")},
        ),
        # negative rows: a time after "from", and an office that has its organisation already
        (
            "Foreign Minister Peter Mwangi from Monday will chair the talks.",
            {("Peter Mwangi", "Foreign Minister", "")},
        ),
        (
            "Kenyan Foreign Minister Peter Mwangi from Uganda's border town spoke.",
            {("Peter Mwangi", "Foreign Minister", "Kenya")},
        ),
    ],
)
def test_office_body_after_from(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: "General Coordinator" is one office ("General" alone is a military rank) and
        # "chief administrative officer" a town's or a body's office, in lower case too
        (
            "The congress was attended by Daniel Okafor, General Coordinator of the Global Labour Network, and others.",
            {("Daniel Okafor", "General Coordinator", "Global Labour Network")},
        ),
        (
            "The delegation included chief administrative officer Daniel Okafor and the city clerk.",
            {("Daniel Okafor", "chief administrative officer", "")},
        ),
        # class: "Leader of the Delegation" is one office: after "and the" it is the holder's
        # second office, never a field glued onto the first ("Chair … and the Leader of the …")
        (
            "Kofi Mensah, Chair of the ECOWAS Mediation Council and the Leader of the Delegation, spoke.",
            {("Kofi Mensah", "Chair", "ECOWAS Mediation Council"), ("Kofi Mensah", "Leader of the Delegation", "")},
        ),
        (
            "The Leader of the Delegation of Ghana, Kofi Mensah, spoke.",
            {("Kofi Mensah", "Leader of the Delegation", "Ghana")},
        ),
        # negative rows: the rank before a name stays an honorific; "leader" alone is a party's
        (
            "The party leader Kofi Mensah spoke on Monday.",
            set(),
        ),
        (
            "General Daniel Okafor, Coordinator of the Global Labour Network, spoke.",
            {("Daniel Okafor", "Coordinator", "Global Labour Network")},
        ),
    ],
)
def test_listed_offices(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: plural offices of coordinated bodies, the last body's country a name with "and"
        # in it: the "and" of the country joins no two bodies, each name takes its own
        (
            "I met the Speakers of the Senate and the House of Peoples of Trinidad and Tobago, "
            "Mr Milorad Petrovic and Mr Ilija Markovic, and the members.",
            {
                ("Milorad Petrovic", "Speaker", "Senate"),
                ("Ilija Markovic", "Speaker", "House of Peoples of Trinidad and Tobago"),
            },
        ),
        # negative row: a country without "and" keeps the pairing it had
        (
            "I met the Speakers of the House of Representatives and the House of Peoples of Kenya, "
            "Mr Milorad Petrovic and Mr Ilija Markovic, and the members.",
            {
                ("Milorad Petrovic", "Speaker", "House of Representatives"),
                ("Ilija Markovic", "Speaker", "House of Peoples of Kenya"),
            },
        ),
    ],
)
def test_coordinated_bodies_past_a_country_with_and(nlp, text, expected):
    assert role_triples(nlp, text) == expected
