"""Repair the model's PERSON entities with rules, before organisations are decided.

- a name swallowed at the end of an ORG or GPE span, right after a country or a known
  organisation ("the Security Council of the Republic of Belarus Stanislav Zas");
- an initial and a surname ("S.Zas", "S. Zas");
- a double-barrelled surname the model cut at its hyphen ("Ngozi Okonjo-Iweala");
- an honorific or office word and a capitalised name, or one in capitals ("Minister Szijjártó",
  "Mr. Kravchenko", "H.E. Mr. Alexander Lukashenko"): the name alone is the person;
- false persons rejected: a known organisation or acronym (relabelled ORG), a
  country or capital, anything with a digit ("Helsinki 2").

The cue words are data (the lexicon's `honorific`, `not_a_name` and `body_noun` kinds); each repaired span is recorded in
`doc._.mentions` with the rule that made it.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .mentions import add_mention

INITIAL_SURNAME = re.compile(r"^[A-Z]\.[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?$")
INITIAL = re.compile(r"^[A-Z]\.$")


def _name_word(token: Token, *, shouted: bool = False) -> bool:
    """A word that can be part of a person's name: capitalised letters, maybe hyphenated.
    With `shouted`, a word in capitals too ("Mr. Vladimir VORONKOV", as UN documents
    write surnames)."""
    text = token.text
    if not re.fullmatch(r"[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*", text) or not text[0].isupper():
        return False
    return not text.isupper() or (shouted and len(text) > 1)


@Language.factory(
    "communique_person_repair",
    assigns=["doc.ents", "doc._.mentions"],
    default_config={"max_name_words": 4, "org_span_keys": ["org_gazetteer"]},
)
class PersonRepair:
    def __init__(self, nlp: Language, name: str, *, max_name_words: int, org_span_keys: list[str]):
        self.name, self.max_words, self.org_span_keys = name, max_name_words, org_span_keys
        self.honorifics: set[str] = set()
        self.offices: set[str] = set()
        self.body_nouns: set[str] = set()
        self.never_names: set[str] = set()

    def initialize(self, get_examples=None, *, nlp=None, lexicon):
        # Heads of organisation names ("Council", "Committee") are never part of a person's name.
        self.body_nouns = set(lexicon["body_noun"])
        self.honorifics = set(lexicon["honorific"])
        self.offices = set(lexicon["not_a_name"]) | self.honorifics
        self.never_names = self.offices | self.body_nouns

    def is_name_word(self, token: Token, *, shouted: bool = False) -> bool:
        return _name_word(token, shouted=shouted) and token.lower_ not in self.never_names and not token._.country

    def name_run(self, doc: Doc, i: int, org_tokens: set[int], *, shouted: bool = False) -> int:
        """End of the run of name words starting at token i (line breaks inside a name allowed)."""
        j, words = i, 0
        while j < len(doc) and words < self.max_words:
            if self.is_name_word(doc[j], shouted=shouted) and j not in org_tokens:
                j, words = j + 1, words + 1
            elif doc[j].is_space and words and j + 1 < len(doc) and self.is_name_word(doc[j + 1], shouted=shouted):
                j += 1
            else:
                break
        return j

    def __call__(self, doc: Doc) -> Doc:
        org_spans = [s for key in self.org_span_keys for s in doc.spans.get(key, [])]
        org_tokens = {i for s in org_spans for i in range(s.start, s.end)}
        new: list[tuple[Span, str]] = []  # (span, rule)
        keep = []
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                verdict = self.false_person(ent, org_tokens)
                if verdict:
                    add_mention(
                        doc,
                        "PERSON",
                        ent.start_char,
                        ent.end_char,
                        source="person:reject",
                        normalized=f"dropped:{verdict}",
                    )
                    if verdict == "organisation":
                        keep.append(Span(doc, ent.start, ent.end, label="ORG"))
                    continue
                stripped = self.strip_honorifics(ent)
                if stripped is not None and (stripped.start, stripped.end) != (ent.start, ent.end):
                    new.append((stripped, "person:honorific-name"))
                    continue
                whole = self.with_hyphenated_end(ent)
                if whole.end != ent.end:
                    new.append((whole, "person:hyphenated-surname"))
                    continue
            elif ent.label_ in ("ORG", "GPE", "NORP", "FAC", "LOC"):
                split = self.split_trailing_name(ent, org_tokens)
                if split:
                    org, person = split
                    keep.append(org)
                    new.append((person, "person:name-after-organisation"))
                    continue
            keep.append(ent)
        new += self.initial_surnames(doc, org_tokens) + self.honorific_names(doc, org_tokens)
        new += self.names_after_office_of(doc, org_tokens)
        new = [(self.with_hyphenated_end(span), rule) for span, rule in new]
        for span, rule in new:
            add_mention(doc, "PERSON", span.start_char, span.end_char, source=rule)
        people = [Span(doc, s.start, s.end, label="PERSON", span_id=rule) for s, rule in new]
        # Repaired persons win over the spans they overlap.
        taken = {i for p in people for i in range(p.start, p.end)}
        rest = [e for e in keep if not any(i in taken for i in range(e.start, e.end))]
        doc.ents = filter_spans(people + rest)
        return doc

    def false_person(self, ent: Span, org_tokens: set[int]) -> str:
        if any(c.isdigit() for c in ent.text):
            return "numbered"
        if all(t.i in org_tokens for t in ent) or (len(ent) == 1 and ent[0].is_upper and len(ent.text) <= 6):
            return "organisation"
        if all(t._.country or t.is_punct for t in ent):
            return "place"
        if not any(self.is_name_word(t) for t in ent):
            return "not-a-name"
        return ""

    def strip_honorifics(self, ent: Span) -> Span | None:
        start = ent.start
        while start < ent.end and (ent.doc[start].lower_ in self.honorifics or ent.doc[start].is_punct):
            start += 1
        return ent.doc[start : ent.end] if start < ent.end else None

    def with_hyphenated_end(self, span: Span) -> Span:
        """'Ngozi Okonjo' + '-Iweala': a double-barrelled surname the model cut at its hyphen."""
        doc, end = span.doc, span.end
        while (
            end + 1 < len(doc)
            and doc[end].text in ("-", "‑")
            and not doc[end - 1].whitespace_
            and not doc[end].whitespace_
            and _name_word(doc[end + 1])
        ):
            end += 2
        return doc[span.start : end] if end != span.end else span

    def split_trailing_name(self, ent: Span, org_tokens: set[int]):
        """ORG (or GPE) + PERSON when the span ends in 2+ name words right after a country or known organisation."""
        end = ent.end
        start = end
        while (
            start > ent.start
            and (self.is_name_word(ent.doc[start - 1]) or ent.doc[start - 1].is_space)
            and ent.doc[start - 1].i not in org_tokens
        ):
            start -= 1
        while start < end and ent.doc[start].is_space:
            start += 1
        if not 2 <= end - start <= self.max_words or start - ent.start < 2:
            return None
        before = ent.doc[start - 1]
        if not (before._.country or before.i in org_tokens):
            return None
        return Span(ent.doc, ent.start, start, label=ent.label_), Span(ent.doc, start, end, label="PERSON")

    def names_after_office_of(self, doc: Doc, org_tokens: set[int]) -> list[tuple[Span, str]]:
        """'the Deputy Minister of Foreign Affairs of Belarus Oleg Kravchenko': 2+ name words right
        after a country or known organisation that closes an office ("minister" earlier in the clause)."""
        found = []
        for tok in doc[:-1]:
            if not (tok._.country or tok.i in org_tokens) or (doc[tok.i + 1]._.country or tok.i + 1 in org_tokens):
                continue
            start = tok.i + 1
            end = self.name_run(doc, start, org_tokens)
            words = [t for t in doc[start:end] if not t.is_space]
            if len(words) < 2 or doc[start].ent_type_ in (
                "GPE",
                "NORP",
                "LOC",
                "FAC",
                "PRODUCT",
                "EVENT",
                "WORK_OF_ART",
            ):
                continue
            clause = doc[max(tok.sent.start, start - 14) : start]
            if any(t.lower_ in self.offices - {"the", "state", "foreign", "affairs", "general"} for t in clause):
                found.append((doc[start:end], "person:name-after-office"))
        return found

    def initial_surnames(self, doc: Doc, org_tokens: set[int]) -> list[tuple[Span, str]]:
        found = []
        for tok in doc:
            if tok.i in org_tokens:
                continue
            if INITIAL_SURNAME.match(tok.text):
                found.append((doc[tok.i : tok.i + 1], "person:initial-surname"))
            elif (
                INITIAL.match(tok.text)
                and tok.i + 1 < len(doc)
                and self.is_name_word(doc[tok.i + 1])
                and not doc[tok.i + 1].is_sent_start
            ):
                found.append((doc[tok.i : tok.i + 2], "person:initial-surname"))
        return found

    def honorific_names(self, doc: Doc, org_tokens: set[int]) -> list[tuple[Span, str]]:
        """'Minister Szijjártó', 'Mr. Kravchenko': the capitalised words after an honorific."""
        found = []
        for tok in doc:
            if tok.lower_ not in self.honorifics or not tok.is_title and not tok.text.endswith("."):
                continue
            i = tok.i + 1
            while i < len(doc) and (doc[i].lower_ in self.honorifics or doc[i].text == "."):
                i += 1
            j = self.name_run(doc, i, org_tokens, shouted=True)  # "Mr. Vladimir VORONKOV"
            if j > i and not (
                doc[i].ent_type_ in ("ORG", "GPE", "NORP", "LOC", "FAC") and doc[i].ent_type_ != "PERSON"
            ):
                found.append((doc[i:j], "person:honorific-name"))
        return found
