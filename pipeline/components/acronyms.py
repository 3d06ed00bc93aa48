"""Acronyms the text defines itself: "International Organization for Migration (IOM)".

The detector is the Schwartz–Hearst algorithm (Schwartz & Hearst, "A simple algorithm for
identifying abbreviation definitions in biomedical text", PSB 2003), the one scispaCy's
AbbreviationDetector uses. PyPI's `abbreviations` package implements it but has not been
released since 2019 and works on plain strings without offsets, so it is written here,
on character offsets, with its own tests (tests/test_acronyms_*.py).

Both orders are found: "long form (SHORT)" and "SHORT (long form)". Where the letters do
not follow the long form's order, a run of capitalised words whose initials are the short
form's letters in another order is the long form ("Parliamentary Assembly of Asia (APA)").
A short form after a spaced dash is a definition too ("Collective Security Treaty
Organization - CSTO"), and so is one in capitals set off by commas after its long form
("the Council of Andean Fisheries Ministers, CAFM, met").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

from ..text import text_of

if not Doc.has_extension("acronyms"):
    Doc.set_extension("acronyms", default=None)

_PAREN = re.compile(r"\(([^()\n]{1,80})\)")
_WORD = re.compile(r"\S+")
# A long form never reaches back over a sentence end, a line break between paragraphs or a colon/semicolon.
_BOUNDARY = re.compile(r"[.!?;:](?=\s)|\n\s*\n|[\"“”]")


def is_short_form(text: str) -> bool:
    """Schwartz–Hearst's test for a short form: 2–10 characters, at most two words,
    a letter in it, starting with a letter or digit; here also at least one capital."""
    text = text.strip()
    return (
        2 <= len(text) <= 10
        and len(text.split()) <= 2
        and text[0].isalnum()
        and any(c.isalpha() for c in text)
        and any(c.isupper() for c in text)
    )


def best_long_form(short: str, long: str) -> int | None:
    """Start index in `long` of the shortest suffix whose letters spell `short`.

    Every character of the short form, right to left, is matched in order in the long
    form; the short form's first character must start a word of the long form.
    None when no such suffix exists.
    """
    s, i = len(short) - 1, len(long) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while i >= 0 and (long[i].lower() != c or (s == 0 and i > 0 and long[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    start = i + 1
    while start > 0 and not long[start - 1].isspace():  # back to the word's first character
        start -= 1
    return start


def initials_in_any_order(short: str, long: str) -> int | None:
    """Start index in `long` of the shortest run of words ending it whose capitalised words'
    initials are the short form's letters in another order: names translated from another
    word order ("Parliamentary Assembly of Asia (APA)"). None when there is none."""
    letters = sorted(c for c in short.upper() if c.isalpha())
    words = list(_WORD.finditer(long))
    initials: list[str] = []
    for m in reversed(words):
        word = m.group()
        if word[0].isupper():
            initials.append(word[0])
            if len(initials) > len(letters):
                return None
            if sorted(initials) == letters:
                return m.start()
        elif not word.islower():
            return None
    return None


def _candidate_window(text: str, end: int, max_words: int) -> tuple[int, str]:
    """The last `max_words` words before `end`, not crossing a sentence boundary."""
    floor = 0
    for m in _BOUNDARY.finditer(text, 0, end):
        floor = m.end()
    words = list(_WORD.finditer(text, floor, end))[-max_words:]
    if not words:
        return end, ""
    start = words[0].start()
    return start, text[start:end]


#: "Long Form - SHORT": a short form after a spaced dash, ending its clause.
_DASHED = re.compile(r"\s[-–—]\s([A-Z][A-Za-z&]{1,9})(?=[\s.,;:)]|$)")


def _long_form_offset(short: str, window: str) -> int | None:
    """Where the long form of `short` starts in `window`: its letters in order, else its
    initials in any order."""
    offset = best_long_form(short, window)
    if offset is None:
        return initials_in_any_order(short, window)
    return _spelled_by_capitals(short, window, offset)


def _capitals(text: str) -> str:
    """The initials of the capitalised words (each part of a hyphenated one), lower case."""
    return "".join(p[0] for w in text.split() for p in w.split("-") if p[:1].isupper()).lower()


def _spelled_by_capitals(short: str, window: str, offset: int) -> int:
    """Class: Schwartz–Hearst's shortest long form can start inside the name, where a word's
    inner letter stands for a letter of the short form ("China Council for the Promotion of
    International Trade (CCPIT)" → "Council for …", its "C" and "c" both read in
    "Council"). Where the capitalised words' initials do not spell the short form but those
    of a longer run of the window's words do, that run is the long form."""
    letters = "".join(c for c in short if c.isalpha()).lower()
    if _capitals(window[offset:]) == letters:
        return offset
    for m in reversed([m for m in _WORD.finditer(window, 0, offset)]):
        spelled = _capitals(window[m.start() :])
        if spelled == letters:
            return m.start()
        if len(spelled) > len(letters):
            break
    return offset


def dashed_acronyms(text: str) -> list[dict]:
    """Definitions written "Long Form - SHORT" ("the Shanghai Cooperation Organisation
    - SCO"): the short form after a spaced dash, its long form the words before the dash
    that spell it (Schwartz–Hearst, in either letter order)."""
    found = []
    for m in _DASHED.finditer(text):
        short = m.group(1)
        if not is_short_form(short) or sum(c.isupper() for c in short) < 2:
            continue
        pair = _defined_before(text, m, _long_form_offset)
        if pair is None or len(pair["long"]) <= len(short):
            continue
        found.append(pair)
    return found


def _defined_before(text: str, m: re.Match, find_offset) -> dict | None:
    """The definition of the short form `m` matched (group 1): its long form the words before
    the match that `find_offset` finds spelling it (at most a few more words than it has
    letters, in the sentence), never a long form that holds the short form itself."""
    short = m.group(1)
    max_words = min(len(short) + 5, 2 * len(short))
    w_start, window = _candidate_window(text, m.start(), max_words)
    window = window.rstrip()
    offset = find_offset(short, window)
    if offset is None:
        return None
    long = " ".join(window[offset:].split())
    if short.lower() in long.lower().split():
        return None
    return {
        "short": short,
        "long": long,
        "short_start": m.start(1),
        "short_end": m.end(1),
        "long_start": w_start + offset,
        "long_end": w_start + len(window),
    }


#: "Long Form, SHORT,": a short form in capitals set off by a comma after its long form.
_COMMA = re.compile(r",[ \t]+([A-Z]{3,10})(?=[ \t]*[,.;:)]|[ \t]+[a-z])")


def comma_acronyms(text: str) -> list[dict]:
    """Class: definitions written "Long Form, SHORT" ("the Council of Andean Fisheries
    Ministers, CAFM, met"): three capitals or more after a comma, then a comma, a stop or a
    lower-case word, and a long form of three words or more before the comma that opens with
    a capitalised word and spells them (Schwartz–Hearst, letters in order). A short form
    the text also writes in brackets is defined there. Marked `comma`: a long form that is
    no organisation leaves the short form undecided (no proof that it is none either)."""
    found = []
    for m in _COMMA.finditer(text):
        pair = _defined_before(text, m, best_long_form)
        if pair is None:
            continue
        words = pair["long"].split()
        if len(words) < 3 or not words[0][:1].isupper():
            continue
        found.append({**pair, "comma": True})
    return found


_SPACED_DASH = re.compile(r"\s[-–—]\s")


def is_a_gloss(short: str, long: str) -> bool:
    """Class: a word glossing a native name in brackets ("the Majlis (Parliament) of X",
    "the Sejm (Assembly) of Y") is no abbreviation: a capitalised word with no other
    capital whose letters but the last open the long form's first word ("Parliament" in
    "Parliamentary Group ...", "Senate" in "Senatorial ..."). Title-case abbreviations
    (Nato, Mercosur, Interpol) share a few letters with their first word at most."""
    word = long.split()[0].lower() if long.split() else ""
    if sum(c.isupper() for c in short) != 1 or not short.isalpha() or len(short) < 5:
        return False
    return word.startswith(short.lower()[:-1])


def _after_a_spaced_dash(short: str, text: str, start: int, end: int) -> int:
    """A long form does not run back over a spaced dash when the words after it spell the
    short form alone ("NPX - National Assembly (NA)": a credit, then the name)."""
    dashes = list(_SPACED_DASH.finditer(text, start, end))
    if not dashes:
        return start
    after = dashes[-1].end()
    return after if best_long_form(short, text[after:end].rstrip()) == 0 else start


@registry.misc("communique.schwartz_hearst.v1")
def make_schwartz_hearst() -> Callable[[str], list[dict]]:
    return find_acronyms


def find_acronyms(text: str) -> list[dict]:
    """Acronym definitions in `text`: dicts with short, long and the character offsets of each."""
    found = []
    for m in _PAREN.finditer(text):
        inner = m.group(1).strip()
        inner_start = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
        if is_short_form(inner):
            short, s_start = inner, inner_start
            max_words = min(len(short) + 5, 2 * len(short))
            w_start, window = _candidate_window(text, m.start(), max_words)
            window_stripped = window.rstrip()
            offset = _long_form_offset(short, window_stripped)
            if offset is None:
                continue
            l_start, l_end = w_start + offset, w_start + len(window_stripped)
        else:
            # "SHORT (long form)": the word right before the parenthesis is the short form.
            before = list(_WORD.finditer(text, max(0, m.start() - 12), m.start()))
            if not before:
                continue
            short, s_start = before[-1].group().strip(",;"), before[-1].start()
            if not is_short_form(short) or len(inner.split()) > min(len(short) + 5, 2 * len(short)):
                continue
            offset = best_long_form(short, inner)
            if offset != 0:  # the whole parenthesis must be the long form
                continue
            l_start, l_end = inner_start, inner_start + len(inner)
        l_start = _after_a_spaced_dash(short, text, l_start, l_end)
        long = " ".join(text[l_start:l_end].split())
        if len(long) <= len(short) or short.lower() in long.lower().split() or is_a_gloss(short, long):
            continue
        found.append(
            {
                "short": short,
                "long": long,
                "short_start": s_start,
                "short_end": s_start + len(short),
                "long_start": l_start,
                "long_end": l_end,
            }
        )
    found += dashed_acronyms(text)
    bracketed = {a["short"] for a in found}
    found += [a for a in comma_acronyms(text) if a["short"] not in bracketed]
    return sorted(found, key=lambda a: a["short_start"])


@Language.factory(
    "communique_acronyms",
    assigns=["doc._.acronyms"],
    default_config={"detector": {"@misc": "communique.schwartz_hearst.v1"}},
)
class AcronymDefinitions:
    """Record the acronym definitions a document makes, for the organisations component."""

    def __init__(self, nlp: Language, name: str, *, detector: Callable[[str], list[dict]]):
        self.name, self.detector = name, detector

    def __call__(self, doc: Doc) -> Doc:
        doc._.acronyms = self.detector(text_of(doc))
        return doc
