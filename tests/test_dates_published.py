"""The published date: the document's own date at the top of the page, in the many
shapes pages give it (labels, header lines, crawler stamps, agency datelines), never a
masthead's crawl date, an update stamp or the date of the meeting a header also names.
Every page here is written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.datelines import HeaderDate, choose_published

HEADLINE = "Regional ministers agree on a water strategy\n"
BODY = "\n\nThe ministers of the region adopted a common water strategy at their annual meeting.\n"


@pytest.mark.parametrize(
    "header, published",
    [
        # A timestamp with its time.
        ("2021-06-14 08:30", "2021-06-14"),
        # Labels, one glued to a weekday, some beside a bar of links.
        ("Posted on: 3 February 2022 | Back | Print", "2022-02-03"),
        ("Published: 9 July 2013", "2013-07-09"),
        ("Release dateThursday 4 June 2020 - 09:40", "2020-06-04"),
        ("Date of publication: 12.01.2018", "2018-01-12"),
        ("Posted by editor on 8 August 2016", "2016-08-08"),
        # Class: a parliamentary record's header, the sitting's day as the record's date.
        ("Volume 12: debated on Monday 4 March 2019", "2019-03-04"),
        # Class: a label with a space before its colon, then a dd-mm-yyyy day.
        ("Date of release : 11-09-2014", "2014-09-11"),
        # Class: a lower-case month, the year split off by a slash.
        ("3 october / 2016", "2016-10-03"),
        ("2021-06-14T08:30:00Z", "2021-06-14"),
        ("2021/06/14 08:30", "2021-06-14"),
        # A header line with little besides the date: a weekday, a time, a venue, a bar.
        ("Monday, 6 April 2015", "2015-04-06"),
        ("Apr 09, 2021", "2021-04-09"),
        ("15/03/2019", "2019-03-15"),
        ("2 Dec 2010", "2010-12-02"),
        ("6 May 2020 - Press release", "2020-05-06"),
        ("CITY DESK | Sunday, 3 March 2024", "2024-03-03"),
        ("Tuesday, March 7, 2017, 3:05 p.m. Ministry of Justice", "2017-03-07"),
        ("(Friday, June 9th 2017, Parliament House)", "2017-06-09"),
        ("14.05.2012. 16:20", "2012-05-14"),
        # A place before the date.
        ("Lisbon, 4 October 2016", "2016-10-04"),
        ("Chile, Santiago, Monday 4 April 2022.", "2022-04-04"),
        # Class: a header bar of spaced slashes, author / date and time / views, the page's
        # title glued to the views.
        ("staff / 2022-11-04 PM 2:10:00 / 318Trade fair closes in Lima", "2022-11-04"),
        ("Editor / 2022-11-04 14:10 / 318 views", "2022-11-04"),
        # Class: the header's year glued to the next label of the page ("…2016Category:").
        ("Date:\n14 May 2016Section:\nNews, Events", "2016-05-14"),
        # Class: a header's day whose year the page glued to the dash after it.
        ("Bogota, Colombia, June 4th, 2016- Press office", "2016-06-04"),
        ("4 June 2016-", "2016-06-04"),
        # Class: a numeric day with a space after each full stop, day first or year first.
        ("12. 02. 2021.", "2021-02-12"),
        ("03. 11. 2019", "2019-11-03"),
        ("2021. 02. 12.", "2021-02-12"),
        # and with a one-digit month on the header's own line (narrowed, review rev2 finding 6)
        ("5. 3. 2020", "2020-03-05"),
    ],
)
def test_dates_published_header_shapes(nlp, header, published):
    assert nlp(HEADLINE + header + BODY)._.published == published


def test_dates_published_dateline_place_dashed_to_its_day(nlp):
    # Class: "Nakhon Phanom-7 Jun 2019:": a dateline's place joined to the day by a dash: a day, not "Jun 2019".
    doc = nlp("Nakhon Phanom-7 Jun 2019: The trade officials opened a week of talks on 3 June.")
    assert [(d["text"], d["date_start"]) for d in doc._.dates][0] == ("7 Jun 2019", "2019-06-07")


def test_dates_published_title_block_bracketed_place_and_date(nlp):
    # class: a PDF title block "TITLE (City, Country, date) ____" run on one line with the body
    text = (
        "DECLARATION OF THE FIFTH MEETING OF ISLAND ENERGY MINISTERS (Apia, Samoa, 3 May 2018) "
        "______________________ 1. The Fifth Meeting of Island Energy Ministers met on 3 May 2018 in Apia, "
        "Samoa, and adopted a common plan for solar power in the region.\n"
    )
    assert nlp(text)._.published == "2018-05-03"


def test_dates_published_title_block_bracketed_date_then_place(nlp):
    # class: a title block whose bracket opens with the date and closes with the place
    text = (
        "Joint Statement of the Ministers of Trade of the Andean Partnership (March 12, 2019, Cusco)\n\n"
        "The Ministers of Trade met in Cusco to review the common tariff and adopted a plan.\n"
    )
    assert nlp(text)._.published == "2019-03-12"


def test_dates_published_glued_dateline_is_a_day_not_a_month(nlp):
    # Class: "Quito4 March 2015": the day the page glued to its place, not "March 2015".
    doc = nlp("Lima-Quito4 March 2015: The ministers adopted a common strategy.")
    assert [(d["text"], d["date_start"], d["role"]) for d in doc._.dates] == [
        ("4 March 2015", "2015-03-04", "published")
    ]


def test_dates_a_range_glued_to_the_label_before_it(nlp):
    # Class: "Venue and Dates9 - 11 May 2016": the range's first day glued to a label, one row
    # from its first day to its last, not the last day alone.
    doc = nlp("Seminar overview\n\nVenue and Dates9 - 11 May 2016, Quito, Ecuador\n\nThe seminar trains officials.")
    assert [(d["text"], d["date_start"], d["date_end"]) for d in doc._.dates] == [
        ("9 - 11 May 2016", "2016-05-09", "2016-05-11")
    ]


@pytest.mark.parametrize(
    "text, published",
    [
        # Class: the delivery date in a speech's title line, its place after it.
        (
            "Statement by the Minister of Trade at the Opening of the Regional Council of Ministers"
            " 14 May 2015, Lima PERU\nExcellencies,\nWelcome to Lima.",
            "2015-05-14",
        ),
        ("Keynote address by the Chair to the Water Forum 3 October 2019\n\nColleagues, welcome.", "2019-10-03"),
        # Class: a title line opening "Speech of", honorifics with full stops, the place and "on" before the date.
        (
            "Speech of H.E. Deputy Minister Dr. Tomas Varga at the first session of the Joint Commission"
            " in Porto on March 4, 2011\nExcellency,\nLadies and Gentlemen.\nIt is an honour to be here.",
            "2011-03-04",
        ),
        # Class: a speech's title block in capitals the page ran into its text on one line,
        # the date followed by its place in capitals.
        (
            "AS PREPARED FOR DELIVERY ADDRESS BY DR. LENA VOSS CHAIR OF THE RIVER COMMISSION"
            " AT THE ANNUAL PLENARY 12 MARCH 2014 PALAIS DES CONGRES, LYON Distinguished delegates,"
            " welcome. Yesterday the experts finished their report.",
            "2014-03-12",
        ),
        # capitals throughout, no speech cue: a communique's sentence, not a title
        ("THE MINISTERS OF THE RIVER COMMISSION MET IN LYON ON 12 MARCH 2014. THE MEETING ENDED.", None),
        # A headline that dates a meeting is no speech's title: no published date.
        ("Ministers Meet In Porto On 3 May 2020\n\nThe ministers adopted a strategy.", None),
        # Class: a date closing the page's headline, no preposition before it: the document's.
        ("Full text of the final communique of the Water Forum March 9 2012\n\nThe ministers met.", "2012-03-09"),
        ("Joint statement of the river commission 4 June 2019, Porto\n\nThe ministers met.", "2019-06-04"),
        ("Ministers to gather in Porto from 3 May 2020\n\nThe ministers will meet.", None),
        # A sentence naming a statement and its date is running text, not a title.
        ("Water strategy\n\nStatement by the Chair was welcomed. The ministers met on 3 May 2020.", None),
    ],
)
def test_dates_published_speech_title_delivery_date(nlp, text, published):
    assert nlp(text)._.published == published


def test_dates_published_update_stamp_is_not_publication(nlp):
    doc = nlp(HEADLINE + "Last updated: 8 March 2024\nPublished: 2 March 2024" + BODY)
    assert doc._.published == "2024-03-02"


@pytest.mark.parametrize(
    "header, published",
    [
        # class: an ISO header date with its time, then an update stamp with its own date and
        # time (silver 8 class 6): the first date is the page's
        ("2021-06-03 09:41 update: 2021-06-04, 17:05", "2021-06-03"),
        ("2019-02-11 12:58 | Updated: 2019-02-12 19:30", "2019-02-11"),
        ("11 February 2019, 12:58 Last updated on 12 February 2019", "2019-02-11"),
        # negatives: an update stamp alone still dates the page only as a last resort, and a
        # header line with running text after the date is no header date
        ("Last update: 2019-02-12, 19:30", "2019-02-12"),
        ("2019-02-11 12:58 the ministers will update the plan next year", None),
    ],
)
def test_dates_published_header_date_before_a_dated_update_stamp(nlp, header, published):
    assert nlp(HEADLINE + header + BODY)._.published == published


def test_dates_published_update_stamp_when_nothing_else_dates_the_page(nlp):
    doc = nlp(HEADLINE + "Last updated 4:10 PM, Friday, 8 March 2024" + BODY)
    assert doc._.published == "2024-03-08"


def test_dates_published_event_details_box_is_the_events(nlp):
    page = HEADLINE + "\nDate: 14 May 2022\nVenue: Town Hall, Porto\nTime: 10:00\n" + BODY
    assert nlp(page)._.published is None


def test_dates_published_a_title_case_headline_with_a_date_is_not_a_header_date(nlp):
    doc = nlp("Ministers Meet In Porto On 3 May 2020\n5 May 2020" + BODY)
    assert doc._.published == "2020-05-05"


def test_dates_published_masthead_date_yields_to_the_items(nlp):
    # The site's "today" in its masthead is later than the item it shows.
    page = "Sunday 19 May, 2030\nFollow us on social media\n" + "Mar 02, 2022\n\n" + HEADLINE + BODY
    assert nlp(page)._.published == "2022-03-02"


@pytest.mark.parametrize("weather", ["17.4 C\n", "-2°C\n", "64 °F  "])
def test_dates_published_a_top_bar_under_a_weather_reading_is_no_publication(nlp, weather):
    # Class: a site's top bar shows the day of viewing beside the day's weather; alone, it
    # does not date the item.
    page = weather + "Thursday, October 9, 2031\n" + HEADLINE + BODY
    assert nlp(page)._.published is None


@pytest.mark.parametrize(
    "top, published",
    [
        # Class: the weather's place on a line of its own between the reading and the top bar's day
        ("17.4 C\nLakeport\n", None),
        ("-2°C\nNorth Lakeport\n", None),
        # the reading glued after the crawler's stamp: the stamp dates the item
        (" date 2031-10-08 20.6 C\nLakeport\n", "2031-10-08"),
        # negatives: no reading above the place, or a line of running text between, leaves the
        # top bar's day as the page's date
        (" date 2031-10-08\nLakeport\n", "2031-10-09"),
        ("17.4 C\nThe envoy writes from the lakeside\n", "2031-10-09"),
    ],
)
def test_dates_published_a_top_bar_under_a_weather_readings_place_is_no_publication(nlp, top, published):
    page = top + "Thursday, October 9, 2031\n" + HEADLINE + BODY
    assert nlp(page)._.published == published


def test_dates_published_document_date_before_the_meeting_it_is_for(nlp):
    # Two full dates in a header: the document's, not the meeting's after it.
    page = "Working Papers\nWP/Doc(2015)12 4 May 2015\nNote to the committee\nat its meeting (6 May 2015)\n" + BODY
    assert nlp(page)._.published == "2015-05-04"


@pytest.mark.parametrize(
    "page, published",
    [
        # Class: a speech page's posting date, then the speech's venue block (its meeting, its
        # place on a line of its own, the delivery date): the page's date, not the meeting's.
        (
            "Remarks by the Director at the Reef Ministers Meeting\n\nNews and Speeches\n9 March 2021\n\n"
            "Reef Ministers Meeting\n\nApia, Samoa\n\n4 March 2021\n\nColleagues, welcome to Apia.\n",
            "2021-03-09",
        ),
        # the venue block's place read as datelines write one: an apostrophe, a dot or a hyphen
        # inside it ("Nuku'alofa, Tonga", "St. Brendan's, Vanuatu")
        (
            "Closing Remarks at the Reef Ministers Meeting\n\nNews and Speeches\n9 March 2021\n\n"
            "Reef Ministers Meeting\n\nNuku'alofa, Tonga\n\n4 March 2021\n\nColleagues, welcome.\n",
            "2021-03-09",
        ),
        (
            "Closing Remarks at the Reef Ministers Meeting\n\nNews and Speeches\n9 March 2021\n\n"
            "Reef Ministers Meeting\n\nSt. Brendan's, Vanuatu\n\n4 March 2021\n\nColleagues, welcome.\n",
            "2021-03-09",
        ),
        # the venue block alone still dates the page
        (
            "Remarks by the Director at the Reef Ministers Meeting\n\nApia, Samoa\n\n4 March 2021\n\n"
            "Colleagues, welcome to Apia.\n",
            "2021-03-04",
        ),
    ],
)
def test_dates_published_a_posting_date_above_a_speechs_venue_block(nlp, page, published):
    assert nlp(page)._.published == published


def test_dates_published_a_session_range_is_no_published_date(nlp):
    assert nlp("Fortieth Session\n\n12-14 May 2019\n\nClosing remarks" + BODY)._.published is None


@pytest.mark.parametrize(
    "text, published",
    [
        # The crawler's stamp when the page has no header date of its own; it beats a dateline.
        (" date 2022-05-03 LIMA, 2nd May 2022. The ministers adopted a common strategy today.", "2022-05-03"),
        (" date 2022-05-03 By XYZ\n\nThe ministers adopted a common strategy yesterday.", "2022-05-03"),
        # A stamp long after the dateline's date is the crawl, not the item.
        (" date 2030-01-04 Water\n\nLIMA, May 2, 2022 -- The ministers adopted a strategy.", "2022-05-02"),
        # The page's own header line beats the stamp.
        (" date 2030-01-04 Water\nThursday, 5 May 2022\n\nThe ministers adopted a strategy.", "2022-05-05"),
    ],
)
def test_dates_published_crawler_stamp(nlp, text, published):
    assert nlp(text)._.published == published


@pytest.mark.parametrize(
    "text, published",
    [
        # Agency datelines in their house styles.
        ("ROME, Jan. 9, 2018. /XYZA/. The ministers adopted a common strategy.", "2018-01-09"),
        ("QUITO, Ecuador, March 3, 2016 -- The ministers adopted a common strategy.", "2016-03-03"),
        ("3 March 2016, Quito – The ministers adopted a common strategy.", "2016-03-03"),
        ("3 March 2016 - The ministers adopted a common strategy.", "2016-03-03"),
        ("XYZA Month\n\nXYZA June 5/2019 The ministers adopted a common strategy.", "2019-06-05"),
        # Class: an abbreviated month with an ordinal heading the item, the agency's credit in
        # brackets glued to the dash.
        ("Water strategy adopted\n\nFeb 4th, 2020 (XYZA)-The ministers adopted a strategy.", "2020-02-04"),
        ("Sep 2nd, 2018 (XYZA) - The ministers adopted a common strategy.", "2018-09-02"),
        # Class: a dateline glued to its place by the page, closed by a colon.
        ("Lima-Quito4 March 2015: The ministers adopted a common strategy.", "2015-03-04"),
        ("Porto21 June 2017 - The ministers adopted a common strategy.", "2017-06-21"),
        # Class: a dateline closed by a colon, with or without the space after its comma.
        ("Water strategy adopted\n\nDhaka, 12 Mar 2019: The ministers adopted it.", "2019-03-12"),
        ("Water strategy adopted\n\nDhaka,12 Mar 2019:  The ministers adopted it.", "2019-03-12"),
        # A dateline without a year takes the headline's year, else there is none.
        ("Water strategy for 2016 adopted\n\nLIMA, 9 May (XYZA) - The ministers adopted it.", "2016-05-09"),
        ("Water strategy adopted\n\nLIMA, May 9. /XYZA/. The ministers adopted it.", None),
        ("Water strategy adopted\n\nLIMA. May 9. XYZA - The ministers adopted it.", None),
        # Class: the source, then the date in brackets, a colon or a dash, then the body.
        ("Water strategy adopted\n\nXYZA (March 2, 2017): The ministers adopted it.", "2017-03-02"),
        ("Water strategy adopted\n\nsource: Water Desk (2 March 2017) - The ministers adopted it.", "2017-03-02"),
        # Class: a leading date closed by a full stop glued to its dash.
        ("Water strategy adopted\n\nMay 4, 2019.- The ministers adopted it today.", "2019-05-04"),
        ("Water strategy adopted\n\n4 May 2019.- The ministers adopted it.", "2019-05-04"),
        # Class: a byline's date, the agency after the author, an update stamp after the date.
        ("Water strategy adopted\n\nBy Ana Lindqvist , XYZA - May 04,2019 - Last updated at May 05,2019", "2019-05-04"),
        ("Water strategy adopted\n\nBy Ana Lindqvist - 4 May 2019 - 3 min read\n\nThe ministers met.", "2019-05-04"),
        # Class: a date-first dateline naming the country after its place (silver 8 class 6).
        ("Water strategy adopted\n\n14 May 2019, Lima, Peru - The ministers adopted it.", "2019-05-14"),
        ("14 May 2019, Lima, Peru – The ministers adopted a common strategy.", "2019-05-14"),
        ("Water strategy adopted\n\nMay 14, 2019, Santa Cruz, Bolivia: The ministers adopted it.", "2019-05-14"),
        # negative: a sentence opening with a date, places listed after it, is no dateline
        ("Water strategy adopted\n\n14 May 2019, Lima, Peru and Quito were named hosts.", None),
        # Class: a place in capitals, a dash, then the date in capitals with its weekday.
        ("Water strategy adopted\n\nLIMA, PERU – SATURDAY 04 MAY 2019: The ministers adopted it.", "2019-05-04"),
    ],
)
def test_dates_published_datelines(nlp, text, published):
    assert nlp(text)._.published == published


#: A page long enough that its footer lies far below the header.
LONG_BODY = "\n\n" + "The ministers of the region discussed water, trade and transport at length.\n" * 30


@pytest.mark.parametrize(
    "footer, published",
    [
        # A publication label far down the page dates it when the header does not.
        ("Publicado: 14/6/2021", "2021-06-14"),
        ("Published: 3 February 2022", "2022-02-03"),
        ("Posted on March 8, 2019 | Share", "2019-03-08"),
        ("Publié le 05/07/2018", "2018-07-05"),
        # An update stamp or an event's date down the page is no publication date.
        ("Last updated: 3 February 2022", None),
        ("Deadline: 3 February 2022", None),
    ],
)
def test_dates_published_label_far_down_the_page(nlp, footer, published):
    doc = nlp(HEADLINE + "LIMA, Jun. 14. The ministers adopted a common strategy." + LONG_BODY + footer + "\n")
    assert doc._.published == published


@pytest.mark.parametrize(
    "footer, published",
    [
        # Class: a date on a line of its own at the page's foot, a share bar after it.
        ("\n14 March 2021\n\nShare this page\nFollow us\n", "2021-03-14"),
        ("\n14 March 2021\n", "2021-03-14"),
        # Class: a closing signature naming the source in brackets before the date.
        ("\n(Lakeside News Agency March 14, 2021)\n", "2021-03-14"),
        # a bracketed aside in running text at the foot is no signature
        ("\nThe talks resume (as the ministers agreed on 14 March 2021) next year.\n", None),
        # a date in running text at the foot is the text's, not the page's
        ("\nThe next meeting is on 14 March 2021.\n", None),
        # a date alone on its line with much text after it is no footer
        ("\n14 March 2021\n" + LONG_BODY, None),
    ],
)
def test_dates_published_a_date_alone_at_the_pages_foot(nlp, footer, published):
    doc = nlp(HEADLINE + LONG_BODY + footer)
    assert doc._.published == published


def test_dates_published_a_dateline_without_year_restates_the_footer_date(nlp):
    doc = nlp(
        HEADLINE + "LIMA, Jun. 14. The ministers adopted a common strategy." + LONG_BODY + "Publicado: 14/6/2021\n"
    )
    assert [(d["text"], d["role"]) for d in doc._.dates] == [("Jun. 14", "published"), ("14/6/2021", "published")]


def test_dates_published_header_date_beats_a_label_far_down(nlp):
    page = HEADLINE + "Thursday, 10 June 2021" + LONG_BODY + "Published: 3 February 2022\n"
    assert nlp(page)._.published == "2021-06-10"


def test_dates_published_a_label_far_down_later_than_the_crawl_is_another_items(nlp):
    page = " date 2021-06-14 " + HEADLINE + LONG_BODY + "Related\nPublished: 3 February 2022\n"
    assert nlp(page)._.published == "2021-06-14"


@pytest.mark.parametrize(
    "caption",
    [
        "This June 2, 2015 file photo shows ministers of the region at an earlier meeting.",
        "Ministers of the region pictured on 2 June 2015 at an earlier meeting.",
    ],
)
def test_dates_published_a_caption_date_does_not_displace_the_crawler_stamp(nlp, caption):
    # The picture's date is older than the stamp; the stamp is still the page's date.
    page = f" date 2021-06-14 Search\n\n{HEADLINE}\n{caption}\n\nThe ministers will meet on Thursday.\n"
    doc = nlp(page)
    assert doc._.published == "2021-06-14"
    assert ("Thursday", "2021-06-17") in [(d["text"], d["date_start"]) for d in doc._.dates]


def test_dates_published_row_and_its_restatements_have_the_published_role(nlp):
    doc = nlp("Water strategy adopted\n\n9 May 2016\n\nLIMA, 9 May (XYZA) - The ministers adopted it on 8 May.")
    assert [(d["text"], d["role"]) for d in doc._.dates] == [
        ("9 May 2016", "published"),
        ("9 May", "published"),
        ("8 May", "other"),
    ]


@pytest.mark.parametrize(
    "shapes, expected",
    [
        ([("standalone", "2030-05-19"), ("standalone", "2022-03-02")], "2022-03-02"),
        ([("standalone", "2022-03-04"), ("label:published", "2022-03-06")], "2022-03-06"),
        ([("label:updated", "2022-03-09"), ("dateline", "2022-03-02")], "2022-03-02"),
        ([("crawler", "2022-03-03"), ("dateline", "2022-03-02")], "2022-03-03"),
        ([("crawler", "2029-03-03"), ("dateline", "2022-03-02")], "2022-03-02"),
        ([("crawler", "2029-03-03")], "2029-03-03"),
        ([("label:event", "2022-03-09")], None),
        # A label far down the page: after the header's own dates, before the crawler's stamp …
        ([("standalone", "2022-03-02"), ("label:late", "2022-03-06")], "2022-03-02"),
        ([("crawler", "2022-03-08"), ("label:late", "2022-03-06")], "2022-03-06"),
        # … unless it is later than the crawl.
        ([("crawler", "2022-03-08"), ("label:late", "2022-05-06")], "2022-03-08"),
        # a date closing the headline, then one at the page's foot: only when nothing else dates it
        ([("title", "2022-03-02"), ("dateline", "2022-03-04")], "2022-03-04"),
        ([("footer", "2022-03-09"), ("title", "2022-03-02")], "2022-03-02"),
        ([("footer", "2022-03-09")], "2022-03-09"),
    ],
)
def test_dates_choose_published_pure(shapes, expected):
    candidates = [HeaderDate(i, i + 1, iso, shape) for i, (shape, iso) in enumerate(shapes)]
    chosen = choose_published(candidates)
    assert (chosen.iso if chosen else None) == expected


@pytest.mark.parametrize(
    "page, published, yesterday",
    [
        # Class: a crawl stamp over a historical item: its own dateline, years older, is the
        # published date, and "yesterday" resolves against it, whatever later day (a related
        # item's) the page also shows.
        (
            " date 2031-05-01 \nWater strategy adopted\n\nLIMA, 5 March 2009 – The ministers met yesterday."
            "\n\nRelated items\nBudget talks open - 28 April 2031",
            "2009-03-05",
            "2009-03-04",
        ),
        # Negative: a stamp near the dateline stays the header date.
        (
            " date 2031-05-01 \nWater strategy adopted\n\nLIMA, 29 April 2031 – The ministers met yesterday.",
            "2031-05-01",
            "2031-04-30",
        ),
    ],
)
def test_dates_published_crawl_stamp_over_an_older_dateline(nlp, page, published, yesterday):
    doc = nlp(page)
    assert doc._.published == published
    assert [d["date_start"] for d in doc._.dates if d["text"] == "yesterday"] == [yesterday]


@pytest.mark.parametrize(
    "shapes, text_dates, expected",
    [
        # Class: a stamp long after the dateline yields to it even where another day of the text
        # lies near the stamp.
        ([("crawler", "2031-05-01"), ("dateline", "2009-03-05")], ["2031-04-28"], "2009-03-05"),
        # Negative: with no dateline, a day of the text near the stamp keeps it.
        ([("crawler", "2031-05-01")], ["2031-04-28"], "2031-05-01"),
    ],
)
def test_dates_choose_published_crawl_stamp_against_the_dateline(shapes, text_dates, expected):
    candidates = [HeaderDate(i, i + 1, iso, shape) for i, (shape, iso) in enumerate(shapes)]
    chosen = choose_published(candidates, text_dates=[date.fromisoformat(d) for d in text_dates])
    assert (chosen.iso if chosen else None) == expected


def test_dates_published_crawl_header_long_after_the_dateline_yields(nlp):
    # Class: a weekday header line (the crawl's) years after the agency dateline under the headline.
    page = "Monday, March 3, 2031\n\n" + HEADLINE + "\nJun 9, 2009 (PORTO) — The ministers met." + BODY
    assert nlp(page)._.published == "2009-06-09"


def test_dates_published_header_line_near_the_dateline_stays(nlp):
    # A header date a day after the dateline is the page's own, as before.
    page = "Wednesday, June 10, 2009\n\n" + HEADLINE + "\nJun 9, 2009 (PORTO) — The ministers met." + BODY
    assert nlp(page)._.published == "2009-06-10"


@pytest.mark.parametrize(
    "page, published",
    [
        # class: a label alone on the line above its date ("Event Date:"), the date or a
        # range of days on the next line: the event's days, no published date.
        ("Water strategy adopted\n\nThe ministers met in Lima.\n\nEvent Date: \nFriday, March 4, 2016\n", None),
        (
            "Water strategy adopted\n\nThe ministers met in Lima.\n\nDate of the event:\n"
            "Friday, March 4, 2016 to Saturday, March 5, 2016\n",
            None,
        ),
        # A publication label on the line above still dates the page.
        ("Water strategy adopted\n\nPublished:\n4 March 2016\n\nThe ministers met in Lima.\n", "2016-03-04"),
    ],
)
def test_dates_published_label_on_the_line_above(nlp, page, published):
    assert nlp(page)._.published == published


@pytest.mark.parametrize(
    "top, published",
    [
        # Class: a site's top bar prints the moment of viewing (a day with a clock time) over the
        # site's slogan lines; rule `published:top-bar-slogan` makes it furniture.
        ("7 March 2031, Friday, 08:40\nthe portal\nNews First,\nRead Us Daily!\n\n", None),
        ("Friday, March 7, 2031 08:40\nyour town\nyour voice\n\n", None),
        # negatives: no clock time; furniture lines that are no slogan (capitalised, no "!" or ",");
        # the date is not the page's first line
        ("7 March 2031, Friday\nthe portal\nRead Us Daily!\n\n", "2031-03-07"),
        ("7 March 2031, 08:40\nShare\nTweet\n\n", "2031-03-07"),
        ("Our team\n7 March 2031, 08:40\nthe portal\nRead Us Daily!\n\n", "2031-03-07"),
    ],
)
def test_dates_published_a_top_bar_over_a_slogan_is_no_publication(nlp, top, published):
    assert nlp(top + HEADLINE + BODY)._.published == published


@pytest.mark.parametrize(
    "top, published",
    [
        # Class: a release opening with its dateline (place, date, clock time) over its sender's
        # address block, a line of which ends in a comma; rule `published:top-bar-slogan` must
        # not read the block as a masthead's slogan
        ("Quito, 12 June 2031, 14:30\nMedia Desk\nMinistry of Energy,\nCalle Norte 45\n\n", "2031-06-12"),
        ("12 June 2031, 14:30\nMedia Desk\nMinistry of Energy,\nPO Box 881\n\n", "2031-06-12"),
        # still a masthead: a weekday before the date, slogans with no figure
        ("Thursday, 12 June 2031, 14:30\nthe portal\nNews First,\n\n", None),
    ],
)
def test_dates_published_an_address_block_is_no_slogan(nlp, top, published):
    assert nlp(top + HEADLINE + BODY)._.published == published


@pytest.mark.parametrize(
    "page, published",
    [
        # Class: published taken from a yearless dateline that borrowed the header date's year,
        # months before it; rule `published:header-year-dateline` keeps the header date.
        ("November 20, 2031\n\n" + HEADLINE + "\nPORTO, Mar. 5.- The ministers met." + BODY, "2031-11-20"),
        # negative: a header line in another year than the dateline is the crawl's and yields
        ("Monday, March 3, 2031\n\n" + HEADLINE + "\nJun 9, 2009 (PORTO) — The ministers met." + BODY, "2009-06-09"),
    ],
)
def test_dates_published_header_date_over_a_dateline_of_its_year(nlp, page, published):
    assert nlp(page)._.published == published


@pytest.mark.parametrize(
    "top, published",
    [
        # Class: a header date with a comma after the day and after the month ("Weekday, DD,
        # Month, YYYY"), read as a weekday and a month before; one day, the published date
        ("Tuesday, 11, March, 2031\n\n", "2031-03-11"),
        ("11, March, 2031\n\n", "2031-03-11"),
        # negative: without its year the comma-split shape is no date of the header
        ("Tuesday, 11, March\n\n", None),
    ],
)
def test_dates_published_comma_split_header_date(nlp, top, published):
    assert nlp(top + HEADLINE + BODY)._.published == published


@pytest.mark.parametrize(
    "text, published",
    [
        # Class: a lower-case date label inside a body's aside dates what the sentence speaks of,
        # not the page: with no header date the page has no published date.
        (
            "Ministers to meet in the capital\nThe ministers will meet on 21 and 22 January.\n"
            "The bloc -created on March 4, 2011- is a regional body of the southern states.\n",
            None,
        ),
        (
            "Ministers to meet in the capital\nThe plan, released on 9 May 2014, guides the water policy of the region.\n",
            None,
        ),
        # Negatives: a label opening its line, after a byline or after a bar is the page's date.
        ("Ministers to meet in the capital\nposted on 9 May 2014\nThe ministers met.\n", "2014-05-09"),
        ("Ministers to meet in the capital\nNews | published on 9 May 2014\nThe ministers met.\n", "2014-05-09"),
    ],
)
def test_dates_published_not_from_a_body_aside(nlp, text, published):
    assert nlp(text)._.published == published


@pytest.mark.parametrize(
    "line, published",
    [
        # Class: a dateline with no comma between its place and its date, the body (perhaps a quote) after it.
        ("Brussels 14.03.2021 “The ministers of the region met in Nairobi today,” the statement says.", "2021-03-14"),
        ("Nairobi 14.03.2021 The ministers of the region met in Lima today.", "2021-03-14"),
        # Class: a source's tag in square brackets after a dateline's date.
        ("NAIROBI, 14 March 2021 [XNA] The ministers of the region met in Lima today.", "2021-03-14"),
        # Class: an ordinal day glued to its "of" in a dateline.
        ("NAIROBI, 14thof March 2021 - The ministers of the region met in Lima today.", "2021-03-14"),
        # Negatives: a body sentence opening with its date, and a bracketed word that is no source's tag.
        ("On 14 March 2021 Ministers of the region met in Lima.", None),
        ("NAIROBI, 14 March 2021 [Photo] the ministers of the region met in Lima.", None),
    ],
)
def test_dates_published_dateline_without_comma_or_with_a_bracketed_tag(nlp, line, published):
    assert nlp(HEADLINE + "\n" + line + BODY)._.published == published


@pytest.mark.parametrize(
    "page, rows",
    [
        # class: a crawler's stamp where the page shows its own date is furniture: no date row
        # (silver 8 class 6)
        (
            "date 2023-05-21\nRegional ministers agree on a water strategy\n\n20 May 2023" + BODY,
            [("20 May 2023", "published")],
        ),
        # negative: the stamp that dates the page keeps its published row
        ("date 2023-05-21\nRegional ministers agree on a water strategy" + BODY, [("2023-05-21", "published")]),
    ],
)
def test_dates_published_a_crawl_stamp_not_the_pages_date_is_no_row(nlp, page, rows):
    assert [(d["text"], d["role"]) for d in nlp(page)._.dates] == rows
