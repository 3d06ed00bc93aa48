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
#: The row under a markdown table's header ("---|---|", "| :--- | ---: |").
_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|*\s*$")
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


def table_rows(lines: list[Line]) -> set[int]:
    """Indexes of the rows of markdown tables: each run of adjacent lines with "|" (no blank
    line between) that holds a header rule ("---|---|"). Their cells are text (a
    programme's times, items and speakers), not a link bar."""
    found: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*lines, None]):
        adjacent = bool(run) and run[-1] == i - 1 and line is not None and line.start - lines[i - 1].end == 1
        if line is not None and "|" in line.text and (not run or adjacent):
            run.append(i)
            continue
        if any(_TABLE_RULE.match(lines[j].text) for j in run):
            found.update(run)
        run = [i] if line is not None and "|" in line.text else []
    return found


def furniture_lines(
    lines: list[Line], terms: set[str], *, min_run: int, max_words: int, tables: bool = False
) -> set[int]:
    """Indexes of page-furniture lines: known furniture (`terms`, compared in lower case, a
    closing colon or row of dots aside),
    link bars ("Home | News"; not a paragraph of running text with a stray bar) and their
    items repeated as headings, copyright lines, and
    menu runs. With `tables`, the rows of a markdown table are no link bars (their header
    rule is furniture still)."""
    found = menu_lines(lines, min_run=min_run, max_words=max_words)
    rows = table_rows(lines) if tables and any("|" in line.text for line in lines) else set()
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
            or (
                "|" in line.text
                and (i not in rows or _TABLE_RULE.match(line.text))
                and not _a_paragraph_item(line.text)
            )
            or low in bar_items
            or _COPYRIGHT.match(low)
        ):
            found.add(i)
    return found


#: Words in one "|" item from which it is a paragraph, not a link.
_PARAGRAPH_WORDS = 16


def _a_paragraph_item(line: str) -> bool:
    """Whether a "|" line holds a paragraph of running text (an item of 16 words or more):
    a story or a caption copied with a stray bar at its end ("… met in Oslo today. |"),
    no link bar, whose items are a few words each."""
    return any(len(item.split()) >= _PARAGRAPH_WORDS for item in line.split("|"))


def furniture_ranges(
    text: str, terms: set[str], *, min_run: int, max_words: int, tables: bool = False
) -> list[tuple[int, int]]:
    """Character ranges of the page-furniture lines of a text (see `furniture_lines`)."""
    lines = lines_of(text)
    return [
        (lines[i].start, lines[i].end)
        for i in sorted(furniture_lines(lines, terms, min_run=min_run, max_words=max_words, tables=tables))
    ]
