"""A span ruler whose phrase patterns also match across layout whitespace.

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

from spacy.language import Language
from spacy.pipeline.span_ruler import SpanRuler, overlapping_labeled_spans_score
from spacy.tokens import Doc, Span


class LayoutTolerantSpanRuler(SpanRuler):
    def match(self, doc: Doc):
        self._require_patterns()
        kept = [t.i for t in doc if not t.is_space]
        compact = Doc(doc.vocab, words=[doc[i].text for i in kept], spaces=[True] * len(kept))
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="\\[W036")  # a ruler may hold phrase patterns only
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
