"""The organisations gazetteer (models/gazetteers/organisations.jsonl): its entries, the
phrase patterns built from them, and a span ruler whose phrase patterns also match
across layout whitespace.

Texts converted from PDFs or web pages break names over lines: "the Organization for
\\n\\nSecurity and Co-operation in Europe". spaCy keeps such runs of whitespace as tokens
of their own, so a PhraseMatcher never sees the name. This ruler runs its phrase
patterns on the document's non-space tokens and maps the matches back; token patterns
run on the document as usual. Everything else is spaCy's SpanRuler.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Iterable
from functools import partial

import numpy as np
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.pipeline.span_ruler import SpanRuler, overlapping_labeled_spans_score
from spacy.tokens import Doc, Span
from spacy.util import registry

from ..rules import read_jsonl_rules
from ..text import fold, squash, text_index
from .entity_rules import set_annotations_unless_unchanged
from .org_names import org_key, spelling_variants

GAZETTEER_KEYS = {"id", "name", "acronym", "variants", "kind"}

#: A hyphen between a word and a capitalised word ("Confidence-Building").
_SPACED_HYPHEN = re.compile(r"(?<=[a-z])-(?=[A-Z])")


def read_gazetteer(path: str) -> list[dict]:
    return read_jsonl_rules(path, required={"id", "name"}, allowed=GAZETTEER_KEYS)


@registry.readers("communique.gazetteer_patterns.v1")
def gazetteer_patterns(path: str, label: str = "ORG") -> list[dict]:
    """Phrase patterns (name, acronym, variants, in every house spelling, a name of several
    words also in capitals) for the span ruler."""
    patterns = []
    for entry in read_gazetteer(path):
        forms = set()
        for form in [entry["name"], *entry.get("variants", [])]:
            forms |= spelling_variants(form)
        # a compound of two capitalised words written with a space for its hyphen
        # ("Confidence Building Measures", "Anti Terrorist Structure")
        forms |= {_SPACED_HYPHEN.sub(" ", f) for f in forms}
        # a name of two words or more in a headline or paragraph written in capitals
        # ("THE NORDIC COUNCIL WELCOMES ITS GUESTS", a headline)
        forms |= {f.upper() for f in forms if " " in f}
        if entry.get("acronym"):
            forms.add(entry["acronym"])
        for form in sorted(forms):
            patterns.append({"label": label, "pattern": form, "id": f"org:gazetteer:{entry['id']}"})
    return patterns


class Gazetteer:
    """Entries by the key of every form they are known by (name, acronym, variants)."""

    def __init__(self, entries: list[dict] = ()):
        self.by_key: dict[str, dict] = {}
        capitals: set[str] = set()  # forms written in capitals only ("UN", "U.N.", "AU"), folded
        worded: set[str] = set()  # forms written with lower-case letters, folded
        for entry in entries:
            for form in [entry["name"], entry.get("acronym") or "", *entry.get("variants", [])]:
                if form:
                    self.by_key.setdefault(org_key(form), entry)
                    (worded if any(ch.islower() for ch in form) else capitals).add(squash(fold(form)))
        # a wholly lower-case text spelling a capitals-only form is a common word of some
        # language ("un nuevo acuerdo", "au revoir"), not the body
        self._capitals_only = capitals - worded

    def lookup(self, text: str) -> dict | None:
        if not any(ch.isupper() for ch in text) and squash(fold(text)) in self._capitals_only:
            return None
        return self.by_key.get(org_key(text))


class LayoutTolerantSpanRuler(SpanRuler):
    _pattern_words: frozenset[str] | None = None  # the words of its phrase patterns, once asked

    def match(self, doc: Doc):
        self._require_patterns()
        # the non-space tokens, read from one array rather than token by token
        space = doc.to_array(IS_SPACE) if len(doc) else np.zeros(0, dtype=np.uint64)
        kept_array = (space == 0).nonzero()[0]
        kept = kept_array.tolist()
        words = text_index(doc).words
        matches = []
        if len(self.matcher):  # a ruler may hold phrase patterns only
            with warnings.catch_warnings():
                warnings.filterwarnings("ignore", message="\\[W036")
                matches = list(self.matcher(doc))
        if self._over_a_break(words, kept_array):
            compact = Doc(doc.vocab, words=[words[i] for i in kept], spaces=[True] * len(kept))
            matches += [(m_id, kept[start], kept[end - 1] + 1) for m_id, start, end in self.phrase_matcher(compact)]
        else:
            # no name can run over white space here: the matches on the non-space tokens
            # are the document's own that hold no space token (building the compact Doc
            # costs several times the matching)
            matches += [
                (m_id, start, end) for m_id, start, end in self.phrase_matcher(doc) if not space[start:end].any()
            ]
        spans = {
            Span(
                doc,
                start,
                end,
                label=self._match_label_id_map[m_id]["label"],
                span_id=self._match_label_id_map[m_id]["id"],
            )
            for m_id, start, end in matches
            if start != end
        }
        return sorted(spans)

    def _over_a_break(self, words: list[str], kept) -> bool:
        """Whether a phrase pattern could match over white space: a run of space tokens
        stands between two words that phrase patterns hold (a match over it holds both)."""
        if self.phrase_matcher_attr not in (None, "ORTH", "TEXT"):
            return True  # the words are compared by another attribute: not known here
        if self._pattern_words is None:
            self._pattern_words = frozenset(
                t.text for p in self._patterns if isinstance(p["pattern"], str) for t in self.nlp.make_doc(p["pattern"])
            )
        ends = (np.diff(kept) > 1).nonzero()[0].tolist()  # the non-space token before each run of spaces
        return any(words[kept[j]] in self._pattern_words and words[kept[j + 1]] in self._pattern_words for j in ends)

    def add_patterns(self, patterns) -> None:
        super().add_patterns(patterns)
        self._pattern_words = None

    def remove(self, label: str) -> None:
        super().remove(label)
        self._pattern_words = None

    def remove_by_id(self, pattern_id: str) -> None:
        super().remove_by_id(pattern_id)
        self._pattern_words = None

    def clear(self) -> None:
        super().clear()
        self._pattern_words = None

    def set_annotations(self, doc: Doc, matches) -> None:
        set_annotations_unless_unchanged(self, doc, matches)


@Language.factory(
    "communique_layout_span_ruler",
    assigns=["doc.spans"],
    default_config={
        "spans_key": "ruler",
        "spans_filter": None,
        "annotate_ents": False,
        "ents_filter": {"@misc": "spacy.first_longest_spans_filter.v1"},
        "phrase_matcher_attr": None,
        "validate": False,
        "overwrite": True,
    },
)
def make_layout_span_ruler(
    nlp: Language,
    name: str,
    spans_key: str | None,
    spans_filter: Callable[[Iterable[Span], Iterable[Span]], Iterable[Span]] | None,
    annotate_ents: bool,
    ents_filter: Callable[[Iterable[Span], Iterable[Span]], Iterable[Span]],
    phrase_matcher_attr: str | None,
    validate: bool,
    overwrite: bool,
) -> LayoutTolerantSpanRuler:
    return LayoutTolerantSpanRuler(
        nlp,
        name,
        spans_key=spans_key,
        spans_filter=spans_filter,
        annotate_ents=annotate_ents,
        ents_filter=ents_filter,
        phrase_matcher_attr=phrase_matcher_attr,
        validate=validate,
        overwrite=overwrite,
        scorer=partial(overlapping_labeled_spans_score, spans_key=spans_key),
    )
