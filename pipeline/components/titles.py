"""Titles linked to people: the `roles` table.

Offices are found by `offices.OfficeFinder` (the lexicon's `office`, `portfolio` and
`office_modifier` kinds). An office with what belongs to it makes a *role chunk*:

- an organisation or country written before it ("OSCE Secretary General", "Brazilian
  President" → Brazil, "Ghana's President" → Ghana), and offices written back to back
  ("UN Secretary General Special Assistant") as one title;
- its complement, read segment by segment after "of", "for", "to", "at", "in": a known
  organisation or a country is the office's organisation; a body the lists do not know
  ("Head of the Press Service") is one when nothing better is named; anything else is
  the office's field and stays in the title ("Minister of Agriculture and Livestock",
  "Minister for Trade, Tourism and the Environment", "Deputy Executive Secretary
  (DES) of SADC for Finance and Regional Integration").

Which person holds which office comes from the sentence's shape:

- a chunk right before the name, honorifics between ("Chair of the ECOWAS Commission
  Pierre-Alain Koffi Ndri") — it is that name's, never the one before;
- a chunk, a comma and the name ("the President of Indonesia, Budi Santoso"), and chunks
  in apposition after the name ("Ivo Marek, UN Assistant Secretary-General, Head
  of …"). In a list where both could hold ("the Prime Minister of Malta, H.E. Mr. A,
  the Prime Minister of Cyprus, H.E. Mr. B") a chunk goes after the name when the list
  gives titles first;
- coordinated chunks ("First Vice-President and Minister of Defence of
  Moldova", "… in her capacity as chair of …"), which share the last one's
  organisation when they name none;
- a chunk in parentheses ("Mr X (current Chair)", "the High Representative (Mr Y)");
- a plural office before a list of names ("the Presidents of the Senate
  and the Chamber of Deputies, Mr A and Mr B": paired in order where the
  bodies are as many as the names, else each holds it), or distributed over
  "country, name" items ("the Presidents of A, X; B, Y; and C, Z");
- honorific stacks between title and name ("His Excellency Brigadier (Ret'd)",
  "Dr the Rt Honourable") and a short aside (", resident in Wellington,");
- "<Country> was represented by X, <office>", each clause of a ";"-chain;
- a predicate ("X … was appointed Chairman"), "in his capacity as …", a relative clause
  with an office verb ("X, who heads the OSCE");
- the organisation from a name's trailing "of Azerbaijan", or from a country written
  alone on a heading line above a list of names.

Line breaks are transparent inside a chunk: speeches set in PDF break titles across lines.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

import numpy as np
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..text import (
    HYPHENS,
    is_verb_or_modal,
    sentence_bounds,
    sentence_span,
    squash,
    text_index,
    text_of,
    tokens_in,
)
from .countries import written_country, written_name
from .mentions import add_mention
from .offices import (  # noqa: F401  (office_phrases: as before)
    OfficeFinder,
    code_of,
    country_marks,
    country_of,
    forget_country_marks,
    is_plural,
    office_phrases,
    plural_word,
    read_country_marks,
    role_of,
    rule_id,
)
from .person_repair import POSSESSIVE

# the possessive "'s" written out (the shared POSSESSIVE less a bare apostrophe, which also
# closes a quotation)
S_POSSESSIVE = frozenset(POSSESSIVE - {"'", "’"})

if not Doc.has_extension("roles"):
    Doc.set_extension("roles", default=None)


PREPS = {"of", "for", "to", "at", "in"}
# Before the body an office is sent to or sits in ("Ambassador to Kenya", "… at the Arab League").
RECEIVING = {"to", "at", "in"}
# Function words that never open the place or field after an office's "of" ("of the" does).
NO_PLACE_AFTER_OF = frozenset({"in", "on", "at", "by", "to", "for", "from", "with", "into", "and", "or", "of", "is"})
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")

#: A body's name written as an acronym ("IMF", "UNCTAD", "ECOWAS").
# Words between "the" and "session" of a body's sitting ("the current session of …", "the
# seventy-third regular session of …"), ordinals besides.
SESSION_WORDS = {"current", "present", "ongoing", "regular", "ordinary", "extraordinary", "special", "annual"}
SESSION_WORDS |= {"resumed", "seventy", "sixty", "fifty", "forty", "thirty", "twenty", "eighty", "ninety"}
DASHES = {"-", "–", "—"}
INNER = {"and", "the", "&", "-", "'s", "’s"}
# Written between a name and a chunk in apposition: "X, the …", "X, former …", "X, our …",
# "X, an official spokesperson …".
APPOSITION_LEAD = {
    "the",
    "a",
    "an",
    "official",
    "former",
    "our",
    "its",
    "his",
    "her",
    "current",
    "outgoing",
    "incoming",
    "then",
    # class: a word of the holder's term after the article ("X, the new Dutch Minister of …",
    # "X, the late Ambassador of …"): the office is still the name's apposition
    "new",
    "late",
}
#: a gathering's common noun after an office's "of the" ("Chair of the meeting, Mr X")
# Where an office holder stands in its term, written before the office ("Outgoing Chairman").
TERM_WORDS = {"outgoing", "incoming", "current", "former", "new"}
# The words of a country's formal name before the country: "of the Republic of Hungary".
STATE_WORDS = {
    "the",
    "of",
    "republic",
    "federal",
    "federative",
    "united",
    "kingdom",
    "plurinational",
    "state",
    "democratic",
    "socialist",
    "islamic",
    "people's",
    "bolivarian",
    "oriental",
    "principality",
    "sultanate",
    # "the Cooperative Republic of Guyana", "the Commonwealth of Dominica", "the Federation of
    # Saint Kitts and Nevis", "the Independent State of Samoa", "the Hashemite Kingdom of Jordan",
    # "the Grand Duchy of Luxembourg", "the Arab Republic of Egypt", "the Union of the Comoros"
    "cooperative",
    "co-operative",
    "commonwealth",
    "federation",
    "independent",
    "hashemite",
    "grand",
    "duchy",
    "arab",
    "union",
}
#: the rank words of a deputy's office that shares the full office's body ("Vice-President")
DEPUTY_WORDS = {"vice", "deputy", "co"}
#: auxiliaries of "<side> was / will be / is to be represented by"
SIDE_AUXILIARIES = {"was", "were", "is", "are", "has", "have", "had", "will", "shall", "would"}


#: the offices of a national government (``_one_government``): a minister's, the premier's, the
#: attorney-general's; never a president's or a chair's, which may be of a body
_GOVERNMENT_OFFICE = re.compile(r"(?i)\b(?:minister|premier|attorney[- ]general)\b")
_MINISTER_OF = re.compile(r"(.*?)\bminister (?:of|for) (?:the )?(.+?)(?: affairs)?")


#: marks opening a list item on its line ("• Kenya: …"), read as the line's start
_LIST_BULLETS = frozenset({"•", "·", "▪", "▫", "◦", "‣", "●", "○", "■", "□", "-", "–", "*", "»"})


def office_key(title: str) -> str:
    """One key for the two wordings of a minister's office: "Minister of Foreign Affairs",
    "Foreign Affairs Minister" and "Foreign Minister" are "foreign minister"."""
    t = " ".join(title.lower().split())
    m = _MINISTER_OF.fullmatch(t)
    if m:
        t = f"{m.group(1)}{m.group(2)} minister"
    return t.replace(" affairs minister", " minister")


def _acronyms(doc: Doc) -> dict[str, str]:
    """org_id → the acronym of that organisation's row, where it has one."""
    return {o["org_id"]: o["acronym"] for o in doc._.organisations or [] if o["acronym"]}


_CAPITALS = re.compile(r"[A-Z][A-Z&]{1,9}")


def _written_as_acronym(written: str, name: str, acronym: str | None) -> bool:
    """Whether a mention of the body `name` is written as an acronym of it: its row's acronym
    ("BelTA", "IOR-ARC"), or another in capitals ("ACP" of the OACPS, "MOI") that is not a
    word of the name in capitals ("SENATE")."""
    return written == acronym or (bool(_CAPITALS.fullmatch(written)) and written.title() not in name)


@dataclass
class Chunk:
    title: Span  # the office, modifiers included
    start: int  # first token, organisation prefix included
    end: int  # token after the complement
    text: str  # the title as written: the office and its field ("Minister of Agriculture and Livestock")
    organisation: str = ""
    org_kind: str = ""  # org, country, body, or ""
    country: str = ""  # ISO 3166-1 alpha-3 where the organisation is a country
    plural: bool = False
    prefixed: bool = False  # the organisation is the one written before the office ("Ghana's President")
    of_gathering: bool = False  # "Chair of the meeting": the office of a gathering named by its common noun
    bodies: list[tuple[str, str, str]] = field(default_factory=list)  # (name, kind, iso3) of each body named
    # per body: named after to / at / in (where an envoy is sent) or in an apposition after the office: ranks below
    # the organisation or country written before the office
    secondary: list[bool] = field(default_factory=list)

    @property
    def bare(self) -> bool:
        """An office with no field or complement of its own ("Deputy Prime Minister", not
        "Minister of Interior")."""
        return self.end == self.title.end and not any(t.lower_ in ("of", "for") for t in self.title)

    @property
    def rule(self) -> str:
        return rule_id(self.title)


@Language.factory(
    "communique_titles",
    assigns=["doc._.roles", "doc._.mentions"],
    default_config={"max_complement": 14, "office_verbs": {}, "side_verbs": [], "side_nouns": [], "copulas": []},
    requires=["doc._.people", "doc._.org_mentions"],
)
class TitleLinker:
    """`office_verbs` maps a verb of a relative clause to the office it implies ("heads": "Head");
    `side_verbs` are the verbs of "<side> was <verb> by X" that make the side X's organisation
    ("represented", "headed"), `side_nouns` the nouns after a demonym that stand for its
    country there ("The Czech delegation"); `copulas` the verbs of "X was Chairman of …"."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        max_complement: int,
        office_verbs: dict[str, str],
        side_verbs: list[str],
        side_nouns: list[str],
        copulas: list[str],
    ):
        self.name, self.max_complement = name, max_complement
        self.office_verbs = {k.lower(): v for k, v in office_verbs.items()}
        self.side_verbs = {v.lower() for v in side_verbs}
        self.side_nouns = {v.lower() for v in side_nouns}
        self.copulas = {v.lower() for v in copulas}
        self.vocab, self.make_doc = nlp.vocab, nlp.make_doc
        self.offices: OfficeFinder | None = None
        #: the Doc being linked and its tokens' `is_space` (the text index's), kept for the call:
        #: `_skip_space` and `_prev` are asked some two hundred times a document (speed, #18)
        self._space_doc: Doc | None = None
        self._space: list[bool] = []
        self.honorifics: set[str] = set()
        self.chain_heads: set[str] = set()
        self.chain_tails: set[str] = set()
        self.royal: set[str] = set()
        self.bodies: set[str] = set()
        self.events: set[str] = set()
        self.salutations: set[str] = set()
        self.degrees: set[str] = set()
        self.post_nominals: set[str] = set()
        self.compass: set[str] = set()  # the `region_word`s mapped to "compass"
        self.regions: set[str] = set()  # region_word
        self.seats: set[str] = set()  # parliament_post_nominal
        self.seat_followers: set[str] = set()
        self.abbreviations: dict[str, str] = {}  # office_abbreviation
        self.short_modifiers: dict[str, str] = {}  # office_modifier_abbreviation
        self.colleges: dict[str, str] = {}  # college_office
        self.towards: tuple[str, ...] = ()  # office_towards
        self.time_adverbs: set[str] = set()  # office_time_adverb
        self.local_offices: set[str] = set()
        self._local_office_ids = np.zeros(0, dtype=np.uint64)
        self.country_offices: set[str] = set()  # country_office
        self.body_sizes: set[str] = set()  # body_size_word
        self.body_offices: set[str] = set()  # body_office
        self.occasions: set[str] = set()  # occasion_noun, one word
        self.observance_openers: set[str] = set()  # observance_opener
        self.place_heads: set[str] = set()
        self.office_modifiers: set[str] = set()
        self.chambers: set[str] = set()
        self.body_heads: set[str] = set()  # bodies | chambers, made once
        self.body_plurals: set[str] = set()  # bodies in the plural ("organizations"), made once
        self.list_glue: set[str] = set()  # what joins the names of a plural predicate
        self.honorific_joiners: set[str] = set()
        self.office_styles: set[str] = set()
        self.speech_nouns: set[str] = set()
        self.government_nouns: set[str] = set()
        self.country_pointers: set[str] = set()
        self.hold_verbs: set[str] = set()
        self.held_posts: set[str] = set()
        self.bench: set[str] = set()
        self.aside_leads: set[str] = set()
        self.own_side: set[str] = set()
        self.appointment_verbs: set[str] = set()
        self.appointment_nouns: set[str] = set()
        self.serve_verbs: set[str] = set()
        self.ranks: set[str] = set()
        self.gathering_nouns: set[str] = set()
        self.audience: set[str] = set()
        self.field_with: set[str] = set()  # field_with_noun
        self.portfolio_firsts: set[str] = set()
        self.office_acronyms: dict[str, str] = {}  # office_acronym
        self.plural_heads: set[str] = set()

    def initialize(self, get_examples=None, *, nlp=None, lexicon):
        self.offices = OfficeFinder(self.vocab, self.make_doc, lexicon)
        self.honorifics = {h.rstrip(".") for h in lexicon["honorific"]}
        # the words of several-word styles ("Tan Sri", "Dato' Seri Utama"): a later word after an earlier one
        chains = [h.replace("'", "").split() for h in lexicon["honorific"] if " " in h]
        self.chain_heads = {w for c in chains for w in c[:-1]}
        self.chain_tails = {w for c in chains for w in c[1:]}
        # "in charge of", "responsible for": the remit after an office is its field
        self.remits = {tuple(r.split()) for r in lexicon["office_remit"]}
        self.remit_openers = {r[0] for r in self.remits}
        self.remit_words = max((len(r) for r in self.remits), default=0)
        # "Adviser on Trade and Industry": "on" opens a field only when a portfolio word is in it
        self.field_words = {p for p in lexicon["portfolio"] if " " not in p}
        # the head noun of each portfolio ("trade" of "foreign trade", "welfare" of "social welfare")
        self.portfolio_heads = {p.split()[-1] for p in lexicon["portfolio"]}
        self.royal = set(lexicon["royal_title"])
        self.credit_cues = {c for c in lexicon["credit_cue"] if " " not in c}
        # "Chair of the meeting, Mr X": a gathering's common noun (`event_noun`, `event_part`)
        self.gathering_nouns = {w for w in lexicon["event_noun"] | lexicon["event_part"] if " " not in w}
        self.appointment_verbs = set(lexicon["appointment_verb"])
        self.recency = set(lexicon["appointment_recency"])
        self.determiners = set(lexicon["office_determiner"])
        # "Address by the Prime Minister to Participants of the Forum": "to" and the people an
        # address is given to (a `count_unit` counted as participants) is no office's field
        self.audience = {t for t, v in lexicon.mapping("count_unit").items() if v == "participants" and " " not in t}
        self.list_copulas = set(lexicon["list_copula"])
        self.appointment_nouns = set(lexicon["appointment_noun"])
        self.holder_pronouns = set(lexicon["holder_pronoun"])
        self.relative_pronouns = set(lexicon["relative_pronoun"])
        self.serve_verbs = set(lexicon["serve_verb"])
        self.ranks = set(lexicon["military_rank"])
        self.retired = set(lexicon["retired_mark"])
        self.bodies = {t for t in lexicon["body_noun"] | lexicon["government_noun"] if " " not in t}
        self.events = {t for t in lexicon["event_noun"] if " " not in t}
        self.salutations = set(lexicon["speech_salutation"])
        self.degrees = set(lexicon["academic_degree"])
        self.post_nominals = set(lexicon["post_nominal"])
        self.compass = {t for t, v in lexicon.mapping("region_word").items() if v == "compass"}
        self.regions = set(lexicon["region_word"])
        # "X MP and Y MEP", "X MP, who …", "X MP said": the clause goes on past the letters
        self.seat_followers = set(lexicon["post_nominal_follower"])
        self.seats = set(lexicon["parliament_post_nominal"])
        self.abbreviations = lexicon.mapping("office_abbreviation") | lexicon.mapping("office_short_form")
        self.short_modifiers = lexicon.mapping("office_modifier_abbreviation")
        self.colleges = lexicon.mapping("college_office")
        self.towards = tuple(lexicon["office_towards"])
        self.time_adverbs = set(lexicon["office_time_adverb"])
        self.local_offices = set(lexicon["local_office"])
        self._local_office_ids = np.array(
            sorted(self.vocab.strings.add(w) for w in self.local_offices), dtype=np.uint64
        )
        self.country_offices = set(lexicon["country_office"])
        self.body_sizes = set(lexicon["body_size_word"])
        self.body_offices = set(lexicon["body_office"])
        self.occasions = {w for w in lexicon["occasion_noun"] if " " not in w}
        self.observance_openers = set(lexicon["observance_opener"])
        self.place_heads = set(lexicon["subnational_unit"]) | set(lexicon["place_noun"])
        self.office_modifiers = set(lexicon["office_modifier"])
        self.chambers = set(lexicon["chamber_noun"])
        self.body_heads = self.bodies | self.chambers
        self.body_plurals = {plural_word(b) for b in self.bodies} - self.bodies
        self.list_glue = (
            {",", "and", "(", ")"} | self.copulas | self.appointment_verbs | {"were", "have", "has", "been"}
        )
        self.honorific_joiners = set(lexicon["honorific_joiner"])
        self.office_styles = set(lexicon["office_style"])
        self.speech_nouns = set(lexicon["speech_noun"])
        self.government_nouns = set(lexicon["government_noun"])
        self.country_pointers = set(lexicon["country_pointer_noun"])
        self.hold_verbs = set(lexicon["hold_verb"])
        self.held_posts = set(lexicon["held_post_noun"])
        self.bench = set(lexicon["bench_honorific"])
        self.aside_leads = set(lexicon["envoy_aside_lead"])
        # the holder's own side named before an office in apposition ("X, his country's ambassador")
        self.own_side = set(lexicon["own_side_noun"])
        self.field_with = set(lexicon["field_with_noun"])
        self.portfolio_firsts = {p.split()[0] for p in lexicon["portfolio"]}  # "Industry", "Higher"
        self.office_acronyms = lexicon.mapping("office_acronym")
        # "Heads", "Ministers": an office's head word in the plural (a group of its holders)
        self.plural_heads = {plural_word(o.split()[-1]) for o in lexicon["office"]}

    # --- organisations and countries by token ---------------------------------------

    def _org_index(self, doc: Doc) -> dict[int, tuple[str, str, int, int]]:
        """Token index → (canonical name, kind, start, end) of the organisation or country it is in."""
        index: dict[int, tuple[str, str, int, int]] = {}
        text = text_of(doc)
        acronyms = _acronyms(doc)
        for m in doc._.org_mentions or []:
            span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
            if span is not None:
                # A body written by its acronym at this mention ("Managing Director of IMF", "the
                # OECS Director General", "Director of BelTA") is the acronym for the offices it names here
                name = m["name"]
                written = text[m["start"] : m["end"]]
                if written != name and _written_as_acronym(written, name, acronyms.get(m["org_id"])):
                    name = written
                for i in range(span.start, span.end):
                    index[i] = (name, "org", span.start, span.end)
        # Runs of tokens marked with one country, outside the organisations: only the marked
        # tokens are visited (token._.country is "" on every other one).
        countries, roles, codes = country_marks(doc)
        if not countries:
            roles = codes = {}
        text = text_of(doc)
        runs = []  # (start, end, name as written, inside an organisation's name)
        after = 0  # the end of the last run
        for i in sorted(countries):
            country = countries[i]
            if i < after or not country:
                continue
            j = i
            while j < len(doc) and countries.get(j, "") == country and (j in index) == (i in index):
                j += 1
            last = doc[j - 1]
            written = text[doc[i].idx : last.idx + len(last)]
            runs.append((i, j, written_name(written, country.removeprefix("the "), roles.get(i, "")), i in index))
            after = j
        # A demonym or a capital names its country as the document writes it elsewhere, inside
        # an organisation's name too ("The Czech delegation" in a text that names "the Czech
        # Republic's Ministry …"), else by its short name.
        named: dict[str, list[str]] = {}
        for i, _j, name, _ in runs:
            if roles.get(i) == "name":
                named.setdefault(codes.get(i, ""), []).append(name)
        for i, j, name, inside in runs:
            if inside:
                continue
            before = doc[i - 1] if i > 0 and doc[i - 1].is_title else None
            if roles.get(i) == "demonym" and before is not None and before.lower_ in self.regions:
                if any(doc[i].lower_.startswith(w) for w in self.regions if len(w) > 3):
                    # class: a region's demonym ("Central American", "South American Foreign
                    # Minister X") names no country (review 1, finding 6)
                    continue
            if (
                roles.get(i) == "demonym"
                and before is not None
                and before.lower_ in self.compass
                and not name.lower().startswith(before.lower_ + " ")
            ):
                # class: a compass word outside the country's own demonym makes it a state's or a
                # province's ("South Australian Premier X", "Western Australian Minister Y"): the
                # state is the office's body, never the country. A demonym only (never a capital:
                # "West Berlin Mayor"), and not where the country's name has the word already
                # ("North Macedonian": North Macedonia; review 1, finding 6)
                state = f"{before.text} {name}"
                for k in range(i - 1, j):
                    index[k] = (state, "org", i - 1, j)
                continue
            written = named.get(codes.get(i, "")) if roles.get(i) != "name" else None
            if written and name not in written:
                name = written[0]
            for k in range(i, j):
                index[k] = (name, "country", i, j)
        # "Tabriz Mayor X": the capitalised place name right before a city's or a province's
        # office (past its rank words: "Tabriz Deputy Mayor") is the office's organisation
        # (the office words are found among the tokens' lower case with numpy, in the column the
        # text index keeps: no step per token of the document; speed, #18)
        words = text_index(doc).words
        for i in [k for k in tokens_in(doc, LOWER, self._local_office_ids) if words[k][:1].isupper()]:
            end = i
            while end > 0 and doc[end - 1].lower_ in self.offices.modifiers:
                end -= 1
            start = end
            while (
                start > 0
                and end - start < 3
                and doc[start - 1].is_alpha
                and doc[start - 1].is_title
                and not doc[start - 1].is_stop
                and doc[start - 1].lower_ not in self.honorifics
                and doc[start - 1].i not in index
            ):
                start -= 1
            if (
                start == end
                and end > 0
                and roles.get(end - 1) == "capital"
                and index.get(end - 1, ("",))[1:2] == ("country",)
            ):
                # class: a capital before a city's office is the city, not its country ("Berlin
                # Mayor X", like "the Mayor of Berlin"), with a compass word before it ("West
                # Berlin Mayor", "East Jerusalem Governor"; review 1, finding 6)
                start = index[end - 1][2]
                if start > 0 and doc[start - 1].is_title and doc[start - 1].lower_ in self.compass:
                    start -= 1
            if start < end:
                name = doc[start:end].text
                for k in range(start, end):
                    index[k] = (name, "org", start, end)
        return index

    def _iso3(self, doc: Doc, start: int, end: int) -> str:
        return next((code_of(t) for t in doc[start:end] if code_of(t)), "")

    # --- chunks ----------------------------------------------------------------------

    def _skip_space(self, doc: Doc, i: int) -> int:
        """Index of the first non-space token from i on (or len(doc)), read from the text
        index (no Token made per step; speed, #18)."""
        space = self._space if doc is self._space_doc else text_index(doc).is_space
        n = len(space)
        while i < n and space[i]:
            i += 1
        return i

    def _complement_above(self, doc: Doc, start: int, end: int, office: int) -> bool:
        """Whether the organisation doc[start:end+1] closes the line above the office as the
        complement of the person that line names ("Prime Minister A of Belize\nPrime
        Minister B of …"): "of" (and "the") before it and a line break between it and the
        office, so it is no prefix of the office below."""
        if not any("\n" in doc[k].text for k in range(end + 1, office)):
            return False
        p = self._prev(doc, start)
        if p >= 0 and doc[p].lower_ == "the":
            p = self._prev(doc, p)
        if p < 0 or doc[p].lower_ != "of":
            return False
        # the line above names someone before its "of" ("… A of the X Commission"); a line of
        # no one ("The delegation of the Andean Community") heads the office below
        k = p
        while k > 0 and "\n" not in doc[k - 1].text:
            k -= 1
        return any(doc[j].ent_type_ == "PERSON" for j in range(k, p))

    @staticmethod
    def _signature_line(doc: Doc, chunk: Chunk, first: int) -> bool:
        """class: a signature block, each signatory's name on a line with the office below it
        ("A\nForeign Minister of B\n\nC\nForeign Minister of D"): an office on a line of its
        own right under a non-blank line, a blank line between it and the next name, is the
        name's above, never the next block's."""
        between = doc[chunk.end - 1 : first].text_with_ws[len(doc[chunk.end - 1].text) :]
        if "\n\n" not in between.replace(" ", "").replace("\t", ""):
            return False
        text = doc.text
        line_start = text.rfind("\n", 0, doc[chunk.start].idx)
        if line_start < 0 or text[line_start + 1 : doc[chunk.start].idx].strip():
            return False  # the office does not open its line
        above_start = text.rfind("\n", 0, line_start)
        above = text[above_start + 1 : line_start].strip()
        # the line above is a name's line, not a heading ("Signed by:") nor a sentence
        return bool(above) and not above.endswith((":", ".")) and len(above.split()) <= 6

    def _credit_above(self, doc: Doc, start: int, end: int, office: int) -> bool:
        """class: a photo credit closing the line above the office ("… on Friday. Photo: AFP\n\n
        Prime Minister X"): the organisation doc[start:end+1] follows a credit cue (`credit_cue`,
        then ":" or "by") on its own line, with a line break between it and the office; it
        credits the picture and is no prefix of the office below."""
        if not self.credit_cues or not any("\n" in doc[k].text_with_ws for k in range(end, office)):
            return False
        p = self._prev(doc, start)
        if p >= 0 and doc[p].text in (":", "-", "–", "—") or p >= 0 and doc[p].lower_ == "by":
            p = self._prev(doc, p)
        return p >= 0 and doc[p].lower_ in self.credit_cues and "\n" not in doc[p:start].text_with_ws

    def _prev(self, doc: Doc, i: int) -> int:
        """Index of the last non-space token before i (or -1), read from the text index."""
        space = self._space if doc is self._space_doc else text_index(doc).is_space
        i -= 1
        while i >= 0 and space[i]:
            i -= 1
        return i

    def _acronym_after(self, doc: Doc, i: int) -> int:
        """Past a parenthesised acronym at i ("(DSG)"), else i."""
        if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and doc[i + 1].is_upper:
            return i + 3
        return i

    def _segment(self, doc: Doc, i: int, orgs, stops: set[int]) -> int:
        """End of one segment of a complement starting at token i: capitalised words and the
        linkers inside a name, a known organisation whole, a parenthesised acronym."""
        k, last = i, None
        lower_run = 0
        while k < len(doc) and k - i <= self.max_complement:
            t = doc[k]
            if k in stops and k != i or (k != i and self._honorific_before_name(doc, k, stops)):
                break
            if (
                k != i
                and last == k - 1
                and doc[k - 1].lower_ not in INNER | PREPS
                and doc[k].lower_ in STATE_WORDS
                and k in orgs
                and orgs[k][1] == "country"
                and orgs[k][2] == k
            ):
                # "Minister of Fisheries Republic of A": a country's formal name right after the
                # field ends it ("Lake Chad" is one field)
                break
            if k in orgs and orgs[k][1] == "org" and (k == i or doc[k - 1].lower_ in INNER or k - 1 == last):
                # a known organisation whole; one whose span runs into the next line after a
                # complete line, to this line's end ("the Court of Arbitration\n• Chief Executives …")
                last_end = self._line_cut(doc, k, orgs[k][3])
                if last_end == orgs[k][3] or (last_end > k and doc[last_end - 1].is_title):
                    k = last_end
                    last = last_end - 1
                    continue
            if t.is_space:
                if "\n\n" in t.text or (t.text.count("\n") and last is not None and doc[last].text.endswith(":")):
                    break
                if "\n" in t.text and self._line_closes(doc, last, k + 1):
                    break
                k += 1
                continue
            if t.text == "(":
                after = self._acronym_after(doc, k)
                if after == k:
                    break
                k = after
                continue
            if t.lower_ == "and" and k + 1 < len(doc):
                nxt = self._skip_space(doc, k + 1)
                if nxt in stops or not (doc[nxt].is_title or doc[nxt].is_upper or doc[nxt].lower_ == "the"):
                    break
                if doc[nxt].lower_ in TERM_WORDS and self._skip_space(doc, nxt + 1) in stops:
                    break  # "Prime Minister of A and Outgoing Chairman of …": the next office
                # "… Committee and CIS Executive Secretary": another office, after its organisation.
                ahead = nxt
                while ahead < len(doc) and ahead in orgs and ahead not in stops:
                    ahead += 1
                if ahead in stops:
                    break
                k += 1
                continue
            if t.is_title or t.is_upper or country_of(t) or ORDINAL.fullmatch(t.text):
                # "the 48th General Assembly": an ordinal is part of a name
                last, lower_run = k, 0
                k += 1
                continue
            if (
                t.is_alpha
                and last == k - 2
                and doc[k - 1].text in HYPHENS
                and not doc[k - 1].whitespace_
                and not doc[k - 2].whitespace_
            ):
                # "International Co-operation": a word glued to the last by a hyphen is part of it.
                last = k
                k += 1
                continue
            if t.text in DASHES and last == k - 1 and country_of(doc[last]) and doc[last].whitespace_ and t.whitespace_:
                # class: a spaced dash after the country ("the First President of A - <epithet>
                # X"): what follows is an epithet or the name, no word of the complement
                break
            if t.lower_ in INNER:
                k += 1
                continue
            if (
                t.lower_ == "with"
                and last == k - 1
                and doc[last].is_title
                and doc[last].lower_ in self.field_with
                and (nxt := self._skip_space(doc, k + 1)) < len(doc)
                and nxt not in stops
                and (doc[nxt].is_title or (doc[nxt].lower_ == "the" and nxt + 1 < len(doc) and doc[nxt + 1].is_title))
            ):
                # class: a field that names the party it is held with ("in charge of Relations
                # with Parliament", "Cooperation with the Arab States"): one field, so the
                # name's comma after it closes the office
                k += 1
                continue
            if (
                t.text in ("'", "’")
                and last == k - 1
                and doc[last].lower_.endswith("s")
                and not doc[last].whitespace_
                and k + 1 < len(doc)
                and doc[k + 1].is_title
            ):
                # "the Agriculture Ministers’ Forum": a plural's possessive inside a name
                k += 1
                continue
            if t.is_lower and t.is_alpha and t.lower_ not in PREPS and lower_run < 3:
                # "to the interim government": lower-case words only where a body's noun closes them.
                j = k
                while j < len(doc) and j - k < 4 and doc[j].is_lower and doc[j].is_alpha and doc[j].lower_ not in PREPS:
                    if doc[j].lower_ in self.bodies:
                        last, k = j, j + 1
                        break
                    j += 1
                else:
                    break
                if last != k - 1:
                    break
                continue
            break
        return last + 1 if last is not None else i

    @staticmethod
    def _line_cut(doc: Doc, start: int, end: int) -> int:
        """The first line break in doc[start:end] after a line that reads complete (its last
        word no "of", "and", "the" …), else end: where an organisation's span that the
        organisations ran into a list's next line ("Court of Arbitration\n• Chief") ends."""
        for t in doc[start:end]:
            if t.is_space and "\n" in t.text and t.i > 0 and doc[t.i - 1].lower_ not in INNER | PREPS:
                return t.i
        return end

    def _line_closes(self, doc: Doc, last: int | None, nxt: int) -> bool:
        """Whether a line break ends a complement: after a country's whole name ("… of Japan" +
        "Ladies and Gentlemen" on the next line), before a speech's salutation, or before a
        list's next item opening with its country and the name's honorific."""
        if last is None or nxt >= len(doc):
            return False
        country = country_of(doc[last])
        if country and country_of(doc[nxt]) != country:
            return True
        j = nxt
        while j < len(doc) and country_of(doc[j]):
            j += 1
        if nxt < j < len(doc) and self._is_honorific(doc, j):
            return True  # "…\nBotswanaHon. X": the next item of a list, its country and the name's honorific
        if doc[last].lower_ in self.body_heads and doc[last].is_title and doc[nxt].is_title:
            # "Speaker of the National Parliament" + "Government Ministers" on the next line (a
            # speech's list of addressees): a body's head word closes its line's complement
            return True
        line = text_of(doc)[doc[nxt].idx :].split("\n", 1)[0].strip().lower()
        return any(line.startswith(s) and not line[len(s) : len(s) + 1].isalpha() for s in self.salutations)

    def _honorific_before_name(self, doc: Doc, k: int, stops: set[int]) -> bool:
        """Whether token k is an honorific that opens a name ("… of Defence General John Smith"),
        not a word of a body's name ("the GCC General Secretariat")."""
        t = doc[k]
        if t.is_title and t.lower_ in self.honorific_joiners and t.lower_ != "the":
            # class: a stack of honorifics opened by a joiner ("of the Republic of A His
            # Excellency Mr X", "… of A Her Excellency Ms Y", "… Right Honourable Z", with no
            # comma): the stack opens the name, no word of the country's or body's name. "The"
            # is left out: it opens body names ("… of The Gambia")
            j = self._skip_space(doc, k + 1)
            while j < len(doc) and (doc[j].lower_.rstrip(".") in self.honorific_joiners or doc[j].text == "."):
                j = self._skip_space(doc, j + 1)
            return j < len(doc) and doc[j].is_title and self._honorific_before_name(doc, j, stops)
        if t.is_lower or t.lower_.rstrip(".") not in self.honorifics:
            return False
        j = self._skip_space(doc, k + 1)
        while j < len(doc) and doc[j].text == ".":
            j = self._skip_space(doc, j + 1)
        return j >= len(doc) or j in stops or doc[j].lower_.rstrip(".") in self.honorifics or not doc[j].is_title

    def _classify(
        self, doc: Doc, a: int, b: int, prep: str, orgs, portfolio: bool = False, affairs: bool = False
    ) -> tuple[str, str, str]:
        """(kind, name, iso3) of the segment doc[a:b]: org, country, body or field. `portfolio`:
        the segment comes right after "Minister of / for", where a name the organisations took
        from the text as written ("Immigration and Border Services") is the minister's field."""
        words = [t for t in doc[a:b] if t.is_alpha and t.lower_ not in ("the", "and")]
        if not words:
            return "field", "", ""
        if (
            len(words) > 2
            and prep == "of"
            and doc[a].lower_ == "the"
            and words[0].is_title
            and words[0].lower_ in self.plural_heads
            and words[1].lower_ in ("of", "for")
            and not country_of(words[0])
        ):
            # class: the group of an office's holders that another office presides ("President
            # of the Heads of A Offices", "Chair of the Ministers of Finance"): a body, as written
            start = a + 1 if doc[a].lower_ == "the" else a
            return "body", squash(text_of(doc)[doc[start].idx : doc[b - 1].idx + len(doc[b - 1])]), ""
        known = next((orgs[t.i] for t in doc[a:b] if t.i in orgs and orgs[t.i][1] == "org"), None)
        if known and known[3] - known[2] == 1 and doc[known[2]].is_title and prep in ("of", "for"):
            # One capitalised word after "Minister of" is the office's field ("Agriculture"), even
            # where it was taken for an organisation.
            known = None
        if known and known[3] > b and self._line_cut(doc, b - 1, known[3]) < known[3]:
            # an organisation's span that runs past the complement into the next line ("… of the
            # Court of Arbitration\n• Chief …"): the body is its part on this line, as written
            start = a + 1 if doc[a].lower_ == "the" else a
            return "body", squash(text_of(doc)[doc[start].idx : doc[b - 1].idx + len(doc[b - 1])]), ""
        if (
            portfolio
            and prep in ("of", "for")
            and any(t.lower_ in ("and", "&") for t in words + list(doc[a:b]))
            and not any(country_of(t) or (t.is_upper and len(t) > 1) for t in doc[a:b])
            and words[0].lower_ not in self.bodies  # "of the Ministry of Natural Resources and …"
            and (not known or known[0] == squash(doc[known[2] : known[3]].text))
        ):
            # "Minister of Immigration and Border Services": fields joined by "and" right after
            # "Minister of" are the minister's, not a body (a body the gazetteer knows is named
            # canonically, an acronym is a body, a country is his country)
            return "field", "", ""
        if (
            (portfolio or affairs)
            and known
            and prep in ("of", "for")
            and doc[b - 1].lower_ == "affairs"
            and known[3] < b
            and words[0].lower_ not in self.bodies
        ):
            # "Minister for ASEAN Affairs", "Minister of Industry and SADC Affairs": a body
            # named inside the minister's "… Affairs" field is his portfolio, not his organisation
            return "field", "", ""
        if known:
            tail = [t for t in doc[known[3] : b] if not t.is_space]
            if tail and all(t.is_title for t in tail) and tail[-1].lower_ in self.bodies | self.events:
                # "spokeswoman of the SADC Executive Secretariat": the sub-body, as written;
                # so is the organisation's named meeting ("Chairman of the SADC Trade Ministers Meeting").
                start = a + 1 if doc[a].lower_ == "the" else a
                return "body", squash(text_of(doc)[doc[start].idx : doc[b - 1].idx + len(doc[b - 1])]), ""
            return "org", known[0], ""
        first = next((t for t in words if country_of(t)), None)
        if first and all(
            country_of(t) or t.lower_ in STATE_WORDS or t.lower_ == "and" for t in doc[a:b] if not t.is_space
        ):
            # ("of the Republic" alone names no country: it falls through to a field or a body)
            name = orgs.get(first.i, (country_of(first), "country"))[0]
            marked = [t for t in doc[a:b] if country_of(t)]
            if (
                doc[a].lower_ == "the"
                and marked == [t for t in doc[a + 1 : b] if not t.is_space]
                and all(role_of(t) == "demonym" for t in marked)
            ):
                # class: a demonym standing as the state's name after "of the" ("Ambassador of
                # the Vatican": the text names the country so, no adjective there)
                name = doc[marked[0].i : marked[-1].i + 1].text
            if any(t.lower_ in STATE_WORDS and t.lower_ not in ("the", "of") for t in doc[a : first.i]):
                # "of the Socialist Republic of Vietnam": the country as the text writes it
                # after its formal words ("Vietnam"); the iso3 column names it either way
                last = first.i
                while last + 1 < b and country_of(doc[last + 1]) == country_of(first):
                    last += 1
                begin = first.i
                if first.i in orgs and orgs[first.i][1] == "country" and a <= orgs[first.i][2] < first.i:
                    # class: the country's span begins before its first marked word ("of the
                    # State of St. Lucia"): the abbreviated "St." is the name's
                    begin = orgs[first.i][2]
                name = doc[begin : last + 1].text
            return "country", name, self._iso3(doc, a, b)
        if prep == "for":
            return "field", "", ""
        named_event = len(words) > 1 and words[-1].lower_ in self.events and words[-1].is_title
        if any(t.lower_ in self.bodies for t in words) or named_event:
            # a body, or a named meeting a chair presides ("Chairman of the 29th Regional Conference")
            start = a + 1 if doc[a].lower_ == "the" else a
            return "body", squash(text_of(doc)[doc[start].idx : doc[b - 1].idx + len(doc[b - 1])]), ""
        return "field", "", ""

    def _unlisted_body(self, doc: Doc, chunk: Chunk, a: int, b: int) -> str:
        """class: an office that has no field, only a body ("founder of Bright Futures",
        "Secretary-General of the Francophonie"), before a name the organisations do not
        know: the capitalised words after its "of" are its body, as written, never part of
        the title ("Secretary-General of the Commonwealth": Commonwealth). Only for the
        `body_office`s; a country or a word in lower case leave the segment as it was."""
        title = squash(chunk.title.text).lower()
        if not any(title == o or title.endswith(" " + o) for o in self.body_offices):
            return ""
        start = a + 1 if doc[a].lower_ == "the" else a
        words = [t for t in doc[start:b] if not t.is_space]
        if not words or not words[0].is_title:
            return ""
        for t in words:
            if country_of(t):
                return ""
            if t.is_alpha and not (t.is_title or t.is_upper) and t.lower_ not in ("and", "of", "the", "for"):
                return ""
        return squash(text_of(doc)[doc[start].idx : doc[b - 1].idx + len(doc[b - 1])])

    def _towards_body(self, doc: Doc, chunk: Chunk, a: int, b: int) -> str:
        """class: an office held towards others (`office_towards`: "Adviser", "Envoy") and "of
        the" + a capitalised phrase of two words or more that is no field ("Senior Adviser of the
        Andean Producers and Partners"): the phrase is the body the adviser serves, as written,
        never words of the title. No field word in it ("… of the Trade Council" keeps its
        body noun's own reading), no country, no office with "of" of its own ("Chief of Staff")."""
        if doc[a].lower_ != "the" or any(t.lower_ == "of" for t in chunk.title) or not self._held_towards(chunk):
            return ""
        words = [t for t in doc[a + 1 : b] if not t.is_space]
        content = [t for t in words if t.lower_ not in ("and", "&", "of", "the", "for")]
        if len(content) < 2 or not words[0].is_title or doc[b - 1].lower_ == "affairs":
            return ""
        if any(
            country_of(t) or t.lower_ in self.field_words or not (t.is_title or t.is_upper) or not t.is_alpha
            for t in content
        ):
            return ""
        return squash(text_of(doc)[doc[a + 1].idx : doc[b - 1].idx + len(doc[b - 1])])

    @staticmethod
    def _session_of(doc: Doc, k: int) -> int:
        """At "of" (k): "of the <ordinal or term word>… session of" → the second "of"; else k."""
        j = k + 1
        if j >= len(doc) or doc[j].lower_ != "the":
            return k
        j += 1
        words = 0
        while (
            j < len(doc)
            and words < 5
            and (
                ORDINAL.fullmatch(doc[j].lower_)
                or doc[j].lower_ in SESSION_WORDS
                or doc[j].lower_.endswith(("first", "second", "third", "th"))
                and doc[j].is_alpha
                or doc[j].text in HYPHENS
                and words
            )
        ):
            j += 1
            words += 1
        if not words or j + 1 >= len(doc) or doc[j].lower_ != "session" or doc[j + 1].lower_ != "of":
            return k
        return j + 1

    def _audience_after(self, doc: Doc, k: int) -> bool:
        """Whether the words from k name an address's audience: "(all) (the) delegates",
        never a possessive ("the People's Republic")."""
        k = self._skip_space(doc, k)
        while k < len(doc) and doc[k].lower_ in ("the", "all", "our"):
            k = self._skip_space(doc, k + 1)
        return (
            k < len(doc)
            and doc[k].lower_ in self.audience
            and not (k + 1 < len(doc) and doc[k + 1].lower_ in S_POSSESSIVE)
        )

    def _complement(self, doc: Doc, chunk: Chunk, orgs, stops: set[int]) -> None:
        """Read the complement after the office into the chunk: fields into its title, bodies
        and countries into its organisation."""
        k = self._skip_space(doc, chunk.end)
        if k < len(doc) and doc[k].lower_ in ("a.i", "a.i."):
            # "chargé d'affaires a.i. of …": ad interim, not part of the title
            k = k + 2 if k + 1 < len(doc) and doc[k + 1].text == "." else k + 1
            chunk.end = k
            k = self._skip_space(doc, k)
        pointer = 0  # the token after a pointer to a country named before
        if (
            k + 2 < len(doc)
            and doc[k].lower_ == "of"
            and doc[k + 1].lower_ in ("this", "that")
            and doc[k + 2].lower_ == "country"
        ):
            pointer = k + 3
        elif k + 3 < len(doc) and doc[k].lower_ == "of" and doc[k + 1].lower_ == "the":
            # class: "trade minister of the Andean nation", "… of the Baltic country":
            # a region's word (capitalised), a common noun of a country: the country named last
            # before it ("the host country" names none)
            j = k + 2
            while j < len(doc) and j - k < 6 and doc[j].is_alpha and doc[j].lower_ not in self.country_pointers:
                j += 1
            if (
                j < len(doc)
                and j > k + 2
                and doc[j].lower_ in self.country_pointers
                # (a capitalised noun is a name's own: "Chief of the Mohawk Nation", "the
                # Hashemite Kingdom of …": no pointer)
                and doc[j].is_lower
                and any(doc[m].is_title and not country_of(doc[m]) for m in range(k + 2, j))
                and not any(m in stops or m in orgs for m in range(k + 2, j))
            ):
                pointer = j + 1
        sized = self._past_body_size(doc, k)
        if sized is not None and sized in orgs and orgs[sized][1] == "org" and orgs[sized][2] == sized:
            # class: a body's size between "of the" and its name ("Chair of the 15-member
            # Community of X", "President of the 27-nation Union"): the body is the office's
            name, _, _, e = orgs[sized]
            chunk.bodies.append((name, "org", ""))
            chunk.secondary.append(False)
            chunk.end = e
            return
        if not pointer and self._body_pointer(doc, k):
            # class: "President of the organization, X", "head of the association": a body's
            # common noun in lower case points to the organisation named last before it, in its
            # sentence or the one before (one whose name has that noun, for a noun other than
            # "organization"); none named: no organisation, never the common noun
            chunk.end = k + 3
            j = self._body_named_before(doc, k, doc[k + 2].lower_, orgs)
            if j is not None:
                chunk.bodies.append((orgs[j][0], "org", ""))
                chunk.secondary.append(False)
            return
        if pointer:
            # "Deputy Foreign Minister of this country X": a pointer to the country named last
            # before it closes the chunk; that country is the office's
            chunk.end = pointer
            j = next((j for j in range(k - 1, -1, -1) if j in orgs and orgs[j][1] == "country"), None)
            if j is not None:
                name, _, s, e = orgs[j]
                chunk.bodies.append((name, "country", self._iso3(doc, s, e)))
                chunk.secondary.append(False)
            return
        if self._acronym_after(doc, k) > k:
            # "Secretary-General (SG), Name": the acronym closes the chunk.
            k = chunk.end = self._acronym_after(doc, k)
        if (
            k in orgs
            and orgs[k][1] == "org"
            and orgs[k][2] == k
            and chunk.start == chunk.title.start
            and self._honorific_after(doc, orgs[k][3])
        ):
            # "President African Development Bank Dr X": the organisation right after the office,
            # with no "of", before an honorific and the holder's name
            name, _, s, e = orgs[k]
            chunk.bodies.append((name, "org", ""))
            chunk.secondary.append(False)
            chunk.end = e
            return
        pieces: list[tuple[int, int]] = []  # (start, end) of the title's field parts
        if (
            k == chunk.title.end
            and len(chunk.title) > 2
            and any(t.lower_ == "of" for t in chunk.title[1:-1])
            and chunk.title[-1].is_title
        ):
            # class: an office read whole from the lexicon ("Head of State", "Chief of Staff")
            # that capitalised words go on up to the comma ("the Head of State Protocol, X"):
            # the words are its field, so the name after the comma still gets it
            j = k
            while (
                j < len(doc)
                and j not in stops
                and doc[j].is_title
                and doc[j].is_alpha
                and not country_of(doc[j])
                and doc[j].lower_ not in self.honorifics
            ):
                j += 1
            if k < j and (j >= len(doc) or doc[j].text in (",", ";", ")") or "\n" in doc[j].text):
                pieces.append((k, j))
                k = self._skip_space(doc, j)
        # "Minister of Trade and Immigration", "… Foreign Affairs & Cooperation": the office's own field goes on.
        if (
            any(t.lower_ in ("of", "for") for t in chunk.title)
            and k < len(doc)
            and doc[k].lower_ in ("and", "&")
            # "Minister of Foreign Trade and Special Envoy …": another office after "and" is
            # the holder's second office, never the first one's field
            and self._skip_space(doc, k + 1) not in stops
        ):
            end = self._segment(doc, k + 1, orgs, stops)
            if end == k + 1 and chunk.title[0].is_lower:
                end = self._lower_field_after_and(doc, k + 1)
            if end > k + 1 and self._skip_space(doc, end) in stops and doc[end - 1].is_upper:
                # class: "Minister of Trade and ALDE Vice-President X": a body's acronym
                # after "and", right before another office, is that office's prefix, never a
                # word of the first office's field
                end = k + 1
            if end > k + 1:
                pieces.append((k, end))
                k = self._skip_space(doc, end)
        lower = self._lower_field_and_body(doc, chunk, k) if pieces == [] else None
        if lower is not None:
            field, (a, b) = lower
            if field is not None:
                pieces.append(field)
            chunk.bodies.append((squash(doc[a:b].text), "body", ""))
            chunk.secondary.append(False)
            chunk.end = b
            k = len(doc)  # the complement is read whole
        for_seen = False  # "Special Envoy for the Sahel, Lake Chad and …": a field after "for"
        sent_to = False  # a body after "to" was read: the office is sent to it
        while k < len(doc):
            t = doc[k]
            remit = 0
            if t.lower_ in self.remit_openers:
                words = tuple(doc[m].lower_ for m in range(k, min(k + self.remit_words, len(doc))))
                remit = next((len(r) for r in self.remits if words[: len(r)] == r), 0)
            if remit and pieces == []:
                # "Assistant Secretary General in charge of Programmes and Planning": the remit
                # is the office's field, never a body; after the office's body too ("Minister
                # Delegate of the Ministry of A in charge of B, X": the body stays its organisation)
                end = self._segment(doc, k + remit, orgs, stops)
                if end > k + remit:
                    pieces.append((k, end))
                    chunk.end = end
                    k = self._skip_space(doc, end)
                    for_seen = True
                    continue
            if t.lower_ == "on" and pieces == [] and not chunk.bodies and k == self._skip_space(doc, chunk.title.end):
                # class: an office's field after "on" ("Adviser on Trade and Industry", "Special
                # Assistant on Youth Affairs"), a portfolio word in it ("on Monday" is none)
                end = self._segment(doc, k + 1, orgs, stops)
                if self._names_an_occasion(doc, k + 1, end):
                    # "the Envoy on Independence Day, X": the occasion is passed over, no field
                    chunk.end = end
                    k = self._skip_space(doc, end)
                    continue
                if any(doc[m].lower_ in self.field_words for m in range(k + 1, end)) or self._named_field(
                    doc, k + 1, end
                ):
                    pieces.append((k, end))
                    chunk.end = end
                    k = self._skip_space(doc, end)
                    for_seen = True
                    continue
            if t.lower_ in ("at", "in") and k > 0 and doc[k - 1].is_space and "\n" in doc[k - 1].text:
                break  # "… of Ghana\nat the General Debate": a speech header's occasion, on its own line
            session = self._session_of(doc, k) if t.lower_ == "of" else k
            if session > k:
                # "President of the 77th session of the General Assembly", "Chairperson of the
                # present session of the Executive Council": a sitting of the body, then its name
                k = session
                continue
            if t.lower_ == "to" and self._audience_after(doc, k + 1):
                break
            nk = self._skip_space(doc, k + 1)
            if (
                t.lower_ == "to"
                and pieces == []
                and nk < len(doc)
                and (doc[nk].ent_type_ == "PERSON" or self._honorific_before_name(doc, nk, stops))
            ):
                # class: the addressee after an office's "to" ("a letter from the Minister of
                # Trade of A to Madam X", "… of A to Peter Y"): a person, no body the office is
                # sent to; the complement ends before "to"
                break
            if t.lower_ == "of" and nk < len(doc) and doc[nk].lower_ in NO_PLACE_AFTER_OF:
                # class: an "of" followed by a function word names no place nor field ("PRESIDENT
                # OF IN DON ESIA", a name broken by spaces): its words are passed over, no
                # part of the title nor the office's organisation
                end = self._segment(doc, nk, orgs, stops)
                if end > nk:
                    chunk.end = end
                break
            if t.lower_ in PREPS:
                for_seen = for_seen or t.lower_ == "for"
                end = self._segment(doc, k + 1, orgs, stops)
                if end == k + 1:
                    break
                nxt = self._skip_space(doc, end)
                if (
                    t.lower_ in ("to", "of")
                    and self._office_before_name(doc, k + 1, stops)
                    # "Minister of State Sultan X", "Secretary of State Amir Y": "of State" is the
                    # office's rank, and an office word after it that is also a given name (Sultan,
                    # Amir) opens the holder's name, no inner office (class: rank "of State" cut off)
                    and not (t.lower_ == "of" and doc[k + 1].text == "State")
                ):
                    # class: "Special Adviser to President X": the office after "to" is X's,
                    # written right before X's name; the adviser's title is the office alone
                    break
                # right after "Minister of / for" comes the minister's field
                portfolio = "minister" in chunk.title[-1].lower_ and (
                    k == self._skip_space(doc, chunk.title.end)
                    # class: a minister of state's field ("Minister of State for EAC Affairs"):
                    # the body named inside "for … Affairs" is the field's, no organisation
                    or (
                        t.lower_ == "for"
                        and k >= 2
                        and doc[k - 1].text == "State"
                        and doc[k - 2].lower_ == "of"
                        and k - 2 == self._skip_space(doc, chunk.title.end)
                    )
                )
                if (
                    nxt < len(doc)
                    and doc[nxt].lower_ == "of"
                    and all(w.lower_ in STATE_WORDS for w in doc[k + 1 : end] if not w.is_space)
                    # "Minister of State of the United Arab Emirates": a minister's rank, then his country
                    and not (portfolio and t.lower_ == "of" and end == k + 2 and doc[k + 1].text == "State")
                ):
                    # "of the Republic of Hungary": one country's formal name
                    further = self._segment(doc, nxt + 1, orgs, stops)
                    if any(country_of(w) for w in doc[nxt + 1 : further]):
                        end = further
                elif (
                    t.lower_ == "of"
                    and nxt < len(doc)
                    and doc[nxt].lower_ in ("of", "for")
                    and doc[end - 1].lower_ in self.plural_heads
                    and doc[end - 1].is_title
                    and all(w.lower_ == "the" or w.i == end - 1 for w in doc[k + 1 : end] if not w.is_space)
                ):
                    # "President of the Heads of A Offices": the group's name goes on past its "of"
                    further = self._segment(doc, nxt + 1, orgs, stops)
                    if further > nxt + 1:
                        end = further
                place = (
                    self._local_place(doc, k + 1, end, orgs)
                    if t.lower_ == "of"
                    and k == self._skip_space(doc, chunk.title.end)
                    and (
                        chunk.title[-1].lower_ in self.local_offices
                        # class: a local office of two words ("the party secretary of A City")
                        or squash(chunk.title.text).lower() in self.local_offices
                    )
                    else None
                )
                if place:
                    # class: a city's or a province's office ("the governor of A Province",
                    # "Mayor of <capital>"): the place is the office's organisation, never a
                    # word of the title nor the country of a capital
                    chunk.bodies.append((place, "org", ""))
                    chunk.secondary.append(False)
                    chunk.end = end
                    k = self._skip_space(doc, end)
                    continue
                split = self._field_of_country(doc, chunk, k, end) if t.lower_ in ("of", "for") else None
                if split is not None:
                    # "Minister of Mines and Water Resources of Zambia", read as one organisation.
                    pieces.append((k, split))
                    c = next(i for i in range(split + 1, end) if country_of(doc[i]))
                    name = orgs[c][0] if c in orgs and orgs[c][1] == "country" else written_country(doc[c : c + 1])
                    chunk.bodies.append((name, "country", self._iso3(doc, split + 1, end)))
                    chunk.secondary.append(False)
                    chunk.end = end
                    k = self._skip_space(doc, end)
                    continue
                # "Secretary for X Affairs": a secretary's field after "for", as a minister's
                affairs = (
                    k == self._skip_space(doc, chunk.title.end)
                    and t.lower_ == "for"
                    and chunk.title[-1].lower_ == "secretary"
                )
                kind, name, iso3 = self._classify(doc, k + 1, end, t.lower_, orgs, portfolio, affairs)
                if kind == "field" and t.lower_ == "of" and k == self._skip_space(doc, chunk.title.end):
                    body = self._unlisted_body(doc, chunk, k + 1, end) or self._towards_body(doc, chunk, k + 1, end)
                    if body:
                        kind, name, iso3 = "body", body, ""
                if kind == "org" and any(
                    j in orgs and orgs[j][2] <= chunk.title.start < orgs[j][3] for j in range(k + 1, end)
                ):
                    # class: the office is itself a word of the organisation's name ("United
                    # Nations High Commissioner for Refugees", an agency named after its head):
                    # the rest of the name is the office's field, the part before it its body
                    kind = "field"
                if kind == "field" and t.lower_ == "in":
                    # "… of the United Nations in New York": where the holder is, not the office's field.
                    break
                lone = chunk.bodies[-1] if chunk.bodies and chunk.bodies[-1][1] == "body" else None
                if (
                    kind == "field"
                    and t.lower_ == "of"
                    and lone is not None
                    # (a capitalised body noun closing it as well: "of the Jordanian House of
                    # Representatives")
                    and (
                        lone[0].lower() in self.bodies
                        or (lone[0].split()[-1].istitle() and lone[0].split()[-1].lower() in self.bodies)
                    )
                    and self._skip_space(doc, chunk.end) == k
                ):
                    # class: a lone body noun, then its field ("Spokesperson of the Ministry of
                    # Trade", "Director of the Department of Water"): the body's name
                    # goes on, never a field of the office
                    written = text_of(doc)[doc[k].idx : doc[end - 1].idx + len(doc[end - 1])]
                    chunk.bodies[-1] = (squash(f"{lone[0]} {written}"), "body", "")
                elif kind == "field":
                    pieces.append((k, end))
                else:
                    chunk.bodies.append((name, kind, iso3))
                    # "UNDP Country Director for Ghana": the country is where the office works;
                    # but after the body the office is sent to ("Commissioner to the ECCAS for A",
                    # "Ambassador to the EU for B") "for" names the side the holder represents
                    represents = t.lower_ == "for" and kind == "country" and sent_to
                    chunk.secondary.append(
                        t.lower_ in RECEIVING or (t.lower_ == "for" and kind == "country" and not represents)
                    )
                    sent_to = sent_to or t.lower_ == "to"
                chunk.end = end
                k = self._skip_space(doc, end)
                if self._acronym_after(doc, k) > k:
                    # "Speaker of the State Assembly (SA), Name": the acronym closes the chunk.
                    k = chunk.end = self._acronym_after(doc, k)
                continue
            if (
                t.text == ","
                and not pieces
                and chunk.bodies
                and chunk.bodies[-1][1] == "org"
                and " for " in chunk.bodies[-1][0]
                and self._field_goes_on(doc, k + 1, stops)
            ):
                # "Chairwoman of the Commission for Health, Labour and Sport, Professor X":
                # the body's own field list goes on after its comma
                end = self._segment(doc, k + 1, orgs, stops)
                name, kind, iso3 = chunk.bodies[-1]
                chunk.bodies[-1] = (
                    squash(name + text_of(doc)[doc[k].idx : doc[end - 1].idx + len(doc[end - 1])]),
                    kind,
                    iso3,
                )
                chunk.end = end
                k = self._skip_space(doc, end)
                continue
            if (
                (pieces or any(w.lower_ in ("of", "for") for w in chunk.title))
                and not chunk.bodies
                # on the same line: a country heading the next item is not it ("Minister of
                # Fisheries Republic of A", the office and its field one lexicon phrase too)
                and k == (pieces[-1][1] if pieces else chunk.title.end)
                and k in orgs
                and orgs[k][1] == "country"
                and orgs[k][2] == k
            ):
                # "Minister of Fisheries Republic of A representing …": the country written right
                # after the field, with no "of", is the office's; what follows is no part of it
                name, _, s, e = orgs[k]
                chunk.bodies.append((name, "country", self._iso3(doc, s, e)))
                chunk.secondary.append(False)
                chunk.end = e
                break
            own_field = pieces or for_seen or any(t.lower_ in ("of", "for") for t in chunk.title)
            if t.text == "," and own_field and self._field_goes_on(doc, k + 1, stops):
                # "Minister for Trade, Tourism and the Environment"
                end = self._segment(doc, k + 1, orgs, stops)
                pieces.append((k, end))
                chunk.end = end
                k = self._skip_space(doc, end)
                continue
            if t.text == "," and k + 1 < len(doc):
                # "Minister of State for Trade, Republic of Ghana Ambassador X"
                j = self._skip_space(doc, k + 1)
                q = j
                while q < len(doc) and q not in orgs and doc[q].is_title and doc[q].lower_ in STATE_WORDS:
                    q += 1
                if j < q < len(doc) - 1 and doc[q].lower_ == "of" and q + 1 in orgs and orgs[q + 1][1] == "country":
                    j = q + 1  # "Prime Minister, Federation of X;": the country's formal name after the comma
                if (
                    j in orgs
                    and orgs[j][1] == "country"
                    # class: a list of countries after the office's own ("ambassador to A, B and
                    # C"): the office's country is the first, never the one after its comma
                    and not (chunk.bodies and chunk.bodies[-1][1] == "country")
                    and orgs[j][3] < len(doc)
                    and not doc[orgs[j][3]].is_punct
                    and doc[orgs[j][3]].text not in S_POSSESSIVE  # "Chair, Samoa's Prime Minister X"
                ):
                    end = orgs[j][3]
                    if any(i in stops for i in range(end, min(end + 4, len(doc)))) or (
                        end < len(doc) and doc[end].lower_ in self.honorifics
                    ):
                        chunk.bodies.append((orgs[j][0], "country", self._iso3(doc, j, end)))
                        chunk.secondary.append(False)
                        chunk.end = end
                        break
                if (
                    not chunk.bodies
                    and j in orgs
                    and orgs[j][1] == "org"
                    and orgs[j][2] == j
                    and orgs[j][3] < len(doc)
                    and doc[orgs[j][3]].text == ","
                    and self._skip_space(doc, orgs[j][3] + 1) in stops
                    and doc[self._skip_space(doc, orgs[j][3] + 1)].ent_type_ == "PERSON"
                ):
                    # "Principal Secretary, State Legislative Council, X Y": the office, its body and
                    # the holder's name, each after a comma
                    name, kind, s, end = orgs[j]
                    chunk.bodies.append((name, kind, ""))
                    chunk.secondary.append(False)
                    chunk.end = end
                elif (
                    not chunk.bodies
                    and j in orgs
                    and self._closes_apposition(doc, self._past_seat(doc, orgs[j][3], orgs), verb=True)
                ):
                    # "X, Deputy Director General, SADC Secretariat (online);": the office's
                    # organisation in a second apposition, closing the item; an embassy's seat
                    # after it ("X, Counsellor, Embassy of A in B") closes it too.
                    name, kind, s, end = orgs[j]
                    chunk.bodies.append((name, kind, self._iso3(doc, s, end) if kind == "country" else ""))
                    chunk.secondary.append(True)
                    chunk.end = end
                elif not chunk.bodies and j < len(doc) and j not in orgs and (doc[j].is_title or doc[j].is_upper):
                    end = self._segment(doc, j, orgs, stops)
                    kind, name, _ = self._classify(doc, j, end, "of", orgs)
                    if kind == "body" and self._closes_apposition(doc, end):
                        chunk.bodies.append((name, kind, ""))  # a body the lists do not know
                        chunk.secondary.append(True)
                        chunk.end = end
            break
        if pieces:
            chunk.end = max(chunk.end, pieces[-1][1])
            text = text_of(doc)
            written = chunk.text
            for a, b in pieces:
                written += ("" if doc[a].text == "," else " ") + text[doc[a].idx : doc[b - 1].idx + len(doc[b - 1])]
            chunk.text = squash(written)

    def _past_body_size(self, doc: Doc, k: int) -> int | None:
        """At k: "of the <number>-<body_size_word>" ("of the 15-member", "of the fifteen-nation")
        → the token after the size; else None."""
        if not (k + 5 < len(doc) and doc[k].lower_ == "of" and doc[k + 1].lower_ == "the"):
            return None
        if doc[k + 2].like_num and doc[k + 3].text == "-" and doc[k + 4].lower_ in self.body_sizes:
            return self._skip_space(doc, k + 5)
        return None

    @staticmethod
    def _country_named_before(doc: Doc, k: int, orgs) -> int | None:
        """The last token of a country named before k in k's sentence or the one before, where
        it is the one country named there (class: two countries named, "Uganda's delegation met
        Kenya's. The country's Trade Minister …", leave "the country's" pointing at neither)."""
        first = _previous_sentence_start(doc, k)
        named = [j for j in range(k - 1, first - 1, -1) if j in orgs and orgs[j][1] == "country"]
        if len({orgs[j][0] for j in named}) != 1:
            return None
        return named[0]

    def _body_pointer(self, doc: Doc, k: int) -> bool:
        """At k: "of the <body noun in lower case>", the noun closing the phrase ("of the
        organization, X", "of the association said"), not a modifier ("of the union's board",
        "of the council committee") nor a longer complement ("of the agency for …")."""
        if not (k + 2 < len(doc) and doc[k].lower_ == "of" and doc[k + 1].lower_ == "the"):
            return False
        noun = doc[k + 2]
        if not (noun.is_lower and noun.lower_ in self.bodies and noun.lower_ not in self.own_side):
            return False
        after = doc[k + 3] if k + 3 < len(doc) else None
        return after is None or not (
            after.text in POSSESSIVE
            or after.lower_ in ("of", "for")
            or (after.is_lower and after.tag_.startswith("NN"))
        )

    def _body_named_before(self, doc: Doc, k: int, noun: str, orgs) -> int | None:
        """The last token of an organisation named before k in k's sentence or the one before;
        for a noun other than "organization" the organisation's name holds the noun. A name
        ending in a body's noun in the plural names a kind of body, not one ("Non-Governmental
        Organizations", written "NGOs")."""
        first = _previous_sentence_start(doc, k)
        for j in range(k - 1, first - 1, -1):
            if j in orgs and orgs[j][1] == "org":
                name = orgs[j][0].lower().split()
                if (name and name[-1] in self.body_plurals) or re.fullmatch(r"[A-Z]{2,}s", orgs[j][0]):
                    continue
                if noun in ("organization", "organisation") or noun in name:
                    return j
        return None

    def _lower_field_and_body(self, doc: Doc, chunk: Chunk, k: int):
        """class: a lower-case office with its field and its body in lower case too, as
        translated texts write them ("general director of trade, investment and industry of the
        Peruvian ministry of economy", "spokesman of the Chinese foreign ministry"): the
        field (lower-case words, commas, "and") up to the body's "of", the body a country's
        adjective and a government noun, its own lower-case field after "of" closed by
        punctuation. Returns ((field start, end) or None, (body start, end)); else None."""
        if not chunk.title[0].is_lower or k >= len(doc) or doc[k].lower_ != "of":
            return None
        m = k + 1
        while (
            m < len(doc)
            and m - k < 12
            and (doc[m].text == "," or (doc[m].is_lower and doc[m].is_alpha and doc[m].lower_ not in PREPS))
        ):
            m += 1
        field = None
        b = k + 1
        if m > k + 1 and m + 1 < len(doc) and doc[m].lower_ == "of" and doc[m - 1].text != ",":
            field, b = (k, m), m + 1
        if b < len(doc) and doc[b].lower_ == "the":
            b += 1
        a = b
        if not (b < len(doc) and doc[b].is_title and role_of(doc[b]) == "demonym"):
            return None
        b += 1
        while b < len(doc) and b - a < 3 and doc[b].is_lower and doc[b].lower_ not in self.government_nouns:
            b += 1
        if not (b < len(doc) and doc[b].is_lower and doc[b].lower_ in self.government_nouns):
            return None
        e = b + 1
        if e + 1 < len(doc) and doc[e].lower_ in ("of", "for") and doc[e + 1].is_lower:
            f = e + 1
            while f < len(doc) and f - e < 6 and doc[f].is_lower and doc[f].is_alpha and doc[f].lower_ not in PREPS:
                f += 1
            if f > e + 1 and (f >= len(doc) or doc[f].is_punct or "\n" in doc[f].text):
                e = f
        if e < len(doc) and not (doc[e].is_punct or doc[e].is_space):
            return None
        return field, (a, e)

    def _lower_field_after_and(self, doc: Doc, i: int) -> int:
        """class: a lower-case minister's field going on after "and" ("minister of foreign affairs
        and international trade, X"): up to three lower-case words ending in a portfolio's head
        noun, closed by punctuation or the line's end; else i (nothing read). "the minister of
        health and his team" stays "minister of health"."""
        j = i
        while j < len(doc) and j - i < 3 and doc[j].is_lower and doc[j].is_alpha and doc[j].lower_ not in PREPS:
            j += 1
        if j == i or doc[j - 1].lower_ not in self.portfolio_heads:
            return i
        if j < len(doc) and not (doc[j].is_punct or "\n" in doc[j].text):
            return i
        return j

    def _local_place(self, doc: Doc, a: int, b: int, orgs) -> str:
        """The place doc[a:b] names after a local office's "of" ("of Upper Nile", "of the Quezon
        City", "of <a capital>"), as written; "" where it is a country, a known body or no place."""
        if a < b and doc[a].lower_ == "the":
            a += 1
        words = [t for t in doc[a:b] if not t.is_space]
        if not words or not all(t.is_alpha and t.is_title for t in words):
            return ""
        if any(t.i in orgs and orgs[t.i][1] == "org" for t in words):
            return ""
        if any(role_of(t) in ("name", "demonym") for t in words):
            return ""
        if all(role_of(t) == "capital" for t in words) or all(t.ent_type_ in ("GPE", "LOC") for t in words):
            return doc[a:b].text
        if len(words) > 1 and words[-1].lower_ in self.place_heads:
            # class: a place named with its head word ("of A B City", "of C Province"), its
            # first words taken for something else
            return doc[a:b].text
        return ""

    def _honorific_after(self, doc: Doc, i: int) -> bool:
        """Whether a capitalised honorific ("Dr", "Mr") opens the text at token i."""
        i = self._skip_space(doc, i)
        return i < len(doc) and doc[i].is_title and doc[i].lower_.rstrip(".") in self.honorifics

    def _past_seat(self, doc: Doc, i: int, orgs) -> int:
        """Past "in <country or city>" at token i, where an organisation's office sits ("Embassy
        of A in B", "… Office in Geneva"): the token after the place, else i."""
        if i + 1 >= len(doc) or doc[i].lower_ != "in":
            return i
        j = i + 1
        if j in orgs and orgs[j][1] == "country" and orgs[j][2] == j:
            return orgs[j][3]
        if doc[j].ent_type_ == "GPE" and doc[j].ent_iob_ == "B":
            while j < len(doc) and doc[j].ent_type_ == "GPE" and (j == i + 1 or doc[j].ent_iob_ == "I"):
                j += 1
            return j
        return i

    def _closes_apposition(self, doc: Doc, i: int, verb: bool = False) -> bool:
        """Whether token i ends an item of a list or a sentence: ; ( ) . a line break, the end; with
        `verb`, also the sentence's verb ("X, Vice Chancellor, Y University welcomed …")."""
        if i >= len(doc):
            return True
        if verb and doc[i].tag_ in ("VBD", "VBZ") and not doc[i].is_title:
            return True
        return doc[i].text in (";", "(", ")", ".", ":") or (doc[i].is_space and "\n" in doc[i].text)

    def _field_of_country(self, doc: Doc, chunk: Chunk, k: int, end: int) -> int | None:
        """Where "of <country>" starts inside a minister's complement doc[k:end] that is his
        field and his country, no body ("of Mines and Water Resources of Zambia"); else None."""
        if not any("minister" in t.lower_ for t in chunk.title):
            return None
        if any(t.lower_ in self.bodies for t in doc[k + 1 : end]):
            return None
        if all(country_of(t) or t.lower_ in STATE_WORDS for t in doc[k + 1 : end] if not t.is_space):
            return None  # "of the Republic of Hungary": the country alone, no field
        for m in range(k + 2, end - 1):
            if doc[m].lower_ == "of" and not country_of(doc[m]):
                rest = [t for t in doc[m + 1 : end] if not t.is_space]
                if all(country_of(t) or t.lower_ in STATE_WORDS for t in rest) and rest and country_of(rest[-1]):
                    # "of Zambia", "of the Republic of Hungary"
                    return m
        return None

    def _country_and_field(self, doc: Doc, chunk: Chunk, s: int, e: int) -> tuple[str, str, str] | None:
        """An organisation span before the office that is a country and the minister's field,
        never a body ("Indian External Affairs" + "Minister", "the Norwegian Petroleum and"
        + "Energy Minister"): the country is the office's, the field goes into the title."""
        if s < e and doc[s].lower_ == "the":
            s += 1
        c = s
        while c < e and country_of(doc[c]) and country_of(doc[c]) == country_of(doc[s]):
            c += 1
        if c == s:
            return None
        end_of_country = c
        if c < e and doc[c].text in S_POSSESSIVE:
            c += 1  # "Kenya's Trade Minister"
        rest = [t for t in doc[c:e] if not t.is_space]
        if rest:
            if not any("minister" in t.lower_ for t in chunk.title):
                return None  # only a minister has a field before the office
            if any(t.lower_ in self.bodies or not (t.is_title or t.lower_ in INNER or t.text == ",") for t in rest):
                return None
            if rest[0].text == ",":
                return None
            chunk.text = squash(text_of(doc)[doc[c].idx : chunk.title.end_char])
        return written_country(doc[s:end_of_country]), "country", self._iso3(doc, s, end_of_country)

    def _field_word(self, doc: Doc, j: int, last: int) -> bool:
        """Whether token j is a word of a minister's field written between the country and the
        office (the field ends at `last`): a capitalised word, never an honorific ("Togo His
        Excellency Prime Minister" is a list's label); "and" inside it; the possessive after
        the country ("Kenya's")."""
        t = doc[j]
        if country_of(t):
            return False
        if t.is_title:
            return t.lower_.rstrip(".") not in self.honorifics and t.lower_ not in self.honorific_joiners
        if j == last:
            # class: "Kenya's Trade and Industry Minister": an "and" right before an office that
            # is itself a field and "Minister" (a `portfolio`'s office) joins a field to it
            return t.lower_ in ("and", "&") and doc[j + 1].is_title and doc[j + 1].lower_ in self.portfolio_firsts
        return (
            (t.lower_ in ("and", "&") and doc[j + 1].is_title)
            or (t.text in S_POSSESSIVE and j > 0 and country_of(doc[j - 1]))
            # "Kenya's Tourism, Trade and Industry Minister": a comma between two field words
            or (t.text == "," and j > 0 and doc[j - 1].is_title and not country_of(doc[j - 1]) and doc[j + 1].is_title)
        )

    def _past_aside(self, doc: Doc, i: int) -> int:
        """Past a short aside in parentheses of lower-case words at i ("(left)", "(second from
        right)", "(by video)"), which stands between a name and its apposition; else i."""
        if i >= len(doc) or doc[i].text != "(":
            return i
        j = i + 1
        while j < len(doc) and j - i <= 6 and doc[j].is_lower and doc[j].is_alpha:
            j += 1
        if j == i + 1 and j < len(doc) and country_of(doc[j]):
            # "X (Country, Region) – Commissioner for Y": the holder's country and region in
            # brackets, a spaced dash before the office
            while j < len(doc) and j - i <= 8 and (doc[j].is_title or doc[j].text == "," or country_of(doc[j])):
                j += 1
            after = self._skip_space(doc, j + 1)
            if not (j < len(doc) and doc[j].text == ")" and after < len(doc) and self._spaced_dash(doc, after)):
                return i
            return after
        return self._skip_space(doc, j + 1) if j > i + 1 and j < len(doc) and doc[j].text == ")" else i

    def _field_goes_on(self, doc: Doc, i: int, stops: set[int]) -> bool:
        """After a comma, the field goes on when capitalised words up to an "and" follow
        ("…, Forestry and Fisheries"), never a name or an honorific."""
        i = first = self._skip_space(doc, i)
        seen_and = False
        field_after_and = False  # a field word read after the "and"
        while (
            i < len(doc)
            and not (doc[i].is_punct and doc[i].text not in (",", "&"))  # "Industry & Technology"
            and not (doc[i].is_space and "\n" in doc[i].text)
        ):
            t = doc[i]
            if (
                seen_and
                and not field_after_and
                and i in stops
                and doc[self._prev(doc, i)].lower_ == "and"
                and doc[self._prev(doc, self._prev(doc, i))].is_title
            ):
                # class: "Minister for Trade, Enterprise and Minister for Energy": the
                # "and" right before another office joins the two offices; the field list
                # goes on to the word before it
                return True
            if seen_and and i in stops and doc[self._prev(doc, i)].lower_ not in ("and", "&"):
                # "…, Industry & Technology John Tsang": the name after the last field. class:
                # "X, Minister of A of B, and the Minister of C, Y": no field word between the
                # "and" and the next office (only "the"): the list's next item, no field
                return field_after_and
            if seen_and and t.is_title and t.lower_ not in ("and", "&"):
                field_after_and = True
            if i in stops or t.lower_.rstrip(".") in self.honorifics:
                return False
            if t.text == ",":
                # "Minister of Foreign Affairs, Trade, Tourism and Labour": a longer list of fields
                if seen_and:
                    break
                i += 1
                continue
            if country_of(t) and (i == first or doc[self._prev(doc, i)].text == ","):
                return False  # "…, Ghana and Togo": countries, not fields ("Lake Chad" is one)
            if seen_and and t.lower_ in PREPS:
                break  # "… and Labour of Tuvalu": the complement goes on
            if seen_and and t.is_lower and t.is_alpha and doc[self._prev(doc, i)].is_title:
                break  # "…, Trade and Energy represented …": a verb after the last field
            if t.lower_ in ("and", "&"):
                seen_and = True
            elif not seen_and and t.lower_ == "of" and i + 1 < len(doc) and doc[i + 1].is_title:
                pass  # "…, Gulf of Aden and Somalia": "of" inside one of the fields
            elif not (t.is_title or t.lower_ == "the" or t.is_space):
                return False
            i += 1
        return seen_and

    @staticmethod
    def _office_before_name(doc: Doc, i: int, stops: set[int]) -> bool:
        """An office starts at i (no name's word) and a name follows it within four capitalised
        words: "President X", "Prime Minister X"."""
        if i not in stops or i >= len(doc) or doc[i].ent_type_ == "PERSON":
            return False
        for j in range(i + 1, min(len(doc), i + 5)):
            if doc[j].ent_type_ == "PERSON":
                return j in stops
            if not (doc[j].is_title and doc[j].is_alpha):
                return False
        return False

    @staticmethod
    def _named_field(doc: Doc, a: int, b: int) -> bool:
        """class: a remit after "on" written as a name ("High Commissioner on National
        Minorities", "Special Envoy on Climate Change"): capitalised words and the linkers
        inside a name, no date among them ("on Monday", "on 4 May")."""
        words = [t for t in doc[a:b] if not t.is_space]
        return (
            len(words) > 1
            and words[0].is_title
            and words[-1].is_title
            and all((t.is_title and t.is_alpha) or t.lower_ in ("and", "&", "the", "of", "for", "in") for t in words)
            and not any(t.ent_type_ in ("DATE", "TIME", "PERSON", "EVENT") for t in words)
        )

    def _names_an_occasion(self, doc: Doc, a: int, b: int) -> bool:
        """class: an observance day after "on" is no remit ("Statement by the Commissioner on
        World Refugee Day", "the Envoy on Independence Day"): capitalised words that end in an
        `occasion_noun` (Day, Week, Year, Decade, Anniversary) name the occasion of the words."""
        words = [t for t in doc[a:b] if not t.is_space]
        if not words or not words[-1].is_title or words[-1].lower_ not in self.occasions:
            return False
        # class (rev2): an observance is a Day ("Independence Day"), or a week or a year the world,
        # a region or a nation observes ("European Mobility Week"); "the Envoy on Youth Employment
        # Week" names a remit (`observance_opener`)
        first = next(t for t in words if t.lower_ != "the")
        return words[-1].lower_ in ("day", "days") or first.lower_ in self.observance_openers

    def _names_meeting(self, doc: Doc, i: int) -> bool:
        """Whether a capitalised meeting's noun opens the text at token i ("Meeting", "’ Forum")."""
        if i < len(doc) and doc[i].text in ("'", "’") and not doc[i - 1].whitespace_:
            i += 1
        return i < len(doc) and doc[i].is_title and doc[i].lower_ in self.events

    def _adjective(self, doc: Doc, title: Span) -> bool:
        """ "with fellow Council members": "fellow" written in lower case before a noun is no office."""
        if len(title) != 1 or title[0].lower_ != "fellow" or not title[0].is_lower:
            return False
        nxt = self._skip_space(doc, title.end)
        return nxt < len(doc) and doc[nxt].lower_ not in PREPS and not doc[nxt].is_punct

    def _chunks(self, doc: Doc, orgs) -> list[Chunk]:
        titles = self.offices(doc) if self.offices else []
        merged: list[Span] = []
        possessor: dict[int, int] = {}  # office start → start of the office in the possessive before it
        starts = None  # where the people's names start (chars), looked up only where needed
        for t in titles:
            if (
                is_plural(t)
                and t[0].is_title
                and t.start >= 2
                and doc[t.start - 1].lower_ == "of"
                and doc[t.start - 2].is_title
                and doc[t.start - 2].lower_ in self.bodies
            ):
                # class: a plural office closing a body's name ("House of Representatives",
                # "Council of Ministers", "Board of Governors") is a word of that name, no office:
                # the complement of an office before it reads on ("Speaker of the X House of
                # Representatives Y": Y is the Speaker)
                continue
            if merged and merged[-1].end == t.start and len(t) == 1 and t[0].lower_ in self.royal:
                # "Minister of Foreign Affairs Prince X": a royal title after an office is the
                # name's honorific (_is_honorific), not part of the office nor an office of its own
                continue
            if (
                merged
                and merged[-1].end == t.start
                and len(t) == 1
                and t[0].is_title
                and t[0].lower_.rstrip(".") in self.honorifics
                and t.end < len(doc)
            ):
                # "Secretary General Ambassador X": an honorific that is also an office, right
                # after another office and right before a name, is the name's honorific
                if starts is None:
                    starts = {ps for person in doc._.people or [] for ps, _ in person["spans"]}
                k = self._skip_space(doc, t.end)
                if k < len(doc) and doc[k].idx in starts:
                    continue
            # Offices back to back are one title: "UN Secretary General Special Assistant".
            if (
                merged
                and merged[-1].end == t.start
                and all(w.is_lower for w in merged[-1] if w.is_alpha)
                and t[0].is_title
                and not is_plural(t)
            ):
                # "came as her envoy Foreign Minister X": a lower-case office noun right before a
                # capitalised office says what X came as; the office is the second
                merged[-1] = t
            elif merged and merged[-1].end == t.start and not is_plural(t) and not is_plural(merged[-1]):
                merged[-1] = Span(doc, merged[-1].start, t.end, label=t.label_)
            elif (
                merged
                and merged[-1].end + 1 == t.start
                and doc[merged[-1].end].text in S_POSSESSIVE
                and not doc[merged[-1].end - 1].whitespace_
                # (in lower case too: "X, the Prime Minister's press chief": X is the press chief,
                # never the Prime Minister; heldout23)
                and (t[0].is_title or t[0].is_lower)
                and not is_plural(t)
                and not is_plural(merged[-1])
            ):
                # class: an office serving another, its possessive before it ("the
                # Secretary-General's Special Envoy for A", "the President's Special Adviser"):
                # the served office is no one's here (never the holder's) and the title is the
                # office alone, the possessive written before it as a country's would be
                possessor[t.start] = merged[-1].start
                merged[-1] = t
            else:
                merged.append(t)
        # The organisations named by an acronym the text expands ("SADC" → the Southern African
        # Development Community): the same word before an office is the organisation there
        # too, where no span of its own covers it.
        text = text_of(doc)
        surface = {}
        for m in doc._.org_mentions or []:
            written = text[m["start"] : m["end"]]
            if " " not in written and written != m["name"]:
                surface[written] = m["name"]
        # The last word of an organisation's name of two words or more → that name, where only
        # one organisation of the document ends in the word ("Forum" of "Pacific Islands Forum").
        heads: dict[str, str] = {}
        for m in doc._.org_mentions or []:
            written = text[m["start"] : m["end"]]
            # the name as written, or its canonical name where the span holds it ("Pacific
            # Islands Forum Foreign Ministers")
            for words in {tuple(written.split()), tuple(m["name"].split()) if m["name"] in written else ()}:
                if len(words) > 1 and words[-1][:1].isupper():
                    last = words[-1].lower()
                    heads[last] = m["name"] if heads.get(last, m["name"]) == m["name"] else ""
        # (the spans' token indexes by range: no Token made for each; speed, #18)
        person_tokens = {i for e in doc.ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
        # A lone word the model tagged PERSON that is no one's name ("… Tourism and Labour of
        # Tuvalu") does not stop a complement.
        named = set()
        for person in doc._.people or []:
            for ps, pe in person["spans"]:
                span = doc.char_span(ps, pe, alignment_mode="expand")
                if span is not None:
                    named.update(range(span.start, span.end))
        person_tokens = {
            i
            for i in person_tokens
            if i in named or doc[i].ent_iob_ != "B" or (i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I")
        }
        # An office word inside a name is the name's ("Sultan Al Hamadi, Minister of Industry").
        merged = [t for t in merged if t.start not in person_tokens and not self._adjective(doc, t)]
        # "the Chairman of the Foreign Ministers Meeting": a plural office before a meeting's
        # noun is a word of the meeting's name, the first office's body, not an office
        merged = [t for t in merged if not (is_plural(t) and self._names_meeting(doc, t.end))]
        # class: a plural office right after another office's "of the" names the group the
        # first office presides ("the President of the Heads of A Offices", "the Dean of the
        # Ambassadors"): a word of the first office's complement, no office of its own
        office_ends = {t.end for t in merged if not is_plural(t)}
        merged = [
            t
            for t in merged
            if not (
                is_plural(t)
                and t.start >= 3
                and doc[t.start - 1].lower_ == "the"
                and doc[t.start - 2].lower_ == "of"
                and t.start - 2 in office_ends
            )
        ]
        stops = {t.start for t in merged} | person_tokens
        office_starts = {t.start for t in merged}
        chunks = []
        for title in merged:
            # (the office's text cut from the document's: `Span.text` joins its tokens; speed, #18)
            office = squash(text[title.start_char : title.end_char])
            chunk = Chunk(title, title.start, title.end, office, plural=is_plural(title))
            # Organisation or country before the office: "OSCE Secretary General", "Ghana's President".
            i = self._prev(doc, title.start)
            if i >= 2 and doc[i].lower_ in TERM_WORDS and doc[self._prev(doc, i)].text in S_POSSESSIVE:
                # "Ghana's former Minister of X": the term word between the possessive and the
                # office is no word of the office and hides no organisation
                i = self._prev(doc, i)
            elif i >= 3 and doc[i].lower_ in self.appointment_verbs:
                # class (heldout36): "Norway's newly elected Minister of X": a recency adverb and
                # an appointment participle between the possessive and the office, passed alike
                r = self._prev(doc, i)
                if r >= 1 and doc[r].lower_ in self.recency and doc[self._prev(doc, r)].text in S_POSSESSIVE:
                    i = self._prev(doc, r)
            if i >= 0 and doc[i].text in S_POSSESSIVE:
                i = self._prev(doc, i)
            elif (
                i >= 1
                and doc[i].text in ("'", "’")
                and not doc[i - 1].whitespace_
                and doc[i - 1].lower_.endswith("s")
                and i - 1 in orgs
            ):
                # "the Bahamas’ Deputy Prime Minister": the possessive of a name ending in s
                i -= 1
            if i >= 2 and doc[i].text == ")" and doc[i - 2].text == "(" and doc[i - 1].is_upper and i not in orgs:
                # "the United Nations Development Programme (UNDP) Executive Director": the body
                # before its acronym
                i = self._prev(doc, i - 2)
            # an organisation closing the line above as that line's complement ("… A of the X
            # Commission\nPrime Minister B"): no prefix of this office, nor any word of it
            above = i >= 0 and i in orgs and self._complement_above(doc, orgs[i][2], i, title.start)
            above = above or i >= 0 and i in orgs and self._credit_above(doc, orgs[i][2], i, title.start)
            # class: a dateline's city closing the line above ("… Updated 06:36 am - Lusaka\n\n
            # President X"): where the text was written, no prefix of the office below
            above = above or (
                i >= 0
                and i in orgs
                and all(role_of(t) == "capital" for t in doc[orgs[i][2] : i + 1])
                and any("\n" in doc[k].text_with_ws for k in range(i, title.start))
            )
            # class: a city after "in" / "at" right before the office ("On Monday in Berlin
            # Foreign Minister X met …"): where the holder is, never the office's country
            above = above or (
                i >= 0
                and i in orgs
                and all(role_of(t) == "capital" for t in doc[orgs[i][2] : i + 1])
                and self._prev(doc, orgs[i][2]) >= 0
                and doc[self._prev(doc, orgs[i][2])].lower_ in ("in", "at")
            )
            if i >= 0 and doc[i].is_title and f"{doc[i].lower_} {title[0].lower_}" in self.colleges:
                # class: a member of a body's college ("European Commissioner for Trade X": the
                # European Commission), the word before the office naming the body
                prefix = (self.colleges[f"{doc[i].lower_} {title[0].lower_}"], "org", "")
                chunk.start = i
            elif above:
                prefix = None
            elif (
                i >= 0
                and i in orgs
                and i not in person_tokens
                and not (doc[i].lower_ in ("the", "a", "an") and orgs[i][2] == i)
                # class: an organisation's span that swallows an earlier office coordinated with
                # this one ("the UN Resident Coordinator and Humanitarian Coordinator for A, X":
                # the model's span runs over "Resident Coordinator and"): no prefix of this office
                and not any(orgs[i][2] < j <= i for j in office_starts)
            ):
                # (an organisation's span that is only "The" before the office names none: the
                # model's "The Auditor General")
                name, kind, s, e = orgs[i]
                if e > title.start:
                    # The organisation's span runs into the office ("UNECE Executive" + "Secretary").
                    name = squash(text_of(doc)[doc[s].idx : doc[i].idx + len(doc[i])])
                if kind == "org" and doc[s].lower_ == "the" and s < i:
                    # class: the model's span opens with the article ("The UN Resident
                    # Coordinator", "as the EAC Chairperson"): the body's name is without it
                    name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
                prefix = (name, kind, self._iso3(doc, s, i + 1) if kind == "country" else "")
                b = self._prev(doc, s)
                if (
                    kind == "country"
                    and b >= 0
                    and b == s - 1
                    and b in orgs
                    and orgs[b][1] == "org"
                    and orgs[b][3] == s
                    and b not in person_tokens
                ):
                    # class: an agency's country office before the office ("UNDP Ghana Deputy
                    # Resident Representative", "UNICEF Kenya Representative"): the agency is
                    # the office's organisation, the country only where its office sits
                    prefix = (orgs[b][0], "org", "")
                    s = orgs[b][2]
                if kind == "org" and not all(role_of(t) == "capital" for t in doc[s : i + 1]):
                    # (a capital marked as a city's office's place is that city: "Berlin Mayor")
                    prefix = self._country_and_field(doc, chunk, s, i + 1) or prefix
                chunk.start = s
            elif (
                i >= 0
                and i not in person_tokens
                and doc[i].text in surface
                and not doc[i].is_lower
                and doc[i].lower_.rstrip(".") not in self.honorifics
            ):
                prefix = (surface[doc[i].text], "org", "")
                chunk.start = i
            elif (
                i >= 0
                and i not in person_tokens
                and doc[i].is_title
                and not title[0].is_lower
                and doc[i].lower_ in self.body_heads
            ):
                # "Senate Speaker X", "Committee Chairperson X": a chamber or a body named by its
                # one head word before a capitalised office is its organisation, as written
                prefix = (doc[i].text, "body", "")
                chunk.start = i
                ranked = self.offices.with_modifiers(doc, doc[i : i + 1]) if self.offices else doc[i : i + 1]
                if ranked.start < i and doc[i].lower_ in self.chambers:
                    # class: a rank word before the chamber is the office's ("Deputy Senate
                    # President X": Deputy President, the Senate its organisation)
                    chunk.text = squash(f"{doc[ranked.start : i].text} {chunk.text}")
                    chunk.start = ranked.start
            elif (
                i >= 0
                and i not in person_tokens
                and i not in orgs
                and doc[i].is_title
                and not title[0].is_lower
                and heads.get(doc[i].lower_)
            ):
                # "Forum Secretary-General X" in a text that names the Pacific Islands Forum: the
                # last word of the one organisation of the document ending in it names that body
                prefix = (heads[doc[i].lower_], "org", "")
                chunk.start = i
            elif (
                i >= 1
                and i not in orgs
                and doc[i].is_lower
                and doc[i].lower_ in self.country_pointers
                and i + 1 < title.start
                and doc[i + 1].text in S_POSSESSIVE
                and doc[i - 1].lower_ == "the"
            ):
                # class: "the country's Defence Minister, X", "the nation's President X": a
                # pointer to the country named last before it, in its sentence or the one before
                # (none named: no organisation)
                j = self._country_named_before(doc, i - 1, orgs)
                prefix = (orgs[j][0], "country", self._iso3(doc, orgs[j][2], orgs[j][3])) if j is not None else None
                chunk.start = i - 1
            else:
                prefix = None
                # "Kenyan Petroleum Minister", "Kenya's Trade and Industry Minister": a country,
                # the minister's field, the office
                j = i
                while j >= 0 and i - j < 7 and j not in person_tokens and self._field_word(doc, j, i):
                    j -= 1
                if 0 <= j < i and country_of(doc[j]) and j in orgs and orgs[j][1] == "country":
                    s = orgs[j][2]
                    prefix = self._country_and_field(doc, chunk, s, i + 1)
                    if prefix is not None:
                        chunk.start = s
                elif 0 <= j < i and j in orgs and orgs[j][1] == "org" and orgs[j][3] == j + 1 and title[0].is_lower:
                    # "IISS Middle East executive director": an organisation and the region of
                    # its branch before an office written in lower case
                    s = orgs[j][2]
                    prefix = (squash(text_of(doc)[doc[s].idx : doc[i].idx + len(doc[i])]), "org", "")
                    chunk.start = s
            if prefix is None and title.start in possessor:
                # "the UN Secretary-General's Special Envoy": the chunk opens with the served
                # office, whose body (written before it) is the office's
                chunk.start = possessor[title.start]
                p = self._prev(doc, chunk.start)
                if p >= 0 and p in orgs and orgs[p][1] == "org" and p not in person_tokens:
                    prefix = (orgs[p][0], "org", "")
                    chunk.start = orgs[p][2]
            self._complement(doc, chunk, orgs, stops)
            chunk.end = self._past_seat_town(doc, chunk, orgs, stops)
            # The side an office belongs to comes before the side it is sent to: "Norwegian
            # Ambassador to Kenya" is Norway's, "Permanent Representative of Chile to the OAS"
            # Chile's; "Permanent Representative to the OAS" alone is the OAS's.
            found = [b for b, away in zip(chunk.bodies, chunk.secondary) if not away]
            away = [b for b, away in zip(chunk.bodies, chunk.secondary) if away]
            best = (
                next((b for b in found if b[1] in ("org", "country")), None)
                or prefix
                or next((b for b in away if b[1] in ("org", "country")), None)
                or (found[0] if found else None)
                or (away[0] if away else None)
            )
            if best:
                chunk.organisation, chunk.org_kind, chunk.country = best
                chunk.prefixed = best is prefix
            if chunk.prefixed and chunk.org_kind == "country" and role_of(doc[chunk.start]) == "demonym":
                # class: the office's rank words before the country's adjective ("First Deputy
                # Kenyan Prime Minister X"): the adjective inside the office's own noun phrase,
                # the rank words the title's
                m = chunk.start
                while m > 0 and doc[m - 1].is_title and doc[m - 1].lower_ in self.office_modifiers:
                    m -= 1
                if m < chunk.start:
                    chunk.text = squash(f"{doc[m : chunk.start].text} {chunk.text}")
                    chunk.start = m
            chunks.append(chunk)
        return self._inner_offices(doc, chunks)

    def _inner_offices(self, doc: Doc, chunks: list[Chunk]) -> list[Chunk]:
        """class: a long UN-system office naming the office it serves, then its own remit
        ("Special Representative of the Secretary-General for Children and Armed Conflict",
        "Special Envoy of the Secretary-General on Climate Change"): one office, kept whole as
        written, its organisation the inner office's ("… of the UN Secretary-General …": UN);
        never the bare outer office with the remit lost. Only where the inner office's remit
        follows it after "for" / "on" (a bare "Special Adviser of the UN Secretary General",
        "Special Envoy of the President of A" keep their reading)."""
        out: list[Chunk] = []
        for chunk in chunks:
            outer = out[-1] if out else None
            if (
                outer is not None
                and not outer.plural
                and not chunk.plural
                # (the outer office's complement read no further than the inner office's body:
                # "of the UN Secretary-General")
                and outer.end in (outer.title.end, chunk.title.start)
                and chunk.end > chunk.title.end
                and (self._held_towards(outer) or doc[self._skip_space(doc, outer.title.end)].lower_ == "of")
            ):
                link = self._skip_space(doc, outer.title.end)
                art = self._skip_space(doc, link + 1)
                after = self._skip_space(doc, chunk.title.end)
                if (
                    doc[link].lower_ in ("of", "to")
                    and art < len(doc)
                    and doc[art].lower_ == "the"
                    and self._skip_space(doc, art + 1) == chunk.start
                    and doc[after].lower_ in ("for", "on")
                    and not any(t.text in (",", ";") or (t.is_space and "\n" in t.text) for t in doc[link : chunk.end])
                ):
                    written = text_of(doc)[doc[outer.title.end].idx : doc[chunk.end - 1].idx + len(doc[chunk.end - 1])]
                    outer.text = squash(f"{outer.text} {written}")
                    outer.end = chunk.end
                    home = [b[0] for b, away in zip(chunk.bodies, chunk.secondary) if not away]
                    # (where the envoy is sent, "for Haiti", is no body of the office: as before)
                    if chunk.organisation and (chunk.prefixed or chunk.organisation in home):
                        outer.organisation, outer.org_kind, outer.country = (
                            chunk.organisation,
                            chunk.org_kind,
                            chunk.country,
                        )
                    outer.bodies += chunk.bodies
                    outer.secondary += chunk.secondary
                    continue
            out.append(chunk)
        return out

    def _past_seat_town(self, doc: Doc, chunk: Chunk, orgs, stops: set[int]) -> int:
        """Class: a body's town the model left untagged, after "in", closing the office's
        complement before the name ("the Director of the X Institute in Graz, Dr Y", "… in
        Graz Dr Y"): the office reaches past it to the name (no organisation of its own); one to
        three capitalised words, then a comma, an honorific or a name."""
        j = chunk.end
        if not chunk.bodies or j + 1 >= len(doc) or doc[j].lower_ != "in" or j in stops:
            return chunk.end
        k = j + 1
        while (
            k < len(doc)
            and k - j <= 3
            and doc[k].is_title
            and doc[k].is_alpha
            and k not in stops
            and k not in orgs
            and doc[k].lower_ not in self.honorifics
            and doc[k].lower_ not in self.body_heads
            and doc[k].ent_type_ in ("", "GPE", "LOC")
        ):
            k += 1
        if k == j + 1 or k >= len(doc):
            return chunk.end
        if doc[k].text == "," or k in stops or self._is_honorific(doc, k):
            return k
        return chunk.end

    # --- linking --------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        read_country_marks(doc)
        self._space_doc, self._space = doc, text_index(doc).is_space
        try:
            return self._link(doc)
        finally:
            forget_country_marks()
            self._space_doc, self._space = None, []

    def _link(self, doc: Doc) -> Doc:
        orgs = self._org_index(doc)
        chunks = self._chunks(doc, orgs)
        by_end: dict[int, Chunk] = {}
        by_start: dict[int, Chunk] = {}
        for c in chunks:
            if c.plural:  # a plural office goes to a list of names (_plural), never to one
                continue
            if c.start < c.title.start and any(
                o.title.end <= c.start and o.end >= c.end for o in chunks if o is not c and not o.plural
            ):
                # an office with its body before it, inside another's complement, is whose the
                # office is, not the name's: "the Special Adviser of the AU Commission
                # Chairperson for Gender, Ms X" (a bare "… his President to President X" is not)
                by_start.setdefault(c.title.start, c)
                continue
            by_end[self._skip_space(doc, c.end)] = c
            by_start[c.start] = c
            by_start.setdefault(c.title.start, c)
        mentions = []  # (start token, end token, person record)
        for person in doc._.people or []:
            for ps, pe in person["spans"]:
                span = doc.char_span(ps, pe, alignment_mode="expand")
                if span is not None:
                    mentions.append((span.start, span.end, person))
        mentions.sort(key=lambda m: m[0])
        links: list[tuple[dict, Chunk, str]] = []
        linked: set[int] = set()  # id() of chunks given to someone

        def link(person: dict, chunk: Chunk, how: str) -> None:
            links.append((person, chunk, how))
            linked.add(id(chunk))

        tight_before: dict[int, Chunk] = {}
        comma_before: dict[int, Chunk] = {}
        for ms, me, _person in mentions:
            found = self._before_name(doc, ms, by_end)
            if found is not None and not found[1] and self._in_fronted_phrase(doc, by_end[found[0]], me):
                continue
            if found is not None:
                (tight_before if found[1] else comma_before)[ms] = by_end[found[0]]
        tight_chunks = {id(c) for c in tight_before.values()}
        name_ends = {me for _ms, me, _person in mentions}
        # A chunk coordinated with one right before a name is that name's too ("the Prime Minister
        # of A Mr X, a senator and the previous Prime Minister of A Mr Y"): never X's apposition.
        for c in list(tight_before.values()):
            tight_chunks |= {id(x) for x in self._chain_back(doc, c, by_end, name_ends)}
        # class: in a list that gives titles first ("the O1, Mr A, the O2 and O3, Mr B"), the
        # offices joined before B's comma are all B's, never A's apposition
        titles_first: dict[int, set[int]] = {}
        for idx, (ms, _me, _person) in enumerate(mentions):
            if idx and ms in comma_before and mentions[idx - 1][0] in comma_before:
                titles_first[ms] = {id(c) for c in self._chain_back(doc, comma_before[ms], by_end, name_ends)}
        # class: the office before the previous name's comma is the apposition of the name before
        # it ("…, and A, President of X, B, Vice President of Y, C, …": the list gives names first),
        # no sign that it gives titles first: the office before C's comma stays B's
        # class: once a list has shown that it gives names first, each later item's office
        # before the next comma stays its own name's too ("A, O1, B, O2, C, O3, D, O4": O3 is C's)
        names_first: set[int] = set()
        for idx in range(2, len(mentions)):
            ms, prev, before_prev = mentions[idx][0], mentions[idx - 1], mentions[idx - 2]
            if (
                ms in comma_before
                and prev[0] in comma_before
                and (before_prev[0] not in comma_before or prev[0] in names_first)
                and self._appositive_to(doc, before_prev[1], comma_before[prev[0]])
                and self._appositive_to(doc, prev[1], comma_before[ms])
            ):
                names_first.add(ms)
        # class: a list of envoys that gives each name its office right after it, no comma
        # between ("A Ambassador of X, B the High Commissioner of Y, C Ambassador of Z"): the
        # office glued after a name is that name's, never the next name's office before its
        # comma, and no later name's item keeps it from the name's apposition
        glued_after: dict[int, Chunk] = {}
        for ms, me, _person in mentions:
            c = self._glued_office(doc, me, by_start)
            if c is not None:
                glued_after[ms] = c
        glued_ids = {id(c) for c in glued_after.values()}
        for idx, (ms, me, person) in enumerate(mentions):
            chain = []
            if ms in tight_before:
                chain = self._chain_back(doc, tight_before[ms], by_end, name_ends)
                for c in chain:
                    link(person, c, "before-name")
                bare = tight_before[ms]
                comma = self._prev(doc, self._honorific_start(doc, ms))
                fuller = by_end.get(comma)
                if (
                    bare.bare
                    and fuller is not None
                    and fuller is not bare
                    and fuller.organisation
                    and doc[comma].text == ","
                    and office_key(fuller.text) == office_key(bare.text)
                ):
                    # "the President of A, His Excellency President X": the office named again,
                    # bare, inside the honorifics; the fuller one before the comma is X's too
                    link(person, fuller, "before-name")
            elif ms in comma_before:
                chunk = comma_before[ms]
                prev = mentions[idx - 1] if idx else None
                # The chunk is the previous name's apposition unless the list gives titles first.
                owner_before = prev is not None and self._appositive_to(doc, prev[1], chunk)
                if prev is not None and not owner_before:
                    # class: "A, Vice President and Minister of X of B, C, Minister of …":
                    # offices joined by "and" in apposition after A are A's, the first of them
                    # right after A's comma; none of them is C's
                    first = min(self._chain_back(doc, chunk, by_end, name_ends), key=lambda c: c.start)
                    owner_before = first is not chunk and self._appositive_to(doc, prev[1], first)
                if prev is not None and not owner_before:
                    # "Mr. A Secretary General of X, B Secretary General of Y": offices written
                    # after their names with no comma; the one right after A is A's, never B's
                    glued = self._skip_space(doc, prev[1]) in (chunk.start, chunk.title.start)
                    owner_before = glued and self._skip_space(doc, me) in by_start
                titles_first_before = prev is not None and prev[0] in comma_before and ms not in names_first
                if prev is not None and glued_after.get(prev[0]) is chunk:
                    owner_before, titles_first_before = True, False
                if not owner_before or titles_first_before:
                    chain = self._chain_back(doc, chunk, by_end, name_ends)
                    for c in chain:
                        link(person, c, "before-name")
            self._share_organisation(chain)
            self._share_prefix(doc, chain)
            later_comma = {id(c) for m, c in comma_before.items() if m > ms and m not in names_first} | {
                i for m, ids in titles_first.items() if m > ms and m not in names_first for i in ids
            }
            later_comma -= glued_ids
            taken = tight_chunks | (later_comma if ms in comma_before else set())
            for chunk in self._apposition(doc, me, by_start, taken, later_comma, orgs, ms in tight_before, ms):
                link(person, chunk, "apposition")
            for chunk in self._parenthesis(doc, ms, me, by_start, by_end, orgs):
                link(person, chunk, "parenthesis")
            seat = self._parliament_seat(doc, me, by_start)
            if seat is not None:
                own = next((c for p, c, _ in links if p is person and c.title.start == seat.start), None)
                if own is not None:
                    # "X, MP for Eastbourne": the constituency is no field of the office
                    own.text, own.organisation = seat.text, seat.organisation or own.organisation
                else:
                    link(person, seat, "post-nominal")
            self._trailing_of(doc, me, [c for p, c, _ in links if p is person], orgs)
            lead = tight_before.get(ms) or comma_before.get(ms)
            if lead is not None and any(p is person and c is lead for p, c, _ in links):
                for other, c in self._carried_down(doc, lead, idx, mentions, tight_before, comma_before, orgs):
                    links.append((other, c, "carried"))
        for chunk in chunks:
            if chunk.plural and id(chunk) not in linked:
                found = (
                    self._names_then_countries(doc, chunk, mentions, orgs)
                    or self._distributed(doc, chunk, mentions, orgs)
                    or self._plural(doc, chunk, mentions, orgs)
                    or self._plural_predicate(doc, chunk, mentions)
                )
                for person, c, how in found:
                    links.append((person, c, how))
                listed = {id(person) for person, _c, how in found if how == "plural"}
                if listed:
                    # class: an honorific office before each name of a plural office's list
                    # ("Permanent Representatives Ambassador A, Ambassador B") is the names'
                    # honorific, no office of their own: the plural office is each one's
                    links[:] = [
                        (p, c, h)
                        for p, c, h in links
                        if not (h == "before-name" and id(p) in listed and c.bare and c.start >= chunk.end)
                    ]
        for chunk in chunks:
            if id(chunk) not in linked:
                for person, c, how in self._bracketed(doc, chunk, mentions, orgs):
                    link(person, c, how)
                    linked.add(id(chunk))
        for person, c in self._respectively(doc, [c for c in chunks if id(c) not in linked], mentions):
            link(person, c, "respectively")
        predicate_ends: dict[int, dict] = {}
        for chunk in sorted(chunks, key=lambda c: c.start):
            if id(chunk) not in linked and not chunk.plural:
                owner = self._predicate(doc, chunk, mentions)
                if owner is None:
                    # class: a second office joined by "and" to a predicate's office ("X is the
                    # former ambassador to A and Deputy Secretary of B"): the same holder's
                    p = self._prev(doc, chunk.start)
                    if p >= 0 and doc[p].lower_ == "and":
                        owner = predicate_ends.get(self._prev(doc, p) + 1)
                if owner is not None:
                    link(owner, chunk, "predicate")
                    predicate_ends[chunk.end] = owner
        self._second_country_appositions(links)
        self._possessive_spreads(doc, chunks, links)
        self._pointer_spreads(doc, links)
        self._heading_countries(doc, links, mentions)
        self._lead_countries(doc, links, orgs)
        self._subject_sides(doc, links, mentions, orgs)
        self._deputy_shares(doc, links)
        roles = [self._role(doc, person, chunk, how) for person, chunk, how in links]
        for _ms, me, person in mentions:
            roles += self._clause(doc, person, me, orgs)
        self._all_of(doc, roles, orgs)
        # The same office named twice for one person, once with its organisation: keep that one
        # (in either wording: "Foreign Minister" and "Minister of Foreign Affairs of A").
        # class: an office's acronym ("PM X") and the office written out ("the Prime Minister of
        # A, X") for one person are one office (silver7 class 14): one key for both
        key = self._merge_key
        written = {(r["person_id"], key(r["title"])): r["title"] for r in roles if not r["title"].isupper()}
        for r in roles:
            if r["title"].isupper() and r["title"].lower() in self.office_acronyms:
                # (the written-out wording where the text gives it for that person: "the DG of
                # the WHO, X" and "Director General X" are Director General of the WHO)
                r["title"] = written.get((r["person_id"], key(r["title"])), r["title"])
        with_org = {(r["person_id"], key(r["title"])) for r in roles if r["organisation"]}
        roles = [r for r in roles if r["organisation"] or (r["person_id"], key(r["title"])) not in with_org]
        # class: one office in two wordings for one person, neither with its organisation
        # ("Minister of Foreign Affairs" and later "Foreign Affairs Minister"): one row, the
        # long wording (the short one is its alias)
        longest: dict[tuple[str, str], dict] = {}
        for r in roles:
            if not r["organisation"]:
                k = (r["person_id"], key(r["title"]))
                if k not in longest or len(r["title"]) > len(longest[k]["title"]):
                    longest[k] = r
        roles = [r for r in roles if r["organisation"] or longest[(r["person_id"], key(r["title"]))] is r]
        # class: one office for one person with one country written two ways ("the US
        # ambassador X", "Ambassador X of the United States"): one row, the longer name
        by_country: dict[tuple[str, str, str], dict] = {}
        for r in roles:
            if r["organisation"] and r["country"]:
                k = (r["person_id"], key(r["title"]), r["country"])
                # (the longer name; of one name, the office written out: "Australian PM X" and
                # "the Prime Minister of Australia, X"; of one length, the office capitalised: "the
                # US ambassador X" and "Ambassador X of the United States", one name since
                # initials give the short name)
                if k not in by_country or (len(r["organisation"]), len(r["title"]), r["title"][:1].isupper()) > (
                    len(by_country[k]["organisation"]),
                    len(by_country[k]["title"]),
                    by_country[k]["title"][:1].isupper(),
                ):
                    by_country[k] = r
        roles = [
            r
            for r in roles
            if not (r["organisation"] and r["country"])
            or by_country[(r["person_id"], key(r["title"]), r["country"])] is r
        ]
        # "Minister X" after "the Minister of Foreign Affairs of A, X": the short form of a fuller title.
        fuller = {(r["person_id"], r["title"].lower()) for r in roles}
        roles = [
            r
            for r in roles
            if r["organisation"]
            or not any(p == r["person_id"] and t.startswith(r["title"].lower() + " ") for p, t in fuller)
        ]
        self._one_government(roles)
        self._org_ids(doc, roles)
        seen, unique = set(), []
        for r in sorted(roles, key=lambda r: (r["start"], r["person_id"])):
            # one body named by its acronym at one office and its name at another: one row
            key = (r["person_id"], r["title"].lower(), r["org_id"] or r["organisation"])
            if key not in seen:
                seen.add(key)
                unique.append(r)
                add_mention(doc, "TITLE", r["start"], r["end"], source=r["source"], normalized=r["title"])
        doc._.roles = unique
        return doc

    def _glued_office(self, doc: Doc, name_end: int, by_start: dict[int, Chunk]) -> Chunk | None:
        """The office with its complement written right after a name on its line, no comma
        between, an article at most ("A Ambassador of X", "B the High Commissioner of Y"),
        closed by a comma, "and" or the sentence's end; else None."""
        i = self._skip_space(doc, name_end)
        if i < len(doc) and doc[i].lower_ == "the":
            i = self._skip_space(doc, i + 1)
        chunk = by_start.get(i)
        if chunk is None or chunk.bare or chunk.start != chunk.title.start or chunk.plural:
            return None
        if any(t.is_space and "\n" in t.text for t in doc[name_end:i]):
            return None
        after = self._skip_space(doc, chunk.end)
        if after < len(doc) and doc[after].text not in (",", ".", ";", "and"):
            return None
        return chunk

    def _in_fronted_phrase(self, doc: Doc, chunk: Chunk, name_end: int) -> bool:
        """class: the office closes a phrase fronted before the sentence's subject ("At the
        meeting with the Kuwaiti ambassador, X said …", "During talks with the US envoy, X
        stressed …"): the office after "with" is the other party's, never the subject's after the
        comma. Only where the sentence opens with a preposition, no comma before the office, and
        a verb follows the name."""
        p = self._prev(doc, chunk.start)
        while p >= 0 and (
            doc[p].lower_ in ("the", "a", "an")
            or country_of(doc[p])
            or (doc[p].is_lower and doc[p].tag_ in ("JJ", "VBG", "VBN"))  # "the visiting", "the new"
        ):
            p = self._prev(doc, p)
        if p < 0 or doc[p].lower_ != "with":
            return False
        sent = sentence_span(doc, chunk.start)
        first = sent.start
        while first < chunk.start and doc[first].is_space:
            first += 1
        if doc[first].tag_ != "IN" or any(t.text in (",", ";") for t in doc[first : chunk.start]):
            return False
        k = self._skip_space(doc, name_end)
        return k < len(doc) and (doc[k].tag_.startswith("VB") or doc[k].tag_ == "MD")

    def _merge_key(self, title: str) -> str:
        """`office_key` of the title, an `office_acronym` ("PM") read as the office it stands for."""
        return office_key(self.office_acronyms.get(title.lower(), title) if title.isupper() else title)

    def _written_out(self, title: str) -> str:
        """The `office_modifier_abbreviation`s at the title's start written out, capitalised as
        written ("Asst. Dy. Director" → "Assistant Deputy Director")."""
        words = title.split(" ")
        for k, word in enumerate(words[:-1]):
            full = self.short_modifiers.get(word.rstrip(".").lower())
            if full is None or not word[:1].isupper():
                break
            words[k] = full.capitalize()
        return " ".join(words)

    def _role(self, doc: Doc, person: dict, chunk: Chunk, how: str) -> dict:
        title = chunk.text
        # class: an abbreviation written out ("Transport CS X": Cabinet Secretary; round 3, class 5)
        title = self.abbreviations.get(title.lower(), title)
        # class: a modifier written short before the office, written out ("Asst. Secretary":
        # Assistant Secretary)
        title = self._written_out(title)
        if chunk.plural:
            title = singular_title(title, chunk.title)
        title = _uncapitalised(title)
        return {
            "person_id": person["person_id"],
            "name": person["name"],
            "title": title,
            "organisation": chunk.organisation,
            "country": chunk.country,
            "start": chunk.title.start_char,
            "end": chunk.title.end_char,
            "source": f"{chunk.rule}|{how}",
        }

    def _all_of(self, doc: Doc, roles: list[dict], orgs) -> None:
        """ "Dr X, Programme Director, Mr Y, Mr Z, all of ISODEC": the organisation after ", all
        of" closing a list of names is that of the offices in the list that name none."""
        if "all of" not in text_of(doc):
            return
        for i in range(1, len(doc) - 2):
            if doc[i].lower_ != "all" or doc[i + 1].lower_ != "of" or doc[self._prev(doc, i)].text != ",":
                continue
            k = self._skip_space(doc, i + 2)
            while k < len(doc) and doc[k].lower_ == "the":
                k += 1
            if k >= len(doc) or k not in orgs:
                continue
            name, kind, s, e = orgs[k]
            first = doc[sentence_bounds(doc, i)[0]].idx  # the sentence's start_char
            for semi in doc[sentence_bounds(doc, i)[0] : i]:
                if semi.text == ";":
                    first = semi.idx
            for r in roles:
                if not r["organisation"] and first <= r["start"] < doc[i].idx:
                    r["organisation"] = name
                    r["country"] = self._iso3(doc, s, e) if kind == "country" else ""

    @staticmethod
    def _one_government(roles: list[dict]) -> None:
        """A person whose offices name one country, and only one, holds that country's
        government offices written elsewhere without it: "Cambodian Premier X" and "Prime
        Minister X" in another paragraph; "X, Deputy Prime Minister of A" and "X, Attorney-General,
        and Minister for Lands". Only ministerial offices (a president or a chair may be of a body)."""
        countries: dict[str, set] = {}
        for r in roles:
            if r["organisation"] and r["country"]:
                countries.setdefault(r["person_id"], set()).add((r["organisation"], r["country"]))
        if not countries:
            return
        for r in roles:
            held = countries.get(r["person_id"])
            if r["organisation"] or not held or len({c for _, c in held}) != 1:
                continue
            if _GOVERNMENT_OFFICE.search(r["title"]):
                r["organisation"], r["country"] = min(held)

    def _org_ids(self, doc: Doc, roles: list[dict]) -> None:
        """org_id of each role's organisation where it is a row of organisations.csv."""
        ids = {squash(o["name"]).lower(): o["org_id"] for o in doc._.organisations or []}
        acronyms, text = _acronyms(doc), text_of(doc)
        for m in doc._.org_mentions or []:  # an acronym as written at a mention: its body's row
            written = text[m["start"] : m["end"]]
            if _written_as_acronym(written, m["name"], acronyms.get(m["org_id"])):
                ids.setdefault(written.lower(), m["org_id"])
        for r in roles:
            r["org_id"] = ids.get(r["organisation"].lower(), "") if r["organisation"] else ""

    def _before_name(self, doc: Doc, start: int, by_end: dict[int, Chunk]) -> tuple[int, bool] | None:
        """Where a chunk ends that stands before the name at `start`, and whether right before
        it (honorifics between: "H.E. Mr.", "Major-General Dr Shaikh", "His Excellency
        Brigadier (Ret'd)", "Dr the Rt Honourable") or with a comma, a short aside allowed
        between ("the High Commissioner of X, resident in Y, H.E. Z")."""
        first = self._honorific_start(doc, start)
        for i in range(start, first - 1, -1):
            if i in by_end:  # "HE President Dr X": the office inside the run of honorifics
                chunk = by_end[i]
                lead = self._prev(doc, chunk.start)
                while lead > 0 and doc[lead].lower_ in APPOSITION_LEAD:
                    lead = self._prev(doc, lead)  # "A, former Prime Minister of B\nMr. C": a term word after the comma
                if (
                    i == first
                    and "\n" in doc[chunk.end : first].text
                    and lead >= 0
                    and doc[lead].text in (",", "–", "—")
                ):
                    # "A, Prime Minister of B, Chairman of the Conference\n\nHis Excellency X": the
                    # last office of a list line's name in apposition, not the next line's name's
                    # (an office standing alone above a name is its: "Statement by the Minister of
                    # Foreign Affairs\nH.E. Mr X")
                    break
                if i == first and self._signature_line(doc, chunk, first):
                    break
                return i, True
        chamber = self._chamber_before(doc, first, by_end)
        if chamber is not None:
            return chamber, True
        d = self._prev(doc, first)
        if d > 0 and doc[d].is_title and doc[d].is_alpha:
            d = self._prev(doc, d)  # an epithet between the dash and the name ("- Elbasy X")
        if d > 0 and self._spaced_dash(doc, d) and d in by_end and country_of(doc[self._prev(doc, d)]):
            # class: "the First President of A - <epithet> X", "the President of A - X": a spaced
            # dash after the office's country, an epithet between, and the name
            return d, True
        p = self._prev(doc, first)
        if first < start and p > 0 and doc[p].text in S_POSSESSIVE:
            # "the Chair of the Trade Board, Kenya's Amb. X": the holder's country, possessive,
            # between the office's comma and the honorific
            q = self._prev(doc, p)
            while q >= 0 and role_of(doc[q]) == "name":
                q = self._prev(doc, q)
            if q < self._prev(doc, p) and q >= 0 and doc[q].text == "," and q in by_end:
                return q, False
        if (
            first < start
            and p > 0
            and doc[p].is_upper
            and doc[p].is_alpha
            and len(doc[p]) >= 2
            and doc[self._prev(doc, p)].text == ","
            and self._prev(doc, p) in by_end
        ):
            # "Minister for Higher Education, …, DHERST Hon. X": the ministry's acronym between
            # the office and the honorific
            p = self._prev(doc, p)
        if p >= 0 and doc[p].text == "," and p not in by_end:
            # class: "the Chair of the Budget, Finance and Audit Committee (BFAC), Mr X": the
            # body's acronym in brackets between the office and the name's comma (a body with
            # commas in its name that no organisation span covers, the chunk ending before it)
            r = self._prev(doc, p)
            a = self._prev(doc, r) if r >= 0 and doc[r].text == ")" else -1
            o = self._prev(doc, a) if a >= 0 and _CAPITALS.fullmatch(doc[a].text) else -1
            if o >= 0 and doc[o].text == "(" and o in by_end:
                chunk = by_end[o]
                k = chunk.title.end
                if not chunk.organisation and k < chunk.end and doc[k].lower_ == "of":
                    # the bracketed acronym names the body of the office's complement: the body
                    k = k + 2 if k + 1 < chunk.end and doc[k + 1].lower_ == "the" else k + 1
                    if k < chunk.end and doc[k].is_title:
                        chunk.text, chunk.org_kind = chunk.title.text, "org"
                        chunk.organisation = doc[k : chunk.end].text
                return o, False
        if p >= 0 and doc[p].text == "," and p not in by_end:
            # "Acting Premier, Montserrat, Dr. the Hon. X": the office's country between commas
            c_end = q = self._prev(doc, p)
            while q >= 0 and role_of(doc[q]) == "name":
                q = self._prev(doc, q)
            if q < c_end and q >= 0 and doc[q].text == "," and q in by_end:
                chunk = by_end[q]
                if not chunk.organisation:
                    chunk.organisation, chunk.org_kind = written_country(doc[q + 1 : c_end + 1]), "country"
                    chunk.country = self._iso3(doc, q + 1, c_end + 1)
                return q, False
            # "Chair of the meeting, Mr X": the office of a gathering named by its common noun alone
            q = self._prev(doc, p)
            a = self._prev(doc, q) if q >= 0 else -1
            b = self._prev(doc, a) if a >= 0 else -1
            if b >= 0 and doc[q].lower_ in self.gathering_nouns and doc[a].lower_ == "the" and doc[b].lower_ == "of":
                if b in by_end:
                    by_end[b].of_gathering = True  # shares no country written before another office
                    return b, False
            # "Zambia President and host, Mr X": a lower-case role word coordinated after the office
            if a >= 0 and doc[a].lower_ == "and" and a in by_end and doc[q].is_lower and doc[q].is_alpha:
                return a, False
            p = self._before_aside(doc, p)
        if p >= 0 and doc[p].text == "," and p in by_end:
            return p, False
        return None

    def _chamber_before(self, doc: Doc, first: int, by_end: dict[int, Chunk]) -> int | None:
        """Where a bare office ends that a chamber follows, with no "of", right before the name
        (South Asian press: "Speaker National Assembly Dr X", "Chairman Senate Y"): up to three
        capitalised words ending in a `chamber_noun`, the chamber the office's organisation."""
        q = self._prev(doc, first)
        if q < 0 or not doc[q].is_title or doc[q].lower_ not in self.chambers:
            return None
        r = q
        for _ in range(3):
            p = self._prev(doc, r)
            for e in range(p + 1, r + 1):
                chunk = by_end.get(e)
                if chunk is not None and chunk.bare and not chunk.organisation and not chunk.plural:
                    while r < q and country_of(doc[r]):  # "Speaker Indian Lok Sabha": the chamber alone
                        r += 1
                    chunk.organisation, chunk.org_kind = squash(doc[r : q + 1].text), "body"
                    return e
            if p < 0 or not doc[p].is_title or doc[p:r].text.count("\n") > 1:
                return None
            r = p
        return None

    def _is_honorific(self, doc: Doc, p: int) -> bool:
        if doc[p].lower_.rstrip(".") in self.honorifics or (doc[p].lower_ in self.royal and doc[p].is_title):
            return True
        # class (heldout36): a later word of a several-word style ("Seri" of "Dato' Seri", "Utama"
        # of "Datuk Seri Utama") right after the style's earlier word, an apostrophe between allowed
        if not doc[p].is_title:
            return False
        if doc[p].lower_ in self.chain_heads:
            n = p + 1
            if n < len(doc) and doc[n].text in ("'", "’"):
                n += 1
            if n < len(doc) and doc[n].lower_ in self.chain_tails and doc[n].is_title:
                return True  # "Tan" of "Tan Sri X"
        if doc[p].lower_ not in self.chain_tails or p == 0:
            return False
        q = p - 1
        if doc[q].text in ("'", "’") and q > 0:
            q -= 1
        return doc[q].lower_ in self.chain_heads

    def _honorific_start(self, doc: Doc, i: int) -> int:
        """First token of the run of honorifics written right before token i (i where none):
        "H.E. Mr.", "Major-General Dr", and the words that join a stack of them ("His
        Excellency", "Dr the Rt Honourable", "Brigadier (Ret'd)") inside it."""
        start, seen = i, False
        p = self._prev(doc, i)
        while p >= 0:
            t = doc[p]
            if self._is_honorific(doc, p) or (
                t.lower_ in self.bench and t.is_title and p > 0 and self._is_honorific(doc, self._prev(doc, p))
            ):
                # "Hon. Mrs. Justice X": a judge's style after another honorific
                seen, start = True, p
            elif (
                t.text == "."
                and p > 0
                and doc[p - 1].is_lower
                and self._skip_space(doc, p + 1) < len(doc)
                and doc[self._skip_space(doc, p + 1)].is_sent_start
            ):
                break  # "… met the envoy. Dr. X": a sentence ends there
            elif (
                t.text == "."
                and p + 1 < len(doc)
                and doc[p + 1].is_space
                and "\n" in doc[p + 1].text
                and not (p > 0 and self._is_honorific(doc, p - 1))
            ):
                break  # "… Prime Minister of Belize.\nDr X": a paragraph ends there, no "Dr." before X
            elif (
                t.text == "."
                and p > 0
                and self._is_honorific(doc, p - 1)
                and doc[p - 1].whitespace_ == ""
                and len(doc[p - 1].text) > 5
                and "." not in doc[p - 1].text
            ):
                break  # "… was elected Vice-President. During": a full stop after a whole word ends a sentence
            elif t.text == "." or (t.text in HYPHENS and p > 0 and self._is_honorific(doc, p - 1)):
                start = p
            elif seen and t.lower_ in self.honorific_joiners:
                start = p
            elif t.text in ("'", "’") and p > 0 and not doc[p - 1].whitespace_ and self._is_honorific(doc, p - 1):
                start = p  # class (heldout36): a style written with its apostrophe ("Dato’ Seri X")
            elif seen and t.lower_ in self.retired and t.is_title:
                start = p  # class (heldout36): a retired mark unbracketed inside a chain ("H.E. Rtd. Dr. X")
            elif (
                seen
                and t.text == ","
                and p > 1
                and self._is_honorific(doc, p - 1)
                and doc[p - 2].lower_ in self.honorific_joiners
            ):
                # class (heldout36): a comma after a style of address inside a chain ("the President,
                # His Excellency, Dr. X"): the chain goes on before it
                start = p
            elif t.text == ")":
                q = p - 1
                while (
                    q >= 0
                    and q > p - 5
                    and (
                        doc[q].lower_ in self.retired
                        or doc[q].text in ("'", "’", ".")
                        or doc[q].lower_.rstrip(".") in self.honorifics  # "Ambassador (Eng.)", "(Dr.)"
                    )
                ):
                    q -= 1
                if q == p - 1 or q < 0 or doc[q].text != "(":
                    break
                p = q  # "(Ret'd)", "(retd.)" after a military rank
                start = q
            else:
                break
            p = self._prev(doc, p)
        return start if seen else i

    def _before_aside(self, doc: Doc, comma: int) -> int:
        """The comma before a short aside that ends at `comma` (", resident in Wellington,",
        ", based in Geneva,"), else `comma`."""
        q = self._prev(doc, comma)
        end = q
        while q >= 0 and end - q < 6 and doc[q].text != "," and (doc[q].is_title or doc[q].is_upper):
            q = self._prev(doc, q)
        if q == end or q < 0 or doc[q].lower_ not in ("in", "at", "to"):
            return comma
        q = self._prev(doc, q)
        if q < 0 or doc[q].lower_ not in self.aside_leads:
            return comma
        q = self._prev(doc, q)
        return q if q >= 0 and doc[q].text == "," else comma

    def _held_towards(self, chunk: Chunk) -> bool:
        """An `office_towards` ("Special Adviser", "Chief of Staff") ends the chunk's office."""
        office = " ".join(t.lower_ for t in chunk.title)
        return any(office == w or office.endswith(" " + w) for w in self.towards)

    def _chain_back(
        self, doc: Doc, chunk: Chunk, by_end: dict[int, Chunk], name_ends: frozenset | set = frozenset()
    ) -> list[Chunk]:
        """The chunk and those coordinated or written back to back before it: "A, B and C
        Name", "A in his capacity as the B, Name", "Minister …, Nigeria Ambassador Name".
        An office in apposition after an earlier name (`name_ends`: the token after each name)
        is that name's, never joined over the comma after it ("X, Secretary-General of A,
        Ambassador Y": the Secretary-General is X)."""
        out = [chunk]
        while True:
            prev = by_end.get(chunk.start)
            if prev is None and chunk.title.start != chunk.start:
                # "the Minister of State …, Federal Republic of Nigeria Ambassador X": the country
                # closing the first office is the second's prefix too.
                prev = by_end.get(chunk.title.start)
            direct = prev is not None  # written back to back, no word between
            if prev is None:
                p = self._prev(doc, chunk.start)
                if p >= 1 and doc[p].lower_ == "the" and doc[p - 1].lower_ in ("of", "to"):
                    # "the Special Envoy of the Secretary-General for A, X": the office in the
                    # first one's "of the" complement is whose it is, not X's (as below); not
                    # where the first office is coordinated after another ("X, Minister of B and
                    # Envoy of the Head of State of A, Y": Y is that Head of State); "to the" as well
                    # ("the Special Adviser to the President, X": X is the adviser)
                    # only after an office held towards another (`office_towards`): "a letter
                    # from the Minister to the President, X" is the President's
                    owner = by_end.get(p - 1)
                    if (
                        owner is not None
                        and owner.end == p - 1
                        and owner not in out
                        and not self._coordinated(doc, owner)
                        and (doc[p - 1].lower_ == "of" or self._held_towards(owner))
                    ):
                        if not owner.organisation and chunk.organisation:
                            # "… of the President of A": the first office is A's too; not where
                            # the second is sent ("for A")
                            home = [b for b, away in zip(chunk.bodies, chunk.secondary) if not away]
                            if any(b[0] == chunk.organisation for b in home):
                                owner.organisation, owner.org_kind = chunk.organisation, chunk.org_kind
                                owner.country = chunk.country
                        out.remove(chunk)
                        out.append(owner)
                        chunk = owner
                        continue
                if (
                    p >= 1
                    and _CAPITALS.fullmatch(doc[p].text)
                    and doc[self._prev(doc, p)].lower_ == "and"
                    and by_end.get(self._prev(doc, p)) is not None
                ):
                    # class: "Minister of Trade and ALDE Vice-President X": a body's
                    # acronym between "and" and the office is the office's body; the offices
                    # stay coordinated
                    if not chunk.organisation:
                        chunk.organisation, chunk.org_kind, chunk.country = doc[p].text, "org", ""
                    p = self._prev(doc, p)
                owned = False  # a possessive determiner before the office ("… and his Permanent Secretary")
                while p >= 0 and doc[p].lower_ in APPOSITION_LEAD:  # "… and former Prime Minister"
                    owned = owned or doc[p].lower_ in ("his", "her", "its", "our", "their")
                    p = self._prev(doc, p)
                if owned and p >= 0 and doc[p].lower_ == "and":
                    # class: "the Minister of A and his Permanent Secretary X": the office after
                    # "and his" is held by someone else than the first office's holder, so the
                    # first office is not X's (silver7, smaller false rows)
                    break
                if chunk.title[0].is_lower and p >= 1 and doc[p].is_lower and doc[p].lower_ in self.gathering_nouns:
                    # class: a gathering's noun in lower case before a lower-case office ("Minister
                    # of A and current session chairman X"): the chair of that sitting, the
                    # offices coordinated all the same
                    p = self._prev(doc, p)
                    while p >= 0 and doc[p].lower_ in APPOSITION_LEAD:
                        p = self._prev(doc, p)
                # class: two offices joined by a slash ("High Representative/Vice-President X")
                # or "&" ("Founder & CEO X"): both are X's, as with "and"
                if p >= 0 and doc[p].text in (",", "and", "/", "&"):
                    if doc[p].lower_ == "and" and _two_subjects_after(doc, chunk.end):
                        # class: "the Prime Minister and Chancellor X both / were …": the
                        # sentence's own words say the coordination is of two people, the
                        # first office another's
                        break
                    if doc[p].text == "," and chunk.rule.endswith("-short"):
                        # class: a short form is the name's own style ("…, Rep. X"): never
                        # coordinated with an office before the comma, another's
                        break
                    prev = by_end.get(p)
                    if prev is not None and doc[p].text == "," and self._after_name(doc, prev, name_ends):
                        break
                elif p >= 1 and self._spaced_dash(doc, p):
                    # class: two offices joined by a spaced dash before a name ("Deputy Prime
                    # Minister – Minister of Foreign Affairs of A X"): both are X's, as with
                    # "and"; not an office set off by a dash or comma after an earlier name
                    # ("B – Director of C – …": B's)
                    prev = by_end.get(p)
                    q = self._prev(doc, prev.start) if prev is not None else -1
                    while q >= 0 and doc[q].lower_ in APPOSITION_LEAD:
                        q = self._prev(doc, q)
                    if q > 0 and (doc[q].text == "," or self._spaced_dash(doc, q)):
                        prev = None
                elif p >= 2 and doc[p].lower_ == "also" and doc[p - 1].lower_ in ("is", "was"):
                    # "Chairperson of the Authority who is also Madagascar President, Mr X"
                    w = self._prev(doc, p - 1)
                    prev = by_end.get(w) if w >= 0 and doc[w].lower_ == "who" else None
                elif p >= 3 and doc[p].lower_ == "as" and doc[p - 1].lower_ == "capacity":
                    q = self._prev(doc, self._prev(doc, p - 1))  # "in his capacity as"
                    prev = by_end.get(self._skip_space(doc, q)) if q >= 0 and doc[q].lower_ == "in" else None
            if prev is None or prev in out:
                break
            link = self._skip_space(doc, prev.title.end)
            if (
                direct
                and link < chunk.title.start
                and doc[link].lower_ in ("of", "to")
                and not any(t.text in (",", ";") or t.lower_ == "and" for t in doc[link : chunk.title.start])
            ):
                if doc[self._skip_space(doc, link + 1)].lower_ != "the":
                    # "the special envoy of Brazilian President X": without an article the
                    # second office and its country are X's own title, the first someone else's
                    break
                # "Personal Representative of the OSCE Chairman-in-Office X", "Special Envoy of
                # the President of A, X": the second office is whose the first is, not X's
                out.remove(chunk)
                out.append(prev)
                chunk = prev
                continue
            if prev.title[0].is_lower and any(t.is_space and "\n" in t.text for t in doc[prev.end : chunk.start]):
                # a headline's office in lower case ("… calls on trade minister") ends its line:
                # the office on the next line is no part of it
                break
            out.append(prev)
            chunk = prev
        return out

    def _coordinated(self, doc: Doc, chunk: Chunk) -> bool:
        """The chunk follows "and" or a comma: coordinated with what comes before it."""
        p = self._prev(doc, chunk.start)
        while p >= 0 and doc[p].lower_ in ("the", "a", "an"):
            p = self._prev(doc, p)
        return p >= 0 and doc[p].text in (",", "and", "&")

    def _after_name(self, doc: Doc, chunk: Chunk, name_ends: frozenset | set) -> bool:
        """Whether `chunk` stands in apposition right after a name (", [the] chunk")."""
        p = self._prev(doc, chunk.start)
        while p >= 0 and doc[p].lower_ in APPOSITION_LEAD:
            p = self._prev(doc, p)
        return p > 0 and doc[p].text == "," and self._prev(doc, p) + 1 in name_ends

    def _share_organisation(self, chain: list[Chunk]) -> None:
        """Coordinated offices name their organisation once, at the end: "First Vice-President
        and Minister of Defence of Moldova"."""
        if len(chain) < 2 or not chain[0].organisation or chain[0].prefixed:
            return  # "The Forum Chairman, Samoa's Prime Minister X": the possessive is the last office's
        for c in chain[1:]:
            # only a bare office: one with a field of its own names another body ("The Inspector
            # General of the Police in her capacity as chair of the regional police forum")
            if not c.organisation and c.bare:
                c.organisation, c.org_kind, c.country = chain[0].organisation, chain[0].org_kind, chain[0].country

    @staticmethod
    def _second_country_appositions(links) -> None:
        """Class: in a list of "Name, Office of Country" items, an office in apposition after a
        name's first country office that names another country is an unnamed item of the list,
        not the same person's ("A, President of B, C, President of D, Prime Minister of E as
        well as …": C is no Prime Minister of E)."""
        first: dict[int, str] = {}
        drop = set()
        for n, (person, chunk, how) in enumerate(links):
            if how != "apposition" or chunk.org_kind != "country" or not chunk.country:
                continue
            seen = first.setdefault(id(person), chunk.country)
            if seen != chunk.country:
                drop.add(n)
        if drop:
            links[:] = [x for n, x in enumerate(links) if n not in drop]

    def _pointer_spreads(self, doc: Doc, links) -> None:
        """Class: "the country's" before the first office of a list whose items a semicolon
        parts ("the country's Defence Minister, X; Interior Minister Y; and …") is the country
        of each later item's office that names none."""
        pointed = [
            c
            for _p, c, _h in links
            if c.prefixed
            and c.org_kind == "country"
            and doc[c.start].lower_ == "the"
            and doc[c.start + 1].lower_ in self.country_pointers
        ]
        for first in pointed:
            sent = sentence_span(doc, first.start)
            last = first.end  # the end of the list so far
            for _p, chunk, _how in sorted(links, key=lambda link: link[1].start):
                if chunk.start < last or chunk.start >= sent.end:
                    continue
                p = self._prev(doc, chunk.start)
                if p >= 0 and doc[p].lower_ == "the":
                    p = self._prev(doc, p)
                if p >= 0 and doc[p].lower_ == "and":
                    p = self._prev(doc, p)
                # only a semicolon between the list so far and this item, no full stop
                if p < last or doc[p].text != ";" or any(t.text in (".", ";") for t in doc[last:p]):
                    break
                if not chunk.organisation:
                    chunk.organisation, chunk.org_kind, chunk.country = first.organisation, "country", first.country
                last = chunk.end

    def _possessive_spreads(self, doc: Doc, chunks: list[Chunk], links) -> None:
        """Class: a country's possessive before the first of two offices of one kind, each
        before its own name, is the second's too: "A's Minister of Trade, X and Minister of
        Health, Y" (Y is A's minister); an adjective ("the Ruritanian Minister of …") stays
        inside its own noun phrase, and an office of another kind ("… and Ambassador Y") takes
        nothing."""
        for _person, chunk, how in links:
            if how != "before-name" or chunk.organisation or chunk.prefixed:
                continue
            p = self._prev(doc, chunk.start)
            if p < 0 or doc[p].lower_ != "and":
                continue
            sent_start = sentence_bounds(doc, chunk.start)[0]
            first = max(
                (c for c in chunks if sent_start <= c.start and c.end <= p and not c.plural),
                key=lambda c: c.end,
                default=None,
            )
            if (
                first is None
                or not first.prefixed
                or first.org_kind != "country"
                or not any(t.lower_ in POSSESSIVE for t in doc[first.start : first.title.start])
                or first.title[0].lower_ != chunk.title[0].lower_
                # the second office carries a field of its own and differs from the first: a bare
                # "Minister Y" after "A's Minister of X, Z and" is most often the host
                or (chunk.bare and len(chunk.title) < 2)
                or chunk.text.lower() == first.text.lower()
            ):
                continue
            gap = [t for t in doc[first.end : p] if not t.is_space]
            # between the two: the first one's name after a comma, and nothing else
            if (
                not gap
                or gap[0].text != ","
                or not all(
                    t.is_title or t.text in (".", "-", "‐") or t.lower_.rstrip(".") in self.honorifics for t in gap[1:]
                )
            ):
                continue
            chunk.organisation, chunk.org_kind, chunk.country = first.organisation, first.org_kind, first.country

    @staticmethod
    def _share_prefix(doc: Doc, chain: list[Chunk]) -> None:
        """A country written before the first of offices joined by "and" is the others' too:
        "Peru's Deputy Prime Minister and Minister of Foreign Affairs X", "the Chilean Vice
        President and Minister of Trade X" (a comma list keeps each office's own prefix)."""
        first = chain[-1] if len(chain) > 1 else None
        if first is None or not (first.prefixed and first.org_kind == "country"):
            return
        for later, before in zip(reversed(chain[:-1]), reversed(chain[1:])):
            between = [t for t in doc[before.end : later.start] if not t.is_space]
            if [t.lower_ for t in between] not in (["and"], ["&"]) or later.organisation or later.of_gathering:
                return
            later.organisation, later.org_kind, later.country = first.organisation, first.org_kind, first.country

    def _past_degrees(self, doc: Doc, i: int) -> int:
        """Past academic degrees and honours between commas after a name ("X, PhD, MBA, the
        Minister", "Dame X, ON, GCMG, Governor General"): the comma after the last; else i (a comma).
        An honour's letters written with no comma before them ("X MP, Speaker of …") are passed too."""
        if (
            i + 1 < len(doc)
            and doc[i].is_upper
            and doc[i].text.replace(".", "").lower() in self.post_nominals
            and doc[i + 1].text == ","
        ):
            i += 1
        while i < len(doc) and doc[i].text == ",":
            j = self._skip_space(doc, i + 1)
            k = j
            while k < len(doc) and k - j < 5 and doc[k].text != "," and not doc[k].is_space:
                k += 1
            word = "".join(t.text for t in doc[j:k]).replace(".", "").lower()
            # an honour's letters only in capitals ("ON", "GCMG"; never the word "on")
            honour = word in self.post_nominals and all(t.is_upper or t.text == "." for t in doc[j:k])
            if k == j or k >= len(doc) or doc[k].text != "," or not (word in self.degrees or honour):
                return i
            i = k
        return i

    def _parliament_seat(self, doc: Doc, end: int, by_start: dict[int, Chunk]) -> Chunk | None:
        """Class: a member of a parliament's letters after the name, with or without a comma and
        past other degrees and honours ("X, M.P.", "Y MEP", "Z, OBE, MP for Eastbourne"): the
        office Member of Parliament, as written, with no organisation. Not where
        another office follows in apposition or on the next line ("X, M.P.,\n\nPrime Minister
        of A", "X MP, Speaker of …"): that office is the name's there."""
        i = self._skip_space(doc, end)
        if i >= len(doc) or any("\n" in t.text for t in doc[end:i]):
            return None
        for _ in range(4):
            if doc[i].text == ",":
                i = self._skip_space(doc, i + 1)
            k = i
            # the letters in capitals, a dot after dotted ones only ("M.P" "."; never a full stop after "MEP")
            while (
                k < len(doc)
                and k - i < 4
                and (doc[k].is_upper or (doc[k].text == "." and k > i and "." in doc[k - 1].text))
            ):
                k += 1
                if doc[k - 1].whitespace_:
                    break
            word = "".join(t.text for t in doc[i:k]).replace(".", "").lower()
            if k == i or not word:
                return None
            if word in self.seats:
                break
            if not (word in self.degrees or word in self.post_nominals) or k >= len(doc) or doc[k].text != ",":
                return None
            i = k
        else:
            return None
        q = k
        if q < len(doc) and doc[q].lower_ == "for":
            # the constituency ("MP for Eastbourne", "MLA for North Down"): capitalised words
            q += 1
            while q < len(doc) and q - k < 6 and (doc[q].is_title or doc[q].is_upper or doc[q].text in ("-", "&")):
                q += 1
        nxt = self._skip_space(doc, q)
        if nxt < len(doc):
            if any("\n" in t.text for t in doc[q:nxt]):
                if nxt in by_start:
                    return None  # a signature line: its office is the next line
            elif doc[nxt].text == ",":
                after = self._skip_space(doc, nxt + 1)
                lead = after
                while lead < len(doc) and doc[lead].lower_ in APPOSITION_LEAD:
                    lead = self._skip_space(doc, lead + 1)
                office = by_start.get(after) or by_start.get(lead)
                if office is not None and not self._before_others(doc, office):
                    # (an office before "and other …" is a list item of its own, no apposition)
                    return None
            elif (
                doc[nxt].text not in (";", ".", "(", ")", ":")
                and doc[nxt].lower_ not in self.seat_followers
                and not (doc[nxt].is_lower and is_verb_or_modal(doc[nxt]))
            ):
                # ("(" too: the party after the letters, "X MP (Labour)"; the clause's verb, "X MSP
                # chaired"; review 1, finding 7)
                return None
        # no organisation: the letters leave the parliament implicit, even MEP's and MSP's
        # (GOLD_FORMAT: null where implicit; review 1, finding 7)
        return Chunk(title=Span(doc, i, k, label=f"title:{word}"), start=i, end=k, text=doc[i:k].text)

    def _degrees_to_line_end(self, doc: Doc, i: int) -> int | None:
        """After a name, ", M.P", ", O.N., M.P.," up to the line's end: degrees and honours only
        (a letter's or a list's signature line); the first token of the next line, else None."""
        if i >= len(doc) or doc[i].text != ",":
            return None
        seen = False
        while i < len(doc) and doc[i].text == ",":
            j = k = i + 1
            while k < len(doc) and k - j < 5 and doc[k].text != "," and not doc[k].is_space:
                k += 1
            word = "".join(t.text for t in doc[j:k]).replace(".", "").lower()
            if k == j:
                break  # a trailing comma before the line break
            honour = word in self.post_nominals and all(t.is_upper or t.text == "." for t in doc[j:k])
            if not (word in self.degrees or honour):
                return None
            seen, i = True, k
        if not (seen and i < len(doc) and (doc[i].is_space or doc[i].text == ",")):
            return None
        if doc[i].text == ",":
            i += 1
        if not (i < len(doc) and doc[i].is_space and 1 <= doc[i].text.count("\n") <= 2):
            return None
        return self._skip_space(doc, i)

    def _before_others(self, doc: Doc, chunk: Chunk) -> bool:
        """Whether "and other(s)" follows the chunk: "…, the Clerk of the House and other staff"
        (past a complement the chunk left unread: "… of their Assembly and other staff")."""
        after = self._skip_space(doc, chunk.end)
        limit = after + 6
        while after < min(limit, len(doc)) and (
            doc[after].is_title or doc[after].lower_ in ("of", "the") or doc[after].lower_ in self.determiners
        ):
            after = self._skip_space(doc, after + 1)
        if after >= len(doc) or doc[after].lower_ != "and":
            return False
        nxt = self._skip_space(doc, after + 1)
        return nxt < len(doc) and doc[nxt].lower_ in ("other", "others")

    def _appositive_to(self, doc: Doc, name_end: int, chunk: Chunk) -> bool:
        """Whether `chunk` follows the name ending at `name_end` in apposition (", [the] chunk");
        class: a list that sets each name's office off by a spaced dash ("A – Director of X, B –
        Secretary of Y"): the office after A's dash is A's, never B's office before B's comma."""
        i = self._past_degrees(doc, self._past_aside(doc, self._skip_space(doc, name_end)))
        if i >= len(doc) or not (doc[i].text == "," or self._spaced_dash(doc, i)):
            return False
        i = self._past_style(doc, self._skip_space(doc, i + 1))
        while i < len(doc) and doc[i].lower_ in APPOSITION_LEAD:
            i = self._past_style(doc, self._skip_space(doc, i + 1))
        return i in (chunk.start, chunk.title.start)

    def _past_style(self, doc: Doc, i: int) -> int:
        """class: a style of address before an office in apposition ("X, Hon. Minister of
        Energy, …", "X, the Honourable Minister of …", "X, Hon'ble Minister of …"): past it
        (its full stop too) when an office follows; else i."""
        if i >= len(doc) or doc[i].lower_ not in self.office_styles:
            return i
        j = self._skip_space(doc, i + 1)
        if j < len(doc) and doc[j].text == ".":
            j = self._skip_space(doc, j + 1)
        return j if j < len(doc) and doc[j].is_title else i

    def _apposition(
        self,
        doc: Doc,
        end: int,
        by_start: dict[int, Chunk],
        taken: set[int],
        later: frozenset | set = frozenset(),
        orgs=None,
        titled: bool = False,
        start: int | None = None,
    ) -> list[Chunk]:
        """Chunks in apposition after the name: ', Title of Org, Title and Title of Org'. A chunk
        right before another name (or, in a list that gives titles first, a comma before it) is
        that name's (`taken`); so is one after "and" that a comma puts before a later name
        (`later`: "X, Vice President of A, and the Deputy Speaker, Hon. Y"). `titled`: the name
        has an office right before it."""
        # the name set off by commas on both sides ("…, X, the spokesman said"): an inserted
        # subject, its apposition closed by the verb
        inserted = start is not None and doc[self._prev(doc, self._honorific_start(doc, start))].text == ","
        out = self._appositions(doc, end, by_start, taken, later, orgs, inserted)
        if (
            titled
            and len(out) > 1
            and all(doc[self._prev(doc, c.start)].lower_ == "the" for c in out)
            and any(doc[self._prev(doc, self._prev(doc, c.start))].text == "," for c in out[1:])
        ):
            # class: offices of unnamed holders listed after a titled name ("World Bank
            # president X, the head of A, the head of B and the managing director of C"): each
            # "the" office, two or more of them in a comma list, is one more item of the list,
            # no apposition of X, who has his office before his name (silver7 class 10)
            return []
        return out

    def _appositions(self, doc: Doc, end: int, by_start, taken, later, orgs, inserted=False) -> list[Chunk]:
        """`_apposition`'s reading of the offices after the name's comma."""
        out: list[Chunk] = []
        line = self._degrees_to_line_end(doc, self._skip_space(doc, end))
        if line is not None:
            # "The Most Honourable X, O.N., M.P.,\n\nPrime Minister of A": a signature's name and
            # honours, its office the whole of the next line
            chunk = by_start.get(line)
            if chunk is not None and id(chunk) not in taken and chunk.start == chunk.title.start:
                if self._ends_line(doc, chunk.end):
                    out.append(chunk)
            return out
        i = self._past_degrees(doc, self._past_aside(doc, self._skip_space(doc, end)))
        if i < len(doc) and doc[i].text == ";":
            # "X; President of Y, …": a semicolon for the comma, before an office with its
            # complement that a punctuation mark closes (no other name after it)
            chunk = by_start.get(self._skip_space(doc, i + 1))
            if chunk is not None and id(chunk) not in taken and not chunk.bare:
                after = self._skip_space(doc, chunk.end)
                nxt = self._skip_space(doc, after + 1)
                # "…; Prime Minister of A, Honourable Dr X;" (or "Most Honourable X"): the office
                # is the next name's when an honorific or a person follows within a few words
                window = []
                for t in doc[nxt : min(len(doc), nxt + 4)]:
                    if t.text in (";", ".") or (t.is_space and "\n" in t.text):
                        break
                    window.append(t)
                owned = (
                    nxt < len(doc)
                    and doc[after].text == ","
                    and any(t.lower_.rstrip(".") in self.honorifics or t.ent_type_ == "PERSON" for t in window)
                )
                if after < len(doc) and doc[after].text in (",", ".", ";") and not owned:
                    out.append(chunk)
            return out
        if i < len(doc) and self._spaced_dash(doc, i):
            # "Dr X – Director of Y": a spaced dash for the apposition's comma (a speech's
            # salutations, a programme's list of speakers)
            pass
        elif i < len(doc) and doc[i].text != ",":
            # "Ato X Y Minister of Trade of Ethiopia": an office with its complement right after
            # the name, no comma between, when no other name takes it ("X the High Commissioner
            # of Y" too: an article before it)
            chunk = by_start.get(i)
            if chunk is None and doc[i].lower_ == "the" and self._glued_office(doc, end, by_start) is not None:
                i = self._skip_space(doc, i + 1)
                chunk = by_start.get(i)
            breaks = sum(t.text.count("\n") for t in doc[end:i] if t.is_space)
            if chunk is None or id(chunk) in taken or chunk.start != chunk.title.start:
                return out
            if breaks == 0 and not chunk.bare:
                out.append(chunk)
            elif breaks == 1 and i == self._skip_space(doc, end):
                # "H.E. Mr X\nMinister of Foreign Affairs of A": a name ending its line, its
                # office the whole of the next line (a list item, a speech's or a letter's header);
                # offices joined by "and" may fill that line ("Deputy Prime Minister and Minister
                # of Foreign Affairs of A"), a bare one sharing the next one's organisation
                line = [chunk]
                while not self._ends_line(doc, line[-1].end):
                    a = self._skip_space(doc, line[-1].end)
                    nxt = (
                        by_start.get(self._skip_space(doc, a + 1)) if a < len(doc) and doc[a].lower_ == "and" else None
                    )
                    if nxt is None or id(nxt) in taken or nxt.start != nxt.title.start or len(line) == 3:
                        return out
                    line.append(nxt)
                for first, second in zip(line, line[1:]):
                    if first.bare and not first.organisation:
                        first.organisation, first.org_kind = second.organisation, second.org_kind
                        first.country = second.country
                out.extend(line)
            return out
        if i >= len(doc):
            return out
        skipped = False
        first = i  # the comma right after the name
        while True:
            i = self._past_style(doc, self._skip_space(doc, i + 1))
            joined = False  # an "and" before the chunk
            # class: offices joined by "&" or a slash as by "and" ("X, Founder & CEO of Y",
            # "X, High Representative/Vice-President")
            while i < len(doc) and (doc[i].lower_ in APPOSITION_LEAD or doc[i].lower_ in ("and", "&", "/")):
                joined = joined or doc[i].lower_ in ("and", "&", "/")
                i = self._past_style(doc, self._skip_space(doc, i + 1))
                if (
                    i + 1 < len(doc)
                    and doc[i].lower_ in self.own_side
                    and doc[i + 1].text in S_POSSESSIVE
                    and doc[self._prev(doc, i)].lower_ != "and"
                ):
                    # "X, his nation's permanent representative at …": the side standing for
                    # the holder's own country before the office, after a lead word ("his",
                    # "the"), never right after the joining "and"
                    i = self._skip_space(doc, i + 2)
            chunk = by_start.get(i)
            p = self._prev(doc, i)
            if chunk is None and p >= 0 and doc[p].lower_ == "the":
                # "X, The Bahamas High Commissioner to Canada": the article is the country's own
                chunk = by_start.get(p)
            if chunk is None:
                # One apposition naming an organisation may stand between two offices:
                # "Director of the Institute, the Regional Centre for …, and President of …".
                if out and not skipped:
                    j = i
                    while j < len(doc) and (doc[j].is_title or doc[j].is_upper or doc[j].lower_ in INNER | PREPS):
                        j += 1
                    if i < j < len(doc) and doc[j].text == ",":
                        k = self._skip_space(doc, j + 1)
                        if k < len(doc) and doc[k].lower_ == "and":
                            skipped, i = True, k
                            continue
                break
            if id(chunk) in taken or (joined and id(chunk) in later):
                # class: "Defence Minister X, and the Minister of Justice, Y": an office after
                # "and" that a comma puts before a later name opens the list's next item, the
                # later name's, never X's apposition (right after X's comma too)
                break
            after = self._skip_space(doc, chunk.end)
            if self._before_others(doc, chunk):
                # class: "…, A, B, the Clerk of the Senate and other officials": an office before
                # "and other …" is one more item of the list, an unnamed holder, never the
                # apposition of the name before it
                break
            if (
                after < len(doc)
                and doc[after].tag_ in ("VBD", "VBZ", "VBP", "MD")
                and not out
                and chunk.bare
                and chunk.start != self._skip_space(doc, first + 1)
                # class: "…, X, the Prime Minister's press chief told MTI": a lower-case office
                # after a name set off by commas is its apposition, closed by the verb
                and not (inserted and chunk.title[0].is_lower)
            ):
                # "During the meeting with X, the President said …": the next clause's subject;
                # but "Mr X, Regional Director said …" (the office right after the name's comma,
                # no article) is X's apposition
                break
            if (
                out
                and doc[self._prev(doc, chunk.start)].lower_ in ("and", "&", "/")
                and not out[-1].organisation
                and out[-1].bare
            ):
                # "Ambassador and Permanent Representative of Uruguay": a bare office
                # coordinated with the next shares its organisation.
                out[-1].organisation, out[-1].org_kind = chunk.organisation, chunk.org_kind
                out[-1].country = chunk.country
            out.append(chunk)
            i = self._skip_space(doc, chunk.end)
            if chunk.bare and not chunk.organisation and i < len(doc) and _CAPITALS.fullmatch(doc[i].text):
                # "X, president ABC, said": a bare office and a body's acronym with no comma
                # between, the apposition closing after it
                nxt = self._skip_space(doc, i + 1)
                if nxt < len(doc) and doc[nxt].text in (",", ".", ";", ")"):
                    chunk.organisation, chunk.org_kind, chunk.country = doc[i].text, "org", ""
                    if orgs is not None and i in orgs and orgs[i][2] == i and orgs[i][3] == i + 1:
                        chunk.organisation, chunk.org_kind = orgs[i][0], orgs[i][1]
                        chunk.country = self._iso3(doc, i, i + 1) if orgs[i][1] == "country" else ""
                    i = nxt
            if (chunk.bare or not chunk.bodies) and not chunk.organisation and i < len(doc) and doc[i].text == ",":
                # (an office with a field and no body of its own too: "X, President of A and
                # Minister of Trade, Peru,": the lone country is the second office's)
                i = self._body_after_bare(doc, chunk, i, orgs)
            if i >= len(doc) or doc[i].text not in (",", "and", "&", "/"):
                break
        return out

    def _body_after_bare(self, doc: Doc, chunk: Chunk, comma: int, orgs) -> int:
        """Class: a country or a known body written alone in the next apposition after a bare
        office ("X, Trade Minister, Peru, spoke", "X, Rector, Y University and …"): the office's
        organisation. Returns where the apposition goes on (the comma itself when none)."""
        k = self._skip_space(doc, comma + 1)
        if orgs is None or k not in orgs or orgs[k][2] != k or orgs[k][1] not in ("org", "country"):
            return comma
        name, kind, s, e = orgs[k]
        if not chunk.bare and all(role_of(t) == "capital" for t in doc[s:e]):
            # "X, Director of Planning, Nairobi,": a capital after an office with a field is the
            # seat of the person or the institution, no country of the office
            return comma
        nxt = self._skip_space(doc, e)
        if nxt < len(doc) and doc[nxt].text not in (",", ";", ".", "and"):
            return comma
        after = self._skip_space(doc, nxt + 1)
        # "X, Ambassador, Peru, Chile and Bolivia": a list of bodies, none the office's; only
        # after a comma, for "and" right after the first body closes no list of three
        # ("X, Rector, Y University and Z Chair": the university is the office's)
        if nxt < len(doc) and doc[nxt].text == "," and after in orgs and orgs[after][2] == after:
            if orgs[after][1] in ("org", "country"):
                return comma
        chunk.organisation, chunk.org_kind = name, kind
        chunk.country = self._iso3(doc, s, e) if kind == "country" else ""
        return nxt

    @staticmethod
    def _spaced_dash(doc: Doc, i: int) -> bool:
        """Whether token i is a dash with a space on each side ("X – Y")."""
        return doc[i].text in DASHES and i > 0 and bool(doc[i - 1].whitespace_) and bool(doc[i].whitespace_)

    def _ends_line(self, doc: Doc, k: int) -> bool:
        """Whether nothing but a closing mark stands between token k and the line's end."""
        while k < len(doc) and doc[k].text in (".", ",", ";"):
            k += 1
        return k >= len(doc) or (doc[k].is_space and "\n" in doc[k].text)

    def _bracket_body(self, doc: Doc, k: int, orgs) -> tuple[str, str, str] | None:
        """The body that closes a bracket from k: a known organisation or country (its branch
        after a slash or its unit in lower case allowed: "UN Agency/ROA"), or one acronym alone."""
        if k in orgs:
            name, kind, s, e = orgs[k]
            if s != k:
                return None
            end = self._skip_space(doc, e)
            if end < len(doc) and doc[end].text == "/":
                end = self._skip_space(doc, end + 1)
                while end < len(doc) and doc[end].text != ")" and doc[end].is_upper and end - e < 5:
                    end = self._skip_space(doc, end + 1)
            # "(Director, UNDP regional programme)": the body's unit in lower case after it
            while end < len(doc) and doc[end].is_lower and doc[end].is_alpha and end - e < 3:
                end = self._skip_space(doc, end + 1)
            if end < len(doc) and doc[end].text == ")":
                return name, kind, self._iso3(doc, s, e) if kind == "country" else ""
            return None
        if k + 1 < len(doc) and _CAPITALS.fullmatch(doc[k].text) and doc[self._skip_space(doc, k + 1)].text == ")":
            return doc[k].text, "org", ""
        return None

    @staticmethod
    def _tail_closes(doc: Doc, k: int) -> bool:
        """At most five words from `k` up to a closing bracket: no comma, bracket, person or
        line break between ("… of the country)")."""
        for x in range(k + 1, min(k + 6, len(doc))):
            t = doc[x]
            if t.text == ")":
                return True
            if t.text in (",", ";", "(") or t.ent_type_ == "PERSON" or "\n" in t.text:
                return False
        return False

    def _parenthesis(self, doc: Doc, start: int, end: int, by_start, by_end, orgs=None):
        """'Mr X (current Chair)', 'the High Representative (Mr Y)'."""
        out = []
        i = self._skip_space(doc, end)
        if i < len(doc) and doc[i].text == "(":
            j = self._skip_space(doc, i + 1)
            while j < len(doc) and doc[j].lower_ in APPOSITION_LEAD:
                j += 1
            chunk = by_start.get(j)
            k = self._skip_space(doc, chunk.end) if chunk is not None else len(doc)
            if k < len(doc) and doc[k].text == ")":
                out.append(chunk)
            elif k < len(doc) and doc[k].lower_ in ("of", "in") and self._tail_closes(doc, k):
                # class: a complement's tail the office's span leaves out, up to the closing
                # bracket ("Ms X (President of the Board of the Fund in her second term)")
                out.append(chunk)
            elif k < len(doc) and doc[k].text == "," and not chunk.organisation and orgs is not None:
                # "Ms X (Regional Director, UN Agency)", "Mr Y (Co-director, ABC)": the office,
                # a comma and its body as the bracket's last words
                body = self._bracket_body(doc, self._skip_space(doc, k + 1), orgs)
                if body is not None:
                    chunk.organisation, chunk.org_kind, chunk.country = body
                    out.append(chunk)
        p = self._prev(doc, start)
        while p >= 0 and doc[p].lower_.rstrip(".") in self.honorifics:
            p = self._prev(doc, p)
        if p >= 0 and doc[p].text == "(":
            chunk = by_end.get(self._skip_space(doc, p))
            if chunk is None:
                q = self._prev(doc, p)
                chunk = by_end.get(self._skip_space(doc, q + 1)) if q >= 0 else None
            if chunk is not None:
                out.append(chunk)
        return out

    def _trailing_of(self, doc: Doc, end: int, chunks: list[Chunk], orgs) -> None:
        """'the Foreign Minister Elnur Mammadov of Azerbaijan': the organisation after the name."""
        i = self._skip_space(doc, end)
        if i + 2 < len(doc) and doc[i].text == "(":
            # class: "President X (Ghana), Prime Minister Y (Denmark)": a country alone in
            # brackets after the name is its office's, as "of Ghana" is (a body in brackets may
            # be the holder's affiliation only: left alone). Only for a country's own office
            # (`country_office`): after an international body's office ("Special Envoy X (Kenya)",
            # "Executive Director Y (Uganda)") the country is the holder's nationality (class:
            # nationality in brackets read as the office's organisation)
            j = i + 1
            if j in orgs and orgs[j][1] == "country" and orgs[j][2] == j and orgs[j][3] < len(doc):
                name, kind, s, e = orgs[j]
                if doc[e].text == ")":
                    for c in chunks:
                        words = f" {' '.join(t.lower_ for t in c.title)} "
                        if not c.organisation and any(f" {o} " in words for o in self.country_offices):
                            c.organisation, c.org_kind, c.country = name, kind, self._iso3(doc, s, e)
            return
        # class: "Deputy Minister X from A's Ministry of Trade", "Minister Y from B": the body or
        # country after "from" right after the name is the office's, as after "of"
        if i + 1 >= len(doc) or doc[i].lower_ not in ("of", "from"):
            return
        j = self._skip_space(doc, i + 1)
        if j < len(doc) and doc[j].lower_ == "the":
            j = self._skip_space(doc, j + 1)
        if doc[i].lower_ == "from" and j in orgs and orgs[j][1] == "country" and orgs[j][3] + 1 < len(doc):
            p = orgs[j][3]
            if doc[p].text in POSSESSIVE:
                # "from A's Ministry of Trade": the country's body is the office's
                q = self._skip_space(doc, p + 1)
                if q in orgs and orgs[q][1] == "org" and orgs[q][2] == q:
                    j = q
        if j in orgs:
            name, kind, s, e = orgs[j]
            for c in chunks:
                if not c.organisation:
                    c.organisation, c.org_kind = name, kind
                    c.country = self._iso3(doc, s, e) if kind == "country" else ""
        elif doc[i].lower_ == "of" and any(c.title[-1].lower_ in self.local_offices for c in chunks):
            # class (heldout32, heldout36): "Mayor X of <city>", "Governor Y of <province>": the
            # place after a local office's holder is the office's, as "the Mayor of <city>" is
            # (whatever the model labelled the place's capitalised words; no country)
            e = j
            while e < len(doc) and e - j < 3 and doc[e].is_alpha and doc[e].is_title and e not in orgs:
                e += 1
            if j < e and not any(country_of(t) for t in doc[j:e]) and not (e < len(doc) and doc[e].is_title):
                for c in chunks:
                    if not c.organisation and c.title[-1].lower_ in self.local_offices:
                        c.organisation, c.org_kind, c.country = doc[j:e].text, "org", ""

    def _carried_down(self, doc: Doc, chunk: Chunk, idx: int, mentions, tight_before, comma_before, orgs):
        """A singular office of a country before the first name of a ';' list whose next items
        are each "<name> of <country>" with no office of their own ("the President of A, X;
        Y of B; Z of C and W of D"): every item holds the same office for its own country. An
        item whose name the model missed (capitalised words before "of <country>") is passed
        over; the next items go on."""
        if chunk.plural or chunk.org_kind != "country":
            return []
        k = self._skip_space(doc, mentions[idx][1])
        if k >= len(doc) or doc[k].text != ";":
            return []  # the list opens with a semicolon after the first holder
        by_start = {m[0]: m for m in mentions[idx + 1 :]}
        out = []
        while k < len(doc) and doc[k].text in (";", ",", "and"):
            k = self._skip_space(doc, k + 1)
            if k < len(doc) and doc[k].lower_ == "and":
                k = self._skip_space(doc, k + 1)
            while k < len(doc) and (self._is_honorific(doc, k) or doc[k].text == "."):
                k = self._skip_space(doc, k + 1)
            m = by_start.get(k)
            if m is not None and (k in tight_before or k in comma_before):
                break
            if m is not None:
                me = m[1]
            else:
                me = k  # a name the model missed: its capitalised words, at most five
                while me < len(doc) and me - k < 5 and doc[me].is_title and doc[me].lower_ != "of":
                    me += 1
                if me == k or me - k == 5:
                    break
            j = self._skip_space(doc, me)
            if j >= len(doc) or doc[j].lower_ != "of":
                break
            j = self._skip_space(doc, j + 1)
            if j < len(doc) and doc[j].lower_ == "the":
                j = self._skip_space(doc, j + 1)
            if j not in orgs or orgs[j][1] != "country" or orgs[j][2] != j:
                break
            name, _, s, e = orgs[j]
            if m is not None:
                body = (name, "country", self._iso3(doc, s, e))
                out.append((m[2], Chunk(chunk.title, chunk.start, chunk.end, chunk.text, *body)))
            k = self._skip_space(doc, e)
        return out

    def _distributed(self, doc: Doc, chunk: Chunk, mentions, orgs):
        """A plural office whose countries or bodies each head their own name: "the Presidents
        of A, X; B, Y; and C, Z", "the ambassadors of A, X, and of B, Y" — each name holds the
        office for the country or body written before it. The first country may follow "from"
        ("Ministers from A, X; B, Y, and C, Z")."""
        by_start = {m[0]: m for m in mentions}
        k = self._skip_space(doc, chunk.end)
        if chunk.bodies and chunk.bodies[-1][1] in ("org", "country"):
            body = chunk.bodies[-1]
        elif not chunk.bodies and chunk.end == chunk.title.end and k < len(doc) and doc[k].lower_ == "from":
            j = self._skip_space(doc, k + 1)
            if j not in orgs and j < len(doc) and doc[j].lower_ == "the":
                j = self._skip_space(doc, j + 1)
            if j not in orgs or orgs[j][1] != "country":
                return []
            name, _, s, e = orgs[j]
            body = (name, "country", self._iso3(doc, s, e))
            k = self._skip_space(doc, e)
        else:
            return []
        out = []
        while True:
            if k >= len(doc) or doc[k].text != ",":
                break
            n = self._skip_space(doc, k + 1)
            while n < len(doc) and (self._is_honorific(doc, n) or doc[n].text == "."):
                n = self._skip_space(doc, n + 1)
            m = by_start.get(n)
            if m is None:
                break
            out.append((m[2], body))
            semicolon = self._skip_space(doc, m[1]) < len(doc) and doc[self._skip_space(doc, m[1])].text == ";"
            # the separator, then "[and] [of] [the] <country or body>, <name>"
            k = self._skip_space(doc, m[1])
            while k < len(doc) and doc[k].text in (",", ";"):
                k = self._skip_space(doc, k + 1)
            while k < len(doc) and doc[k].lower_ in ("and", "of", "the"):
                k = self._skip_space(doc, k + 1)
            j = k
            while j < len(doc) and j - k < 6 and j not in orgs and (doc[j].is_title or doc[j].lower_ == "of"):
                j += 1  # "the Plurinational State of" + a country
            if j not in orgs or orgs[j][1] not in ("org", "country") or (j > k and orgs[j][1] != "country"):
                break
            name, kind, s, e = orgs[j]
            body = (name, kind, self._iso3(doc, s, e) if kind == "country" else "")
            k = self._skip_space(doc, e)
        if len(out) < 2 and not (out and semicolon):
            return []  # one name: a distributed list only where a ";" goes on to the next item
        return [
            (person, Chunk(chunk.title, chunk.start, chunk.end, chunk.text, b[0], b[1], b[2], True), "plural")
            for person, b in out
        ]

    def _past_list_joint(self, doc: Doc, k: int) -> tuple[int, int]:
        """From token k, past a list's joint (",", "and", ", and": two at most): the next token
        and how many joint words were passed (0: no list goes on here)."""
        seps = 0
        while k < len(doc) and doc[k].text in (",", "and") and seps < 2:
            k, seps = self._skip_space(doc, k + 1), seps + 1
        return k, seps

    def _names_then_countries(self, doc: Doc, chunk: Chunk, mentions, orgs):
        """class: a bare plural office before names joined by "and", then "of" and as many
        countries, closed by "respectively" ("Ministers A and B of X and Y respectively",
        "Envoys A, B and C, of X, Y and Z, respectively"): each name holds the office for the
        country written in its place."""
        if chunk.bodies or not chunk.bare or "respectively" not in text_of(doc):
            return []
        by_start = {m[0]: m for m in mentions}
        names, k = [], self._skip_space(doc, chunk.end)
        while True:
            while k < len(doc) and (self._is_honorific(doc, k) or doc[k].text == "."):
                k = self._skip_space(doc, k + 1)
            m = by_start.get(k)
            if m is None:
                break
            names.append(m[2])
            k, seps = self._past_list_joint(doc, self._skip_space(doc, m[1]))
            if not seps:
                break
        if len(names) < 2 or k >= len(doc) or doc[k].lower_ != "of":
            return []
        countries, k = [], self._skip_space(doc, k + 1)
        while True:
            found = self._country_at(doc, k, orgs)
            if found is None:
                break
            countries.append(found[0])
            k, seps = self._past_list_joint(doc, self._skip_space(doc, found[1]))
            if not seps:
                break
        if len(countries) != len(names) or k >= len(doc) or doc[k].lower_ != "respectively":
            return []
        return [
            (person, Chunk(chunk.title, chunk.start, chunk.end, chunk.text, *c, True), "plural")
            for person, c in zip(names, countries)
        ]

    def _plural(self, doc: Doc, chunk: Chunk, mentions, orgs):
        """A plural office before a list of names: each holds it, paired in order with the
        bodies where they are as many as the names."""
        i = self._skip_space(doc, chunk.end)
        # class: "the Presidents of A, B and C, X, Y and Z": the countries the complement
        # coordinates, read past where it stopped, are paired in order with the names
        countries = [b for b in chunk.bodies if b[1] == "country"]
        if countries and len(countries) == len(chunk.bodies):
            while i < len(doc) and doc[i].text in (",", "and"):
                n = self._skip_space(doc, i + 1)
                if doc[i].text == "," and n < len(doc) and doc[n].lower_ == "and":
                    n = self._skip_space(doc, n + 1)
                found = self._country_at(doc, n, orgs)
                if found is None:
                    break
                countries.append(found[0])
                i = self._skip_space(doc, found[1])
        if (
            i + 2 < len(doc)
            and doc[i].text == "("
            and doc[i + 2].text == ")"
            and (doc[i + 1].is_upper or (doc[i + 1].text.endswith("s") and doc[i + 1].text[:-1].isupper()))
        ):
            i = self._skip_space(doc, i + 3)  # "Members of Parliament (MPs) X, Y": past the acronym
        if i >= len(doc):
            return []
        # "Parliamentary speakers X of Estonia and Y of Latvia": no comma, each name with its country
        # class: the list set off by a spaced dash ("the forum's co-chairs – A and B – said")
        comma = doc[i].text in (",", ":") or (doc[i].text in ("–", "—") and doc[i - 1].whitespace_ != "")
        names, own, k = [], [], self._skip_space(doc, i + 1) if comma else i
        colon = self._skip_space(doc, i + 1)
        if not comma and doc[i].is_lower and doc[i].is_alpha and colon < len(doc) and doc[colon].text == ":":
            # "these Ministers attended: A (B), C (D)": one lower-case verb and a colon before the list
            comma, k = True, self._skip_space(doc, colon + 1)
        if k < len(doc) and doc[k].lower_ in self.list_copulas and (comma or doc[k - 1].is_space):
            # "acting as Ministers of X, were A, of B; C, of D": a copula before the list
            comma, k = True, self._skip_space(doc, k + 1)
            if k < len(doc) and doc[k].text == ":":
                k = self._skip_space(doc, k + 1)
        elif not comma and self._prev(doc, chunk.start) >= 0 and doc[self._prev(doc, chunk.start)].lower_ == "the":
            # class: "The delegates travelling with X to Y will comprise A, B and C": the plural
            # office as the subject, a short clause with no punctuation, then a list verb
            j, end = i, min(len(doc), i + 14, sentence_bounds(doc, chunk.start)[1])
            while j < end and not doc[j].is_punct and doc[j].lower_ not in self.list_copulas:
                j += 1
            if i < j < end and doc[j].lower_ in self.list_copulas:
                comma, k = True, self._skip_space(doc, j + 1)
        of_items = bracket_items = False
        # class: "The three Vice-Chairs are: A, Minister of B; C, Minister of D; and E, …": a list
        # opened by a verb and a colon whose items are closed by semicolons (a bare heading,
        # "Speakers: A - …; B - …", names no office)
        colon_list = any(
            doc[j].text == ":" and doc[self._prev(doc, j)].is_lower and doc[self._prev(doc, j)].is_alpha
            for j in range(chunk.end, min(k, len(doc)))
        )
        # class: an office written as a name's honorific ("Ambassador", "President") that the
        # first name of the list lacks ends the list: "the Ministers of Trade A, B and Ambassador
        # C" (C is no minister); one before every name ("Ambassador A, Ambassador B") is each one's
        # (the offices' bounds only: no Span nor Token made for each; speed, #18)
        office_words = {i for s, e, _ in (self.offices.found(doc) if self.offices else []) for i in range(s, e)}
        first_gap: set[str] | None = None
        # class: a plural office right before two names joined by "and", no comma and no country
        # of their own ("Foreign Ministers A and B attended"): both hold it
        joined = False
        for ms, me, person in mentions:
            if ms < k:
                continue
            gap = doc[k:ms]
            if colon_list and names and any(t.text == ";" for t in gap):
                # class: "are: A, Minister of B; C, Minister of D; and E": an item's apposition
                # ends at its semicolon, the next item's name after it
                gap = doc[max(t.i for t in gap if t.text == ";") + 1 : ms]
            if first_gap is None:
                first_gap = {t.lower_ for t in gap if t.i in office_words}
            elif any(t.i in office_words and t.lower_ not in first_gap for t in gap):
                break
            if any(
                not (
                    t.is_space
                    or t.lower_.rstrip(".") in self.honorifics
                    or t.text in (",", ";", "and", ".")
                    or (colon_list and t.lower_ == "the")  # "…; and The Hon. E, …"
                )
                for t in gap
            ) and not (
                # "A, of B; C D, of E; F, of G": an item whose name was not found, or a given
                # name the name lacks, is passed over in a list of ", of <country>" items (or
                # of "Name (Country)" items)
                (of_items or bracket_items)
                and all(
                    t.is_space or t.is_title or t.is_upper or t.text in (",", ";") or t.lower_ in ("of", "the", "and")
                    for t in gap
                )
            ):
                break
            if not comma and names and not own[-1] and not (joined and len(names) == 1):
                break
            names.append(person)
            k = self._skip_space(doc, me)
            country = None
            if comma and k + 2 < len(doc) and doc[k].text == "," and doc[self._skip_space(doc, k + 1)].lower_ == "of":
                # "…, were A, of B; C, of the D": each name's country after a comma and "of"
                j = self._skip_space(doc, self._skip_space(doc, k + 1) + 1)
                if j < len(doc) and j not in orgs and doc[j].lower_ == "the":
                    j = self._skip_space(doc, j + 1)
                if j in orgs and orgs[j][1] == "country":
                    name, _, s, e = orgs[j]
                    country = (name, "country", self._iso3(doc, s, e))
                    k, of_items = self._skip_space(doc, e), True
            if country is not None:
                pass
            elif k + 1 < len(doc) and doc[k].lower_ == "of" and self._country_at(doc, k + 1, orgs) is not None:
                # "Vice Foreign Ministers Mr. A of B, Mrs. C of the D Republic": each name's
                # country after "of", "the" before a country's formal name included
                country, e = self._country_at(doc, k + 1, orgs)
                k = self._skip_space(doc, e)
            elif k + 1 < len(doc) and doc[k].lower_ == "of" and self._org_at(doc, k + 1, orgs) is not None:
                # class: "the two co-chairs, A of the B Network and C of D": each name's
                # organisation after "of", as a country is
                country, e = self._org_at(doc, k + 1, orgs)
                k = self._skip_space(doc, e)
            elif (
                k + 1 < len(doc)
                and doc[k].text == "("
                and k + 1 in orgs
                and orgs[k + 1][1] in ("country", "org")
                and orgs[k + 1][3] < len(doc)
                and doc[orgs[k + 1][3]].text == ")"
            ):
                # "Foreign ministers X (A), Y (B) and Z (C)": the country in brackets after each
                # name; class: a body in the brackets instead ("Envoys X (A), Y (the B Union)") is
                # that item's organisation
                name, kind, s, e = orgs[k + 1]
                country = (name, kind, self._iso3(doc, s, e) if kind == "country" else "")
                k, bracket_items = self._skip_space(doc, e + 1), True
            own.append(country)
            if not comma and country is None and len(names) == 1 and k < len(doc) and doc[k].text == ",":
                # "MPs Dr X, Y, Z": the plural office right before a comma list of names
                comma = True
                k = self._skip_space(doc, k + 1)
                own.pop()
                continue
            if not comma and country is None:
                if len(names) == 1 and k < len(doc) and doc[k].lower_ == "and":
                    joined = True
                    continue
                break
        if len(names) < 2:
            return []
        pair = self._prefixed_pair(doc, chunk, orgs) if len(names) == 2 and not any(own) else None
        if pair is not None:
            return [
                (person, Chunk(chunk.title, chunk.start, chunk.end, chunk.text, *body, True), "plural")
                for person, body in zip(names, pair)
            ]
        if joined and not any(own):
            names = names[:2]
            # "On behalf of A and B, Foreign Ministers X and Y, respectively, …": the two
            # countries the sentence names before the office, paired in order
            j = self._skip_space(doc, k)
            if j < len(doc) and doc[j].text == ",":
                j = self._skip_space(doc, j + 1)
            sent = sentence_span(doc, chunk.start)
            before = [
                (v[0], self._iso3(doc, v[2], v[3]))
                for a, v in sorted(orgs.items())
                if sent.start <= a and v[3] <= chunk.start and v[1] == "country"
            ]
            respectively = j < len(doc) and doc[j].lower_ == "respectively"
            a = self._prev(doc, chunk.start)
            b = self._prev(doc, a) if a >= 0 and doc[a].lower_ == "and" else -1
            if chunk.prefixed and chunk.org_kind == "country" and b >= 0:
                # "Kenyan and Ugandan Foreign Ministers X and Y": the two countries written before
                # the office, joined by "and", pair in order with the names
                first = next((v for v in orgs.values() if v[3] == b + 1 and v[1] == "country"), None)
                if first is not None:
                    before = [(first[0], self._iso3(doc, first[2], first[3])), (chunk.organisation, chunk.country)]
                    respectively = True
            if respectively and len(before) == 2 and before[0][0] != before[1][0]:
                return [
                    (person, Chunk(chunk.title, chunk.start, chunk.end, chunk.text, c, "country", iso, True), "plural")
                    for person, (c, iso) in zip(names, before)
                ]
            return [(person, chunk, "plural") for person in names]
        if of_items:
            return [
                (person, Chunk(chunk.title, chunk.start, chunk.end, chunk.text, *(c or ("", "", "")), True), "plural")
                for person, c in zip(names, own)
            ]
        if not comma or all(own):
            if not all(own):
                return []
            return [
                (person, Chunk(chunk.title, chunk.start, chunk.end, chunk.text, c[0], c[1], c[2], True), "plural")
                for person, c in zip(names, own)
            ]
        if len(countries) == len(names) and comma:
            return [
                (person, Chunk(chunk.title, chunk.start, chunk.end, chunk.text, *c, True), "plural")
                for person, c in zip(names, countries)
            ]
        bodies = [b for b in chunk.bodies if b[1] in ("org", "body")]
        if len(bodies) == 1 and len(names) > 1:
            # "the Senate and the Chamber of Deputies": one span naming as many bodies as names.
            parts = _coordinated(bodies[0][0])
            if len(parts) == len(names):
                bodies = [(p, "body", "") for p in parts]
        if len(bodies) < len(names):
            # The complement coordinates as many bodies as there are names, some of them no
            # organisation row on their own ("the Senate and the Chamber of Deputies of X"):
            # each name takes its body, as an organisation row where one names it.
            parts = self._coordinated_parts(doc, chunk.title.end, chunk.end)
            if parts and parts[0].lower().startswith("of "):
                parts[0] = _coordinated(parts[0][3:])[0]
            if len(parts) == len(names):
                known = {b[0]: b for b in bodies}
                bodies = [next((b for name, b in known.items() if part in name), (part, "body", "")) for part in parts]
        out = []
        for n, person in enumerate(names):
            c = chunk
            if len(bodies) == len(names):
                c = Chunk(
                    chunk.title, chunk.start, chunk.end, chunk.text, bodies[n][0], bodies[n][1], bodies[n][2], True
                )
            out.append((person, c, "plural"))
        return out

    @staticmethod
    def _coordinated_parts(doc: Doc, a: int, b: int) -> list[str]:
        """`_coordinated` over doc[a:b], where an "and" inside a country's name ("Trinidad and
        Tobago", "Bosnia and Herzegovina") joins no two parts (class: a body's country cut in two)."""
        text = text_of(doc)
        parts, start = [], a
        for t in doc[a:b]:
            if t.text == "," or (t.lower_ == "and" and not (t.i > a and country_of(doc[t.i - 1]) and country_of(t))):
                if start < t.i:
                    parts.append(squash(text[doc[start].idx : doc[t.i - 1].idx + len(doc[t.i - 1])]))
                start = t.i + 1
        if start < b:
            parts.append(squash(text[doc[start].idx : doc[b - 1].idx + len(doc[b - 1])]))
        parts = [p for p in parts if p]
        return [p[4:] if p.lower().startswith("the ") else p for p in parts]

    def _country_at(self, doc: Doc, j: int, orgs) -> tuple[tuple[str, str, str], int] | None:
        """The country (name, "country", iso3) written at `j`, past a "the" the country's span
        does not hold ("of the Dominican Republic"), and the index after it."""
        if j < len(doc) and j not in orgs and doc[j].lower_ == "the":
            j = self._skip_space(doc, j + 1)
        if j not in orgs or orgs[j][1] != "country":
            return None
        name, _, s, e = orgs[j]
        return (name, "country", self._iso3(doc, s, e)), e

    def _prefixed_pair(self, doc: Doc, chunk: Chunk, orgs) -> list[tuple[str, str, str]] | None:
        """class: two organisations joined by "and" written before a plural office ("the A
        Network and B Forum co-chairs – X and Y"): the first body is the first name's, the
        body right before the office the second's (a country pair is read in `_plural`)."""
        if not (chunk.prefixed and chunk.org_kind == "org" and chunk.organisation):
            return None
        a = self._prev(doc, chunk.start)
        if a < 1 or doc[a].lower_ not in ("and", "&"):
            return None
        b = self._prev(doc, a)
        first = next((v for v in orgs.values() if v[3] == b + 1 and v[1] == "org"), None)
        if first is None or first[0] == chunk.organisation:
            return None
        return [(first[0], "org", ""), (chunk.organisation, "org", "")]

    def _org_at(self, doc: Doc, j: int, orgs) -> tuple[tuple[str, str, str], int] | None:
        """The organisation (name, "org", "") whose span starts at `j`, past a "the" its span
        does not hold, and the index after it."""
        if j < len(doc) and j not in orgs and doc[j].lower_ == "the":
            j = self._skip_space(doc, j + 1)
        if j not in orgs or orgs[j][1] != "org" or orgs[j][2] != j:
            return None
        name, _, _, e = orgs[j]
        return (name, "org", ""), e

    def _respectively(self, doc: Doc, free: list[Chunk], mentions) -> list[tuple[dict, Chunk]]:
        """ "… chose A, the President of X, and B as Chair and Deputy Chair of the Council
        respectively": offices joined by commas and "and" after "as", closed by
        "respectively", pair in order with the last as many names of the sentence before "as";
        offices that name no organisation share the last one's."""
        if "respectively" not in text_of(doc):
            return []
        free = sorted((c for c in free if not c.plural), key=lambda c: c.start)
        starts = {c.start: c for c in free} | {c.title.start: c for c in free}
        out = []
        for chunk in free:
            p = self._prev(doc, chunk.start)
            if p >= 0 and doc[p].lower_ == "the":
                p = self._prev(doc, p)
            if p < 0 or doc[p].lower_ != "as":
                continue
            chain, k = [chunk], chunk.end
            while True:
                j = self._skip_space(doc, k)
                while j < len(doc) and doc[j].lower_ in (",", "and", "the"):
                    j = self._skip_space(doc, j + 1)
                if j == self._skip_space(doc, k) or j not in starts:
                    break
                chain.append(starts[j])
                k = starts[j].end
            # the rest of a long body's name the complement left ("of the Organ on Politics,
            # Defence and Security") may stand before "respectively"; no finite verb (the pipeline
            # runs the tagger only: read its tags, `pos_` is never set)
            j, limit = self._skip_space(doc, k), min(k + 12, sentence_bounds(doc, p)[1])
            while j < limit and doc[j].lower_ != "respectively" and doc[j].tag_ not in ("VBD", "VBZ", "VBP", "MD"):
                j += 1
            if len(chain) < 2 or j >= limit or doc[j].lower_ != "respectively":
                continue
            sent_start = sentence_bounds(doc, p)[0]
            names: list[dict] = []
            for ms, me, person in mentions:
                if sent_start <= ms and me <= p and (not names or names[-1] is not person):
                    names.append(person)
            if len(names) < len(chain):
                continue
            last = chain[-1]
            for c in chain[:-1]:
                if not c.organisation and c.bare:
                    c.organisation, c.org_kind, c.country = last.organisation, last.org_kind, last.country
            out += list(zip(names[-len(chain) :], chain))
        return out

    def _predicate(self, doc: Doc, chunk: Chunk, mentions):
        """'X … was appointed Chairman', 'X … in her capacity as Minister of …': the nearest name
        before, in the same sentence; 'The Chairperson was Mrs X.': the name after the copula."""
        owner = self._named_after_copula(doc, chunk, mentions)
        if owner is not None:
            return owner
        p = self._prev(doc, chunk.start)
        while p >= 0 and doc[p].lower_ in TERM_WORDS and doc[p].is_lower:
            p = self._prev(doc, p)  # "was elected as the new Chair of …": a term word before the office
        if p >= 0 and doc[p].lower_ in ("the", "a", "an"):
            # "as the Chair of …", "as a Co-Chair of …" (one of several)
            p = self._prev(doc, p)
        if p >= 0 and doc[p].lower_ == "of" and doc[self._prev(doc, p)].lower_ in self.held_posts:
            # class: "X, who holds the post of Minister of …", "X holds the office of foreign
            # minister": a verb of holding, a noun of a post, its "of"; the verb's subject holds it
            v = self._prev(doc, self._prev(doc, p))
            if v >= 0 and doc[v].lower_ in ("the", "a", "his", "her"):
                v = self._prev(doc, v)
            if v >= 0 and doc[v].lower_ in self.hold_verbs:
                owner = self._verb_subject(doc, v, mentions)
                if owner is not None:
                    return owner
        if p >= 0 and doc[p].lower_ == "as":
            p2 = self._prev(doc, p)
            ok = p2 >= 0 and (doc[p2].lower_ in self.appointment_verbs or doc[p2].lower_ == "capacity")
            if not ok and p2 > 0 and doc[p2].text == ",":
                # "X, as Chair of Y, opened …": the office after "as" in the name's apposition
                owner = next((m[2] for m in mentions if self._skip_space(doc, m[1]) == p2), None)
                if owner is not None:
                    return owner
            if not ok and p2 >= 0:
                owner = self._as_office(doc, p2, mentions)
                if owner is not None:
                    return owner
        else:
            ok = p >= 0 and doc[p].lower_ in self.appointment_verbs
            if ok:
                d = self._prev(doc, p)
                while d >= 0 and doc[d].lower_ in self.recency:
                    d = self._prev(doc, d)
                if d >= 0 and doc[d].lower_ in self.determiners:
                    # "X will meet the newly elected Chair of Y": the participle describes an
                    # unnamed holder, no predicate of the sentence's subject; in the name's
                    # apposition ("X, the newly elected Chair of Y,") or after a copula ("X was
                    # the newly elected Chair of Y") the name before is the holder
                    b = self._prev(doc, d)
                    if b < 0 or not (doc[b].text == "," or doc[b].lemma_ == "be" or doc[b].lower_ in self.copulas):
                        return None
        if not ok and p >= 0:
            # "X, who is also the Chair of …": the name before the relative clause.
            q = p
            while q >= 0 and doc[q].lower_ in self.time_adverbs:
                q = self._prev(doc, q)
            if q >= 0 and doc[q].lower_ in ("is", "was", "serves", "served"):
                w = self._prev(doc, q)
                c = self._prev(doc, w) if w >= 0 and doc[w].lower_ == "who" else -1
                if c >= 0 and doc[c].text == ",":
                    owner = next((m[2] for m in mentions if self._skip_space(doc, m[1]) == c), None)
                    if owner is None:
                        owner = self._past_apposition(doc, c, mentions)
                    return owner
                if c >= 0:
                    # class: "X who is currently the Chair of …": the relative clause with no
                    # comma, right after the name
                    owner = next((m[2] for m in mentions if m[1] - 1 == c), None)
                    if owner is not None:
                        return owner
        if not ok and p >= 0:
            # "X was Chairman of …": the name right before the verb is its subject; an adverb
            # of time between the verb and the office too ("X is also the Director of …")
            q = p
            while q >= 0 and doc[q].lower_ in self.time_adverbs:
                q = self._prev(doc, q)
            if q >= 0 and doc[q].lower_ in self.copulas:
                owner = next((m[2] for m in mentions if self._skip_space(doc, m[1]) == q), None)
                c = self._prev(doc, q)
                if owner is None and c >= 0 and doc[c].text == ",":
                    owner = self._before_relative(doc, c, mentions)
                return owner
        if not ok:
            return None
        sent_start = sentence_bounds(doc, chunk.start)[0]
        before = [m for m in mentions if sent_start <= m[0] and m[1] <= p]
        return before[-1][2] if before else None

    def _before_relative(self, doc: Doc, comma: int, mentions):
        """class (heldout35): "X, who landed in Y on Monday, is the new Chair of …": the name
        before the relative clause that the comma closes (no other name, "who" or comma in it,
        in the sentence) is the copula's subject."""
        q = self._prev(doc, comma)
        start = sentence_bounds(doc, comma)[0]
        while q > start and comma - q <= 25 and doc[q].lower_ != "who":
            if doc[q].text in (",", ";") or doc[q].ent_type_ == "PERSON":
                return None
            q = self._prev(doc, q)
        c = self._prev(doc, q)
        if q <= start or doc[q].lower_ != "who" or c < 0 or doc[c].text != ",":
            return None
        return next((m[2] for m in mentions if self._skip_space(doc, m[1]) == c), None)

    def _past_apposition(self, doc: Doc, comma: int, mentions):
        """class (heldout32): "X, an economist, who also leads the …" / "X, a lawyer, who is now the
        Chair of …": the name
        before a short apposition (no verb, no other name, up to eight words between commas)
        that the relative clause follows."""
        q = self._prev(doc, comma)
        while q >= 0 and comma - q <= 8 and doc[q].text != ",":
            if doc[q].tag_.startswith("VB") or doc[q].ent_type_ == "PERSON" or doc[q].lower_ in self.relative_pronouns:
                return None
            q = self._prev(doc, q)
        if q < 0 or doc[q].text != "," or q == self._prev(doc, comma):
            return None
        return next((m[2] for m in mentions if self._skip_space(doc, m[1]) == q), None)

    def _named_after_copula(self, doc: Doc, chunk: Chunk, mentions):
        """class: an office opening its sentence whose holder the copula names, the name closing
        the sentence ("The Chairperson was Mrs X.", "The Moderator of the session is Dr Y."). Not
        where the sentence goes on after the name ("The Chairperson was Mrs X's guest"), nor an
        office inside the sentence ("He said the Chairperson was Mrs X" has a subject before)."""
        sent = sentence_span(doc, chunk.start)
        first = sent.start
        while first < chunk.start and (doc[first].is_space or doc[first].lower_ == "the"):
            first += 1
        if first != chunk.start:
            return None
        k = self._skip_space(doc, chunk.end)
        if k >= len(doc) or doc[k].lower_ not in ("is", "was"):
            return None
        nxt = self._skip_space(doc, k + 1)
        for ms, me, person in mentions:
            if ms < nxt or self._honorific_start(doc, ms) != nxt:
                continue
            end = self._skip_space(doc, me)
            if (
                end >= len(doc)
                or end >= sent.end
                or doc[end].text in (".", ";", "!")
                or "\n" in doc[me - 1].whitespace_
            ):
                return person
            return None
        return None

    def _inside_phrase(self, doc: Doc, ms: int) -> bool:
        """The name starting at `ms`, past its honorifics, ranks and an office written before
        it, follows a preposition: it completes another noun's phrase ("the spokesperson of
        Ambassador X", "an adviser to Foreign Minister Y"), heading no clause."""
        office_starts = {o.end: o.start for o in (self.offices(doc) if self.offices else [])}
        b = self._prev(doc, ms)
        while b >= 0:
            if b + 1 in office_starts and office_starts[b + 1] <= b:
                b = self._prev(doc, office_starts[b + 1])
            elif doc[b].lower_.rstrip(".") in self.honorifics or doc[b].is_title and doc[b].lower_ in self.ranks:
                b = self._prev(doc, b)
            else:
                break
        return b >= 0 and doc[b].lower_ in ("of", "to", "for")

    def _as_office(self, doc: Doc, p: int, mentions):
        """The office after "as" whose holder stands before it without a verb of appointment
        right before "as": "the election of (General) X as President of …", "elected X as
        Chair" (the name right before "as", an appointment's verb or noun before the name), and
        "X, the Minister of … who is to serve as Chair of …" (the name before the relative
        clause, an apposition between)."""
        if doc[p].lower_ in self.speech_nouns:
            # class: a speech made in an office ("X, President of A, in his acceptance speech as
            # the Chair of Y", "X … in her inaugural address as President"): the possessive
            # pronoun's name, the nearest before it with no verb, relative pronoun or other name
            # between (an apposition may stand between)
            w = self._prev(doc, p)
            while (
                w >= 0
                and p - w <= 3
                and doc[w].is_lower
                and doc[w].is_alpha
                and doc[w].lower_ not in self.holder_pronouns
            ):
                w = self._prev(doc, w)
            if w < 0 or doc[w].lower_ not in self.holder_pronouns:
                return None
            sent_start = sentence_bounds(doc, w)[0]
            before = [m for m in mentions if sent_start <= m[0] and m[1] <= w]
            if not before:
                return None
            between = doc[before[-1][1] : w]
            if any(t.tag_.startswith("VB") or t.lower_ in self.relative_pronouns for t in between):
                return None
            return before[-1][2]
        if doc[p].lower_ in self.appointment_nouns:
            # class: "X's appointment as Chair of Y", "X … handed in her resignation as Y": the
            # name the noun's possessive names, or the sentence's name before a possessive pronoun
            w = self._prev(doc, p)
            if w >= 0 and doc[w].lower_ in POSSESSIVE:
                return next((m[2] for m in mentions if m[1] == w), None)
            if w >= 0 and doc[w].lower_ in self.holder_pronouns:
                # the pronoun's antecedent is the clause's subject: the nearest name before it,
                # with no relative clause, apposition or other noun between ("the minister, who
                # announced his resignation as …" names the minister, not a name before)
                sent_start = sentence_bounds(doc, w)[0]
                before = [m for m in mentions if sent_start <= m[0] and m[1] <= w]
                if not before:
                    return None
                between = doc[before[-1][1] : w]
                if any(
                    t.text == "," or t.lower_ in self.relative_pronouns or (t.tag_ in ("NN", "NNS") and not t.ent_type_)
                    for t in between
                ):
                    return None
                return before[-1][2]
            return None
        if doc[p].text == ",":
            # class: "appointed X, a lawyer from Y, as the new Chair of Z": the name before an
            # apposition set off by commas, an appointment's verb before the name
            sent_start = sentence_bounds(doc, p)[0]
            for m in reversed([m for m in mentions if sent_start <= m[0] and m[1] <= p]):
                c = self._skip_space(doc, m[1])
                if c >= p or doc[c].text != "," or any(t.tag_.startswith("VB") for t in doc[c:p]):
                    return None
                p = c
                break
            else:
                return None
        mention = next((m for m in mentions if m[1] - 1 == p or (doc[p].text == "," and m[1] == p)), None)
        if mention is not None:
            b = self._prev(doc, mention[0])
            if b > 0 and doc[b].lower_ in S_POSSESSIVE and country_of(doc[self._prev(doc, b)]):
                b = self._prev(doc, self._prev(doc, b))  # "the election of A's X as …": X's country first
            while b >= 0 and (
                doc[b].lower_.rstrip(".") in self.honorifics or doc[b].is_title and doc[b].lower_ in self.ranks
            ):
                b = self._prev(doc, b)
            if b >= 0 and doc[b].text == ",":
                # class: the name after its office and a comma ("the role of the President, X, as
                # Co-Chair of …"): past the office's capitalised words back to the noun's "of"
                c = self._prev(doc, b)
                while c >= 0 and b - c < 8 and (doc[c].is_title or doc[c].lower_ in ("the", "of")):
                    n = self._prev(doc, c)
                    if doc[c].lower_ == "of" and n >= 0 and doc[n].lower_ in self.appointment_nouns:
                        b = c
                        break
                    c = n
            if b >= 0 and doc[b].lower_ == "of":
                b = self._prev(doc, b)
                return mention[2] if b >= 0 and doc[b].lower_ in self.appointment_nouns else None
            return mention[2] if b >= 0 and doc[b].lower_ in self.appointment_verbs else None
        if doc[p].lower_ not in self.serve_verbs:
            return None
        return self._verb_subject(doc, p, mentions)

    def _verb_subject(self, doc: Doc, p: int, mentions):
        """The holder named as the subject of the verb at p (a verb of serving or of holding an
        office): the name right before it ("X serves as …"), before its participle clause ("X,
        speaking as …") or before a relative "who" ("X, the Minister of …, who will serve as …")."""
        w = self._prev(doc, p)
        while w >= 0 and (
            # (heldout36) the present perfect's "has"/"have" too: "X, who has served as the Y since …"
            doc[w].lower_ in ("will", "would", "shall", "is", "was", "to", "has", "have")
            or doc[w].lower_ in self.time_adverbs
        ):
            w = self._prev(doc, w)
        subject = next((m for m in mentions if m[1] - 1 == w), None) if w >= 0 else None
        if subject is not None and self._inside_phrase(doc, subject[0]):
            # "An adviser to Minister X will act as Chair": X only completes the unnamed
            # subject's phrase ("to"/"of"/"for" + honorific before the name), no holder
            return None
        if subject is not None:
            # class: a name that is the subject of the serve verb ("X serves as the Director of
            # Y", "X will also act as Chair"): the holder
            return subject[2]
        if w >= 0 and doc[w].text == "," and doc[p].tag_ == "VBG":
            # class: a participle clause set off by a comma after the name ("X, speaking as the
            # Chair of Y, …", "X of A, acting as Coordinator, …"): the name's office
            c = self._prev(doc, w)
            holder = next((m for m in mentions if m[1] - 1 == c), None)
            if holder is None:
                # past the name's trailing "of <country>" ("Ambassador X of A, speaking as …")
                j = c
                while j >= 0 and country_of(doc[j]):
                    j = self._prev(doc, j)
                if j < c and j >= 0 and doc[j].lower_ == "the":
                    j = self._prev(doc, j)
                if j < c and j >= 0 and doc[j].lower_ == "of":
                    holder = next((m for m in mentions if m[1] - 1 == self._prev(doc, j)), None)
            if holder is None:
                return None
            lead = doc[sentence_bounds(doc, w)[0] : holder[0]]
            lines = [t.i for t in lead if t.is_space and "\n" in t.text]
            if any(t.tag_.startswith("VB") for t in doc[lines[-1] if lines else lead.start : holder[0]]):
                # (the sentence's subject only, from its line's start: "A met B, speaking as …"
                # leaves the reading open)
                return None
            return holder[2]
        if w < 0 or doc[w].lower_ != "who":
            return None
        sent_start = sentence_bounds(doc, w)[0]
        before = [m for m in mentions if sent_start <= m[0] and m[1] <= w]
        if not before:
            return None
        gap = doc[before[-1][1] : w]
        # the name, then its apposition: a comma first, no verb in between
        first = next((t for t in gap if not t.is_space), None)
        if first is None or (first.text == "," and not any(t.tag_.startswith("VB") for t in gap)):
            return before[-1][2]
        return None

    def _subject_sides(self, doc: Doc, links, mentions, orgs) -> None:
        """A sentence's subject that sent the name after "was represented by" or "was headed
        by" is the organisation of the name's titles that name none: "<Country> was represented
        by Hon. X, Minister of …", "The Slovak side was led by Deputy Minister X"."""
        if not self.side_verbs:
            return
        for person, chunk, _ in links:
            if chunk.organisation:
                continue
            near = min(
                (m for m in mentions if m[2] is person),
                key=lambda m: abs(m[0] - chunk.title.start),
                default=None,
            )
            if near is None:
                continue
            side = self._represented_after(doc, max(chunk.end, near[1]), orgs)
            if side is not None:
                # "X, Minister of Trade, represented Grenada": the side the holder represented
                name, kind, s, e = orgs[side]
                chunk.organisation, chunk.org_kind, chunk.country = name, kind, self._iso3(doc, s, e)
                continue
            p = self._prev(doc, min(near[0], chunk.start))
            for _ in range(2):
                while p >= 0 and (
                    doc[p].lower_.rstrip(".") in self.honorifics
                    or doc[p].lower_ in ("the", ".", "his", "her", "its", "their")  # "by his Minister of …"
                    or (doc[p].text == "," and p > 0 and self._is_honorific(doc, self._prev(doc, p)))
                ):  # "Senator, Honourable X"
                    p = self._prev(doc, p)
                # "by Deputy Premier, Honourable X, Minister of …": past the name's office before it
                before = next((c for q, c, _ in links if q is person and c.start <= p <= c.end), None)
                if before is None or before is chunk or p < 0:
                    break
                p = self._prev(doc, before.start)
            if p < 0 or doc[p].lower_ != "by":
                continue
            verb = self._prev(doc, p)
            side = self._side_before_by(doc, verb, orgs)
            if side is not None:
                # "<Side>, represented by …", "represented <Side>, by …; <Side>, by …"
                name, kind, s, e = orgs[side]
                chunk.organisation, chunk.org_kind = name, kind
                chunk.country = self._iso3(doc, s, e) if kind == "country" else ""
                continue
            # "represented at the summit by": a few words between the verb and "by"
            while verb > max(p - 7, sentence_bounds(doc, p)[0]) and doc[verb].lower_ not in self.side_verbs:
                if doc[verb].is_punct or doc[verb].lower_ == "by":
                    break
                verb = self._prev(doc, verb)
            aux = self._prev(doc, verb) if verb >= 0 and doc[verb].lower_ in self.side_verbs else -1
            if aux > 0 and doc[aux].text == "," and doc[self._prev(doc, aux)].lower_ in self.side_nouns:
                aux = self._prev(doc, aux)
            if aux >= 0 and doc[aux].lower_ in self.side_nouns and doc[aux].is_lower:
                # class: a country's delegation in a noun phrase, its verb a participle ("attended by
                # a Norwegian delegation headed by Minister X", "the Chilean delegation, led by …"):
                # the country right before the noun is the organisation of the head's offices
                e = self._prev(doc, aux)
                if e >= 0 and e in orgs and orgs[e][1] == "country":
                    name, kind, s, _ = orgs[e]
                    chunk.organisation, chunk.org_kind, chunk.country = name, kind, self._iso3(doc, s, e + 1)
                continue
            while aux >= 0 and doc[aux].lower_ in ("been", "be", "to"):
                aux = self._prev(doc, aux)  # "has been represented by", "will be represented", "is to be …"
            if aux < 0 or doc[aux].lower_ not in SIDE_AUXILIARIES:
                continue
            e = self._prev(doc, aux)
            if e > 0 and doc[e].text == "," and self._prev(doc, e) in orgs:
                # class: a stray comma between the side and its verb ("The Republic of A , was
                # represented by X"): the side all the same
                e = self._prev(doc, e)
            if e >= 0 and doc[e].lower_ in self.side_nouns:
                e = self._prev(doc, e)
                if e >= 0 and doc[e].text in S_POSSESSIVE:
                    e = self._prev(doc, e)  # "Kenya's delegation is led by"
            if e < 0 or e not in orgs:
                continue
            name, kind, s, _ = orgs[e]
            first = s - 1 if s > 0 and doc[s - 1].lower_ == "the" else s
            before = self._prev(doc, first)
            if before >= 0 and doc[before].lower_ == "and":
                before = self._prev(doc, before)  # "…; and <Country> was represented by …"
            # The side opens the sentence, follows an opening phrase ("At ministerial level, …") or
            # the previous clause of a chain ("A was represented by X; B was represented by Y").
            if before >= 0 and doc[before].lower_ in ("while", "whereas", "but"):
                before = self._prev(doc, before)  # "…, while <Country> is represented by …"
            office_of = (
                before > 0
                and doc[before].lower_ == "of"
                and doc[self._prev(doc, before)].is_title
                and (doc[p].lower_ == "by" and doc[self._skip_space(doc, p + 1)].lower_ in ("his", "her"))
            )  # "the Prime Minister of <Country> was represented by his Minister of …"
            if before >= 0 and not (office_of or doc[first].is_sent_start or doc[before].text in (",", ":", ".", ";")):
                continue
            chunk.organisation, chunk.org_kind = name, kind
            chunk.country = self._iso3(doc, s, e + 1) if kind == "country" else ""

    @staticmethod
    def _deputy_shares(doc: Doc, links) -> None:
        """A bare deputy's office after the full office in the same sentence is of the same body:
        "A was elected President of the Council, and B was elected Vice-President", "the Chair
        of the Delegation, A, … and Deputy Chair B"."""
        if len(links) < 2:
            return
        for person, chunk, _ in links:
            if chunk.organisation or not chunk.bare:
                continue
            words = chunk.title.text.lower().replace("-", " ").split()
            if len(words) < 2 or words[0] not in DEPUTY_WORDS:
                continue
            if any(
                p is person and c is not chunk and c.organisation and c.title.text.lower() == chunk.title.text.lower()
                for p, c, _h in links
            ):
                # "Vice Mayor of A, Vice Mayor X": the holder's own office, named in full,
                # already says whose it is
                continue
            base = " ".join(words[1:])
            sent = sentence_bounds(doc, chunk.title.start)[0]
            full = [
                c
                for _p, c, _h in links
                if c.organisation
                and c.org_kind != "country"  # "the President of A met Vice-President B": B's side unknown
                and sent <= c.title.start < chunk.title.start
                and " ".join(c.title.text.lower().replace("-", " ").split()) == base
            ]
            if full:
                c = full[-1]
                chunk.organisation, chunk.org_kind, chunk.country = c.organisation, c.org_kind, c.country

    def _represented_after(self, doc: Doc, end: int, orgs) -> int | None:
        """The country or body a name and its office "represented" right after them (active voice:
        "X, Minister of Trade, represented the Republic of Y"): where it starts in `orgs`."""
        k = self._skip_space(doc, end)
        if k < len(doc) and doc[k].text == "(":
            # class: an aside in lower case in brackets after the office ("Minister of Trade
            # (virtual) represented A", "(by video link)"): how the holder took part, passed over
            close = next((j for j in range(k + 1, min(k + 6, len(doc))) if doc[j].text == ")"), None)
            if close is not None and close > k + 1 and all(t.is_lower and t.is_alpha for t in doc[k + 1 : close]):
                k = self._skip_space(doc, close + 1)
        if k < len(doc) and doc[k].lower_ in ("in", "at"):
            # past the desk or unit the holder sits in ("Attaché in the Asia Desk, represented …")
            j = k + 1
            while j < len(doc) and j - k < 7 and (doc[j].is_title or doc[j].lower_ == "the" or doc[j].text in HYPHENS):
                j += 1
            if j < len(doc) and doc[j].text == ",":
                k = j
        if k < len(doc) and doc[k].text == ",":
            k = self._skip_space(doc, k + 1)
        if k >= len(doc) or doc[k].lower_ != "represented":
            return None
        j = self._skip_space(doc, k + 1)
        if j < len(doc) and doc[j].lower_ == "the":
            j = self._skip_space(doc, j + 1)
        if j in orgs and orgs[j][1] == "country":
            return j
        if j in orgs and orgs[j][1] == "org" and orgs[j][2] == j:
            # "X, Attaché in the Europe Desk, represented the Ministry of Culture of A":
            # a body represented as a country is
            return j
        return None

    def _side_before_by(self, doc: Doc, k: int, orgs) -> int | None:
        """The side written with a comma before "by" (k is the word before "by"): "<Side>,
        represented by" (the participle after its side), or "represented <Side>, by" and the
        next items of that list ("…; <Side>, by …"); a token of the side's organisation, else None."""
        if k < 0:
            return None
        if doc[k].lower_ in self.side_verbs:
            comma = self._prev(doc, k)
            if comma < 0 or doc[comma].text != ",":
                return None
            e = self._prev(doc, comma)
            return e if e >= 0 and e in orgs else None
        if doc[k].text != ",":
            return None
        e = self._prev(doc, k)
        if e < 0 or e not in orgs:
            return None
        first = self._prev(doc, orgs[e][2])
        if first >= 0 and doc[first].lower_ == "the":
            first = self._prev(doc, first)
        if first < 0:
            return None
        if doc[first].lower_ in self.side_verbs:
            return e
        if doc[first].text not in (";", ",", ":", "and"):
            return None
        # a later item of the list: a side verb earlier in the sentence ("represented A, by …;
        # B, by …", "were represented as follows: A, by …"); the model's sentences may end at
        # "Hon.", so the sentence is read back to a full stop or a line break
        for i in range(first - 1, max(first - 80, -1), -1):
            if "\n" in doc[i].text_with_ws:
                return None
            if doc[i].text in (".", "!", "?") and not (i > 0 and doc[i - 1].lower_ in self.honorifics):
                return None  # (the period of "Hon." is no full stop)
            if doc[i].lower_ in self.side_verbs and doc[self._skip_space(doc, i + 1)].lower_ != "by":
                return e
        return None

    def _bracketed(self, doc: Doc, chunk: Chunk, mentions, orgs):
        """Names in square brackets after the countries or bodies of an office: "the foreign
        ministers of Estonia [A] and Latvia [B]" — each holds the office for the country before it."""
        k = self._skip_space(doc, chunk.title.end)
        if k >= len(doc) or doc[k].lower_ != "of":
            return []
        by_start = {m[0]: m for m in mentions}
        out = []
        while True:
            j = self._skip_space(doc, k + 1)
            if j < len(doc) and doc[j].lower_ == "the":
                j = self._skip_space(doc, j + 1)
            if j not in orgs:
                break
            name, kind, s, e = orgs[j]
            b = self._skip_space(doc, e)
            m = by_start.get(b + 1) if b < len(doc) and doc[b].text == "[" else None
            if m is None or m[1] >= len(doc) or doc[m[1]].text != "]":
                break
            c = Chunk(chunk.title, chunk.start, chunk.end, chunk.text, name, kind, "", chunk.plural)
            c.country = self._iso3(doc, s, e) if kind == "country" else ""
            out.append((m[2], c, "bracketed"))
            k = self._skip_space(doc, m[1] + 1)
            if k >= len(doc) or doc[k].text not in (",", "and"):
                break
        return out

    def _plural_predicate(self, doc: Doc, chunk: Chunk, mentions):
        """A plural office after a predicate: "A (Peru) and B were re-appointed and C was chosen as
        members of the Court" — each name of the subject list before the verb holds it."""
        p = self._prev(doc, chunk.start)
        if p >= 0 and doc[p].lower_ == "the":
            p = self._prev(doc, p)
        if p >= 0 and doc[p].lower_ == "as":
            p = self._prev(doc, p)
        if p < 0 or doc[p].lower_ not in self.appointment_verbs:
            return []
        sent_start = sentence_bounds(doc, p)[0]
        by_end = {m[1]: m for m in mentions if m[0] >= sent_start}
        glue = self.list_glue
        names, k = [], p
        while k > sent_start:
            if k in by_end:
                names.append(by_end[k][2])
                k = by_end[k][0]
                continue
            t = doc[k - 1]
            hyphenated = not t.whitespace_ and (t.text in HYPHENS or doc[k].text in HYPHENS)  # "re-elected"
            honorific = t.lower_.rstrip(".") in self.honorifics or t.text == "."
            if not (t.is_space or t.lower_ in glue or country_of(t) or hyphenated or honorific):
                break
            k -= 1
        singular = Chunk(
            chunk.title, chunk.start, chunk.end, chunk.text, chunk.organisation, chunk.org_kind, chunk.country, True
        )
        return [(person, singular, "predicate") for person in reversed(names)]

    def _heading_countries(self, doc: Doc, links, mentions) -> None:
        """A country heading the names of a list is the organisation of their titles that
        name none: written alone on a line ("Bangladesh:") above the names, or as a label on
        the names' own line ("Ghana: HE President X"), where one line may run several labels
        on ("… X Togo: HE Y Benin: HE President Z")."""
        if all(chunk.organisation for _, chunk, _ in links):
            return  # no title lacks one
        text = text_of(doc)
        # (char offset where the country's scope starts, country, iso3); "" ends a scope
        bounds: list[tuple[int, str, str]] = []
        # where the country words start (chars): a line with none heads no list (its span is
        # then never made nor read; speed, #18)
        index = text_index(doc)
        country_chars = sorted(index.starts[i] for i, v in country_marks(doc)[0].items() if v)
        pos = 0
        for line in text.split("\n"):
            stripped = line.strip().rstrip(":").strip()
            if stripped and len(stripped.split()) <= 6:
                k = bisect_right(country_chars, pos - 1)
                if k == len(country_chars) or country_chars[k] >= pos + len(line):
                    pos += len(line) + 1
                    continue
                span = doc.char_span(pos + line.index(stripped), pos + line.index(stripped) + len(stripped))
                if (
                    span is not None
                    and all(country_of(t) or t.lower_ == "the" for t in span)
                    and any(country_of(t) for t in span)
                ):
                    bounds.append((pos + len(line), written_country(span), self._iso3(doc, span.start, span.end)))
            elif len(line.split()) > 25:
                bounds.append((pos + len(line), "", ""))  # a paragraph ends the list
            pos += len(line) + 1
        labelled_lines = set()
        for _start, end, country, iso3 in self._country_labels(doc):
            # a label glued to the honorific ("TogoHon. X") heads a list item that may run on to
            # the office on the next line: its scope ends at a blank line (or the next label); a
            # column's country spaced from the honorific ("Togo H.E. X") at its line's end
            spaced = doc[end - 1].whitespace_ != "" and doc[end].text != ":"
            line_end = text.find("\n" if doc[end].text == ":" or spaced else "\n\n", doc[end].idx)
            line_end = line_end if line_end >= 0 else len(text)
            if text[doc[end].idx + 1 : line_end].strip():  # else a heading, read above
                bounds.append((doc[end].idx + 1, country, iso3))
                labelled_lines.add(line_end)
        bounds += [(e, "", "") for e in labelled_lines]  # a label's scope ends with its line
        if not any(b[1] for b in bounds):
            return
        bounds.sort(key=lambda b: b[0])
        offsets = [b[0] for b in bounds]
        for person, chunk, _ in links:
            if chunk.organisation:
                continue
            k = bisect_right(offsets, chunk.title.start_char) - 1
            if k < 0 or not bounds[k][1]:
                continue
            lo, hi = bounds[k][0], offsets[k + 1] if k + 1 < len(bounds) else len(text) + 1
            if any(lo <= s < hi for s, _ in person["spans"]):
                chunk.organisation, chunk.org_kind, chunk.country = bounds[k][1], "country", bounds[k][2]

    def _lead_countries(self, doc: Doc, links, orgs) -> None:
        """class: a country lead clause over the offices after it, "…; for A, the Minister of
        Trade, X, together with the State Secretary for Energy, Y; and for B, …": "for <country>,"
        opening a clause is the organisation of its offices that name none, up to the next ";"."""
        for _person, chunk, _ in links:
            if chunk.organisation:
                continue
            sent_start = sentence_bounds(doc, chunk.title.start)[0]
            i = self._prev(doc, chunk.start)
            while i >= sent_start and doc[i].text != ";" and not is_verb_or_modal(doc[i]):
                if doc[i].lower_ == "for":
                    lead = self._country_at(doc, self._skip_space(doc, i + 1), orgs)
                    p = self._prev(doc, i)
                    if (
                        lead is not None
                        and lead[1] < len(doc)
                        and doc[lead[1]].text == ","
                        and (p < sent_start or doc[p].text in (";", ",") or doc[p].lower_ == "and")
                    ):
                        chunk.organisation, chunk.org_kind, chunk.country = lead[0]
                        break
                i = self._prev(doc, i)

    def _country_labels(self, doc: Doc) -> list[tuple[int, int, str, str]]:
        """(start, colon, country, iso3) of each country written as a label before a colon at
        the start of a line or right after the previous label's names ("Kenya: …"), or glued
        to the honorific after it ("… X KenyaH.E. President Y"), or opening its line with a
        space before the honorific ("Kenya H.E. President Y"; `colon` is then the honorific's
        index)."""
        countries = country_marks(doc)[0]
        out = []
        after = 0
        for i in sorted(countries):
            if i < after or not countries[i]:
                continue
            j = i
            while j < len(doc) and countries.get(j, "") == countries[i]:
                j += 1
            after = j
            if j >= len(doc):
                continue
            # "ZambiaH.E. President X": a page that lost its layout glues a list's country
            # column to the honorific opening the title beside it; no colon, no space
            glued = not doc[j - 1].whitespace_ and (
                self._is_honorific(doc, j) or doc[j].lower_ in self.honorific_joiners
            )
            start = i - 1 if i > 0 and doc[i - 1].lower_ == "the" else i
            # "Angola H.E. President X" on a line of its own: a list's country column with a
            # space before the honorific opening the title beside it
            k = j
            while k < len(doc) and (doc[k].lower_.rstrip(".") in self.honorific_joiners or doc[k].text == "."):
                k += 1
            column = (
                doc[j - 1].whitespace_
                and "\n" not in doc[j - 1].whitespace_
                and k < len(doc)
                and (
                    self._is_honorific(doc, k)
                    # "H. E." written with a space: two initials that spell an honorific
                    or k + 1 < len(doc)
                    and len(doc[k].text) == len(doc[k + 1].text) == 2
                    and (doc[k].text + doc[k + 1].text).lower().rstrip(".") in self.honorifics
                )
                and (i == 0 or "\n" in doc[i - 1].text_with_ws)
            )
            glued = glued or column
            if doc[j].text != ":" and not glued:
                continue
            if all(role_of(t) == "capital" for t in doc[i:j]):
                # class: a dateline's capital before a colon ("London: President X concluded
                # his visit to …") is where the text was written, not the country of the office
                continue
            if any(role_of(t) == "demonym" for t in doc[i:j]):
                # class: a country's adjective binds inside its own noun phrase ("Chilean
                # President X opened …" at a line's start): a label is the country's name
                continue
            p = self._prev(doc, start)
            if p >= 0 and not (
                "\n" in doc[p + 1 : start].text_with_ws
                or "\n" in doc[p].text_with_ws
                or doc[p].is_title
                or doc[p].is_upper
                or doc[p].text in (",", ";", ".", ")")
                or glued
                and doc[p].text == ":"
                # class: a bulleted list item opening its line ("• Kenya : H.E. President X"):
                # the bullet is the line's start, so the country before the colon is a label
                or doc[p].text in _LIST_BULLETS
                and (p == 0 or "\n" in doc[p - 1].text_with_ws)
            ):
                continue  # "… talks on Ukraine: …" is no label
            out.append((start, j, written_country(doc[i:j]), self._iso3(doc, i, j)))
        return out

    def _clause(self, doc: Doc, person: dict, end: int, orgs):
        """'X, who heads the OSCE': the office a verb names, for the organisation after it."""
        i = self._skip_space(doc, end)
        if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ != "who":
            return []
        verb = doc[self._skip_space(doc, i + 2)]
        if verb.lower_ not in self.office_verbs:
            return []
        j = self._skip_space(doc, verb.i + 1)
        if j < len(doc) and doc[j].lower_ == "the":
            j = self._skip_space(doc, j + 1)
        if j not in orgs:
            return []
        name, kind, s, e = orgs[j]
        return [
            {
                "person_id": person["person_id"],
                "name": person["name"],
                "title": self.office_verbs[verb.lower_],
                "organisation": name,
                "country": self._iso3(doc, s, e) if kind == "country" else "",
                "start": verb.idx,
                "end": verb.idx + len(verb.text),
                "source": f"title:office-verb:{verb.lower_}",
            }
        ]


#: the small words of a title written in capitals, lower case when the title is re-cased
_TITLE_SMALL = frozenset({"of", "for", "and", "the", "to", "on", "in", "at"})


def _uncapitalised(title: str) -> str:
    """class: a title written all in capitals (a speech's header: "AMBASSADOR", "HONOURABLE
    MINISTER OF FOREIGN AFFAIRS"): the title as a title is written ("Minister of Foreign
    Affairs"). Short letters alone ("CEO", "PM", "SG") are abbreviations and stay as written."""
    if not title.isupper() or not any(len(w) > 4 for w in re.findall(r"[A-Z]+", title)):
        return title
    words = title.split(" ")
    out = []
    for n, w in enumerate(words):
        if n and w.lower() in _TITLE_SMALL:
            out.append(w.lower())
        elif len(w) <= 3 and n == 0 and len(words) > 1:
            out.append(w)  # "UN SPECIAL ENVOY": a body's letters before the office
        else:
            out.append("-".join(part.capitalize() for part in w.split("-")))
    return " ".join(out)


def singular_title(text: str, office: Span) -> str:
    """'Speakers of the House' → 'Speaker of the House': the plural head made singular."""
    words = text.split()
    for k, w in enumerate(words):
        low = w.lower()
        if low.endswith("men"):
            words[k] = w[:-3] + "man"
            break
        if low.endswith("ies") and len(low) > 4:
            words[k] = w[:-3] + "y"
            break
        if low.endswith("s") and not low.endswith("ss"):
            words[k] = w[:-1]
            break
    return " ".join(words)


#: Words right after a subject that say it is of two or more ("X and Y both …", "… were").
_PLURAL_SUBJECT_CUES = frozenset({"both", "were", "are", "have", "jointly"})


def _two_subjects_after(doc: Doc, i: int) -> bool:
    """Whether the name at token i (up to five capitalised words) is followed by a word that
    makes its subject plural ("both", "were", "are", "have", "jointly")."""
    j = i
    while j < len(doc) and j - i < 5 and (doc[j].is_title or doc[j].is_upper) and doc[j].is_alpha:
        j += 1
    return i < j < len(doc) and doc[j].lower_ in _PLURAL_SUBJECT_CUES


def _coordinated(text: str) -> list[str]:
    """The parts of a coordination ("the Senate and the Chamber of Deputies") without their articles."""
    parts = [p.strip() for p in re.split(r",|\band\b", text) if p.strip()]
    return [p[4:] if p.lower().startswith("the ") else p for p in parts]


def _previous_sentence_start(doc: Doc, k: int) -> int:
    """The first token of the sentence before token k's (of k's own where it is the first): the
    window in which a pointer ("the country's", "of the organization") looks back."""
    start = sentence_bounds(doc, k)[0]
    return sentence_bounds(doc, start - 1)[0] if start > 0 else start
