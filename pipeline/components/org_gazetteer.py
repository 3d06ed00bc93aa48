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

import warnings
from collections.abc import Callable, Iterable
from functools import partial

from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.pipeline.span_ruler import SpanRuler, overlapping_labeled_spans_score
from spacy.tokens import Doc, Span
from spacy.util import registry

from ..rules import read_jsonl_rules
from ..text import text_index
from .entity_rules import set_annotations_unless_unchanged
from .org_names import org_key, spelling_variants

GAZETTEER_KEYS = {"id", "name", "acronym", "variants", "kind"}


def read_gazetteer(path: str) -> list[dict]:
    return read_jsonl_rules(path, required={"id", "name"}, allowed=GAZETTEER_KEYS)


@registry.readers("communique.gazetteer_patterns.v1")
def gazetteer_patterns(path: str, label: str = "ORG") -> list[dict]:
    """Phrase patterns (name, acronym, variants, in every house spelling) for the span ruler."""
    patterns = []
    for entry in read_gazetteer(path):
        forms = set()
        for form in [entry["name"], *entry.get("variants", [])]:
            forms |= spelling_variants(form)
        if entry.get("acronym"):
            forms.add(entry["acronym"])
        for form in sorted(forms):
            patterns.append({"label": label, "pattern": form, "id": f"org:gazetteer:{entry['id']}"})
    return patterns


class Gazetteer:
    """Entries by the key of every form they are known by (name, acronym, variants)."""

    def __init__(self, entries: list[dict] = ()):
        self.by_key: dict[str, dict] = {}
        for entry in entries:
            for form in [entry["name"], entry.get("acronym") or "", *entry.get("variants", [])]:
                if form:
                    self.by_key.setdefault(org_key(form), entry)

    def lookup(self, text: str) -> dict | None:
        return self.by_key.get(org_key(text))


class LayoutTolerantSpanRuler(SpanRuler):
    def match(self, doc: Doc):
        self._require_patterns()
        # the non-space tokens, read from one array rather than token by token
        kept = (doc.to_array(IS_SPACE) == 0).nonzero()[0].tolist() if len(doc) else []
        words = text_index(doc).words
        compact = Doc(doc.vocab, words=[words[i] for i in kept], spaces=[True] * len(kept))
        matches = []
        if len(self.matcher):  # a ruler may hold phrase patterns only
            with warnings.catch_warnings():
                warnings.filterwarnings("ignore", message="\\[W036")
                matches = list(self.matcher(doc))
        matches += [(m_id, kept[start], kept[end - 1] + 1) for m_id, start, end in self.phrase_matcher(compact)]
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
