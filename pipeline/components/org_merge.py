"""One organisation, one row: which kept names of a document name the same organisation.

The ladder decides on each span alone; a document often names one organisation several
ways. Each rule below reads every verdict of the document and says which names are
another name of which (`key → target name`); `merge_targets` applies them in turn.
Nothing here reads the Doc beyond the verdicts' names and acronyms.

- `by_country_body`: "Ministry of Foreign Affairs" → the one country's ministry of that
  name the document names ("… of Belarus");
- `by_acronym`: two names with one acronym ("Legal of Arab States (LAS)", a source's
  typo, and the gazetteer's "League of Arab States" for "LAS");
- `by_acronym_spelled_out`: an organ named after its body's acronym and the same organ
  named after the body's full name ("the NU Secretariat" … "the Nordic Union Secretariat");
- `by_short_form`: a name and its longer form that goes on with a preposition ("the
  Nordic Institute" … "the Nordic Institute for Marine Research");
- `by_modifier_dropped`: a name and a longer one with modifiers put in ("the Assembly of
  the Nordic Council" … "the Parliamentary Assembly of the Nordic Council");
- `by_head_noun`: a bare body noun and the one organisation of the document it heads
  ("the Commission" … "the Economic Commission for Africa");
- `by_word_order`: one name written in two orders ("the Alliance of the Andes" … "the Andes
  Alliance");
- `by_initials`: a bare capitals word that spells the initials of the one name of the
  document it can stand for, never bracketed after it ("the Grand Council" … "the GC
  Speaker");
- `by_spacing`: one name written with and without its spaces and dots, a site's name and
  its address ("Nordic News Info" … "NordicNews.Info");
- `by_of_dropped`: one name written with and without an "of" ("the State of Great Hural" …
  "the State Great Hural");
- `by_number`: one name written with a word in the singular and in the plural ("the Council
  of Heads of Government" … "the Council of Heads of Governments");
- `by_place_added`: a name and the same name with a place after it, its seat or campus
  ("Nordic University" … "Nordic University Oslo");
- `by_outlet_words`: a news outlet's short name and its name with the outlet's words ("Nordic"
  in a dateline … "the Nordic News Agency").
"""

from __future__ import annotations

from collections.abc import Callable

from ..text import fold
from .org_deciders import Verdict
from .org_names import org_key
from .org_words import HEAD_STOPS, OrgWords

#: The kept names of a document, each with the first verdict that gave it, in text order.
Names = dict[str, Verdict]


def by_country_body(names: Names, words: OrgWords, places: frozenset[str] = frozenset()) -> dict[str, str]:
    """Unqualified body → the one country's body of that name the document names
    ("Ministry of Foreign Affairs" → "Ministry of Foreign Affairs of Belarus")."""
    found: dict[str, set[str]] = {}
    for name, verdict in names.items():
        if verdict.step == "country_body":
            found.setdefault(org_key(name.rsplit(" of ", 1)[0]), set()).add(name)
    out = {}
    order = {name: i for i, name in enumerate(names)}
    for name in names:
        targets = found.get(org_key(name), set()) - {name}
        if len(targets) == 1 and order[name] > order[next(iter(targets))]:
            out[name] = targets.pop()  # a later "the Ministry of Foreign Affairs" is the one named
        # one named before any country's is not tied to that country's ("the Ministry of
        # Foreign Affairs" of the Peruvian team, then "… of Chile" for another's official)
    return out


def by_acronym(names: Names, words: OrgWords, places: frozenset[str] = frozenset()) -> dict[str, str]:
    """Names with the same acronym are one organisation: the gazetteer's name stays, else
    the first one named."""
    by: dict[str, list[str]] = {}
    for name, verdict in names.items():
        if verdict.acronym:
            by.setdefault(verdict.acronym, []).append(name)
    out = {}
    for same in by.values():
        known = [n for n in same if names[n].step == "gazetteer_entry"]
        stays = (known or same)[0]
        out.update({n: stays for n in same if n != stays})
    return out


def by_acronym_spelled_out(names: Names, words: OrgWords, places: frozenset[str] = frozenset()) -> dict[str, str]:
    """ "<ACRONYM> <rest>" is "<full name> <rest>" where the document names both and the
    acronym is a row's or the gazetteer's ("the NU Secretariat" … "the Nordic Union
    Secretariat"), and so is "<rest> of the <ACRONYM>" ("the Trade Council of the NU" … "the
    Trade Council of the Nordic Union"): one organ, the name spelled out stays."""
    prefixed = [n for n in names if " " in n and n.split(" ", 1)[0].isupper() and len(n.split(" ", 1)[0]) > 1]
    suffixed = [n for n in names if _of_an_acronym(n.split())]
    if not prefixed and not suffixed:
        return {}
    long_of = {v.acronym: n for n, v in names.items() if v.acronym}
    keys = {org_key(n): n for n in names}
    out = {}
    for name in prefixed:
        acronym, rest = name.split(" ", 1)
        long = _spelled_out(acronym, long_of, words)
        target = keys.get(org_key(f"{long} {rest}")) if long else None
        if target is not None and target != name:
            out[name] = target
    for name in suffixed:  # "the Trade Council of the NU" … "the Trade Council of the Nordic Union"
        head, acronym = name.rsplit(" of ", 1)
        acronym = acronym.removeprefix("the ")
        long = _spelled_out(acronym, long_of, words)
        if long is None:
            continue
        target = keys.get(org_key(f"{head} of the {long}")) or keys.get(org_key(f"{head} of {long}"))
        if target is not None and target != name:
            out[name] = target
    return out


def _of_an_acronym(tokens: list[str]) -> bool:
    """Whether a name ends "of (the) <ACRONYM>" after a head ("Trade Council of the NU")."""
    if len(tokens) < 3 or not (tokens[-1].isupper() and len(tokens[-1]) > 1):
        return False
    before = tokens[-3:-1] if tokens[-2] == "the" else tokens[-2:-1]
    return before[0] == "of" and len(tokens) > len(before) + 1


def _spelled_out(acronym: str, long_of: dict[str, str], words: OrgWords) -> str | None:
    """The full name of an acronym: a row's of the document, else the gazetteer's."""
    long = long_of.get(acronym)
    if long is None:
        entry = words.gazetteer.lookup(acronym)
        long = entry["name"] if entry else None
    return long


def by_short_form(names: Names, words: OrgWords, places: frozenset[str] = frozenset()) -> dict[str, str]:
    """A name headed by a body noun that a longer name of the document continues with a
    preposition is that longer name ("Nordic Institute" → "Nordic Institute for Marine
    Research", "Council of Ministers" → "Council of Ministers of the Nordic Union", in any
    house spelling), or with a comma, the first field of its portfolio ("Ministry of Energy" →
    "Ministry of Energy, Mines and Water"), when only one longer name does."""
    out = {}
    keys = {name: org_key(name) for name in names}
    for short in names:
        tokens = short.split()
        if len(tokens) < 2 or (tokens[-1].lower() not in words.body and _head_word(short) not in words.body):
            continue
        key = keys[short]
        ends_in_a_body = tokens[-1].lower() in words.body
        longer = []
        for n in names:
            rest = keys[n][len(key) + 1 :].split() if keys[n].startswith(key + " ") else []
            if n != short and rest and (rest[0] in HEAD_STOPS or rest[0] == "at" or n.startswith(short + ",")):
                if not ends_in_a_body and names[n].step == "country_body":
                    continue  # "Council of Ministers" … "Council of Ministers of Peru": `by_country_body`'s
                longer.append(n)
        if len(longer) == 1:
            out[short] = longer[0]
    return out


def by_modifier_dropped(names: Names, words: OrgWords, places: frozenset[str] = frozenset()) -> dict[str, str]:
    """A name that a longer name of the document holds word for word but for capitalised
    modifiers, with the same head noun, is that longer name ("Nordic Assembly" →
    "Nordic Parliamentary Assembly", "Assembly of the Andes" → "Parliamentary Assembly of
    the Andes"), when only one longer name does. A place put in makes another body ("Andean
    Secretariat" is not the "Andean Peru National Secretariat")."""
    out = {}
    heads = {name: _head_word(name) for name in names}  # once per name, not per pair
    for short in names:
        tokens = short.split()
        if len(tokens) < 2 or heads[short] not in words.body:
            continue
        longer = [
            n for n in names if n != short and heads[n] == heads[short] and _with_modifiers(n.split(), tokens, places)
        ]
        if len(longer) == 1:
            out[short] = longer[0]
    return out


def _with_modifiers(long: list[str], short: list[str], places: frozenset[str] = frozenset()) -> bool:
    """Whether `long` is `short` with capitalised words (no preposition) put in before its
    head noun, maybe going on after it with a preposition ("Regional Committee" in the
    "Nordic Regional Committee for the Arctic")."""
    if len(long) <= len(short):
        return False
    head = _head_index(short)
    i = 0
    for k, word in enumerate(long):
        if i < len(short) and word == short[i]:
            i += 1
        elif i == len(short) and i > head and word.lower() in HEAD_STOPS and k > i:
            return True  # and it goes on with a preposition: "… Regional Committee for the Andes"
        elif i > head or not word[:1].isupper() or word.lower() in HEAD_STOPS or fold(word) in places:
            return False
    return i == len(short)


def _head_index(words: list[str]) -> int:
    index = 0
    for i, word in enumerate(words):
        if word.lower() in HEAD_STOPS and i:
            break
        index = i
    return index


def by_head_noun(names: Names, words: OrgWords, places: frozenset[str] = frozenset()) -> dict[str, str]:
    """A bare body noun ("Commission", "Parliament") is the one organisation of the document
    whose name, or a gazetteer name of it, it heads ("Economic Commission for Africa",
    "European Parliament", "the Milli Majlis" known as the "Azerbaijani Parliament")."""
    out = {}
    for bare in names:
        if " " in bare or bare.lower() not in words.body:
            continue
        headed = [n for n in names if n != bare and bare.lower() in _heads(n, words)]
        if len(headed) == 1:
            out[bare] = headed[0]
    return out


def _heads(name: str, words: OrgWords) -> set[str]:
    entry = words.gazetteer.lookup(name)
    forms = [name] if entry is None else [entry["name"], *entry.get("variants", [])]
    return {_head_word(f) for f in forms}


def by_word_order(names: Names, words: OrgWords, places: frozenset[str] = frozenset()) -> dict[str, str]:
    """ "<Body> of the <Words>" and "<Words> <Body>" are one organisation written in two
    orders ("the Alliance of the Andes" … "the Andes Alliance"): the one named first stays."""
    keys = {org_key(name): name for name in names}
    order = {name: i for i, name in enumerate(names)}
    out = {}
    for name in names:
        tokens = name.split()
        if len(tokens) < 3 or tokens[1].lower() != "of" or tokens[0].lower() not in words.body:
            continue
        rest = tokens[3:] if tokens[2].lower() == "the" else tokens[2:]
        if not rest or any(w.lower() in HEAD_STOPS or not w[:1].isupper() for w in rest):
            continue
        other = keys.get(org_key(" ".join([*rest, tokens[0]])))
        if other is not None and other != name:
            first, second = (name, other) if order[name] < order[other] else (other, name)
            out[second] = first
    return out


def by_initials(names: Names, words: OrgWords, places: frozenset[str] = frozenset()) -> dict[str, str]:
    """A bare word in capitals ("GC", "NA") that no bracket taught and the gazetteer does not
    know is the one other name of the document whose capitalised words' initials it spells
    ("the Grand Council" … "the GC Speaker"): news copy shortens a body named once so, never
    bracketing the short form; a ministry's other name counts ("FO" of a row "Ministry of
    Foreign Affairs" the text writes "Foreign Office"). Two names with those initials name
    no one."""
    shorts = [
        n
        for n, v in names.items()
        if n.isalpha() and n.isupper() and 2 <= len(n) <= 5 and v.acronym in ("", n) and not words.gazetteer.lookup(n)
    ]
    if not shorts:
        return {}
    spelled: dict[str, set[str]] = {}
    for name, verdict in names.items():
        if not verdict.acronym:
            for form in [name, *words.aliases_by_body.get(org_key(name), ())]:
                for initials in _initials(form.title() if form.islower() else form) if " " in form else ():
                    spelled.setdefault(initials, set()).add(name)
    out = {}
    for short in shorts:
        longer = spelled.get(short, [])
        if len(longer) == 1:
            out[short] = next(iter(longer))
    return out


def _initials(name: str) -> set[str]:
    """The initials of a name's capitalised words, a hyphenated word's capitalised parts
    counted as one word or each ("Andes-Pampas Council": "AC", "APC")."""
    tokens = [t for t in name.split() if t.lower() not in _FUNCTION_WORDS]
    if not tokens or not all(t[:1].isupper() for t in tokens):
        return set()
    whole = "".join(t[0] for t in tokens)
    parts = "".join(p[0] for t in tokens for p in t.split("-") if p[:1].isupper())
    return {whole, parts}


_FUNCTION_WORDS = HEAD_STOPS | {"the", "and", "&"}


def by_spacing(names: Names, words: OrgWords, places: frozenset[str] = frozenset()) -> dict[str, str]:
    """Two names of the same letters once spaces, dots and hyphens are left out, one of them
    written with a dot or run together ("Nordic News Info" … "NordicNews.Info"): one
    organisation, the one named first stays."""
    first: dict[str, str] = {}
    out = {}
    for name in names:
        letters = "".join(ch for ch in fold(name).lower() if ch.isalnum())
        if len(letters) < 6:
            continue
        other = first.setdefault(letters, name)
        if other != name and ("." in name + other or " " not in name or " " not in other):
            out[name] = other
    return out


def by_of_dropped(names: Names, words: OrgWords, places: frozenset[str] = frozenset()) -> dict[str, str]:
    """Class: one name written with and without an "of" between its words ("the State of
    Great Hural" … "the State Great Hural"), the same words in the same order, three or
    more: one organisation, the one named first stays."""
    first: dict[tuple[str, ...], str] = {}
    out = {}
    for name in names:
        tokens = tuple(w for w in fold(name).lower().split() if w not in ("of", "the"))
        if len(tokens) < 3:
            continue
        other = first.setdefault(tokens, name)
        if other != name and fold(other).lower().split().count("of") != fold(name).lower().split().count("of"):
            out[name] = other
    return out


def by_number(names: Names, words: OrgWords, places: frozenset[str] = frozenset()) -> dict[str, str]:
    """Class: one name written with one of its words in the singular and in the plural ("the
    Council of Heads of Government" … "the Council of Heads of Governments"), three words or
    more, the same words otherwise: one organisation, the one named first stays."""
    first: dict[tuple[str, ...], str] = {}
    out = {}
    for name in names:
        tokens = tuple(_singular(w) for w in fold(name).lower().split() if w != "the")
        if len(tokens) < 3:
            continue
        other = first.setdefault(tokens, name)
        if other != name:
            out[name] = other
    return out


def _singular(word: str) -> str:
    """A word without a plural's final "s" ("states" → "state"; "affairs" → "affair")."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def by_place_added(names: Names, words: OrgWords, places: frozenset[str] = frozenset()) -> dict[str, str]:
    """Class: a body's name and the same name with a place after it, the body's seat, campus
    or branch ("Nordic University" … "Nordic University Oslo", "the UN Office" … "the UN
    Office Geneva"): one organisation, named with its place, when only one such longer name
    is in the document."""
    out = {}
    for short in names:
        if " " not in short or _head_word(short) not in words.body:
            continue
        longer = [
            n
            for n in names
            if n.startswith(short + " ") and fold(n[len(short) + 1 :]) in places and n[len(short) + 1 :][:1].isupper()
        ]
        if len(longer) == 1:
            out[short] = longer[0]
    return out


def by_outlet_words(names: Names, words: OrgWords, places: frozenset[str] = frozenset()) -> dict[str, str]:
    """Class: a news outlet's short name (a dateline's "(Nordic)", a credit) and the same name
    closed by the words that end an outlet's name ("Nordic News Agency", "Nordic Press"): one
    outlet, its longer name stays, when only one such longer name is in the document."""
    out = {}
    for short in names:
        if short.lower() in words.body:
            continue
        longer = [
            n
            for n in names
            if n.startswith(short + " ")
            and all(w.lower() in words.outlet_name_end for w in n[len(short) + 1 :].split())
        ]
        if len(longer) == 1:
            out[short] = longer[0]
    return out


def by_country_dropped(
    names: Names, words: OrgWords, places: frozenset[str] = frozenset(), countries: dict[str, str] | None = None
) -> dict[str, str]:
    """Class (held-out review, organisations: one body named with and without its country):
    a name written with its country's adjective before it, "of <country>" after it or the
    adjective inside it, and the same name in another of those ways or with no country at
    all ("the Nordic Academy of Arts of Peru" … "the Peruvian Nordic Academy of Arts";
    "the Upper Chamber of the Chilean Congress" … "the Upper Chamber of the Congress"; "the
    Peruvian NOC" … "the National Olympic Committee of Peru", its acronym): one
    organisation, the longest name stays, when the names hold one country between them.
    `countries` maps the document's country words (folded) to their country. A bare body
    noun ("Peruvian Congress" … "Congress") is `by_head_noun`'s."""
    if not countries:
        return {}
    groups: dict[str, list[tuple[str, str]]] = {}
    order = {name: i for i, name in enumerate(names)}
    for name in names:
        stripped = _without_country(name.split(), countries)
        if stripped is None:
            continue
        rest, country_of = stripped
        acronym = len(rest) == 1 and rest[0].isupper() and len(rest[0]) > 1
        if len(rest) < 2 and not acronym:
            continue  # one word left: a bare body noun, or nothing
        groups.setdefault(org_key(" ".join(rest)), []).append((name, country_of))
        if country_of:  # an acronym ties to its spelled-out name only when both carry the country
            initials = {org_key(" ".join(rest))} if acronym else {org_key(k) for k in _initials(" ".join(rest))}
            for key in initials:
                groups.setdefault("initials:" + key, []).append((name, country_of))
    root = {name: name for name in names}

    def find(name: str) -> str:
        while root[name] != name:
            name = root[name]
        return name

    for same in groups.values():
        found = {c for _, c in same if c}
        if len(found) != 1:
            continue
        if any(names[n].step == "country_body" for n, _ in same):
            # a governmental body named bare before any country's is not tied to that
            # country's (as `by_country_body` holds: "the Ministry of Foreign Affairs" of the
            # Peruvian team, then "… of Chile" for another's official)
            first = min(order[n] for n, c in same if c)
            same = [(n, c) for n, c in same if c or order[n] > first]
        for name, _ in same[1:]:
            root[find(name)] = find(same[0][0])
    components: dict[str, list[str]] = {}
    for name in names:
        components.setdefault(find(name), []).append(name)
    out: dict[str, str] = {}
    for members in components.values():
        longest = max(members, key=lambda n: (len(n), -order[n]))
        out.update({n: longest for n in members if n != longest})
    return out


def _without_country(tokens: list[str], countries: dict[str, str]) -> tuple[list[str], str] | None:
    """A name's words without its country's (a leading adjective or name with its possessive,
    a closing "of (the) <country>", one adjective after an inside "the"), and that country ("",
    none); None where two countries are in it."""
    found: set[str] = set()
    marks = _country_of_words(tokens, countries)
    rest = list(zip(tokens, marks))
    while rest and rest[0][1]:
        found.add(rest.pop(0)[1])
    end = len(rest)
    while end and rest[end - 1][1]:
        end -= 1
    if end < len(rest):
        cut = end - 1 if end >= 2 and rest[end - 1][0].lower() == "the" else end
        if cut >= 1 and rest[cut - 1][0].lower() == "of":
            found |= {c for _, c in rest[end:]}
            rest = rest[: cut - 1]
    for i in range(1, len(rest) - 1):
        if rest[i - 1][0].lower() == "the" and rest[i][1]:
            found.add(rest[i][1])
            rest = rest[:i] + rest[i + 1 :]
            break
    if len(found) > 1:
        return None
    return [w for w, _ in rest], next(iter(found), "")


def _country_of_words(tokens: list[str], countries: dict[str, str]) -> list[str]:
    """Each word's country ("" for none). Class (held-out 37: one body named with its
    country's adjective and with "of <country>" in a text that also writes "the Republic of
    Peru"): the small words of a country's name of several words ("of", "and") are that
    country's only between two of its words ("Trinidad and Tobago"), never alone: a name's
    own "of" is no country's."""
    marks = [
        "" if w.lower() in _FUNCTION_WORDS else countries.get(fold(w.removesuffix("’s").removesuffix("'s")), "")
        for w in tokens
    ]
    for i in range(1, len(tokens) - 1):
        if tokens[i].lower() in _FUNCTION_WORDS and marks[i - 1] and marks[i - 1] == marks[i + 1]:
            marks[i] = marks[i - 1]
    return marks


MERGERS: tuple[Callable[..., dict[str, str]], ...] = (
    by_country_body,
    by_acronym,
    by_acronym_spelled_out,
    by_short_form,
    by_modifier_dropped,
    by_head_noun,
    by_word_order,
    by_initials,
    by_spacing,
    by_of_dropped,
    by_number,
    by_place_added,
    by_outlet_words,
    by_country_dropped,
)


def merge_targets(
    names: Names, words: OrgWords, places: frozenset[str] = frozenset(), countries: dict[str, str] | None = None
) -> dict[str, str]:
    """Each name of the document → the name of the row it belongs to (itself when alone);
    `places` are the document's places and countries (folded), `countries` its country
    words (folded) with their country."""
    target = {name: name for name in names}
    for rule in MERGERS:
        current = {name: names[name] for name in names if target[name] == name}
        found = rule(current, words, places, countries) if rule is by_country_dropped else rule(current, words, places)
        for name, into in found.items():
            if _two_known_bodies(name, into, words):
                continue  # "Nordic Council" and "Nordic Council of Ministers": both known, two bodies
            for n, t in target.items():
                if t == name:
                    target[n] = into
    return target


def _two_known_bodies(name: str, into: str, words: OrgWords) -> bool:
    """Whether two names are two different entries of the gazetteer: a longer known name
    that holds a shorter known one names another body."""
    a, b = words.gazetteer.lookup(name), words.gazetteer.lookup(into)
    return a is not None and b is not None and a.get("id") != b.get("id")


def _head_word(name: str) -> str:
    """The last word of a name before its first preposition, in lower case."""
    head = ""
    for word in name.split():
        if word.lower() in HEAD_STOPS and head:
            break
        head = word.lower()
    return head


def bare_bodies(target: dict[str, str], words: OrgWords) -> set[str]:
    """Names that are a bare body noun ("the Board", "the Directorate") and joined no
    organisation of the document: they name none. A chamber's own one-word name ("the
    Senate", lexicon own_name_chamber) names one (class: held-out review, organisations)."""
    return {
        name
        for name, into in target.items()
        if into == name
        and " " not in name
        and name.lower() in words.body
        and name.lower() not in words.own_name_chamber
    }
