"""Participant counts: a number, its qualifier ("more than", "close to") and its unit.

A count is a number (found by the Matcher patterns in models/patterns/counts.jsonl),
then at most `max_gap_words` modifier words ("ten international and regional
organizations", "46 OSCE participating States"), then a unit word or phrase. The words
that name a unit or a qualifier, and the words that show a number is something else
(an article number, an age, a duration, a sum of money), are data in
models/patterns/count_terms.jsonl. Number words are parsed by text2num.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from text_to_num import text2num

from ..text import squash
from .mentions import add_mention

if not Doc.has_extension("counts"):
    Doc.set_extension("counts", default=None)

_GROUPED = re.compile(r"[1-9]\d{0,2}(?:[,\s\u00a0\u202f]\d{3})+|[1-9]\d{0,2}(?:\.\d{3})+|[1-9]\d*|0")


def parse_number(text: str) -> int | None:
    """Integer value of '1,200', '1 200', 'fifty-five', 'four hundred', 'a dozen'; None otherwise.

    Digits must be grouped by thousands ("1 200", "1,200", "1.200") so that phone numbers and
    codes ("017 222 22") are not read as one figure. Ordinals ("fourth") are not numbers.
    """
    t = " ".join(text.split()).lower().replace("‑", "-").replace(" - ", "-")
    if t and t[0].isdigit():
        if not _GROUPED.fullmatch(t):
            return None
        return int(re.sub(r"\D", "", t))
    words = t.split()
    if words and words[-1] == "dozen":  # "a dozen", "two dozen", "half a dozen"
        head = " ".join(words[:-1])
        if head in ("", "a", "one"):
            return 12
        if head == "half a":
            return 6
        times = parse_number(head)
        return times * 12 if times else None
    if words and words[0] == "a":  # "a hundred", "a thousand"
        t = "one " + " ".join(words[1:])
    try:
        return int(text2num(t, "en"))
    except ValueError:
        return None


@Language.factory(
    "communique_counts",
    assigns=["doc._.counts"],
    requires=["token.tag", "token.ent_type", "doc._.dates"],
    default_config={
        "max_qualifier_words": 3,
        "max_gap_words": 4,
        "gap_tags": ["JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CC", "VBG", "VBN", "HYPH", "_SP"],
        "excluded_ents": ["DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"],
    },
)
class CountFinder:
    """Find counts; every rule id that fired travels in the record's `source`."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        max_qualifier_words: int,
        max_gap_words: int,
        gap_tags: list[str],
        excluded_ents: list[str],
    ):
        self.name, self.max_q, self.max_gap = name, max_qualifier_words, max_gap_words
        self.gap_tags, self.excluded_ents = set(gap_tags), set(excluded_ents)
        self.numbers = Matcher(nlp.vocab, validate=True)
        self.units = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.unit_values: dict[str, str] = {}
        self.qualifiers: dict[str, str] = {}
        self.not_before: set[str] = set()
        self.not_between: set[str] = set()
        self.reference_before: dict[str, set[str]] = {}

    def initialize(self, get_examples=None, *, nlp=None, patterns: list[dict] = (), lexicon):
        vocab = self.numbers.vocab
        self.numbers = Matcher(vocab, validate=True)
        for p in patterns:
            self.numbers.add(p["id"], [p["pattern"]], greedy="LONGEST")
        make = nlp.make_doc if nlp is not None else (lambda text: Doc(vocab, words=text.split()))
        self.unit_values = lexicon.mapping("count_unit")
        self.units = PhraseMatcher(vocab, attr="LOWER")
        for term, unit in self.unit_values.items():
            self.units.add(unit, [make(term)])
        self.qualifiers = lexicon.mapping("count_qualifier")
        self.not_before = set(lexicon["count_not_before"])
        self.not_between = set(lexicon["count_not_between"])
        self.reference_before = {t: set(units) for t, units in lexicon.multimap("count_reference_before").items()}

    def _qualifier(self, doc: Doc, start: int) -> tuple[str, int]:
        """The qualifier written before token `start` ("exact" if none), and the token where it begins."""
        for n in range(self.max_q, 0, -1):
            if start - n < 0:
                continue
            phrase = " ".join(t.lower_ for t in doc[start - n : start] if not t.is_space)
            if phrase in self.qualifiers:
                return self.qualifiers[phrase], start - n
        return "exact", start

    def _is_something_else(self, doc: Doc, number: Span) -> bool:
        """A date, an age, money, a percentage, a reference number or part of a longer code."""
        if any(t.ent_type_ in self.excluded_ents for t in number):
            return True
        if any(d["start"] < number.end_char and number.start_char < d["end"] for d in doc._.get("dates") or []):
            return True
        before = doc[number.start - 1] if number.start > 0 else None
        after = doc[number.end] if number.end < len(doc) else None
        if before is not None and (before.lower_ in self.not_before or before.like_num or before.text in "+#"):
            return True
        return after is not None and (after.like_num or after.text in ("%", "+")) and not after.is_alpha

    def _is_reference(self, doc: Doc, number: Span, unit: str) -> bool:
        """'between the two countries', 'the 57 participating States': known members, not a turnout."""
        before = next((t for t in reversed(doc[: number.start]) if not t.is_space), None)
        return before is not None and unit in self.reference_before.get(before.lower_, ())

    def _unit_after(self, doc: Doc, end: int, units: dict[int, tuple[int, str]]) -> tuple[int, int, str] | None:
        """(unit start, unit end, unit value) after at most `max_gap_words` modifier words, else None."""
        words, i = 0, end
        while i < len(doc):
            if i in units:
                return i, units[i][0], units[i][1]
            tok = doc[i]
            if tok.lower_ in self.not_between or tok.tag_ not in self.gap_tags or tok.like_num:
                return None
            if not tok.is_space and tok.tag_ != "HYPH":
                words += 1
                if words > self.max_gap:
                    return None
            i += 1
        return None

    def __call__(self, doc: Doc) -> Doc:
        units: dict[int, tuple[int, str]] = {}
        for match_id, s, e in self.units(doc):
            if any(t.ent_type_ == "GPE" for t in doc[s:e]):  # "the United States", a place, not a unit
                continue
            if s not in units or e > units[s][0]:
                units[s] = (e, doc.vocab.strings[match_id])
        numbers = filter_spans([Span(doc, s, e, label=m) for m, s, e in self.numbers(doc)])
        rows = []
        for number in numbers:
            value = parse_number(number.text)
            if value is None or self._is_something_else(doc, number):
                continue
            unit = self._unit_after(doc, number.end, units)
            if unit is None or self._is_reference(doc, number, unit[2]):
                continue
            qualifier, q_start = self._qualifier(doc, number.start)
            while doc[q_start].is_space:
                q_start += 1
            full = doc[q_start : unit[1]]
            # which rules fired: the number pattern, the unit term and the qualifier term
            source = f"{number.label_}|unit={doc[unit[0] : unit[1]].text.lower()}"
            if q_start < number.start:
                source += f"|qualifier={squash(doc[q_start : number.start].text).lower()}"
            rows.append(
                {
                    "start": full.start_char,
                    "end": full.end_char,
                    "text": squash(full.text),
                    "value": value,
                    "qualifier": qualifier,
                    "unit": unit[2],
                    "source": source,
                    "event": "",
                }
            )
            add_mention(
                doc, "COUNT", full.start_char, full.end_char, source=source, normalized=f"{qualifier}:{value}:{unit[2]}"
            )
        doc._.counts = rows
        return doc
