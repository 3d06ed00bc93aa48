"""Offices written in a text: the phrases the lexicon lists, found by one PhraseMatcher.

Shared by `person_repair` (an office next to a name is evidence that the name is a
person's) and `titles` (which links offices to people). The phrases are data:

- the lexicon's `office` kind ("secretary general", "permanent representative");
- for each `portfolio` ("justice"), "minister of justice", "minister for justice",
  "justice minister" and "justice secretary" (and "minster of/for justice", the
  misspelling, where the lexicon's `office` kind lists "minster");
- the lexicon's `capitals_office` kind ("PM"): an office only as written in capitals and
  never after a number ("4 PM" is a time), with no plural;
- the plural of each ("the Speakers of …, Mr X and Mr Y"), labelled as such, so that an
  office shared by a list of names can be given to each of them;

matched case-insensitively, then widened over the `office_modifier` words written before
them ("First Deputy" + "Foreign Minister") and the `office_suffix` words after them
("Ambassador designate", "President-elect"). Each phrase is also looked for broken across
two lines at any of its spaces ("Secretary\nGeneral": a text wrapped by hand).
"""

from __future__ import annotations

import re
import weakref

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..lexicon import Lexicon
from ..text import HYPHENS, line_broken, text_index, token_values, token_values_of

#: an hour of the clock written before "PM"/"AM" ("4", "10.30", "9:15")
_HOUR = re.compile(r"\d{1,2}(?:[:.]\d{2})?")

PLURAL_PREFIX = "plural:"
#: entity types of a capitalised word that may stand before "Rep." / "Sen." ("On Monday Sen. X",
#: "Republican Rep. Y", "Texas Gov. Z"); any other capitalised word may end a name ("Ravi Sen.")
_BEFORE_SHORT_FORM = {"DATE", "TIME", "NORP", "GPE"}
#: an ordinal in figures ("2nd"), a rank before "Vice" / "Deputy"
RANK_NUMBER = re.compile(r"\d{1,2}(?:st|nd|rd|th)")
_LINKS = {"of", "for", "to", "at", "in", "on"}

#: The offices found in each live Doc, by finder (`person_repair` and `titles` look for the
#: same offices in the same text: the second reads the first's), as (start, end, label).
_FOUND: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
#: One number per kind of finder: its phrases, its modifiers and the pipeline that tokenised them.
_KINDS: dict[tuple, int] = {}


#: The country marks of the Doc a component (person_repair, titles) is working on, read once per
#: document (speed, #18): the Doc,
#: then each token's `country`, `country_role` and `country_code` by token index, and the
#: three as `token_values` gives them (token index → value, the tokens they were set on).
#: Each `token._.country` read makes an `Underscore` (about 1.5 µs); titles reads them some
#: forty times a document (person_repair thirty) and scanned `doc.user_data` four times for
#: `token_values`. A component fills the table as its call starts and forgets it as it ends.
_MARKS: list = [None, (), (), (), ({}, {}, {})]
_MARK_NAMES = ("country", "country_role", "country_code")


def read_country_marks(doc: Doc) -> None:
    """Fill the table for `doc` from one pass over `doc.user_data` (`token_values_of`)."""
    by_token = token_values_of(doc, _MARK_NAMES)
    tables = []
    for values in by_token:
        table = [""] * len(doc)
        for i, v in values.items():
            table[i] = v
        tables.append(table)
    _MARKS[:] = [doc, *tables, by_token]


def forget_country_marks() -> None:
    """Let go of the Doc the table was read from."""
    _MARKS[:] = [None, (), (), (), ({}, {}, {})]


def country_marks(doc: Doc) -> tuple[dict[int, object], dict[int, object], dict[int, object]]:
    """`token_values(doc, name)` of country, country_role and country_code."""
    if doc is _MARKS[0]:
        return _MARKS[4]
    return tuple(token_values(doc, name) for name in _MARK_NAMES)


def country_of(tok) -> str:
    """`tok._.country`, from the table of the Doc being worked on."""
    if tok.doc is _MARKS[0]:
        return _MARKS[1][tok.i]
    return tok._.country


def role_of(tok) -> str:
    """`tok._.country_role`, from the table of the Doc being worked on."""
    if tok.doc is _MARKS[0]:
        return _MARKS[2][tok.i]
    return tok._.country_role


def code_of(tok) -> str:
    """`tok._.country_code`, from the table of the Doc being worked on."""
    if tok.doc is _MARKS[0]:
        return _MARKS[3][tok.i]
    return tok._.country_code


def office_phrases(lexicon: Lexicon) -> list[str]:
    """Every office the matcher looks for: the offices as listed, and for each portfolio
    "minister of P", "minister for P", "P minister" and "P secretary". Modifiers are not multiplied in
    here: they are taken from the text before the office."""
    phrases = set(lexicon["office"])
    # the common misspelling "Minster", where the lexicon lists it as an office, kept as written
    heads = ("minister", "minster") if "minster" in phrases else ("minister",)
    for portfolio in lexicon["portfolio"]:
        phrases |= {f"{head} {prep} {portfolio}" for head in heads for prep in ("of", "for")}
        phrases.add(f"{portfolio} minister")
        # "Economy Secretary", "Health Secretary": a secretary of the portfolio (US, UK, Mexico)
        phrases.add(f"{portfolio} secretary")
    return sorted(phrases)


def plural_word(word: str) -> str:
    """English plural of an office's head noun: minister → ministers, secretary →
    secretaries, chairman → chairmen, ambassador-at-large → ambassadors-at-large."""
    if "-" in word and word.split("-", 1)[0] not in ("vice", "co", "under", "deputy"):
        head, _, rest = word.partition("-")
        if rest.startswith(("at-", "in-", "of-", "general", "elect")):
            return f"{plural_word(head)}-{rest}"
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "sh", "ch", "x")):
        return word + "es"
    return word + "s"


def plural_phrase(phrase: str) -> str:
    """The plural of an office phrase: its head is the word before a linking preposition, else
    the last word ("ministers of justice", "permanent representatives")."""
    words = phrase.split()
    head = next((i - 1 for i, w in enumerate(words) if w in _LINKS and i > 0), len(words) - 1)
    words[head] = plural_word(words[head])
    return " ".join(words)


class OfficeFinder:
    """Find offices in a Doc (see the module's docstring)."""

    def __init__(self, vocab, make_doc, lexicon: Lexicon):
        self.matcher = PhraseMatcher(vocab, attr="LOWER")
        phrases = office_phrases(lexicon)
        for office in phrases:
            label = office.replace(" ", "-")
            self.matcher.add(f"title:{label}", [make_doc(v) for v in line_broken(office)])
            plural = plural_phrase(office)
            if plural != office:
                self.matcher.add(f"{PLURAL_PREFIX}title:{label}", [make_doc(v) for v in line_broken(plural)])
        # offices that are one only as written in capitals, never after a number ("PM X";
        # "4 pm", "4 PM" are times)
        self.capitals = {
            self.matcher.vocab.strings.add(f"title:{o.replace(' ', '-')}") for o in lexicon["capitals_office"]
        }
        for office in lexicon["capitals_office"]:
            self.matcher.add(f"title:{office.replace(' ', '-')}", [make_doc(office)])
        # class: an abbreviation that is an office only in capitals and next to a name ("PS X",
        # "X, SG,"; "PS" is also a postscript): the same test, and a name beside it
        self.by_name = {
            self.matcher.vocab.strings.add(f"title:{o.replace(' ', '-')}") for o in lexicon["capitals_office_by_name"]
        }
        self.capitals |= self.by_name
        for office in lexicon["capitals_office_by_name"]:
            self.matcher.add(f"title:{office.replace(' ', '-')}", [make_doc(office)])
        # class: an office only next to a party's name ("leader of the Labour Party", "Labour
        # Party leader X"), singular only
        self.by_party = {
            self.matcher.vocab.strings.add(f"title:{o.replace(' ', '-')}") for o in lexicon["party_office"]
        }
        for office in lexicon["party_office"]:
            self.matcher.add(f"title:{office.replace(' ', '-')}", [make_doc(office)])
        # class: an office shortened with a period ("Rep. X", "Sen. Y"): capitalised, right
        # before a name, never right after one ("… Amartya Sen. Next …" ends a surname)
        self.short_forms = {
            self.matcher.vocab.strings.add(f"title:{o.rstrip('.')}-short") for o in lexicon["office_short_form"]
        }
        for office in lexicon["office_short_form"]:
            self.matcher.add(f"title:{office.rstrip('.')}-short", [make_doc(office.capitalize())])
        # class: a staff office named by field words before its head ("supply and logistics
        # officer", "Programme Policy Officer"): the head is looked for on its own, the field words
        # are read before it, and the whole is an office only in a title's place (`_field_office`)
        self.staff_heads = set(lexicon["staff_office_head"])
        self.staff_labels = {self.matcher.vocab.strings.add(f"staff:{w}") for w in self.staff_heads}
        for head in self.staff_heads:
            self.matcher.add(f"staff:{head}", [make_doc(head)])
        self.party_nouns = set(lexicon["party_noun"])
        self.not_party_openers = set(lexicon["party_name_not_opener"])
        self.modifiers = set(lexicon["office_modifier"])
        # the words that may stand before an abbreviation next to a name ("Health PS X", "Omani FM
        # X"): a field, a rank word, a country or its adjective
        self.field_words = {w for p in lexicon["portfolio"] for w in p.split()}
        # "Asst.", "Dy.": a modifier written short (its period a token of its own, or none)
        self.short_modifiers = lexicon.mapping("office_modifier_abbreviation")
        self.given_name_titles = set(lexicon["given_name_title"])
        self.qualified = set(lexicon["qualified_office"])
        # the words `_given_name` asks about, united once here, not per office found
        self.given_or_qualified = self.given_name_titles | self.qualified
        self.suffixes = set(lexicon["office_suffix"])
        self.qualifiers = set(lexicon["office_qualifier"])
        self.labels = set(lexicon["programme_label"])
        kind = (
            tuple(phrases),
            tuple(sorted(self.labels)),
            tuple(sorted(self.modifiers)),
            tuple(sorted(self.short_modifiers.items())),
            tuple(sorted(self.given_name_titles)),
            tuple(sorted(self.qualified)),
            tuple(sorted(self.suffixes)),
            tuple(sorted(self.qualifiers)),
            tuple(sorted(lexicon["office_short_form"])),
            tuple(sorted(lexicon["capitals_office"])),
            tuple(sorted(lexicon["capitals_office_by_name"])),
            tuple(sorted(lexicon["party_office"])),
            tuple(sorted(self.party_nouns)),
            tuple(sorted(self.staff_heads)),
            id(vocab),
            id(getattr(make_doc, "__self__", make_doc)),
        )
        self.kind = _KINDS.setdefault(kind, len(_KINDS))

    def with_modifiers(self, doc: Doc, title: Span) -> Span:
        """The office with the rank words written before it: "First Deputy" + "Foreign Minister".
        The words, their spaces and their case are read from the text index, not a Token per
        word looked at (speed, #18)."""
        index = text_index(doc)
        words, spaced, spaces = index.words, index.spaced, index.is_space
        start = title.start
        while start > 0:
            before = words[start - 1]
            if before.lower() in self.modifiers:
                start -= 1
            elif self._short_modifier(words, spaced, start - 1):
                # class: a modifier written short ("Asst. Secretary", "Dy. Director", "Jt Secretary")
                start -= 2 if before == "." else 1
            elif (
                # class: a rank word glued by a hyphen ("Deputy-Secretary-General", "Vice-Minister")
                start > 1
                and before in HYPHENS
                and not spaced[start - 1]
                and not spaced[start - 2]
                and words[start - 2].lower() in self.modifiers
            ):
                start -= 2
            elif (
                # class: a rank word whose hyphen a space follows ("Vice- President", a broken word)
                len(before) > 2 and before[-1] in HYPHENS and before[:-1].lower() in self.modifiers
            ):
                start -= 1
            elif (
                # class: a capitalised qualifier naming the office's field or standing ("Cultural
                # Counsellor", "Principal Deputy Assistant Secretary"), never a sentence's first word
                before.istitle()
                and words[start].istitle()
                and before.lower() in self.qualifiers
                and start > 1
                and not spaces[start - 2]
                and words[start - 2] not in (".", "!", "?", ":", '"', "“")
            ):
                start -= 1
            else:
                break
        if start < title.start and start > 0 and RANK_NUMBER.fullmatch(words[start - 1].lower()):
            # "2nd Vice President", "1st Deputy Speaker": a rank among the deputies, written in
            # figures (never "48th President": only before a rank word)
            start -= 1
        # "Ambassador designate", "Ambassador-designate", "President-elect": the state after it
        end = title.end
        if end < len(words) and words[end].lower() in self.suffixes and spaced[end - 1]:
            end += 1
        elif (
            end + 1 < len(words)
            and words[end] in HYPHENS
            and not spaced[end - 1]
            and not spaced[end]
            and words[end + 1].lower() in self.suffixes
        ):
            end += 2
        if start == title.start and end == title.end:
            return title
        plural, _, label = title.label_.rpartition("title:")
        # The rule id names the whole office: "title:first-deputy-foreign-minister".
        rank = [w.lower() for w in words[start : title.start]]
        after = [w.lower() for w in words[title.end : end] if w.isalpha()]
        return Span(doc, start, end, label=f"{plural}title:" + "-".join([*rank, label, *after]))

    def _short_modifier(self, words: list[str], spaced: list[bool], i: int) -> bool:
        """A capitalised `office_modifier_abbreviation` ending at token i: "Asst" + "." (the period
        glued to it) or "Asst" alone (the text index's words and their spaces)."""
        if words[i] == ".":
            if i < 1 or spaced[i - 1]:
                return False
            i -= 1
        return words[i].istitle() and words[i].lower() in self.short_modifiers

    def _given_name(self, doc: Doc, start: int, end: int) -> bool:
        """A `given_name_title` ("Dean") not followed by "of" is a given name: "Prime Minister
        Dean Walker", never the office of a dean; after a capitalised office modifier ("Interim
        Dean", "Associate Dean") it is the office."""
        if end - start != 1 or doc[start].lower_ not in self.given_or_qualified:
            return False
        if start > 0 and doc[start - 1].lower_ in self.modifiers and doc[start - 1].is_title:
            return False  # class (heldout28): an office's modifier before it ("Interim Dean X Y", "Acting Dean")
        nxt = end
        while nxt < len(doc) and doc[nxt].is_space:
            nxt += 1
        # class: a `qualified_office` (Professor) is an office before its field after "of" or "in"
        # too ("Professor in Economics"); alone before a name, the name's honorific
        after = ("of", "in") if doc[start].lower_ in self.qualified else ("of",)
        return nxt >= len(doc) or doc[nxt].lower_ not in after

    @staticmethod
    def _not_in_capitals(doc: Doc, start: int, end: int) -> bool:
        """A `capitals_office` written otherwise than in capitals, or right after an hour on its
        line ("4 PM", "10.30 PM"; not a dateline's year: "4 May 2024\nPM A B")."""
        p = start - 1
        while p >= 0 and doc[p].is_space and "\n" not in doc[p].text:
            p -= 1
        return not doc[start:end].text.isupper() or (p >= 0 and _HOUR.fullmatch(doc[p].text) is not None)

    @staticmethod
    def _no_name_beside(doc: Doc, start: int, end: int) -> bool:
        """No name right after the office (past a comma: "PS X Y", "the SG, X Y") nor right before
        it past a comma ("X Y, PS,"): a name is a PERSON entity or two capitalised words."""

        def name_at(i: int, step: int) -> bool:
            if 0 <= i < len(doc) and doc[i].text == ",":
                i += step
            return _name_at(doc, i, step)

        return not (name_at(end, 1) or (start > 0 and doc[start - 1].text == "," and name_at(start - 1, -1)))

    @staticmethod
    def _short_form_before_name(doc: Doc, start: int, end: int) -> bool:
        """A short form ("Rep.", "Sen.") written capitalised, a name right after it (a PERSON
        entity or two capitalised words) and none right before it (a surname's last word)."""
        if not doc[start].text[:1].isupper() or end >= len(doc):
            return False
        before = doc[start - 1] if start > 0 else None
        if before is not None and before.is_title and before.ent_type_ not in _BEFORE_SHORT_FORM:
            return False  # a name's word before it ("Ravi Sen."); a date's, a party's or a state's is none
        nxt = doc[end]
        if nxt.ent_type_ == "PERSON":
            return True
        return end + 1 < len(doc) and nxt.is_title and nxt.is_alpha and doc[end + 1].is_title

    def _glued_to_a_name(self, doc: Doc, start: int) -> bool:
        """class: the abbreviation ends a capitalised name glued before it ("Classic FM X", "Radio
        Nacional FM X": a station's name before a speaker's); a field, a rank word, a country or
        its adjective ("Health PS X", "Omani FM X", "Deputy FM X") leaves it an office."""
        if start == 0:
            return False
        w = doc[start - 1]
        if not (w.is_alpha and w.text[0].isupper() and w.tag_.startswith("NNP")):
            return False  # "The SG, X": a determiner, no name
        lower = w.lower_
        return not (
            lower in self.field_words
            or lower in self.modifiers
            or w.ent_type_ in ("GPE", "NORP")
            or (Token.has_extension("country") and country_of(w))
        )

    def _next_to_a_party(self, doc: Doc, start: int, end: int) -> bool:
        """A party's name right before the office ("Labour Party leader") or after its "of
        [the]" ("leader of the Labour Party"): capitalised words ending in a `party_noun`.
        Neither a lower-case noun compounded before the office ("team leader", "project leader":
        another office) nor a name opening with a `party_name_not_opener` ("Premier League", "World
        Health Congress": a sports league, a meeting) is one (class: party leader over-firing)."""
        before = doc[start - 1] if start > 0 else None
        if (
            before is not None
            and before.is_lower
            and before.tag_ in ("NN", "NNS")
            and before.lower_ not in self.modifiers
            and before.lower_ not in self.party_nouns
        ):
            return False
        if before is not None and before.is_title and before.lower_ in self.party_nouns:
            first = start - 1
            while first > max(0, start - 8) and doc[first - 1].is_title and doc[first - 1].lower_ != "the":
                first -= 1
            return doc[first].lower_ not in self.not_party_openers
        k = end
        if k >= len(doc) or doc[k].lower_ != "of":
            return False
        k += 1
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        first = k
        while (
            k < len(doc)
            and k - first < 8
            and (doc[k].is_title or (k > first and doc[k].lower_ in ("of", "and", "for")))
        ):
            if doc[k].is_title and doc[k].lower_ in self.party_nouns:
                return doc[first].lower_ not in self.not_party_openers
            k += 1
        return False

    def _field_office(self, doc: Doc, s: int, e: int) -> Span | None:
        """A staff head (`staff_office_head`) with up to three field words written before it in its
        case ("supply and logistics officer", "Programme Policy Officer"), widened over rank words,
        as one office, only in a title's place: after a name and a comma or dash ("X, a policy
        officer with …", "X – Programme Policy Officer"), after "as", or right before a name. No
        field word: None (the head alone is an office only where the lexicon lists it)."""
        head = doc[s:e]
        lower = head.text.islower()
        if not (lower or head.text.istitle()):
            return None
        start, fields = s, 0
        while start > 0:
            w = doc[start - 1]
            if (
                w.lower_ == "and"
                and fields
                and start > 1
                and (doc[start - 2].is_lower if lower else doc[start - 2].is_title)
                and doc[start - 2].is_alpha
                and doc[start - 2].lower_ not in self.modifiers
            ):
                start -= 1
                continue
            if (
                not w.is_alpha
                or len(w) < 3
                or w.is_stop
                or w.lower_ in self.modifiers
                or w.lower_ in self.staff_heads
                or not (w.is_lower if lower else w.is_title)
                or not w.tag_.startswith(("NN", "JJ"))
                or w.ent_type_ in ("PERSON", "GPE", "NORP", "DATE", "LOC")
            ):
                break
            if fields == 3:
                return None  # a fourth field word: a longer office than this rule reads (left to `titles`)
            start -= 1
            fields += 1
        if not fields:
            return None
        words = [t.lower_ for t in doc[start:e]]
        office = self.with_modifiers(doc, Span(doc, start, e, label="title:" + "-".join(words)))
        return office if self._title_place(doc, office.start, office.end) else None

    @staticmethod
    def _title_place(doc: Doc, start: int, end: int) -> bool:
        """An office's place as a title: right before a name, after "as", or after a name's comma or
        dash ("X, a/the …", "X – …"). A name is a PERSON entity or two capitalised words (read
        before the people are settled: `person_repair` asks first)."""
        if _name_at(doc, end, 1):
            return True
        p = start - 1
        if p >= 0 and doc[p].lower_ in ("a", "an", "the"):
            p -= 1
        if p < 0:
            return False
        if doc[p].lower_ == "as":
            return True
        return doc[p].text in (",", "–", "—", "-") and _name_at(doc, p - 1, -1)

    def __call__(self, doc: Doc) -> list[Span]:
        return [Span(doc, s, e, label=label) for s, e, label in self.found(doc)]

    def found(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The offices as (start, end, label) of each, found once per document and kind: the
        spans without a Span made for each (`__call__` makes them); the list is the cache's, not
        to be changed."""
        by_kind = _FOUND.get(doc)
        if by_kind is None:
            by_kind = _FOUND[doc] = {}
        found = by_kind.get(self.kind)
        if found is None:
            matches = self.matcher(doc)
            listed = [
                self.with_modifiers(doc, Span(doc, s, e, label=m))
                for m, s, e in matches
                if m not in self.staff_labels
                and not self._given_name(doc, s, e)
                and not (e < len(doc) and doc[e].lower_ in self.labels)
                and not (m in self.capitals and self._not_in_capitals(doc, s, e))
                and not (m in self.by_name and self._no_name_beside(doc, s, e))
                and not (m in self.by_name and self._glued_to_a_name(doc, s))
                and not (m in self.by_party and not self._next_to_a_party(doc, s, e))
                and not (m in self.short_forms and not self._short_form_before_name(doc, s, e))
            ]
            # a field office only where no listed office runs past it ("Director General": the
            # head opens a longer office)
            fielded = [
                o
                for o in (self._field_office(doc, s, e) for m, s, e in matches if m in self.staff_labels)
                if o is not None
                and all(x.end <= o.start or x.start >= o.end or (x.start >= o.start and x.end <= o.end) for x in listed)
            ]
            spans = filter_spans(fielded + listed)
            found = by_kind[self.kind] = _hyphen_joined(doc, [(s.start, s.end, s.label) for s in spans])
        return found


def _name_at(doc: Doc, i: int, step: int) -> bool:
    """A name starts (step 1) or ends (step -1) at token `i`: a PERSON entity or two capitalised
    words, read before the people are settled."""
    if not 0 <= i < len(doc):
        return False
    if doc[i].ent_type_ == "PERSON":
        return True
    j = i + step
    return 0 <= j < len(doc) and all(doc[k].is_title and doc[k].is_alpha for k in (i, j))


def _hyphen_joined(doc: Doc, found: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Two offices glued by a hyphen are one office ("Councillor-President", "Secretary-Treasurer"):
    the second one's label (plural or not), with the first one's words in its rule id."""
    joined: list[tuple[int, int, int]] = []
    for s, e, label in found:
        if joined:
            ps, pe, plabel = joined[-1]
            if pe + 1 == s and doc[pe].text in HYPHENS and not doc[pe - 1].whitespace_ and not doc[pe].whitespace_:
                strings = doc.vocab.strings
                plural, _, tail = strings[label].rpartition("title:")
                head = strings[plabel].removeprefix(PLURAL_PREFIX).removeprefix("title:")
                joined[-1] = (ps, e, strings.add(f"{plural}title:{head}-{tail}"))
                continue
        joined.append((s, e, label))
    return joined


def is_plural(span: Span) -> bool:
    return span.label_.startswith(PLURAL_PREFIX)


def rule_id(span: Span) -> str:
    """The office's rule id ("title:secretary-general"), plural or not."""
    return span.label_.removeprefix(PLURAL_PREFIX)
