"""Which quoted titles and names are the events a document reports, and where and when."""

import pytest

from tests.readers import event_names, event_rows


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Geneva hosted the international conference “Youth and Security in the Digital Era”.",
            ["Youth and Security in the Digital Era"],
        ),
        ("The forum “Women in Peace Processes” will take place in Geneva.", ["Women in Peace Processes"]),
        (
            "The high-level meeting “Partnerships for Border Security” opened in Riga.",
            ["Partnerships for Border Security"],
        ),
        # a session, a panel or a side event is part of an event, not the event reported
        ("The second session “Protecting Children Online in a Connected World” followed.", []),
        ("The subject of the fourth session was “Safety of Undersea Cables”.", []),
        ("Participants of the side event “Evidence Sharing in Criminal Cases” met the authors.", []),
        ("The first panel, “Lessons Learned from Past Crises”, was moderated by a journalist.", []),
        # Class: quoted speech holding a curly apostrophe ("the region’s") is no title cut short
        # at it: the apostrophe inside a word closes no quote.
        (
            "The Minister opened the Third Forum in Suva\n12 May 2020 News\n"
            "“Our country values its close ties with the islands and follows the region’s progress. "
            "Fisheries matter to all of us.” The Minister spoke so when she opened the Third Forum.",
            ["Third Forum"],
        ),
        # Class: a quote right after a body's or a document's noun names that programme or
        # initiative, not the event named earlier in the sentence (nor is a name inside it one).
        ("The workshop was a project of the Coastal Programme “Clean Harbours for Every Town” of the league.", []),
        ("The seminar was part of the Regional Programme “Coastal dialogue for fair fisheries” of the union.", []),
        # a quote nobody introduced as an event, and quoted speech
        ("“Arctic Shipping: Rules for a Warmer Sea” will be examined by scholars.", []),
        ("“We must act together against these threats,” the minister said at the conference.", []),
    ],
)
def test_quoted_titles(nlp, text, expected):
    assert event_names(nlp, text) == expected


def test_sessions_of_a_conference_are_not_events(nlp):
    text = (
        "On 3-4 June 2021 Geneva hosted the international conference “Youth and Security in the Digital Era”. "
        "The programme had two sessions. The opening one — “Implementing Commitments Online” — focused on law. "
        "The other session dealt with “Public Private Partnerships Against Extremism”."
    )
    assert event_rows(nlp, text) == [("Youth and Security in the Digital Era", "Geneva", "2021-06-03", "2021-06-04")]


def test_named_event_in_the_headline_with_place_and_duration(nlp):
    text = (
        "Riga Security Forum opens with 500 guests\n\n7 October 2019\n\n"
        "The Riga Security Forum has started today in Riga. The agenda will be discussed over three days by experts."
    )
    assert event_rows(nlp, text) == [("Riga Security Forum", "Riga", "2019-10-07", "2019-10-09")]


def test_event_named_once_in_passing_is_not_reported(nlp):
    text = (
        "Minister addresses the assembly of the youth council\n\n12 May 2020\n\n"
        "The minister thanked the organisers. Next summer the Director will host the first World Congress in Geneva."
    )
    assert event_names(nlp, text) == []


def test_published_date_is_not_the_event_date(nlp):
    text = (
        "Conference “Water Diplomacy in Central Asia” will take place in Almaty\n\n11 September 2018\n\n"
        "On October 9-10, 2018 Almaty will host the conference “Water Diplomacy in Central Asia”."
    )
    assert event_rows(nlp, text) == [("Water Diplomacy in Central Asia", "Almaty", "2018-10-09", "2018-10-10")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # the count's sentence refers back to the event
        (
            "On 3-4 June 2021 Geneva hosted the conference “Youth and Security in the Digital Era”. "
            "The event drew more than 140 participants from 27 countries.",
            [
                ("more than 140 participants", "Youth and Security in the Digital Era"),
                ("27 countries", "Youth and Security in the Digital Era"),
            ],
        ),
        (
            "Geneva hosted the conference “Youth and Security in the Digital Era”. The Conference brought together nearly three hundred participants.",
            [("nearly three hundred participants", "Youth and Security in the Digital Era")],
        ),
        # the count's sentence names the event
        (
            "Riga Security Forum opens\n\n7 October 2019\n\nThe Riga Security Forum brings together experts from more than 60 countries.",
            [("more than 60 countries", "Riga Security Forum")],
        ),
        # nothing ties the figure to the event
        (
            "Geneva hosted the conference “Youth and Security in the Digital Era”. Belarus trained 40 experts last year.",
            [("40 experts", "")],
        ),
    ],
)
def test_count_event(nlp, text, expected):
    assert [(c["text"], c["event"]) for c in nlp(text)._.counts] == expected


def test_named_event_with_a_hyphen(nlp):
    text = (
        "Shangri-La Dialogue opens in Singapore\n\n31 May 2019\n\n"
        "The Shangri-La Dialogue has started today in Singapore."
    )
    assert event_names(nlp, text) == ["Shangri-La Dialogue"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: an en dash glued between two bodies is part of the event's name, not its end
        (
            "The 5th Andean Community\u2013EU Annual Dialogue opened in Lima on 4 June 2019.",
            [("5th Andean Community\u2013EU Annual Dialogue", "Lima", "2019-06-04", "2019-06-04")],
        ),
        # ... a spaced en dash still parts a headline from the name after it
        (
            "Ministers meet \u2013 Andean Summit opens in Lima on 4 June 2019.",
            [("Andean Summit", "Lima", "2019-06-04", "2019-06-04")],
        ),
    ],
)
def test_named_event_with_an_en_dash(nlp, text, expected):
    assert event_rows(nlp, text) == expected


def test_place_and_dates_from_a_sentence_that_refers_back_to_the_only_event(nlp):
    text = (
        "Ministry announces the conference “Water Diplomacy in Central Asia”\n\n11 September 2018\n\n"
        "The ministry announced the conference “Water Diplomacy in Central Asia”. "
        "The conference will be held in Almaty on 9-10 October 2018."
    )
    assert event_rows(nlp, text) == [("Water Diplomacy in Central Asia", "Almaty", "2018-10-09", "2018-10-10")]


def test_a_place_inside_a_quoted_title_is_not_the_venue(nlp):
    text = (
        "OSCE conference discusses cybersecurity\n\nVIENNA, 15 March 2021 – The conference, titled "
        "“Building Trust in Cyberspace”, was opened by the Chair."
    )
    [event] = nlp(text)._.events
    assert event["place"] == "Vienna"


def test_events_a_body_named_before_its_members_is_no_event(nlp):
    # class: an event noun ending a body's name ("… Forum"), its members named right after in
    # capitals ("… Forum Foreign Ministers will meet"): the body, not the meeting
    assert "Andean Forum" not in event_names(
        nlp, "Andean Forum Trade Ministers gathered in Quito on Tuesday to review tariffs."
    )
    assert event_names(nlp, "The Andean Forum opened in Quito on Monday.") == ["Andean Forum"]


@pytest.mark.parametrize(
    "text,place",
    [
        # Class: a region word in the event's name ("Pacific", "Caribbean") is whom it is for, not its place
        ("The 12th Pacific Leaders Meeting ended on Friday. The leaders said the Pacific must act on the oceans.", ""),
        ("The 9th Caribbean Leaders Meeting closed with a communique. Ministers urged the Caribbean to unite.", ""),
        # a city in the name still gives the place
        ("The Lima Trade Dialogue ended on Friday. Delegates praised Lima for its hospitality.", "Lima"),
    ],
)
def test_a_region_word_in_the_name_is_no_place(nlp, text, place):
    assert [e["place"] for e in nlp(text)._.events] == [place]


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: the acronym in brackets right before an ordinal names the body ("(AAU) 12th …")
        (
            "The minister spoke at the Association of Andean Universities (AAU) 12th General Conference held in Quito last week.",
            "AAU 12th General Conference",
        ),
        # Class: a line of capitals before an ordinal ("AT CLOSING OF SECOND …") holds no acronym: no padding
        (
            "AT CLOSING OF SECOND ANDEAN CONFERENCE ON MOUNTAIN WATER, MINISTER CALLS FOR SHARED RIVERS LIMA, "
            "3 May -- The minister spoke at the closing of the second Andean Conference on the Mountain Water, held in Lima.",
            "second Andean Conference on the Mountain Water",
        ),
        # an acronym written before an ordinal without brackets stays in the name
        ("The SAPCO 12th Annual General Meeting opened in Suva.", "SAPCO 12th Annual General Meeting"),
    ],
)
def test_the_words_before_an_ordinal(nlp, text, expected):
    assert event_names(nlp, text) == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: a meeting named in lower case after a body and followed by "held in …" (a reduced
        # relative) is the meeting that took place, though a preposition governs it
        (
            "Below is the text of the statement released after the Andean Heads of Government meeting "
            "held in Lima, Peru from May 5 to May 8 2011.",
            ["Andean Heads of Government meeting"],
        ),
        # without "held in …" a name a preposition governs stays context, no event
        ("The statement was released after the Andean Heads of Government meeting in Lima.", []),
    ],
)
def test_a_meeting_held_in_a_place(nlp, text, expected):
    assert event_names(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: an event takes a date of another year mentioned nearby; rule
        # `event:other-event-date`: a year right after another event's noun and "in" is that event's
        (
            "The minister will attend the 12th Baltic-Nordic Transport Ministers' Meeting in Vilnius, where "
            "delegates will review the outcome of the Harbour Summit in 2029.",
            [("12th Baltic-Nordic Transport Ministers' Meeting", "Vilnius", "", "")],
        ),
        # negative: the year after the event's own name dates it
        (
            "The minister will attend the 12th Baltic-Nordic Transport Ministers' Meeting in 2031 in Vilnius "
            "to review the harbour plans.",
            [("12th Baltic-Nordic Transport Ministers' Meeting", "", "2031", "2031")],
        ),
    ],
)
def test_events_a_date_of_another_event_is_not_its_date(nlp, text, expected):
    assert event_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: a number that goes with the capitalised word before it stays in the name.
        (
            "The Lima regional workshop on Article 9 of the Charter was hosted by the ministry in May 2018.",
            ["Lima regional workshop on Article 9 of the Charter"],
        ),
        # Class: a name going on across a hard-wrapped line of a paragraph.
        (
            "The Minister of Trade of the island republic, Ms. Ana Lima, is now\n"
            "paying an official visit for the Annual Summit of the Trade\n"
            "Ministers on 14 May 2018 at the invitation of the host government.",
            ["Annual Summit of the Trade Ministers"],
        ),
        # Negatives: a headline on its own line does not run on into the paragraph below it;
        # a year after the name is no part of it.
        (
            "Third Meeting of Trade Ministers of the Andean Forum opens in the capital city\n"
            "Trade Minister Ana Lima will head the delegation to the meeting.",
            ["Third Meeting of Trade Ministers of the Andean Forum"],
        ),
    ],
)
def test_events_name_across_a_number_or_a_wrapped_line(nlp, text, expected):
    assert event_names(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Class: a date and a place in a relative clause on another meeting ("that took place on …
        # in …", "which was held on …") are that meeting's, not the reported event's.
        (
            "The Andean Trade Ministers Meeting opened in the mountains, as agreed by the heads of "
            "delegation at an earlier meeting that was held on May 4, 2017, in Quito.",
            [("Andean Trade Ministers Meeting", "", "", "")],
        ),
        # Negative: a relative clause on the event itself dates it.
        (
            "The Andean Trade Ministers Meeting, which was held on May 4, 2017 in Quito, adopted a plan.",
            [("Andean Trade Ministers Meeting", "Quito", "2017-05-04", "2017-05-04")],
        ),
    ],
)
def test_events_a_relative_clause_on_another_meeting(nlp, text, expected):
    assert event_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class (review rev2, finding 5): the dateline's city is the desk's; where the event's
        # paragraph says it meets elsewhere ("at the headquarters in Nairobi") or is a visit
        # abroad, the event does not take the dateline's place
        (
            "Ports agree on safety rules\n\nLisbon – The transport ministers of the region will meet today at the "
            "union's headquarters in Nairobi. The 12th Ordinary Session of the Transport Council will adopt the rules.\n",
            [("12th Ordinary Session of the Transport Council", "")],
        ),
        (
            "Ports agree on safety rules\n\nLisbon – The Foreign Minister will pay an official visit to Canberra next "
            "week. The third round of the Portugal-Australia Strategic Dialogue will be held during the visit.\n",
            [("third round of the Portugal-Australia Strategic Dialogue", "")],
        ),
        # Positives: no other place in the paragraph, or only countries its people come from
        (
            "Ports agree on safety rules\n\nLisbon – The 12th Ordinary Session of the Transport Council opened "
            "today. The ministers will adopt the rules.\n",
            [("12th Ordinary Session of the Transport Council", "Lisbon")],
        ),
        (
            "Ports agree on safety rules\n\nLisbon – The 12th Ordinary Session of the Transport Council opened "
            "today with ministers from Kenya and Ghana.\n",
            [("12th Ordinary Session of the Transport Council", "Lisbon")],
        ),
        (
            "Ports agree on safety rules\n\nLisbon – The 12th Ordinary Session of the Transport Council opened today "
            "on “shipping in Africa”. Ministers spoke of new port investment in Portugal.\n",
            [("12th Ordinary Session of the Transport Council", "Lisbon")],
        ),
    ],
)
def test_events_dateline_place_yields_to_a_place_elsewhere(nlp, text, expected):
    assert [(name, place) for name, place, _, _ in event_rows(nlp, text)] == expected
