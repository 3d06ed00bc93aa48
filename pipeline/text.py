"""Small text helpers shared by components and tables."""

from __future__ import annotations

import hashlib
import re
import unicodedata
import weakref
from bisect import bisect_right
from functools import lru_cache

import numpy as np
from spacy.attrs import IDX, LENGTH, LOWER, ORTH, SENT_START, SPACY
from spacy.tokens import Doc

#: The hyphens a word is joined with: hyphen-minus, the non-breaking hyphen (U+2011) and the
#: hyphen (U+2010) that web pages write ("nine‑member", "Vice‐President").
HYPHENS = frozenset({"-", "\u2011", "\u2010"})

#: Each live Doc's TextIndex, dropped with the Doc (kept out of `doc.user_data`, which
#: spaCy serialises).
_INDEXES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
#: The text each Doc was made from, left by the tokenizer until its TextIndex takes it:
#: `doc.text` joins every token again (about 50 µs for a release).
_TEXTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def is_verb_or_modal(token) -> bool:
    """A verb or a modal by its fine-grained tag: the pipeline runs the tagger, not the
    attribute ruler, so `pos_` is empty."""
    return token.tag_.startswith("VB") or token.tag_ == "MD"


def alternation(words) -> str:
    """A regex alternation of the words, escaped, the longest first (so that a word never
    loses to a shorter one it begins with)."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def remember_text(doc: Doc, text: str) -> None:
    """Keep the text a tokenizer made `doc` from, for its TextIndex (tokenizers keep the
    text exactly, and so does every later change of a Doc's tokens)."""
    _TEXTS[doc] = text


class TextIndex:
    """What the row helpers ask of one Doc again and again, computed once: its text, where
    each token starts and ends, its sentences, its paragraph breaks, and the evidence
    already cut for a span."""

    def __init__(self, doc: Doc):
        text = _TEXTS.pop(doc, None)
        self.text = doc.text if text is None else text
        n = len(doc)
        self.n = n
        if n:
            table = doc.to_array([IDX, LENGTH, SPACY, SENT_START]).astype(np.int64)
            self.starts = table[:, 0].tolist()
            self.ends = (table[:, 0] + table[:, 1]).tolist()
            self.length = int(table[-1, 0] + table[-1, 1] + table[-1, 2])
            self.spaced = (table[:, 2] != 0).tolist()  # token.whitespace_ is " "
            sent_start = table[:, 3]
            # Doc.has_annotation("SENT_START"): any mark after the first token (a
            # one-token Doc always has its sentence)
            self.has_sents = n == 1 or bool(np.any(sent_start[1:] != 0))
            # Span.sent: a sentence starts at token 0 and at each token marked 1
            self.boundaries = [0, *(np.flatnonzero(sent_start[1:] == 1) + 1).tolist()]
        else:
            self.starts, self.ends, self.length, self.has_sents, self.boundaries = [], [], 0, True, [0]
            self.spaced = []
        self._blank_line_ends: list[int] | None = None
        self._blank_lines: tuple[list[int], list[int]] | None = None  # starts, ends
        self._token_of_char: dict[int, int] | None = None
        self._words: list[str] | None = None
        self._is_space: list[bool] | None = None
        self._squashed_lower: str | None = None
        #: `doc.to_array(attr)` of the attributes in `_FIXED_COLUMNS`, each read once
        self.columns: dict[int, np.ndarray] = {}
        #: values derived from the text by modules this one cannot import (layout's lines), by name
        self.derived: dict[str, object] = {}
        self.evidence: dict[tuple[int, int], str] = {}  # by span
        self.passages: dict[tuple[int, int], str] = {}  # by the characters cut

    @property
    def words(self) -> list[str]:
        """Each token's text (token.text without making Token objects)."""
        if self._words is None:
            text = self.text
            self._words = [text[a:b] for a, b in zip(self.starts, self.ends)]
        return self._words

    @property
    def is_space(self) -> list[bool]:
        """Each token's `is_space` (`str.isspace` of its text, as spaCy's lexical attribute),
        without making Token objects; made once."""
        if self._is_space is None:
            self._is_space = list(map(str.isspace, self.words))
        return self._is_space

    @property
    def squashed_lower(self) -> str:
        """The text in lower case, each run of whitespace one space (`squash`), made once."""
        if self._squashed_lower is None:
            self._squashed_lower = squash(self.text).lower()
        return self._squashed_lower

    def token_at(self, char: int) -> int:
        """The token holding character `char` (its trailing space included), else -1."""
        if not 0 <= char < self.length:
            return -1
        return bisect_right(self.starts, char) - 1

    def sentence_tokens(self, i: int) -> tuple[int, int]:
        """Start and end tokens of the sentence holding token i (as Token.sent, and as
        Span.sent of a span starting at i)."""
        k = bisect_right(self.boundaries, i) - 1
        return self.boundaries[k], self.boundaries[k + 1] if k + 1 < len(self.boundaries) else self.n

    def sentence_chars(self, i: int) -> tuple[int, int]:
        """Start and end characters of the sentence holding token i (as Token.sent)."""
        start, end = self.sentence_tokens(i)
        return self.starts[start], self.ends[end - 1]

    def token_of_char(self) -> dict[int, int]:
        """Token index by the character it starts at."""
        if self._token_of_char is None:
            self._token_of_char = {c: i for i, c in enumerate(self.starts)}
        return self._token_of_char

    def paragraph_start(self, pos: int) -> int:
        """paragraph_start(text, pos), from the blank lines of the whole text found once."""
        if self._blank_line_ends is None:
            self._blank_line_ends = [m.end() for m in _BLANK_LINE.finditer(self.text)]
        k = bisect_right(self._blank_line_ends, pos)
        return self._blank_line_ends[k - 1] if k else 0

    def paragraph_end(self, pos: int) -> int:
        """paragraph_end(text, pos), from the blank lines of the whole text found once: the
        first blank line not wholly before `pos`. One that `pos` falls inside (a longer run of
        blank lines) may hold a blank line starting later than it: the text is searched there."""
        if self._blank_lines is None:
            found = list(_BLANK_LINE.finditer(self.text))
            self._blank_lines = ([m.start() for m in found], [m.end() for m in found])
        starts, ends = self._blank_lines
        k = bisect_right(ends, pos)
        if k == len(ends):
            return len(self.text)
        return starts[k] if starts[k] >= pos else paragraph_end(self.text, pos)


def tokens_starting(doc: Doc, pattern: re.Pattern) -> list[int]:
    """The tokens, in order, at whose first character `pattern` matches in the text (found
    by one scan of the text; a token that starts inside another match is not seen, so the
    pattern must not match there: "[A-Z]\\." cannot match where another match ends)."""
    index = text_index(doc)
    token_at = index.token_of_char()
    return [k for m in pattern.finditer(index.text) if (k := token_at.get(m.start())) is not None]


#: The token attributes no component changes after the tokenizer (a token's text and its lower
#: case), whose columns a TextIndex keeps.
_FIXED_COLUMNS = frozenset({ORTH, LOWER})


def tokens_in(doc: Doc, attr: int, ids: np.ndarray) -> list[int]:
    """The tokens, in order, whose attribute `attr` (LOWER, ORTH …) is one of `ids` (string
    hashes, sorted, as np.uint64): a lexicon kind's words, found with numpy. The column is read
    once per document (speed #18: person_repair, counts and dates ask for LOWER eight times)."""
    if not len(doc) or not len(ids):
        return []
    if attr not in _FIXED_COLUMNS:
        column = doc.to_array(attr)
    elif (column := (columns := text_index(doc).columns).get(attr)) is None:
        column = columns[attr] = doc.to_array(attr)
    at = np.minimum(np.searchsorted(ids, column), len(ids) - 1)
    return np.flatnonzero(ids[at] == column).tolist()


def token_values(doc: Doc, name: str) -> dict[int, object]:
    """The value of token extension `name` on each token it was set on, by token index
    (spaCy keeps them in `doc.user_data` under ("._.", name, token.idx, None))."""
    return token_values_of(doc, (name,))[0]


def token_values_of(doc: Doc, names: tuple[str, ...]) -> tuple[dict[int, object], ...]:
    """`token_values` of several extensions from one pass over `doc.user_data`."""
    by_char: dict[str, dict[int, object]] = {name: {} for name in names}
    for key, value in doc.user_data.items():
        if type(key) is tuple and len(key) == 4 and key[0] == "._." and key[3] is None:
            found = by_char.get(key[1])
            if found is not None:
                found[key[2]] = value
    if not any(by_char.values()):
        return tuple({} for _ in names)
    token_at = text_index(doc).token_of_char()
    return tuple({token_at[c]: v for c, v in by_char[name].items() if c in token_at} for name in names)


#: The Doc asked for last and its TextIndex, both held weakly: the components ask for the
#: same Doc's index tens of thousands of times a run (titles' steps, `text_of`), and a
#: WeakKeyDictionary look-up makes a weak reference and hashes it each time (about 3 µs);
#: the index lives as long as its Doc, which the caller holds.
_last: tuple[weakref.ref, weakref.ref] | None = None


def text_index(doc: Doc) -> TextIndex:
    global _last
    last = _last
    if last is not None and last[0]() is doc:
        return last[1]()
    index = _INDEXES.get(doc)
    if index is None:
        index = _INDEXES[doc] = TextIndex(doc)
    _last = (weakref.ref(doc), weakref.ref(index))
    return index


def sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """Start and end tokens of the sentence of token i: those of `doc[i].sent`, and of
    `span.sent` for a span starting at i, read from the text index without making a Token
    and two Spans (about 10 µs each) and walking the sentence. Where the index cannot say
    (no sentences: `.sent` raises; i out of 0…len-1; sentence hooks) `.sent` answers."""
    index = text_index(doc)
    if not index.has_sents or not 0 <= i < index.n or doc.user_hooks or doc.user_token_hooks or doc.user_span_hooks:
        sent = doc[i].sent
        return sent.start, sent.end
    return index.sentence_tokens(i)


def sentence_span(doc: Doc, i: int):
    """`doc[i].sent`: the same Span (start, end, no label), see `sentence_bounds`."""
    start, end = sentence_bounds(doc, i)
    return doc[start:end]


def text_of(doc: Doc) -> str:
    """`doc.text`, built once per document: spaCy joins every token on each access, and
    the components ask for it thousands of times."""
    return text_index(doc).text


def squash(text: str) -> str:
    """Collapse runs of whitespace (line breaks inside a span included) to one space, and
    drop it at both ends (str.split's whitespace is the regex's \\s: the same result as
    `re.sub(r"\\s+", " ", text).strip()`, several times faster)."""
    return " ".join(text.split())


_DASHES = re.compile(r"[-‐‑‒–—_/]")
_NOT_WORD = re.compile(r"[^\w\s]")


@lru_cache(maxsize=1 << 15)
def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key for comparing names (kept for the
    most recent strings: the components fold the same names again and again)."""
    text = unicodedata.normalize("NFKD", text)
    if not text.isascii():  # ASCII holds no combining marks
        text = _without_marks(text)
    text = text.casefold()
    text = text.replace("’", "'")
    text = _DASHES.sub(" ", text)
    text = _NOT_WORD.sub(" ", text)
    return squash(text)


def _without_marks(text: str) -> str:
    """`text` without its combining marks (the accents NFKD parts from their letters): each
    distinct character is asked once and the marks are deleted in one `str.translate`, not
    a Python step per character (a whole document's text is folded too; speed, #18)."""
    marks = [c for c in set(text) if unicodedata.combining(c)]
    return text.translate(dict.fromkeys(map(ord, marks))) if marks else text


def stable_id(prefix: str, key: str, length: int = 10) -> str:
    """A short id that depends only on `key`: the same in every document and every run."""
    return f"{prefix}_{hashlib.sha1(key.encode('utf-8')).hexdigest()[:length]}"


def sentence_of(doc: Doc, start_char: int, end_char: int) -> str:
    """The sentence holding a character span (the `evidence` column): the sentences of its
    first and last tokens, within the paragraph, whitespace squashed."""
    index = text_index(doc)
    known = index.evidence.get((start_char, end_char))
    if known is None:
        known = index.evidence[(start_char, end_char)] = _sentence_of(doc, index, start_char, end_char)
    return known


def _sentence_of(doc: Doc, index: TextIndex, start_char: int, end_char: int) -> str:
    text = index.text
    # doc.char_span(start_char, end_char, alignment_mode="expand"): None when either end is
    # outside the text; a start in the space after a token starts at the next one
    first, last = index.token_at(start_char), index.token_at(end_char - 1)
    if first < 0 or last < 0:
        return squash(text[start_char:end_char])
    if start_char == index.ends[first]:
        first += 1
    if first > last + 1:
        doc.char_span(start_char, end_char, alignment_mode="expand")  # spaCy's own error
    if not index.has_sents or first > last:  # no sentences, or no token in the span
        return squash(text[start_char:end_char])
    # first <= last: the sentence of the first token starts first, that of the last ends last
    start = max(index.starts[index.sentence_tokens(first)[0]], index.paragraph_start(start_char))
    end = min(index.ends[index.sentence_tokens(last)[1] - 1], index.paragraph_end(end_char))
    known = index.passages.get((start, end))  # the spans of one sentence share it
    if known is None:
        known = index.passages[(start, end)] = squash(text[start:end])
    return known


_BLANK_LINE = re.compile(r"\n[ \t\r\xa0]*\n")


def paragraph_start(text: str, pos: int) -> int:
    """Start of the paragraph (text between blank lines) holding `pos`."""
    starts = [m.end() for m in _BLANK_LINE.finditer(text, 0, pos)]
    return starts[-1] if starts else 0


def paragraph_end(text: str, pos: int) -> int:
    m = _BLANK_LINE.search(text, pos)
    return m.start() if m else len(text)


def line_broken(phrase: str) -> list[str]:
    """The phrase, and the phrase broken across two lines at each of its spaces: a text wrapped
    by hand writes "Secretary\nGeneral" or "Antigua and\nBarbuda" (one line break is a token
    of its own, which a PhraseMatcher must see). Offices and countries are matched so."""
    words = phrase.split(" ")
    return [phrase] + [" ".join(words[:i]) + "\n" + " ".join(words[i:]) for i in range(1, len(words))]
