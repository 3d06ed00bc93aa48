"""Organisations: every ORG span decided on, canonicalised, and merged to one record each.

Spans come from the model (`ner`), the gazetteer ruler (`org_gazetteer`, phrase patterns
built from models/gazetteers/organisations.jsonl by `communique.gazetteer_patterns.v1`),
the grammar rules (`entity_rules`: governmental bodies built from a country, bodies of a
known organisation) and the acronyms the text defines (`doc._.acronyms`).

Each span is resolved, in order, to:
  1. nothing, when it lies in page furniture (navigation, "print version");
  2. a gazetteer entry (any spelling: Co-operation/Cooperation, UN/United Nations);
  3. an acronym the document defines, or nothing when that acronym stands for a non-organisation;
  4. a governmental body of a country, named "<body> of <country>"
     ("the MFA of the Republic of Belarus", "Belarus’ Ministry of Foreign Affairs" →
     "Ministry of Foreign Affairs of Belarus");
  5. nothing, when it is a place, a person, an event, a document or a generic word;
  6. a body of a known organisation ("OSCE Secretariat", "Executive Committee of the CIS"
     → "CIS Executive Committee"), or the known organisation alone when the rest is not a
     body ("OSCE Partners for Co-operation" → OSCE);
  7. its own text.
Every span lands in `doc._.mentions` with the rule that found it as `source` and, as
`normalized`, the canonical name it merged into or `dropped:<reason>`.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans, registry

from ..rules import read_jsonl_rules
from ..text import fold, squash, stable_id, text_of
from .mentions import add_mention

GAZETTEER_KEYS = {"id", "name", "acronym", "variants", "kind"}
TERM_KINDS = {
    "body_noun",
    "event_noun",
    "document_noun",
    "title_noun",
    "government_noun",
    "generic",
    "boilerplate",
    "not_org_acronym",
    "body_alias",
}
RULE_SPAN_KEYS = ("org_gazetteer", "entity_rules")

for ext in ("organisations", "org_mentions"):
    if not Doc.has_extension(ext):
        Doc.set_extension(ext, default=None)

# Spelling variants that name the same organisation, folded before comparing.
_SPELLING = [
    (r"\bunited nations\b", "un"),
    (r"\bu n\b", "un"),
    (r"\borganisation", "organization"),
    (r"\bco operation\b", "cooperation"),
    (r"\bprogramme\b", "program"),
    (r"\bcentre\b", "center"),
    (r"\bdefence\b", "defense"),
    (r"\blabour\b", "labor"),
    (r"\bcounter terrorism\b", "counterterrorism"),
    (r"\banti terrorist\b", "antiterrorist"),
    (r"\bthe\b", ""),
    (r"\bin\b", "at"),
]
_SURFACE = [("Organization", "Organisation"), ("Co-operation", "Cooperation"), ("United Nations ", "UN ")]
_POSSESSIVE = {"’", "'", "’s", "'s"}
_LINKERS = {"of", "the", "for", "and", "on", "in", "at", "to", "against", ","}


def read_gazetteer(path: str) -> list[dict]:
    return read_jsonl_rules(path, required={"id", "name"}, allowed=GAZETTEER_KEYS)


def spelling_variants(form: str) -> set[str]:
    """A name in every house spelling: Organization/Organisation, Co-operation/Cooperation, UN/United Nations."""
    forms = {form}
    for a, b in _SURFACE:
        for f in list(forms):
            forms |= {f.replace(a, b), f.replace(b, a)}
    return forms


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


def org_key(text: str) -> str:
    """Comparison key of an organisation name: folded, house spellings unified."""
    key = fold(text)
    for pattern, repl in _SPELLING:
        key = re.sub(pattern, repl, key)
    return squash(key)


def org_id(name: str) -> str:
    return stable_id("o", org_key(name))


def boilerplate_lines(text: str, terms: set[str], min_block: int = 4, max_words: int = 6) -> list[tuple[int, int]]:
    """Character ranges of page-furniture lines: known furniture, "Home | News" menus, and
    blocks of `min_block` or more consecutive short lines without sentence punctuation."""
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line), line.strip()))
        pos += len(line) + 1
    ranges, block = [], []

    def close():
        if len(block) >= min_block:
            ranges.extend((s, e) for s, e, _ in block)
        block.clear()

    for start, end, line in lines:
        low = " ".join(line.lower().split())
        if low in terms or "|" in line:
            ranges.append((start, end))
        if line and len(line.split()) <= max_words and not re.search(r"[.!?;,]$|[.!?]\s", line):
            block.append((start, end, line))
        else:
            close()
    close()
    return ranges


@Language.factory(
    "communique_organisations",
    assigns=["doc._.organisations", "doc._.org_mentions", "doc._.mentions"],
    default_config={"labels": ["ORG"], "min_chars": 2, "nav_block_lines": 4},
)
class OrganisationResolver:
    """Decide on every ORG span and merge the kept ones to one canonical record per organisation."""

    def __init__(self, nlp: Language, name: str, *, labels: list[str], min_chars: int, nav_block_lines: int):
        self.name, self.labels, self.min_chars, self.nav_block_lines = name, set(labels), min_chars, nav_block_lines
        self.by_form: dict[str, dict] = {}
        self.terms: dict[str, set[str]] = {k: set() for k in TERM_KINDS}
        self.body_alias: dict[str, str] = {}

    def initialize(self, get_examples=None, *, nlp=None, gazetteer: str | None = None, lexicon):
        self.by_form = {}
        for entry in read_gazetteer(gazetteer) if gazetteer else []:
            for form in [entry["name"], entry.get("acronym") or "", *entry.get("variants", [])]:
                if form:
                    self.by_form.setdefault(org_key(form), entry)
        self.terms = {
            "body_noun": set(lexicon["body_noun"]),
            "event_noun": set(lexicon["event_noun"] | lexicon["event_part"] | lexicon["occasion_noun"]),
            "document_noun": set(lexicon["document_noun"]),
            "title_noun": set(lexicon["title_noun"]),
            "government_noun": set(lexicon["government_noun"]),
            "generic": set(lexicon["generic"]),
            "boilerplate": set(lexicon["page_furniture"]),
            "not_org_acronym": set(lexicon["not_org_acronym"]),
        }
        self.body_alias = lexicon.mapping("body_alias")

    # -- per-document resolution ------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        ctx = _DocContext(self, doc)
        records: dict[str, dict] = {}
        placed: list[dict] = []
        decided = []
        for span, source in ctx.candidates():
            name, acronym, why = self.resolve(span, ctx)
            decided.append((span, source, name, acronym, why))
        by_body = ctx.country_bodies()
        for span, source, name, acronym, why in decided:
            if not name:
                add_mention(doc, "ORG", span.start_char, span.end_char, source=source, normalized=f"dropped:{why}")
                continue
            name = by_body.get(
                org_key(name), name
            )  # "Ministry of Foreign Affairs" → "… of Belarus" when the doc names one
            key = org_key(name)
            rec = records.get(key)
            if rec is None:
                rec = records[key] = {
                    "org_id": org_id(name),
                    "name": name,
                    "acronym": acronym,
                    "mentions": 0,
                    "start": span.start_char,
                    "end": span.end_char,
                    "source": source,
                }
            rec["acronym"] = rec["acronym"] or acronym
            rec["mentions"] += 1
            if span.start_char < rec["start"]:
                rec.update(start=span.start_char, end=span.end_char, source=source)
            placed.append(
                {"start": span.start_char, "end": span.end_char, "org_id": rec["org_id"], "name": rec["name"]}
            )
            add_mention(doc, "ORG", span.start_char, span.end_char, source=source, normalized=name)
        doc._.organisations = sorted(records.values(), key=lambda r: r["start"])
        doc._.org_mentions = sorted(placed, key=lambda m: m["start"])
        return doc

    def resolve(self, span: Span, ctx: _DocContext) -> tuple[str, str, str]:
        """(name, acronym, "") for an organisation, ("", "", reason) for a span that is not one."""
        text = clean(span)
        if len(text) < self.min_chars:
            return "", "", "too-short"
        if ctx.in_boilerplate(span):
            return "", "", "boilerplate"
        entry = self.by_form.get(org_key(text))
        if entry:
            return entry["name"], entry.get("acronym") or "", ""
        if text in ctx.acronym_orgs:
            return (*ctx.acronym_orgs[text], "")
        defined = ctx.defined_around(span)
        if defined:  # part of a long form the text defines: "[Eurasian] Anti-Drug Coordination Council (EADCC)"
            return (*ctx.acronym_orgs[defined], "")
        if text in ctx.not_org_acronyms or text in self.terms["not_org_acronym"]:
            return "", "", "not-an-organisation-acronym"
        words = [t for t in span if not t.is_space and not t.is_punct and t.lower_ != "the"]
        if words and all(t._.country_role for t in words) or ctx.is_place(text):
            return "", "", "place"
        if self.head_kind(span) == "title":  # "Permanent Representative of Belarus" is an office
            return "", "", "title"
        body = self.country_body(span)
        if body:
            ctx.country_body_names.add(body)
            return body, "", ""
        if ctx.is_person(span):
            return "", "", "person"
        composed = self.compose_with_known(span, ctx)
        if composed:
            return composed
        head = self.head_kind(span)
        if head in ("event", "document", "title"):
            return "", "", head
        if fold(text) in self.terms["generic"] or all(
            fold(t.text) in self.terms["generic"] or t.lower_ in _LINKERS for t in words
        ):
            return "", "", "generic"
        if len(words) == 1 and ctx.used_in_lower_case(words[0]):
            return "", "", "generic"
        if not any(t.is_upper or t.is_title for t in words):
            return "", "", "not-a-name"
        text = unshout(self.body_alias.get(text.lower(), text))  # "Foreign Ministry" of no one country
        return text, ctx.acronym_for(text), ""

    def country_body(self, span: Span) -> str:
        """ "<body> of <country>" for a governmental body built from a country, else ""."""
        toks = [t for t in span if not t.is_space]
        while toks and toks[0].lower_ == "the":
            toks = toks[1:]
        marked = [i for i, t in enumerate(toks) if t._.country_role in ("name", "demonym")]
        if not marked or len(marked) == len(toks):
            return ""
        first, last = marked[0], marked[-1]
        countries = {toks[i]._.country for i in marked}
        if len(countries) != 1 or last - first + 1 != len(marked):
            return ""
        if first == 0:  # "Belarus’ Ministry of …", "the Belarusian Security Council"
            rest = toks[last + 1 :]
            while rest and (rest[0].text in _POSSESSIVE):
                rest = rest[1:]
        elif last == len(toks) - 1:  # "… of the Republic of Belarus"
            rest = toks[:first]
            while rest and rest[-1].lower_ in ("of", "the"):
                rest = rest[:-1]
        else:
            return ""
        if not rest or not self.is_government_body(rest):
            return ""  # "the Belarusian State University" is no body of the state
        body = squash(text_of(span.doc)[rest[0].idx : rest[-1].idx + len(rest[-1].text)])
        body = self.body_alias.get(body.lower(), body)
        if body.isupper() and body.lower() in self.terms["government_noun"]:
            body = body.title()
        return f"{body} of {countries.pop()}"

    def is_government_body(self, tokens) -> bool:
        """Whether a name's head (the last noun before its first preposition) is a government noun."""
        pre = []
        for t in tokens:
            if t.lower_ in ("of", "on", "for", "against", "at", "in", "to") and pre:
                break
            pre.append(t)
        heads = [
            t.lower_ for t in pre if t.lower_ in self.terms["government_noun"] or t.lower_ in self.terms["body_noun"]
        ]
        return bool(heads) and heads[-1] in self.terms["government_noun"]

    def compose_with_known(self, span: Span, ctx: _DocContext) -> tuple[str, str, str] | None:
        """A body of a known organisation ("OSCE Secretariat"), or the known one alone."""
        inner = [
            s
            for s in ctx.known_spans
            if s.start >= span.start and s.end <= span.end and (s.start, s.end) != (span.start, span.end)
        ]
        if not inner:
            return None
        known = max(inner, key=len)
        entry_name, acronym, _ = self.resolve(known, ctx)
        if not entry_name:
            return None
        short = acronym or entry_name
        start = span.start + (1 if span[0].lower_ == "the" else 0)
        if known.start == start:  # "OSCE Secretariat"
            tail = span.doc[known.end : span.end]
        elif known.end == span.end:  # "Executive Committee of the CIS"
            tail = span.doc[start : known.start]
            while len(tail) and tail[-1].lower_ in ("of", "the"):
                tail = tail[:-1]
        else:
            return entry_name, acronym, ""
        kinds = self.word_kinds(tail)
        if "body" in kinds and not ({"event", "document"} & set(kinds[kinds.index("body") :])):
            return f"{short} {squash(tail.text)}", "", ""
        return entry_name, acronym, ""

    def word_kinds(self, tokens) -> list[str]:
        kinds = []
        for t in tokens:
            low = t.lower_
            # A word of two kinds counts as the first: "assembly" is a body, "convention" a treaty.
            if low in self.terms["body_noun"]:
                kinds.append("body")
            elif low in self.terms["document_noun"]:
                kinds.append("document")
            elif low in self.terms["event_noun"]:
                kinds.append("event")
            elif low in self.terms["title_noun"]:
                kinds.append("title")
        return kinds

    def head_kind(self, span: Span) -> str:
        """What the span's head noun names: the last body, event or document noun before
        its first preposition ("Global Congress of Victims" → event), else the parse root's."""
        pre = []
        for t in span:
            if t.lower_ in ("of", "on", "for", "against", "at", "in", "to") and pre:
                break
            pre.append(t)
        kinds = self.word_kinds(pre) or self.word_kinds([span.root])
        joined = " ".join(t.lower_ for t in pre)
        if any(f" {e} " in f" {joined} " for e in self.terms["event_noun"] if " " in e):
            kinds.append("event")
        return kinds[-1] if kinds else ""


def unshout(text: str) -> str:
    """A name written in capitals in a headline, in title case ("MINISTRY OF FOREIGN AFFAIRS");
    a single capitalised word is left alone, it may be an acronym."""
    if not text.isupper() or len(text.split()) < 2:
        return text
    small = {"of", "the", "and", "for", "on", "in", "at", "to"}
    words = text.lower().split()
    return " ".join(w if (i and w in small) else w[:1].upper() + w[1:] for i, w in enumerate(words))


def clean(span: Span) -> str:
    """A span's text without layout, a leading article or a trailing possessive."""
    text = squash(span.text)
    text = re.sub(r"^(?:the|The|THE)\s+", "", text)
    text = re.sub(r"(?:['’]s?|[,;:])$", "", text).strip()
    return text


class _DocContext:
    """What the resolver knows about one document: its rule spans, acronyms, places, people, layout."""

    def __init__(self, resolver: OrganisationResolver, doc: Doc):
        self.r, self.doc = resolver, doc
        self.rule_spans = [s for key in RULE_SPAN_KEYS for s in doc.spans.get(key, []) if s.label_ in resolver.labels]
        self.known_spans = [s for s in doc.spans.get("org_gazetteer", []) if s.label_ in resolver.labels]
        self.boiler = boilerplate_lines(text_of(doc), resolver.terms["boilerplate"], resolver.nav_block_lines)
        self.places = {
            fold(m["text"]) for m in doc._.mentions or [] if m["source"] == "ner" and m["label"] in ("GPE", "LOC")
        }
        self.places |= {fold(e.text) for e in doc.ents if e.label_ in ("GPE", "LOC")}
        self.person_last = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
        self.lower_words = {t.text for t in doc if t.is_lower}
        self.acronym_orgs: dict[str, tuple[str, str]] = {}
        self.not_org_acronyms: set[str] = set()
        self.acronym_long: dict[str, str] = {}
        self.country_body_names: set[str] = set()
        self.long_ranges: list[tuple[int, int, str]] = []
        self._learn_acronyms()

    def _learn_acronyms(self):
        for pair in self.doc._.acronyms or []:
            short = pair["short"]
            long_span, is_entity = self.long_form_span(pair)
            if long_span is None:
                continue
            content = [t for t in long_span if t.is_alpha and not t.is_stop]
            if not is_entity and not (
                content and all(t.is_title or t.is_upper for t in content) and "body" in self.r.word_kinds(long_span)
            ):
                self.not_org_acronyms.add(short)
                continue
            name, acronym, why = self.r.resolve(long_span, self)
            if name:
                self.acronym_orgs[short] = (name, acronym or short)
                self.acronym_long[org_key(name)] = short
                self.long_ranges.append((long_span.start_char, long_span.end_char, short))
            elif why in ("event", "document", "generic", "not-a-name"):
                self.not_org_acronyms.add(short)

    def long_form_span(self, pair: dict) -> tuple[Span | None, bool]:
        """The long form as a span, widened to the ORG span ending with it (Schwartz–Hearst
        finds the shortest long form: "Committee Executive Directorate" for CTED)."""
        span = self.doc.char_span(pair["long_start"], pair["long_end"], alignment_mode="expand")
        if span is None:
            return None, False
        for ent in list(self.doc.ents) + self.rule_spans:
            if (
                ent.label_ in self.r.labels
                and ent.start <= span.start
                and span.end <= ent.end
                and ent.end - span.end <= 1
            ):
                return ent, True
        return span, False

    def candidates(self) -> list[tuple[Span, str]]:
        """ORG ents, split where the model ran an organisation into something else, plus
        uses of acronyms the document defines that no ORG span covers."""
        out = []
        for ent in self.doc.ents:
            if ent.label_ not in self.r.labels:
                continue
            out.extend(self.split(ent))
        covered = {i for span, _ in out for i in range(span.start, span.end)}
        for t in self.doc:
            if t.text in self.acronym_orgs and t.i not in covered:
                out.append((self.doc[t.i : t.i + 1], "org:acronym"))
        return sorted(out, key=lambda c: c[0].start)

    def split(self, ent: Span) -> list[tuple[Span, str]]:
        """An ent, or the rule spans inside it when the rest of it names no body
        ("the Security Council of the Republic of Belarus Stanislav Zas")."""
        source = ent.ent_id_ or "ner"
        inner = filter_spans([s for s in self.rule_spans if ent.start <= s.start and s.end <= ent.end])
        if any((s.start, s.end) == (ent.start, ent.end) for s in inner):
            same = next(s for s in inner if (s.start, s.end) == (ent.start, ent.end))
            return [(ent, same.id_ or source)]
        if not inner:
            return [(ent, source)]
        covered = {i for s in inner for i in range(s.start, s.end)}
        rest = [t for t in ent if t.i not in covered]
        if len(inner) == 1 and all(t.lower_ == "the" or t.is_space or t.is_punct for t in rest):
            return [(inner[0], inner[0].id_ or source)]  # "the European Union": the same name
        starts_or_ends = any(s.start <= ent.start + 1 for s in inner) or any(s.end == ent.end for s in inner)
        if starts_or_ends and "body" in self.r.word_kinds(rest):
            return [(ent, source)]
        add_mention(self.doc, "ORG", ent.start_char, ent.end_char, source=source, normalized="dropped:split")
        return [(s, s.id_ or "rule") for s in filter_spans(inner)]

    def defined_around(self, span: Span) -> str:
        """The acronym whose long form holds this span, if any."""
        for start, end, short in self.long_ranges:
            if start <= span.start_char and span.end_char <= end:
                return short
        return ""

    def in_boilerplate(self, span: Span) -> bool:
        return any(span.start_char < e and s < span.end_char for s, e in self.boiler)

    def is_place(self, text: str) -> bool:
        return fold(text) in self.places

    def is_person(self, span: Span) -> bool:
        words = [t for t in span if not t.is_punct and not t.is_space and t.lower_ != "the"]
        if re.fullmatch(r"[A-Z]\.\s?[A-Z][a-z]+", squash(span.text)):
            return True
        return 0 < len(words) <= 2 and words[-1].text in self.person_last and not self.r.word_kinds(words)

    def used_in_lower_case(self, token) -> bool:
        return token.is_title and token.lower_ in self.lower_words

    def acronym_for(self, name: str) -> str:
        return self.acronym_long.get(org_key(name), "")

    def country_bodies(self) -> dict[str, str]:
        """Unqualified body → the one country's body of that name the document mentions."""
        found: dict[str, set[str]] = {}
        for name in self.country_body_names:
            body = name.rsplit(" of ", 1)[0]
            found.setdefault(org_key(body), set()).add(name)
        return {k: v.pop() for k, v in found.items() if len(v) == 1}
