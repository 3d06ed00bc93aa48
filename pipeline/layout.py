"""Page layout of a plain text: its lines, and which of them are page furniture.

Web pages copied as text keep their menus, link lists and labels ("Home", "Print
version", "Share"): runs of short lines without sentence punctuation, lines of known
furniture, and "A | B | C" link bars. Metadata never takes a headline from them and
organisations never take a name from them; both ask this module, so there is one idea
of furniture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import squash

#: A line that ends a sentence or runs on into the next: not a menu item.
_SENTENCE_END = re.compile(r"([.!?:;,]|\bof|\band|\bthe)\s*$")
_SENTENCE_INSIDE = re.compile(r"[.!?]\s")
_YEAR = re.compile(r"\d{4}")
#: A copyright line ("© 2025 …", "Copyrights © Ministry …"): the page's footer.
_COPYRIGHT = re.compile(r"^(?:©|\(c\)\s|copyrights?\b)", re.IGNORECASE)


@dataclass(frozen=True)
class Line:
    start: int  # character offset of the line in the text
    end: int
    text: str  # whitespace squashed


def lines_of(text: str) -> list[Line]:
    """The non-blank lines of a text with their offsets."""
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        if raw.strip():
            out.append(Line(pos, pos + len(raw.rstrip("\r\n")), squash(raw)))
        pos += len(raw)
    return out


def is_menu_item(line: str, max_words: int) -> bool:
    """A short line that neither ends nor holds a sentence, nor runs on, nor carries a year."""
    return (
        len(line.split()) <= max_words
        and not _SENTENCE_END.search(line)
        and not _SENTENCE_INSIDE.search(line)
        and not _YEAR.search(line)
    )


def menu_lines(lines: list[Line], *, min_run: int, max_words: int) -> set[int]:
    """Indexes of lines inside a run of at least `min_run` menu items (blank lines between
    items do not break a run: menus are often set one item per paragraph)."""
    found, run = set(), []
    for i, line in enumerate(lines):
        if is_menu_item(line.text, max_words):
            run.append(i)
            continue
        if len(run) >= min_run:
            found.update(run)
        run = []
    if len(run) >= min_run:
        found.update(run)
    return found


def furniture_lines(lines: list[Line], terms: set[str], *, min_run: int, max_words: int) -> set[int]:
    """Indexes of page-furniture lines: known furniture (`terms`, compared in lower case, a
    closing colon or row of dots aside),
    link bars ("Home | News") and their items repeated as headings, copyright lines, and
    menu runs."""
    found = menu_lines(lines, min_run=min_run, max_words=max_words)
    # an item of a link bar repeated on a line of its own is the section's heading ("| Home |
    # News | Opinions" … "Opinions"): furniture too
    bar_items = {item.strip().lower() for line in lines if "|" in line.text for item in line.text.split("|")}
    bar_items.discard("")
    for i, line in enumerate(lines):
        low = line.text.lower()
        # with or without its colon, or the row of dots a transcript's header runs on with ("E&OE……")
        if (
            low in terms
            or low.rstrip(":").rstrip(".…").rstrip() in terms
            or "|" in line.text
            or low in bar_items
            or _COPYRIGHT.match(low)
        ):
            found.add(i)
    return found


def furniture_ranges(text: str, terms: set[str], *, min_run: int, max_words: int) -> list[tuple[int, int]]:
    """Character ranges of the page-furniture lines of a text."""
    lines = lines_of(text)
    return [
        (lines[i].start, lines[i].end)
        for i in sorted(furniture_lines(lines, terms, min_run=min_run, max_words=max_words))
    ]
