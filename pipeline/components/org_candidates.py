"""What the organisation deciders work on: the facts of one document, and its candidate spans.

`DocFacts` is everything the deciders know about a document besides the span in hand:
its page furniture, the places and people the model found, the words it writes in lower
case, the gazetteer and rule spans, and the acronyms it defines (filled in by
`learn_acronym`, one definition at a time). `candidates` lists the spans to decide on.
Nothing here decides; nothing here writes to the Doc.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..layout import furniture_ranges
from ..text import fold, text_of
from .org_names import org_key
from .org_words import OrgWords

#: Span groups of the rulers whose ORG spans organisations use.
RULE_SPAN_KEYS = ("org_gazetteer", "entity_rules")


@dataclass
class Candidate:
    span: Span
    source: str  # the rule or model that found it


@dataclass
class DocFacts:
    doc: Doc
    rule_spans: list[Span]
    known_spans: list[Span]  # gazetteer matches
    furniture: list[tuple[int, int]]  # character ranges
    places: set[str]
    person_last: set[str]
    lower_words: set[str]
    acronym_orgs: dict[str, tuple[str, str]] = field(default_factory=dict)  # short → (name, acronym)
    not_org_acronyms: set[str] = field(default_factory=set)
    acronym_long: dict[str, str] = field(default_factory=dict)  # key of a long name → its acronym
    long_ranges: list[tuple[int, int, str]] = field(default_factory=list)  # long forms' offsets → acronym

    @classmethod
    def of(cls, doc: Doc, labels: set[str], words: OrgWords, *, menu_min_lines: int, menu_max_words: int) -> DocFacts:
        places = {
            fold(m["text"]) for m in doc._.mentions or [] if m["source"] == "ner" and m["label"] in ("GPE", "LOC")
        }
        places |= {fold(e.text) for e in doc.ents if e.label_ in ("GPE", "LOC")}
        return cls(
            doc=doc,
            rule_spans=[s for key in RULE_SPAN_KEYS for s in doc.spans.get(key, []) if s.label_ in labels],
            known_spans=[s for s in doc.spans.get("org_gazetteer", []) if s.label_ in labels],
            furniture=furniture_ranges(text_of(doc), words.furniture, min_run=menu_min_lines, max_words=menu_max_words),
            places=places,
            person_last={e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1},
            lower_words={t.text for t in doc if t.is_lower},
        )

    # -- what a decider asks ------------------------------------------------------------
    def in_furniture(self, span: Span) -> bool:
        return any(span.start_char < e and s < span.end_char for s, e in self.furniture)

    def is_place(self, text: str) -> bool:
        return fold(text) in self.places

    def used_in_lower_case(self, token) -> bool:
        return token.is_title and token.lower_ in self.lower_words

    def defined_around(self, span: Span) -> str:
        """The acronym whose long form holds this span, if any."""
        for start, end, short in self.long_ranges:
            if start <= span.start_char and span.end_char <= end:
                return short
        return ""

    def acronym_for(self, name: str) -> str:
        return self.acronym_long.get(org_key(name), "")

    def learn_acronym(self, short: str, long_span: Span, name: str, acronym: str) -> None:
        """The document defines `short` as the organisation `name`."""
        self.acronym_orgs[short] = (name, acronym or short)
        self.acronym_long[org_key(name)] = short
        self.long_ranges.append((long_span.start_char, long_span.end_char, short))


def long_form_span(facts: DocFacts, pair: dict, labels: set[str]) -> tuple[Span | None, bool]:
    """An acronym's long form as a span, widened to the ORG span ending with it, and whether
    it is one (Schwartz–Hearst finds the shortest long form: "Committee Executive
    Directorate" for CTED)."""
    span = facts.doc.char_span(pair["long_start"], pair["long_end"], alignment_mode="expand")
    if span is None:
        return None, False
    for ent in list(facts.doc.ents) + facts.rule_spans:
        if ent.label_ in labels and ent.start <= span.start and span.end <= ent.end and ent.end - span.end <= 1:
            return ent, True
    return span, False


def looks_like_a_body(long_span: Span, words: OrgWords) -> bool:
    """A long form that no ORG span covers still names an organisation when it is written
    as a name (capitalised content words) with a body noun in it."""
    content = [t for t in long_span if t.is_alpha and not t.is_stop]
    return bool(content) and all(t.is_title or t.is_upper for t in content) and "body" in words.word_kinds(long_span)


def candidates(facts: DocFacts, labels: set[str], words: OrgWords) -> tuple[list[Candidate], list[Candidate]]:
    """(spans to decide on, model spans split away): ORG ents, split where the model ran an
    organisation into something else, plus uses of acronyms the document defines that no
    ORG span covers."""
    out, split_away = [], []
    for ent in facts.doc.ents:
        if ent.label_ in labels:
            parts = split(ent, facts, words)
            if parts is None:
                split_away.append(Candidate(ent, ent.ent_id_ or "ner"))
                parts = [Candidate(s, s.id_ or "rule") for s in filter_spans(_inner(ent, facts))]
            out.extend(parts)
    covered = {i for c in out for i in range(c.span.start, c.span.end)}
    for t in facts.doc:
        if t.text in facts.acronym_orgs and t.i not in covered:
            out.append(Candidate(facts.doc[t.i : t.i + 1], "org:acronym"))
    return sorted(out, key=lambda c: c.span.start), split_away


def _inner(ent: Span, facts: DocFacts) -> list[Span]:
    return filter_spans([s for s in facts.rule_spans if ent.start <= s.start and s.end <= ent.end])


def split(ent: Span, facts: DocFacts, words: OrgWords) -> list[Candidate] | None:
    """An ent as one candidate, or None when it must be split into the rule spans inside it
    because the rest of it names no body ("the Security Council of the Republic of Belarus
    Stanislav Zas")."""
    source = ent.ent_id_ or "ner"
    inner = _inner(ent, facts)
    same = next((s for s in inner if (s.start, s.end) == (ent.start, ent.end)), None)
    if same is not None:
        return [Candidate(ent, same.id_ or source)]
    if not inner:
        return [Candidate(ent, source)]
    covered = {i for s in inner for i in range(s.start, s.end)}
    rest = [t for t in ent if t.i not in covered]
    if len(inner) == 1 and all(t.lower_ == "the" or t.is_space or t.is_punct for t in rest):
        return [Candidate(inner[0], inner[0].id_ or source)]  # "the European Union": the same name
    starts_or_ends = any(s.start <= ent.start + 1 for s in inner) or any(s.end == ent.end for s in inner)
    if starts_or_ends and "body" in words.word_kinds(rest):
        return [Candidate(ent, source)]
    return None
