"""Small text helpers shared by components and tables."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from spacy.tokens import Doc

_WS = re.compile(r"\s+")


_LAST_TEXT: list = [None, ""]


def text_of(doc: Doc) -> str:
    """`text_of(doc)`, built once per document: spaCy joins every token on each access, and
    the components ask for it thousands of times."""
    if _LAST_TEXT[0] is not doc:
        _LAST_TEXT[0], _LAST_TEXT[1] = doc, doc.text
    return _LAST_TEXT[1]


def squash(text: str) -> str:
    """Collapse runs of whitespace (line breaks inside a span included) to one space."""
    return _WS.sub(" ", text).strip()


def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key for comparing names."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("’", "'")
    text = re.sub(r"[-‐‑‒–—_/]", " ", text)
    text = re.sub(r"[^\w\s]", " ", text)
    return squash(text)


def stable_id(prefix: str, key: str, length: int = 10) -> str:
    """A short id that depends only on `key`: the same in every document and every run."""
    return f"{prefix}_{hashlib.sha1(key.encode('utf-8')).hexdigest()[:length]}"


def sentence_of(doc: Doc, start_char: int, end_char: int) -> str:
    """The sentence holding a character span (the `evidence` column)."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or not doc.has_annotation("SENT_START"):
        return squash(text_of(doc)[start_char:end_char])
    sents = {tok.sent for tok in (span[0], span[-1])} if len(span) else set()
    if not sents:
        return squash(text_of(doc)[start_char:end_char])
    start = max(min(s.start_char for s in sents), paragraph_start(text_of(doc), start_char))
    end = min(max(s.end_char for s in sents), paragraph_end(text_of(doc), end_char))
    return squash(text_of(doc)[start:end])


_BLANK_LINE = re.compile(r"\n[ \t\r\xa0]*\n")


def paragraph_start(text: str, pos: int) -> int:
    """Start of the paragraph (text between blank lines) holding `pos`."""
    starts = [m.end() for m in _BLANK_LINE.finditer(text, 0, pos)]
    return starts[-1] if starts else 0


def paragraph_end(text: str, pos: int) -> int:
    m = _BLANK_LINE.search(text, pos)
    return m.start() if m else len(text)
