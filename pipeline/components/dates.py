"""Calendar expressions: found by Matcher patterns (models/patterns/dates.jsonl),
resolved to ISO start/end at their own granularity, relative ones anchored on the
document's published date (never on the machine's clock).

The published date is decided here too, since it is a date and anchors the rest: the
header dates are read by `pipeline.datelines` (labelled, header lines, crawler stamp,
dateline) and the document's own date chosen among them.

Resolution, by class:
- one day, a range of days (written with a dash or words: "from 8 to 10 November",
  "10 and 11 October", "October 26 to October 28"), months ("January 2019 to December
  2020"), years ("2015-16"), decades ("the 1990s"), a bare year ("for 2020");
- a date without its year takes the published date's year, never another year of the
  text; without a published date, the year of the last day written with one shortly
  before it, else of the page's heading, else (in a past-tense sentence with no future
  cue) of a day written with its year at most `borrow_days` after it; else it stays
  unresolved;
- numeric dates ("11/9/2021") follow the document's convention: another numeric date
  that can only be read one way, else the reading that lies nearest the document's
  dates written with month names, else day first;
- relative expressions ("yesterday", "on Monday", "last year", "November 16 last year")
  resolve against the published date; a bare weekday lies in the days before it, or
  after it when the sentence speaks of the future ("will close on Tuesday").
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

import numpy as np
from dateutil.relativedelta import relativedelta
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from text_to_num import text2num

from ..datelines import (
    BARE_PLACE_AFTER,
    PLACE_LINE,
    TITLE_AFTER,
    HeaderDate,
    HeaderReader,
    choose_published,
    crawler_date,
    segment,
    split_header_date,
    under_a_post_credit,
    under_a_weather_reading,
)
from ..text import sentence_bounds, sentence_span, text_index, text_of, tokens_in
from .mentions import add_mention
from .windows import WindowedMatcher


def _sent(s: Span) -> Span:
    """`s.sent` (its first token's sentence), read from the text index (`text.sentence_span`:
    no Token, Spans and walk per call; speed #18)."""
    return sentence_span(s.doc, s.start) if len(s) else s.sent


for ext, default in (("dates", None), ("published", None)):
    if not Doc.has_extension(ext):
        Doc.set_extension(ext, default=default)

#: A half or a quarter of a year ("the first half of 2024"): its months, from the first to the last.
PART_YEAR = "date:part-year"
#: The months (first, last) of each half and quarter, by the ordinal that names it.
PART_MONTHS = {
    "half": {"first": (1, 6), "1st": (1, 6), "second": (7, 12), "2nd": (7, 12)},
    "quarter": {
        **dict.fromkeys(("first", "1st"), (1, 3)),
        **dict.fromkeys(("second", "2nd"), (4, 6)),
        **dict.fromkeys(("third", "3rd"), (7, 9)),
        **dict.fromkeys(("fourth", "4th", "final", "last"), (10, 12)),
    },
}
#: A season with its year ("spring 2009", "early summer 2019"): its months, or one of them.
SEASON_YEAR = "date:season-year"
#: Two years in a row coordinated ("in 2014 and 2015"): one date from the first to the last.
YEAR_PAIR = "date:year-pair"
ABSOLUTE = {
    "date:day-month-year",
    "date:month-day-year",
    "date:month-year",
    "date:day-range",
    "date:day-month-range",
    "date:month-day-range",
    "date:month-day-month-range",
    "date:month-range",
    "date:year-range",
    YEAR_PAIR,
    "date:month-day-slash-year",
    "date:decade",
    "date:year",
    PART_YEAR,
    SEASON_YEAR,
}
NUMERIC = {"date:iso", "date:numeric"}
#: Two numeric days, first and last ("24/05/2019 - 26/05/2019"): read in the same convention.
NUMERIC_RANGE = "date:numeric-range"
#: A numeric day with a two-digit year ("18/6/09"): a date only near a day the text writes in full.
NUMERIC_SHORT = "date:numeric-short"
#: How near (days) a written day must be for a two-digit year's numeric day to be read as a date.
SHORT_YEAR_DAYS = 31
#: The most words of a line of page furniture above a headline ("Accessibility links", "Breaking News").
SHORT_LINE_WORDS = 3
#: Expressions that can name one day: the only ones that can be a header date.
DAYS = NUMERIC | {"date:day-month-year", "date:month-day-year", "date:month-day-slash-year"}
RELATIVE = {
    "date:relative-day",
    "date:weekday",
    "date:weekday-range",
    "date:relative-period",
    "date:in-month",
    "date:relative-year",
    "date:ago",
}
#: Relative expressions told from the published day ("today", "yesterday", "this year", "last week").
ANCHORED = {"date:relative-day", "date:relative-period", "date:relative-year", "date:ago"}
_DAY = re.compile(r"^(?:from|between)?(\d{1,2})(?:st|nd|rd|th)?$", re.I)
_YEAR = re.compile(r"^(1[89]|2[01])\d\d$")
#: how many days after a day written with another year than the published one a day
#: without its year may lie and still be that day's restatement, in its year
RESTATED_DAYS = 14
#: a day with the dash of its range glued on one side ("3-", "-5")
_HALF_DASHED = re.compile(r"(\d{1,2}(?:st|nd|rd|th)?)([-–])|([-–])(\d{1,2}(?:st|nd|rd|th)?)", re.I)
_NUMERIC = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")
#: A year and its month, ISO-style ("2031-04").
_YEAR_MONTH = re.compile(r"((?:1[89]|2[01])\d\d)-(0[1-9]|1[0-2])")
#: A day glued to the word before it by the page ("Quito4" of "Lima-Quito4 March 2015:").
#: Class: a header bar's separator glued to the day after it ("… talks   |14 March 2021"): the row
#: starts at the day as well.
_GLUED_DAY = re.compile(r"^([A-Za-z]{2,}|[|])(?=\d{1,2}(?:st|nd|rd|th)?$)")
#: An ordinal day glued to its "of" by the page ("24thof" of "24thof May 2013").
_DAY_GLUED_OF = re.compile(r"(\d{1,2}(?:st|nd|rd|th))of", re.I)
#: A day glued before its month by the page ("5June" of "from 3 to 5June, 2018").
_DAY_GLUED_MONTH = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?([A-Za-z]{3,})$", re.I)


#: The word after a travel verb that gives its trip a direction ("heads to", "leaves for").
TRAVEL_DIRECTIONS = frozenset({"to", "for", "on", "back", "home", "onward", "onwards"})


def _line_break(words: list[str], spaces: list[bool], k: int) -> bool:
    """Token k is a space token holding a line break (the text index's words and `is_space`)."""
    return spaces[k] and "\n" in words[k]


def _numeric_text(s: Span) -> str:
    """A numeric day's text without its spaces ("12.02.2021" of "12. 02. 2021"); a day written
    with spaces only ("14 03 2023") gets full stops between its parts, day first."""
    parts = [t.text for t in s if not t.is_space]
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        return ".".join(parts)
    return s.text.replace(" ", "")


def date_start(s: Span) -> int:
    """Where a date span's text starts: after the word a page glued to its day, if any."""
    m = _GLUED_DAY.match(s[0].text)
    glued = m and m.group(1).lower() not in _MONTH_WORDS  # "March14" keeps its month
    return s.start_char + (m.end() if glued and (s.label_ in DAYS or s.label_ == "date:day-range") else 0)


@dataclass
class Calendar:
    """The words dates are written with, from the lexicon (months, weekdays, relative
    words): the pure resolvers below read them from here."""

    months: dict[str, int] = field(default_factory=dict)
    weekdays: dict[str, int] = field(default_factory=dict)
    relative_days: dict[str, int] = field(default_factory=dict)
    shifts: dict[str, int] = field(default_factory=dict)
    periods: dict[str, str] = field(default_factory=dict)
    range_words: frozenset[str] = frozenset()

    @classmethod
    def from_lexicon(cls, lexicon) -> Calendar:
        return cls(
            # the Spanish, Portuguese and French names only ever reach the resolver inside a day written
            # in full with its year ("5 de junio de 2019", "25 novembre 2007")
            months={
                t.rstrip("."): int(v)
                for k in ("month_iberian", "month_french", "month")
                for t, v in lexicon.mapping(k).items()
            },
            weekdays={t.rstrip("."): int(v) for t, v in lexicon.mapping("weekday").items()},
            relative_days={t: int(v) for t, v in lexicon.mapping("relative_day").items()},
            shifts={t: int(v) for t, v in lexicon.mapping("relative_shift").items()},
            periods=lexicon.mapping("period_noun"),
            range_words=frozenset(lexicon["range_word"]) | {"and"},
        )


def _english() -> Calendar:
    """Month names of the English calendar: the default of the pure resolvers."""
    months = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
    return Calendar(months=months | {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})


#: The English month words a page may glue a day to ("March14").
_MONTH_WORDS = set(_english().months) | {"sept"}


def _iso(y: int, m: int | None = None, d: int | None = None) -> str:
    return f"{y:04d}" + (f"-{m:02d}" if m else "") + (f"-{d:02d}" if d else "")


@dataclass
class _End:
    day: int | None = None
    month: int | None = None
    year: int | None = None
    days: list[int] = field(default_factory=list)
    short_year: int | None = None  # "16" in "2015-16"


def _ends(tokens: list[str], cal: Calendar) -> list[_End]:
    """The ends of an expression: split at range words, each with its day, month and year."""
    ends = [_End()]
    for i, tok in enumerate(tokens):
        low = tok.lower().rstrip(".")
        if low in cal.range_words or tok in ("-", "–", "—", "&"):
            ends.append(_End())
            continue
        # Class: two months joined by a slash ("June/July 2010"): the slash ends the first month;
        # a day's month before a slashed year ("14 March / 2019") stays one day.
        nxt = tokens[i + 1].lower().rstrip(".") if i + 1 < len(tokens) else ""
        if tok == "/" and ends[-1].month and not ends[-1].days and not ends[-1].year and nxt in cal.months:
            ends.append(_End())
            continue
        cur = ends[-1]
        if low in cal.months and not cur.month:
            cur.month = cal.months[low]
        elif _YEAR.match(tok):
            cur.year = int(tok)
        elif m := re.fullmatch(r"[a-z]+-((?:1[89]|2[01])\d\d)", low):  # "mid-2020"
            cur.year = int(m.group(1))
        elif m := re.fullmatch(r"((?:1[89]|2[01])\d\d)[-–]", tok):  # "2021- 2024": the dash glued left
            cur.year = int(m.group(1))
            ends.append(_End())
        elif m := re.fullmatch(r"[-–]((?:1[89]|2[01])\d\d)", tok):  # "2021 -2024": the dash glued right
            ends.append(_End(year=int(m.group(1))))
        elif m := re.fullmatch(r"((?:1[89]|2[01])\d\d)[-–/](\d{2}|\d{4})", tok):
            cur.year = int(m.group(1))
            ends.append(_End(short_year=int(m.group(2))) if len(m.group(2)) == 2 else _End(year=int(m.group(2))))
        elif m := re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?[-–](\d{1,2})(?:st|nd|rd|th)?", tok, re.I):
            cur.days.append(int(m.group(1)))
            ends.append(_End(days=[int(m.group(2))]))
        elif m := re.fullmatch(r"(\d{1,2})/(\d{4})", tok):
            cur.days.append(int(m.group(1)))
            cur.year = int(m.group(2))
        elif m := _DAY.match(tok):
            prev = ends[-2] if len(ends) > 1 else None
            if prev and prev.year and not prev.month and not prev.days and not cur.month and len(tok) == 2:
                cur.short_year = int(m.group(1))  # "2015-16"
            else:
                cur.days.append(int(m.group(1)))
        elif re.fullmatch(r"\d\d", tok):
            cur.short_year = int(tok)
    ends = [e for e in ends if e.days or e.month or e.year or e.short_year is not None]
    for e in ends:
        e.day = e.days[0] if e.days else None
    if len(ends) > 1 and ends[-1].days:
        ends[-1].day = ends[-1].days[-1]
    return ends


def _comma_year(doc, i: int) -> bool:
    """Whether a comma and a four-digit year stand at token i ("October, 2019"); "July, 15
    ministers" is no year."""
    return i + 1 < len(doc) and doc[i].text == "," and len(doc[i + 1].text) == 4 and doc[i + 1].text.isdigit()


def year_near(anchor: date, month: int, day: int = 1) -> int:
    """The year of a month and day written without one: the published date's year, unless
    that puts it most of a year away while the next or previous year puts it within two
    months ("on 15 January" in a release of 20 December is the coming January)."""
    try:
        same = date(anchor.year, month, min(day, 28))
    except ValueError:
        return anchor.year
    if (same - anchor).days > 300:
        return anchor.year - 1
    if (anchor - same).days > 300:
        return anchor.year + 1
    return anchor.year


def season_of_year(words: list[str], year: int, periods: dict[str, str]) -> tuple[str, str, str] | None:
    """(start, end, granularity) of a season with its year ("spring 2009": March to May of 2009;
    "winter 2019": December 2019 to February 2020), the months from the lexicon's `period_noun`;
    "early", "mid" and "late" narrow it to its first, middle or last month."""
    period = next((periods[w] for w in words if w in periods and "-" in periods[w]), None)
    if period is None:
        return None
    first, final = (int(x) for x in period.split("-"))
    months = [(year + (first + k - 1) // 12, (first + k - 1) % 12 + 1) for k in range(3)]
    part = {"early": 0, "mid": 1, "late": 2}.get(words[0])
    if part is not None:
        y, m = months[part]
        return _iso(y, m), _iso(y, m), "month"
    (y1, m1), (y2, m2) = months[0], months[(final - first) % 12]
    return _iso(y1, m1), _iso(y2, m2), "season"


def _default_year(default: int | date | None, month: int | None, day: int | None) -> int | None:
    if isinstance(default, date):
        return year_near(default, month or 1, day or 1)
    return default


def resolve_absolute(
    tokens: list[str],
    default_year: int | date | None,
    month_names: dict[str, int] | None = None,
    *,
    cal: Calendar | None = None,
) -> tuple[str, str, str] | None:
    """(start, end, granularity) from the tokens of an absolute expression, else None.
    `default_year` is the year of an expression written without one, or the published
    date to take it from (see `year_near`).

    Ends of a range lend each other what one leaves out: "from 3 to 5 June 2019"
    (month and year from the right), "from December 8 to 9" (month from the left),
    "28 December to 3 January 2020" (the left's year one earlier)."""
    if cal is None:
        cal = _english() if month_names is None else Calendar(months=month_names)
        cal.range_words = frozenset({"to", "until", "till", "through", "and"})
    text = "".join(tokens)
    if m := re.fullmatch(r"((?:1[89]|20)\d)0s", text):
        decade = int(m.group(1)) * 10
        return _iso(decade), _iso(decade + 9), "year"
    if (m := _YEAR_MONTH.fullmatch(text)) and int(m.group(2)) <= int(m.group(1)) % 100:
        # Class: a year and its month in ISO form ("2031-04"): no range of years, which cannot
        # end before it starts ("2031-32" stays the years 2031 to 2032)
        return (_iso(int(m.group(1)), int(m.group(2))),) * 2 + ("month",)
    ends = _ends(tokens, cal)
    if not ends:
        return None
    first, last = ends[0], ends[-1]
    if len(ends) > 1 and last.short_year is not None and first.year and not first.month:
        century = first.year // 100 * 100
        last.year = century + last.short_year + (100 if century + last.short_year < first.year else 0)
    for e in (first, last):
        e.short_year = None
    if first is not last:
        if last.day and not last.month:
            last.month = first.month
        if first.day and not first.month:
            first.month = last.month
        if not last.year and not first.year and (year := _default_year(default_year, first.month, first.day)):
            first.year = year
            wraps = (last.month or 0, last.day or 0) < (first.month or 0, first.day or 0)
            last.year = year + 1 if wraps else year
        if not last.year:
            last.year = first.year
        if not first.year and last.year:
            later = (first.month or 0, first.day or 0) > (last.month or 0, last.day or 0)
            first.year = last.year - 1 if later else last.year
    elif not first.year and (first.month and first.day):
        first.year = _default_year(default_year, first.month, first.day)
    if not first.year or not last.year:
        return None
    try:
        if first.day and last.day and first.month and last.month:
            start, end = date(first.year, first.month, first.day), date(last.year, last.month, last.day)
            gran = "day"
            s, e = start.isoformat(), end.isoformat()
        elif first.month and last.month and not first.day and not last.day:
            start, end = date(first.year, first.month, 1), date(last.year, last.month, 1)
            gran, s, e = "month", _iso(first.year, first.month), _iso(last.year, last.month)
        elif not any((first.month, last.month, first.day, last.day)):
            start, end = date(first.year, 1, 1), date(last.year, 1, 1)
            gran, s, e = "year", _iso(first.year), _iso(last.year)
        else:
            return None
    except ValueError:
        return None
    if end < start:
        return None
    return s, e, gran


def numeric_readings(text: str) -> list[date]:
    """The days a numeric date can name: one for ISO and for a part above 12, else two
    (day first, month first)."""
    # Year first: "2020-05-04", "2020-05-04T09:15:00Z", "2020/5/4".
    if m := re.match(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)", text):
        try:
            return [date(int(m.group(1)), int(m.group(2)), int(m.group(3)))]
        except ValueError:
            return []
    m = _NUMERIC.match(text)
    if not m:
        return []
    a, b, y = (int(g) for g in m.groups())
    out = []
    for day, month in ((a, b), (b, a)):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if d not in out:
            out.append(d)
    return out


def numeric_convention(numerics: list[str], references: list[date], weekdays: dict[str, int] | None = None) -> str:
    """'dmy' or 'mdy': how the document writes its numeric dates. A date that can only be
    read one way ("1/21/2026", or "Mon, 05/04/2020" where only 4 May is a Monday; `weekdays`
    maps a numeric date to the weekday written before it) decides; else the reading of
    the ambiguous ones nearest the document's dates written with month names; else day
    first."""
    votes = {"dmy": 0, "mdy": 0}
    for text in numerics:
        m = _NUMERIC.match(text)
        if not m:
            continue
        a, b = int(m.group(1)), int(m.group(2))
        if a > 12 >= b:
            votes["dmy"] += 1
        elif b > 12 >= a:
            votes["mdy"] += 1
        elif weekdays and text in weekdays and len(readings := numeric_readings(text)) == 2:
            fits = [r.weekday() == weekdays[text] for r in readings]
            if fits == [True, False]:
                votes["dmy"] += 1
            elif fits == [False, True]:
                votes["mdy"] += 1
    if votes["dmy"] != votes["mdy"]:
        return max(votes, key=votes.get)
    if references:
        for text in numerics:
            m = _NUMERIC.match(text)
            readings = numeric_readings(text)
            if not m or len(readings) != 2:
                continue
            dmy, mdy = readings
            gap = [min(abs((r - ref).days) for ref in references) for r in (dmy, mdy)]
            if gap[1] < gap[0]:
                return "mdy"
            if gap[0] < gap[1]:
                return "dmy"
    return "dmy"


def short_numeric_day(text: str, references: list[date], convention: str = "dmy") -> date | None:
    """The day a numeric date with a two-digit year names ("18/6/09"), read in the document's
    convention with the century that puts it within `SHORT_YEAR_DAYS` of a day the text
    writes in full; None where no such day is near (a reference number, a score)."""
    m = re.fullmatch(r"(\d{1,2})([/.])(\d{1,2})\2(\d{2})", text)
    if not m or not references:
        return None
    a, b, yy = int(m.group(1)), int(m.group(3)), int(m.group(4))
    # Class: dotted ("18.06.09"), the European form, day first whatever the slashed dates do
    day, month = (b, a) if convention == "mdy" and m.group(2) == "/" else (a, b)
    for century in {ref.year // 100 * 100 for ref in references}:
        try:
            found = date(century + yy, month, day)
        except ValueError:
            continue
        if any(abs((found - ref).days) <= SHORT_YEAR_DAYS for ref in references):
            return found
    return None


#: Class: a dotted numeric date ("1. 07. 2020", "01.07.2020") is the European form, day first,
#: whatever the document's slashed dates do (no month-first style writes dots).
_DOTTED = re.compile(r"\d{1,2}\.\s*\d{1,2}\.\s*\d{2,4}\.?")


def resolve_numeric(text: str, convention: str = "dmy") -> tuple[str, str, str] | None:
    if _DOTTED.fullmatch(text.strip()):
        convention = "dmy"
    readings = numeric_readings(text)
    if not readings:
        return None
    m = _NUMERIC.match(text)
    if len(readings) == 2 and convention == "mdy":
        pick = readings[1]
    elif len(readings) == 1 and m:
        pick = readings[0]
    else:
        pick = readings[0]
    return pick.isoformat(), pick.isoformat(), "day"


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    shifted = date(y, m, 1) + relativedelta(months=k)
    return shifted.year, shifted.month


def _ago(number: str, unit: str, anchor: date) -> tuple[str, str, str] | None:
    """Class: "two years ago", "3 months ago", "a day ago" (rule `date:ago`): the year, month or day
    that many back from `anchor`, at the unit's own granularity."""
    try:
        n = 1 if number in ("a", "one") else int(number) if number.isdigit() else text2num(number, "en")
    except ValueError:
        return None
    if not 0 < n < 200:
        return None
    if unit.startswith("year") and n >= 10 and n % 10 == 0:
        # a round figure of years ("fifty years ago", "20 years ago") is an approximation, as
        # "nearly fifty years ago" is (GOLD_FORMAT: optional): no year of its own
        return None
    if unit.startswith("year"):
        return _iso(anchor.year - n), _iso(anchor.year - n), "year"
    if unit.startswith("month"):
        y, m = _shift_month(anchor.year, anchor.month, -n)
        return _iso(y, m), _iso(y, m), "month"
    d = anchor - timedelta(days=n)
    return d.isoformat(), d.isoformat(), "day"


def resolve_relative(
    words: list[str],
    anchor: date | None,
    month_names: dict[str, int] | None = None,
    *,
    cal: Calendar | None = None,
    future: bool = False,
    since: bool = False,
    past: bool = False,
) -> tuple[str, str, str] | None:
    """Resolve 'today', 'earlier this month', 'next summer', 'in October', 'on Monday',
    'November 16 last year' against `anchor` (the published date), else None."""
    if cal is None:
        cal = _english() if month_names is None else Calendar(months=month_names)
        cal.relative_days = cal.relative_days or {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
        cal.shifts = cal.shifts or {"this": 0, "next": 1, "last": -1, "previous": -1, "coming": 1}
        cal.periods = cal.periods or {
            "year": "year",
            "month": "month",
            "week": "week",
            "spring": "3-5",
            "summer": "6-8",
            "autumn": "9-11",
            "fall": "9-11",
            "winter": "12-2",
        }
        if not cal.weekdays:
            cal.weekdays = {d.lower(): i for i, d in enumerate(calendar.day_name)}
    if anchor is None:
        return None
    low = [w.lower().rstrip(".") for w in words]
    if len(low) == 3 and low[-1] == "ago":
        return _ago(low[0], low[1], anchor)
    shift_word = next((w for w in low if w in cal.shifts), None)
    shift = cal.shifts[shift_word] if shift_word else None
    last = low[-1]
    if last in cal.relative_days:
        d = anchor + timedelta(days=cal.relative_days[last])
        return d.isoformat(), d.isoformat(), "day"
    month = next((cal.months[w] for w in low if w in cal.months), None)
    day = next((int(m.group(1)) for w in low if (m := _DAY.match(w))), None)
    days = [cal.weekdays[w] for w in low if w in cal.weekdays]
    if len(days) == 2 and shift is None:
        # "between Wednesday and Friday": the first day as a weekday alone, the last the
        # days after it up to the second weekday.
        weekday = next(w for w in words if w.lower().rstrip(".") in cal.weekdays)
        first = resolve_relative([weekday], anchor, cal=cal, future=future, since=since)
        if first is None:
            return None
        start = date.fromisoformat(first[0])
        end = start + timedelta(days=(days[1] - days[0]) % 7)
        return start.isoformat(), end.isoformat(), "day"
    if month is not None:
        if last == "year" and shift is not None:  # "November 16 last year", "March this year"
            y = anchor.year + shift
        elif shift is not None:  # "last December", "next March", "this October"
            y = anchor.year
            if shift < 0 and month >= anchor.month:
                y -= 1
            elif shift > 0 and month <= anchor.month:
                y += 1
        else:  # "in October": a date without its year takes the published date's
            y = year_near(anchor, month, day or 1)
            # Class: a month alone told in the past tense ("the accord, ratified in October", "In
            # November, the speaker said") after the published month has not come yet that year:
            # it is the last one, the year before ("ratified in October" on a page of March)
            if past and not day and y == anchor.year and month > anchor.month:
                y -= 1
        if day:
            try:
                d = date(y, month, day)
            except ValueError:
                return None
            return d.isoformat(), d.isoformat(), "day"
        return _iso(y, month), _iso(y, month), "month"
    if last in cal.weekdays:
        target = cal.weekdays[last]
        back = (anchor.weekday() - target) % 7
        ahead = (target - anchor.weekday()) % 7
        if shift == -1 or (shift is None and since):
            delta = -(back or 7) if shift == -1 else -back
        elif shift == 1:
            delta = ahead or 7
        elif shift == 0 and shift_word == "this":
            # Class: "this Monday" is the weekday of the published date's own week (Monday
            # first), whatever the tense: a release written before the day and put online
            # after it ("will travel this Monday" on a Tuesday's page) means the day before
            delta = target - anchor.weekday()
        else:
            delta = ahead if future else -back
        d = anchor + timedelta(days=delta)
        return d.isoformat(), d.isoformat(), "day"
    if shift is None or last not in cal.periods:
        return None
    period = cal.periods[last]
    if period == "day":
        # Class: a part of a day before the published one ("last evening", "last night") is the
        # day before; "this morning" is the day itself ("next morning" tells of a day the text
        # narrates, not of the published one: left on it as before)
        d = anchor - timedelta(days=1) if shift < 0 else anchor
        return d.isoformat(), d.isoformat(), "day"
    if period == "month":
        y, m = _shift_month(anchor.year, anchor.month, shift)
        return _iso(y, m), _iso(y, m), "month"
    if period == "year":
        return _iso(anchor.year + shift), _iso(anchor.year + shift), "year"
    if period == "week":
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=shift)
        return monday.isoformat(), (monday + timedelta(days=6)).isoformat(), "day"
    first, final = (int(x) for x in period.split("-"))
    y = anchor.year + shift
    y2 = y + 1 if final < first else y
    return _iso(y, first), _iso(y2, final), "season"


#: A closing signature: the source in brackets, then the date ("(Nordic Press Agency May 4, 2014)").
#: A clock time after a date, all that stands after it on its line (", 13:10", " 4:15 pm").
CLOCK_AFTER = re.compile(r"^[ \t]*(?:,?[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?[ \t]*)?$", re.I)
SIGNATURE_BEFORE = re.compile(r"^\s*\(\s*[A-Z][\w&.'’ -]{1,40}?,?\s*$")
SIGNATURE_AFTER = re.compile(r"^\s*\)\.?\s*$")


@Language.factory(
    "communique_dates",
    assigns=["doc._.dates", "doc._.published"],
    default_config={"header_chars": 1500, "crawl_stamp_days": 60, "borrow_days": 62},
)
class DateFinder:
    """Find, resolve and role-tag calendar expressions; decide the published date."""

    def __init__(self, nlp: Language, name: str, *, header_chars: int, crawl_stamp_days: int, borrow_days: int):
        self.name, self.header_chars, self.crawl_stamp_days = name, header_chars, crawl_stamp_days
        self.borrow_days = borrow_days
        self.matcher = WindowedMatcher(nlp.vocab, validate=True)
        self.cal = _english()
        self.header = HeaderReader((), {})
        self.future: set[str] = set()
        self.meeting_verbs: set[str] = set()
        self.travel_ahead: set[str] = set()
        self._meeting_ids = np.zeros(0, dtype=np.uint64)
        self.not_year_before: set[str] = set()
        self.prepositions: set[str] = set()
        self.determiners: set[str] = set()
        self.habit_words: set[str] = set()
        self.habit_gaps: set[str] = set()
        self.reciprocals: set[str] = set()
        self.duration_shifts: set[str] = set()
        self.possessive_occasions: set[str] = set()
        self.not_year_after: set[str] = set()

    def initialize(self, get_examples=None, *, nlp=None, patterns: list[dict] = (), lexicon):
        self.cal = Calendar.from_lexicon(lexicon)
        self.header = HeaderReader(
            lexicon["weekday"],
            lexicon.mapping("date_label"),
            lexicon["page_furniture"],
            lexicon["event_detail_label"],
            lexicon["caption_cue"],
            [
                t
                for k in ("kind_cue", "headline_kind_cue", "heading_kind_cue")
                for t, v in lexicon.mapping(k).items()
                if v == "speech"
            ],
            office_heads=[t for k in ("body_noun", "government_noun") for t in lexicon[k] if " " not in t],
        )
        self.future = set(lexicon["future_cue"])
        self.travel_ahead = set(lexicon["travel_verb_ahead"])
        # "they met on …", "the visit, scheduled from …": words only the dates read as a meeting's
        self.meeting_verbs = set(lexicon["meeting_verb"]) | set(lexicon["date_event_cue"])
        strings = self.matcher.vocab.strings
        self._meeting_ids = np.array(sorted(strings.add(w) for w in self.meeting_verbs), dtype=np.uint64)
        self.not_year_before = set(lexicon["not_year_before"])
        self.year_name_heads = set(lexicon["year_name_head"])
        self.year_event_ends = set(lexicon["year_event_name_end"])
        self.prepositions = set(lexicon["date_preposition"])
        self.determiners = set(lexicon["year_determiner"])
        self.habit_words = set(lexicon["habit_word"])
        self.habit_gaps = set(lexicon["habit_gap"])
        self.reciprocals = set(lexicon["habit_reciprocal"])
        self.duration_shifts = set(lexicon["duration_shift"])
        self.possessive_occasions = set(lexicon["date_possessive_occasion"])
        # A number before a noun of people or a measure counts something: "2000 participants".
        self.not_year_after = set(lexicon["not_year_after"]) | {t.split()[0] for t in lexicon["count_unit"]}
        self.matcher = WindowedMatcher(self.matcher.vocab, validate=True)
        for p in patterns:
            self.matcher.add(p["id"], [p["pattern"]], greedy="LONGEST")

    # -- finding ---------------------------------------------------------------------------

    def _is_year(self, doc: Doc, s: Span) -> bool:
        """A four-digit number standing alone is a year unless its neighbours make it a number."""
        prev = doc[s.start - 1] if s.start > 0 else None
        nxt = doc[s.end] if s.end < len(doc) else None
        if prev is not None and (prev.lower_ in self.not_year_before or prev.text in "+#№"):
            return False
        if nxt is not None and nxt.lower_ in self.not_year_after:
            return False
        # Digits beside digits are a phone number or a code ("351 2000").
        if (prev is not None and prev.is_digit) or (nxt is not None and nxt.is_digit):
            return False
        # Class: a phone number's last group, glued by a hyphen to a group of three digits (or four
        # opening with 0) that no day, month or year is ("(+233) 302-2015", "0800-2014").
        if (
            prev is not None
            and prev.text == "-"
            and not prev.whitespace_
            and s.start >= 2
            and not doc[s.start - 2].whitespace_
            and re.fullmatch(r"\d{3}|0\d{3}", doc[s.start - 2].text)
        ):
            return False
        # The year closing a date the reader cannot read: a day and a month of another language
        # ("22 juli 2013"), or a day and a dash ("Apr - 03 - 2024"): no bare year of its own.
        if prev is not None and s.start >= 2 and re.fullmatch(r"\d{1,2}", doc[s.start - 2].text):
            if prev.text in ("-", "–", "—", "/"):
                return False
            if prev.is_alpha and prev.is_lower and not prev.is_stop and prev.lower_ not in self.prepositions:
                return False
        # Class: a year inside a name, after a capitalised head word and at most one more capitalised
        # word ("Vision 2030", "Agenda 2063", "Expo 2020", "Vision Med 2030"): no date.
        for k in range(s.start - 1, max(-1, s.start - 3), -1):
            if not doc[k].is_title:
                break
            if doc[k].lower_ in self.year_name_heads:
                return False
        determined = prev is not None and prev.lower_ in self.determiners
        # A number before a plural noun counts it ("1900 young leaders"), unless a determiner
        # makes it the year of what follows ("the 2019 elections").
        # ("in 2019 elections were held": after a preposition of time it stays a year).
        timed = prev is not None and prev.lower_ in self.prepositions - {"from", "between"}
        if nxt is not None and not determined and not timed:
            noun = doc[s.end + 1] if nxt.tag_ in ("JJ", "CD") and s.end + 1 < len(doc) else nxt
            if noun.tag_ in ("NNS", "NNPS") and noun.is_lower:
                return False
        # "the 2018 High-Level Conference", "Thailand's 2019 ASEAN Chairmanship": part of a name.
        before_name = determined
        if before_name and nxt is not None and nxt.is_title and nxt.lower_ not in self.cal.months and not nxt.is_punct:
            # Class: the capitalised words qualify a common noun after them ("the 2016 Senate
            # election", "the 2015 Lima agreement"): the year of a common noun phrase, a date.
            k = s.end
            while k < len(doc) and k < s.end + 3 and doc[k].is_title:
                k += 1
            if doc[k - 1].lower_ in self.year_event_ends:
                # ... unless they end in an event's word ("the 2017 Youth Summit delegates", "the
                # 2019 Climate Week participants"): a named event, the year part of its name
                return False
            return k < len(doc) and doc[k].is_lower and doc[k].is_alpha and doc[k].tag_ in ("NN", "NNS")
        return True

    def _habitual(self, doc: Doc, start: int, most: int = 3) -> bool:
        """A weekday said of a habit: a frequency word (`habit_word`: "every", "each", "weekly")
        before it, only `habit_gap` words between ("every other Monday", "every week on
        Thursday", "weekly on Tuesday"), and the weekdays joined to such a one ("every Monday and
        Thursday"); "each delegation arrived on Monday" is a date, and so is "met each other on
        Monday" (`habit_reciprocal`: a habit word opening a reciprocal pronoun)."""
        if start >= 2 and doc[start - 1].lower_ in ("and", "or", ",") and doc[start - 2].lower_ in self.cal.weekdays:
            return self._habitual(doc, start - 2, most)
        for k in range(start - 1, max(-1, start - 1 - most), -1):
            low = doc[k].lower_
            if low in self.habit_words:
                # "met each other on Monday": a reciprocal pronoun, no habit (r7counts)
                return " ".join(t.lower_ for t in doc[k : k + 2]) not in self.reciprocals
            if low not in self.habit_gaps:
                return False
        return False

    def _spans(self, doc: Doc) -> list[Span]:
        found = []
        for mid, s, e in self.matcher(doc):
            span = Span(doc, s, e, label=mid)
            # Punctuation the optional parts let in at either end is not part of the date.
            # (and the line break a pattern anchors a header's date to: "\n3. 2. 2021")
            while len(span) > 1 and (span[0].is_punct or span[0].is_space):
                span = Span(doc, span.start + 1, span.end, label=mid)
            while len(span) > 1 and span[-1].is_punct and not (span[-1].text == ")" and "(" in span.text):
                span = Span(doc, span.start, span.end - 1, label=mid)
            if span[0].is_punct:
                continue
            found.append(span)
        # "may" is a month only written "May".
        found = [s for s in found if not any(t.text == "may" for t in s)]
        out = []
        for s in found:
            nxt = doc[s.end] if s.end < len(doc) else None
            prev = doc[s.start - 1] if s.start > 0 else None
            if s.label_ == "date:year" and not self._is_year(doc, s):
                continue
            # "prices fall 2019 percent": a season's year is a year as a bare one is
            if s.label_ == SEASON_YEAR and not self._is_year(doc, s[-1:]):
                continue
            # "in 2014 and 2016": two years not in a row are two dates, each found on its own
            if s.label_ == YEAR_PAIR and int(s[-1].text) != int(s[-3].text) + 1:
                continue
            # "in October 2019", "the month of October, 2019" is a month with its year, not "in
            # October" of the published year.
            if s.label_ == "date:in-month" and nxt is not None and (nxt.like_num or nxt.text[:1].isdigit()):
                continue
            # "mid-September of 2001": the month joined to its year by "of" is that year's month
            if (
                s.label_ == "date:in-month"
                and nxt is not None
                and nxt.lower_ == "of"
                and s.end + 1 < len(doc)
                and _YEAR.match(doc[s.end + 1].text)
            ):
                continue
            if s.label_ == "date:in-month" and _comma_year(doc, s.end):
                continue
            # "2024. gada 16. augustā": a number with a full stop before a lower-case word is
            # another language's ordinal, not an English year ending a sentence.
            if (
                s.label_ == "date:year"
                and nxt is not None
                and nxt.text == "."
                and s.end + 1 < len(doc)
                and doc[s.end + 1].is_lower
            ):
                continue
            # a day written with spaces only ("14 03 2023") is a stamp: its line holds it alone, or
            # with its clock time (silver 9 class 9)
            if s.label_ == "date:numeric" and all(t.text.isdigit() for t in s):
                text = text_of(doc)  # doc.text joins every token again
                line_end = text.find("\n", s.end_char)
                if not CLOCK_AFTER.match(text[s.end_char : None if line_end == -1 else line_end] or " "):
                    continue
            # "today's reality" means nowadays, not a day; "at yesterday's opening ceremony" dates an
            # occasion (`date_possessive_occasion` within three words: silver 9 class 5)
            if (
                s.label_ == "date:relative-day"
                and nxt is not None
                and nxt.lower_ in ("'s", "’s")
                and (
                    not any(t.lower_ in self.possessive_occasions for t in doc[s.end + 1 : s.end + 4])
                    # review (over-firing class): a capitalised day word after a word opens a
                    # name ("the Tomorrow's Leaders Forum", "a Today's Youth Summit"), no day
                    or (s[0].is_title and s.start > 0 and doc[s.start - 1].is_alpha)
                )
            ):
                continue
            # "over the last year", "in the next month": durations, not dates.
            if (
                s.label_ == "date:relative-period"
                and prev is not None
                and prev.lower_ == "the"
                and s[0].lower_ in self.duration_shifts
            ):
                continue
            # "this week-long workshop", "a year-long programme": a duration's adjective, no date.
            if (
                nxt is not None
                and nxt.text in ("-", "‑", "–")
                and not s[-1].whitespace_
                and not nxt.whitespace_
                and s.end + 1 < len(doc)
                and doc[s.end + 1].lower_ == "long"
            ):
                continue
            # "every Monday", "every other Monday", "weekly on Tuesday": habits, not dates.
            if s.label_ == "date:weekday" and self._habitual(doc, s.start):
                continue
            out.append(s)
        split = split_header_date(text_of(doc), self.cal.months, self.header_chars)
        if split is not None and (whole := doc.char_span(*split, alignment_mode="expand")) is not None:
            # class: a header date one field a line ("21" / "June" / "2006"): one day, not a stray year
            label = "date:day-month-year" if whole[0].like_num else "date:month-day-year"
            out = [s for s in out if s.end <= whole.start or s.start >= whole.end]
            out.append(Span(doc, whole.start, whole.end, label=label))
        spans = sorted(filter_spans(out), key=lambda s: s.start)
        # "today, Monday 8th November": the explicit date says which day; one expression.
        keep = []
        for i, s in enumerate(spans):
            if s.label_ == "date:relative-day" and i + 1 < len(spans):
                between = doc[s.end : spans[i + 1].start]
                if all(t.is_punct or t.is_space for t in between) and len(between) <= 2:
                    if spans[i + 1].label_ in ABSOLUTE and any(t.like_num for t in spans[i + 1]):
                        continue
            keep.append(s)
        return keep

    # -- the published date ------------------------------------------------------------------

    @staticmethod
    def _bare_place_dateline(doc: Doc, s: Span, before: str, after: str, most: int = 3) -> bool:
        """Class: a dateline with no comma between its place and its date, "Brussels 20.12.2020
        “The …": the date's line opens with one to `most` capitalised words that name a place (a
        capital or a country of the gazetteer, or the tagger's GPE), nothing else before the date,
        and the body follows it (`BARE_PLACE_AFTER`). "On 4 May 2020 Ministers met …" opens with no
        place."""
        words = before.split()
        if not words or len(words) > most or not BARE_PLACE_AFTER.match(after):
            return False
        first = date_start(s) - len(before)
        place = [t for t in doc[max(0, s.start - 2 * most) : s.start] if t.idx >= first and not t.is_space]
        gazetteer = bool(place) and place[0].has_extension("country_role")
        return len(place) == len(words) and all(
            t.text[:1].isupper() and (t.ent_type_ == "GPE" or (gazetteer and t._.country_role in ("capital", "name")))
            for t in place
        )

    def _header_dates(
        self, doc: Doc, spans: list[Span], convention: str, shapes: dict[int, str]
    ) -> list[tuple[Span | None, HeaderDate]]:
        """The dates at the top of the page that may be the document's, each with its shape;
        `shapes` gets the shape of every header span (a dateline without a year included)."""
        text = text_of(doc)
        out: list[tuple[Span | None, HeaderDate]] = []
        crawled = crawler_date(text)
        header_year = int(crawled[2][:4]) if crawled else None
        for s in spans:
            if s.label_ not in DAYS:
                continue
            if under_a_post_credit(text, date_start(s)):
                continue  # "— Ana Ruiz (@AnaRuizMFA) / May 3, 2024": an embedded post's date
            if date_start(s) >= self.header_chars:
                # Further down, only a publication label dates the page ("Publicado: 29/9/2022"
                # in a footer), when the header gives no date of the page's own; and a date on a
                # line of its own at the page's foot, nothing but a few words of furniture after it.
                before, after = segment(text, date_start(s), s.end_char)
                late = "label:late" if self._labelled_published(text, date_start(s), before) else None
                if late is None and self._at_the_foot(text, s.end_char, before, after):
                    late = "footer"
                if late:
                    res = self._resolve_absolute(s, None, convention)
                    if res and res[2] == "day" and res[0] == res[1]:
                        shapes[id(s)] = late
                        out.append((s, HeaderDate(date_start(s), s.end_char, res[0], late)))
                continue
            if self.header.in_caption(text, date_start(s)):
                continue  # "A file picture taken on May 4, 2012 shows …": the picture's date
            if crawled and date_start(s) == crawled[0]:
                shapes[id(s)] = "crawler"
                out.append((s, HeaderDate(date_start(s), s.end_char, crawled[2], "crawler")))
                continue
            before, after = segment(text, date_start(s), s.end_char)
            shape = self.header.shape(before, after)
            if shape == "label:date":
                # class: a bare "Date:" field dates the page, unless an event's details stand around it
                shape = "label:event" if self.header.in_event_box(text, date_start(s)) else "label:published"
            if shape is None and self._bare_place_dateline(doc, s, before, after):
                shape = "dateline"
            if shape is None and self._ends_the_headline(text, date_start(s), before, after):
                shape = "title"
            if shape is None:
                continue
            if shape == "standalone" and self.header.in_event_box(text, date_start(s)):
                shape = "label:event"
            if shape == "standalone" and under_a_weather_reading(text, date_start(s)):
                continue  # "17.4 C" above "Thursday, October 9, 2031": the top bar's day of viewing
            shapes[id(s)] = shape
            res = self._resolve_absolute(s, None, convention)
            if res is None and shape == "dateline":
                # "MINSK, 9 October (BelTA)": the year from the header or the headline.
                res = self._resolve_absolute(s, header_year or self._headline_year(text, date_start(s)), convention)
            if res and res[2] == "day" and res[0] == res[1]:
                out.append((s, HeaderDate(date_start(s), s.end_char, res[0], shape)))
        if crawled and not any(h.shape == "crawler" for _, h in out):
            out.append((None, HeaderDate(crawled[0], crawled[1], crawled[2], "crawler")))
        # "Regional Energy Ministers Meeting / Apia, Samoa / 9 March 2021" under a page's own
        # "15 March 2021": a date right below a line holding only a place is the meeting's
        # (a speech's venue block), where another header line dates the page
        lone = [(s, h) for s, h in out if h.shape == "standalone"]
        venue = [(s, h) for s, h in lone if s is not None and self._below_a_place(doc, text, h.start)]
        if venue and len({h.iso for _, h in lone}) > 1 and len(venue) < len(lone):
            moved = {id(s) for s, _ in venue}
            for key in moved:
                shapes[key] = "label:event"
            out = [(s, replace(h, shape="label:event") if id(s) in moved else h) for s, h in out]
        return out

    def _labelled_published(self, text: str, start: int, before: str) -> bool:
        """A publication label before the date at `start` ("Published: …"), or a bare "Date:"
        field outside an event's details box."""
        label = self.header.label(before)
        return label == "published" or (label == "date" and not self.header.in_event_box(text, start))

    @staticmethod
    def _below_a_place(doc: Doc, text: str, start: int) -> bool:
        """The line above the one at `start` holds only places ("Suva, Fiji"): a GPE or LOC
        entity, commas between."""
        line_start = text.rfind("\n", 0, start) + 1
        if text[line_start:start].strip():
            return False
        above_end = line_start - 1
        while above_end > 0 and text[above_end - 1] in " \t\n":
            above_end -= 1
        above_start = text.rfind("\n", 0, above_end) + 1
        above = doc.char_span(above_start, above_end, alignment_mode="expand")
        if above is None or not above.text.strip():
            return False
        words = [t for t in above if not t.is_space]
        if all(t.ent_type_ in ("GPE", "LOC") or t.text == "," for t in words):
            return True
        # "Apia, Samoa": a place as datelines write it, a comma, then a country the gazetteer knows
        m = PLACE_LINE.match(above.text) if len(words) <= 6 else None
        if m is None:
            return False
        tail = [t for t in above if t.idx >= above.start_char + m.start("country") and not t.is_space]
        return bool(tail) and all(t._.country and t._.country_role != "demonym" for t in tail)

    def _ends_the_headline(self, text: str, start: int, before: str, after: str) -> bool:
        """A date closing the page's first line, its title ("Final Communique of the Nordic
        Summit May 4 2014"): nothing after it but its place, no sentence break and no
        preposition before it ("… to meet on 4 May 2014" names the meeting's day). Class: the
        headline under a few short lines of page furniture ("Accessibility links" / "Breaking
        News" / "Envoys Close Round of Water Talks … - 2011-03-09"): lines of `SHORT_LINE_WORDS` words or
        fewer above it leave it the page's first line."""
        above = text[: text.rfind("\n", 0, start) + 1]
        if any(len(line.split()) > SHORT_LINE_WORDS for line in above.splitlines()):
            return False
        words = before.split()
        if not words or words[-1].lower() in self.prepositions | {"on", "of", "and", "the"}:
            return False
        return bool(TITLE_AFTER.match(after)) and not re.search(r"[a-z]{2}[.!?]\s", before)

    @staticmethod
    def _at_the_foot(text: str, end: int, before: str, after: str, most: int = 200) -> bool:
        """A date alone on its line, or in a closing signature that names its source
        ("(Nordic Press Agency May 4, 2014)"), with at most `most` characters of text after
        its line."""
        # class: a foot's date stamp with its clock time ("14 03 2023, 13:10"; silver 9 class 9)
        after = CLOCK_AFTER.sub("", after)
        if (before.strip() or after.strip()) and not (SIGNATURE_BEFORE.match(before) and SIGNATURE_AFTER.match(after)):
            return False
        line_end = text.find("\n", end)
        return line_end == -1 or len(text[line_end:].strip()) <= most

    @staticmethod
    def _headline_year(text: str, before: int) -> int | None:
        years = set(re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text[:before]))
        return int(years.pop()) if len(years) == 1 else None

    def _heading_date(self, text: str, spans: list[Span], convention: str) -> date | None:
        """The month (or day) the page's heading line names ("Visit to Fiji, February 2014"):
        the date with its year on the first line, a short line that is no sentence; its first
        day for a month."""
        first = text.lstrip()
        if "\n" not in first:
            return None
        line = first[: first.find("\n")]
        # a heading: a short line that is no sentence
        if len(line.split()) > 20 or re.search(r"[a-z]{2}[.!?](?:\s|$)", line):
            return None
        line_end = len(text) - len(first) + len(line)
        for s in spans:
            if s.start_char >= line_end:
                break
            if s.label_ not in ("date:month-year", *DAYS):
                continue
            res = self._resolve_absolute(s, None, convention)
            if res and res[0] == res[1] and res[2] in ("day", "month"):
                return date.fromisoformat(res[0] if res[2] == "day" else f"{res[0]}-01")
        return None

    def _borrowed_year(self, s: Span, earlier: list[date], heading: date | None, convention: str):
        """A date without its year in a document without a published date: the year of the last
        day written with one before it, where that puts it on that day or at most `borrow_days`
        after it ("on 3 May 2015 … on 5 May"; not "the summit held on 23 July 2018 … on 5
        July"); where it does not, the year of an earlier such day that does (the days of a
        range "from 2 to 5 May 2015" restated after a later "Sunday, May7, 2015"); else the
        year of the month or day the page's heading names ("Visit to Fiji, February 2014"
        over "Saturday 15 February"); else None."""
        for ref in reversed(earlier):
            res = self._resolve_absolute(s, ref, convention)
            if res and res[2] in ("day", "month"):
                # a story goes forward: the date lies on or after the one it borrows from
                start, base = (
                    (date.fromisoformat(res[0]), ref)
                    if res[2] == "day"
                    else (
                        date.fromisoformat(f"{res[0]}-01"),
                        ref.replace(day=1),
                    )
                )
                if 0 <= (start - base).days <= self.borrow_days:
                    return res
        return self._resolve_absolute(s, heading, convention) if heading is not None else None

    def _restated_day(
        self, s: Span, earlier: list[tuple[date, int, int]], year_end: int, published: int, convention: str
    ):
        """A day without its year right after a day written with a year other than the
        published one ("held from 5 to 9 May 2003, not from 5 to 8 May as planned" on a page
        published in 2007): the written year where that puts the day on the dated day or at
        most `RESTATED_DAYS` after it; else None (the published year stands). "Right after":
        in the dated day's sentence or the next one, with no other year written in between
        (`year_end`: the end of the last expression written with a year other than the dated
        day's; the dated day's own year written again ("the 2003 plan") does not block; "… on 5 May 2003.
        The 2019 session opens on 12 May" keeps the published year); a day restated so links
        the chain on to the sentence after its own. `earlier`: the dated (and restated) days so
        far, each with the dated day, the start of its sentence and its end, latest last."""
        if any(_YEAR.match(t.text) for t in s):
            return None
        for ref, sent_start, end in reversed(earlier):
            if end < year_end or not self._same_or_next_sentence(s, sent_start, end):
                return None
            if ref.year == published:
                continue
            res = self._resolve_absolute(s, ref, convention)
            if res and res[2] == "day" and 0 <= (date.fromisoformat(res[0]) - ref).days <= RESTATED_DAYS:
                return res
        return None

    @staticmethod
    def _same_or_next_sentence(s: Span, sent_start: int, end: int) -> bool:
        """Whether `s` lies in the sentence that starts at `sent_start` (and holds the token
        before `end`) or in the one right after it; without sentences, within 40 tokens."""
        doc = s.doc
        if not doc.has_annotation("SENT_START"):
            return s.start - end <= 40
        here = _sent(s).start
        if here == sent_start:
            return True
        after = sentence_bounds(doc, end - 1)[1]
        return here >= after and all(t.is_space for t in doc[after:here])

    def _dated_days(self, spans: list[Span], convention: str) -> list[date]:
        """The first days of the text's expressions written with their year ("from 2 to 4
        June 2019", "5 May 2019")."""
        out = []
        for s in spans:
            if s.label_ in ABSOLUTE and s.label_ not in ("date:year", "date:year-range", "date:decade"):
                if any(_YEAR.match(t.text) for t in s):
                    res = self._resolve_absolute(s, None, convention)
                    if res and res[2] == "day":
                        out.append(date.fromisoformat(res[0]))
        return out

    def _year_of_a_later_day(self, s: Span, dated: list[date], convention: str):
        """A day without its year, in a past-tense sentence of a text without a published
        date, that lies at most `borrow_days` before a day the text writes with its year
        takes that year ("officials met on 7 May, ahead of the summit of 2-4 June 2019";
        "the letter of 28 June", the meeting of 12-16 August 2013 told earlier). Not a
        sentence about the future ("leaders meet again on 5 July": the next year's)."""
        sent = _sent(s) if s.doc.has_annotation("SENT_START") else s
        words = s.doc[sent.start : sent.end]
        if not any(t.tag_ == "VBD" for t in words) or any(t.lower_ in self.future for t in words):
            return None
        best = None
        by_year: dict[int, tuple | None] = {}  # the span resolved once per year, not per dated day
        for ref in dated:
            if ref.year not in by_year:
                by_year[ref.year] = self._resolve_absolute(s, ref, convention)
            res = by_year[ref.year]
            if res is None or res[2] != "day":
                continue
            gap = (ref - date.fromisoformat(res[0])).days
            if 0 <= gap <= self.borrow_days and (best is None or gap < best[0]):
                best = (gap, res)
        return best[1] if best else None

    # -- resolving ---------------------------------------------------------------------------

    def _resolve_absolute(self, s: Span, default_year: int | date | None, convention: str):
        if s.label_ == PART_YEAR:
            first, last = PART_MONTHS[s[1].lower_][s[0].lower_]
            year = int(s[-1].text)
            return _iso(year, first), _iso(year, last), "month"
        if s.label_ == SEASON_YEAR:
            return season_of_year([t.lower_ for t in s], int(s[-1].text), self.cal.periods)
        if s.label_ in NUMERIC:
            return resolve_numeric(_numeric_text(s), convention)
        if s.label_ == NUMERIC_RANGE:
            first, last = (resolve_numeric(t.text, convention) for t in (s[0], s[-1]))
            return (first[0], last[1], "day") if first and last and first[0] <= last[1] else None
        words = [t.text for t in s]
        if (m := _GLUED_DAY.match(words[0])) and m.group(1).lower() not in self.cal.months:
            words[0] = words[0][m.end() :]
        tokens = []
        for w in words:
            if (m := _GLUED_DAY.match(w)) and m.group(1).lower() in self.cal.months:  # "March14": month and day
                tokens.extend((m.group(1), w[m.end() :]))
                continue
            if (m := _DAY_GLUED_MONTH.match(w)) and m.group(2).lower() in self.cal.months:  # "5June": day, month
                tokens.extend(m.groups())
                continue
            if m := _DAY_GLUED_OF.fullmatch(w):  # "24thof": an ordinal day glued to its "of"
                tokens.append(m.group(1))
                continue
            if m := _HALF_DASHED.fullmatch(w):  # "3-", "-5": a range's dash glued to one of its days
                tokens.extend(t for t in m.groups() if t)
                continue
            low = w.lower().rstrip(".")
            if not low.strip():  # the line breaks inside a header date written one field a line
                continue
            if low in self.cal.weekdays or low == "of" or low in ("from", "between", "the") or w in (",", "."):
                continue
            tokens.append(w)
        return resolve_absolute(tokens, default_year, cal=self.cal)

    def _ahead(self, tok) -> bool:
        """A meeting verb (`meeting_verb`) in the present ("the workshop opens in Accra on Tuesday")
        or an infinitive after "to" ("Minister to open forum on Tuesday", adverbs between), the
        way previews and headlines announce what is coming: a future cue for a weekday.
        Class: a travel verb in the present (`travel_verb_ahead`: "the minister heads to Riga on
        Monday", "travels on to Oslo on Friday") announces the next leg of a trip, as does its
        infinitive after "to"."""
        if tok.lower_ in self.travel_ahead:
            # "heads to", "leaves for", "travels on to": a trip's direction after it ("heads the
            # delegation" is no travel)
            nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            if nxt is None or nxt.lower_ not in TRAVEL_DIRECTIONS:
                return False
        elif tok.lower_ not in self.meeting_verbs:
            return False
        if tok.tag_ in ("VBZ", "VBP"):
            return True
        if tok.tag_ != "VB":
            return False
        k = tok.i - 1
        while k >= 0 and tok.doc[k].tag_ == "RB":
            k -= 1
        return k >= 0 and tok.doc[k].lower_ == "to"

    @staticmethod
    def _dateline_day(s: Span, header: list) -> date | None:
        """Rule `date:dateline-weekday`: a weekday in the sentence a dateline opens ("CITY, Sept. 13 -
        … to be held on Sunday") counts from the dateline's day, not from a later publication."""
        if s.label_ != "date:weekday" or not s.doc.has_annotation("SENT_START"):
            return None
        sent = _sent(s)
        for _span, h in header:
            if h.shape == "dateline" and sent.start_char <= h.start < s.start_char:
                return date.fromisoformat(h.iso)
        return None

    @staticmethod
    def _past(tok) -> bool:
        """A verb in the past: a past tense, or a participle with no auxiliary before it, as a
        tagger reads a headline-style past ("the ministry held Wednesday a seminar": "held" as
        VBN), where "will be held" or "has held" keep to their auxiliaries."""
        if tok.tag_ == "VBD":
            return True
        if tok.tag_ != "VBN" or tok.i == 0:
            return False
        prev = tok.doc[tok.i - 1]
        return not (prev.tag_.startswith("VB") or prev.tag_ in ("MD", "RB"))

    def _tense(self, s: Span) -> tuple[bool, bool]:
        """(future, since) of the sentence around a weekday."""
        return self._tense_of(s)[:2]

    def _tense_of(self, s: Span) -> tuple[bool, bool, bool]:
        """(future, since, past) of the sentence around a relative expression: `past` where the
        verb that decides is a past one ("ratified in October", "In October, the envoy said")."""
        sent = _sent(s) if s.doc.has_annotation("SENT_START") else s
        # The nearest verb of time decides, before the weekday first: "said on
        # Monday that the summit would begin" is a past Tuesday, "will open on Thursday, the
        # ministry said" a future Thursday.
        # Class: a sentence the parser ran on across a line break (a caption or a heading
        # without its full stop above the paragraph): a verb of the weekday's own line decides
        # first; another line's verbs only where its own line has none (a headline without a
        # verb, "The envoy in Riga on Monday", takes the tense of the lead below it).
        # The lines are found in the text index's words and a Token made only for each word
        # looked at until the cue (speed #18: not for every token of the sentence).
        doc = s.doc
        words, spaces = (index := text_index(doc)).words, index.is_space
        first = s.start  # the first token of the weekday's line
        while first > sent.start and not _line_break(words, spaces, first - 1):
            first -= 1
        last = s.end  # the token that ends the weekday's line (a line break), or the sentence's end
        while last < sent.end and not _line_break(words, spaces, last):
            last += 1
        future = past = False
        for ks in (
            range(s.start - 1, first - 1, -1),
            range(s.end, last),
            range(first - 1, sent.start - 1, -1),
            range(last, sent.end),
        ):
            cue = next(
                (t for t in map(doc.__getitem__, ks) if t.lower_ in self.future or self._past(t) or self._ahead(t)),
                None,
            )
            if cue is not None:
                future = cue.lower_ in self.future or self._ahead(cue)
                past = not future
                break
        prev = s.doc[s.start - 1] if s.start > 0 else None
        # "since Monday" looks back, "until Wednesday" ahead, whatever the verbs say.
        if prev is not None and prev.lower_ in ("until", "till"):
            future, past = True, False
        return future, prev is not None and prev.lower_ == "since", past

    def __call__(self, doc: Doc) -> Doc:
        spans = self._spans(doc)
        numerics = [_numeric_text(s) for s in spans if s.label_ == "date:numeric"]
        numerics += [t.text for s in spans if s.label_ == NUMERIC_RANGE for t in (s[0], s[-1])]
        weekdays = {}
        for s in spans:
            # "Tue, 05/05/2020": the weekday written before a numeric date.
            before = [t for t in doc[max(0, s.start - 3) : s.start] if not t.is_punct]
            if s.label_ == "date:numeric" and before and before[-1].lower_.rstrip(".") in self.cal.weekdays:
                weekdays[_numeric_text(s)] = self.cal.weekdays[before[-1].lower_.rstrip(".")]
        references, captioned = [], []
        text = text_of(doc)
        for s in spans:
            if s.label_ in ABSOLUTE and s.label_ != "date:year":
                res = self._resolve_absolute(s, None, "dmy")
                if res and res[2] == "day":
                    references.append(date.fromisoformat(res[0]))
                    captioned.append(self.header.in_caption(text, date_start(s)))
        convention = numeric_convention(numerics, references, weekdays)
        short_days = {}
        # a numeric day with its full year ("21.06.2009") is a day the text writes in full as well
        full_days = (
            references
            + [
                date.fromisoformat(r[0])
                for s in spans
                if s.label_ in NUMERIC and (r := resolve_numeric(_numeric_text(s), convention))
            ]
            if any(s.label_ == NUMERIC_SHORT for s in spans)
            else references
        )
        for s in spans:
            if s.label_ == NUMERIC_SHORT and (day := short_numeric_day(s.text, full_days, convention)):
                short_days[(s.start, s.end)] = (day.isoformat(), day.isoformat(), "day")
        spans = [s for s in spans if s.label_ != NUMERIC_SHORT or (s.start, s.end) in short_days]
        shapes: dict[int, str] = {}
        header = self._header_dates(doc, spans, convention, shapes)
        # A photo caption's date ("A file picture taken on May 4, 2012 shows …") is the picture's: it
        # does not make a crawler's stamp look later than the text.
        text_dates = [d for d, c in zip(references, captioned) if not c]
        # a numeric range's days date the text as much as written ones do
        for s in spans:
            if s.label_ == NUMERIC_RANGE and (res := self._resolve_absolute(s, None, convention)):
                text_dates.append(date.fromisoformat(res[0]))
        chosen = choose_published([h for _, h in header], self.crawl_stamp_days, text_dates)
        doc._.published = chosen.iso if chosen else None
        anchor = date.fromisoformat(doc._.published) if doc._.published else None
        restating = {
            id(s) for s, h in header if s is not None and chosen and h.iso == chosen.iso and h.shape != "label:updated"
        }
        rows = []
        meeting = tokens_in(doc, LOWER, self._meeting_ids) if spans else []
        heading = self._heading_date(text, spans, convention) if anchor is None else None
        dated = self._dated_days(spans, convention) if anchor is None else []
        earlier: list[date] = []  # the days written with their year so far, for a date without one
        # the same days with the start of their sentence and their end, and the end of the last
        # expression written with a year, for a day restated right after one (`_restated_day`)
        restated_from: list[tuple[date, int, int]] = []
        year_end = -1
        has_sents = doc.has_annotation("SENT_START")
        for s in spans:
            if shapes.get(id(s)) == "crawler" and id(s) not in restating:
                # class: a crawler's stamp that is not the page's date (the page shows its own)
                # is furniture, no date of the text (silver 8 class 6)
                continue
            if s.label_ in RELATIVE:
                future, since, past = self._tense_of(s)
                res = resolve_relative(
                    [t.text for t in s],
                    self._dateline_day(s, header) or anchor,
                    cal=self.cal,
                    future=future,
                    since=since,
                    past=past,
                )
            elif s.label_ == NUMERIC_SHORT:
                res = short_days[(s.start, s.end)]
            else:
                res = self._resolve_absolute(s, anchor, convention)
                if (
                    res
                    and anchor is not None
                    and restated_from
                    and restated_from[-1][0].year != anchor.year
                    # class: the published day itself, written without its year ("in the city where the
                    # charter was signed on 4 May, 1948 … the leaders meet today, May 5" on a page of 5 May
                    # 2016): the page's own day, no restatement of the historical one (silver 9 class 5)
                    and res[:2] != (anchor.isoformat(), anchor.isoformat())
                ):
                    restated = self._restated_day(s, restated_from, year_end, anchor.year, convention)
                    if restated:
                        # a restated day carries the chain on to the next sentence ("… until 1 April
                        # and on 2 April. … the day of 29 March")
                        res = restated
                        ref = restated_from[-1][0]
                        restated_from.append((ref, _sent(s).start if has_sents else s.start, s.end))
                if res is None and anchor is None and s.label_ in ABSOLUTE:
                    res = self._borrowed_year(s, earlier, heading, convention)
                    if res is None and dated:
                        res = self._year_of_a_later_day(s, dated, convention)
                elif (
                    res
                    and res[2] == "day"
                    and (s.label_ in NUMERIC or s.label_ == NUMERIC_RANGE or any(_YEAR.match(t.text) for t in s))
                ):
                    # a range's first day: its days may be restated later without the year
                    earlier.append(date.fromisoformat(res[0]))
                    if anchor is not None:
                        restated_from.append((earlier[-1], _sent(s).start if has_sents else s.start, s.end))
            if s.label_ in ANCHORED and res:
                # class: a day or period told from the page's own day ("yesterday", "this year") after a
                # historical date brings the story back to the published year: a yearless day after it
                # is no restatement of the historical day ("signed on 4 May 1948, re-enacted yesterday
                # … on 6 May"; silver 9 class 5)
                year_end = s.end
            # only another year blocks a restatement: "… 3 to 7 May 2003 … The 2003 plan was
            # agreed on 6 May" still restates the dated day's own year
            if restated_from and any(_YEAR.match(t.text) and int(t.text) != restated_from[-1][0].year for t in s):
                year_end = s.end
            start, end, gran = res if res else ("", "", "")
            # A dateline without its year restates the published date it resolves to
            # ("Lima, Sep. 29." under "Publicado: 29/9/2022").
            dateline = shapes.get(id(s)) == "dateline" and start == end == doc._.published
            role = "published" if id(s) in restating or dateline else self._role(s, meeting)
            rows.append(
                {
                    "start": date_start(s),
                    "end": s.end_char,
                    "text": text[date_start(s) : s.end_char],
                    "date_start": start,
                    "date_end": end,
                    "granularity": gran,
                    "role": role,
                    "source": s.label_,
                    # the shape of the header line holding it (pipeline.datelines), or ""
                    "header": shapes.get(id(s), ""),
                }
            )
            add_mention(
                doc,
                "DATE",
                date_start(s),
                s.end_char,
                source=s.label_,
                normalized=start if start == end else f"{start}/{end}",
            )
        doc._.dates = rows
        return doc

    def _role(self, span: Span, meeting: list[int] | None = None) -> str:
        """'event' when the sentence says a meeting happens (hosted, held, opened …);
        `meeting`: the document's tokens that are meeting verbs, when known."""
        doc = span.doc
        index = text_index(doc)
        a, b = index.sentence_tokens(span.start) if index.has_sents else (span.start, span.end)
        if meeting is None:
            meeting = tokens_in(doc, LOWER, self._meeting_ids)
        k = bisect_left(meeting, a)
        return "event" if k < len(meeting) and meeting[k] < b else "other"
