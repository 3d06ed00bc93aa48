"""Calendar expressions: found by Matcher patterns (models/patterns/dates.jsonl),
resolved to ISO start/end at their own granularity, relative ones anchored on the
document's published date (never on the machine's clock).

The published date is decided here too, since it is a date and anchors the rest: a
date standing alone on a line near the top, or the date of a wire-service dateline.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from dateutil import parser as dateutil_parser
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..text import text_of
from .mentions import add_mention

#: Month names of the English calendar: the default of the pure resolvers below. The
#: component itself reads the lexicon's `month` kind, so a tuner adds spellings there.
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS |= {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
#: Verb forms that say a meeting happens; written out so that no lemmatizer is needed.
EVENT_VERBS = {
    f
    for base, forms in {
        "host": "hosts hosted hosting",
        "hold": "holds held holding",
        "take": "takes took taken taking",
        "attend": "attends attended attending",
        "open": "opens opened opening",
        "gather": "gathers gathered gathering",
        "convene": "convenes convened convening",
        "organize": "organizes organized organizing",
        "organise": "organises organised organising",
        "start": "starts started starting",
        "begin": "begins began begun beginning",
    }.items()
    for f in [base, *forms.split()]
}
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}

for ext, default in (("dates", None), ("published", None)):
    if not Doc.has_extension(ext):
        Doc.set_extension(ext, default=default)


def _iso(y: int, m: int | None = None, d: int | None = None) -> str:
    return f"{y:04d}" + (f"-{m:02d}" if m else "") + (f"-{d:02d}" if d else "")


def resolve_absolute(
    tokens: list[str], default_year: int | None, month_names: dict[str, int] | None = None
) -> tuple[str, str, str] | None:
    """(start, end, granularity) from the tokens of an absolute expression, else None."""
    month_of = MONTHS if month_names is None else month_names
    text = "".join(tokens)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4}", text):
        try:
            # dd.mm.yyyy and dd/mm/yyyy are read day first, as European and UN documents write them.
            d = dateutil_parser.parse(text, dayfirst="-" not in text, yearfirst="-" in text).date()
        except (ValueError, OverflowError):
            return None
        return d.isoformat(), d.isoformat(), "day"
    days, months, years = [], [], []
    for tok in tokens:
        low = tok.lower().rstrip(".")
        if low in month_of:
            months.append(month_of[low])
        elif re.fullmatch(r"\d{4}", tok):
            years.append(int(tok))
        elif re.fullmatch(r"\d{1,2}(st|nd|rd|th)?", tok):
            days.append(int(re.match(r"\d+", tok).group()))
    year = years[-1] if years else default_year
    if year is not None and years and not months and not days:
        return _iso(year), _iso(year), "year"
    if year is None or not months:
        return None
    try:
        if not days:
            return _iso(year, months[0]), _iso(year, months[-1]), "month"
        m1, m2 = months[0], months[-1]
        d1, d2 = days[0], days[-1]
        # "28 December 2019 – 3 January 2020": each end of the range keeps its own year.
        start, end = date(years[0] if len(years) > 1 else year, m1, d1), date(year, m2, d2)
    except ValueError:
        return None
    if end < start:
        return None
    return start.isoformat(), end.isoformat(), "day"


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def resolve_relative(
    words: list[str], anchor: date | None, month_names: dict[str, int] | None = None
) -> tuple[str, str, str] | None:
    """Resolve 'today', 'earlier this month', 'next summer', 'in October' against `anchor`."""
    month_of = MONTHS if month_names is None else month_names
    if anchor is None:
        return None
    words = [w.lower() for w in words]
    last = words[-1]
    if not any(w in month_of or w in ("today", "yesterday", "tomorrow", "this", "next", "last") for w in words):
        return None
    if last in ("today", "yesterday", "tomorrow"):
        d = anchor + timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[last])
        return d.isoformat(), d.isoformat(), "day"
    if last in month_of:  # "in October": the nearest such month to the anchor
        m = month_of[last]
        y = min(
            (anchor.year - 1, anchor.year, anchor.year + 1),
            key=lambda yy: abs((yy * 12 + m) - (anchor.year * 12 + anchor.month)),
        )
        return _iso(y, m), _iso(y, m), "month"
    shift = {"this": 0, "next": 1, "last": -1}[next(w for w in words if w in ("this", "next", "last"))]
    if last == "month":
        y, m = _shift_month(anchor.year, anchor.month, shift)
        return _iso(y, m), _iso(y, m), "month"
    if last == "year":
        return _iso(anchor.year + shift), _iso(anchor.year + shift), "year"
    if last == "week":
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=shift)
        return monday.isoformat(), (monday + timedelta(days=6)).isoformat(), "day"
    if last in SEASONS:
        first, final = SEASONS[last]
        y = anchor.year + shift
        y2 = y + 1 if final < first else y
        return _iso(y, first), _iso(y2, final), "season"
    return None


def _standalone_line(doc: Doc, span: Span) -> bool:
    """True when the span is the only dated thing on its line (a header date)."""
    text = text_of(doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    line_end = len(text) if line_end == -1 else line_end
    rest = (text[line_start : span.start_char] + text[span.end_char : line_end]).strip(" \t,.-–")
    # A place or a room and a time may stand beside a header date ("Geneva, 5 June 2021"), not a sentence.
    return len(rest.split()) <= 3 and not re.search(r"(?<![A-Za-z])[a-z]{4,}", rest)


def _is_dateline(doc: Doc, span: Span) -> bool:
    """'MINSK, 9 October (BelTA) -': city in capitals, date, agency in brackets."""
    line_start = text_of(doc).rfind("\n", 0, span.start_char) + 1
    before = text_of(doc)[line_start : span.start_char]
    after = text_of(doc)[span.end_char : span.end_char + 40]
    return bool(re.fullmatch(r"\s*[A-Z][A-Z .'-]{2,}, ", before) and re.match(r"\s*(\(|[-–—])", after))


@Language.factory(
    "communique_dates",
    assigns=["doc._.dates", "doc._.published"],
    default_config={"header_chars": 1500},
)
class DateFinder:
    """Find, resolve and role-tag calendar expressions; decide the published date."""

    def __init__(self, nlp: Language, name: str, *, header_chars: int):
        self.name, self.header_chars = name, header_chars
        self.matcher = Matcher(nlp.vocab, validate=True)
        self.months: dict[str, int] = dict(MONTHS)

    def initialize(self, get_examples=None, *, nlp=None, patterns: list[dict] = (), lexicon):
        self.months = {term.rstrip("."): int(number) for term, number in lexicon.mapping("month").items()}
        self.matcher = Matcher(self.matcher.vocab, validate=True)
        for p in patterns:
            self.matcher.add(p["id"], [p["pattern"]], greedy="LONGEST")

    def _spans(self, doc: Doc) -> list[Span]:
        found = [Span(doc, s, e, label=mid) for mid, s, e in self.matcher(doc)]
        # "in October 2019" is a month with its year, not "in October" resolved on the anchor;
        # "may" is a month only written "May".
        found = [
            s for s in found if not (s.label_ == "date:in-month" and s.end < len(doc) and doc[s.end].text[:1].isdigit())
        ]
        found = [s for s in found if not any(t.text == "may" for t in s)]
        # "today's reality" means nowadays, not a day.
        found = [
            s
            for s in found
            if not (s.label_ == "date:relative-day" and s.end < len(doc) and doc[s.end].lower_ in ("'s", "’s"))
        ]
        # "on 9 October, the ministers…": the comma is not part of the date.
        found = [Span(doc, s.start, s.end - 1, label=s.label_) if len(s) > 1 and s[-1].is_punct else s for s in found]
        # Four digits are a year only between 1800 and 2199 ("in 2500 copies" is not a date).
        found = [s for s in found if all(1800 <= int(t.text) < 2200 for t in s if t.is_digit and len(t) == 4)]
        return sorted(filter_spans(found), key=lambda s: s.start)

    def __call__(self, doc: Doc) -> Doc:
        spans = self._spans(doc)
        rows = []
        years = [int(t.text) for s in spans for t in s if re.fullmatch(r"(19|20)\d{2}", t.text)]
        # Published: a header line or dateline date; its year anchors later dates without one.
        published = None
        for s in spans:
            if s.start_char > self.header_chars:
                break
            if s.label_.startswith("date:relative") or s.label_ == "date:in-month":
                continue
            if _standalone_line(doc, s) or _is_dateline(doc, s):
                res = resolve_absolute([t.text for t in s], years[0] if years else None, self.months)
                if res and res[2] == "day" and res[0] == res[1]:
                    published = (s, res[0])
                    break
        doc._.published = published[1] if published else None
        anchor = date.fromisoformat(doc._.published) if doc._.published else None
        default_year = anchor.year if anchor else (years[0] if years else None)
        for s in spans:
            words = [t.text for t in s]
            if s.label_.startswith("date:relative") or s.label_ == "date:in-month":
                res = resolve_relative(words, anchor, self.months)
                words_span = s if s.label_ != "date:in-month" else s[1:]
            else:
                res = resolve_absolute(words, default_year, self.months)
                words_span = s[1:] if s.label_ == "date:in-year" else s
            start, end, gran = res if res else ("", "", "")
            restates = published and res and res[0] == published[1] and _is_dateline(doc, s)
            role = "published" if published and (s is published[0] or restates) else self._role(s)
            rows.append(
                {
                    "start": words_span.start_char,
                    "end": words_span.end_char,
                    "text": words_span.text,
                    "date_start": start,
                    "date_end": end,
                    "granularity": gran,
                    "role": role,
                    "source": s.label_,
                }
            )
            add_mention(
                doc,
                "DATE",
                words_span.start_char,
                words_span.end_char,
                source=s.label_,
                normalized=start if start == end else f"{start}/{end}",
            )
        doc._.dates = rows
        return doc

    @staticmethod
    def _role(span: Span) -> str:
        """'event' when the sentence says a meeting happens (hosted, held, opened …)."""
        sent = span.sent if span.doc.has_annotation("SENT_START") else span
        return "event" if any(t.lower_ in EVENT_VERBS for t in sent) else "other"
