"""Reading inputs and writing tables: the two ends of the pipeline.

Reading never raises for a bad file: it returns a SourceDocument whose `error` says
what went wrong, so one broken document becomes an error row, not a crashed run.

What is read, and how:

- Discovery (`discover`) looks at each file with `lstat` and never opens what is not a
  regular file: a FIFO, a device, a socket, a symbolic link that leads out of the folder,
  loops or nowhere is an error row with the reason. The output folder and communique's
  own state folders are never read.
- Reading (`read_source`) opens the file again without following symbolic links
  (`O_NOFOLLOW`, component by component from the input folder), checks it is still a
  regular file inside the folder, and refuses a file over the size limit before reading
  a byte of it: a file swapped for a link after discovery is an error row, not read.
- Decoding (`decode_text`) tries a byte-order mark, UTF-16 without one, UTF-8, UTF-8
  with a few stray bytes (replaced, with a warning), then the single-byte encodings of
  CANDIDATE_ENCODINGS; control characters (NUL…) become spaces, so offsets still hold.

Writing lives in pipeline.writers; every file a run writes is opened with
`open_output`, the one place a test can make writing fail.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .contract import TABLE_NAMES

#: File types read as documents; other files in the input folder are skipped.
TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
#: Encodings charset-normalizer may choose from when a file is not UTF-8 (a short list:
#: left free, it guesses East Asian code pages for English text with one Cyrillic name).
CANDIDATE_ENCODINGS = ("cp1252", "cp1251", "koi8_r", "latin_1")
#: Elements whose text is never part of the document.
HTML_DROP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "template")
#: A document larger than this is an error row, never read (`communique run --max-mb`).
DEFAULT_MAX_BYTES = 32 * 2**20
#: Folders communique writes inside an output folder; never read as input.
STATE_DIR = ".communique"
STAGING_PREFIX = ".staging-"
#: The files a run writes at the top of its output folder, in any format.
OUTPUT_FILES = frozenset(
    ["manifest.json", "datapackage.json", "tables.sqlite"]
    + [f"{name}.{ext}" for name in TABLE_NAMES for ext in ("csv", "parquet")]
)
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
#: Control characters that are never text (tab, line feed, vertical tab, form feed and
#: carriage return are).
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
#: What a single-byte decoding of the wrong code page yields: C1 control characters,
#: box drawing, block elements and geometric shapes (KOI8-R's upper half).
_WRONG_CODE_PAGE = re.compile("[\x80-\x9f\u2500-\u25ff\u2320\u2321]")
_FILE_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a folder"),
)

OUTSIDE_LINK = "symbolic link leads outside the input folder: not followed"


class DecodeError(ValueError):
    pass


class ReadRefused(ValueError):
    """A file that is not read: the message says why."""


@dataclass
class SourceDocument:
    doc_id: str
    path: str  # relative to the input folder, with forward slashes
    sha256: str = ""
    text: str | None = None
    error: str = ""
    encoding: str = ""
    #: Something the reader repaired (stray bytes, control characters); the document is read.
    warning: str = ""
    #: How the file was read: "text" or "html" (an incremental run reuses rows only for the same reader).
    reader: str = ""
    #: The headline the page marks as such (an HTML page's first `<h1>`), else "".
    headline: str = ""


@dataclass
class Discovery:
    """What an input folder holds: documents to read, and what was left out and why."""

    files: list[Path] = field(default_factory=list)
    outside_links: list[Path] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    #: Files that look like documents but are never opened, with the reason (outside
    #: links included): each becomes an error row.
    rejected: dict[Path, str] = field(default_factory=dict)
    #: Folders that could not be listed, with the reason.
    unreadable: list[tuple[Path, str]] = field(default_factory=list)


def shown(text: str) -> str:
    """A name as it can be written to a table or a terminal: bytes that are not UTF-8
    (`caf\\xe9.txt`, kept by the file system as surrogates) spelled out as `\\xe9`."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return os.fsencode(text).decode("utf-8", "backslashreplace")


def reader_of(path: str | Path) -> str:
    return "html" if Path(path).suffix.lower() in HTML_SUFFIXES else "text"


def _kind(mode: int) -> str:
    return next((what for test, what in _FILE_KINDS if test(mode)), "not a regular file")


def _inside(path: str, top: str) -> bool:
    return path == top or path.startswith(top.rstrip(os.sep) + os.sep)


def _check_file(path: Path, top: str) -> str:
    """Why `path` (found in the walk) is not read, or "" when it is a regular file, or a
    link to one inside the folder. Nothing is opened."""
    try:
        st = os.lstat(path)
    except OSError as e:
        return f"cannot read file: {e.strerror or e}"
    if stat.S_ISLNK(st.st_mode):
        try:
            target = os.stat(path)
        except OSError as e:
            if e.errno == errno.ELOOP:
                return "symbolic link loop: not followed"
            if e.errno == errno.ENOENT:
                return "broken symbolic link: it leads nowhere"
            return f"symbolic link cannot be followed: {e.strerror or e}"
        if not _inside(os.path.realpath(path), top):
            return OUTSIDE_LINK
        if not stat.S_ISREG(target.st_mode):
            return f"symbolic link to {_kind(target.st_mode)}, not a regular file: not read"
        return ""
    if not stat.S_ISREG(st.st_mode):
        return f"not a regular file but {_kind(st.st_mode)}: not read"
    return ""


def _is_output_folder(path: str) -> bool:
    """A folder communique wrote tables into (it holds communique's state folder)."""
    return os.path.isdir(os.path.join(path, STATE_DIR))


def discover(root: str | Path, *, exclude: Iterable[str | Path] = ()) -> Discovery:
    """Walk `root` (sub-folders too) for supported files, sorted for a deterministic run.

    Only regular files are read: anything else (FIFOs, devices, symbolic links that lead
    outside the folder, loop or lead nowhere) is `rejected` with the reason, never opened.
    Folders in `exclude` (the run's output folder), communique's own state folders and
    any folder holding one (an earlier run's output) are not walked.
    """
    root = Path(root)
    found = Discovery()
    if not root.is_dir():
        found.files.append(root)
        return found
    top = os.path.realpath(root)
    excluded = {os.path.realpath(p) for p in exclude}
    writes_here = top in excluded  # the output folder is the input folder: its tables are not inputs
    excluded.discard(top)

    def unreadable(e: OSError):
        found.unreadable.append((Path(e.filename or root), e.strerror or str(e)))

    for dirpath, dirnames, filenames in os.walk(root, followlinks=False, onerror=unreadable):
        keep = []
        for d in sorted(dirnames):
            full = os.path.join(dirpath, d)
            if d == STATE_DIR or d.startswith(STAGING_PREFIX):
                continue
            if os.path.realpath(full) in excluded or (not os.path.islink(full) and _is_output_folder(full)):
                continue
            keep.append(d)
        dirnames[:] = keep
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if writes_here and name in OUTPUT_FILES and os.path.realpath(dirpath) == top:
                continue
            if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                found.skipped.append(path)
                continue
            reason = _check_file(path, top)
            if reason == OUTSIDE_LINK:
                found.outside_links.append(path)
            if reason:
                found.rejected[path] = reason
            else:
                found.files.append(path)
    found.files.sort(key=lambda p: p.relative_to(root).as_posix())
    return found


def _short_hash(text: str, n: int) -> str:
    return hashlib.sha256(os.fsencode(text)).hexdigest()[:n]


def assign_doc_ids(paths: list[Path], root: Path) -> dict[Path, str]:
    """doc_id is the file name without its extension; where two files would share one
    (a/x.txt and b/x.txt, or x.txt and x.html) they get their relative path instead
    ('a__x', 'b__x'), and the extension too if that is still not enough.

    Ids are unique by construction: files that still share one after that (`x.txt` and
    `x.TXT`; `a/y.txt` and `a__y.txt`) each get a short hash of their relative path
    (`x_txt_3f2a…`), long enough to be unique. Names that are not UTF-8 are spelled out
    (`caf\\xe9`)."""
    rel = {p: (p.relative_to(root) if root.is_dir() else Path(p.name)) for p in paths}
    stems = Counter(p.stem for p in paths)
    ids = {
        p: shown(p.stem if stems[p.stem] == 1 else rel[p].with_suffix("").as_posix().replace("/", "__")) for p in paths
    }
    counts = Counter(ids.values())
    ids = {p: (v if counts[v] == 1 else f"{v}{p.suffix.lower().replace('.', '_')}") for p, v in ids.items()}
    counts = Counter(ids.values())
    taken = {v for v, n in counts.items() if n == 1}
    final = {}
    for p in sorted(paths, key=lambda p: os.fsencode(rel[p].as_posix())):
        v = ids[p]
        if counts[v] == 1:
            final[p] = v
            continue
        key, n = rel[p].as_posix(), 8
        candidate = f"{v}_{_short_hash(key, n)}"
        while candidate in taken:
            n += 1
            candidate = f"{v}_{_short_hash(key, n)}" if n <= 64 else f"{v}_{_short_hash(key, 64)}_{n}"
        taken.add(candidate)
        final[p] = candidate
    return final


def _mojibake(text: str) -> int:
    """How implausible a decoding looks: words of accented Latin soup ('Ñåðãåé') or with
    case flipping inside ('сЕРГЕЙ', a KOI8-R/CP1251 mix-up), and stray symbols."""
    bad = 0
    for m in re.finditer(r"\w*[^\x00-\x7f]\w*", text):
        word = m.group()
        letters = [c for c in word if c.isalpha()]
        high = [c for c in letters if ord(c) > 127]
        if len(high) >= 3 and all(0xC0 <= ord(c) <= 0x24F for c in high) and len(high) > len(letters) / 2:
            bad += 1
        if any(a.islower() and b.isupper() for a, b in zip(letters, letters[1:])):
            bad += 1
    bad += len(re.findall(r"[\x80-\x9f¤¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾]", text))
    return bad


@dataclass
class Decoded:
    text: str
    encoding: str
    warning: str = ""


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 without a byte-order mark: Latin text has a NUL in every other byte."""
    if len(data) < 8 or len(data) % 2:
        return None
    half = len(data) // 2
    even, odd = data[0::2].count(0), data[1::2].count(0)
    for enc, nuls, others in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if nuls >= 0.2 * half and others <= 0.02 * half:
            try:
                return Decoded(data.decode(enc), enc)
            except UnicodeDecodeError:
                return None
    return None


def _nearly_utf8(data: bytes) -> tuple[str, int] | None:
    """(text, stray bytes replaced) when nearly all of `data` is UTF-8: its valid multi-byte
    characters at least twice the bytes that are not, and these under 1% of the file."""
    text = data.decode("utf-8", "replace")
    replaced = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    ascii_bytes = len(data) - len(data.translate(None, bytes(range(128))))
    multibyte = len(text) - ascii_bytes - replaced
    if multibyte >= 2 * replaced and replaced <= max(1, len(data) // 100):
        return text, replaced
    return None


def _single_byte(data: bytes) -> Decoded:
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
        # A code page that yields box drawing or C1 controls is the wrong one wherever
        # another does not ("Мир" in cp1251 read as KOI8-R).
        wrong = len(_WRONG_CODE_PAGE.findall(text))
        decoded.append((wrong, _mojibake(text), rank, text, enc))
    if not decoded:
        raise DecodeError("not valid text in any supported encoding")
    *_, text, enc = min(decoded)
    return Decoded(text, enc)


def _without_controls(decoded: Decoded) -> Decoded:
    """Control characters (NUL…) replaced by spaces, one for one, so offsets still hold;
    a text with many of them is binary."""
    text = decoded.text
    n = len(_CONTROL.findall(text))
    if not n:
        return decoded
    if len(_CONTROL.findall(text[:4096])) > 8 or n > max(8, len(text) // 100):
        raise DecodeError("binary file, not text")
    note = f"{n} control character(s) (NUL and the like) replaced by spaces"
    warning = f"{decoded.warning}; {note}" if decoded.warning else note
    return Decoded(_CONTROL.sub(" ", text), decoded.encoding, warning)


def decode_text(data: bytes) -> Decoded:
    """Decode a file's bytes: a byte-order mark first, then UTF-16 without one, strict
    UTF-8, UTF-8 with a few stray bytes replaced (with a warning), then charset-normalizer
    restricted to CANDIDATE_ENCODINGS, its guess checked against wrong code pages and
    mojibake. Control characters become spaces; a text full of them is binary."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return _without_controls(Decoded(data.decode(enc), enc))
            except UnicodeDecodeError as e:
                raise DecodeError(f"invalid {enc} text: {e.reason}") from None
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return _without_controls(utf16)
    try:
        return _without_controls(Decoded(data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError as e:
        first_bad = e.start
    if sum(b < 9 or 13 < b < 32 or b == 127 for b in data[:4096]) > 8:
        raise DecodeError("binary file, not text")
    nearly = _nearly_utf8(data)
    if nearly is not None:
        text, n = nearly
        warning = f"{n} byte(s) that are not UTF-8 replaced by U+FFFD (the first at byte {first_bad})"
        return _without_controls(Decoded(text, "utf-8", warning))
    return _without_controls(_single_byte(data))


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding) of a file's bytes (see decode_text)."""
    decoded = decode_text(data)
    return decoded.text, decoded.encoding


class _PageText:
    """lxml parser target that keeps a page's text as it is parsed, never building a tree:
    memory grows with the text, not with the markup (an 18 MB table costs its text). Each
    run of text between two tags is one piece; pieces inside HTML_DROP elements or
    navigation roles are left out; the body's pieces are the page's text when it has a body."""

    _ROLES = frozenset({"navigation", "banner", "contentinfo"})
    _DROP = frozenset(HTML_DROP)

    def __init__(self):
        self.depth = 0
        self.skip_at: int | None = None  # depth of the dropped element being skipped
        self.in_body = False
        self.pieces: list[str] = []
        self.body: list[str] | None = None
        self._body_at = 0
        self._data: list[str] = []
        self._h1_at: tuple[int, int] | None = None  # (depth, pieces so far) inside the first <h1>
        self.headline = ""

    def _flush(self) -> None:
        if self._data:
            piece = "".join(self._data)
            self._data = []
            if self.skip_at is None:
                self.pieces.append(piece)
                if self.in_body:
                    self.body.append(piece)

    def start(self, tag, attrib) -> None:
        self._flush()
        self.depth += 1
        if self.skip_at is None and (tag in self._DROP or attrib.get("role") in self._ROLES):
            self.skip_at = self.depth
        if tag == "body" and self.body is None and self.skip_at is None:
            self.body, self.in_body, self._body_at = [], True, self.depth
        if tag == "h1" and not self.headline and self._h1_at is None and self.skip_at is None:
            self._h1_at = (self.depth, len(self.pieces))

    def end(self, tag) -> None:
        self._flush()
        if self._h1_at is not None and self._h1_at[0] == self.depth:
            self.headline = " ".join(" ".join(self.pieces[self._h1_at[1] :]).split())
            self._h1_at = None
        if self.skip_at == self.depth:
            self.skip_at = None
        if self.in_body and self._body_at == self.depth:
            self.in_body = False
        self.depth -= 1

    def data(self, data: str) -> None:
        self._data.append(data)

    def comment(self, text) -> None:
        self._flush()

    def pi(self, target, data=None) -> None:
        self._flush()

    def doctype(self, *args) -> None:
        self._flush()

    def close(self) -> list[str]:
        self._flush()
        return self.body if self.body is not None else self.pieces


def html_to_text(markup: str) -> str:
    """The readable text of an HTML page: scripts, styles and navigation dropped, one
    piece of text per line (what BeautifulSoup's `get_text("\\n")` gives, on lxml's
    parser, without holding the page's tree). Offsets in the tables refer to this text."""
    return read_html(markup)[0]


def read_html(markup: str) -> tuple[str, str]:
    """(the page's readable text, as html_to_text gives it; its headline: the text of its
    first `<h1>` outside navigation, or "")."""
    from lxml import etree

    target = _PageText()
    parser = etree.HTMLParser(target=target)
    parser.feed(markup)
    text = "\n".join(parser.close())
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n", target.headline


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_SAFE_OPEN = bool(_NOFOLLOW) and os.open in os.supports_dir_fd


def _open_inside(path: Path, root: Path | None) -> int:
    """A read-only descriptor of `path`, opened without following any symbolic link from
    the input folder `root` down, so that a file or folder swapped for a link after
    discovery is refused rather than read. Without `root` (a file named on the command
    line) links are resolved first, then the same applies. Never blocks (a FIFO)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    if root is None:
        real = os.path.realpath(path)
        top, parts = os.path.dirname(real), [os.path.basename(real)]
    else:
        try:
            lexical = Path(path).relative_to(root)
        except ValueError:
            raise ReadRefused("the file lies outside the input folder: not read") from None
        if ".." in lexical.parts:
            raise ReadRefused("the path leads outside the input folder: not read")
        top, real = os.path.realpath(root), os.path.realpath(path)
        if not _inside(real, top) or real == top:
            raise ReadRefused(OUTSIDE_LINK)
        parts = Path(os.path.relpath(real, top)).parts
    if not _SAFE_OPEN:
        return os.open(os.path.join(top, *parts), flags)
    fd = os.open(top, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        for part in parts[:-1]:
            nxt = os.open(part, os.O_RDONLY | os.O_DIRECTORY | _NOFOLLOW | getattr(os, "O_CLOEXEC", 0), dir_fd=fd)
            os.close(fd)
            fd = nxt
        return os.open(parts[-1], flags | _NOFOLLOW, dir_fd=fd)
    except OSError as e:
        if e.errno in (errno.ELOOP, errno.ENOTDIR, getattr(errno, "EMLINK", -1)):
            raise ReadRefused("became a symbolic link after it was found: not followed") from None
        raise
    finally:
        os.close(fd)


def _megabytes(n: int) -> str:
    return f"{n / 2**20:.3g} MB"


def read_bytes(path: Path, root: Path | None, max_bytes: int | None = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a regular file inside `root`, at most `max_bytes` of them; ReadRefused
    says why not (not a regular file, too large, a link), OSError when reading fails."""
    fd = _open_inside(path, root)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise ReadRefused(f"not a regular file but {_kind(st.st_mode)}: not read")
        if max_bytes is not None and st.st_size > max_bytes:
            raise ReadRefused(
                f"file is {_megabytes(st.st_size)}, over the limit of {_megabytes(max_bytes)} on a document "
                "(communique run --max-mb): not read"
            )
        limit = max_bytes if max_bytes is not None else st.st_size + 2**20
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, min(2**20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise ReadRefused(
                    f"file grew past the limit of {_megabytes(limit)} on a document while being read: not read"
                )
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_source(
    path: str | Path,
    root: str | Path | None = None,
    doc_id: str | None = None,
    *,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> SourceDocument:
    """Read and decode one input file inside the folder `root`; never raises: problems go
    to `error`, repairs to `warning`. Without `root`, `path` is a file named on its own
    (a symbolic link to it is followed)."""
    path = Path(path)
    base = Path(root) if root is not None else path.parent
    try:
        rel = path.relative_to(base).as_posix() if base.is_dir() else path.name
    except ValueError:
        rel = path.as_posix()
    source = SourceDocument(doc_id=doc_id or shown(path.stem), path=shown(rel), reader=reader_of(path))
    try:
        data = read_bytes(path, Path(root) if root is not None else None, max_bytes)
    except ReadRefused as e:
        source.error = str(e)
        return source
    except OSError as e:
        source.error = f"cannot read file: {e.strerror or e}"
        return source
    source.sha256 = hashlib.sha256(data).hexdigest()
    try:
        _decode_into(source, data)
    except Exception as e:  # a reader's bug on one file must not stop the run
        source.text = None
        source.error = f"cannot read file: {type(e).__name__}: {e}".replace("\n", " ")
    return source


def _decode_into(source: SourceDocument, data: bytes) -> None:
    if not data.strip():
        source.error = "empty file: no text"
        return
    try:
        decoded = decode_text(data)
    except DecodeError as e:
        source.error = f"cannot decode text: {e}"
        return
    text, source.encoding, source.warning = decoded.text, decoded.encoding, decoded.warning
    if source.reader == "html":
        text, source.headline = read_html(text)
    if not text.strip():
        source.error = "empty file: no text"
        return
    source.text = text


def open_output(path: str | Path, mode: str = "w", **kwargs):
    """Open a file a run writes (tables, state, manifest, lock): every such file is opened
    here, with the built-in `open` looked up at each call, so that a test can make writing
    fail (a full disk, a read-only folder)."""
    return open(path, mode, **kwargs)
