"""Organisations: every ORG span decided on, canonicalised, and merged to one record each.

Spans come from the model (`ner`, and spans of other labels that name a body), the
gazetteer ruler (`org_gazetteer`), the grammar rules (`entity_rules`: governmental bodies
built from a country, bodies of a known organisation), the acronyms the text defines
(`doc._.acronyms`), the dateline's news agency (`doc._.dateline_agency`), credited news
sources and lists of organisations. Data flows one way:

1. the document's facts (`org_candidates.DocFacts`): furniture, places, people, spans;
2. the acronyms it defines, each long form decided by the ladder and learnt in turn;
3. the candidates (`org_candidates.candidates`), shaped by the candidate rules;
4. a verdict for each from the ladder of small deciders (`org_deciders.LADDER`);
5. the merger (`org_merge.MERGERS`): one record per organisation ("Ministry of Foreign
   Affairs" joins "… of Belarus" when the document names only that one, "the UN Regional
   Center" its long form, "LAS" and "League of Arab States" are one).

Every span lands in `doc._.mentions` with the rule that found it as `source` and, as
`normalized`, the canonical name it merged into or `dropped:<reason>`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..text import fold, text_index, text_of
from .mentions import add_mention
from .org_candidates import (
    Candidate,
    DocFacts,
    acronym_after,
    candidates,
    country,
    country_marks,
    country_role,
    long_form_span,
    looks_like_a_body,
    marked_countries,
)
from .org_deciders import Verdict, decide
from .org_gazetteer import Gazetteer, read_gazetteer
from .org_merge import bare_bodies, merge_targets
from .org_names import clean, org_id, org_key, unshout
from .org_words import OrgWords

for ext in ("organisations", "org_mentions"):
    if not Doc.has_extension(ext):
        Doc.set_extension(ext, default=None)

#: A short form written with an ordinal ("55th NMM"): the acronym after it.
_NUMBERED = re.compile(r"\d+(?:st|nd|rd|th)\s+(\S+)$")

#: An acronym in brackets inside a name as written ("Nordic Health Board (NHB) Regional Office").
_BRACKETED = re.compile(r"\s*\([^()]*\)")

#: A long form decided as one of these is no organisation, so neither is its acronym.
NOT_ORG_LONG_FORMS = ("event", "document", "generic", "not-a-name", "title-of-something", "topic")


def bracketed_acronyms(facts: DocFacts, words: OrgWords):
    """(model span, acronym) where an organisation's name is followed by an acronym in
    brackets its letters do not spell, which the acronym finder leaves out: one in another
    language ("the High Level Group (GAN)") or of an older name ("the Pacific Community
    (SPC)"). Not an acronym the document or the gazetteer gives another organisation, and
    not a country's code."""
    doc = facts.doc
    for ent in facts.ents:
        text = acronym_after(doc, ent.end) if ent.label_ == "ORG" else ""
        if not text:
            continue
        if text in facts.acronym_orgs or text in facts.not_org_acronyms or fold(text) == fold(ent.text):
            continue
        if words.gazetteer.lookup(text) is not None:
            continue  # "the Permanent Council (OSCE)": the body's organisation, not its acronym
        yield ent, text


@Language.factory(
    "communique_organisations",
    assigns=["doc._.organisations", "doc._.org_mentions", "doc._.mentions"],
    default_config={"labels": ["ORG"], "min_chars": 2, "menu_min_lines": 4, "menu_max_words": 6},
)
class OrganisationResolver:
    """Decide on every ORG span and merge the kept ones to one canonical record per organisation."""

    def __init__(
        self, nlp: Language, name: str, *, labels: list[str], min_chars: int, menu_min_lines: int, menu_max_words: int
    ):
        self.name, self.labels, self.min_chars = name, set(labels), min_chars
        self.menu_min_lines, self.menu_max_words = menu_min_lines, menu_max_words
        self.words = OrgWords()

    def initialize(self, get_examples=None, *, nlp=None, gazetteer: str | None = None, lexicon):
        entries = read_gazetteer(gazetteer) if gazetteer else []
        self.words = OrgWords.from_lexicon(lexicon, Gazetteer(entries))

    def __call__(self, doc: Doc) -> Doc:
        with marked_countries(doc):
            return self._resolve(doc)

    def _resolve(self, doc: Doc) -> Doc:
        facts = DocFacts.of(
            doc, self.labels, self.words, menu_min_lines=self.menu_min_lines, menu_max_words=self.menu_max_words
        )
        verdicts = self.learn_acronyms(facts)
        spans, split_away = candidates(facts, self.labels, self.words)
        for c in split_away:
            add_mention(doc, "ORG", c.span.start_char, c.span.end_char, source=c.source, normalized="dropped:split")
        decided = [(c, self.decide(c.span, facts)) for c in spans]
        self.merge(doc, facts, decided, verdicts)
        return doc

    def decide(self, span, facts: DocFacts) -> Verdict:
        return decide(span, facts, self.words, min_chars=self.min_chars)

    def learn_acronyms(self, facts: DocFacts) -> list[Verdict]:
        """Learn, in text order, the acronyms the document defines for organisations (and
        those it defines for something else); the verdicts on their long forms."""
        verdicts = []
        for pair in facts.doc._.acronyms or []:
            numbered = _NUMBERED.match(pair["short"])
            if numbered:  # "(55th NMM)": the acronym of a numbered meeting, written with its number
                pair = {**pair, "short": numbered.group(1)}
            long_span, is_entity = long_form_span(facts, pair, self.labels)
            if long_span is None:
                continue
            long_span = _without_a_regions_possessive(long_span, self.words)
            if country(facts.doc.char_span(pair["short_start"], pair["short_end"], alignment_mode="expand")[0]):
                continue  # "Green Harbour Society (Peru)": a country tag, not an acronym
            by_comma = pair.get("comma", False)  # "Long Form, SHORT": weaker evidence, no veto
            if not is_entity and not looks_like_a_body(long_span, self.words):
                if not by_comma:
                    facts.not_org_acronyms.add(pair["short"])
                continue
            verdict = self.decide(long_span, facts)
            if by_comma and verdict and org_key(verdict.name) != org_key(clean(long_span)):
                continue  # "the Board of Ministers of the Nordic Union, BOMNU": not the known body inside
            verdicts.append(verdict)
            if verdict:
                facts.learn_acronym(pair["short"], long_span, verdict.name, verdict.acronym)
            elif verdict.reason in NOT_ORG_LONG_FORMS and not by_comma:
                facts.not_org_acronyms.add(pair["short"])
        for ent, short in bracketed_acronyms(facts, self.words):
            verdict = self.decide(ent, facts)
            if verdict and verdict.acronym in ("", short):
                verdicts.append(verdict)
                facts.learn_acronym(short, ent, verdict.name, verdict.acronym or short)
        return verdicts

    def merge(
        self, doc: Doc, facts: DocFacts, decided: list[tuple[Candidate, Verdict]], earlier: list[Verdict]
    ) -> None:
        """One record per organisation (`org_merge`); every decision in `doc._.mentions`."""
        names: dict[str, Verdict] = {}  # name → its first verdict
        by_key: dict[str, str] = {}
        for verdict in [*earlier, *(v for _, v in decided)]:
            if not verdict:
                continue
            key = org_key(verdict.name)
            if key not in by_key:
                by_key[key] = verdict.name
                names[verdict.name] = verdict
            elif verdict.acronym and not names[by_key[key]].acronym:  # the acronym learnt later
                names[by_key[key]] = replace(names[by_key[key]], acronym=verdict.acronym)
        words = text_index(doc).words
        marks = {i: c for i, c in country_marks(doc).items() if c}
        places = frozenset(facts.places | {fold(words[i]) for i in marks})
        # a country's name or adjective, not its capital's ("Beijing People's Association …")
        countries = {fold(words[i]): c for i, c in marks.items() if country_role(doc[i]) in ("name", "demonym")}
        target = merge_targets(names, self.words, places, countries)
        unnamed = bare_bodies(target, self.words)
        written = _as_written(decided, by_key, target, self.words)
        written.update(_unwritten_named(doc, decided, by_key, target, names, written, self.words))
        records: dict[str, dict] = {}
        placed: list[dict] = []
        for c, verdict in decided:
            span, source = c.span, c.source
            if not verdict:
                add_mention(
                    doc, "ORG", span.start_char, span.end_char, source=source, normalized=f"dropped:{verdict.reason}"
                )
                continue
            name = target[by_key[org_key(verdict.name)]]
            if name in unnamed or (name.lower() in self.words.own_name_chamber and _before_an_office(span, self.words)):
                add_mention(doc, "ORG", span.start_char, span.end_char, source=source, normalized="dropped:generic")
                continue
            rec = records.get(org_key(name))
            if rec is None:
                rec = records[org_key(name)] = {
                    "org_id": org_id(name),
                    "name": written.get(org_key(name), name),
                    "acronym": names[name].acronym,
                    "mentions": 0,
                    "start": span.start_char,
                    "end": span.end_char,
                    "source": source,
                }
            rec["acronym"] = rec["acronym"] or verdict.acronym
            rec["mentions"] += 1
            if span.start_char < rec["start"]:
                rec.update(start=span.start_char, end=span.end_char, source=source)
            placed.append(
                {"start": span.start_char, "end": span.end_char, "org_id": rec["org_id"], "name": rec["name"]}
            )
            add_mention(doc, "ORG", span.start_char, span.end_char, source=source, normalized=rec["name"])
        text = text_of(doc)  # `doc.text` joins every token again
        for rec in records.values():
            if rec["acronym"] and not written_acronym(rec["acronym"], text):
                rec["acronym"] = ""  # class: an acronym the gazetteer knows but the text never uses
        doc._.organisations = sorted(records.values(), key=lambda r: r["start"])
        doc._.org_mentions = sorted(placed, key=lambda m: m["start"])


def _before_an_office(span, words: OrgWords) -> bool:
    """Whether an office word in title case follows a span ("Senate" of "Deputy Senate
    President X"): a chamber's word that only says whose office it is, part of the title,
    not the chamber named as such ("President of the Senate"); or "and" another body ("the
    Speakers of the Senate and the House of …"): coordinated bodies that the titles
    component pairs with their office-holders, left to it as before."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    after = doc[span.end]
    return (after.is_title and words.is_title_word(after)) or after.lower_ in ("and", "&")


def written_acronym(acronym: str, text: str) -> bool:
    """Whether the text writes `acronym` as a word of its own: in capitals, dots between its
    letters or not ("U.N." for "UN"), or in title case ("Caricom" for "CARICOM"); no
    lower-case word ("who" is no "WHO"). An acronym the text never writes ("PIFS" of a text
    that writes only "PIF Secretariat") is no alias of the body in that document."""
    letters = [re.escape(ch) for ch in acronym if not ch.isspace()]
    if not letters:
        return False
    return any(not m.group(0).islower() for m in _written_acronym_pattern(tuple(letters)).finditer(text))


@lru_cache(maxsize=1024)
def _written_acronym_pattern(letters: tuple[str, ...]) -> re.Pattern:
    r"""`written_acronym`'s pattern: the letters, a dot after each or not, no word character or
    dot before the first and no word character after the last. The first letter comes first and
    the look back past it follows (`(?<![\w.][\s\S])`: the character before the first letter,
    if any, is no word character or dot): a pattern that opens with a look-behind is tried at
    every position of the text, one that opens with a letter is not (speed, #18: 2.4x faster
    over a release's text; the same matches at the same offsets)."""
    rest = "".join(r"\.?" + letter for letter in letters[1:])
    return re.compile(rf"{letters[0]}(?<![\w.][\s\S]){rest}\.?(?!\w)", re.IGNORECASE)


def _acronym_written(acronym: str, text: str) -> bool:
    r"""Whether `text` writes `acronym` as written, no word character on either side
    (`(?<!\w)ACRONYM(?!\w)`), its first letter first and the look back past it after it (see
    `_written_acronym_pattern`)."""
    first, rest = re.escape(acronym[0]), re.escape(acronym[1:])
    return re.search(rf"{first}(?<!\w[\s\S]){rest}(?!\w)", text) is not None


def _as_written(
    decided: list[tuple[Candidate, Verdict]], by_key: dict[str, str], target: dict[str, str], words: OrgWords
) -> dict:
    """Canonical key → the name as the text first writes it, for a country's body
    ("the Peruvian Senate", "Chile's Interior Ministry") and for a body named by
    another name of it (`body_alias`: "the Foreign Office", of no one country, where the
    text never writes the canonical "Ministry of Foreign Affairs"): its row's `name` is
    that, while its `org_id` stays the canonical name's, one id for one body whatever the
    wording. A mention written with an acronym of the body ("the MFA of Peru") is passed over
    for the next one written in full; where none is, `_unwritten_named` names the row."""
    out: dict[str, tuple[int, str]] = {}
    canonical_written: set[str] = set()
    short_names: set[str] = set()  # a news agency's keys named by a short name ("Kyodo")
    for c, verdict in decided:
        if not verdict:
            continue
        key = org_key(target[by_key[org_key(verdict.name)]])
        text = unshout(clean(c.span))
        if org_key(text) == key:
            canonical_written.add(key)
        if verdict.step == "country_body":
            if key != org_key(text) and key.startswith(org_key(text)):
                continue  # the span cut inside the country's name ("… of Bosnia" of "… and Herzegovina")
        elif _an_agency_by_its_short_name(verdict, text, words):
            short_names.add(key)
        elif _a_chamber_with_its_country(verdict, c.span, words):
            pass
        elif not (verdict.step == "own_name" and text.lower() in words.body_alias and org_key(verdict.name) == key):
            continue
        if key in out and out[key][0] <= c.span.start_char:
            continue
        if any(t.is_upper and len(t.text) > 1 and not country_role(t) for t in c.span):
            continue  # an acronym of the body in it ("MFA of Peru"): the canonical name spells it out
        out[key] = (c.span.start_char, text)
    return {
        k: v for k, (_, v) in out.items() if k not in canonical_written or not (_is_alias(v, words) or k in short_names)
    }


def _unwritten_named(
    doc: Doc,
    decided: list[tuple[Candidate, Verdict]],
    by_key: dict[str, str],
    target: dict[str, str],
    names: dict[str, Verdict],
    written: dict[str, str],
    words: OrgWords,
) -> dict[str, str]:
    """Canonical key → the fullest form of the body the document writes, for a body whose
    canonical name and acronym the document writes nowhere (case and punctuation aside,
    spelling exact): "Arab League" for its canonical "League of Arab States", "AU
    Assembly" for the AU's, "Organisation" where the canonical name spells "Organization". A row's name is a form the document writes; its `org_id` stays the
    canonical name's. The form is one the gazetteer knows as a name of the body where the
    text writes one ("Arab League", not the "Arab League Summit" a span held), else the
    one of most words; the first written of those; an acronym in brackets inside it is
    left out. A mention only of an acronym, or of one word no gazetteer knows as the body's
    ("the Commission"), is passed over; where every mention is one, the row keeps the
    canonical name."""
    forms: dict[str, list[tuple[bool, int, int, str]]] = {}
    canonical: dict[str, str] = {}  # key → the folded canonical name
    capitals: dict[str, set[str]] = {}  # key → its acronyms as written ("WHO", never the word "who")
    seen: dict[str, set[str]] = {}  # key → the folded forms of its mentions
    for c, verdict in decided:
        if not verdict:
            continue
        name = target[by_key[org_key(verdict.name)]]
        key = org_key(name)
        if key in written:
            continue
        acronyms = {a for a in (names[name].acronym if name in names else "", verdict.acronym) if a}
        canonical[key] = fold(name)
        capitals.setdefault(key, set()).update(acronyms)
        text = _BRACKETED.sub("", unshout(clean(c.span)))
        seen.setdefault(key, set()).add(fold(text))
        entry = words.gazetteer.lookup(text)
        known = entry is not None and org_key(entry["name"]) == key
        if " " not in text and (text.isupper() or text in acronyms or not known):
            continue  # an acronym ("LAS"), or one word of a longer name ("the Commission")
        forms.setdefault(key, []).append((not known, -len(text.split()), c.span.start_char, text))
    out: dict[str, str] = {}
    folded_text = None
    for key, found in forms.items():
        if canonical[key] in seen[key]:
            continue  # a mention writes the canonical name
        if folded_text is None:  # once per document, outside `fold`'s cache of short strings
            folded_text = f" {fold.__wrapped__(text_index(doc).text)} "
        if f" {canonical[key]} " in folded_text:
            continue  # the canonical name, in words the candidates did not take
        if any(_acronym_written(a, text_of(doc)) for a in capitals[key]):
            continue  # its acronym, in capitals as written: an English word ("who") is none
        out[key] = min(found)[3]
    return out


def _an_agency_by_its_short_name(verdict: Verdict, text: str, words: OrgWords) -> bool:
    """Whether a gazetteer's news agency with no acronym is written by a short name of it (a
    `variants` entry of its gazetteer row: "Kyodo" of "Kyodo News"): a credit names the
    agency so, and its row is named as the text writes it where the text never writes
    the full name (the id stays the full name's)."""
    if verdict.step != "gazetteer_entry":
        return False
    entry = words.gazetteer.lookup(verdict.name)
    if entry is None or entry.get("kind") != "news-agency" or entry.get("acronym"):
        return False  # an agency with an acronym ("BelTA") is named by it as its acronym
    # the gazetteer's own index of names and variants: the text names this entry, not by its full name
    return words.gazetteer.lookup(text) is entry and org_key(text) != org_key(entry["name"])


def _a_chamber_with_its_country(verdict: Verdict, span, words: OrgWords) -> bool:
    """Class: a gazetteer's national chamber written with its country's adjective or name
    ("the Polish Sejm", "the Kazakh Mazhilis"): one organisation, its row named as the text
    writes it like any country's body (the id stays the chamber's canonical name's)."""
    if verdict.step != "gazetteer_entry":
        return False
    entry = words.gazetteer.lookup(verdict.name)
    if entry is None or entry.get("kind") != "parliament":
        return False
    first = next((t for t in span if not t.is_space and t.lower_ != "the"), None)
    return first is not None and country_role(first) in ("name", "demonym")


def _is_alias(name: str, words: OrgWords) -> bool:
    return name.lower() in words.body_alias


def _without_a_regions_possessive(span, words: OrgWords):
    """Class (rev2): a long form opening with a region's possessive ("the Pacific’s Nordic Ocean
    Alliance (PNOA)") names the body without it, as its candidate does (`trimmed`): the name
    learnt for the acronym is the trimmed span's text, so the row's name and offsets agree."""
    doc, first, end = span.doc, span.start, span.end
    if end - first > 2 and doc[first].lower_ == "the":
        first += 1
    if end - first > 3 and doc[first + 1].text in ("’s", "'s") and doc[first].lower_ in words.region:
        return doc[first + 2 : end]
    return span
