"""People: the model's PERSON spans, cleaned, clustered per document (surname alone,
initial + surname and honorific forms join the fullest name) and given a person_id."""

from __future__ import annotations

import re
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..identity import person_id, person_key
from ..text import fold, squash, text_index, text_of
from .mentions import add_mention

if not Doc.has_extension("people"):
    Doc.set_extension("people", default=None)


#: A regnal or generational number after a name ("Letsie III", "John Smith IV"): kept in capitals.
_ROMAN = re.compile(r"[IVX]+")
#: A two-letter initial with its period in a name's written form ("Kh.Battulga", "Yu. Orlov").
_DOTTED_DIGRAPH = re.compile(r"(?<![^\s.])([A-Z][a-z])\.")


def unshout(name: str) -> str:
    """'Anton KOVALENKO' → 'Anton Kovalenko'; initials (also written together before a surname in
    mixed case: 'RK Mehra'), regnal numbers ('Letsie III') and mixed case stay as written."""
    words = name.split()
    return " ".join(
        w.title()
        if w.isupper()
        and len(w.strip(".")) > 1
        and not (k and _ROMAN.fullmatch(w))
        and not (k == 0 and len(w) <= 3 and len(words) > 1 and not words[1].isupper())
        else w
        for k, w in enumerate(words)
    )


def spaced_text(span: Span) -> str:
    """The span's text, a space put back between two words the page had glued together and
    the tokenizer parted ("RosaMendez" read as "Rosa", "Mendez"): where a token that ends in a
    lower-case letter has no space after it and the next opens with a capital."""
    words = []
    for tok in span[:-1]:
        if tok.text in ("[", "]"):
            continue  # class (silver9 C4): an editor's bracket splitting the name ("Karel [Novak")
        glued = not tok.whitespace_ and tok.text[-1:].islower() and tok.nbor(1).text[:1].isupper()
        words.append(tok.text + (" " if glued else tok.whitespace_))
    return "".join(words) + span[-1].text if len(span) else ""


def surname(name: str) -> str:
    parts = fold(name).split()
    return parts[-1] if parts else ""


#: A hyphen between two letters inside a word ("Jia-bao").
_HYPHEN_IN_WORD = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")

#: Vowels: one written for another is a transliteration's choice ("Saleh"/"Salih").
_VOWELS = frozenset("aeiou")


def surname_variant(a: str, b: str) -> bool:
    """class (heldout22, heldout23): two spellings of one surname in one document, a vowel written
    for another ("Haddad"/"Hadded", "Adeyemi"/"Adeyami") or two letters inside the word swapped (a
    typing slip: "Temba"/"Tmeba"). Folded surnames of four letters or more, the first letter and
    the last the same (a changed ending is another form: Kowalski/Kowalska, Rossi/Rosso), and no
    letter added or dropped (Petrov/Petrova, Karaman/Kahraman are other names)."""
    if a == b or len(a) != len(b) or len(a) < 4 or a[0] != b[0] or a[-1] != b[-1]:
        return False
    diff = [k for k, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(diff) == 1:
        return a[diff[0]] in _VOWELS and b[diff[0]] in _VOWELS
    return len(diff) == 2 and diff[1] == diff[0] + 1 and (a[diff[0]], a[diff[1]]) == (b[diff[1]], b[diff[0]])


def _undoubled(word: str) -> str:
    """A word with each doubled letter written once ("vaarmman" → "varman")."""
    return re.sub(r"(.)\1+", r"\1", word)


def surname_slip(a: str, b: str) -> bool:
    """class (heldout36, heldout39): a lone surname spelled with one letter dropped or added
    inside it ("Wickremratne" of "Wickremaratne", "Okalanda" of "Okalhanda") or a letter doubled
    otherwise ("Varmman" of "Vaarman"): folded surnames of five letters or more whose first
    letter and last are the same (a changed ending is another form: Petrov/Petrova)."""
    if a == b or min(len(a), len(b)) < 5 or a[0] != b[0] or a[-1] != b[-1]:
        return False
    if _undoubled(a) == _undoubled(b):
        return True
    short, long_ = sorted((a, b), key=len)
    return len(long_) == len(short) + 1 and any(long_[:k] + long_[k + 1 :] == short for k in range(1, len(long_) - 1))


def _without_patronymics(words: list[str], patronymics: frozenset[str]) -> list[str]:
    """The words of a folded name less each patronymic and the father's name after it ("omar bin
    faisal al rashidi" → "omar al rashidi"); the name's first word always kept."""
    out, skip = words[:1], False
    for w in words[1:]:
        if skip:
            skip = False
        elif w in patronymics:
            skip = True
        else:
            out.append(w)
    return out


def same_person(
    form: str,
    name: str,
    particles: frozenset[str] = frozenset(),
    *,
    variants: bool = False,
    patronymics: frozenset[str] = frozenset(),
) -> bool:
    """Whether `form` names the person whose fullest name is `name` in one document: the
    surname alone, the same name, initials of the given names ("S. Zas", "S.Zas"), fewer of
    the given names (Robert Hale, Robert James Hale) or a transliteration of them
    (Sergey/Sergei), the first words of the name (Clara Maria of Clara Maria Soto), a
    hyphenated, particle (`particles`: al, van …) or doubled surname alone (Al-Nasser or Al
    Nasser of Karim Al Nasser); two different
    given names are two people (Andris and Janis Ozols). With `variants`, a surname spelled
    another way (`surname_variant`) is the same surname."""
    if ("-" in form or "-" in name) and fold(_HYPHEN_IN_WORD.sub("", form)) == fold(_HYPHEN_IN_WORD.sub("", name)):
        # class (heldout29): a name's syllables written with and without a hyphen ("Wen Jia-bao"
        # and "Wen Jiabao", "Park Geun-hye" and "Park Geunhye") in one document are one person
        return True
    f, n = fold(form).split(), fold(name).split()
    if 2 <= len(f) < len(n) and f == n[: len(f)]:
        return True  # the first names of the fullest ("Clara Maria" of "Clara Maria Soto")
    if (
        patronymics
        and len(f) >= 2
        and not patronymics.intersection(f)
        and patronymics.intersection(n[1:])
        and f == _without_patronymics(n, patronymics)
    ):
        # class (heldout37): the full name written later without its patronymic ("Omar Al-Rashidi"
        # of "Omar bin Faisal Al-Rashidi") is the same person
        return True
    if surname(form) != surname(name):
        if variants and f and n and surname_variant(f[-1], n[-1]):
            return same_person(" ".join([*form.split()[:-1], name.split()[-1]]), name, particles)
        return False
    if (
        len(f) < len(n)
        and f == n[-len(f) :]
        and ("-" in form or form.split()[0].islower() or f[0] in particles or len(set(f)) == 1)
    ):
        # a compound surname alone: "Al-Nasser" of "Karim Al-Nasser", a capitalised particle
        # ("Al Nasser", "AL NASSER"), a doubled surname ("Mensah Mensah" of "Kofi Mensah Mensah")
        return True
    if len(f) == 1 or f == n:
        return True
    given_f, given_n = f[:-1], n[:-1]
    # class (heldout23): a two-letter initial with its period, one Cyrillic letter transliterated
    # ("Kh.", "Ts.", "Yu."), is the initial of a given name that opens with those letters
    dotted = {w.lower() for w in _DOTTED_DIGRAPH.findall(form)}
    if all(len(g) == 1 or g in dotted for g in given_f):
        initials = [h[: len(g)] for g, h in zip(given_f, given_n, strict=False)]
        if given_f == initials:
            return True
        # class (heldout23): more initials than the fuller name spells out given names, a
        # patronymic's initial after the given name's ("I.K. Azizov" of "Iskander Azizov")
        return bool(given_n) and len(given_f) > len(given_n) and given_f[: len(given_n)] == initials
    if len(given_f) == len(given_n) and all(
        g == h or (len(g) == 1 and h.startswith(g)) for g, h in zip(given_f, given_n, strict=True)
    ):
        return True  # a middle name written as its initial: "Ana K Soto" of "Ana Karina Soto"
    if given_f == given_n[: len(given_f)] or person_key(form) == person_key(name):
        return True
    # class (silver8 C3): one given name spelled with and without an "h" after a consonant
    # (Nicolas/Nicholas, Tomas/Thomas, Matew/Mathew) under the same surname is one person
    return len(given_f) == len(given_n) and [_no_h(g) for g in given_f] == [_no_h(h) for h in given_n]


def _no_h(given: str) -> str:
    """A given name without an "h" after a consonant (its spellings in different house styles)."""
    return re.sub(r"(?<=[bcdgkprt])h", "", given)


@Language.factory(
    "communique_people",
    assigns=["doc._.people"],
    default_config={"labels": ["PERSON"]},
)
class PeopleResolver:
    """One record per person per document, with every mention that names them."""

    def __init__(self, nlp: Language, name: str, *, labels: list[str]):
        self.name, self.labels = name, set(labels)
        self.honorifics: set[str] = set()
        self.cues: set[str] = set()
        self.particles: frozenset[str] = frozenset()
        self.patronymics: frozenset[str] = frozenset()
        self.office_cues: set[str] = set()
        self.spouse_titles: list[tuple[str, ...]] = []
        self.speaker_verbs: frozenset[str] = frozenset()

    def initialize(self, get_examples=None, *, nlp=None, lexicon):
        self.honorifics = {h.rstrip(".") for h in lexicon["honorific"]}
        self.particles = frozenset(lexicon["name_particle"])
        self.patronymics = frozenset(lexicon["name_patronymic"])
        # Words that, right before a one-word name, say it is a person's ("Mr Ivanov", "Minister Petrenko").
        # (the words that join an office's words are no cue: "Ambassador Extraordinary and Plenipotentiary")
        self.cues = self.honorifics | {
            w for o in lexicon["office"] for w in re.split(r"[\s-]+", o) if len(w) > 2 and w not in ("and", "the")
        }
        # class (a1 C3): a spouse's courtesy title ("First Lady", "Mama") and the office words
        # before a surname alone ("President X"), which name the office holder, not the spouse
        self.spouse_titles = sorted({tuple(t.split()) for t in lexicon["spouse_title"]}, key=len, reverse=True)
        # class (heldout32, heldout40): a lone surname that speaks ("X said", "X also stressed")
        self.speaker_verbs = frozenset(lexicon["speaker_verb"]) - {"met", "meets"}
        spouse_words = {w for t in self.spouse_titles for w in t}
        self.office_cues = {
            w for o in lexicon["office"] for w in re.split(r"[\s-]+", o) if len(w) > 2 and w not in ("and", "the")
        } - spouse_words

    def _clean(self, span: Span) -> Span | None:
        """Drop leading honorifics and trailing possessives; reject what is not a name."""
        start, end = span.start, span.end
        if span.ent_id_ in ("person:honorific-given-name", "person:peerage-name"):
            # the honorific is the given name here ("Sheikh X" alone, person_repair); a peer's
            # title is part of the name with its designation ("Lord X of Place", class heldout29)
            return span
        while start < end and span.doc[start].lower_.rstrip(".") in self.honorifics:
            start += 1
        while end > start and span.doc[end - 1].text in ("'s", "’s", "'", "’"):
            end -= 1
        if start >= end:
            return None
        span = span.doc[start:end]
        # (the span's text cut once from the document's, `Span.text` joins its tokens; speed, #18)
        text = text_of(span.doc)[span.start_char : span.end_char]
        if re.search(r"\d", text) or not any(c.isupper() for c in text):
            return None
        return span

    def _given(self, name: str) -> str:
        """The given name of a full name: its first word; in a patronymic name, the first word
        after leading particles ("Faisal" of "El Faisal bin Karim", the name before "bin")."""
        words = fold(name).split()
        if any(w in self.patronymics for w in words[1:]):
            k = 0
            while k < len(words) - 1 and words[k] in self.particles:
                k += 1
            return words[k]
        return words[0] if words else ""

    def _inner_word(self, word: str, words: list[str]) -> bool:
        """Whether `word` is a surname word inside the name `words` (not its first or last)."""
        if len(words) < 3 or word in self.particles or word in self.patronymics:
            return False
        return any(w == word and words[k - 1] not in self.patronymics for k, w in enumerate(words[1:-1], 1))

    def _cued(self, span: Span) -> bool:
        """Whether an honorific or an office stands right before the span ("Mr Ivanov")."""
        i = span.start - 1
        while i >= 0 and (span.doc[i].text == "." or span.doc[i].is_space and "\n" not in span.doc[i].text):
            i -= 1
        return i >= 0 and span.doc[i].lower_.rstrip(".") in self.cues

    def _speaks(self, span: Span) -> bool:
        """class (heldout32, heldout40): whether a speech verb follows the span, "also" between
        them or not ("X said", "X also stressed"): a surname the text gives alone is a person's
        where it speaks, though no fuller name or office comes with it."""
        doc, j = span.doc, span.end
        if j < len(doc) and doc[j].lower_ == "also":
            j += 1
        return j < len(doc) and doc[j].lower_ in self.speaker_verbs

    def _word_before(self, doc: Doc, i: int, *, comma: bool = False) -> int:
        """The token before token i, past spaces on the line and a period (and a comma and
        "the" when `comma`: "the First Lady, X"); -1 at the start. The words are the text
        index's (no Token per word: speed, #18)."""
        index = text_index(doc)
        words, spaces = index.words, index.is_space
        i -= 1
        while i >= 0 and (
            words[i] == "."
            or (spaces[i] and "\n" not in words[i])
            or (comma and words[i] == "," and i > 0 and words[i - 1].isalpha())
        ):
            i -= 1
        return i

    def _spouse_cued(self, span: Span) -> bool:
        """class (a1 C3): whether a spouse's courtesy title stands right before the span
        ("First Lady X", "Mama X", "the First Lady, X")."""
        doc, end = span.doc, self._word_before(span.doc, span.start, comma=True) + 1
        words = text_index(doc).words
        for title in self.spouse_titles:
            start = end - len(title)
            if start >= 0 and tuple(w.lower() for w in words[start:end]) == title and words[start][:1].isupper():
                return True
        return False

    def _office_cued(self, span: Span) -> bool:
        """Whether an office word stands right before the span ("President X") or opens an
        apposition in capitals after it ("X, Minister of Health")."""
        doc = span.doc
        i = self._word_before(doc, span.start)
        if i >= 0 and doc[i].lower_ in self.office_cues and not self._spouse_cued(span):
            return True
        j = span.end
        if j + 1 < len(doc) and doc[j].text == ",":
            for t in doc[j + 1 : j + 5]:
                if t.lower_ in self.office_cues:
                    return True
                if not (t.is_title or t.lower_ == "the"):
                    break
        return False

    def _by_cue(self, span: Span, candidates: list[dict]) -> list[dict]:
        """class (a1 C3): the clusters a surname alone may join, told apart by what stands
        before it: an office's short form ("President X") is never the spouse introduced by a
        courtesy title ("First Lady Y X", "Mama Y X") who holds no office of her own; a spouse's
        short form ("First Lady X") is never the office holder. Among several of one surname,
        the cue picks one; where it excludes the only one, the short form is another person."""
        if self._spouse_cued(span):
            kept = [c for c in candidates if c["spouse"] or not c["office"]]
            spouses = [c for c in kept if c["spouse"]]
            return spouses if len(spouses) == 1 else kept
        if self._office_cued(span):
            return [c for c in candidates if not c["spouse"] or c["office"]]
        return candidates

    def __call__(self, doc: Doc) -> Doc:
        mentions = []
        for ent in doc.ents:
            if ent.label_ in self.labels:
                span = self._clean(ent)
                if span is not None:
                    mentions.append((span, ent.ent_id_ or "ner"))
        # Longest names first, so that short forms attach to the fullest one.
        clusters: list[dict] = []
        # (at equal length, a form with an initial after the one that spells the name out)
        initialled = lambda t: any(len(w.rstrip(".")) == 1 for w in t.split())  # noqa: E731
        # (each mention's text cut from the document's: `Span.text` joins its tokens; speed, #18)
        text = text_of(doc)
        written = lambda s: text[s.start_char : s.end_char]  # noqa: E731
        for span, source in sorted(
            mentions, key=lambda m: (-len(written(m[0]).split()), initialled(written(m[0])), m[0].start)
        ):
            form = unshout(squash(spaced_text(span)))
            candidates = [
                c for c in clusters if same_person(form, c["name"], self.particles, patronymics=self.patronymics)
            ] or [c for c in clusters if same_person(form, c["name"], self.particles, variants=True)]
            if (
                len(form.split()) == 1
                and candidates
                and (self.spouse_titles and (spouse := self._by_cue(span, candidates)) != candidates)
            ):
                # class (a1 C3): a spouse and an office holder of one surname: the cue decides
                target = spouse[0] if spouse else {"name": form, "forms": [], "spans": [], "source": source}
                if not spouse:
                    target.update(spouse=False, office=True)
                    clusters.append(target)
            else:
                target = candidates[0] if candidates else None
            if target is None and len(form.split()) >= 2:
                # the last words of one fuller name: a given name dropped before a surname of two
                # words ("Lopez Obrador" of "Andres Manuel Lopez Obrador", "Yapa Abeywardana" of
                # "Mahinda Yapa Abeywardana"); never the father's name after "bin" (a patronymic
                # names another person: "Zayed Al Nahyan" of "Abdullah bin Zayed Al Nahyan")
                tail = fold(form).split()
                ends = [
                    c
                    for c, words in ((c, fold(c["name"]).split()) for c in clusters)
                    if len(words) > len(tail)
                    and words[-len(tail) :] == tail
                    and words[-len(tail) - 1] not in self.patronymics
                ]
                target = ends[0] if len(ends) == 1 else None
            if target is None and len(form.split()) == 1:
                # the surname of a shorter form already joined ("Mr Maria" of "Clara Maria" of "Clara Maria Soto")
                target = next(
                    (c for c in clusters if any(same_person(form, f, self.particles) for f in c["forms"])), None
                )
            if target is None and len(form.split()) == 1:
                # A given name alone ("Sir Alan", "Karim") names the one person of that given name.
                by_given = [c for c in clusters if len(c["name"].split()) > 1 and self._given(c["name"]) == fold(form)]
                target = by_given[0] if len(by_given) == 1 else None
                if target is None and not by_given:
                    # class (silver4 C10): one of the inner words of the one fuller name of three
                    # words or more, as Spanish and Lusophone compound surnames are cut ("President
                    # Obiang" of "Teodoro Obiang Nguema Mbasogo"); never a particle or the father's
                    # name after "bin"
                    inner = [c for c in clusters if self._inner_word(fold(form), fold(c["name"]).split())]
                    target = inner[0] if len(inner) == 1 else None
                if target is None and self._cued(span):
                    # class (heldout36, heldout39): a surname after an honorific or an office
                    # ("Minister Wickremratne") spelled with a letter more or less than the one
                    # fuller name of that surname ("Ranil Wickremaratne"): the same person, mistyped
                    slips = [
                        c
                        for c in clusters
                        if len(c["name"].split()) > 1 and surname_slip(fold(form), surname(c["name"]))
                    ]
                    target = slips[0] if len(slips) == 1 else None
                if (
                    target is None
                    and source in ("ner", "person:trimmed")
                    and not self._cued(span)
                    and not self._speaks(span)
                ):
                    # One capitalised word, with no honorific or office before it and no fuller
                    # name in the document: a heading word, a byline, a place ("Dialogo", "Srpska"),
                    # or what is left of a phrase cut to its name ("Key" of "Key Deliverables").
                    add_mention(
                        doc,
                        "PERSON",
                        span.start_char,
                        span.end_char,
                        source="person:reject",
                        normalized="dropped:lone-word",
                    )
                    continue
            if target is None:
                target = {"name": form, "forms": [], "spans": [], "source": source, "spouse": False, "office": False}
                clusters.append(target)
            if self.spouse_titles:
                target["spouse"] = target["spouse"] or self._spouse_cued(span)
                target["office"] = target["office"] or self._office_cued(span)
            target["forms"].append(form)
            target["spans"].append((span.start_char, span.end_char))
            target.setdefault("sources", {})[(span.start_char, span.end_char)] = source
        records = []
        # two people of one document who differ only in a middle name ("George H. Walker",
        # "George T. Walker") keep their whole names' ids apart
        shared = Counter(person_id(c["name"]) for c in clusters)
        for c in clusters:
            first = min(c["spans"])
            aliases = sorted({f for f in c["forms"] if f != c["name"]})
            records.append(
                {
                    "person_id": person_id(c["name"], whole=shared[person_id(c["name"])] > 1),
                    "name": c["name"],
                    "aliases": aliases,
                    "mentions": len(c["spans"]),
                    "start": first[0],
                    "end": first[1],
                    "source": c["source"],
                    "spans": sorted(c["spans"]),
                }
            )
            for s, e in c["spans"]:
                add_mention(doc, "PERSON", s, e, source=c["sources"][(s, e)], normalized=c["name"])
        doc._.people = sorted(records, key=lambda r: r["start"])
        return doc
