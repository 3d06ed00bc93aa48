"""Participant counts: a number, its qualifier ("more than", "close to") and its unit.

The shape is a Matcher pattern (models/patterns/counts.jsonl); the words that map to a
unit or a qualifier are data (models/patterns/count_terms.jsonl). Number words are
parsed by text2num.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from text_to_num import text2num

from .mentions import add_mention

if not Doc.has_extension("counts"):
    Doc.set_extension("counts", default=None)

SMALL_WORDS = {"a dozen": 12, "dozen": 12, "a hundred": 100, "a thousand": 1000}


def parse_number(text: str) -> int | None:
    """Integer value of '1,200', '1 200', 'fifty-five', 'four hundred'; None if not a number."""
    t = text.strip().lower()
    if t in SMALL_WORDS:
        return SMALL_WORDS[t]
    digits = re.sub(r"(?<=\d)[,\s  ](?=\d{3}\b)", "", t)
    if re.fullmatch(r"\d+", digits):
        return int(digits)
    try:
        return int(text2num(t.replace(" - ", "-"), "en"))
    except ValueError:
        return None


@Language.factory("communique_counts", assigns=["doc._.counts"], default_config={"max_qualifier_words": 3})
class CountFinder:
    def __init__(self, nlp: Language, name: str, *, max_qualifier_words: int):
        self.name, self.max_q = name, max_qualifier_words
        self.matcher = Matcher(nlp.vocab, validate=True)
        self.units: dict[str, str] = {}
        self.qualifiers: dict[str, str] = {}

    def initialize(self, get_examples=None, *, nlp=None, patterns: list[dict] = (), terms: list[dict] = ()):
        self.matcher = Matcher(self.matcher.vocab, validate=True)
        for p in patterns:
            self.matcher.add(p["id"], [p["pattern"]], greedy="LONGEST")
        self.units = {t["term"]: t["value"] for t in terms if t["kind"] == "unit"}
        self.qualifiers = {t["term"]: t["value"] for t in terms if t["kind"] == "qualifier"}

    def _qualifier(self, doc: Doc, start: int) -> tuple[str, int]:
        """The qualifier written before token `start`, and the token where it begins."""
        for n in range(self.max_q, 0, -1):
            if start - n < 0:
                continue
            phrase = doc[start - n : start].text.lower()
            if phrase in self.qualifiers:
                return self.qualifiers[phrase], start - n
        return "exact", start

    def __call__(self, doc: Doc) -> Doc:
        spans = filter_spans([Span(doc, s, e, label=m) for m, s, e in self.matcher(doc)])
        rows = []
        for span in spans:
            num_end = span.start
            while num_end < span.end and (span.doc[num_end].like_num or span.doc[num_end].text in "-‑"):
                num_end += 1
            value = parse_number(doc[span.start : num_end].text)
            unit = self.units.get(span[-1].lower_)
            if value is None or unit is None or doc[span.start].ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"):
                continue
            qualifier, q_start = self._qualifier(doc, span.start)
            full = doc[q_start : span.end]
            rows.append({"start": full.start_char, "end": full.end_char, "text": full.text, "value": value,
                         "qualifier": qualifier, "unit": unit, "source": span.label_, "event": ""})
            add_mention(doc, "COUNT", full.start_char, full.end_char, source=span.label_, normalized=f"{qualifier}:{value}:{unit}")
        doc._.counts = rows
        return doc
