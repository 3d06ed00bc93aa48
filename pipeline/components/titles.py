"""Titles linked to people: the `roles` table.

Offices are data (models/patterns/titles.jsonl, matched case-insensitively by a
PhraseMatcher); which person holds which office comes from the sentence's shape: a
title right before the name ("OSCE Secretary General Thomas Greminger") or in
apposition after it ("Yuri Fedotov, Executive Director of UNODC").
"""
from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .mentions import add_mention

if not Doc.has_extension("roles"):
    Doc.set_extension("roles", default=None)

LINKERS = {"of", "the", "for", "to", "in", "at", "'s", "’s", "’", "'"}


@Language.factory(
    "communique_titles",
    assigns=["doc._.roles"],
    default_config={"max_gap": 12},
    requires=["doc._.people", "doc._.org_mentions"],
)
class TitleLinker:
    def __init__(self, nlp: Language, name: str, *, max_gap: int):
        self.name, self.max_gap = name, max_gap
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")

    def initialize(self, get_examples=None, *, nlp=None, patterns: list[dict] = ()):
        self.matcher = PhraseMatcher(self.matcher.vocab, attr="LOWER")
        for p in patterns:
            self.matcher.add(p["id"], [nlp.make_doc(p["pattern"])])

    def _org_in(self, doc: Doc, start_char: int, end_char: int) -> str:
        """Canonical organisation (or place) mentioned inside a character range."""
        for m in doc._.org_mentions or []:
            if m["start"] >= start_char and m["end"] <= end_char:
                return m["name"]
        for ent in doc.ents:
            if ent.label_ == "GPE" and ent.start_char >= start_char and ent.end_char <= end_char:
                return ent.text
        return ""

    def __call__(self, doc: Doc) -> Doc:
        titles = filter_spans([Span(doc, s, e, label=m) for m, s, e in self.matcher(doc)])
        roles = []
        for person in doc._.people or []:
            for ps, pe in person["spans"]:
                pspan = doc.char_span(ps, pe, alignment_mode="expand")
                if pspan is None:
                    continue
                for title, org_range in self._titles_for(doc, pspan, titles):
                    org = self._org_in(doc, *org_range)
                    roles.append({
                        "person_id": person["person_id"], "name": person["name"],
                        "title": title.text, "organisation": org,
                        "start": title.start_char, "end": title.end_char, "source": title.label_,
                    })
                    add_mention(doc, "TITLE", title.start_char, title.end_char, source=title.label_, normalized=title.text)
        seen, unique = set(), []
        for r in sorted(roles, key=lambda r: r["start"]):
            key = (r["person_id"], r["title"].lower())
            if key not in seen:
                seen.add(key)
                unique.append(r)
        doc._.roles = unique
        return doc

    def _titles_for(self, doc: Doc, person: Span, titles: list[Span]):
        sent = person.sent
        # Title before the name, with at most an "of the <organisation>" between them.
        before = [t for t in titles if sent.start <= t.start and t.end <= person.start]
        if before:
            t = before[-1]
            gap = doc[t.end : person.start]
            if len(gap) <= self.max_gap and all(tok.lower_ in LINKERS or tok.is_title or tok.is_upper for tok in gap):
                org_from = doc[t.start - 1].idx if t.start > sent.start and doc[t.start - 1].ent_type_ == "ORG" else t.start_char
                yield t, (min(org_from, t.start_char) if org_from != t.start_char else _ent_start(doc, t), person.start_char)
        # Titles in apposition after the name: ", Title of Org, Title and Title of Org".
        i = person.end
        while i < sent.end and doc[i].text in {",", "the"} | {"and"}:
            nxt = next((t for t in titles if t.start in (i + 1, i + 2) and all(x.text in {",", "the", "and"} or x.ent_type_ for x in doc[i + 1 : t.start])), None)
            if nxt is None:
                break
            end = nxt.end
            while end < sent.end and (doc[end].lower_ in LINKERS or doc[end].ent_type_ in ("ORG", "GPE")):
                end += 1
            yield nxt, (doc[nxt.start - 1].idx if doc[nxt.start - 1].ent_type_ else nxt.start_char, doc[end - 1].idx + len(doc[end - 1]))
            i = end


def _ent_start(doc: Doc, title: Span) -> int:
    """Start of an organisation written right before a title ("OSCE Secretary General")."""
    i = title.start - 1
    while i >= 0 and doc[i].ent_type_ == "ORG":
        i -= 1
    return doc[i + 1].idx if i + 1 < title.start else title.start_char
