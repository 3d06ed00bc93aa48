"""The organisation ladder: one small decider per step.

Each decider looks at one candidate span and either decides — a `Verdict` naming the
organisation (canonical name and acronym) or the reason it is none — or passes (None) to
the next step. `LADDER` is the order; `decide` runs it. The deciders read the lexicon's
words and the gazetteer (`OrgWords`) and the document's facts (`DocFacts`); none of them
writes anything.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Span

from ..text import squash, text_of
from .org_candidates import ORDINAL, DocFacts
from .org_names import clean, org_key, unshout
from .org_words import OrgWords, singular

_POSSESSIVE = {"’", "'", "’s", "'s"}
_LINKERS = {"of", "the", "for", "and", "on", "in", "at", "to", "against", ","}
#: The words between an office and its field ("Minister of", "Secretary for") and inside a field.
_FIELD_PREPOSITIONS = {"of", "for"}
_FIELD_LINKERS = {"of", "for", "and", "the"}
#: The prepositions that go on with a document's or an event's name ("Treaty on …", "Initiative to …").
_TITLE_LINKS = {"to", "on", "of", "for", "against"}


@dataclass(frozen=True)
class Verdict:
    """An organisation (`name`, `acronym`) or a span that is none (`reason`), and the step
    (`step`, the decider's name) that said so."""

    name: str = ""
    acronym: str = ""
    reason: str = ""
    step: str = ""

    def __bool__(self) -> bool:
        return bool(self.name)


@dataclass(frozen=True)
class Case:
    """One span under decision, with what every step reads of it."""

    span: Span
    text: str  # clean(span): no layout, article or trailing possessive
    words: list  # its tokens without spaces, punctuation and "the"
    facts: DocFacts
    org: OrgWords
    min_chars: int


def keep(name: str, acronym: str = "") -> Verdict:
    return Verdict(name=name, acronym=acronym or "")


def drop(reason: str) -> Verdict:
    return Verdict(reason=reason)


# -- the steps, in ladder order ------------------------------------------------------


def too_short(c: Case) -> Verdict | None:
    return drop("too-short") if len(c.text) < c.min_chars else None


def in_furniture(c: Case) -> Verdict | None:
    """Navigation, link bars, "print version": nothing there is a name in the running text."""
    return drop("boilerplate") if c.facts.in_furniture(c.span) else None


def numbered_occasion(c: Case) -> Verdict | None:
    """ "the 132nd Assembly", "15th Conference of the Parties": a numbered meeting of a body
    is an event, even where its head is also a body word."""
    if c.words and ORDINAL.fullmatch(c.words[0].text) and c.org.names_an_occasion(c.words[1:]):
        return drop("event")
    return None


def furniture_label(c: Case) -> Verdict | None:
    """A label of the page ("Media Advisory", "RSVP", "Photo Opportunity") wherever it stands."""
    return drop("boilerplate") if c.text.lower() in c.org.furniture else None


def coordinated_item(c: Case) -> Verdict | None:
    """An item of a coordinated name is the body it shares the head of ("Justice" of "the
    Ministries of Finance and Justice" is the "Ministry of Justice")."""
    shared = c.facts.elliptic.get((c.span.start, c.span.end))
    if not shared:
        return None
    name = f"{shared} {c.text}"
    return keep(c.org.body_alias.get(name.lower(), name))


def gazetteer_entry(c: Case) -> Verdict | None:
    """Any spelling of a known organisation: Co-operation/Cooperation, UN/United Nations."""
    entry = c.org.gazetteer.lookup(c.text)
    return keep(entry["name"], entry.get("acronym") or "") if entry else None


def dateline_agency(c: Case) -> Verdict | None:
    """The news agency the dateline names ("MOSCOW, May 2 /TASS/", "(NU Press) -"), or a
    news source the text credits ("…, Trend reports."), is an organisation of the document,
    whatever its spelling ("VOVworld")."""
    return keep(unshout(c.text) if len(c.text) > 5 else c.text) if c.facts.names_the_agency(c.span) else None


def defined_acronym(c: Case) -> Verdict | None:
    """An acronym the document defines for an organisation, or a part of its long form
    ("[Eurasian] Anti-Drug Coordination Council (EADCC)")."""
    short = c.text if c.text in c.facts.acronym_orgs else c.facts.defined_around(c.span)
    return keep(*c.facts.acronym_orgs[short]) if short else None


def not_org_acronym(c: Case) -> Verdict | None:
    if c.text in c.facts.not_org_acronyms or c.text in c.org.not_org_acronyms:
        return drop("not-an-organisation-acronym")
    return None


def place(c: Case) -> Verdict | None:
    """A country, a capital or a place the model named elsewhere in the document (not an item
    of a list of organisations the model took for a place: "Green Harbour Peru")."""
    if c.words and all(t._.country_role for t in c.words):
        return drop("place")
    if c.facts.is_place(c.text) and (c.span.start, c.span.end) not in c.facts.listed:
        return drop("place")
    return None


def courtesy_title(c: Case) -> Verdict | None:
    """ "Ms Ana Solo", "H.E. Mr.": a courtesy title starts a person's name, never an
    organisation's (one with a body word in it is left to the later steps)."""
    if not c.words or c.words[0].lower_ not in c.org.courtesy:
        return None
    return None if "body" in c.org.word_kinds(c.words) else drop("person")


def title_head(c: Case) -> Verdict | None:
    """ "Permanent Representative of Belarus" is an office, not an organisation."""
    return drop("title") if c.org.head_kind(c.span) == "title" else None


def office_field(c: Case) -> Verdict | None:
    """The field of an office, not a body: "Minister of Agriculture, Forestry and Fisheries",
    "Secretary for Sustainability and the Environment", "Trade and Industry Minister". A
    span with a body word of its own ("Minister of the Ministry of Fisheries") is left to
    the later steps, and so is one with an acronym in it ("IFJ Secretary"). Of fields joined
    by "and" the last one heads them ("Community and Corporate Affairs")."""
    words = c.words
    if any(t.lower_ in ("and", "&") for t in words):
        words = words[-1:]
    if "body" in c.org.word_kinds(words) or any(t._.country or t.is_upper for t in c.words):
        return None
    after = _next_word(c.span)
    if after is not None and c.org.is_title_word(after) and after.is_title:
        return drop("office")
    return drop("office") if _after_office(c.span, c.org) else None


def country_body(c: Case) -> Verdict | None:
    """A governmental body built from a country, named "<body> of <country>" ("the MFA of
    the Republic of Belarus", "Belarus’ Ministry of Foreign Affairs" → "Ministry of
    Foreign Affairs of Belarus")."""
    body = country_body_name(c.span, c.org)
    return keep(body) if body else None


def person(c: Case) -> Verdict | None:
    """An initial and a surname, or one or two words ending in a surname the model gave a person."""
    words = [t for t in c.span if not t.is_punct and not t.is_space and t.lower_ != "the"]
    if re.fullmatch(r"[A-Z]\.\s?[A-Z][a-z]+", squash(c.span.text)):
        return drop("person")
    if 0 < len(words) <= 2 and words[-1].text in c.facts.person_last and not c.org.word_kinds(words):
        return drop("person")
    # a part of a name the model gave a person elsewhere in the document ("Younes" of "Younes Sami")
    if 0 < len(words) <= 4 and all(t.text in c.facts.person_words for t in words) and not c.org.word_kinds(words):
        return drop("person")
    return None


def person_in_apposition(c: Case) -> Verdict | None:
    """Two to four name words set off by commas beside an office are a person: "the President
    of Peru, Ana Solo, said", "Ana Solo, Director of the Institute", "Ola Berg,
    commissioner-general of the police"."""
    names = [t for t in c.span if not t.is_space and not (t.is_punct and t.text in "-'’") and t.lower_ != "the"]
    if not 2 <= len(names) <= 4 or not all(_name_word(t, c.org) for t in names):
        return None
    after = _next_word(c.span)
    if after is not None and after.text == ",":
        title = _next_word(after.doc[after.i : after.i + 1])
        if title is not None and c.org.is_title_word(title):
            return drop("person")
    before = _previous_word(c.span)
    if before is not None and before.text == ",":
        window = c.span.doc[max(_sentence_start(before), before.i - 6) : before.i]
        if any(c.org.is_title_word(t) and (t.is_title or t.is_upper) for t in window):
            return drop("person")
    return None


def body_of_known(c: Case) -> Verdict | None:
    """A body of a known organisation ("OSCE Secretariat", "Executive Committee of the CIS"
    → "CIS Executive Committee"; "the Council of Europe Development Bank" as written), its
    office in a country ("UNDP Peru"), or the known organisation alone when the rest is not a
    body ("OSCE Partners for Co-operation" → OSCE)."""
    span = c.span
    inner = [
        s
        for s in c.facts.known_spans
        if s.start >= span.start and s.end <= span.end and (s.start, s.end) != (span.start, span.end)
    ]
    if not inner:
        return None
    known = max(inner, key=len)
    entry = c.org.gazetteer.lookup(clean(known))
    if entry is None:
        return None
    name, acronym = entry["name"], entry.get("acronym") or ""
    start = span.start + (1 if span[0].lower_ == "the" else 0)
    if known.start == start:  # "OSCE Secretariat"
        tail = span.doc[known.end : span.end]
    elif known.end == span.end:  # "Executive Committee of the CIS"
        tail = span.doc[start : known.start]
        while len(tail) and tail[-1].lower_ in ("of", "the"):
            tail = tail[:-1]
    else:
        return keep(name, acronym)
    if known.start == start and len(tail) and all(t._.country_role == "name" for t in tail if not t.is_space):
        return keep(f"{acronym or name} {squash(tail.text)}")  # "UN Peru": its office in a country
    kinds = c.org.word_kinds(tail)
    head = c.org.head_word(tail)
    if head is not None and head.lower_ != singular(head.lower_):
        return keep(name, acronym)  # "NU Member Agencies": bodies of it, named as a group
    if "body" in kinds and not ({"event", "document"} & set(kinds[kinds.index("body") :])):
        if known.start == start and len([t for t in known if not t.is_space]) > 1:
            # "the Pacific Islands Forum Fisheries Agency": a name of its own that begins
            # with the known one written in full, not a body named after its acronym
            return keep(unshout(c.text))
        return keep(f"{acronym or name} {squash(tail.text)}")
    return keep(name, acronym)


def not_a_body_head(c: Case) -> Verdict | None:
    """Headed by an event, a document or an office: "Global Congress of Victims", "Strategy"."""
    head = c.org.head_kind(c.span)
    return drop(head) if head in ("event", "document", "title") else None


def titled(c: Case) -> Verdict | None:
    """The title of something, not an organisation: a short quotation ("the seminar
    “Andes and the Challenges of Our Time”", a course "“Proficiency in Web Design”") or the
    words after a document's noun ("under the slogan of Unity for Peace"). A name with a
    body word of its own is left to the other steps."""
    if "body" in c.org.word_kinds(c.words):
        return None
    if _in_short_quotation(c.span):
        return drop("title-of-something")
    before = [t for t in c.span.doc[max(0, c.span.start - 3) : c.span.start] if not t.is_space]
    while before and before[-1].lower_ in ("of", ":", "the"):
        before = before[:-1]
    if before and before[-1].lower_ in c.org.document and before[-1].is_lower:
        return drop("title-of-something")
    return None


def rest_of_a_title(c: Case) -> Verdict | None:
    """ "the Global Initiative to Combat Nuclear Terrorism", "the Treaty on the
    Non-Proliferation of Nuclear Weapons": the model cut a document's or an event's name at
    its preposition; what follows is the rest of that name, not an organisation. (A known
    name is decided before: "the Conference on Disarmament".)"""
    doc = c.span.doc
    before = _previous_word(c.span)
    if before is not None and before.lower_ == "the":
        before = _previous_word(doc[before.i : before.i + 1])
    if before is None or before.lower_ not in _TITLE_LINKS or "body" in c.org.word_kinds(c.words):
        return None  # "the Report of the Nordic Commission": a body after a document's noun
    head = _previous_word(doc[before.i : before.i + 1])
    if head is not None and head.is_title and head.lower_ in c.org.document | c.org.event:
        return drop("title-of-something")
    return None


def in_a_code(c: Case) -> Verdict | None:
    """ "SG/Com(2007)1010", "REF/12/2020": letters of a document code, not an organisation."""
    doc = c.span.doc
    end = c.span.end
    if end >= len(doc) or doc[end - 1].whitespace_ or doc[end].text != "/":
        return None
    glued = []
    for t in doc[end:]:
        glued.append(t.text)
        if t.whitespace_:
            break
    return drop("code") if any(ch.isdigit() for ch in "".join(glued)) else None


def generic(c: Case) -> Verdict | None:
    """Words that name no one organisation ("Member States", "the Ministry", "International
    Organisations", "the African Diplomatic Corps"), or one word the document also writes in
    lower case. An office of an office-holder ("Office of the President") names one."""
    words = c.words
    while len(words) > 1 and (words[0]._.country or c.facts.is_demonym(words[0])):
        words = words[1:]  # "the African Diplomatic Corps"
    if org_key(c.text) in c.org.generic_keys or org_key(" ".join(t.text for t in words)) in c.org.generic_keys:
        return drop("generic")
    bodies = [t for t in c.words if t.lower_ not in _LINKERS]
    coordinated = any(t.lower_ in ("and", "&") for t in c.words) and not any(t.lower_ in ("of", "for") for t in c.words)
    if coordinated and len(bodies) > 1 and all(t.lower_ in c.org.body for t in bodies):
        return drop("generic")  # "the Police and Army": bodies of no one named
    of_holder = len(c.words) > 2 and c.words[0].lower_ in c.org.body and any(t.lower_ == "of" for t in c.words)
    if not of_holder and all(
        org_key(t.text) in c.org.generic_keys or t.lower_ in _LINKERS or t._.country or c.facts.is_demonym(t)
        for t in c.words
    ):
        return drop("generic")
    if len(c.words) == 1 and c.facts.used_in_lower_case(c.words[0]):
        return drop("generic")
    return None


def common_word(c: Case) -> Verdict | None:
    """One common noun or adjective capitalised at a line's start or in a heading
    ("Speeches", "Central"): the tagger says it is no proper noun."""
    if len(c.words) == 1 and not c.words[0].is_upper and c.words[0].tag_ in ("NNS", "JJ", "VB", "VBG", "VBN"):
        return drop("common-word")
    return None


def not_a_name(c: Case) -> Verdict | None:
    return drop("not-a-name") if not any(t.is_upper or t.is_title for t in c.words) else None


def own_name(c: Case) -> Verdict:
    """What is left is an organisation by its own name ("Foreign Ministry" of no one country
    by its canonical body name)."""
    text = unshout(c.org.body_alias.get(c.text.lower(), c.text))
    return keep(text, c.facts.acronym_for(text))


LADDER: tuple[Callable[[Case], Verdict | None], ...] = (
    too_short,
    in_furniture,
    numbered_occasion,
    furniture_label,
    coordinated_item,
    gazetteer_entry,
    dateline_agency,
    defined_acronym,
    not_org_acronym,
    in_a_code,
    place,
    courtesy_title,
    title_head,
    country_body,
    person,
    person_in_apposition,
    office_field,
    body_of_known,
    not_a_body_head,
    titled,
    rest_of_a_title,
    generic,
    common_word,
    not_a_name,
    own_name,
)


def decide(span: Span, facts: DocFacts, org: OrgWords, *, min_chars: int) -> Verdict:
    """The first verdict of the ladder on `span`, stamped with the step that gave it."""
    words = [t for t in span if not t.is_space and not t.is_punct and t.lower_ != "the"]
    case = Case(span, clean(span), words, facts, org, min_chars)
    for step in LADDER:
        verdict = step(case)
        if verdict is not None:
            return replace(verdict, step=step.__name__)
    raise AssertionError("own_name always decides")


# -- helpers ---------------------------------------------------------------------------


def _next_word(span: Span):
    """The first token after a span that is not white space, or None."""
    for t in span.doc[span.end : span.end + 3]:
        if not t.is_space:
            return t
    return None


def _previous_word(span: Span):
    for t in reversed(span.doc[max(0, span.start - 3) : span.start]):
        if not t.is_space:
            return t
    return None


def _in_short_quotation(span: Span, most: int = 14) -> bool:
    """Whether a span lies between quotation marks that hold at most `most` words and no
    sentence end: a title, not a quoted speech."""
    doc = span.doc
    opened = None
    for t in reversed(doc[max(0, span.start - most) : span.start]):
        if t.text in ("”",) or t.text in ".!?":
            return False
        if t.text in ("“", '"', "«"):
            opened = t.i
            break
    if opened is None:
        return False
    for t in doc[span.end : min(len(doc), span.end + most)]:
        if t.text in ("”", '"', "»"):
            return t.i - opened <= most
        if t.text in ".!?" or (t.is_space and "\n" in t.text):
            return False
    return False


def _sentence_start(token) -> int:
    return token.sent.start if token.doc.has_annotation("SENT_START") else 0


def _after_office(span: Span, org: OrgWords) -> bool:
    """Whether a span is (part of) the complement of an office: reading back over the
    field's own words ("Agriculture", ",", "and", "the") to "of" or "for", an office word
    stands right before it ("Minister of", "Secretary-General (SG) of Peru for")."""
    doc = span.doc
    i = span.start - 1
    floor = max(_sentence_start(doc[span.start]), span.start - 14)
    while i >= floor:
        t = doc[i]
        if t.lower_ in _FIELD_PREPOSITIONS:
            if doc[i + 1].lower_ == "the":
                return False  # "Director of the Nordic Institute": an organisation, not a field
            j = i - 1
            while j >= floor and (
                doc[j].is_space or doc[j].text in "()" or (doc[j].is_upper and doc[j - 1].text == "(")
            ):
                j -= 1  # over "(SG)"
            while j - 2 >= floor and doc[j - 1].text == "-":
                j -= 2  # "Secretary-General" as three tokens: its first word
            if j >= floor and org.is_title_word(doc[j]):
                return True
        if not (t.is_space or t.is_title or t.is_upper or t.text in (",", "&", "(", ")") or t.lower_ in _FIELD_LINKERS):
            return False
        i -= 1
    return False


def _name_word(token, org: OrgWords) -> bool:
    """A word that can be part of a person's name and of no organisation's."""
    low = token.lower_
    return (
        token.is_alpha
        and token.text[0].isupper()
        and not token.is_upper
        and low not in org.body | org.government | org.generic
        and not org.is_title(low)
        and not token._.country
    )


def country_body_name(span: Span, org: OrgWords) -> str:
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
        if rest and rest[-1].lower_ == "the":
            rest = rest[:-1]
        if not rest or rest[-1].lower_ != "of":
            return ""  # "the Mission in Peru": a body somewhere, not the country's
        rest = rest[:-1]
    else:
        return ""
    if not rest or not org.is_government_body(rest):
        return ""  # "the Belarusian State University" is no body of the state
    body = squash(text_of(span.doc)[rest[0].idx : rest[-1].idx + len(rest[-1].text)])
    body = org.body_alias.get(body.lower(), body)
    if body.isupper() and body.lower() in org.government:
        body = body.title()
    return f"{body} of {countries.pop()}"
