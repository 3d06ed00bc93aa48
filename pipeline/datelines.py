"""Header lines and datelines: where a date stands at the top of a page, and what that
makes it. Pure text functions (no spaCy): `communique_dates` asks them which header date
is the document's published date, `communique_metadata` which agency a dateline names.

The shapes a page gives its own date, by class:

- a label before it: "Published: 18 October 2011", "Posted on: …", "Release dateTuesday
  5 May 2020" (label glued to a weekday), "Last update: …" (an update, not publication);
- a header line that holds little besides the date: "Friday, 22 February 2019",
  "STAFF DESK | Monday, 3 March 2023" (one segment of a "|" bar), "Thursday, June
  8, 2014, 2:15 p.m. Ministry of Justice" (time and venue), "(Sunday, April
  19th 2009, Parliament Building)", "SG/Com(2007)1010 5 November 2007" (a code);
- a crawler line at the very top: " date 2019-12-18";
- a dateline opening the body: "MINSK, 9 October (BelTA) -", "JAKARTA, 29 April 2019 –",
  "MOSCOW, September 21. /TASS/.", "ASTANA. March 14. KAZINFORM -".
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from .text import alternation

#: " date 2019-12-18 …": the date a crawler stamped at the top of the text.
CRAWLER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b")
#: The crawler's stamp and the spaces after it, where the page's first line is glued on.
CRAWLER_PREFIX = re.compile(r"\A\s*date\s+\d{4}-\d{2}-\d{2}(?![\d-])[ \t]*")
#: Times beside a header date: "10:41", "4:41 p.m.", "09h00", "11:20 GMT".
TIME = re.compile(r"\b\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?|h|hrs|gmt|utc|cet|cest)?(?![\w])", re.I)
#: A token that is a code or a number ("SG/Com(2007)1010", "No.5"): never a sentence word.
CODE = re.compile(r"\S*\d\S*")
#: A word of running text: a lower-case word of four letters or more.
SENTENCE_WORD = re.compile(r"(?<![\w.])[a-z][a-z’'-]{3,}\b")


#: The country or region a dateline may add after its place: ", Azerbaijan", ", New Caledonia".
_COUNTRY = r"[A-Z][\w.'’ -]{1,30}?"
_AND_COUNTRY = r"(?:,[ \t]*" + _COUNTRY + r")?"


def _place_words(n: int) -> str:
    """A place as datelines write it: a capitalised word and up to `n` more ("Addis Ababa")."""
    return rf"[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){{0,{n}}}"


#: What may stand before the date in a dateline: "JAKARTA, ", "BAKU, Azerbaijan, ", "ASTANA. ",
#: after an aggregator's credit in brackets ("(NEWSWIRE- Oman News Agency (ONA)) MUSCAT, ").
DATELINE_PLACE = re.compile(
    r"^(?:[^\n]*\)[ \t]*)?(?P<place>" + _place_words(3) + r")" + _AND_COUNTRY + r"\s*[,.]\s*$"
    # class: a place in capitals and a dash before the date ("LIMA, PERU – SATURDAY 4 MAY 2019: …")
    r"|^[ \t]*(?P<caps>[A-Z][A-Z.'’-]+(?:[ \t][A-Z][A-Z.'’-]+){0,2})(?:,[ \t]*[A-Z][A-Z.'’ -]{1,30}?)?[ \t]*[–—-]"
    r"(?:[ \t]*[A-Z]{3,},?)?\s*$"  # the weekday in capitals, when no reader strips it
)
#: Class: a Hijri date the dateline gives before the Gregorian one, "corresponding to" between
#: ("Riyadh, 12 Ramadan 1440 H corresponding to 17 May 2019 XNA--The …", as the Saudi Press Agency
#: writes it; silver 9 class 9): the place's line reads as if the Hijri date were not there.
HIJRI_BEFORE = re.compile(
    r",?[ \t]*\d{1,2}[ \t]+[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?[ \t]+1[34]\d\d[ \t]*(?:A\.?H\.?|H\.?)?[ \t]*,?"
    r"[ \t]*correspond(?:ing|s)[ \t]+to[ \t]*$"
)


def strip_hijri(before: str) -> str:
    """The text before a dateline's Gregorian date without the Hijri date restated before it
    (`HIJRI_BEFORE`): "Riyadh, 12 Ramadan 1440 H corresponding to " reads "Riyadh, "."""
    m = HIJRI_BEFORE.search(before)
    return before[: m.start()] + ", " if m else before


#: A title block's bracketed place and date, the date closing the bracket: "(Apia, Samoa, 3 May 2018)".
BRACKET_PLACE = re.compile(r"\([ \t]*" + _place_words(3) + _AND_COUNTRY + r",[ \t]*$")
BRACKET_CLOSE = re.compile(r"^[ \t]*\)")
#: A title block's bracket that opens with the date, the place after it: "(3 May 2018, Apia)".
BRACKET_OPEN = re.compile(r"\([ \t]*$")
BRACKET_PLACE_AFTER = re.compile(r"^[ \t]*,[ \t]*" + _place_words(3) + _AND_COUNTRY + r"[ \t]*\)")
#: A line holding only a place and its country, as a speech's venue block writes it: "Apia, Samoa".
PLACE_LINE = re.compile(r"^[ \t]*(?P<place>" + _place_words(3) + r"),[ \t]*(?P<country>" + _COUNTRY + r")[ \t]*$")
#: A source's label opening a line ("Source: XNA, 3 May 2024"): what follows is the source, no place.
SOURCE_LABEL = re.compile(r"^\s*sources?\s*:", re.I)
#: A place written before a header date: "Geneva, " (the last of "Oman, Muscat, ").
PLACE_BEFORE = re.compile(r"(?P<place>" + _place_words(2) + r"),\s*$")
#: What follows a dateline's date: an agency in brackets or slashes, a dash, a full stop, or the
#: body; or a colon and the body ("Dhaka, 12 Mar 2019: The ministers …"). (Class: a source's tag in
#: square brackets, "ADDIS ABABA, 24 May 2013 [XNA] The …".)
DATELINE_AFTER = re.compile(
    r"^\s*(?::[ \t]*(?=[A-Z\"“(])|(?:[,.]\s*)?(?:\(|\[[A-Z]{2,8}\]|/|[-–—]|[A-Z][A-Za-z]+\s*[-–—/(]|[A-Z][a-z]+ ))"
)
#: Class: a dateline with no comma between its place and its date ("Brussels 20.12.2020 “The …",
#: "Geneva 4 May 2020 The ministers …"): after the date, the body (a capitalised word, perhaps after
#: a quote mark, then running text); the dates component checks the place (a place the tagger
#: names, nothing else before the date on its line).
BARE_PLACE_AFTER = re.compile(r"^[ \t]+[\"“]?[A-Z][a-z]*[ \t]+[A-Za-z]")
#: After a date opening a dateline: perhaps a place or an agency in brackets, a dash, then the
#: body ("4 May 2020, Geneva – The …", "Feb 4th, 2020 (XYZA)-The …"); a full stop may close the
#: date before its dash (class: a leading date glued to ".-", "24 November 2022.- The …").
#: Class: a date-first dateline that names the country after its place ("4 May 2020, Geneva,
#: Switzerland - The …"): the country as a place's words, one comma after the place.
_DATE_FIRST_COUNTRY = r"(?:,[ \t]*" + _place_words(2) + r")?"
DATE_FIRST_AFTER = re.compile(
    r"^[ \t]*(?:,[ \t]*" + _place_words(2) + _DATE_FIRST_COUNTRY + r")?[ \t]*(?:\([A-Z][\w&.' -]{1,40}?\)[ \t]*)?"
    r"(?:\.?[ \t]*[-–—]{1,2}|(?<=\w):)[ \t]*[A-Z\"“(]\S*[ \t]\S"
)
#: Class: a date opening the body's line, a colon after it and the body's running text ("May 4,
#: 2021: Fisheries Minister Ana Lopes received …"); the text after the colon must hold a lower-case
#: word of four letters or more (`SENTENCE_WORD`), so a programme's "4 May 2021: Opening Session"
#: stays no dateline.
DATE_COLON_AFTER = re.compile(r"^:[ \t]*[\"“]?[A-Z]")
#: Class: a title-case place (its country after a comma) and a spaced dash before the date, a dash
#: between the date and the body ("Tashkent, Uzbekistan – March 28, 2025 – A workshop …", as
#: press-release wires write "Washington, D.C. – …"): a dateline; datelines in capitals and a dash
#: are `DATELINE_PLACE`'s.
DASHED_PLACE = re.compile(r"^[ \t]*(?P<place>" + _place_words(2) + r")" + _AND_COUNTRY + r"[ \t]+[–—-][ \t]*$")
DASHED_AFTER = re.compile(r"^[ \t]*[–—-]{1,2}[ \t]*[\"“]?[A-Z]")
#: After a date opening a line: a full stop, then the body's first words (a capitalised word and a
#: lower-case one: "4 May, 2020. Hearing the ministers …"; "4 May 2020. Lima" is no body).
DATE_STOP_AFTER = re.compile(r"^\.[ \t]+[\"“]?[A-Z][a-z]+[ \t]+[a-z]+[ \t]+\S")
#: A dateline whose date the page glued to the place before it ("Lima-Quito4 March 2015: The …"):
#: the place's words with no space before the date, then a colon or a dash and the body.
GLUED_PLACE = re.compile(r"^[ \t]*" + _place_words(3) + r"[a-z]$")
GLUED_AFTER = re.compile(r"^[ \t]*[:\-–—]{1,2}[ \t]*[A-Z\"“(]")
#: What may follow the delivery date in a speech's title line: nothing, or the place
#: ("…, Lima PERU", "… – Quito").
TITLE_AFTER = re.compile(r"^[ \t]*(?:[,–—-][ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})?[ \t]*\.?[ \t]*$")
#: A line's start in capitals up to the date (no lower-case letter, no sentence end), and the
#: date followed by words in capitals (its place): a title block the page ran into its text.
CAPITALS_BEFORE = re.compile(r"^[^a-z.!?]*(?:[A-Z]\.[^a-z.!?]*)*$")
CAPITALS_AFTER = re.compile(r"^[ \t,]*[A-Z]{2,}[A-Z.'’-]*(?:[ \t,]+[A-Z]{2,}[A-Z.'’-]*)*[ \t,]+[A-Z][a-z]")
#: The place after a date opening a dateline, a dash or a colon after it ("10 May, Lima: The …").
DATE_FIRST_PLACE = re.compile(
    r"[ \t]*,[ \t]*(?P<place>" + _place_words(2) + r")" + _DATE_FIRST_COUNTRY + r"[ \t]*(?:[-–—]|:)"
)
#: An agency named in a dateline, after its date: "(BelTA) -", "(PL),--", "/TASS/.", "KAZINFORM -", "Khovar-".
#: (class: an agency's mark in brackets after the date, no dash before the body, "LIMA, 3 May 2024
#: (XNA) The …": the mark an acronym, two capitals or more, perhaps an agency's word after it,
#: "(XYZ News)", review 3 finding 15.)
AGENCY_AFTER = re.compile(
    r"^\s*(?:[,.]?\s*\((?P<paren>[A-Z][\w&.' -]{1,40}?)\)\s*,?\s*[-–—:]"
    r"|[,.]?[ \t]*\((?P<mark>[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:[ \t][A-Z][a-z]+){0,2})\)[ \t]*(?=[A-Z\"“][a-z]*[ \t]+[a-z])"
    r"|[,.]?\s*/(?P<slash>[A-Z][\w&.' -]{1,30}?)/"
    r"|\.?\s*(?:(?P<glued>[A-Z][A-Za-z]*[A-Z][A-Za-z]*)\s*|(?P<word>[A-Z][a-z]+))[-–—]{1,2}(?!\w))"
)
#: "AGENCY Month D/YYYY": an agency in capitals opening the line, right before the date.
AGENCY_BEFORE = re.compile(r"^\s*(?P<agency>[A-Z][A-Za-z]*[A-Z][A-Za-z]*)\s*$")
#: class: an agency between the city and the date, "Lima, XNA, 3 May 2024 –" (the city in title
#: case: after a city in capitals, "LIMA, PERU," names the country).
AGENCY_BETWEEN = re.compile(
    r"^\s*[A-Z][a-z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,2}[ \t]*,[ \t]*(?P<agency>[A-Z]{2,6})[ \t]*,[ \t]*$"
)
#: A byline before the date (class: a byline's date, "By Jane Roe , XYZA - Mar 03,2021 - Last updated
#: at …", "By Jane Roe - 3 March 2021"): the author, perhaps the agency after a comma, then a dash or
#: a bar; whatever the line adds after the date (an update stamp, a reading time) is the byline's.
#: (class: a byline written out, "Written by Jane Roe on 3 May 2024", "Reported by Jane Roe on …": the
#: author's verb before "by", "on" before the date.)
BYLINE_BEFORE = re.compile(
    r"^\s*(?:(?:Written|Reported)\s+by|By)\s+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,4}"
    r"(?:(?:\s*,\s*[A-Z][\w&.'’ -]{1,40}?)?\s*(?:[-–—|]|(?<=\w)[ \t]+on)|[ \t]*-[A-Z]{2,8}-[ \t]*[-–—|]?)\s*$"
)
#: class: an agency's tag in dashes after a byline, "By Jane Roe -XNA-": the agency the item credits.
BYLINE_AGENCY = re.compile(
    r"^[ \t]*By[ \t]+[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,4}[ \t]*-(?P<agency>[A-Z]{2,8})-", re.M
)
#: A dateline whose date stands in brackets after the source, a colon or a dash before the body:
#: "NPX (May 4, 2014): The ministers …", "source: Nordic Press (4 May 2014) – The …".
BRACKET_DATE_BEFORE = re.compile(r"^\s*(?:[Ss]ource:\s*)?[A-Z][\w&.'’ -]{1,40}?\s*\(\s*$")
#: (class: the dash doubled, as wire copy writes it: "LIMA (5 March 2009) -- The …")
BRACKET_DATE_AFTER = re.compile(r"^\s*\)\s*(?::|[-–—]{1,2})\s*[A-Z\"“]")
#: Class (held-out 28): the source in capitals and the body's first sentence straight after the
#: bracket, no colon or dash: "NORDIC INSTITUTE OF PEACE (Feb. 11, 2019) Twelve ministers …".
BRACKET_DATE_AFTER_BARE = re.compile(r"^[ \t]*\)[ \t]+[\"“]?[A-Z][a-z]+[ \t]")
#: A dateline without a date: "WASHINGTON (AP) —", "NAIROBI, Kenya (XNA) -": a city in capitals
#: opening a line, the agency in brackets, a dash.
UNDATED_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Z.'’-]+(?:[ \t][A-Z][A-Z.'’-]+){0,2})"
    + _AND_COUNTRY
    + r"[ \t]*\((?P<agency>[A-Z][\w&.' -]{1,40}?)\)[ \t]*[-–—]",
    re.M,
)
#: class: an agency's mark in brackets before the body, no dash after it: "Lima (XNA) The
#: ministers …", "LIMA, Peru (XNA) The …" (the agency an acronym in capitals, the body's first word
#: capitalised).
UNDATED_MARK_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][\w.'’-]+(?:[ \t][A-Z][\w.'’-]+){0,2})"
    + _AND_COUNTRY
    + r"[ \t]*\((?P<agency>[A-Z]{2,6})\)[ \t]*(?=[A-Z\"“][a-z]*[ \t]+[a-z])",
    re.M,
)
#: The same with the agency between slashes and dashes after the place's comma (class: a
#: dateline's tail "CITY,-/Agency/-"): "LIMA,-/Nordpress/-", "Lima, -/NPX/-"; the slashes
#: set the agency off, so the city may be written in title case, and the comma is required
#: (review 1, finding 11: a menu's "Home -/News/-" is no dateline).
UNDATED_SLASH_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][\w.'’-]+(?:[ \t][A-Z][\w.'’-]+){0,2})"
    + _AND_COUNTRY
    + r"[ \t]*,[ \t]*[-–—][ \t]*/(?P<agency>[A-Z][\w&.' -]{1,30}?)/[ \t]*[-–—]",
    re.M,
)


#: Class: a dateline without a date whose city is in title case, its country after a comma, the
#: agency's name in brackets and a dash (perhaps glued to the body): "Lima, Peru (Andes Press)–The
#: …" (silver 9 class 11: an agency's relay is news). The country after the comma keeps a bracket
#: that only names the place ("Lima (Peru) – The …") out.
UNDATED_NAMED_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][a-z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]+){0,2}),[ \t]*[A-Z][\w.'’-]+(?:[ \t][A-Z][\w.'’-]+){0,2}"
    r"[ \t]*\((?P<agency>[A-Z][\w&.'’-]*(?:[ \t][A-Z][\w&.'’-]*){0,3})\)[ \t]*[-–—]{1,2}[ \t]*[A-Z\"“]",
    re.M,
)


#: A dateline without a date that credits an outlet by its web address before the city (class:
#: an outlet's dateline, "XYZNEWS.CO.ID, LIMA --", "Xyzpost.com, LIMA –"): the place is the city.
UNDATED_OUTLET_DATELINE = re.compile(
    r"^[ \t]*(?P<agency>[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z]{2,4}){1,2})[ \t]*,[ \t]*"
    r"(?P<place>[A-Z][A-Z.'’-]+(?:[ \t][A-Z][A-Z.'’-]+){0,2})[ \t]*[-–—]{1,2}[ \t]+[A-Z\"“]",
    re.M,
)


@dataclass(frozen=True)
class HeaderDate:
    """A date written at the top of a page and the shape of the line that holds it."""

    start: int  # character offsets of the date in the text
    end: int
    iso: str  # the day it names
    #: "label:<published|updated|event|late>" (a bare "Date:" is "label:date" until the dates
    #: component reads the lines around it), "standalone", "dateline", "speech", "title",
    #: "footer" or "crawler"
    shape: str


#: Class: a header date split one field a line ("21" / "June" / "2006", or "June" / "21" / "2006"),
#: as some page templates lay out a date box; a blank line may stand between the fields.
_FIELD_BREAK = r"[ \t]*\n(?:[ \t]*\n)?[ \t]*"
SPLIT_HEADER = re.compile(
    r"^[ \t]*(?:(?P<day>\d{1,2})" + _FIELD_BREAK + r"(?P<month>[A-Za-z]{3,9})\.?"
    r"|(?P<month2>[A-Za-z]{3,9})\.?"
    + _FIELD_BREAK
    + r"(?P<day2>\d{1,2}),?)"
    + _FIELD_BREAK
    + r"(?P<year>(?:19|20)\d\d)[ \t]*$",
    re.M,
)


def split_header_date(text: str, months: Iterable[str], limit: int) -> tuple[int, int] | None:
    """(start, end) of the first header date in `text[:limit]` written one field a line
    (`SPLIT_HEADER`), whose month word is one of `months` (lower case), else None."""
    months = set(months)
    for m in SPLIT_HEADER.finditer(text, 0, limit):
        month = (m.group("month") or m.group("month2")).lower()
        if month in months:
            start = m.start("day") if m.group("day") else m.start("month2")
            return start, m.end("year")
    return None


def crawler_date(text: str) -> tuple[int, int, str] | None:
    """(start, end, iso) of the crawler's " date YYYY-MM-DD" at the top of a text, if any."""
    m = CRAWLER.match(text)
    if not m:
        return None
    try:
        date.fromisoformat(m.group(1))
    except ValueError:
        return None
    return m.start(1), m.end(1), m.group(1)


def segment(text: str, start: int, end: int) -> tuple[str, str]:
    """The text before and after a span on its line, within its segment of a "|" bar or of
    a bar of spaced slashes ("admin / 2023-05-09 15:12 / 215": author, date, views)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    before, after = text[line_start:start], text[end:line_end]
    if line_start == 0 and (stamp := CRAWLER_PREFIX.match(before)):
        # class: a dateline glued to the crawler's stamp (" date 2019-05-04 4 May, Lima: The …"):
        # the line starts after the stamp
        before = before[stamp.end() :]
    # A label alone on the line above the date ("Event Date:" / "Monday, May 4, 2015 to …"):
    # the date's line reads as if the label stood before it.
    # The second day of a range on that line ("… to Tuesday, May 5, 2015") is labelled too.
    if line_start > 1 and (not LABEL_GAP.search(before) or RANGE_HEAD.match(before)):
        above = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1]
        if LABEL_LINE.match(above):
            before = above.strip() + " " + RANGE_HEAD.sub("", before)
    before, after = before.rpartition("|")[2], after.partition("|")[0]
    return SPACED_SLASH.split(before)[-1], SPACED_SLASH.split(after, maxsplit=1)[0]


#: A line that is only a short label and its colon ("Event Date:"), and what may stand on the
#: next line before the date it labels (a weekday and a comma, nothing else).
LABEL_LINE = re.compile(r"^[ \t]*[A-Z][A-Za-z]*(?:[ \t]+[A-Za-z]+){0,3}[ \t]*:[ \t]*$")
LABEL_GAP = re.compile(r"[^A-Za-z ,.\t]|[A-Za-z]{10,}")
RANGE_HEAD = re.compile(r"^(?:[A-Z][a-z]*\.?,?[ \t]*|\d{1,4}(?:st|nd|rd|th)?,?[ \t]*)+(?:to|until|[-–—])[ \t]*")

#: Class: a site's stamp of a post, its time and its poster's user name after a double dash ("Sun,
#: 4/5/2014 - 09:30 -- siteadmin"): the handle, one lower-case word, is furniture, no running text.
POSTER_AFTER = re.compile(r"[ \t]*--[ \t]*[a-z][\w.]{2,30}[ \t]*$")

#: A slash with a space on either side: a bar between a header line's segments.
SPACED_SLASH = re.compile(r"\s/\s")


#: A weather reading a site's top bar shows ("17.4 C", "-2°C", "64 °F").
WEATHER_READING = re.compile(r"-?\d{1,3}(?:[.,]\d)?\s*°?\s*[CF]")


#: The place a top bar's weather reading is for, on a line of its own: one to three capitalised
#: words, no figure ("Lakeport", "Sierra Leone").
WEATHER_PLACE = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}")


#: A slogan's line under a site's top bar ("Read us daily!", "your news,"): a few words that end
#: in an exclamation mark or a comma, or open in lower case, as no menu item or headline does.
SLOGAN_LINE = re.compile(r"^[ \t]*(?:[a-z]\S*(?:[ \t]+\S+){0,3}|\S+(?:[ \t]+\S+){0,3}[!,])[ \t]*$")


#: A weekday's name, full or short, that may open a masthead's date line.
DAY_NAME = re.compile(r"\b(?:" + "|".join(list(calendar.day_name) + list(calendar.day_abbr)) + r")\b\.?", re.I)


def over_a_slogan(text: str, start: int) -> bool:
    """Rule `published:top-bar-slogan`: the date at `start` stands on the page's first line with
    a clock time, and the lines right below it, up to a blank line, are short (four words at most),
    at least two, one of them a slogan's line ("Read us daily!"): a site's masthead showing the
    moment the page was viewed ("4 May 2031, Friday, 09:15"), not the item's date."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[:line_start].strip():
        return False
    # A masthead's date opens its line, or follows a weekday only; a place before it
    # ("Lima, 3 May 2024, 10:00") makes it a release's dateline.
    if DAY_NAME.sub("", text[line_start:start]).strip(" \t,"):
        return False
    line_end = text.find("\n", start)
    if line_end == -1 or not TIME.search(text, line_start, line_end):
        return False
    below = text[line_end + 1 :].split("\n\n", 1)[0].split("\n")
    below = [line for line in below if line.strip()]
    if len(below) < 2 or any(len(line.split()) > 4 for line in below):
        return False
    # A figure below (a house number, a postcode, a phone) makes the lines an address block.
    if any(ch.isdigit() for line in below for ch in line):
        return False
    return any(SLOGAN_LINE.match(line) for line in below)


#: A social post's credit as a page embeds it: the poster's name, then the handle in brackets
#: ("— Ana Ruiz (@AnaRuizMFA)"), the post's date after it on its line or on the next.
POST_CREDIT = re.compile(r"\(@\w{1,30}\)[ \t]*$")


def under_a_post_credit(text: str, start: int) -> bool:
    """Class: the date at `start` closes an embedded social post, after its poster's "(@handle)"
    on its line or on the line above ("— Ana Ruiz (@AnaRuizMFA) May 3, 2024"): the post's date,
    never the page's, wherever the page shows it."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if before.strip():
        return POST_CREDIT.search(before) is not None
    above = text[:line_start].rstrip()
    return POST_CREDIT.search(above[above.rfind("\n") + 1 :]) is not None


def under_a_weather_reading(text: str, start: int) -> bool:
    """The date at `start` follows a weather reading, on its line or on the line above: a
    site's top bar, which shows the day the page was viewed (with the weather of the day),
    not the item's date. So does a top bar's date with a clock time over the site's slogan
    (`over_a_slogan`)."""
    if over_a_slogan(text, start):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].strip()
    if before:
        return WEATHER_READING.fullmatch(before) is not None
    above = text[:line_start].rstrip()
    line = above[above.rfind("\n") + 1 :]
    # Class: the weather's place on a line of its own between the reading and the date ("17.4 C"
    # / "Lakeport" / "Thursday, October 9, 2031"), the reading glued after the crawler's stamp
    if WEATHER_PLACE.fullmatch(line.strip()) and "\n" in above:
        above = above[: above.rfind("\n")].rstrip()
        line = above[above.rfind("\n") + 1 :]
    if "\n" not in above and (stamp := CRAWLER_PREFIX.match(line)):
        line = line[stamp.end() :]
    return WEATHER_READING.fullmatch(line.strip()) is not None


def _terms_regex(terms: Iterable[str], *, glued: bool) -> re.Pattern:
    alternatives = alternation(terms)
    lead = "" if glued else r"(?<![\w])"
    return re.compile(rf"{lead}(?:{alternatives})", re.I)


#: Two words or more, then the comma, dash or bracket opening an aside, right before a lower-case date label.
ASIDE_BEFORE = re.compile(r"[^\W\d_]+[ \t]+[^\W\d_]{2,}[\"”’)]?[ \t]*[,(–—-][ \t]*$")
#: Class: a lower-case label after a determiner and its noun in running text ("Attached is the
#: text of the statement issued on 3 May 2010 …"): it dates the document the sentence speaks of.
REPORTED_BEFORE = re.compile(
    r"[^\W\d_]{2,}[ \t]+(?:the|a|an|this|that|its|their)[ \t]+(?:[^\W\d_]+[ \t]+){0,2}[^\W\d_]{2,}[ \t]+$"
)


class HeaderReader:
    """Reads the line around a date with the lexicon's words: weekdays, date labels and
    page furniture."""

    def __init__(
        self,
        weekdays: Iterable[str],
        labels: dict[str, str],
        furniture: Iterable[str] = (),
        event_details: Iterable[str] = (),
        captions: Iterable[str] = (),
        speech_cues: Iterable[str] = (),
        office_heads: Iterable[str] = (),
    ):
        # A weekday may be glued to a label ("Release dateTuesday"), so it needs no word start.
        self.weekday_tail = re.compile(rf"(?:{_terms_regex(weekdays, glued=True).pattern})\.?\s*,?\s*$", re.I)
        self.labels = {k.lower(): v for k, v in labels.items()}
        # the head nouns of an issuing office's name (body_noun, government_noun: Ministry, Office)
        self.office_heads = {t.lower() for t in office_heads}
        # "Posted on:", "Published by the Press Office on": a label, perhaps its author, then the date.
        self.label_tail = re.compile(
            rf"(?:^|[^\w])({_terms_regex(self.labels, glued=False).pattern})"
            r"(?:\s+by\s+[^,:|\n]{1,40}?)?(?:\s+(?:on|at))?\s*[:\-–]?\s*$",
            re.I,
        )
        self.furniture = _terms_regex(furniture, glued=False) if furniture else None
        # class: an update stamp after the header date, a time its only value ("Saturday 4 May
        # 2024 Last updated: 06:12 AM"): the stamp's label is no running text beside the date;
        # also a stamp with its own date and time ("2024-05-04 10:12 update: 2024-05-05, 18:40",
        # silver 8 class 6): the stamp's date is a code the shape test skips like the time
        updates = [k for k, v in self.labels.items() if v == "updated"]
        self.update_time = (
            re.compile(
                rf"^[ \t,|•·-]*(?:{TIME.pattern}[ \t,|•·-]*)?(?:{_terms_regex(updates, glued=False).pattern})[ \t]*(?:at|on)?[ \t]*:?[ \t]*(?={TIME.pattern}|\d{{1,4}}[-./ ])",
                re.I,
            )
            if updates
            else None
        )
        captions = list(captions)
        self.caption = _terms_regex(captions, glued=False) if captions else None
        cues = list(speech_cues)
        self.speech_cue = _terms_regex(cues, glued=False) if cues else None
        details = list(event_details)
        self.event_detail = (
            re.compile(rf"^\s*(?:{_terms_regex(details, glued=False).pattern})\s*:", re.I) if details else None
        )

    def in_event_box(self, text: str, start: int) -> bool:
        """True when the date's line sits among an event's details ("Venue: …", "Time: …"
        on the lines around it): the date is the event's, not the document's."""
        if self.event_detail is None:
            return False
        line_start = text.rfind("\n", 0, start) + 1
        above = text[max(0, line_start - 300) : line_start].splitlines()[-2:]
        line_end = text.find("\n", start)
        below = text[line_end + 1 : line_end + 300].splitlines()[:2] if line_end != -1 else []
        return any(self.event_detail.match(line) for line in [*above, *below])

    def in_caption(self, text: str, start: int) -> bool:
        """True when the date's line is a photo's caption ("A file picture taken on May 4,
        2012 shows …"): the date is the picture's, not the page's."""
        if self.caption is None:
            return False
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        return bool(self.caption.search(text, line_start, len(text) if line_end == -1 else line_end))

    def strip_weekday(self, before: str) -> str:
        return self.weekday_tail.sub("", before)

    def label(self, before: str) -> str | None:
        """What a label right before the date makes it: published, updated or event."""
        # "Last updated 2:15 PM, Saturday, 16 June 2018": a time or a weekday may stand between.
        before = self.strip_weekday(TIME.sub(" ", before).rstrip(" ,"))
        m = self.label_tail.search(before.rstrip(" ,"))
        if (
            m
            and m.group(1)[:1].islower()
            and (ASIDE_BEFORE.search(before[: m.start(1)]) or REPORTED_BEFORE.search(before[: m.start(1)]))
        ):
            # class: a body's aside, not a page's label: "The union -created on 3 May 2010- is …",
            # "The report, released on 4 May 2012, says …" (a lower-case label after words and an
            # aside's comma, dash or bracket dates what the sentence speaks of); and "the text of
            # the statement issued on 3 May 2010" (after a determiner and its noun in a sentence)
            return None
        if m and self.labels[m.group(1).lower()] == "date" and ":" not in before[m.end(1) :]:
            return None  # a bare "date" labels only with its colon ("Date: …"; "the date 4 May" is running text)
        return self.labels[m.group(1).lower()] if m else None

    def shape(self, before: str, after: str) -> str | None:
        """The shape of a header date from the text beside it on its line segment."""
        label = self.label(before)
        if label:
            return f"label:{label}"
        before = strip_hijri(self.strip_weekday(before))
        body_follows = DATELINE_AFTER.match(after) and len(after.strip(" .,")) > 1
        if body_follows and (DATELINE_PLACE.match(before) or AGENCY_BEFORE.match(before)):
            return "dateline"
        if DASHED_PLACE.match(before) and DASHED_AFTER.match(after):
            return "dateline"
        if BRACKET_DATE_BEFORE.match(before) and (
            BRACKET_DATE_AFTER.match(after)
            or (BRACKET_DATE_AFTER_BARE.match(after) and not any(c.islower() for c in before))
        ):
            return "dateline"  # "NPX (May 4, 2014): The ministers …", "NPX (May 4, 2014) The …"
        if BYLINE_BEFORE.match(before):
            return "standalone"  # "By Jane Roe , XYZA - Mar 03,2021 - Last updated at …"
        if self.update_time is not None:
            after = self.update_time.sub(" ", after, count=1)
        if TIME.search(after):
            after = POSTER_AFTER.sub("", after)
        rest = TIME.sub(" ", f"{before} {after}")
        rest = CODE.sub(" ", rest)
        if self.furniture is not None:
            rest = self.furniture.sub(" ", rest)
        words = re.findall(r"[^\W\d_][\w’'.-]*", rest)
        if len(words) <= 4 and not SENTENCE_WORD.search(rest):
            return "standalone"
        # class: a date line under the headline that opens with the date, the issuing office's
        # name after it ("3 May 2024 Ministry of Water Affairs"): capitalised words and their
        # short joiners, no running text, the name's first capitalised words headed by an office's
        # noun (review 3, finding 17: a programme's "14 June 2024 Opening Session of the Council"
        # names a sitting, no office)
        if (
            not before.strip(" \t([")
            and len(words) <= 8
            and not SENTENCE_WORD.search(rest)
            and all(w[0].isupper() or len(w) <= 3 for w in words)
            and self._office_opens(words)
        ):
            return "standalone"
        # "COMMUNIQUÉ OF THE … (Apia, Samoa, 3 May 2018) ____ 1. The …": a title block's
        # bracketed place and date (or date and place: "(3 May 2018, Apia)"), whatever runs
        # on after the bracket on the same line.
        if BRACKET_PLACE.search(before) and BRACKET_CLOSE.match(after):
            return "standalone"
        if BRACKET_OPEN.search(before) and BRACKET_PLACE_AFTER.match(after):
            return "standalone"
        # "4 May 2020, Geneva – The ministers …": the date first, then perhaps the place.
        if not before.strip(" ([") and DATE_FIRST_AFTER.match(after):
            return "dateline"
        # class: a date opening the body's line, a full stop closing it ("4 May, 2020. Hearing the
        # ministers …"): the page's date, the text after it running on in lower case
        if not before.strip() and DATE_STOP_AFTER.match(after):
            return "dateline"
        if not before.strip() and DATE_COLON_AFTER.match(after) and SENTENCE_WORD.search(after):
            return "dateline"
        # "Lima-Quito4 March 2015: The ministers …": the date glued to its place.
        if GLUED_PLACE.match(before) and GLUED_AFTER.match(after):
            return "dateline"
        if self.speech_title(before, after):
            return "speech"
        return None

    def _office_opens(self, words: list[str]) -> bool:
        """Whether the first run of capitalised words ends in an office's head noun ("Ministry
        of …", "Office of …", "Foreign Ministry", "Prime Minister's Office")."""
        run = []
        for w in words:
            if not w[0].isupper():
                break
            run.append(w)
        return bool(run) and re.sub(r"[’']s$", "", run[-1]).lower().rstrip(".") in self.office_heads

    def speech_title(self, before: str, after: str) -> bool:
        """True when the line is a speech's title that ends with its delivery date ("Statement
        by the Minister at the Opening of the Council 14 May 2015, Lima PERU"): a speech cue
        among its first words, no sentence break, nothing after the date but its place."""
        if self.speech_cue is None:
            return False
        if CAPITALS_BEFORE.match(before) and CAPITALS_AFTER.match(after):
            # "STATEMENT BY THE PRESIDENT … OPENING OF THE DEBATE 25 MAY 2011 UN HEADQUARTERS,
            # GENEVA Excellencies, …": a title block in capitals the page ran into its text, a
            # speech cue in it, the date followed by its place in capitals
            return bool(self.speech_cue.search(before))
        if not TITLE_AFTER.match(after):
            return False
        opening = " ".join(before.split()[:5])
        return bool(self.speech_cue.search(opening)) and not re.search(r"[a-z]{2}[.!?]\s", before)


def header_place(
    text: str, start: int, end: int, shape: str, reader: HeaderReader | None = None
) -> tuple[int, int] | None:
    """(start, end) of the place a header date's line names (the date at start:end): a
    dateline's first place ("BAKU" of "BAKU, Azerbaijan, February 19.", "Geneva" of "4 May
    2020, Geneva – …"), or the place beside a header date ("Geneva, 5 June 2021"); None
    for other shapes."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].rpartition("|")[2]
    if line_start == 0 and (stamp := CRAWLER_PREFIX.match(before)):
        before = before[stamp.end() :]  # a dateline glued to the crawler's stamp
    offset = start - len(before)
    if reader is not None:
        before = reader.strip_weekday(before)
    before = strip_hijri(before)
    if shape == "dateline" and not before.strip(" (["):
        m = DATE_FIRST_PLACE.match(text, end)
        return m.span("place") if m else None
    if shape == "dateline":
        m = DATELINE_PLACE.match(before) or DASHED_PLACE.match(before)
    elif shape == "standalone":
        # class: a source's credit before the date ("Source: XNA, 3 May 2024") names no place
        m = None if SOURCE_LABEL.match(before) else PLACE_BEFORE.search(before)
    else:
        return None
    if not m:
        return None
    group = "caps" if shape == "dateline" and m.re is DATELINE_PLACE and m.group("caps") else "place"
    return offset + m.start(group), offset + m.end(group)


def agency_like(name: str, not_agencies: Iterable[str] = ()) -> bool:
    """Whether a dateline's word beside its date can be a news agency (review 3, findings 14 and
    15): no number in it ("Day 2", "Update 2"), and not one of `not_agencies` (the lexicon's
    weekdays, months, wire tags, AM/PM and the codes of states and territories: "Washington,
    DC,", "(Friday)", "(AM)"); only the whole name is looked up ("Al Jazeera" is no "AL")."""
    return not any(c.isdigit() for c in name) and name.strip().lower() not in not_agencies


def dateline_agency(
    text: str, start: int, end: int, not_agencies: Iterable[str] = (), agency_words: Iterable[str] = ()
) -> tuple[int, int] | None:
    """(start, end) of the agency a dateline names beside its date (the date at start:end),
    or None: "MINSK, 9 October (BelTA) -", "MOSCOW, September 21. /TASS/.", "ASTANA.
    March 14. KAZINFORM -", "KUNA Month D/YYYY"; never a word `agency_like` refuses, and a mark
    with no dash after it has only `agency_words` after its acronym ("(XYZ News) The …")."""
    line_end = text.find("\n", end)
    after = text[end : len(text) if line_end == -1 else line_end]
    m = AGENCY_AFTER.match(after)
    if m:
        group = next(g for g in ("paren", "mark", "slash", "glued", "word") if m.group(g))
        a, b = m.span(group)
        name = m.group(group).strip()
        a += len(m.group(group)) - len(m.group(group).lstrip())
        tail = name.lower().split()[1:] if group == "mark" else []
        if agency_like(name, not_agencies) and all(w in agency_words for w in tail):
            return end + a, end + a + len(name)
    line_start = text.rfind("\n", 0, start) + 1
    m = AGENCY_BEFORE.match(text[line_start:start]) or AGENCY_BETWEEN.match(text[line_start:start])
    if m and agency_like(m.group("agency"), not_agencies):
        return line_start + m.start("agency"), line_start + m.end("agency")
    return None


def opening_lines(text: str, start: int = 0, lines: int = 6) -> tuple[int, int]:
    """(start, end) of the line holding `start` and the `lines` non-empty lines after it:
    where a dateline may stand, right below the headline (review 1, finding 11)."""
    a = text.rfind("\n", 0, start) + 1
    b, seen = text.find("\n", a), 0
    while b != -1 and seen < lines:
        nxt = text.find("\n", b + 1)
        seen += bool(text[b + 1 : len(text) if nxt == -1 else nxt].strip())
        b = nxt
    return a, len(text) if b == -1 else b


def undated_dateline(
    text: str, start: int = 0, end: int | None = None, not_agencies: Iterable[str] = ()
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """((place start, end), (agency start, end)) of a dateline that names no date
    ("WASHINGTON (AP) —", "LIMA,-/NPX/-", "NPX.CO.ID, LIMA --"), the first in
    `text[start:end]` (`start` at a line's start), else None."""
    patterns = (UNDATED_DATELINE, UNDATED_SLASH_DATELINE, UNDATED_OUTLET_DATELINE)
    end = len(text) if end is None else end
    found = [m for m in (p.search(text, start, end) for p in patterns) if m]
    named = UNDATED_NAMED_DATELINE.finditer(text, start, end)
    found += [m for m in named if agency_like(m["agency"], not_agencies)][:1]
    mark = next((m for m in UNDATED_MARK_DATELINE.finditer(text, start, end) if _a_mark(m, not_agencies)), None)
    found += [mark] if mark else []
    m = min(found, key=lambda m: m.start()) if found else None
    return (m.span("place"), m.span("agency")) if m else None


def _a_mark(m: re.Match, not_agencies: Iterable[str]) -> bool:
    """An UNDATED_MARK_DATELINE match whose brackets hold an agency's mark, not the acronym of
    the words before them (review 3, finding 16: "European Union (EU) Member states agreed …",
    "West African States (ECOWAS) Ministers …": the initials of a place of two words or more, in
    order among the bracket's letters, make an organisation and its acronym)."""
    agency = m.group("agency")
    if not agency_like(agency, not_agencies):
        return False
    initials = [w[0].upper() for w in m.group("place").split()]
    if len(initials) < 2:
        return True
    rest = iter(agency.upper())
    return not all(c in rest for c in initials)


def choose_published(
    candidates: list[HeaderDate], later_than_text: int = 60, text_dates: Iterable[date] = ()
) -> HeaderDate | None:
    """The document's own date among its header dates, by the shapes' order:

    1. a date labelled as the publication's ("Published:", "Posted on");
    2. a header line holding a date: the earliest of them, since a masthead or a crawl
       stamp ("Wednesday 21 January, 2026" above an item of 2023) is later than the item
       and a header's second date is the meeting's, after the document; one more than
       `later_than_text` days after every dateline is the crawl's, and yields to it;
    3. a publication label further down the page ("Publicado: 29/9/2022" in its footer,
       shape "label:late"), unless it is later than the crawler's stamp (no page is
       published after it was crawled);
    4. the crawler's stamp;
    5. the dateline;
    6. the delivery date in a speech's title line, else a date closing the headline
       ("Final Communique of the Nordic Summit May 4 2014", shape "title");
    7. an update stamp ("Last updated: …");
    8. a date on a line of its own at the page's foot (shape "footer"), when nothing else
       dates the page and no other day stands on such a line (several are a list of items).

    A crawler's or an update stamp more than `later_than_text` days after every other
    date of the text (`text_dates`, and the datelines) is the crawl's, not the item's."""
    by_shape: dict[str, list[HeaderDate]] = {}
    for c in candidates:
        by_shape.setdefault(c.shape, []).append(c)
    if "label:published" in by_shape:
        return by_shape["label:published"][0]
    dated = by_shape.get("dateline", [])
    # A header line's date long after the agency's dateline below it is the crawl's
    # ("Thursday, August 15, 2024" above "Dec 14, 2005 (CITY) —"): the dateline dates the item.
    # Rule `published:header-year-dateline`: a dateline in the header date's own year may have
    # taken its year from that header ("Nov 28, 2022" over "CITY, Sept. 13.- …"): the header
    # date stands, as the convention puts a header date before a dateline.
    standalone = [
        c
        for c in by_shape.get("standalone", [])
        if not dated
        or any(
            (date.fromisoformat(c.iso) - date.fromisoformat(d.iso)).days <= later_than_text or c.iso[:4] == d.iso[:4]
            for d in dated
        )
    ]
    # Class: a header line's date later than the page's own update stamp ("Wednesday, 27 Nov,
    # 2025" in the top bar over "Updated: 2024-02-06 08:15"): no page is published after its last
    # update, so that date is the site's day of viewing, and the stamp dates the item.
    stamps = [c.iso for c in by_shape.get("label:updated", [])]
    if stamps:
        standalone = [c for c in standalone if c.iso <= max(stamps)]
    if standalone:
        return min(standalone, key=lambda c: (c.iso, c.start))
    crawl_day = by_shape["crawler"][0].iso if "crawler" in by_shape else None
    late = [c for c in by_shape.get("label:late", []) if crawl_day is None or c.iso <= crawl_day]
    if late:
        return late[0]
    others = [*text_dates, *(date.fromisoformat(c.iso) for c in dated)]

    def current(stamp: HeaderDate, against: list[date] | None = None) -> bool:
        day = date.fromisoformat(stamp.iso)
        rest = [d for d in (others if against is None else against) if d != day]
        return not rest or any((day - d).days <= later_than_text for d in rest)

    # Class: a crawl stamp over a historical item whose own dateline gives an older date ("date
    # 2023-05-01" above "GENEVA, 5 March 2009 –"): the dateline is the page's own date, so the
    # stamp must lie near a dateline, whatever other days the page shows (a related item's
    # "28 April 2023" under the text is no reason to date the item by its crawl).
    dateline_days = [date.fromisoformat(c.iso) for c in dated] or None
    crawled = [c for c in by_shape.get("crawler", []) if current(c, dateline_days)]
    if crawled:
        return crawled[0]
    if dated:
        return dated[0]
    for shape in ("speech", "title"):
        if shape in by_shape:
            return by_shape[shape][0]
    updated = [c for c in by_shape.get("label:updated", []) if current(c)]
    if updated:
        return updated[0]
    footer = by_shape.get("footer", [])
    # Class: several different days on lines of their own at the page's foot are a list of dated
    # items (past events, related stories, each "date | venue"), none the page's own date.
    if len({c.iso for c in footer}) > 1:
        return None
    return footer[-1] if footer else None


def byline_agency(text: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """(start, end) of the agency a byline credits in dashes ("By Jane Roe -XNA-"), the first in
    `text[start:end]`, else None."""
    m = BYLINE_AGENCY.search(text, start, len(text) if end is None else end)
    return m.span("agency") if m else None
