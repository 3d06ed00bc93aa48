"""Datelines and headlines: the agency and the place a dateline names
(`doc._.dateline_agency`, read by the organisations component; `doc._.place`), the shape
of a header line (pipeline.datelines), and the title: the headline, never a breadcrumb,
a masthead, a date line, a label or a sentence. Every page here is written for the
test."""

from __future__ import annotations

import pytest

from pipeline.datelines import HeaderReader, dateline_agency, segment

BODY = " The ministers adopted a common water strategy at their annual meeting.\n"


@pytest.mark.parametrize(
    "dateline, agency, place",
    [
        ("SOFIA, 4 June (BTX) -", "BTX", "Sofia"),
        ("SOFIA, June 4. /BTX/.", "BTX", "Sofia"),
        ("SOFIA, Jun. 4, 2019. /BTX/.", "BTX", "Sofia"),
        ("SOFIA. June 4. BTXNEWS -", "BTXNEWS", "Sofia"),
        ("SOFIA, June 4 (Balkan News Agency) --", "Balkan News Agency", "Sofia"),
        ("BTXnews June 4/2019", "BTXnews", None),
        # class: a comma between the agency's bracket and the dash
        ("SOFIA, June 4 (BTX-R),-- ", "BTX-R", "Sofia"),
        # An aggregator's credit before the dateline does not hide it.
        ("(AGG- Balkan News Agency (BTX)) SOFIA, June 4 (BTX) --", "BTX", "Sofia"),
        # A dateline that names no date.
        ("SOFIA (BTX) — Ministers", "BTX", "Sofia"),
        ("SOFIA, Bulgaria (Balkan News Agency) -", "Balkan News Agency", "Sofia"),
        # A dateline without an agency; the date may come first.
        ("SOFIA, Bulgaria, June 4, 2019 --", None, "Sofia"),
        ("4 June 2019, Sofia –", None, "Sofia"),
        ("SOFIA, 4 June. Xyzpress- ", "Xyzpress", "Sofia"),
        ("SOFIA, 4 June 2019 –", None, "Sofia"),
        # class: a bare dateline, its city in capitals or followed by an agency, gives the place
        ("NOVI SAD – Ministers", None, "Novi Sad"),
        ("Plovdiv (Thracian Wire) – Ministers", None, "Plovdiv"),
        # class: a leading date glued to ".-" names no place
        ("June 4, 2019.- Ministers", None, None),
        # class: an outlet credited by its web address before the city
        ("BTXNEWS.CO.ID, SOFIA -- Ministers", "BTXNEWS.CO.ID", "Sofia"),
        ("Btxpost.com, SOFIA – Ministers", "Btxpost.com", "Sofia"),
        # class: a place in capitals and a dash before the date and its weekday in capitals
        ("SOFIA, BULGARIA – TUESDAY 04 JUNE 2019: Ministers", None, "Sofia"),
        # class: a dateline's tail with the agency between slashes and dashes after the city's comma
        ("SOFIA,-/BTX/- Ministers", "BTX", "Sofia"),
        ("SOFIA, -/Balkan Wire/- Ministers", "Balkan Wire", "Sofia"),
        ("Plovdiv,-/Thracian Wire/- Ministers", "Thracian Wire", "Plovdiv"),
        # class: a bare dateline, its city in title case and a spaced dash (a capital or a place)
        ("Sofia – Ministers", None, "Sofia"),
        ("Sofia - Ministers", None, "Sofia"),
        # class: the city in capitals, a full stop, then the agency: the city alone is the place
        ("SOFIA. BTXNEWS - Ministers", "BTXNEWS", "Sofia"),
        # negatives: a word that is no place before a dash; an abbreviated city's full stop
        ("Update – Ministers", None, None),
        ("Background - Ministers", None, None),
        ("ST. IVAN – Ministers", None, "St. Ivan"),
    ],
)
def test_metadata_dateline_agency_and_place(nlp, dateline, agency, place):
    """The dateline's agency and place; the agency is an organisation of the text."""
    text = "Water strategy adopted in the region\n\n" + dateline + BODY
    doc = nlp(text)
    span = doc._.dateline_agency
    assert (text[span[0] : span[1]] if span else None) == agency
    assert doc._.place == place
    assert agency is None or agency in [o["name"] for o in doc._.organisations]


@pytest.mark.parametrize(
    "text",
    [
        "Water strategy adopted in the region\n\n4 June 2019\n\nThe ministers (BTX) met." + BODY,
        "The talks opened in Sofia on 4 June (local time) and closed the next day." + BODY,
        "Water strategy adopted in the region\n\nBy BTX\n\nThe ministers met on Monday." + BODY,
    ],
)
def test_metadata_no_dateline_no_agency(nlp, text):
    assert nlp(text)._.dateline_agency is None


#: Eight paragraphs of a body, below which a dateline is a related item's, not the page's.
LONG_BODY = "".join(f"\nParagraph {n} of the ministers' statement on water follows here." for n in range(8))


# review 1, finding 11: a slash dateline needs the city's comma ("Home -/News/-" is a menu),
# and a dateline with no date opens the body: one far below the headline is no dateline
@pytest.mark.parametrize(
    "text",
    [
        "Portal -/Updates/- Ministers of the Baltic states met on Monday." + BODY,
        "Water strategy adopted in the region\n\nStart -/Latest/- The ministers met on Monday." + BODY,
        "Water strategy adopted in the region\n" + LONG_BODY + "\nSOFIA,-/BTX/- Another meeting opened." + BODY,
        "Water strategy adopted in the region\n" + LONG_BODY + "\nSOFIA (BTX) — Another meeting opened." + BODY,
        "Water strategy adopted in the region\n" + LONG_BODY + "\nSOFIA – Another meeting opened." + BODY,
    ],
)
def test_metadata_dateline_only_below_the_headline(nlp, text):
    doc = nlp(text)
    assert doc._.dateline_agency is None and doc._.place is None


# class: a dateline glued to the crawler's stamp at the top of the text
@pytest.mark.parametrize(
    "head, place",
    [
        (" date 2019-06-04 SOFIA – Ministers", "Sofia"),
        (" date 2019-06-04 Plovdiv (BTX) - Ministers", "Plovdiv"),
        (" date 2019-06-04 4 June, Plovdiv: Ministers", "Plovdiv"),
        # rule `place:no-relative-day`: a relative day before the date is no place
        ("Water strategy adopted in the region\n\nToday, 4 June, Minister Ana Lindqvist met them.", None),
    ],
)
def test_metadata_place_of_a_dateline_after_the_crawl_stamp(nlp, head, place):
    assert nlp(head + BODY)._.place == place


def test_metadata_place_beside_a_header_date(nlp):
    assert nlp("Water strategy adopted in the region\n\nLisbon, 4 October 2016\n" + BODY)._.place == "Lisbon"


def test_metadata_label_before_a_header_date_is_no_place(nlp):
    doc = nlp("Water strategy adopted in the region\n\nSubmitted on Tue, 4 October 2016\n" + BODY)
    assert doc._.published == "2016-10-04" and doc._.place is None


@pytest.mark.parametrize(
    "page, title",
    [
        # A breadcrumb trail is navigation; the headline follows it.
        (
            "Home >Media >Stories >Ports agree on safety rules\n\nPorts agree on safety rules\n\n3 May 2021\n",
            "Ports agree on safety rules",
        ),
        # A masthead printing the site's name again and again is not a headline.
        (
            "Daily Harbour Times Daily Harbour Times Daily Harbour Times\nPorts agree on safety rules\n3 May 2021\n",
            "Ports agree on safety rules",
        ),
        # Date lines (the site's masthead date, the item's date) are no titles; the
        # headline may stand right below the date.
        (
            "Sunday 19 May, 2030\nShare this page\nMay 03, 2021\n\nPorts agree on safety rules at last\n\nPORTS\n",
            "Ports agree on safety rules at last",
        ),
        # A crawler's stamp is glued to the page's first text (a menu, a byline), never the headline.
        (
            " date 2021-05-03 Shop Sport Money Weather Travel\nPorts agree on safety rules\n\n",
            "Ports agree on safety rules",
        ),
        # A byline beside the date is not the headline above it.
        ("Ports agree on safety rules\n\nHarbour news\n3 May 2021\nBy Jane Roe\n", "Ports agree on safety rules"),
        # A speech's title opens with what it is, above its event and its date.
        (
            "Remarks by Ms. Ann Lee,\nDirector of the Harbour Office\nSide event on port safety and security\n"
            "Room 4, 10:00, 3 May 2021\n",
            "Remarks by Ms. Ann Lee, Director of the Harbour Office",
        ),
        (
            "Keynote address by Mr. Tom Varga,\nChair of the Harbour Board\nSide event on port safety and security\n"
            "Room 4, 10:00, 3 May 2021\n",
            "Keynote address by Mr. Tom Varga, Chair of the Harbour Board",
        ),
        # Labels ("…:") and sentences are not headlines.
        ("Highlights of the week so far:\n\n- The ports agreed on safety rules.\n", None),
        # class: a photo caption, a numbered paragraph and a lower-case site
        # tagline are no headlines
        ("Photo: harbour office Ports agree on safety rules\n\nThe ministers met.\n", None),
        ("Ports agree on safety rules (Credit: Harbour TV)\n\nThe ministers met.\n", None),
        ("7. Ministers welcomed the new port safety rules\n\nThe ministers met.\n", None),
        (
            "your gateway to harbour life\nPorts agree on safety rules\n\nThe ministers met.\n",
            "Ports agree on safety rules",
        ),
        # A headline set in a run of short lines shows itself by repeating.
        (
            "Menu\nAbout\nCountries\nPorts agree on safety rules\nLatest stories\nPorts agree on safety rules\n"
            "3 May 2021\nThe ports of the region agreed on common safety rules on Monday in a long meeting.\n",
            "Ports agree on safety rules",
        ),
        # class: a short headline in capitals naming the document is a title despite its
        # few words; a longer headline above it still wins, a short capitals label does not.
        (
            "The text below was released by the council after its session.\nHARBOUR DECLARATION\n",
            "HARBOUR DECLARATION",
        ),
        ("Ports agree on safety rules\nFINAL COMMUNIQUE\n", "Ports agree on safety rules"),
        ("The text below was released by the council after its session.\nLATEST NEWS\n", None),
        # class: a headline glued to the crawler's stamp, the page's own date on the next
        # line; a run of capitalised menu items glued there is still no headline.
        (" date 2021-05-03 Ports agree on common safety rules\nMay 3, 2021\n", "Ports agree on common safety rules"),
        (
            " date 2021-05-03 Shop Sport Money Weather Travel\nMay 3, 2021\nPorts agree on common safety rules\n",
            "Ports agree on common safety rules",
        ),
        # class: a byline in another wording or language is no headline; the line above it is.
        (
            "Ports agree on common safety rules for the ships of the region\nEditado por Ana Lima\n3 May 2021\n",
            "Ports agree on common safety rules for the ships of the region",
        ),
        ("Edited by Jane Roe and Tom Varga\n\nThe ministers met.\n", None),
        # class: a bullet-led line is a list item, no headline.
        ("· THE HARBOUR MASTERS GROUP\n\nThe ministers met.\n", None),
        # class: an agenda item's running head, however often repeated, is no headline.
        (
            "Item 4 of the provisional agenda\nItem 4 of the provisional agenda\n\nThe ministers met.\n",
            None,
        ),
        # class: a sentence ending in a day's number or in a bracketed acronym is no headline.
        ("The harbour office made the announcement in the capital on May 3.\n\nThe ministers met.\n", None),
        (
            "The council will also review the report of the Port Safety Board (PSB).\n\nThe ministers met.\n",
            None,
        ),
        # class: a headline in a run of short lines right above an "Updated:" stamp.
        (
            "App | Mobile |\nHOME >> PORTS >> NEWS\nPorts agree on common safety rules\nUpdated: May 3,2021 7:14 PM\n"
            "The harbour office made the announcement in the capital on May 3.\n",
            "Ports agree on common safety rules",
        ),
        # class: a date signing the page below the body: the signature block above it is no headline.
        (
            "Ports agree on common safety rules at the regional meeting\n\n"
            "The ministers of the region met in the port city for two days of talks on safety.\n"
            "They agreed on common rules for the inspection of ships in all ports of the region.\n"
            "Ministry of Harbour Affairs\nPort City\n3 May 2021\n",
            "Ports agree on common safety rules at the regional meeting",
        ),
        # class: a short heading over the header date or over the body's first paragraph.
        ("Harbour Relations\n3 May 2021\nThe ministers of the region met in the port city.\n", "Harbour Relations"),
        (
            "Print Friendly, PDF & Email\n\nPort Safety Workshop\n\nThe ministers of the region met in the port city.\n",
            "Port Safety Workshop",
        ),
        # negatives: a body's name over the body is a masthead; a short line under the body's start is none.
        ("Harbour Affairs Ministry\n\nThe ministers of the region met in the port city.\n", None),
        ("The ministers of the region met in the port city.\nHarbour Relations\nThe talks went on.\n", None),
    ],
)
def test_metadata_title_is_the_headline(nlp, page, title):
    assert nlp(page + BODY)._.title == title


@pytest.mark.parametrize(
    "text",
    [
        # class: the text's last line, where the page was cut off, is never its title
        "The ministers of the region met in the port city for two days.\nThe harbour masters also did not",
        "The ministers of the region met in the port city for two days.\n\nPorts agree on safety rules and",
    ],
)
def test_metadata_last_line_is_no_title(nlp, text):
    assert nlp(text)._.title is None


@pytest.mark.parametrize(
    "page, title",
    [
        # class (review rev2, finding 4): a site's section heading over the page is navigation,
        # never the document's short heading
        ("News Room\n\nLisbon, 3 May 2019 - The regional water agency today announced a new programme.\n", None),
        ("Top Stories\n\nLisbon, 3 May 2019 - The regional water agency today announced a new programme.\n", None),
        ("Latest Updates\n3 May 2021\nThe ministers of the region met in the port city.\n", None),
        # positives: a short heading of the document's own stays its title
        (
            "Harbour Safety Forum\n\nLisbon, 3 May 2019 - The regional water agency today announced a new programme.\n",
            "Harbour Safety Forum",
        ),
        ("Coastal Relations\n3 May 2021\nThe ministers of the region met in the port city.\n", "Coastal Relations"),
    ],
)
def test_metadata_section_heading_is_no_title(nlp, page, title):
    assert nlp(page)._.title == title


@pytest.mark.parametrize(
    "page, place",
    [
        # class (review rev2, finding 5): a city and a dash further down the body, after a
        # sentence, is a paragraph's opening, not the dateline
        ("Water Relations\n\nThe ministers of the region adopted a strategy.\nLisbon – The talks will go on.\n", None),
        (
            "Press Releases\nThe ministers of the region adopted a strategy.\nSofia – The talks will focus on trade.\n",
            None,
        ),
        # positives: the dateline opening the body, under the headline or at the page's top
        ("Water Relations\n\nLisbon – The ministers of the region adopted a strategy.\n", "Lisbon"),
        ("Sofia – The ministers of the region adopted a strategy.\nThe talks will go on.\n", "Sofia"),
    ],
)
def test_metadata_city_dash_dateline_opens_the_body(nlp, page, place):
    assert nlp(page)._.place == place


def test_metadata_title_from_the_inputs_headline(nlp):
    """An input that names its headline (an HTML page's <h1>) gives the title."""
    doc = nlp.make_doc("Home\nNews\n\nPorts agree on safety rules\n\n3 May 2021\n" + BODY)
    doc._.headline = "Ports agree on safety rules"
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert doc._.title == "Ports agree on safety rules"


@pytest.mark.parametrize(
    "page, kind",
    [
        # The headline's cue decides: a speech's title says what it is.
        ("Closing remarks at the Regional Water Forum\n\n3 May 2021\n\nDear colleagues, we met.\n", "speech"),
        # A press release quoting someone's opening remarks stays a press release.
        (
            "Press release\n\nPorts agree on safety rules\n\n3 May 2021\n\nIn her opening remarks, the chair "
            "welcomed the rules.\n",
            "press_release",
        ),
        ("MEDIA ADVISORY\n\nMinister to brief the diplomatic corps\n\n3 May 2021\n", "announcement"),
    ],
)
def test_metadata_kind_from_the_headline_first(nlp, page, kind):
    assert nlp(page)._.kind == kind


def test_metadata_agency_dateline_makes_a_news_item(nlp):
    assert nlp("Water strategy adopted in the region\n\nSOFIA, 4 June (BTX) -" + BODY)._.kind == "news"


@pytest.mark.parametrize(
    "line, start, shape",
    [
        ("Posted on: 4 May 2020 | Back | Print", 11, "label:published"),
        ("Last update: 4 May 2020", 13, "label:updated"),
        ("Release dateMonday 4 May 2020 - 10:00", 19, "label:published"),
        ("NEWS DESK | Monday, 4 May 2020", 20, "standalone"),
        ("DOC/2020/4 4 May 2020", 11, "standalone"),
        ("SOFIA, 4 May 2020 – The ministers met.", 7, "dateline"),
        ("The ministers met on 4 May 2020 in Sofia.", 21, None),
    ],
)
def test_datelines_shape_of_a_header_line(line, start, shape):
    reader = HeaderReader(
        ["monday", "mon"], {"posted on": "published", "release date": "published", "last update": "updated"}, ["back"]
    )
    end = start + len("4 May 2020")
    assert line[start:end] == "4 May 2020"
    assert reader.shape(*segment(line, start, end)) == shape


def test_datelines_agency_pure():
    text = "KYIV, 4 May (XY News) - Talks began."
    a, b = dateline_agency(text, 6, 11)
    assert text[a:b] == "XY News"
