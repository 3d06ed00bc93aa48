"""Titles linked to people: the `roles` table.

Offices are data: the lexicon's `office` kind, its `portfolio` kind (which makes
"Minister of Justice", "Minister for Justice" and "Justice Minister"), matched
case-insensitively by a PhraseMatcher, and its `office_modifier` kind, words that may
stand before an office and belong to it ("First Deputy Foreign Minister"). A title with what belongs to it makes a *role chunk*: an organisation
or country written before it ("OSCE Secretary General", "Belarusian Foreign Minister")
and its complement after it ("… of the Security Council of the Republic of Belarus").
Which person holds which office comes from the sentence's shape:

- chunks right before the name, coordinated by commas or "and"
  ("Chairman of the CIS Executive Committee, CIS Executive Secretary Sergei Lebedev");
- chunks in apposition after it ("Yuri Fedotov, UN Under-Secretary-General, Executive
  Director of UNODC and Director-General of the UN Office in Vienna");
- a relative clause with an office verb ("X, who heads the OSCE").

Line breaks are transparent: speeches set in PDF break names and titles across lines.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..text import squash, text_of
from .mentions import add_mention
from .offices import OfficeFinder, is_plural, office_phrases  # noqa: F401  (office_phrases: as before)

if not Doc.has_extension("roles"):
    Doc.set_extension("roles", default=None)

COMPLEMENT_PREPS = {"of", "for", "at", "in", "to", "on"}
INNER_LINKERS = {"of", "the", "for", "and", "on", "in", "at", "to", "'s", "’s", "’", "'", "-"}


@dataclass
class Chunk:
    title: Span
    start: int  # first token, organisation prefix included
    end: int  # token after the complement
    organisation: str


@Language.factory(
    "communique_titles",
    assigns=["doc._.roles", "doc._.mentions"],
    default_config={"max_complement": 14, "office_verbs": {}},
    requires=["doc._.people", "doc._.org_mentions"],
)
class TitleLinker:
    """`office_verbs` maps a verb of a relative clause to the office it implies ("heads": "Head")."""

    def __init__(self, nlp: Language, name: str, *, max_complement: int, office_verbs: dict[str, str]):
        self.name, self.max_complement = name, max_complement
        self.office_verbs = {k.lower(): v for k, v in office_verbs.items()}
        self.vocab, self.make_doc = nlp.vocab, nlp.make_doc
        self.offices: OfficeFinder | None = None

    def initialize(self, get_examples=None, *, nlp=None, lexicon):
        self.offices = OfficeFinder(self.vocab, self.make_doc, lexicon)

    # --- the parts of a chunk -------------------------------------------------------

    def _org_index(self, doc: Doc) -> dict[int, str]:
        """Token index → canonical organisation (or country) it belongs to."""
        index: dict[int, str] = {}
        for m in doc._.org_mentions or []:
            span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
            for t in span or []:
                index[t.i] = m["name"]
        for ent in doc.ents:
            if ent.label_ in ("GPE", "NORP"):
                name = squash(ent.text)
                name = name[4:] if name.lower().startswith("the ") else name
                for t in ent:
                    index.setdefault(t.i, name)
        return index

    def _next(self, doc: Doc, i: int) -> int:
        while i < len(doc) and doc[i].is_space:
            i += 1
        return i

    def _prev(self, doc: Doc, i: int) -> int:
        """Index of the last non-space token before i (or -1)."""
        i -= 1
        while i >= 0 and doc[i].is_space:
            i -= 1
        return i

    def _chunk(self, doc: Doc, title: Span, orgs: dict[int, str], titles_at: set[int]) -> Chunk:
        # Organisation written before the title: "OSCE Secretary General", "CIS Executive Secretary".
        start, prefix_org = title.start, ""
        i = self._prev(doc, title.start)
        while i >= 0 and i in orgs and doc[i].ent_type_ != "PERSON":
            prefix_org, start = orgs[i], i
            i = self._prev(doc, i)
        # Complement after it: "of the Security Council of the Republic of Belarus".
        end, comp_org, comp_words = title.end, "", []
        j = self._next(doc, title.end)
        if j < len(doc) and doc[j].lower_ in COMPLEMENT_PREPS:
            k, last = j + 1, None
            while k < len(doc) and k - j <= self.max_complement:
                t = doc[k]
                if t.is_space:
                    k += 1
                    continue
                if (
                    t.ent_type_ == "PERSON"
                    or k in titles_at
                    or (t.lower_ == "and" and self._starts_chunk(doc, k + 1, orgs, titles_at))
                ):
                    break
                if k in orgs or t.is_title or t.is_upper or t.lower_ in INNER_LINKERS:
                    if k in orgs and not comp_org:
                        comp_org = orgs[k]
                    if t.is_title or t.is_upper or k in orgs:
                        last = k
                    comp_words.append(t)
                    k += 1
                    continue
                break
            if last is not None:
                end = last + 1
                if not comp_org and doc[j].lower_ != "for":
                    # A body the lists do not know: "Head of the Press Service". After "for" it is
                    # a portfolio ("Under-Secretary-General for Counter-Terrorism"), not a body.
                    words = [w for w in comp_words if w.i < end]
                    while words and words[0].lower_ in INNER_LINKERS:
                        words.pop(0)
                    if words:
                        comp_org = squash(text_of(doc)[words[0].idx : words[-1].idx + len(words[-1])])
                        comp_org = self._owner_after(doc, end, orgs, comp_org)
        return Chunk(title, start, end, comp_org or prefix_org)

    def _starts_chunk(self, doc: Doc, i: int, orgs: dict[int, str], titles_at: set[int]) -> bool:
        """Whether a title (maybe after its organisation prefix) starts at token i."""
        i = self._next(doc, i)
        while i < len(doc) and i in orgs and i not in titles_at:
            i = self._next(doc, i + 1)
        return i in titles_at

    def _owner_after(self, doc: Doc, end: int, orgs: dict[int, str], body: str) -> str:
        """'Executive Committee, Regional Anti-Terrorist Structure of SCO': a body the lists do not
        know followed by the organisation it belongs to."""
        i = self._next(doc, end)
        if body and i < len(doc) and doc[i].text == ",":
            j = self._next(doc, i + 1)
            if j in orgs:
                return f"{body} of {orgs[j]}"
        return body

    # --- linking --------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        titles = [t for t in self.offices(doc) if not is_plural(t)] if self.offices else []
        orgs = self._org_index(doc)
        titles_at = {t.start for t in titles}
        chunks = [self._chunk(doc, t, orgs, titles_at) for t in titles]
        by_end: dict[int, list[Chunk]] = {}
        by_start: dict[int, Chunk] = {}
        for c in chunks:
            by_end.setdefault(self._next(doc, c.end), []).append(c)
            by_start[c.start] = c
            by_start.setdefault(c.title.start, c)
        roles = []
        for person in doc._.people or []:
            for ps, pe in person["spans"]:
                pspan = doc.char_span(ps, pe, alignment_mode="expand")
                if pspan is None:
                    continue
                found = (
                    self._before(doc, pspan, by_end)
                    + self._after(doc, pspan, by_start)
                    + self._clause(doc, pspan, orgs)
                )
                for title, org, rule in found:
                    office = self.office_verbs.get(title.text.lower()) if rule.startswith("title:office-verb") else None
                    roles.append(
                        {
                            "person_id": person["person_id"],
                            "name": person["name"],
                            "title": office or squash(title.text),
                            "organisation": org,
                            "start": title.start_char,
                            "end": title.end_char,
                            "source": rule,
                        }
                    )
        seen, unique = set(), []
        for r in sorted(roles, key=lambda r: (r["start"], r["person_id"])):
            key = (r["person_id"], r["title"].lower(), r["organisation"])
            if key not in seen:
                seen.add(key)
                unique.append(r)
                add_mention(doc, "TITLE", r["start"], r["end"], source=r["source"], normalized=r["title"])
        doc._.roles = unique
        return doc

    def _before(self, doc: Doc, person: Span, by_end: dict[int, list[Chunk]]):
        """Chunks ending right before the name, and those coordinated before them."""
        out = []
        at = person.start
        if at > 0 and doc[self._prev(doc, at)].lower_ == "the":
            return out
        while True:
            chunk = next(iter(by_end.get(at, [])), None)
            if chunk is None:
                break
            out.append((chunk.title, chunk.organisation, f"{chunk.title.label_}|before-name"))
            p = self._prev(doc, chunk.start)
            if p < 0 or doc[p].text not in {",", "and"}:
                break
            at = p
        return out

    def _after(self, doc: Doc, person: Span, by_start: dict[int, Chunk]):
        """Chunks in apposition: ', Title of Org, Title and Title of Org'."""
        out = []
        i = self._next(doc, person.end)
        if i >= len(doc) or doc[i].text != ",":
            return out
        while True:
            i = self._next(doc, i + 1)
            if i < len(doc) and doc[i].lower_ == "the":
                i = self._next(doc, i + 1)
            chunk = by_start.get(i)
            if chunk is None:
                break
            out.append((chunk.title, chunk.organisation, f"{chunk.title.label_}|apposition"))
            i = self._next(doc, chunk.end)
            if i >= len(doc) or doc[i].text not in {",", "and"}:
                break
        return out

    def _clause(self, doc: Doc, person: Span, orgs: dict[int, str]):
        """'X, who heads the OSCE': the office a verb names, for the organisation after it."""
        i = self._next(doc, person.end)
        if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ != "who":
            return []
        verb = doc[self._next(doc, i + 2)]
        if verb.lower_ not in self.office_verbs:
            return []
        j = self._next(doc, verb.i + 1)
        if j < len(doc) and doc[j].lower_ == "the":
            j = self._next(doc, j + 1)
        org = orgs.get(j, "")
        if not org:
            return []
        title = Span(doc, verb.i, verb.i + 1, label="title:office-verb")
        return [(title, org, f"title:office-verb:{verb.lower_}")]
