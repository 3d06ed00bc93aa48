"""How organisation names are compared, written and identified.

A name's key folds case, accents and punctuation and unifies house spellings
(Organization/Organisation, Co-operation/Cooperation, United Nations/UN), so that every
spelling of one organisation has one key and one `org_id`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from ..text import fold, squash, stable_id, text_of

# Spelling variants that name the same organisation, folded before comparing.
_SPELLING = [
    (re.compile(p), repl)
    for p, repl in [
        (r"\bunited nations\b", "un"),
        (r"\bu n\b", "un"),
        (r"\borganisation", "organization"),
        (r"\bco operation\b", "cooperation"),
        (r"\bministries\b", "ministry"),
        (r"\bprogramme\b", "program"),
        (r"\bcentre\b", "center"),
        (r"\bdefence\b", "defense"),
        (r"\blabour\b", "labor"),
        (r"\bcounter terrorism\b", "counterterrorism"),
        (r"\banti terrorist\b", "antiterrorist"),
        (r"\bthe\b", ""),
        (r"\bin\b", "at"),
    ]
]
_SURFACE = [("Organization", "Organisation"), ("Co-operation", "Cooperation"), ("United Nations ", "UN ")]
_SMALL_WORDS = {"of", "the", "and", "for", "on", "in", "at", "to"}


def spelling_variants(form: str) -> set[str]:
    """A name in every house spelling: Organization/Organisation, Co-operation/Cooperation, UN/United Nations."""
    forms = {form}
    for a, b in _SURFACE:
        for f in list(forms):
            forms |= {f.replace(a, b), f.replace(b, a)}
    return forms


@lru_cache(maxsize=1 << 15)
def org_key(text: str) -> str:
    """Comparison key of an organisation name: folded, house spellings unified (kept for
    the most recent strings: a document asks for the keys of the same names again and
    again)."""
    key = fold(text)
    for pattern, repl in _SPELLING:
        key = pattern.sub(repl, key)
    return squash(key)


def org_id(name: str) -> str:
    return stable_id("o", org_key(name))


def unshout(text: str) -> str:
    """A name written in capitals in a headline, in title case ("MINISTRY OF FOREIGN AFFAIRS");
    a single capitalised word is left alone, it may be an acronym."""
    if not text.isupper() or len(text.split()) < 2:
        return text
    words = text.lower().split()
    return " ".join(w if (i and w in _SMALL_WORDS) else w[:1].upper() + w[1:] for i, w in enumerate(words))


#: A leading article, spaced or glued to the name by a web page ("theNordic Council")
_ARTICLE = re.compile(r"^(?:(?:the|The|THE)\s+|the(?=[A-Z][a-z]))")
_POSSESSIVE_END = re.compile(r"(?:['’]s?|[,;:])$")


def clean(span: Span) -> str:
    """A span's text without layout, a leading article or a trailing possessive (the text
    cut from the document's: `Span.text` joins its tokens)."""
    text = squash(text_of(span.doc)[span.start_char : span.end_char])
    text = _ARTICLE.sub("", text, count=1)
    return _POSSESSIVE_END.sub("", text, count=1).strip()
