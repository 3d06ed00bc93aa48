"""The words organisation decisions read, from the lexicon, and what a name's head says.

A name's *head* is the last body, event, document or title word before its first
preposition: "Global Congress of Victims" is headed by an event noun, "Permanent
Representative of Belarus" by a title noun, "Security Council of Belarus" by a body noun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Span

from ..text import alternation, text_index
from .org_gazetteer import Gazetteer
from .org_names import org_key

#: Most words whose kind an OrgWords keeps (the cache starts again past it).
_CACHED_WORDS = 50_000

#: Prepositions that end the part of a name its head is looked for in.
HEAD_STOPS = {"of", "on", "for", "against", "at", "in", "to"}


@dataclass
class OrgWords:
    body: set[str] = field(default_factory=set)
    government: set[str] = field(default_factory=set)
    event: set[str] = field(default_factory=set)
    document: set[str] = field(default_factory=set)
    #: study or training words before "Programme"/"Course" ("training"): a course taken, no body
    course: set[str] = field(default_factory=set)
    title: set[str] = field(default_factory=set)
    #: offices whose "of" complement is always a body (`body_office`: "founder", "CEO")
    body_office: set[str] = field(default_factory=set)
    generic: set[str] = field(default_factory=set)
    furniture: set[str] = field(default_factory=set)
    not_org_acronyms: set[str] = field(default_factory=set)
    body_alias: dict[str, str] = field(default_factory=dict)
    post: set[str] = field(default_factory=set)  # "embassy", "mission": the place is part of the name
    lower_post: set[str] = field(default_factory=set)  # "the US embassy": a post in lower case after its country
    lower_organ: set[str] = field(default_factory=set)  # "the Commonwealth secretariat": an organ in lower case
    #: words that count organisations ("organisations", "agencies": the lexicon's count units)
    org_plurals: set[str] = field(default_factory=set)
    gazetteer: Gazetteer = field(default_factory=Gazetteer)
    #: a parliament's chamber words ("senate", "congress", "sejm"): after its country's
    #: adjective or name, the country's chamber ("the Peruvian Congress")
    chamber: set[str] = field(default_factory=set)
    #: a chamber's one word that names it alone ("senate"): no bare body word
    own_name_chamber: set[str] = field(default_factory=set)
    #: a speech's nouns ("opening speech", "keynote", "remarks"): the lexicon's headline and
    #: heading cues of kind "speech", less their joining word ("remarks by" → "remarks")
    speech: set[str] = field(default_factory=set)
    #: courtesy words written before a person's name and never inside an organisation's
    #: ("Mr", "Ms", "H.E."): the lexicon's honorifics that are no office, title or body word
    courtesy: set[str] = field(default_factory=set)
    #: head words of topics, themes and fields ("Climate Change", "Foreign Affairs")
    topic: set[str] = field(default_factory=set)
    #: words of a region's name ("Western", "Pacific"): a name of nothing else is a place
    region: set[str] = field(default_factory=set)
    #: a minister's fields ("foreign affairs", "justice"): a name of nothing else is no body
    portfolio: set[str] = field(default_factory=set)
    #: body words that name a known organisation's one organ even in lower case ("secretariat")
    organ: set[str] = field(default_factory=set)
    #: month names and abbreviations ("March", "Sep.")
    month: set[str] = field(default_factory=set)
    #: words that open a form of address ("Distinguished", "Dear")
    address: set[str] = field(default_factory=set)
    #: function words of other languages ("de", "pour"): a line of them is no English text
    foreign: set[str] = field(default_factory=set)
    #: labels that open a credit ("Photo", "Picture")
    credit: set[str] = field(default_factory=set)
    #: a press release's closing marks after a dash ("– ENDS", "- MORE"): no outlet credited
    closing_mark: set[str] = field(default_factory=set)
    #: a word ending a newspaper's or a site's name ("Gazette", "Times"): lexicon newspaper_name_end
    newspaper_name_end: set[str] = field(default_factory=set)
    #: labels written before a header date ("Published On", "Posted on"): page furniture
    date_label: set[str] = field(default_factory=set)
    #: parts of a country after their name ("Volta Region", "Osh Oblast"): places
    subnational: set[str] = field(default_factory=set)
    #: words of a country's formal name before its "of" ("Republic", "Independent State")
    state_form: set[str] = field(default_factory=set)
    #: a state's form written for its country ("sultanate", "kingdom"): alone, a place
    state_noun: set[str] = field(default_factory=set)
    #: holding an office in turn ("chairmanship"): an organisation's office, not a body
    tenure: set[str] = field(default_factory=set)
    turn_office: set[str] = field(default_factory=set)  # "Presidency": a state's organ or a turn at a chair
    turn_cue: set[str] = field(default_factory=set)  # "under the Czech Presidency": a turn at a chair
    #: a word for a leader's term in office after their name ("the Salas government"): no body
    leader_term: set[str] = field(default_factory=set)
    #: a body word a country has many of ("council"): "British Council" is an institution's name
    shared_body: set[str] = field(default_factory=set)
    #: a plural noun for a group's members ("countries", "focal points"): a name it ends names them
    member_plural: set[str] = field(default_factory=set)
    #: a plural word that ends organisations' own names ("times", "airlines")
    plural_name_end: set[str] = field(default_factory=set)
    #: a kind of organisation or a group of people ("cooperative", "think tank", "women", "judiciary")
    kind_noun: set[str] = field(default_factory=set)
    #: offices of several words ("permanent secretary", "director general")
    office_phrases: set[str] = field(default_factory=set)
    #: letters of an honour or a rank written after a person's name ("sc", "qc", "obe")
    post_nominal: set[str] = field(default_factory=set)
    #: a site's role word alone after "By" on a byline's line ("admin", "staff"): no outlet
    byline_role: set[str] = field(default_factory=set)
    #: what a news outlet is called ("agency", "broadcaster"), before its name in a credit
    outlet_noun: set[str] = field(default_factory=set)
    #: the head word of a ministry's unit ("department", "directorate", "bureau")
    ministry_unit: set[str] = field(default_factory=set)
    #: a word ending a news outlet's name ("news", "radio", "tv"): lexicon agency_word
    outlet_name_end: set[str] = field(default_factory=set)
    #: an office or a parliament seat written as capital letters beside a name ("mp", "mep", "ddg",
    #: "usg", "ps"): the person's office there, no organisation
    office_letters: set[str] = field(default_factory=set)
    #: the last word or words of a venue's name ("complex", "conference centre"): a building
    venue_end: set[str] = field(default_factory=set)
    #: the last word of a house's own name ("house", "court", "lodge"): "at Alder Lodge" is a venue
    house_name_end: set[str] = field(default_factory=set)
    #: a word for a dwelling ("residence"): "the Governor's residence, Alder Lodge," names a house
    dwelling_noun: set[str] = field(default_factory=set)
    pact: set[str] = field(default_factory=set)
    #: words that open a verb's object ("the", "its"): a capitals name stops before "-ING THE"
    object_opener: set[str] = field(default_factory=set)
    #: a speech's salutations ("excellencies", "ladies and gentlemen"): no words of a name
    salutation: set[str] = field(default_factory=set)
    #: verb forms saying that a meeting happens ("convene", "gathers"): a headline's, no name's
    meeting_verb: set[str] = field(default_factory=set)
    #: lemmas of verbs an agent does ("host", "sign", "say"): an unknown acronym before one is a
    #: body; before a copula or a topic's predicate ("remains", "rises") it names a topic
    agent_verb: set[str] = field(default_factory=set)
    #: event or topic words that also head a standing body's name ("forum", "cooperation")
    standing_head: set[str] = field(default_factory=set)
    integration_stage: set[str] = field(default_factory=set)
    sitting: set[str] = field(default_factory=set)
    #: words before an office that make another rank of it ("deputy", "alternate")
    office_modifier: set[str] = field(default_factory=set)
    #: words after an office that open its remit, as word tuples (("in", "charge", "of"), …)
    office_remit: set[tuple[str, ...]] = field(default_factory=set)
    #: acronyms of a treaty's or body's conference ("cop", "chogm"; written in capitals): with a number or a year, one sitting
    sitting_acronym: set[str] = field(default_factory=set)
    #: one-word occasions and parts of an event that are no body ("reception", "ceremony",
    #: "session"): "the Gala Dinner of the Chamber" names the Chamber's dinner
    occasion: set[str] = field(default_factory=set)
    #: a reception or a meal a body holds ("dinner"): an occasion only as a name's last word
    #: ("the Welcome Reception"; "the Breakfast Club" is a body)
    hosted_occasion: set[str] = field(default_factory=set)
    #: a region's adjective before a known body's name ("arab", "latin american"): another body
    region_adjective: set[str] = field(default_factory=set)
    #: nouns after a name that make a convention of it ("rules", "system": "Chatham House rules")
    convention: set[str] = field(default_factory=set)
    #: conventions named after a body or a house, with their noun ("chatham house rules")
    named_convention: set[str] = field(default_factory=set)
    generic_keys: set[str] = field(init=False, repr=False)
    #: unions several rules ask of every token, made once rather than per token
    body_or_government: frozenset[str] = field(init=False, repr=False)
    not_in_a_name: frozenset[str] = field(init=False, repr=False)  # body, government, generic
    courtesy_or_address: frozenset[str] = field(init=False, repr=False)
    document_or_event: frozenset[str] = field(init=False, repr=False)
    #: a canonical body name's key → its other names (`body_alias`: "Foreign Office"), made once
    aliases_by_body: dict[str, tuple[str, ...]] = field(init=False, repr=False)
    #: a word's kind (`word_kind`) and whether it is a title word, by its lower case
    event_phrases: list[str] = field(init=False, repr=False)  # the event words of several words
    _padded_event_phrases: list[str] = field(init=False, repr=False, compare=False)  # " <phrase> "
    #: "COP29", "MOP 11", "CHOGM 2018": a sitting acronym with its number or its year, made once
    numbered_sitting: re.Pattern | None = field(init=False, repr=False, compare=False)
    _kinds: dict[str, str] = field(init=False, repr=False, compare=False)
    _titles: dict[str, bool] = field(init=False, repr=False, compare=False)
    _head_kinds: dict[tuple[str, ...], str] = field(init=False, repr=False, compare=False)

    @classmethod
    def from_lexicon(cls, lexicon, gazetteer: Gazetteer) -> OrgWords:
        offices = {o for o in lexicon["office"] if " " not in o}
        title = set(lexicon["title_noun"]) | offices
        body = set(lexicon["body_noun"])
        return cls(
            body=body,
            government=set(lexicon["government_noun"]),
            chamber=set(lexicon["chamber_noun"]),
            own_name_chamber=set(lexicon["own_name_chamber"]),
            speech=_speech_nouns(lexicon),
            # an event, a part of one or another occasion: none of them is an organisation
            event=set(lexicon["event_noun"] | lexicon["event_part"] | lexicon["occasion_noun"]),
            document=set(lexicon["document_noun"]),
            course=set(lexicon["course_word"]),
            # an office named by one word is a title too ("Chief", "Speaker")
            title=title,
            body_office=set(lexicon["body_office"]),
            generic=set(lexicon["generic"]),
            # a wire's tag in a dateline's brackets ("(UPDATE)") is furniture of the item too
            furniture=set(lexicon["page_furniture"]) | set(lexicon["wire_tag"]),
            not_org_acronyms=set(lexicon["not_org_acronym"]),
            body_alias=lexicon.mapping("body_alias"),
            post=set(lexicon["post_noun"]),
            lower_post=set(lexicon["lower_case_post_noun"]),
            lower_organ=set(lexicon["lower_case_organ_noun"]),
            org_plurals={t for t, units in lexicon.multimap("count_unit").items() if "organisations" in units},
            gazetteer=gazetteer,
            courtesy=set(lexicon["honorific"]) - title - body - set(lexicon["not_a_name"]) - set(lexicon["office"]),
            topic=set(lexicon["topic_noun"]),
            region=set(lexicon["region_word"]),
            portfolio=set(lexicon["portfolio"]),
            month=set(lexicon["month"]),
            organ=set(lexicon["organ_noun"]),
            standing_head=set(lexicon["standing_body_head"]),
            integration_stage=set(lexicon["integration_stage_word"]),
            sitting=set(lexicon["sitting_modifier"]),
            address=set(lexicon["address_word"]),
            credit=set(lexicon["credit_cue"]),
            byline_role=set(lexicon["byline_role"]),
            outlet_noun=set(lexicon["outlet_noun"]),
            ministry_unit=set(lexicon["ministry_unit_noun"]),
            outlet_name_end=set(lexicon["agency_word"]),
            newspaper_name_end=set(lexicon["newspaper_name_end"]),
            closing_mark=set(lexicon["closing_mark"]),
            foreign=set(lexicon["foreign_function_word"]),
            date_label=set(lexicon["date_label"]),
            subnational=set(lexicon["subnational_unit"]),
            state_form=set(lexicon["state_form"]),
            state_noun=set(lexicon["state_noun"]),
            tenure=set(lexicon["tenure_noun"]),
            turn_office=set(lexicon["turn_office_noun"]),
            turn_cue=set(lexicon["turn_cue"]),
            leader_term=set(lexicon["leader_term_noun"]),
            shared_body=set(lexicon["shared_body_noun"]),
            member_plural=set(lexicon["member_plural"]),
            plural_name_end=set(lexicon["plural_name_end"]),
            kind_noun=set(lexicon["kind_noun"]),
            office_phrases={o for o in lexicon["office"] if " " in o},
            post_nominal=set(lexicon["post_nominal"]),
            office_letters=set(lexicon["parliament_post_nominal"])
            | set(lexicon["capitals_office"])
            | set(lexicon["capitals_office_by_name"]),
            venue_end=set(lexicon["venue_end"]),
            house_name_end=set(lexicon["house_name_end"]),
            dwelling_noun=set(lexicon["dwelling_noun"]),
            pact=set(lexicon["pact_noun"]),
            object_opener=set(lexicon["object_opener"]),
            salutation=set(lexicon["speech_salutation"]),
            meeting_verb={v for v in lexicon["meeting_verb"] if not v.endswith("ing")},
            agent_verb=set(lexicon["org_agent_verb"]),
            office_modifier=set(lexicon["office_modifier"]),
            office_remit={tuple(r.split()) for r in lexicon["office_remit"]},
            sitting_acronym=set(lexicon["sitting_acronym"]),
            convention=set(lexicon["convention_after_name"]),
            named_convention=set(lexicon["named_convention"]),
            occasion={
                w for w in lexicon["occasion_noun"] | lexicon["event_part"] | lexicon["hosted_occasion"] if " " not in w
            }
            - body,
            hosted_occasion=set(lexicon["hosted_occasion"]),
            region_adjective=set(lexicon["region_adjective"]),
        )

    @property
    def chamber_ids(self) -> frozenset[str]:
        """The rule ids of the gazetteer's national parliaments and chambers (kind
        `parliament`: "org:gazetteer:sejm"), whose country's adjective is part of a name."""
        ids = self.__dict__.get("_chamber_ids")
        if ids is None:
            entries = {id(e): e for e in self.gazetteer.by_key.values()}.values()
            ids = frozenset(f"org:gazetteer:{e['id']}" for e in entries if e.get("kind") == "parliament")
            self.__dict__["_chamber_ids"] = ids
        return ids

    def __post_init__(self):
        # the generic words and phrases in every house spelling ("organisations" is "organizations")
        self.generic_keys = {org_key(g) for g in self.generic}
        self.body_or_government = frozenset(self.body | self.government)
        self.not_in_a_name = frozenset(self.body | self.government | self.generic)
        self.courtesy_or_address = frozenset(self.courtesy | self.address)
        self.document_or_event = frozenset(self.document | self.event)
        aliases: dict[str, list[str]] = {}
        for alias, canonical in self.body_alias.items():
            aliases.setdefault(org_key(canonical), []).append(alias)
        self.aliases_by_body = {k: tuple(v) for k, v in aliases.items()}
        self._kinds, self._titles, self._head_kinds = {}, {}, {}
        self.event_phrases = [e for e in self.event if " " in e]
        self._padded_event_phrases = [f" {e} " for e in self.event_phrases]
        acronyms = alternation(a.upper() for a in self.sitting_acronym)
        self.numbered_sitting = re.compile(rf"(?:{acronyms})[- ]?(?:\d{{1,3}}|(?:19|20)\d\d)") if acronyms else None

    def ends_a_venue(self, lowered: str) -> bool:
        """Whether a lower-case name ends with a venue's last word or words ("… convention centre")."""
        words = lowered.split()
        return bool(words) and (words[-1] in self.venue_end or " ".join(words[-2:]) in self.venue_end)

    @cached_property
    def headline_verb(self) -> frozenset[str]:
        """The verbs a headline writes after a body (`agent_verb | meeting_verb`), in one set made
        once: `trimmed` asks for every candidate that ends with a word in title case, and the
        union of the two sets (325 words) cost 2.6 µs a time (speed, #18)."""
        return frozenset(self.agent_verb | self.meeting_verb)

    @cached_property
    def month_words(self) -> frozenset[str]:
        """The words that are a month's name or its abbreviation without the period ("sep"
        of "sep."): a word w with `w in month or f"{w}." in month`, in one set."""
        return frozenset(self.month) | {m[:-1] for m in self.month if m.endswith(".")}

    @cached_property
    def office_phrases_spaced(self) -> frozenset[str]:
        """The offices of several words, a hyphen read as a space ("auditor-general" as
        "auditor general"), for matching a whole name against them."""
        return frozenset(o.replace("-", " ") for o in self.office_phrases | {t for t in self.title if "-" in t})

    def is_title_word(self, token) -> bool:
        """An office word, also in the plural or as the first part of a compound
        ("Representatives", "commissioner-general")."""
        low = token.lower_
        return self.is_title(low) or low.split("-")[0] in self.title

    def is_title(self, low: str) -> bool:
        known = self._titles.get(low)
        if known is None:
            if len(self._titles) > _CACHED_WORDS:
                self._titles.clear()
            known = self._titles[low] = low in self.title or singular(low) in self.title
        return known

    def word_kind(self, low: str) -> str:
        """A word's kind by its lower case: "body", "document", "event", "title" or ""
        (kept per word: the rules ask of the same words again and again)."""
        kind = self._kinds.get(low)
        if kind is None:
            if len(self._kinds) > _CACHED_WORDS:
                self._kinds.clear()
            one = singular(low)
            # A word of two kinds counts as the first: "assembly" is a body, "convention" a treaty.
            if low in self.body or one in self.body:
                kind = "body"
            elif low in self.document or one in self.document:
                kind = "document"
            elif low in self.event or one in self.event:
                kind = "event"
            elif self.is_title(low):
                # "Regional Representatives", "Police Chiefs": people holding an office
                kind = "title"
            else:
                kind = ""
            self._kinds[low] = kind
        return kind

    def word_kinds(self, tokens) -> list[str]:
        kinds = []
        for t in tokens:
            kind = self.word_kind(t.lower_)
            if kind:
                kinds.append(kind)
        return kinds

    def head_word(self, tokens):
        """The last body, document, event or title word before the first preposition, or None."""
        heads = [t for t in before_first_preposition(tokens) if self.word_kind(t.lower_)]
        return heads[-1] if heads else None

    def names_an_occasion(self, tokens) -> bool:
        """Whether the name's head word can name an event ("Assembly", "Conference")."""
        head = self.head_word(tokens)
        return head is not None and head.lower_ in self.event

    def head_kind(self, span) -> str:
        """What the span's head noun names: "body", "event", "document", "title" or "". A
        name with no head before its first preposition is headed by its last word ("State of
        the Nation Address")."""
        if not isinstance(span, Span):
            return self._head_kind(span)
        # what its words are (their lower case, letters, punctuation: the words' own), kept by
        # the words' texts: one name is asked about by the candidates, the ladder and the
        # splits, and again in the next document (speed, #18)
        key = tuple(text_index(span.doc).words[span.start : span.end])
        kind = self._head_kinds.get(key)
        if kind is None:
            if len(self._head_kinds) > _CACHED_WORDS:
                self._head_kinds.clear()
            kind = self._head_kinds[key] = self._head_kind(span)
        return kind

    def _head_kind(self, span) -> str:
        pre = before_first_preposition(span)
        kinds = self.word_kinds(pre)
        joined = f" {' '.join(t.lower_ for t in pre)} "
        if any(e in joined for e in self._padded_event_phrases):
            kinds.append("event")
        if not kinds:
            words = [t for t in span if t.is_alpha]
            kinds = self.word_kinds(words[-1:]) if len(words) > len(pre) else []
        if kinds and kinds[-1] == "body" and self.is_a_course(pre):
            return "document"
        last = [t for t in pre if t.is_alpha][-1:]
        if last and last[0].lower_ in self.hosted_occasion:
            return "event"  # review 1, finding 10: "the Welcome Reception", never "the Breakfast Club"
        return kinds[-1] if kinds else ""

    def is_a_course(self, pre) -> bool:
        """Whether a name's words up to its first preposition end in a course taken: a study or
        training word (`course_word`) right before "Programme"/"Program"/"Course" ("Diplomatic
        Training Programme", "Capacity-Building Program"), not a body's "Development Programme"."""
        words = [t.lower_ for t in pre if not t.is_punct and not t.is_space]
        if len(words) < 2 or singular(words[-1]) not in _COURSE_HEADS:
            return False
        before = words[-2]
        return before in self.course or before.split("-")[-1] in self.course

    def is_topic(self, low: str) -> bool:
        """A topic's or a field's head word ("change", "affairs"), or an -ism ("regionalism")."""
        return low in self.topic or singular(low) in self.topic or (len(low) > 5 and low.endswith("ism"))

    def is_government_body(self, tokens) -> bool:
        """Whether a name's head is a government noun ("Ministry of …", "Security Council")."""
        heads = [t.lower_ for t in before_first_preposition(tokens) if t.lower_ in self.body_or_government]
        return bool(heads) and heads[-1] in self.government


#: the head words of a course or programme taken (`OrgWords.is_a_course`)
_COURSE_HEADS = frozenset({"programme", "program", "course"})


def singular(word: str) -> str:
    """A plural noun's singular, by its ending ("deputies" → "deputy", "chiefs" → "chief")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]  # "processes", "addresses"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def before_first_preposition(tokens) -> list:
    pre = []
    for t in tokens:
        if t.lower_ in HEAD_STOPS and pre:
            break
        pre.append(t)
    return pre


#: The joining words and marks after a speech's noun in the lexicon's cues ("speech by", "speech:").
_SPEECH_JOINERS = ("by", "of", ":")


def _speech_nouns(lexicon) -> set[str]:
    """The speech nouns of the lexicon's headline and heading cues of kind "speech"
    ("opening speech", "remarks by" → "remarks"; a cue of a phrase, "as delivered", aside)."""
    out = set()
    for kind in ("headline_kind_cue", "heading_kind_cue"):
        for term, value in lexicon.mapping(kind).items():
            if value != "speech":
                continue
            words = term.replace(":", " :").split()
            while words and words[-1] in _SPEECH_JOINERS:
                words = words[:-1]
            if words and words[0] not in ("as", "press"):
                out.add(" ".join(words))
    return out
