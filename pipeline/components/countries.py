"""Countries, their demonyms and capitals, marked on tokens.

A PhraseMatcher built from models/gazetteers/countries.jsonl (the UN member and observer
states and the territories a release names as a side, `territory`: Bermuda, Cook Islands,
each with its ISO 3166-1 alpha-3 code) marks each token of a country name ("the Republic of Belarus", "Belarus"), of a
demonym ("Belarusian") or of a capital ("Minsk") with the country's short name as running
text uses it after "of" ("Belarus", "the United Kingdom": `article` in the data). The
`entity_rules` patterns use these marks to find governmental bodies ("Ministry of Foreign
Affairs of the Republic of Belarus", "the Belarusian Security Council"); the
organisations component uses them to name such bodies canonically and to tell places
from organisations.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans, registry

from ..rules import read_jsonl_rules
from ..text import line_broken, text_index

COUNTRY_KEYS = {"name", "iso3", "official", "variants", "demonyms", "capitals", "article", "territory"}

for ext, default in (("country", ""), ("country_role", ""), ("country_code", "")):
    if not Token.has_extension(ext):
        Token.set_extension(ext, default=default)


def _title_case(form: str) -> str:
    """Every word of a name opening with a capital ("Cote d'Ivoire" → "Cote D'Ivoire")."""
    return " ".join(w[:1].upper() + w[1:] for w in form.split(" "))


@registry.readers("communique.countries.v1")
def read_countries(path: str) -> list[dict]:
    """Country records (name, iso3, official, variants, demonyms, capitals), validated."""
    rows = read_jsonl_rules(path, required={"name", "iso3"}, allowed=COUNTRY_KEYS)
    for row in rows:
        row.pop("_where")
    return rows


@lru_cache(maxsize=4096)
def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[^\W_]+", text.lower()))


# A country written by its initials ("US", "U.S.", "UK", "UAE", "DRC", "T&T"): capitals only,
# dotted or not, at most four letters (an all-capitals dateline's "INDIA" is its name, not initials).
_INITIALS = re.compile(r"(?:[A-Z]\.?|&){2,6}")


def written_name(written: str, short: str, role: str) -> str:
    """`written_country` on strings: the text of the run, the short name, the run's role.
    A country the text writes by its initials ("US Ambassador", "the UAE's Minister") is named
    by its short name: a role's organisation is the country, never an abbreviation of it."""
    if role != "name":
        return short
    written = " ".join(written.split())
    if not written or _words(short) <= _words(written):
        return short
    if _INITIALS.fullmatch(written) and sum(ch.isalpha() for ch in written) <= 4:
        return short
    return written


def written_country(run: Span) -> str:
    """The country a run of tokens marked with one country names, as the text writes it:
    its short name where the text's words hold it ("the Republic of Hungary", "United
    Republic of Tanzania" → "Hungary", "Tanzania"; a demonym or a capital → the short name),
    else the words of the text ("Russian Federation", "Czech Republic"): a role's organisation
    is the country as the text names it, and the short name of another form would not be that
    name; initials ("UAE", "U.S.", "DRC") are no name of their own and give the short name."""
    tokens = [t for t in run if not t.is_space]
    while tokens and tokens[0].lower_ == "the" and not tokens[0]._.country:
        tokens = tokens[1:]
    if not tokens or not tokens[0]._.country:
        return ""
    short = tokens[0]._.country.removeprefix("the ")
    return written_name(run.doc[tokens[0].i : tokens[-1].i + 1].text, short, tokens[0]._.country_role)


def country_forms(country: dict) -> dict[str, list[str]]:
    """Surface forms of one country by role."""
    names = [country["name"], *([country["official"]] if country.get("official") else []), *country.get("variants", [])]
    return {"name": names, "demonym": country.get("demonyms", []), "capital": country.get("capitals", [])}


@Language.factory(
    "communique_countries",
    assigns=["token._.country", "token._.country_role", "token._.country_code"],
    default_config={},
)
class CountryMarker:
    """Mark tokens that name a country, a demonym or a capital with the country's short name
    and its ISO 3166-1 alpha-3 code ("Nigerian", "Nigeria" and "the Federal Republic of
    Nigeria" are all NGA)."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.make_doc = nlp.make_doc

    def initialize(self, get_examples=None, *, nlp=None, countries: list[dict] | None = None):
        self.matcher = PhraseMatcher(self.matcher.vocab, attr="ORTH")
        for country in countries or []:
            for role, forms in country_forms(country).items():
                # a name with an apostrophe also with the typographic one ("People’s Republic")
                forms = forms + [f.replace("'", "’") for f in forms if "'" in f]
                # a name with "and" also with an ampersand ("Antigua & Barbuda")
                forms = forms + [f.replace(" and ", " & ") for f in forms if " and " in f]
                # class (heldout37): a name with a word in lower case also in title case, as
                # headlines and lists write it ("Cote D'Ivoire", "Bosnia And Herzegovina")
                forms = forms + [t for f in forms if role == "name" and (t := _title_case(f)) != f]
                docs = [self.make_doc(f) for f in forms]
                docs += [self.make_doc(f.upper()) for f in forms if role != "demonym"]  # datelines: "MINSK, 9 October"
                # a name wrapped by hand across two lines ("Antigua and\nBarbuda"): the line break is
                # a token of its own, which the matcher must see
                docs += [self.make_doc(v) for f in forms if role == "name" for v in line_broken(f)[1:]]
                written = f"the {country['name']}" if country.get("article") else country["name"]
                self.matcher.add(f"{role}\t{written}\t{country.get('iso3', '')}", docs)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for match_id, start, end in self.matcher(doc):
            role, country, code = self.matcher.vocab.strings[match_id].split("\t")
            spans.append(Span(doc, start, end, label=role, kb_id=country, span_id=code))
        spans = _one_country_per_demonym(spans)
        # token._.country, token._.country_role and token._.country_code of each token of a
        # span, written where spaCy keeps a Token's extension (doc.user_data under ("._.", name,
        # token.idx, None), as `text.token_values` reads them) without a Token and its Underscore
        # per token (speed, #18)
        data, starts = doc.user_data, text_index(doc).starts
        for span in filter_spans(spans):
            values = (("country", span.kb_id_), ("country_role", span.label_), ("country_code", span.id_))
            for i in range(span.start, span.end):
                for name, value in values:
                    data[("._.", name, starts[i], None)] = value
        return doc


def _one_country_per_demonym(spans: list[Span]) -> list[Span]:
    """Class: a demonym two countries share ("Dominican": Dominica and the Dominican Republic;
    "Congolese"): the country the document also names by its name or a capital ("… in Santo
    Domingo"), else the first listed; the other reading is dropped."""
    by_place: dict[tuple[int, int], list[Span]] = {}
    for span in spans:
        if span.label_ == "demonym":
            by_place.setdefault((span.start, span.end), []).append(span)
    shared = {place: group for place, group in by_place.items() if len({s.kb_id_ for s in group}) > 1}
    if not shared:
        return spans
    named = {s.kb_id_ for s in spans if s.label_ != "demonym"}
    drop = set()
    for group in shared.values():
        keep = next((s for s in group if s.kb_id_ in named), group[0])
        drop |= {id(s) for s in group if s is not keep}
    return [s for s in spans if id(s) not in drop]
