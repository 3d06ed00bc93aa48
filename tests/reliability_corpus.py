"""Short documents for the reliability tests: a few sentences each, written for these
tests (not taken from a fixture), so that runs over dozens of them take seconds."""

from __future__ import annotations

from pathlib import Path

PLACES = ["Vienna", "Geneva", "Nairobi", "Bangkok", "Santiago", "Oslo", "Accra", "Hanoi"]
BODIES = ["the Council of Ministers", "the Steering Committee", "the Board of Governors", "the General Assembly"]
PEOPLE = ["Anna Lindqvist", "Kwame Mensah", "Lucia Ferreira", "Tomas Novak", "Mei Ling Chen", "Omar Haddad"]


def short_document(i: int) -> str:
    place, body, person = PLACES[i % len(PLACES)], BODIES[i % len(BODIES)], PEOPLE[i % len(PEOPLE)]
    return (
        f"{place}, {1 + i % 28} March 2021\n\n"
        f"The meeting of {body} opened in {place} on {1 + i % 28} March 2021. "
        f"More than {20 + i} delegations from {10 + i % 50} countries took part.\n\n"
        f"Ambassador {person}, Chair of {body}, thanked the host country.\n"
    )


def write_short_documents(folder: Path, n: int, start: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + n):
        (folder / f"note{i:03d}.txt").write_text(short_document(i), encoding="utf-8")
    return folder
