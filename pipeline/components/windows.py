"""Token patterns matched only where they can match: the same matches as spaCy's
Matcher over the whole document, at a fraction of the cost.

spaCy's Matcher walks every token of a document with every pattern, and evaluates
regular expressions, sets and extension attributes on each token in Python. Most tokens
of a release can match no token of any pattern, so a match can only lie inside a *run*
of tokens that each satisfy at least one token description of some pattern, and only
in a run that holds every token description a pattern cannot skip (an `OP` of none,
`"+"` or `{n,…}` with n ≥ 1). Those runs are found with numpy over `doc.to_array`, and
the Matcher runs on each of them alone (`matcher(doc[start:end])`).

The result is exactly the Matcher's over the whole document, in the same order:

- a match is a sequence of tokens that each satisfy a token description, so it lies in
  one run; the runs are separated by tokens no description accepts, so no match
  crosses them, and a Matcher on a run sees every match of the document inside it;
- the Matcher has no look-behind, and a pattern whose remaining descriptions are
  optional ends where the run ends as it would at the next (unacceptable) token;
- a greedy filter ("LONGEST", "FIRST") keeps, per key, non-overlapping matches, and
  matches in different runs never overlap; the order of the Matcher's output (keys
  without a filter in the order found, then each filtered key, in the order its
  first match was found, with its matches sorted by the filter) is rebuilt from the
  runs' outputs.

Each token description is evaluated as a superset of what it accepts: ORTH/TEXT,
LOWER, NORM, SHAPE, TAG, ENT_TYPE and ENT_ID values, `IN` lists and `REGEX`es on them,
boolean lexical flags (IS_TITLE, LIKE_NUM …) and token extensions (`_`) with plain
values are evaluated exactly; anything else (LENGTH, NOT_IN, a getter extension …) is
taken to accept every token. A pattern this module cannot reason about (an `OP` of
`"!"`, which looks at the token after a match) makes the Matcher run on the whole
document, as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
from spacy.attrs import ENT_ID, ENT_TYPE, IDS, LOWER, NORM, ORTH, SHAPE, TAG
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from ..text import text_index, token_values

#: Attributes whose values are strings (hashes in `doc.to_array`) and can be compared.
STRING_ATTRS = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER, "NORM": NORM, "SHAPE": SHAPE, "TAG": TAG}
STRING_ATTRS |= {"ENT_TYPE": ENT_TYPE, "ENT_ID": ENT_ID}
#: Boolean lexical flags: `doc.to_array` gives 0 or 1.
FLAG_ATTRS = {
    name: IDS[name]
    for name in (
        "IS_ALPHA",
        "IS_ASCII",
        "IS_DIGIT",
        "IS_LOWER",
        "IS_PUNCT",
        "IS_SPACE",
        "IS_TITLE",
        "IS_UPPER",
        "LIKE_URL",
        "LIKE_NUM",
        "LIKE_EMAIL",
        "IS_STOP",
        "IS_BRACKET",
        "IS_QUOTE",
        "IS_LEFT_PUNCT",
        "IS_RIGHT_PUNCT",
        "IS_CURRENCY",
    )
}
#: How many distinct strings an attribute's table of masks keeps before it starts again:
#: memory stays flat however many documents pass.
CACHE_SIZE = 50_000


class Unwindowable(ValueError):
    """A pattern whose matches may depend on tokens outside a run (OP "!")."""


def _min_count(spec: dict) -> int:
    """How many tokens a description must consume at least (0 for optional ones)."""
    op = next((v for k, v in spec.items() if isinstance(k, str) and k.upper() == "OP"), None)
    if op is None or op in ("1", "+"):
        return 1
    if op in ("?", "*"):
        return 0
    if isinstance(op, str) and op.startswith("{") and op.endswith("}"):
        low = op[1:-1].split(",")[0].strip()
        return int(low) if low else 0
    raise Unwindowable(f"operator {op!r}")


class _Description:
    """One token description, read as tests: the strings it wants on string attributes
    (a value, an `IN` list, a `REGEX`), the values of boolean flags, the values of token
    extensions. What it says beyond these is taken to accept every token (a superset)."""

    def __init__(self, spec: dict, strings):
        self.strings: dict[int, list[tuple[str, object]]] = {}  # attr -> [("in", hashes) | ("regex", pattern)]
        self.flags: list[tuple[int, int]] = []
        self.extensions: list[tuple[str, object, frozenset]] = []
        for key, value in spec.items():
            key = key.upper() if isinstance(key, str) else key
            if key == "_" and isinstance(value, dict):
                for name, want in value.items():
                    self._extension(name, want)
            elif key in STRING_ATTRS:
                self._string(STRING_ATTRS[key], value, strings)
            elif key in FLAG_ATTRS and isinstance(value, bool):
                self.flags.append((FLAG_ATTRS[key], int(value)))

    def _string(self, attr: int, value, strings) -> None:
        tests = self.strings.setdefault(attr, [])
        if isinstance(value, str):
            tests.append(("in", frozenset([strings.add(value)])))
        elif isinstance(value, dict):
            for op, operand in value.items():
                op = op.upper()
                if op == "IN" and isinstance(operand, list) and all(isinstance(v, str) for v in operand):
                    tests.append(("in", frozenset(strings.add(v) for v in operand)))
                elif op == "REGEX" and isinstance(operand, str):
                    tests.append(("regex", re.compile(operand)))

    def _extension(self, name: str, want) -> None:
        if not Token.has_extension(name):
            return
        default, method, getter, _ = Token.get_extension(name)
        if method is not None or getter is not None:
            return  # computed on access: accepts every token here
        if isinstance(want, str):
            self.extensions.append((name, default, frozenset([want])))
        elif isinstance(want, dict):
            for op, operand in want.items():
                if op.upper() == "IN" and isinstance(operand, list) and all(isinstance(v, str) for v in operand):
                    self.extensions.append((name, default, frozenset(operand)))

    def accepts_string(self, attr: int, h: int, text) -> bool:
        """Whether the string with hash `h` passes this description's tests on `attr`
        (`text` gives the string itself, for regexes)."""
        for kind, operand in self.strings.get(attr, ()):
            if kind == "in":
                if h not in operand:
                    return False
            elif operand.search(text()) is None:
                return False
        return True


#: What in a pattern's text may tie its matching to the numbering of its groups (a backreference,
#: a conditional group) or to flags of the whole expression: such regexes are not joined.
_NOT_JOINABLE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(|\(\?[aiLmsux]+\)")


def _any_of(patterns: list[re.Pattern]) -> re.Pattern | None:
    """One regex that finds something in a string exactly when one of `patterns` does (their
    alternation: at each position the engine tries every alternative), or None where they
    cannot be joined safely (flags of their own, backreferences, conditional groups)."""
    if not patterns:
        return None
    if any(p.flags != re.UNICODE or _NOT_JOINABLE.search(p.pattern) for p in patterns):
        return None
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns))
    except re.error:
        return None


class _Attribute:
    """For one string attribute (ORTH, LOWER …): which descriptions accept each string, as
    a mask of description bits, computed once per distinct string and kept (by hash,
    bounded so that memory stays flat)."""

    def __init__(self, attr: int, descriptions: list[_Description], strings):
        self.attr, self.strings = attr, strings
        self.keys: np.ndarray | None = None  # the strings seen (hashes, sorted) …
        self.values: np.ndarray | None = None  # … and their masks
        # The descriptions with no test on this attribute accept every string; those with
        # one list test accept the strings of the list (bits by hash); the others are asked.
        self.always, self.listed, self.asked = 0, {}, []
        for k, d in enumerate(descriptions):
            tests = d.strings.get(attr, [])
            if not tests:
                self.always |= 1 << k
            elif len(tests) == 1 and tests[0][0] == "in":
                for h in tests[0][1]:
                    self.listed[h] = self.listed.get(h, 0) | 1 << k
            else:
                self.asked.append((k, d))
        # The asked descriptions that hold a regex accept no string in which none of their
        # regexes finds anything: one search with all of them, in C, spares most strings the
        # descriptions' tests one by one (a word among dates' 25 regexes of digits).
        self.gated = [(k, d) for k, d in self.asked if any(kind == "regex" for kind, _ in d.strings[attr])]
        self.ungated = [(k, d) for k, d in self.asked if (k, d) not in self.gated]
        self.any_regex = _any_of([op for _, d in self.gated for kind, op in d.strings[attr] if kind == "regex"])

    def _mask(self, h: int, asked=None) -> int:
        text_cache = []

        def text():
            if not text_cache:
                text_cache.append(self.strings[h])
            return text_cache[0]

        mask = self.always | self.listed.get(h, 0)
        for k, d in self.asked if asked is None else asked:
            if d.accepts_string(self.attr, h, text):
                mask |= 1 << k
        return mask

    def _new_masks(self, new: list[int]) -> list[int]:
        """The masks of strings not seen before (hashes): the same as `_mask` of each, with
        the gated descriptions asked only about strings the joined regex finds something in."""
        if self.any_regex is None or not self.gated:
            return [self._mask(h) for h in new]
        out = []
        search, strings = self.any_regex.search, self.strings
        for h in new:
            if search(strings[h]) is not None:
                out.append(self._mask(h))
            else:
                out.append(self._mask(h, self.ungated))
        return out

    def masks(self, column: np.ndarray, dtype) -> np.ndarray:
        """The mask of each string of the column (hashes), from the strings seen before (a
        sorted table, looked up at once) and the new ones, asked and added to it."""
        if self.keys is None or self.values.dtype != np.dtype(dtype):
            self.keys, self.values = np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=dtype)
        at = np.searchsorted(self.keys, column)
        known = at < len(self.keys)
        known[known] = self.keys[at[known]] == column[known]
        if not known.all():
            new = np.unique(column[~known])
            if len(self.keys) + len(new) > CACHE_SIZE:
                # the table starts again with this column's strings, every one of them asked
                # again: a table of the new strings alone would leave the column's known strings
                # out of it, and their look-up below would read other strings' masks (a match
                # lost, in a run of more than CACHE_SIZE distinct strings)
                new = np.unique(column)
                self.keys, self.values = np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=dtype)
            values = np.array(self._new_masks(new.tolist()), dtype=dtype)
            where = np.searchsorted(self.keys, new)
            self.keys, self.values = np.insert(self.keys, where, new), np.insert(self.values, where, values)
            at = np.searchsorted(self.keys, column)
        return self.values[at]


#: The bits of one 64-bit word.
_WORD = (1 << 64) - 1


class _Slots:
    """Each distinct ORTH hash seen, numbered in the order first seen (its slot), for every
    MatchWindows of the process: a window keeps its lexeme masks in a dense array by slot, and
    the slots of a document's tokens are found once per document (`orth_slots`) for all the
    windows that run on it (dates, counts, entity_rules: one sorted look-up where each window
    made its own; speed, #18). Bounded as the masks' tables: past CACHE_SIZE strings it starts
    again under a new `generation`, and every window's dense masks and every document's slots
    of an older generation are dropped."""

    def __init__(self):
        self.generation = 0
        self.clear()

    def clear(self) -> None:
        self.generation += 1
        self.keys = np.zeros(0, dtype=np.uint64)  # the hashes seen, sorted …
        self.slot_at = np.zeros(0, dtype=np.intp)  # … and the slot of each
        self.hashes = np.zeros(0, dtype=np.uint64)  # the hash of each slot

    def of(self, column: np.ndarray) -> np.ndarray:
        """The slot of each hash of the column (ORTH), new hashes given the next slots."""
        keys = self.keys
        at = np.searchsorted(keys, column)
        known = at < len(keys)
        known[known] = keys[at[known]] == column[known]
        if known.all():
            return self.slot_at[at]
        new = np.unique(column[~known])
        if len(self.hashes) + len(new) > CACHE_SIZE:
            self.clear()
            new = np.unique(column)
        first = len(self.hashes)
        where = np.searchsorted(self.keys, new)
        self.keys = np.insert(self.keys, where, new)
        self.slot_at = np.insert(self.slot_at, where, np.arange(first, first + len(new), dtype=np.intp))
        self.hashes = np.concatenate((self.hashes, new))
        return self.slot_at[np.searchsorted(self.keys, column)]


#: The process's slots of ORTH hashes, shared by every MatchWindows.
_SLOTS = _Slots()
#: Where a document's slots are kept in its TextIndex (`derived`), with their generation.
_SLOTS_KEY = "windows.orth_slots"


def orth_slots(doc) -> np.ndarray:
    """The slot of each token's ORTH (`_SLOTS`), found once per Doc and kept in its TextIndex
    (which lives as long as the Doc, outside `doc.user_data`, and reads the ORTH column, fixed
    after the tokenizer, once): the windows of dates, counts and entity_rules share it. Kept
    with the table's generation, so that slots of a table started again are never read."""
    if not isinstance(doc, Doc):
        return _SLOTS.of(doc.to_array(ORTH))
    index = text_index(doc)
    held = index.derived.get(_SLOTS_KEY)
    if held is not None and held[0] == _SLOTS.generation:
        return held[1]
    column = index.columns.get(ORTH)
    if column is None:
        column = index.columns[ORTH] = doc.to_array(ORTH)
    slots = _SLOTS.of(column)
    index.derived[_SLOTS_KEY] = (_SLOTS.generation, slots)
    return slots


def _to_words(masks: list[int], words: int) -> np.ndarray:
    """Masks (Python integers) as rows of `words` 64-bit words (word w: bits 64w to 64w + 63)."""
    return np.array([[(m >> (64 * w)) & _WORD for w in range(words)] for m in masks], dtype=np.uint64).reshape(
        len(masks), words
    )


#: String attributes a token reads from its lexeme (`token.lex`), so fixed by its ORTH; NORM,
#: TAG and the entity attributes may differ between tokens of one string.
LEXEME_ATTRS = {ORTH: "orth", LOWER: "lower", SHAPE: "shape"}


class _Lexical(_Attribute):
    """The masks of the lexeme's attributes together (ORTH, LOWER, SHAPE and the boolean
    flags), kept by the ORTH slot (`orth_slots`, found once per document for all its windows)
    where each attribute and flag had its own column and look-up (speed, #18). A new
    string's mask is the AND of
    each lexeme attribute's mask (from its own table) and of its flags' tests, the same
    as the columns gave it token by token."""

    def __init__(self, vocab, parts: list[_Attribute], flag_wants: list[tuple[int, int, int]], every: int):
        self.attr, self.strings, self.vocab = ORTH, vocab.strings, vocab
        self.parts, self.flag_wants, self.every = parts, flag_wants, every
        self.dtype = None
        # the masks by slot of `_SLOTS` (uint64, one row of words each past 64 descriptions),
        # which slots are known, and the table's generation they belong to
        self._by_slot: np.ndarray | None = None
        self._done = np.zeros(0, dtype=bool)
        self._generation = 0

    def slot_masks(self, slots: np.ndarray, dtype, words: int) -> np.ndarray:
        """The mask of each token by its slot (`orth_slots`): uint64 with at most 64
        descriptions, else a row of `words` uint64 words per token. A slot's mask is made the
        first time a document holds it (`_new_masks`, as `masks` makes it) and kept."""
        if self._generation != _SLOTS.generation or self._by_slot is None:
            self._generation = _SLOTS.generation
            self._by_slot = np.zeros((0,) if words == 1 else (0, words), dtype=np.uint64)
            self._done = np.zeros(0, dtype=bool)
        size = len(_SLOTS.hashes)
        if len(self._done) < size:  # room for every slot of the table, grown by half at least
            room = max(size, len(self._done) * 3 // 2)
            grown = np.zeros((room,) if words == 1 else (room, words), dtype=np.uint64)
            grown[: len(self._by_slot)] = self._by_slot
            done = np.zeros(room, dtype=bool)
            done[: len(self._done)] = self._done
            self._by_slot, self._done = grown, done
        done = self._done[slots]
        if not done.all():
            new = np.unique(slots[~done])
            self.dtype = dtype
            values = self._new_masks(_SLOTS.hashes[new].tolist())
            self._by_slot[new] = np.array(values, dtype=np.uint64) if words == 1 else _to_words(values, words)
            self._done[new] = True
        return self._by_slot[slots]

    def _new_masks(self, new: list[int]) -> list[int]:
        lexemes = [self.vocab[h] for h in new]
        word = (lambda bits: bits) if self.dtype is object else np.uint64
        accepted = np.full(len(new), self.every, dtype=self.dtype)
        for part in self.parts:
            name = LEXEME_ATTRS[part.attr]
            accepted &= part.masks(np.array([getattr(lex, name) for lex in lexemes], dtype=np.uint64), self.dtype)
        for flag, want0, want1 in self.flag_wants:
            is_set = np.array([lex.check_flag(flag) for lex in lexemes], dtype=bool)
            if want1:
                accepted[~is_set] &= word(self.every & ~want1)
            if want0:
                accepted[is_set] &= word(self.every & ~want0)
        return accepted.tolist()


class MatchWindows:
    """The runs of a Doc where the given token patterns can match."""

    def __init__(self, vocab, patterns: Iterable[list[dict]]):
        self.whole_doc = False
        self.descriptions: list[_Description] = []
        required: list[int] = []  # per pattern: the bits of the descriptions it cannot skip
        index: dict[str, int] = {}
        try:
            for pattern in patterns:
                needed = 0
                for spec in pattern:
                    key = repr(sorted((str(k), repr(v)) for k, v in spec.items() if str(k).upper() != "OP"))
                    if key not in index:
                        index[key] = len(self.descriptions)
                        self.descriptions.append(_Description(spec, vocab.strings))
                    if _min_count(spec) > 0:
                        needed |= 1 << index[key]
                required.append(needed)
        except Unwindowable:
            self.whole_doc = True
        n = len(self.descriptions)
        self.dtype = np.uint64 if n <= 64 else object
        self.all = (1 << n) - 1
        self.required = sorted(set(required))
        #: per pattern, in the order given: the index of its needs in `required`
        self.needs_of = [self.required.index(r) for r in required]
        self._required = np.array(self.required, dtype=self.dtype)  # one row per pattern's needs
        self.words = max(1, (n + 63) // 64)  # 64-bit words per mask
        self._all_words = np.array([(self.all >> (64 * w)) & _WORD for w in range(self.words)], dtype=np.uint64)
        # the needs as 64-bit words (word w: bits 64w to 64w + 63), each a uint64 array: with more
        # than 64 descriptions the masks are Python ints, and the test of every run against every
        # pattern's needs is made word by word in numpy instead of int by int (speed, #18)
        self._required_words = [
            np.array([(r >> (64 * w)) & _WORD for r in self.required], dtype=np.uint64) for w in range((n + 63) // 64)
        ]
        attrs = sorted({attr for d in self.descriptions for attr in d.strings})
        self.string_attrs = [_Attribute(attr, self.descriptions, vocab.strings) for attr in attrs]
        # flag attr -> (bits of descriptions wanting 0, bits wanting 1)
        self.flags: dict[int, list[int]] = {}
        for k, d in enumerate(self.descriptions):
            for attr, value in d.flags:
                self.flags.setdefault(attr, [0, 0])[value] |= 1 << k
        self.extensions = sorted({name for d in self.descriptions for name, _, _ in d.extensions})
        # The lexeme's attributes and flags are looked up together by ORTH (`_Lexical`); the
        # token's own (NORM, TAG, entity attributes) each by its column, after it.
        self.per_token = [a for a in self.string_attrs if a.attr not in LEXEME_ATTRS]
        lexical = [a for a in self.string_attrs if a.attr in LEXEME_ATTRS]
        wants = [(flag, *self.flags[flag]) for flag in sorted(self.flags)]
        self.lexical = _Lexical(vocab, lexical, wants, self.all) if lexical or wants else None
        self.columns = ([ORTH] if self.lexical else []) + [a.attr for a in self.per_token]

    def _word(self, bits: int):
        """Bits as an element of the mask arrays (uint64, or a Python int beyond 64)."""
        return bits if self.dtype is object else np.uint64(bits)

    def masks(self, doc: Doc) -> np.ndarray:
        """Per token, the descriptions that may accept it (bit k: description k), of `dtype`
        (Python integers past 64 descriptions)."""
        accepted = self._word_masks(doc)
        if self.words == 1:
            return accepted
        out = np.empty(len(accepted), dtype=object)
        out[:] = [sum(int(v) << (64 * w) for w, v in enumerate(row)) for row in accepted.tolist()]
        return out

    def _word_masks(self, doc: Doc) -> np.ndarray:
        """The masks as uint64: one per token with at most 64 descriptions, else a row of
        `words` words per token (word w: descriptions 64w to 64w + 63). The lexeme's masks are
        read by the document's ORTH slots (`orth_slots`, shared by the windows of a document);
        past 64 descriptions the masks are words, not Python integers (speed, #18)."""
        n, words = len(doc), self.words
        dtype = np.uint64 if words == 1 else object
        if self.lexical is not None:
            accepted = self.lexical.slot_masks(orth_slots(doc), dtype, words)
        else:
            accepted = np.empty((n,) if words == 1 else (n, words), dtype=np.uint64)
            accepted[...] = self._all_words if words > 1 else np.uint64(self.all)
        if self.per_token:
            table = doc.to_array([a.attr for a in self.per_token]).reshape(n, len(self.per_token))
            for k, attribute in enumerate(self.per_token):
                masks = attribute.masks(table[:, k], dtype)
                accepted &= masks if words == 1 else _to_words(masks.tolist(), words)
        if self.extensions:
            values = {name: token_values(doc, name) for name in self.extensions}
            for k, d in enumerate(self.descriptions):
                for name, default, wanted in d.extensions:
                    marked = values[name]
                    if default in wanted:
                        fails = [i for i, v in marked.items() if v not in wanted]
                    else:
                        hit = np.zeros(n, dtype=bool)
                        hit[[i for i, v in marked.items() if v in wanted]] = True
                        fails = np.flatnonzero(~hit)
                    if words == 1:
                        accepted[fails] &= np.uint64(self.all & ~(1 << k))
                    else:
                        accepted[fails, k // 64] &= np.uint64(_WORD & ~(1 << (k % 64)))
        return accepted

    def __call__(self, doc: Doc) -> list[tuple[int, int]]:
        """(start, end) of each run where a match may lie, in document order."""
        return [(start, end) for start, end, _ in self.runs(doc)]

    def runs(self, doc: Doc) -> list[tuple[int, int, tuple[bool, ...] | None]]:
        """(start, end, needs met) of each run where a match may lie, in document order: per
        entry of `required`, whether some token of the run may satisfy each description it
        holds (None with `whole_doc`: every pattern may match)."""
        n = len(doc)
        if self.whole_doc:
            return [(0, n, None)] if n else []
        if not n or not self.descriptions:
            return []
        accepted = self._word_masks(doc)
        anywhere = accepted != 0 if self.words == 1 else accepted.any(axis=1)
        edges = np.diff(np.concatenate(([0], anywhere.view(np.int8), [0])))
        starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
        if not len(starts):
            return []
        # Per run, the descriptions some token of it may satisfy (tokens between runs have none).
        held = np.bitwise_or.reduceat(accepted, starts, axis=0)
        met = self._met(held) if self.words == 1 else self._met_words(held)
        # only the runs where some pattern may match become tuples (most runs of a release meet
        # no pattern's needs: a word or two the descriptions accept; speed, #18)
        kept = np.flatnonzero(met.any(axis=1))
        return [(s, e, tuple(row)) for s, e, row in zip(starts[kept].tolist(), ends[kept].tolist(), met[kept].tolist())]

    def _met(self, held: np.ndarray) -> np.ndarray:
        """Per run (its `held` descriptions) and per entry of `required`: whether the run holds
        all of it."""
        if self.dtype is not object:
            need = self._required
            return (held[:, None] & need[None, :]) == need[None, :]
        met = np.ones((len(held), len(self.required)), dtype=bool)
        bits = held.tolist()
        for w, need in enumerate(self._required_words):
            word = np.array([(b >> (64 * w)) & _WORD for b in bits], dtype=np.uint64)
            met &= (word[:, None] & need[None, :]) == need[None, :]
        return met

    def _met_words(self, held: np.ndarray) -> np.ndarray:
        """`_met` of runs whose descriptions are rows of 64-bit words (`_word_masks`)."""
        met = np.ones((len(held), len(self.required)), dtype=bool)
        for w, need in enumerate(self._required_words):
            met &= (held[:, w, None] & need[None, :]) == need[None, :]
        return met


class PatternSubsets:
    """Matchers of the patterns of one Matcher that can match in a run, by the needs the run
    meets (`MatchWindows.runs`).

    spaCy's Matcher starts every pattern at every token and tests its first description
    there, so a run in which 3 of 76 patterns can match costs a Matcher of 3 patterns, not
    of 76. A pattern left out can match nothing in the run, and the Matcher's states evolve
    each on its own, so the others' matches come out the same and in the same order (speed,
    #18). Each subset's Matcher is made once and kept."""

    #: How many Matchers of subsets are kept before the table starts again: memory stays
    #: flat whatever text passes.
    KEPT = 256

    def __init__(self, vocab, keys: list[str], patterns: list[list[dict]], filters: dict, needs_of: list[int]):
        """`keys[k]` and `patterns[k]`: the k-th pattern as the whole Matcher was given it;
        `filters`: each key's greedy filter (by hash); `needs_of[k]`: its entry of `required`."""
        self.vocab, self.keys, self.patterns, self.filters = vocab, keys, patterns, filters
        self.needs_of = needs_of
        self._kept: dict[tuple[bool, ...], Matcher] = {}

    def matcher(self, met: tuple[bool, ...] | None, whole: Matcher) -> Matcher:
        """The Matcher of the patterns whose needs are `met` (in the order they were added,
        each key with its filter), or `whole` where every pattern may match."""
        if met is None or all(met):
            return whole
        matcher = self._kept.get(met)
        if matcher is None:
            if len(self._kept) >= self.KEPT:
                self._kept = {}
            matcher = Matcher(self.vocab)
            for key, pattern, needs in zip(self.keys, self.patterns, self.needs_of):
                if met[needs]:
                    matcher.add(key, [pattern], greedy=self.filters.get(self.vocab.strings[key]))
            self._kept[met] = matcher
        return matcher


class WindowedMatcher:
    """A spaCy Matcher that matches only inside MatchWindows, each run with the patterns
    that can match in it (PatternSubsets): `matcher(doc)` returns the same (match_id,
    start, end) tuples, in the same order, as spaCy's Matcher would."""

    def __init__(self, vocab, validate: bool = False):
        self.vocab = vocab
        self.matcher = Matcher(vocab, validate=validate)
        self.patterns: list[list[dict]] = []
        self.keys: list[str] = []  # the key of each pattern, in the order added
        self.filters: dict[int, str | None] = {}
        self._windows: MatchWindows | None = None
        self._subsets: PatternSubsets | None = None

    def __len__(self) -> int:
        return len(self.matcher)

    def add(self, key: str, patterns: list[list[dict]], *, greedy: str | None = None) -> None:
        self.matcher.add(key, patterns, greedy=greedy)
        self.filters[self.vocab.strings.add(key)] = greedy
        self.patterns.extend(patterns)
        self.keys.extend([key] * len(patterns))
        self._windows = None

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        if self._windows is None:
            self._windows = MatchWindows(self.vocab, self.patterns)
            self._subsets = PatternSubsets(self.vocab, self.keys, self.patterns, self.filters, self._windows.needs_of)
        runs = self._windows.runs(doc)
        if self._windows.whole_doc:
            return self.matcher(doc)
        subsets, whole = self._subsets, self.matcher
        return merge_runs(
            [(start, subsets.matcher(met, whole)(Span(doc, start, end))) for start, end, met in runs], self.filters
        )


def merge_runs(outputs: list[tuple[int, list]], filters: dict[int, str | None]) -> list[tuple[int, int, int]]:
    """The Matcher's output over the whole document from its outputs over runs (each with
    the run's start, matches relative to it), in the Matcher's order (see the module's
    docstring)."""
    unfiltered, by_key = [], {}
    for offset, matches in outputs:
        for key, start, end in matches:
            match = (key, start + offset, end + offset)
            if filters.get(key) is None:
                unfiltered.append(match)
            else:
                by_key.setdefault(key, []).append(match)
    out = unfiltered
    for key, matches in by_key.items():
        if filters[key] == "LONGEST":
            matches = sorted(matches, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)
        else:  # FIRST
            matches = sorted(matches, key=lambda m: (m[1], -m[2]))
        out.extend(matches)
    return out
