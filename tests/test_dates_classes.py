"""Dates by class: ranges written with words, coordinated days, years and decades,
numbers that are no years, numeric dates read in the document's own convention,
weekdays and other relative expressions resolved against the published date, and dates
without a year that never borrow an unrelated year. Every sentence is written for the
test."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.components.dates import numeric_convention, resolve_absolute, resolve_numeric
from tests.readers import date_rows_and_doc

#: A page whose header date (Monday 7 October 2019) anchors the relative expressions.
HEADER = "Ministers meet in Vienna to discuss trade\n\n7 October 2019\n\n"


def body(nlp, sentence):
    """The dates of a sentence under the header, the header date itself left out."""
    rows, doc = date_rows_and_doc(nlp, HEADER + sentence)
    assert doc._.published == "2019-10-07"
    return [(s, e) for _, s, e in rows[1:]]


@pytest.mark.parametrize(
    "sentence, start, end",
    [
        # A range of days of one month written with words, with or without its year.
        ("The course ran from 4 to 6 March 2018 in Lima.", "2018-03-04", "2018-03-06"),
        ("Experts met between 12 and 14 June 2017.", "2017-06-12", "2017-06-14"),
        ("The panel sat from June 3 to 5 in Quito.", "2019-06-03", "2019-06-05"),
        # "from" glued to the first day by the page.
        ("The school ran from3 to 5 July in Riga.", "2019-07-03", "2019-07-05"),
        # Coordinated days are one date.
        ("Talks took place on 14 and 15 May 2016 in Oslo.", "2016-05-14", "2016-05-15"),
        ("The board met on Feb. 6 and 7 in Rome.", "2019-02-06", "2019-02-07"),
        ("Visits were paid on 2, 3 and 4 April.", "2019-04-02", "2019-04-04"),
        # Class: coordinated days that are not consecutive, each with its weekday.
        ("Envoys called on Monday 6th March and Wednesday 8th March 2023.", "2023-03-06", "2023-03-08"),
        ("The envoys called on Monday, 4 March and Thursday, 7 March.", "2019-03-04", "2019-03-07"),
        # Days of two months, and a range whose end repeats the month.
        ("The session lasts from 29 April to 3 May.", "2019-04-29", "2019-05-03"),
        ("The drills went on from March 30 to April 2, 2015.", "2015-03-30", "2015-04-02"),
        ("The fair is open from May 10 to May 12.", "2019-05-10", "2019-05-12"),
        # A range in brackets under a heading.
        ("1. Visit to Skopje\n(12-14 September)\nI went to Skopje.", "2019-09-12", "2019-09-14"),
        # Class: a day and its month, the year split off by a slash: one day, not a day and a year.
        ("The envoys met on 3 May / 2018 in Lima.", "2018-05-03", "2018-05-03"),
        # Days glued in one token.
        ("The festival runs 5th-7th June 2020.", "2020-06-05", "2020-06-07"),
        # Class: a day range with a space on one side of its dash.
        ("The assembly was held from 8- 10 October 2021 in Quito.", "2021-10-08", "2021-10-10"),
        ("The assembly was held on 8 -10 October in Quito.", "2019-10-08", "2019-10-10"),
        # Class: each day followed by its weekday in brackets: one range, no weekday rows.
        ("The course ran From May 3rd (Friday) to May 9th (Thursday) in Lima.", "2019-05-03", "2019-05-09"),
        ("Talks go on from 4 March (Monday) to 6 March (Wednesday) 2019 in Oslo.", "2019-03-04", "2019-03-06"),
        # Class: one day followed by its weekday in brackets: one date.
        ("Envoys gathered on 5 July (Friday) in Bergen.", "2019-07-05", "2019-07-05"),
        # Class: a day the page glued to its month, the year after it.
        ("The board sat on Tuesday, March14, 2017 in Quito.", "2017-03-14", "2017-03-14"),
        ("The board sat on Sept9 2020 in Quito.", "2020-09-09", "2020-09-09"),
        # Class: a day the page glued before its month, alone or ending a range.
        ("The forum was held from 12 to 15November, 2016 in Lima.", "2016-11-12", "2016-11-15"),
        ("The envoys met on 12November 2016.", "2016-11-12", "2016-11-12"),
        # Class: a month and its day parted by a comma, closing the clause after "on".
        ("The forum took place in Lima on May, 14.", "2019-05-14", "2019-05-14"),
        ("The forum on June, 9, 2016 closed the year.", "2016-06-09", "2016-06-09"),
    ],
)
def test_dates_ranges_of_days_are_one_row(nlp, sentence, start, end):
    assert body(nlp, sentence) == [(start, end)]


@pytest.mark.parametrize(
    "sentence, start, end",
    [
        ("The mandate runs from March 2016 to June 2018.", "2016-03", "2018-06"),
        ("The plan covers January to April 2021.", "2021-01", "2021-04"),
        ("The work plan for 2021-22 was approved.", "2021", "2022"),
        ("The strategy for 2016-2020 was approved.", "2016", "2020"),
        ("Funding grew between 2011 and 2014.", "2011", "2014"),
        ("The biennium 2018/19 closed with a surplus.", "2018", "2019"),
        # Class: a span of fiscal years, each with a slash: one range, first year to last.
        ("The plan covers the period 2024/25 to 2028/29 for the bloc.", "2024", "2029"),
        ("Membership doubled in the 1980s.", "1980", "1989"),
        # A year span with a space on one side of its dash.
        ("The roadmap for 2022- 2025 was approved.", "2022", "2025"),
        ("The roadmap for 2022 -2025 was approved.", "2022", "2025"),
        ("The work plan for 2023- 24 was approved.", "2023", "2024"),
        # A half or a quarter of a year: its months, first to last.
        ("The bloc's chair passes to Lisbon for the first half of 2031.", "2031-01", "2031-06"),
        ("Exports to the region fell in the second half of 2012.", "2012-07", "2012-12"),
        ("The fund is due to open in the third quarter of 2027.", "2027-07", "2027-09"),
        # Class: two months joined by a dash, no year: one range in the document's year.
        ("In June-July, some 40 envoys met in Lima.", "2019-06", "2019-07"),
        # ... and a month, a comma and a number before a noun is a month and a count, no day.
        ("In May, 14 envoys met in Lima.", "2019-05", "2019-05"),
    ],
)
def test_dates_ranges_of_months_years_and_decades(nlp, sentence, start, end):
    assert body(nlp, sentence) == [(start, end)]


@pytest.mark.parametrize(
    "sentence, years",
    [
        # A year in a common noun phrase or after a preposition is a date.
        ("Priorities for 2021 were set out.", ["2021"]),
        ("The 2008 agreement still applies.", ["2008"]),
        ("It opened in the year 1987.", ["1987"]),
        ("Year 2016 was a turning point.", ["2016"]),
        ("Summits were held in 2012, 2014 and 2016.", ["2012", "2014", "2016"]),
        ("In 2015 Mongolia chaired the group.", ["2015"]),
        ("Growth slowed in mid-2016.", ["2016"]),
        ("In 2014 elections were held in the region.", ["2014"]),
        ("The 2014 elections were held in the region.", ["2014"]),
        # Numbers that are no years: counts, measures, references, phone numbers, times.
        ("Some 1900 delegates and 2050 participants registered.", []),
        ("The road is 2100 km long and cost 1850 dollars per metre.", []),
        ("Resolution 2118 and room 2012 were mentioned.", []),
        ("Call the desk on 351 2000 for details.", []),
        ("Some 1900 young leaders and 2000 students came.", []),
        ("The convoy left at 1900 hours.", []),
        # A year right before a name, after a determiner, belongs to the name.
        ("They praised the 2014 Regional Forum on Water.", []),
    ],
)
def test_dates_years_alone(nlp, sentence, years):
    assert [s for s, e in body(nlp, sentence)] == years


def test_dates_another_language_ordinal_is_not_an_english_year(nlp):
    # "2021. gada …": a number, a full stop and a lower-case word.
    rows, _ = date_rows_and_doc(nlp, "Sanāksme notika 2021. gada 3. martā.\n\nThe meeting was held on 3 March 2021.")
    assert [(s, e) for _, s, e in rows] == [("2021-03-03", "2021-03-03")]


@pytest.mark.parametrize(
    "sentence, start",
    [
        # Past: the weekday on or before the published Monday.
        ("The forum opened on Monday in Vienna.", "2019-10-07"),
        ("Delegates arrived on Friday.", "2019-10-04"),
        ("Since Saturday, the teams have met daily.", "2019-10-05"),
        ("The accord was signed last Monday.", "2019-09-30"),
        # Future (a cue in the sentence): the weekday on or after it.
        ("The talks will end on Wednesday.", "2019-10-09"),
        ("A second round is scheduled for Thursday.", "2019-10-10"),
        ("They meet again next Monday.", "2019-10-14"),
        ("The exhibition stays open until Thursday.", "2019-10-10"),
        # Days, parts of days and periods named from the published date.
        ("The statement was issued yesterday.", "2019-10-06"),
        ("The minister arrived this morning.", "2019-10-07"),
        ("The guests dined together tonight.", "2019-10-07"),
        ("The fund was created on 2 July last year.", "2018-07-02"),
        ("The budget for this year was approved.", "2019"),
        ("Last year's session was shorter.", "2018"),
        ("The meeting of the previous year was larger.", "2018"),
    ],
)
def test_dates_relative_resolved_against_published(nlp, sentence, start):
    got = body(nlp, sentence)
    assert got and got[0][0] == start, got


@pytest.mark.parametrize(
    "sentence, start, end",
    [
        # A range of weekdays is one row: past in the week up to the published Monday 7 October …
        ("The envoys held talks between Wednesday and Friday.", "2019-10-02", "2019-10-04"),
        ("The drills ran from Thursday to Saturday near Tartu.", "2019-10-03", "2019-10-05"),
        # … future when the sentence speaks of it, and across the weekend.
        ("The assembly will sit from Wednesday to Friday.", "2019-10-09", "2019-10-11"),
        ("The exhibition will be open from Friday until Monday.", "2019-10-11", "2019-10-14"),
        # Class: coordinated weekdays after "on" are one date.
        ("The speakers met in Riga on Thursday and Friday.", "2019-10-03", "2019-10-04"),
    ],
)
def test_dates_weekday_ranges_are_one_row(nlp, sentence, start, end):
    assert body(nlp, sentence) == [(start, end)]


@pytest.mark.parametrize(
    "sentence, start",
    [
        # The verb nearest the weekday sets its tense, not a future elsewhere in the sentence.
        ("The spokesman said on Friday that the board will meet again.", "2019-10-04"),
        ("The board will meet on Thursday, the spokesman said.", "2019-10-10"),
        ("The fair, which opened on Saturday, will close next month.", "2019-10-05"),
    ],
)
def test_dates_weekday_tense_from_the_nearest_verb(nlp, sentence, start):
    got = body(nlp, sentence)
    assert got and got[0][0] == start, got


@pytest.mark.parametrize(
    "sentence, start",
    [
        # Class: a weekday right after a past participle with no auxiliary ("held Thursday a
        # forum"), the tagger's reading of a past verb: the day lies before the publication,
        # whatever present verb stands further back
        ("The bureau, which hosts the trade fair every spring, held Thursday a forum on exports.", "2019-10-03"),
        ("The chamber that organises the expo convened Friday a panel of exporters.", "2019-10-04"),
        # negatives: an auxiliary before the participle keeps the future; a plain future stays
        ("The forum, which opens each spring, will be held Thursday in Graz.", "2019-10-10"),
        ("The expo hall will host Friday a panel of exporters.", "2019-10-11"),
    ],
)
def test_dates_weekday_after_a_bare_participle_looks_back(nlp, sentence, start):
    got = body(nlp, sentence)
    assert got and got[0][0] == start, got


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Class: a bare year taken from a date the reader cannot read whole (a month of another
        # language, "14 mei 2016"; a byline's dashed date, "Jun - 11 - 2018"): no year of its own
        ("The text was first printed in the gazette of 14 mei 2016 by the council.", []),
        ("Filed by Ana Perez Jun - 11 - 2018 , 09:40 in the capital.", []),
        # negatives: a year after a preposition, after a counted noun's sentence, or a numbered act
        ("The treaty was signed in 2016 by the council.", [("2016", "2016")]),
        ("Some 14 delegations met in 2016 in the capital.", [("2016", "2016")]),
        ("Resolution 12 of 2016 was adopted.", [("2016", "2016")]),
    ],
)
def test_dates_year_of_an_unread_date_is_no_year(nlp, sentence, expected):
    assert body(nlp, sentence) == expected


@pytest.mark.parametrize(
    "page, weekday, start",
    [
        # Class: a weekday in the sentence a dateline opens counts from the dateline's day, not
        # from a publication weeks later; rule `date:dateline-weekday`
        (
            "Ports Agency News\n\nMarch 30, 2031\n\nHAMBURG, Feb. 10.- Transport ministers of nine states "
            "will gather in the port city on Friday for talks.\n",
            "Friday",
            "2031-02-14",
        ),
        # negative: a weekday in a later sentence still counts from the publication
        (
            "Ports Agency News\n\nMarch 30, 2031\n\nHAMBURG, Feb. 10.- Transport ministers of nine states "
            "agreed a plan.\n\nThe ministers will meet again on Friday in Kiel.\n",
            "Friday",
            "2031-04-04",
        ),
    ],
)
def test_dates_weekday_of_a_dateline_sentence(nlp, page, weekday, start):
    got = [d["date_start"] for d in nlp(page)._.dates if d["text"] == weekday]
    assert got == [start]


def test_dates_day_of_last_year_is_one_date(nlp):
    assert body(nlp, "The charter was signed on March 3 last year.") == [("2018-03-03", "2018-03-03")]


def test_dates_relative_without_published_stay_unresolved(nlp):
    rows, doc = date_rows_and_doc(nlp, "The talks opened on Monday and will end tomorrow.")
    assert doc._.published is None
    assert [(s, e) for _, s, e in rows] == [("", ""), ("", "")]


def test_dates_every_weekday_is_a_habit_not_a_date(nlp):
    assert body(nlp, "The office is closed every Sunday.") == []


def test_dates_today_followed_by_its_date_is_that_date(nlp):
    # "today, Tuesday 8th October": the explicit date says which day; no second row.
    got = body(nlp, "The course was opened today, Tuesday 8th October, by the rector.")
    assert got == [("2019-10-08", "2019-10-08")]


def test_dates_without_a_year_never_borrow_an_unrelated_year(nlp):
    # No published date: "on 4 June" must not become 1992 because 1992 appears later.
    rows, doc = date_rows_and_doc(nlp, "The panel met on 4 June in Oslo. The treaty was signed in 1992.")
    assert doc._.published is None
    assert ("4 June", "", "") in rows and ("1992", "1992", "1992") in rows


@pytest.mark.parametrize(
    "text, row",
    [
        # Class: no published date; the year of the month the page's heading names.
        ("Mission to Peru, March 2016\n\nThe ministers met in Lima on Saturday 12 March.", "2016-03-12"),
        ("Talks with the envoys of Chile, May 2017\n\nTalks in Santiago followed on Friday 5 May.", "2017-05-05"),
        # Class: the year of an earlier day written with one, the date on or shortly after it.
        ("The envoys arrived in Oslo on 3 May 2015. The panel met on 5 May.", "2015-05-05"),
        ("The envoys arrived in Oslo on 28 December 2015. The panel met on 2 January.", "2016-01-02"),
        # A day before the earlier one, or long after it, borrows nothing.
        ("The summit held on 23 July 2018 set goals. Leaders meet again on 5 July.", ""),
        ("The treaty was signed on 3 May 1992. The panel met on 4 October in Oslo.", ""),
        # Class: a day of a dated range restated after a later dated day takes the range's year.
        (
            "The forum is set for 10-12 March 2019 in Lima. A gala follows on Friday, 15 March 2019. "
            "Officials will open the forum on March 10.",
            "2019-03-10",
        ),
    ],
)
def test_dates_without_a_year_borrow_the_heading_or_an_earlier_day(nlp, text, row):
    rows, doc = date_rows_and_doc(nlp, text)
    assert doc._.published is None
    assert rows[-1][1] == row


@pytest.mark.parametrize(
    "text, expected",
    [
        # Class: no published date; a past day written without its year shortly before a day
        # the text writes with one, later in the text or earlier, takes that day's year.
        (
            "Senior officials gathered on May 21 and the working group from May 22-23. "
            "Both prepared the summit due in Quito on June 10-12, 2016.",
            {"May 21": "2016-05-21", "from May 22-23": "2016-05-22"},
        ),
        (
            "The ministers met in Tartu from 9 to 11 November 2014. The agenda followed the chair's note of 20 October.",
            {"20 October": "2014-10-20"},
        ),
        # the dated day itself, restated before the text gives its year
        (
            "The talks opened on Tuesday 3 March. Programme of the session (3-5 March 2015)",
            {"Tuesday 3 March": "2015-03-03"},
        ),
        # a sentence about the future, or a day long before the dated one, borrows nothing
        ("The council met on 30 September 2012. Its envoys travel again on 2 September.", {"2 September": ""}),
        ("The accord was signed on 8 March 1994. The panel met on 4 July in Riga.", {"4 July": ""}),
    ],
)
def test_dates_without_a_year_take_the_year_of_a_later_dated_day(nlp, text, expected):
    rows, doc = date_rows_and_doc(nlp, text)
    assert doc._.published is None
    got = {t: start for t, start, _ in rows}
    assert {t: got.get(t) for t in expected} == expected


def test_dates_without_a_year_take_the_published_year(nlp):
    assert body(nlp, "The team visited Bern on 11 March.") == [("2019-03-11", "2019-03-11")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Class: days restated right after a day written with another year than the page's
        # take that year, not the published one.
        (
            "The seminar took place from 5 to 9 May 2003, not from 5 to 8 May as first planned. "
            "Work went on at the hotel on 9 May.",
            [("2003-05-05", "2003-05-09"), ("2003-05-05", "2003-05-08"), ("2003-05-09", "2003-05-09")],
        ),
        # Class: a chain of restated days, each in the sentence after the last one, keeps the
        # dated day's year.
        (
            "The course ran from 10 to 15 April 2004, not to 14 April as planned. It closed in Sucre on "
            "15 April. The rest day of 12 April was a holiday.",
            [
                ("2004-04-10", "2004-04-15"),
                ("2004-04-14", "2004-04-14"),
                ("2004-04-15", "2004-04-15"),
                ("2004-04-12", "2004-04-12"),
            ],
        ),
        # Class: a year-less day two sentences or more after the dated day is no restatement of
        # it: it keeps the published year.
        (
            "The pact was signed on 2 June 2004 in Sucre. Ministers praised it. Its text runs to ten pages. "
            "The ministers gather again on 9 June.",
            [("2004-06-02", "2004-06-02"), ("2019-06-09", "2019-06-09")],
        ),
        # ... nor one after another year written in between ("the 2019 round").
        (
            "The pact was signed on 2 June 2004 in Sucre. The 2019 round starts on 9 June.",
            [("2004-06-02", "2004-06-02"), ("2019", "2019"), ("2019-06-09", "2019-06-09")],
        ),
        # ... but the dated day's own year written in between ("the 2004 accord") does not block it.
        (
            "Talks ran from 8 to 12 March 2004, not 8 to 11 March. The 2004 accord was signed on 11 March.",
            [
                ("2004-03-08", "2004-03-12"),
                ("2004-03-08", "2004-03-11"),
                ("2004", "2004"),
                ("2004-03-11", "2004-03-11"),
            ],
        ),
        # ... but a day far from it keeps the published year.
        (
            "The seminar of 5 to 9 May 2003 was the first. The next seminar opens on 3 October.",
            [("2003-05-05", "2003-05-09"), ("2019-10-03", "2019-10-03")],
        ),
    ],
)
def test_dates_without_a_year_restated_after_a_day_of_another_year(nlp, sentence, expected):
    assert body(nlp, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Class: a month named as "the month of <Month>", without its year or with it after a comma
        ("Throughout the month of May, the fellows studied in Bern.", [("2019-05", "2019-05")]),
        ("The course runs in the month of June, 2020 in Bern.", [("2020-06", "2020-06")]),
        # a comma and a number that is no year leave the month alone
        ("In April, 12 fellows studied in Bern.", [("2019-04", "2019-04")]),
    ],
)
def test_dates_the_month_of_a_month(nlp, sentence, expected):
    assert body(nlp, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Class: two months joined by a slash are one month range, the year after the second month.
        ("A survey of growers ran in June/July 2010 in three provinces.", [("2010-06", "2010-07")]),
        ("Sept/Oct 2016 saw the first joint patrols.", [("2016-09", "2016-10")]),
        # ... without a year after a preposition or "the": the document's year.
        ("Field visits are planned for May/June in the north.", [("2019-05", "2019-06")]),
        ("The September/October session adopted the work plan.", [("2019-09", "2019-10")]),
        # Negatives: a slash between other words, or a lower-case "may", is no month range.
        ("The hotline runs 24/7 and users may/should call it.", []),
        ("The board and/or the council may meet in Bern.", []),
    ],
)
def test_dates_months_joined_by_a_slash_are_one_range(nlp, sentence, expected):
    assert body(nlp, sentence) == expected


@pytest.mark.parametrize(
    "published, sentence, start, end",
    [
        # Across the turn of the year a date without one is the nearer January or December.
        ("18 December 2020", "The next round opens on 12 January.", "2021-01-12", "2021-01-12"),
        ("18 December 2020", "The board meets on January 11-12.", "2021-01-11", "2021-01-12"),
        ("6 January 2021", "The panel met on 21 December.", "2020-12-21", "2020-12-21"),
        ("6 January 2021", "The audit ended in December.", "2020-12", "2020-12"),
        # Within the year it stays the published year, however far.
        ("20 February 2021", "A fair will be held in October.", "2021-10", "2021-10"),
    ],
)
def test_dates_without_a_year_near_the_turn_of_the_year(nlp, published, sentence, start, end):
    rows, doc = date_rows_and_doc(nlp, f"Ministers meet in Vienna to discuss trade\n\n{published}\n\n{sentence}")
    assert [(s, e) for _, s, e in rows[1:]] == [(start, end)]


@pytest.mark.parametrize(
    "text, published, other",
    [
        # A date that can only be month first fixes the page's convention.
        ("Ministers meet in Vienna today\n\n10/04/2019\n\nLast updated 10/15/2019\n", "2019-10-04", None),
        # A date that can only be day first fixes it the other way.
        ("Ministers meet in Vienna today\n\n10/04/2019\n\nThe report of 25/03/2019 was read.\n", "2019-04-10", None),
        # Otherwise the reading nearest the dates written with month names.
        (
            "Ministers meet in Vienna today\n\n11/3/2022\n\nThe forum was held from 1 to 3 November 2022.\n",
            "2022-11-03",
            None,
        ),
        # A weekday written before it decides (4 May 2020 was a Monday).
        ("Ministers meet in Vienna today\n\nSubmitted on Mon, 05/04/2020 - 10:00\n\nThe text.\n", "2020-05-04", None),
        # Nothing else to go by: day first.
        ("Ministers meet in Vienna today\n\n03/04/2021\n\nThe ministers met.\n", "2021-04-03", None),
    ],
)
def test_dates_numeric_follow_the_documents_convention(nlp, text, published, other):
    assert nlp(text)._.published == published


@pytest.mark.parametrize(
    "text, expected",
    [
        # Class: a numeric day with a two-digit year in a header line, near a day written in full
        (
            "Monday, March 15, 2010\n\nsource: Ministry of Trade (12/3/10): Weekly Circular no 4\n\nThe text.\n",
            [("2010-03-15", "2010-03-15"), ("2010-03-12", "2010-03-12")],
        ),
        # far from every written day (a ledger's code), or with no written day at all: no date
        ("Monday, March 15, 2010\n\nThe ledger entry 12/3/98 was filed.\n", [("2010-03-15", "2010-03-15")]),
        ("The ledger entry 4/5/06 was filed.", []),
    ],
)
def test_dates_numeric_with_a_two_digit_year_only_near_a_written_day(nlp, text, expected):
    assert [(d["date_start"], d["date_end"]) for d in nlp(text)._.dates] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Class: an event page's header gives its days as two numeric dates; the body
        # restates them without the year.
        (
            "Regional workshop on seed banks\n\nLima, Peru, 24/05/2019 - 26/05/2019\n\n"
            "The workshop will take place in Lima from 24 to 26 May.\n",
            [("2019-05-24", "2019-05-26"), ("2019-05-24", "2019-05-26")],
        ),
        ("Water forum\n\n05.11.2018 to 07.11.2018\n\nThe forum was held in Minsk.\n", [("2018-11-05", "2018-11-07")]),
        # an update stamp years after the range is the page's later edit, not its date
        (
            "Last updated: 03/02/2021\n\nWater forum\n\n05.11.2018 to 07.11.2018\n\nThe forum met from 5 to 7 November.\n",
            [("2021-02-03", "2021-02-03"), ("2018-11-05", "2018-11-07"), ("2018-11-05", "2018-11-07")],
        ),
    ],
)
def test_dates_numeric_range_is_one_span_and_no_published_date(nlp, text, expected):
    doc = nlp(text)
    assert [(d["date_start"], d["date_end"]) for d in doc._.dates] == expected
    assert doc._.published is None  # a range is the event's days, not the page's date


@pytest.mark.parametrize(
    "numerics, references, expected",
    [
        (["1/21/2026", "3/4/2025"], [], "mdy"),
        (["21/1/2026", "3/4/2025"], [], "dmy"),
        (["9/11/2021"], [date(2021, 11, 8)], "dmy"),
        (["11/9/2021"], [date(2021, 11, 8)], "mdy"),
        (["5/6/2021"], [], "dmy"),
    ],
)
def test_dates_numeric_convention_pure(numerics, references, expected):
    assert numeric_convention(numerics, references) == expected


@pytest.mark.parametrize(
    "text, convention, expected",
    [
        ("11/9/2021", "mdy", "2021-11-09"),
        ("11/9/2021", "dmy", "2021-09-11"),
        ("25.12.2020", "mdy", "2020-12-25"),  # only one reading exists
        ("2020-05-04", "dmy", "2020-05-04"),
        ("2020-05-04T09:15:00Z", "dmy", "2020-05-04"),
        ("2020/05/04", "mdy", "2020-05-04"),
    ],
)
def test_dates_resolve_numeric_pure(text, convention, expected):
    assert resolve_numeric(text, convention) == (expected, expected, "day")


@pytest.mark.parametrize(
    "text, convention, expected",
    [
        # class: a dotted numeric date is day first (the European form), even where the
        # document's slashed dates read month first
        ("1.7.2020", "mdy", "2020-07-01"),
        ("1.07.2020", "mdy", "2020-07-01"),
        ("04.03.2019", "mdy", "2019-03-04"),
        # negatives: slashed and dashed dates keep the document's convention
        ("1/07/2020", "mdy", "2020-01-07"),
        ("04-03-2019", "mdy", "2019-04-03"),
        ("1.07.2020", "dmy", "2020-07-01"),
    ],
)
def test_dates_dotted_numeric_date_is_day_first(text, convention, expected):
    assert resolve_numeric(text, convention) == (expected, expected, "day")


def test_dates_dotted_date_in_a_month_first_document(nlp):
    # the header's slashed date can only be month first; the dotted one in the body stays day first
    dates, _ = date_rows_and_doc(
        nlp, "Ministers meet on trade\n\n10/21/2020\n\nThe accord signed on 3. 04. 2020 took effect.\n"
    )
    assert ("3. 04. 2020", "2020-04-03", "2020-04-03") in dates


@pytest.mark.parametrize(
    "tokens, default_year, expected",
    [
        (["from", "3", "to", "5", "June", "2019"], None, ("2019-06-03", "2019-06-05", "day")),
        (["December", "8", "to", "9"], 2011, ("2011-12-08", "2011-12-09", "day")),
        (["28", "December", "to", "3", "January", "2020"], None, ("2019-12-28", "2020-01-03", "day")),
        (["January", "2019", "to", "December", "2020"], None, ("2019-01", "2020-12", "month")),
        (["2015", "-", "16"], None, ("2015", "2016", "year")),
        (["1990s"], None, ("1990", "1999", "year")),
        (["9", "-", "10", "October"], None, None),  # no year, none given
        (["31", "-", "2", "June"], 2020, None),  # an end before its start
    ],
)
def test_dates_resolve_absolute_pure(tokens, default_year, expected):
    assert resolve_absolute(tokens, default_year) == expected


@pytest.mark.parametrize(
    "sentence,role",
    [
        # Class: the dates of a meeting or a visit said with "met", "visit", "scheduled" are the event's
        ("The two envoys met at the embassy in Quito on Friday, 4 March 2022.", "event"),
        ("Planned from June 3 to 5, the trip is the envoy's first to Peru.", "other"),
        ("Scheduled from June 3 to 5, the trip is the envoy's first to Peru.", "event"),
        ("The minister will visit Lima from 3 to 5 June 2022.", "event"),
        # a date with no meeting word stays another date
        ("The bridge across the river was finished on 4 March 2022.", "other"),
    ],
)
def test_dates_role_of_a_meeting_or_visit(nlp, sentence, role):
    rows = [d for d in nlp(sentence)._.dates if d["role"] != "published"]
    assert [d["role"] for d in rows] == [role]


@pytest.mark.parametrize(
    "sentence, start",
    [
        # Class: a meeting verb in the present announces what is coming (a preview): the next such day
        ("A regional workshop on fisheries opens in Lome on Tuesday.", "2019-10-08"),
        ("The donors conference begins on Thursday in Bern.", "2019-10-10"),
        # Class: a headline's infinitive ("Minister to open … on Tuesday"), adverbs between or not
        ("Minister Ilse Varga to open trade fair on Wednesday", "2019-10-09"),
        ("The governor is set to formally open the forum on Friday.", "2019-10-11"),
        # the past tense still looks back
        ("The regional workshop opened in Lome on Tuesday.", "2019-10-01"),
        ("The agency says the forum opened on Thursday.", "2019-10-03"),
    ],
)
def test_dates_weekday_in_a_preview_lies_ahead(nlp, sentence, start):
    got = body(nlp, sentence)
    assert got and got[0][0] == start, got


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Class (r5counts, finding 4): a weekday after a frequency (`habit_word`, `habit_gap` words
        # between) is a habit, no date
        ("The board meets weekly on Tuesday.", []),
        ("The council will sit every other Wednesday.", []),
        ("The panel convenes every week on Thursday.", []),
        ("Briefings are held each Friday.", []),
        ("The archive is open on Mondays.", []),
        # the weekdays joined to a habitual one
        ("The desk answers calls every Tuesday and Friday.", []),
        # a weekday after "each" + a noun, or in a preview, is a date
        ("Each envoy arrived on Monday.", [("2019-10-07", "2019-10-07")]),
        ("On Thursday the envoys will sign the accord.", [("2019-10-10", "2019-10-10")]),
    ],
)
def test_dates_habitual_weekday_is_no_date(nlp, sentence, expected):
    assert body(nlp, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Class (r7counts, review 3 finding 6): "each other" is a reciprocal pronoun
        # (`habit_reciprocal`), not a habit word and its gap: the weekday after it is a date
        ("The two ministers called each other on Friday to settle the text.", [("2019-10-04", "2019-10-04")]),
        (
            "The envoys, who saw each other on Tuesday for the first time, signed the memorandum.",
            [("2019-10-01", "2019-10-01")],
        ),
        # a habit word before the gap still makes a habit
        ("The two desks brief each other every other Friday.", []),
        ("The clerks meet each week on Tuesday.", []),
    ],
)
def test_dates_reciprocal_each_other_is_no_habit(nlp, sentence, expected):
    assert body(nlp, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Class: a Spanish or Portuguese date quoted in full in an English text is one day.
        ("The decree of 5 de junio de 2019 set up the board.", [("2019-06-05", "2019-06-05")]),
        ("The law of 12 de março de 2018 still applies.", [("2018-03-12", "2018-03-12")]),
        # Negatives: a street or square named after a day, with no year, is no date.
        ("The parade crossed the avenue 9 de Julio in the capital.", []),
        ("Crowds filled the Plaza de Mayo on the eve of the vote.", []),
    ],
)
def test_dates_iberian_date_in_full_is_one_day(nlp, sentence, expected):
    assert body(nlp, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Class: a numeric day with a space after each full stop is one day in the body too.
        ("The accord was signed on 4. 10. 2019 in the capital.", [("2019-10-04", "2019-10-04")]),
        # Negatives: numbered points and a score with no year are no dates.
        ("The plan lists points 4. 10. and 12. of the agenda.", []),
        ("The vote ended 12. 3. The chair closed the session.", []),
    ],
)
def test_dates_numeric_with_spaced_full_stops(nlp, sentence, expected):
    assert body(nlp, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # Class (narrowed, review rev2 finding 6): numbers listed with full stops before a year
        # inside a sentence, the middle one a single digit, are no day.
        "Paragraphs 5. 6. 2020 of the report were adopted.",
        "The board revised clauses 2. 7. 2018 and 9 of the charter.",
    ],
)
def test_dates_listed_numbers_before_a_year_are_no_day(nlp, sentence):
    assert not [s for s, _ in body(nlp, sentence) if len(s) == 10]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Positives: a two-digit month in running text is still one day.
        ("The protocol entered into force on 21. 07. 2020 in all states.", [("2020-07-21", "2020-07-21")]),
        ("The talks resumed on 15. 09. 2018 after a pause.", [("2018-09-15", "2018-09-15")]),
    ],
)
def test_dates_spaced_day_with_two_digit_month(nlp, sentence, expected):
    assert body(nlp, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Class: a part of the day before the published one is the day before.
        ("Last evening the envoys were received at the palace.", [("2019-10-06", "2019-10-06")]),
        ("The two ministers spoke by phone last night.", [("2019-10-06", "2019-10-06")]),
        ("The delegates arrived late last afternoon.", [("2019-10-06", "2019-10-06")]),
        # Negatives: a part of the published day itself, and night as a plain noun.
        ("The minister landed this evening.", [("2019-10-07", "2019-10-07")]),
        ("The talks went on late into the night.", []),
    ],
)
def test_dates_part_of_the_day_before(nlp, sentence, expected):
    assert body(nlp, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Class: a range or a pair of days each led by its weekday, the month after the last day only: one date.
        (
            "The experts sit from Tuesday, 12th to Thursday, 14th November, 2019 in Quito.",
            [("2019-11-12", "2019-11-14")],
        ),
        ("The envoys meet on Friday 8th and Saturday 9th November in Lima.", [("2019-11-08", "2019-11-09")]),
        # a stray second space before the joining word
        ("Ministers meet on Monday, 18th  and Tuesday, 19th March, 2019.", [("2019-03-18", "2019-03-19")]),
        # each day led by "the", "of" before the month
        ("The course ran from the 3rd to the 7th of June, 2016 in Accra.", [("2016-06-03", "2016-06-07")]),
        ("Visits are planned for the 4th and the 5th of May.", [("2019-05-04", "2019-05-05")]),
        # days of two months, each with its weekday
        (
            "The fair runs from Wednesday, 30 October to Friday, 1 November 2019.",
            [("2019-10-30", "2019-11-01")],
        ),
        # Negatives: weekdays and ordinals with no month stay what they were; a weekday range is unchanged.
        ("The team placed 3rd to 5th in the rankings.", []),
        ("The board met from Monday to Wednesday.", [("2019-10-07", "2019-10-09")]),
    ],
)
def test_dates_days_led_by_weekday_or_the_are_one_range(nlp, sentence, expected):
    assert body(nlp, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Class: a month, "the" and an ordinal day is one day.
        ("The envoys will meet again on November the 4th in Lima.", [("2019-11-04", "2019-11-04")]),
        ("The pact was signed on March the 3rd, 2016.", [("2016-03-03", "2016-03-03")]),
        # Negatives: no ordinal suffix, or a lower-case "may", is no day.
        ("In May the 5 members adopted the plan.", [("2019-05", "2019-05")]),
        ("They may the 5th time agree.", []),
    ],
)
def test_dates_month_the_ordinal_is_one_day(nlp, sentence, expected):
    assert body(nlp, sentence) == expected
