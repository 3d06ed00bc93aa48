"""Document metadata: kind, title (the headline, not the site's navigation) and the
dateline place. The published date is decided by `communique_dates`."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

for ext in ("kind", "title", "place"):
    if not Doc.has_extension(ext):
        Doc.set_extension(ext, default=None)

DATELINE = re.compile(r"^\s*([A-Z][A-Z .'-]{2,}),\s+(?:\d|[A-Z][a-z]+ \d)", re.M)


@Language.factory(
    "communique_metadata",
    assigns=["doc._.kind", "doc._.title", "doc._.place"],
    default_config={"kind_cues": {}, "boilerplate": [], "min_title_words": 4},
)
class DocumentMetadata:
    """Classify the document and find its headline and dateline place.

    `kind_cues` maps a kind to phrases that signal it; `boilerplate` lists lines of page
    furniture (navigation, "print version") that can never be a title.
    """

    def __init__(self, nlp: Language, name: str, *, kind_cues: dict, boilerplate: list, min_title_words: int):
        self.name = name
        self.kind_cues = {k: [c.lower() for c in v] for k, v in kind_cues.items()}
        self.boilerplate = {b.lower() for b in boilerplate}
        self.min_title_words = min_title_words

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        head = text[:3000].lower()
        doc._.kind = "unknown"
        for kind, cues in self.kind_cues.items():  # first kind whose cue appears wins
            if any(c in head for c in cues):
                doc._.kind = kind
                break
        doc._.title = self._title(text)
        m = DATELINE.search(text[:3000])
        doc._.place = m.group(1).strip().title() if m else None
        return doc

    def _title(self, text: str) -> str | None:
        for line in text.splitlines():
            line = " ".join(line.split())
            if len(line.split()) < self.min_title_words or line.lower() in self.boilerplate or "|" in line:
                continue
            return line
        return None
