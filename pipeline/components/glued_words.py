"""spaCy's English tokenizer, then words that lost their space part again.

Text taken from web pages often loses the space or line break between two words where
the page had markup between them: a list item's last word runs into the next item's
title ("… Al-SayedMinister of Trade"), a heading's country into the name under it
("GhanaH.E. Nana Mensah"), a link's function word into the linked name ("at theUniversity
of Lagos"), a dateline's place into its date ("Accra,12 May 2020:"). spaCy keeps each
as one token, and then the model and every rule read one word where there are two.

A token is parted where a lower-case letter meets an upper-case one and one side is a
word the lexicon knows there: the right side opens a title (an honorific, a royal
title, an office of one word, or a word that joins a stack of honorifics such as "His"
or "Right", `honorific_joiner`), or the left side is such a title word or a
`glued_lead_word` (the, of, and, …). A heading's last word in lower case glued to the
paragraph's first, a word that opens a sentence and is the whole right side
(`glued_opening_word`: "Ceremonial openingThe ceremony …"), is parted too, as is a name's last
word glued the same way to the next sentence's opener ("Ana PiñeraHe said"), a lower-case word next. A verb or pronoun glued to the end of a name
(`glued_tail_word`: "Ana Fernandezwill be") is parted after two capitalised words whose
last has five letters or more and no other capital, a lower-case word next; a preposition
glued the same way (`glued_tail_preposition`: "President Ana Fernandezof Chile") where a
capitalised word follows. A name that spaCy's exceptions read as a contraction
without its apostrophe (`name_not_contraction`: "Im", "Ima") stays one word. A given name glued
to a surname right after a title word ("President ElenaMarquez") is parted too, where
each side has four and three letters or more. Names written in two capitals after a short
prefix ("McDonald", "DeSouza", "MacArthur", "YouTube") stay whole. A year glued to
the capitalised word after it ("25 May 2016Category:") and a dateline's place joined to its
day by a dash, a month next ("Chiang Rai-25 May 2016:"), are parted too. A comma
between a letter and a digit is parted too (spaCy parts it between two letters), as is one
between a day and its year ("Feb 10,2014") or a year and the next word, and so
is an opening bracket between a letter and a capital ("Network(ATN)"), a semicolon between a
letter and a capital ("Kenya;H.E."), a dateline's
closing bracket glued to a dash and a capital ("(Andes Wire)–Foreign"), and so
is a dash after a colon at a word's end ("… Meeting:-"), and a closing double quote glued to
the capitalised word after it ("Rafael “Pepe”Lobo"). A slash or a hyphen glued to a
capitalised word with a space on its other side is parted from it ("UNDP/ GEF", an agency's
by-line "… said. -Bernama", "of Kazakhstan- the …"). An honorific in dotted capitals glued to
the capitalised word after it is parted after its last stop ("H.E.Amb.", "H.E.Mensah"). The
text is not changed: the parted words are written without a space between them, so
every offset stays the text's.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.attrs import IDX
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_suffix_regex, registry

from ..lexicon import Lexicon
from ..text import alternation, remember_text

#: A lower-case letter then an upper-case one: where a glued word may start.
_CASE_JOIN = re.compile(r"(?<=[a-zß-öø-ÿ])(?=[A-Z])")
#: A comma between a letter and a digit, with no space ("Accra,12 May").
_COMMA_BEFORE_DIGIT = r"(?<=[^\W\d_]),(?=[0-9])"
#: A comma with no space after it between a day and its year ("Feb 10,2014": four digits
#: after a comma are never a thousands group) or between a year and the next word ("since
#: 2011,Ministers"): parted, so the date's day, its year and the word are words of their own.
_COMMA_BEFORE_YEAR = r"(?<=\d),(?=(?:1[89]|2[01])\d\d(?!\d))"
_COMMA_AFTER_YEAR = r"(?<=(?:1[89]|2[01])\d\d),(?=[^\W\d_])"
#: A closing double quote glued to the capitalised word after it, a nickname's end inside a
#: name that lost its space ("Rafael “Pepe”Lobo"): parted (a closing quote is never inside a word).
_CLOSE_QUOTE_BEFORE_WORD = r"(?<=[^\W\d_])”(?=[A-Z])"
#: An opening bracket glued to the word before it and to a capitalised word after it, an
#: acronym or a region in brackets that lost its space ("the Andean Trade Network(ATN)",
#: "Nagpur(Maharashtra):"): parted (no word holds a bracket before a capital; "(s)" stays).
_OPEN_BRACKET_BEFORE_CAPITAL = r"(?<=[^\W\d_])\((?=[A-Z])"
#: A semicolon glued to the capitalised word after it, a list's items run together ("… of
#: Kenya;H.E. A B, President of …"): parted like any other punctuation
_SEMICOLON_BEFORE_CAPITAL = r"(?<=[^\W\d_.]);(?=[A-Z])"
#: A dateline's closing bracket glued to a dash and the capitalised word after it, the credit
#: in brackets then the text ("LIMA, 4 May (Andes Wire)–Foreign Secretary …"): the bracket
#: and the dash are parted from the words on each side, each a token of its own.
_CLOSE_BRACKET_BEFORE_DASH = r"\)(?<=[^\W\d_]\))(?=[-–—][A-Z])"
_DASH_AFTER_CLOSE_BRACKET = r"[-–—](?<=[^\W\d_]\)[-–—])(?=[A-Z])"
#: A dash after a colon or a semicolon at a word's end ("… Meeting:-", "as follows:-", a
#: style of many South Asian and African releases): parted, then the colon is spaCy's own
#: suffix ("Meeting", ":", "-"). An emoticon (":-)") is a tokenizer exception and stays.
#: The same after a full stop closing a leading date ("24 November 2022.- The Minister …", a
#: Latin American release's dateline): parted, the stop then parted from the year by spaCy.
_DASH_AFTER_COLON = r"(?<=[:;.])[-–—]"
#: spaCy's emoticon exceptions that are a digit and a closing bracket ("8)", "8-)"): in press
#: text that is a number closing its brackets ("Kenya (8), Peru (3)"), so they are dropped.
_DIGIT_BRACKET_EMOTICON = re.compile(r"\d-?\)\Z")
#: A capitalised word and the spaces after it, ending where a glued name's last word starts.
_NAME_BEFORE = re.compile(r"(?:^|(?<=[\s(]))[A-Z][\w.'’-]*[ \t]+\Z")
#: A given name glued to a surname, two capitalised words of four and three letters or more
#: ("President ElenaMarquez"): parted right after a title word only. A name's own inner
#: capital follows a short prefix ("McDonald", "DeSouza", "MacArthur") and stays whole.
_GLUED_NAME = re.compile(r"(?P<left>[A-Z][a-zß-öø-ÿ]{3,})(?P<right>[A-Z][a-zß-öø-ÿ]{2,})")
#: A capitalised word of four letters or more glued to a capitalised word with no other capital
#: ("PiñeraHe"): a name's last word and the next sentence's opener, where the lexicon knows it.
_NAME_THEN_OPENER = re.compile(r"(?P<left>[A-Z][a-zß-öø-ÿ]{3,})(?P<right>[A-Z][a-z]+)")
#: A year glued to the capitalised word after it, a page's next label ("25 May 2016Category:").
_YEAR_GLUED = re.compile(r"(?<![\w])((?:19|20)\d\d)(?=[A-Z][a-zß-öø-ÿ]+\b)")
#: A slash glued to the end of a capitalised word or an acronym, a space after it, one of
#: two bodies or names written "UNDP/ GEF", "the AU/ ECOWAS mission": spaCy keeps "UNDP/" as
#: one word, and the body is then missed. Parted where the whole word is letters opening with
#: a capital ("12/ 2019", "and/ or" and a URL's "…org/" stay as they are).
_SLASH_GLUED = re.compile(r"(?<=[A-Za-z])/(?=[ \t\r\n])")
_SLASH_WORD = re.compile(r"[A-Z][A-Za-z]*/")
#: A hyphen glued to a capitalised word with a space on its other side: an agency's by-line at
#: a text's or a sentence's end ("… the officials said. -Bernama", "-AFP"), or a name with a
#: dash written after it and a space ("of Kazakhstan- the Leader …"). The hyphen is parted
#: off; a word with a hyphen inside ("Jean-Pierre", "Timor-Leste", "COVID-19", "ex-President")
#: has no space next to its hyphen and is never touched. A suspended compound's first part
#: ("French- and English-speaking") stays whole, as does a rating ("A-", "BBB-": no lower case).
_DASH_BEFORE_WORD = re.compile(r"(?<![^\s(\[])-(?=[A-Z])")
_DASH_WORD_AFTER = re.compile(r"-[A-Z][^\W\d_]+")
_DASH_AFTER_WORD = re.compile(r"(?<=[a-zß-öø-ÿ])-(?=[ \t\r\n])(?![ \t]+(?:and|or|to|&)\b)")
_WORD_DASH = re.compile(r"[A-Z][a-zß-öø-ÿ][^\W\d_]*-")
#: class (heldout24): an honorific written in dotted capitals glued to the capitalised word
#: after it ("H.E.Amb. X", "H.E.Dr. X", "H.E.Mensah"): parted after the honorific's last stop,
#: so the honorific reads as one and the word after it as a word of its own (initials that are
#: no honorific, "A.B.Sandoval", stay a name's).
_DOTTED_HONORIFIC = re.compile(r"(?:[a-z]\.){2,}")
#: The word a right-hand side opens with: letters, or dotted initials ("H.E.").
_OPENING_WORD = re.compile(r"(?:[A-Z]\.)+|[^\W\d_]+\.?")


def _glue_regex(words: frozenset[str], follow: str) -> re.Pattern | None:
    """A name's last word (five letters or more) glued to one of `words`, `follow` after it."""
    if not words:
        return None
    return re.compile(r"(?P<left>[A-Z][a-zß-öø-ÿ]{4,}?)(?P<tail>" + alternation(words) + r")(?=" + follow + ")")


class GluedWordsTokenizer(Tokenizer):
    """spaCy's tokenizer; then each token with a glued word in it is parted (see the
    module's docstring). Documents with none come back as spaCy made them."""

    def set_glue_words(
        self,
        *,
        openers: frozenset[str],
        leads: frozenset[str],
        tails: frozenset[str] = frozenset(),
        tail_prepositions: frozenset[str] = frozenset(),
        months: frozenset[str] = frozenset(),
        name_prefixes: frozenset[str] = frozenset(),
        openings: frozenset[str] = frozenset(),
        countries: frozenset[str] = frozenset(),
        country_names: frozenset[str] = frozenset(),
        capitals: frozenset[str] = frozenset(),
        local_offices: frozenset[str] = frozenset(),
        dotted_honorifics: frozenset[str] = frozenset(),
    ) -> None:
        dotted = sorted({h.upper() for h in dotted_honorifics if _DOTTED_HONORIFIC.fullmatch(h)}, key=len, reverse=True)
        self.honorific_glue = (
            re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, dotted)) + r")(?=[A-Z][a-zß-öø-ÿ])")
            if dotted
            else None
        )
        self.openers = openers
        self.openings = openings  # "openingThe": a sentence's first word glued to a heading
        self.name_prefixes = name_prefixes  # "FitzGerald": a capital inside one surname
        # "Chiang Rai-25 May 2016": a dateline's place joined to its day by a dash, a month next
        self.day_glue = (
            re.compile(r"(?<=[a-zß-öø-ÿ])-(?=\d{1,2}[ \t]+(?i:" + alternation(months) + r")\b)") if months else None
        )
        self.leads = leads
        # "Ana Fernandezwill be": a name's last word (five letters or more, no other capital)
        # glued to a verb or pronoun that a lower-case word follows; the word before it is
        # checked in _tail_glued (only where this matches)
        self.tail_glue = _glue_regex(tails, r"[ \t]+[a-z]")
        # "President Ana Fernandezof Chile": a name's last word glued to a preposition that a
        # country (its name or demonym), or "the" and a country's name ("the Philippines"),
        # follows, or a capital city after a city's office ("Mayor Olga Vetrovaof Chisinau");
        # never any other capitalised word, for real surnames end in "of" ("the Werner Bischof
        # Foundation", "Bischof the Swiss master"), nor a country or demonym that opens a longer
        # proper name ("Lindhof Jordan River", "Kirchhof German Courts"). The risk left: a real
        # "-of" surname right before a country's name or a demonym and a lower-case word
        # ("Judge Paul Kirchhof Germany" is parted)
        self.local_offices = local_offices
        # (the place is checked in _tail_glued, on the few matches only, so the scan stays cheap)
        self.tail_prep_glue = _glue_regex(tail_prepositions, r"[ \t]+[A-Za-z]") if countries else None
        names = country_names or countries
        self.prep_place = re.compile(
            r"[ \t]+(?:(?:the[ \t]+(?:"
            + alternation(names)
            + r")|(?:"
            + alternation(countries)
            + r"))\b(?![ \t]+[A-Z][a-zß-öø-ÿ])"
            + (r"|(?P<capital>(?:" + alternation(capitals) + r")\b)" if capitals else "")
            + ")"
        )

    def _tail_glued(self, text: str, m: re.Match) -> bool:
        """Whether the match opens a word and a capitalised word stands before it (a name of two
        words at least: "Ana Fernandezwill", never "The Goodwill")."""
        s = m.start()
        if s == 0 or text[s - 1] not in " \t":
            return False
        if m.re is self.tail_prep_glue:
            place = self.prep_place.match(text, m.end())
            if place is None:
                return False
            if place.groupdict().get("capital") and not self.local_offices & set(
                re.findall(r"[a-z]+", text[max(0, s - 40) : s].lower())
            ):
                return False  # "Anna Romanof Tbilisi": a capital city parts it only after a city's office
        return _NAME_BEFORE.search(text[max(0, s - 40) : s]) is not None

    def __call__(self, text: str) -> Doc:
        doc = self._parted(text)
        remember_text(doc, text)
        return doc

    def _parted(self, text: str) -> Doc:
        doc = super().__call__(text)
        joins = [m.start() for m in _CASE_JOIN.finditer(text)]
        tails = [
            m
            for glue in (self.tail_glue, self.tail_prep_glue)
            if glue is not None
            for m in glue.finditer(text)
            if self._tail_glued(text, m)
        ]
        years = [m.end() for m in _YEAR_GLUED.finditer(text)]
        days = [m.start() for m in self.day_glue.finditer(text)] if self.day_glue is not None else []
        slashes = [m.start() for m in _SLASH_GLUED.finditer(text)]
        dashes_before = [m.start() for m in _DASH_BEFORE_WORD.finditer(text)]
        dashes_after = [m.start() for m in _DASH_AFTER_WORD.finditer(text)]
        honours = [m for m in self.honorific_glue.finditer(text)] if self.honorific_glue is not None else []
        if (
            not joins
            and not honours
            and not tails
            and not years
            and not days
            and not slashes
            and not dashes_before
            and not dashes_after
        ):
            return doc
        starts = doc.to_array(IDX).tolist()
        parted = {}
        for i in {bisect_right(starts, at) - 1 for at in joins}:
            pieces = self._parts(doc[i].text)
            if len(pieces) == 1 and i > 0:
                pieces = self._name_after_title(doc[i - 1].text, doc[i].text)
            if len(pieces) == 1 and i + 1 < len(doc) and doc[i + 1].is_lower:
                pieces = self._name_before_opening(doc[i].text)
            if len(pieces) > 1:
                parted[i] = pieces
        for at in years:  # "2016Category": the year, then the word
            i = bisect_right(starts, at) - 1
            if i not in parted and at - starts[i] == 4:
                parted[i] = [doc[i].text[:4], doc[i].text[4:]]
        for at in days:  # "Lima-25 May": the place, the dash, the day
            i = bisect_right(starts, at) - 1
            word = doc[i].text
            if i not in parted and word[at - starts[i] + 1 :].isdigit():
                parted[i] = [word[: at - starts[i]], "-", word[at - starts[i] + 1 :]]
        for at in slashes + dashes_after:  # "UNDP/ GEF", "Kazakhstan- the": the word, then its mark
            i = bisect_right(starts, at) - 1
            word = doc[i].text
            if i not in parted and at - starts[i] == len(word) - 1:
                if (_SLASH_WORD if word[-1] == "/" else _WORD_DASH).fullmatch(word):
                    parted[i] = [word[:-1], word[-1]]
        for at in dashes_before:  # "-Bernama": the hyphen, then the word
            i = bisect_right(starts, at) - 1
            word = doc[i].text
            if i not in parted and starts[i] == at and _DASH_WORD_AFTER.fullmatch(word):
                parted[i] = ["-", word[1:]]
        for m in honours:  # "H.E.Amb": the honorific, then the word
            i = bisect_right(starts, m.start()) - 1
            word, cut = doc[i].text, m.end() - m.start()
            if i not in parted and starts[i] == m.start() and cut < len(word):
                parted[i] = [word[:cut], word[cut:]]
        for m in tails:
            i = bisect_right(starts, m.start("left")) - 1
            if i not in parted and starts[i] == m.start("left") and len(doc[i].text) == m.end() - m.start("left"):
                parted[i] = [m.group("left"), m.group("tail")]
        if not parted:
            return doc
        words, spaces = [], []
        for token in doc:
            pieces = parted.get(token.i, (token.text,))
            words.extend(pieces)
            spaces.extend([False] * (len(pieces) - 1) + [bool(token.whitespace_)])
        return Doc(self.vocab, words=words, spaces=spaces)

    def _parts(self, word: str) -> list[str]:
        """The word's pieces: itself, or parted at each join of two known words."""
        if len(word) < 5 or word.isupper() or word.islower():
            return [word]
        pieces, start = [], 0
        for m in _CASE_JOIN.finditer(word):
            cut = m.start()
            if cut > start and self._glued(word[start:cut], word[cut:]):
                pieces.append(word[start:cut])
                start = cut
        pieces.append(word[start:])
        return pieces

    def _name_after_title(self, before: str, word: str) -> list[str]:
        """A given name glued to a surname right after a title word ("President ElenaMarquez"):
        the two names; else the word."""
        m = _GLUED_NAME.fullmatch(word)
        if m is None or m.group("left").lower() in self.name_prefixes:
            return [word]
        low = before.lower()
        if before[:1].isupper() and (low in self.openers or low.rstrip(".") in self.openers):
            return [m.group("left"), m.group("right")]
        return [word]

    def _name_before_opening(self, word: str) -> list[str]:
        """class (heldout30): two sentences run together, a name's last word glued to the next
        sentence's opening word ("… of Chile, Ana PiñeraHe said", "… with X SanduAccording to"):
        the name and the opener, where the opener (`glued_opening_word`) is the whole right side
        and a lower-case word follows (the caller checks that); else the word. A name's own inner
        capital ("McDonald", "DeSouza") has a left side of three letters or fewer and stays."""
        m = _NAME_THEN_OPENER.fullmatch(word)
        if m is None or m.group("right").lower() not in self.openings or m.group("left").lower() in self.name_prefixes:
            return [word]
        return [m.group("left"), m.group("right")]

    def _glued(self, left: str, right: str) -> bool:
        opening = _OPENING_WORD.match(right)
        first = opening.group().lower() if opening else ""
        if len(first.rstrip(".")) < 2:
            return False
        if left.islower():
            if len(left) >= 3 and right.lower() in self.openings and right[1:].islower():
                return True  # "openingThe": a heading's last word, then the paragraph's first
            return left in self.leads and len(right) > 2 and right[1:2].islower()
        if not (left[0].isupper() and left[1:].islower() and len(left) >= 4):
            return False  # "Mc|Donald", "De|Souza", "i|Phone": a name's or a brand's own capitals
        return first in self.openers or first.rstrip(".") in self.openers or left.lower() in self.openers


@registry.tokenizers("communique.glued_words_tokenizer.v1")
def create_glued_words_tokenizer(lexicon: Lexicon, countries: list[dict] | None = None):
    """spaCy's English tokenizer (its rules, prefixes, suffixes and infixes, one infix
    more: a comma between a letter and a digit; one suffix more: a dash after a colon),
    parting glued words the lexicon knows."""
    openers = frozenset(
        {t for t in lexicon["office"] if " " not in t}  # "Minister", not "Personal" of "personal representative"
        | lexicon["honorific"]
        | lexicon["royal_title"]
        | lexicon["title_noun"]
        | lexicon["honorific_joiner"]
    )

    def make(nlp) -> GluedWordsTokenizer:
        base = registry.tokenizers.get("spacy.Tokenizer.v1")()(nlp)
        infixes = list(nlp.Defaults.infixes) + [
            _COMMA_BEFORE_DIGIT,
            _COMMA_BEFORE_YEAR,
            _COMMA_AFTER_YEAR,
            _CLOSE_QUOTE_BEFORE_WORD,
            _OPEN_BRACKET_BEFORE_CAPITAL,
            _SEMICOLON_BEFORE_CAPITAL,
            _CLOSE_BRACKET_BEFORE_DASH,
            _DASH_AFTER_CLOSE_BRACKET,
        ]
        # a contraction written without its apostrophe that is also a name ("Im" of "Prof. Im
        # Harang Sol", spaCy's "I'm"): one word, as press text writes the contraction with one
        not_contractions = lexicon["name_not_contraction"]
        rules = {
            k: v
            for k, v in base.rules.items()
            if not (k.istitle() and k.lower() in not_contractions) and not _DIGIT_BRACKET_EMOTICON.match(k)
        }
        tokenizer = GluedWordsTokenizer(
            nlp.vocab,
            rules=rules,
            prefix_search=base.prefix_search,
            suffix_search=compile_suffix_regex(list(nlp.Defaults.suffixes) + [_DASH_AFTER_COLON]).search,
            infix_finditer=compile_infix_regex(infixes).finditer,
            token_match=base.token_match,
            url_match=base.url_match,
        )
        tokenizer.set_glue_words(
            openers=openers,
            leads=lexicon["glued_lead_word"],
            tails=frozenset(lexicon["glued_tail_word"]),
            tail_prepositions=frozenset(lexicon["glued_tail_preposition"]),
            months=frozenset(lexicon["month"]),
            name_prefixes=frozenset(lexicon["name_prefix"]),
            openings=frozenset(lexicon["glued_opening_word"]),
            countries=frozenset(
                form
                for country in countries or ()
                for form in (
                    country["name"],
                    country.get("official", ""),
                    *country.get("variants", []),
                    *country.get("demonyms", []),
                )
                if form
            ),
            country_names=frozenset(
                form
                for country in countries or ()
                for form in (country["name"], country.get("official", ""), *country.get("variants", []))
                if form
            ),
            capitals=frozenset(c for country in countries or () for c in country.get("capitals", [])),
            local_offices=frozenset(lexicon["local_office"]),
            dotted_honorifics=frozenset(lexicon["honorific"]),
        )
        return tokenizer

    return make
