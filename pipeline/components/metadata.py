"""Document metadata: kind, title (the headline, not the site's navigation) and the
dateline place. Runs after `communique_dates`, which decides the published date.

Cues are data (the lexicon's `kind_cue` and `page_furniture` kinds). The headline is chosen by signals that
hold across sites: page furniture and navigation blocks (runs of short lines) are never
titles; a line repeated on the page, or standing next to the header date, is a headline.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..layout import Line, furniture_lines, lines_of
from ..text import text_of

for ext in ("kind", "title", "place"):
    if not Doc.has_extension(ext):
        Doc.set_extension(ext, default=None)

KIND_ORDER = ("speech", "news", "announcement", "press_release")
#: "MINSK, 9 October (BelTA) -": a place in capitals, a date, an agency in brackets.
AGENCY_DATELINE = re.compile(r"^\s*([A-Z][A-Za-z .'-]{2,}),[^\n]{0,40}\((\w[\w .-]{1,20})\)\s*[-–—]", re.M)
#: "Geneva, 5 June 2021" / "MINSK, 9 October": a place, then the date.
PLACE_BEFORE_DATE = re.compile(r"([A-Z][A-Za-z .'-]{2,}),\s*$")


@Language.factory(
    "communique_metadata",
    assigns=["doc._.kind", "doc._.title", "doc._.place"],
    default_config={"min_title_words": 4, "menu_min_lines": 3, "menu_max_words": 7, "head_chars": 3000},
    requires=["doc._.dates", "doc._.published"],
)
class DocumentMetadata:
    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        min_title_words: int,
        menu_min_lines: int,
        menu_max_words: int,
        head_chars: int,
    ):
        self.name, self.min_title_words, self.head_chars = name, min_title_words, head_chars
        self.menu_min_lines, self.menu_max_words = menu_min_lines, menu_max_words
        self.cues: dict[str, list[str]] = {}
        self.boilerplate: set[str] = set()

    def initialize(self, get_examples=None, *, nlp=None, lexicon):
        cues = lexicon.mapping("kind_cue")
        self.cues = {k: [term for term, kind in cues.items() if kind == k] for k in KIND_ORDER}
        self.boilerplate = set(lexicon["page_furniture"])

    def __call__(self, doc: Doc) -> Doc:
        head = text_of(doc)[: self.head_chars]
        published_row = next((d for d in doc._.dates or [] if d["role"] == "published"), None)
        doc._.kind = self.kind(head, doc._.published)
        doc._.title = self.title(text_of(doc), published_row)
        doc._.place = self.place(text_of(doc), published_row)
        return doc

    def kind(self, head: str, published: str | None) -> str:
        low = head.lower()
        if AGENCY_DATELINE.search(head):
            return "news"
        for kind in KIND_ORDER:
            if any(c in low for c in self.cues[kind]):
                return kind
        # A dated item with a headline and no other cue reads as a news item.
        return "news" if published else "unknown"

    def place(self, text: str, published_row: dict | None) -> str | None:
        m = AGENCY_DATELINE.search(text[: self.head_chars])
        if m:
            return m.group(1).strip().title()
        if published_row:
            line_start = text.rfind("\n", 0, published_row["start"]) + 1
            m = PLACE_BEFORE_DATE.search(text[line_start : published_row["start"]])
            if m and len(m.group(1).split()) <= 3:
                return m.group(1).strip().title()
        return None

    def title(self, text: str, published_row: dict | None) -> str | None:
        lines = lines_of(text)
        furniture = furniture_lines(lines, self.boilerplate, min_run=self.menu_min_lines, max_words=self.menu_max_words)
        # A site prints the headline twice (page title, article title), one right after the other.
        repeated = {
            line.text for i, line in enumerate(lines) if any(line.text == other.text for other in lines[i + 1 : i + 4])
        }
        date_line = None
        if published_row:
            date_line = max((i for i, line in enumerate(lines) if line.start <= published_row["start"]), default=None)
        best, best_score = None, None
        for i, line in enumerate(lines[:40]):
            if i in furniture or not self._headline_like(line.text) or i == date_line:
                continue
            title = self._continued(lines, i)
            # A headline is repeated on the page, or stands just above the header date.
            score = (2 if line.text in repeated else 0) + (1 if date_line is not None and 0 < date_line - i <= 4 else 0)
            if best_score is None or score > best_score:
                best, best_score = title, score
        return best

    def _headline_like(self, line: str) -> bool:
        # Headlines are short and rarely end with a full stop; body sentences do.
        return self.min_title_words <= len(line.split()) <= 30 and not line.endswith(".")

    def _continued(self, lines: list[Line], i: int) -> str:
        """A headline set over several lines ("Remarks by X," / "Title of Y") joined back."""
        out = lines[i].text
        j = i + 1
        while j < len(lines) and j < i + 4 and re.search(r"(,|\bof|\band|\bthe)$", out):
            out = f"{out} {lines[j].text}"
            j += 1
        return out.rstrip(" ,")
