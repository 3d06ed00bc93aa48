"""The published date from the lines a page writes it on, and the dateline's agency and place
when an agency's mark stands in it (`pipeline.datelines`, read by `communique_dates` and
`communique_metadata`). Every page here is written for the test."""

from __future__ import annotations

import pytest

HEADLINE = "Coastal states agree on a shared fisheries register\n"
BODY = "\nThe fisheries officials of the coastal states adopted a shared register at their talks on Friday.\n"


@pytest.mark.parametrize(
    "header, published",
    [
        # class: a byline written out, the author's verb before "by" and "on" before the date
        ("Written by Marta Quill on 14 October 2025.", "2025-10-14"),
        ("Reported by Tomas Brenn on Oct. 14, 2025", "2025-10-14"),
        # class: an update stamp after the header date whose only value is a time
        ("Tuesday 14 October 2025 Last updated: 07:40 AM", "2025-10-14"),
        # class: a date line opening with the date, the issuing office's name after it
        ("14.10.2025 Office of the Fisheries Commissioner", "2025-10-14"),
        # negative: a programme's line under the headline names a sitting, no office (review 3, finding 17)
        ("14 October 2025 Opening Session of the Fisheries Council", None),
        ("14 October 2025 Closing Plenary of the Coastal States", None),
        # negative: a sentence after the date is a dateline's body or running text, no header line
        ("14 October 2025 was chosen by the officials for a vote on quotas and licences", None),
        # negative: "Last updated" with a date is an update stamp, not the publication, where a header date stands
        ("Published 2 October 2025 Last updated: 14 October 2025", "2025-10-02"),
    ],
)
def test_datelines_published_header_line_shapes(nlp, header, published):
    assert nlp(HEADLINE + header + "\n" + BODY)._.published == published


@pytest.mark.parametrize(
    "before, after, shape",
    [
        # class: an update stamp after the header date whose only value is a time (review 3,
        # finding 19: on the page these rows' only date is published by any route, so the line's
        # shape is tested here)
        ("", " | Last update 16:05", "standalone"),
        ("Tuesday ", " · last updated at 07:40", "standalone"),
        # class: a date line opening with the date, the issuing office's name of five to eight
        # words after it
        ("", " Ministry of Coastal and Inland Fisheries Affairs", "standalone"),
        ("", " Prime Minister's Office of the Republic", "standalone"),
        # negative: a sitting's or an event's name after the date is a programme's line
        ("", " Opening Session of the Fisheries Council", None),
        ("", " High-Level Segment of the Coastal Forum", None),
        # negative: running text after the date
        ("", " was chosen by the officials for the vote", None),
        # class: a dateline's date in brackets after the city, the dash doubled before the body
        ("LIMA (", ") -- The officials adopted a register.", "dateline"),
        # negative: a bracketed date followed by running text with no dash is no dateline
        ("LIMA (", ") the officials adopted a register.", None),
    ],
)
def test_datelines_header_line_shape(nlp, before, after, shape):
    assert nlp.get_pipe("dates").header.shape(before, after) == shape


@pytest.mark.parametrize(
    "dateline, agency, place, published",
    [
        # class: an agency's mark in brackets before the body, no dash after it
        ("Valdera (QPN) The officials", "QPN", "Valdera", None),
        ("VALDERA, 14 October 2025 (QPN) The officials", "QPN", "Valdera", "2025-10-14"),
        # class: an agency between the city and the date
        ("Valdera, QPN, 14 October 2025 - The officials", "QPN", "Valdera", "2025-10-14"),
        # class: an agency's tag in dashes after a byline
        ("By Marta Quill -QPN-\n\nThe officials", "QPN", None, None),
        ("By Marta Quill -QPN- 14 October 2025\n\nThe officials", "QPN", None, "2025-10-14"),
        # class: a source's credit before a date names no place, and the date still dates the page
        ("Source: QPN, 14 October 2025\n\nThe officials", None, None, "2025-10-14"),
        # negative: a country in capitals between a city in capitals and the date is no agency
        ("VALDERA, PERU, 14 October 2025 - The officials", None, "Valdera", "2025-10-14"),
        # negative: a bracket of lower-case words after a city is no agency's mark
        ("Valdera (the port city) The officials", None, None, None),
        # negative: a state's or territory's code between the city and the date is no agency
        # (review 3, finding 14)
        ("Valdera, DC, 14 October 2025 - The officials", None, "Valdera", "2025-10-14"),
        ("Valdera, ACT, 14 October 2025 - The officials", None, "Valdera", "2025-10-14"),
        ("Valdera, FCT, 14 October 2025 - The officials", None, "Valdera", "2025-10-14"),
        # negative: a weekday, a day's or an update's number, AM/PM in brackets after the date is no
        # agency's mark (review 3, finding 15)
        ("VALDERA, 14 October 2025 (Tuesday) The officials", None, "Valdera", "2025-10-14"),
        ("VALDERA, 14 October 2025 (Day 3) The officials", None, "Valdera", "2025-10-14"),
        ("VALDERA, 14 October 2025 (Update 4) The officials", None, "Valdera", "2025-10-14"),
        ("VALDERA, 14 October 2025 (PM) The officials", None, "Valdera", "2025-10-14"),
        ("VALDERA, 14 October 2025 (EU Summit) The officials", None, "Valdera", "2025-10-14"),
        # (guard: an acronym and an agency's word stay the agency's mark)
        ("VALDERA, 14 October 2025 (QPN News) The officials", "QPN News", "Valdera", "2025-10-14"),
        # (guard: an agency whose first word is also a state's code, "AL", keeps its name)
        ("VALDERA, 14 October 2025 (Al Qamar) - The officials", "Al Qamar", "Valdera", "2025-10-14"),
        # negative: an organisation's name and its acronym open the body, no place and no agency
        # (review 3, finding 16)
        ("Coastal Fisheries Board (CFB) Delegates", None, None, None),
        ("Inland Waters Authority (IWA) Experts", None, None, None),
    ],
)
def test_datelines_agency_marks_keep_the_dateline(nlp, dateline, agency, place, published):
    text = HEADLINE + "\n" + dateline + " of the coastal states adopted a shared register at their talks.\n"
    doc = nlp(text)
    span = doc._.dateline_agency
    assert (text[span[0] : span[1]] if span else None) == agency
    assert doc._.place == place
    assert doc._.published == published


@pytest.mark.parametrize(
    "page, place",
    [
        # class: a word of a headline in capitals is no dateline place
        ("COASTAL STATES AGREE ON A FISHERIES REGISTER\n\nREGISTER, 14 October 2025 - The officials met.", None),
        # class: page furniture is no dateline place
        (
            "Coastal states agree on a shared fisheries register\nShare\nPrint, 14 October 2025 - The officials met.",
            None,
        ),
        # class: a body that signs the date ("Press Office, …") is no place
        (
            "Coastal states agree on a shared fisheries register\n\nThe officials met.\n\nPress Office, 14 October 2025",
            None,
        ),
        # negative: a real city of the headline in capitals stays the place
        ("FISHERIES TALKS OPEN IN LIMA\n\nLIMA, 14 October 2025 - The officials met.", "Lima"),
        ("Coastal states agree on a shared fisheries register\n\nLima, 14 October 2025 - The officials met.", "Lima"),
    ],
)
def test_datelines_place_is_no_headline_word_or_furniture(nlp, page, place):
    assert nlp(page)._.place == place


@pytest.mark.parametrize(
    "page, title",
    [
        # class: a "Source: …" line credits the item's source; it is no headline
        (
            "Source: Coastal Wire Service Agency\n\nValdera, 14 October 2025 - The officials of the coastal states met.",
            None,
        ),
        # negative: a headline above the source's line stays the title
        (
            "Coastal states agree on a shared fisheries register\nSource: Coastal Wire Service Agency\n\n"
            "Valdera, 14 October 2025 - The officials of the coastal states met.",
            "Coastal states agree on a shared fisheries register",
        ),
    ],
)
def test_datelines_source_line_is_no_title(nlp, page, title):
    assert nlp(page)._.title == title
