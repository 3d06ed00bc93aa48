"""Reading inputs and writing tables: the two ends of the pipeline.

Reading never raises for a bad file: it returns a SourceDocument whose `error` says
what went wrong, so one broken document becomes an error row, not a crashed run.
Writing lives in pipeline.writers.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

#: File types read as documents; other files in the input folder are skipped.
TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
#: Encodings charset-normalizer may choose from when a file is not UTF-8 (a short list:
#: left free, it guesses East Asian code pages for English text with one Cyrillic name).
CANDIDATE_ENCODINGS = ("cp1252", "cp1251", "koi8_r", "latin_1")
#: Elements whose text is never part of the document.
HTML_DROP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "template")
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


class DecodeError(ValueError):
    pass


@dataclass
class SourceDocument:
    doc_id: str
    path: str  # relative to the input folder, with forward slashes
    sha256: str = ""
    text: str | None = None
    error: str = ""
    encoding: str = ""


@dataclass
class Discovery:
    """What an input folder holds: documents to read, and what was left out and why."""

    files: list[Path] = field(default_factory=list)
    outside_links: list[Path] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)


def discover(root: str | Path) -> Discovery:
    """Walk `root` (sub-folders too) for supported files, sorted for a deterministic run.

    Symbolic links that lead outside the folder are not followed; they are reported.
    """
    root = Path(root)
    found = Discovery()
    if root.is_file():
        found.files.append(root)
        return found
    top = root.resolve()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames.sort()
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                found.skipped.append(path)
            elif path.is_symlink() and not path.resolve().is_relative_to(top):
                found.outside_links.append(path)
            else:
                found.files.append(path)
    found.files.sort(key=lambda p: p.relative_to(root).as_posix())
    return found


def assign_doc_ids(paths: list[Path], root: Path) -> dict[Path, str]:
    """doc_id is the file name without its extension; where two files would share one
    (a/x.txt and b/x.txt, or x.txt and x.html) they get their relative path instead
    ('a__x', 'b__x'), and the extension too if that is still not enough."""
    rel = {p: (p.relative_to(root) if root.is_dir() else Path(p.name)) for p in paths}
    stems: dict[str, int] = {}
    for p in paths:
        stems[p.stem] = stems.get(p.stem, 0) + 1
    ids = {p: (p.stem if stems[p.stem] == 1 else rel[p].with_suffix("").as_posix().replace("/", "__")) for p in paths}
    counts: dict[str, int] = {}
    for v in ids.values():
        counts[v] = counts.get(v, 0) + 1
    return {p: (v if counts[v] == 1 else f"{v}{p.suffix.lower().replace('.', '_')}") for p, v in ids.items()}


def _mojibake(text: str) -> int:
    """How implausible a decoding looks: words of accented Latin soup ('Ñåðãåé') or with
    case flipping inside ('сЕРГЕЙ', a KOI8-R/CP1251 mix-up), and stray symbols."""
    bad = 0
    for word in re.findall(r"\w*[^\x00-\x7f]\w*", text):
        letters = [c for c in word if c.isalpha()]
        high = [c for c in letters if ord(c) > 127]
        if len(high) >= 3 and all(0xC0 <= ord(c) <= 0x24F for c in high) and len(high) > len(letters) / 2:
            bad += 1
        if any(a.islower() and b.isupper() for a, b in zip(letters, letters[1:])):
            bad += 1
    bad += len(re.findall(r"[\x80-\x9f¤¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾]", text))
    return bad


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding): a byte-order mark first, then strict UTF-8, then charset-normalizer
    restricted to CANDIDATE_ENCODINGS, its guess checked against mojibake."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as e:
                raise DecodeError(f"invalid {enc} text: {e.reason}") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096] or sum(b < 9 or 13 < b < 32 for b in data[:4096]) > 8:
        raise DecodeError("binary file, not text")
    from charset_normalizer import from_bytes

    candidates = []
    best = from_bytes(data, cp_isolation=list(CANDIDATE_ENCODINGS)).best()
    if best is not None:
        candidates.append(best.encoding)
    candidates += [e for e in CANDIDATE_ENCODINGS if e not in candidates]
    decoded = []
    for rank, enc in enumerate(candidates):
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        decoded.append((_mojibake(text), rank, text, enc))
    if not decoded:
        raise DecodeError("not valid text in any supported encoding")
    _, _, text, enc = min(decoded)
    return text, enc


def html_to_text(markup: str) -> str:
    """The readable text of an HTML page: scripts, styles and navigation dropped, one
    block per line. Offsets in the tables refer to this text."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "lxml")
    for tag in soup(HTML_DROP):
        tag.decompose()
    for tag in soup.find_all(attrs={"role": ["navigation", "banner", "contentinfo"]}):
        tag.decompose()
    body = soup.body or soup
    text = body.get_text("\n")
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def read_source(path: str | Path, root: str | Path | None = None, doc_id: str | None = None) -> SourceDocument:
    """Read and decode one input file; never raises: problems go to `error`."""
    path = Path(path)
    root = Path(root) if root is not None else path.parent
    rel = path.relative_to(root).as_posix() if root.is_dir() else path.name
    source = SourceDocument(doc_id=doc_id or path.stem, path=rel)
    try:
        data = path.read_bytes()
    except OSError as e:
        source.error = f"cannot read file: {e.strerror or e}"
        return source
    source.sha256 = hashlib.sha256(data).hexdigest()
    if not data.strip():
        source.error = "empty file: no text"
        return source
    try:
        text, source.encoding = decode(data)
    except DecodeError as e:
        source.error = f"cannot decode text: {e}"
        return source
    if path.suffix.lower() in HTML_SUFFIXES:
        text = html_to_text(text)
    if not text.strip():
        source.error = "empty file: no text"
        return source
    source.text = text
    return source
