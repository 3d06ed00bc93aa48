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
    (r"ks", "x"), (r"kh", "h"), (r"iy$|yy$|ii$|yi$", "y"), (r"ey$|ei$|ej$", "ey"),
    (r"y", "i"), (r"j", "i"), (r"w", "v"), (r"ph", "f"), (r"(.)\1", r"\1"), (r"ie$", "i"),
]


def name_part_key(part: str) -> str:
    part = unidecode(fold(part)).replace(" ", "")
    for pattern, repl in _TRANSLIT:
        part = re.sub(pattern, repl, part)
    return part


def person_key(name: str) -> str:
    """Key of a canonical person name: the folded, transliteration-normalised parts."""
    parts = [p for p in fold(name).split() if p]
    return " ".join(name_part_key(p) for p in parts)


def person_id(name: str) -> str:
    return stable_id("p", person_key(name))
