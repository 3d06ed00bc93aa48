"""`entity_rules`: spaCy's SpanRuler, its token patterns matched only where they can match.

The grammar patterns of models/patterns/entities.jsonl ("Ministry of … of <country>",
"<demonym> … Council", "<gazetteer organisation> … Commission") read token extensions
and run over capitalised words with `*` and `+`; spaCy's Matcher would evaluate them on
every token of a document. Here they run only on the runs of tokens where one of them
can match (pipeline.components.windows), which gives the same spans: everything else
is spaCy's SpanRuler.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable
from functools import partial

from spacy.language import Language
from spacy.pipeline.span_ruler import SpanRuler, overlapping_labeled_spans_score
from spacy.tokens import Doc, Span
from spacy.util import filter_chain_spans

from .windows import MatchWindows, PatternSubsets


class WindowedSpanRuler(SpanRuler):
    _windows: MatchWindows | None = None
    _subsets: PatternSubsets | None = None

    def add_patterns(self, patterns) -> None:
        super().add_patterns(patterns)
        self._windows = None

    def clear(self) -> None:
        super().clear()
        self._windows = None

    def remove(self, label: str) -> None:
        super().remove(label)
        self._windows = None

    def remove_by_id(self, pattern_id: str) -> None:
        super().remove_by_id(pattern_id)
        self._windows = None

    def match(self, doc: Doc):
        self._require_patterns()
        if self._windows is None:
            token_entries = [p for p in self.patterns if isinstance(p["pattern"], list)]
            token_patterns = [p["pattern"] for p in token_entries]
            self._windows = MatchWindows(self.nlp.vocab, token_patterns)
            # the Matcher's keys as SpanRuler.add_patterns gives them, no greedy filter
            keys = [repr((p["label"], p.get("id", ""))) for p in token_entries]
            self._subsets = PatternSubsets(self.nlp.vocab, keys, token_patterns, {}, self._windows.needs_of)
        matches = []
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="\\[W036")  # a ruler may hold one kind of pattern only
            if len(self.matcher):
                for start, end, met in self._windows.runs(doc):
                    matcher = self._subsets.matcher(met, self.matcher)
                    matches += [(m_id, s + start, e + start) for m_id, s, e in matcher(Span(doc, start, end))]
            matches += list(self.phrase_matcher(doc))
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


def set_annotations_unless_unchanged(ruler: SpanRuler, doc: Doc, matches) -> None:
    """SpanRuler.set_annotations, but where nothing matched and the entities would be set
    to themselves (first-longest filter, not overwriting) they are left as they are."""
    if (
        matches
        or not ruler.annotate_ents
        or ruler.overwrite
        or ruler.spans_filter is not None
        or ruler.ents_filter is not filter_chain_spans
    ):
        SpanRuler.set_annotations(ruler, doc, matches)
        return
    # No match: the first-longest filter keeps the entities as they are, and setting
    # them again to themselves would walk every token; the span group is still written.
    if ruler.key:
        spans = doc.spans[ruler.key] if ruler.key in doc.spans else []
        doc.spans[ruler.key] = spans


@Language.factory(
    "communique_span_ruler",
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
def make_windowed_span_ruler(
    nlp: Language,
    name: str,
    spans_key: str | None,
    spans_filter: Callable[[Iterable[Span], Iterable[Span]], Iterable[Span]] | None,
    annotate_ents: bool,
    ents_filter: Callable[[Iterable[Span], Iterable[Span]], Iterable[Span]],
    phrase_matcher_attr: str | None,
    validate: bool,
    overwrite: bool,
) -> WindowedSpanRuler:
    return WindowedSpanRuler(
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
