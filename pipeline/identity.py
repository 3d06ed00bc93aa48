"""Ids that name one real person or organisation across documents and runs.

An id depends only on the canonical name, so it is the same in every document and
every run. Transliteration variants of one name (Sergey/Sergei, Yury/Yuri,
Aleksandr/Alexander) fold to one key before hashing.
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


def person_id(name: str) -> str:
    return stable_id("p", person_key(name))
