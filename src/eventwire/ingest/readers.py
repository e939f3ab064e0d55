"""Read inputs into Sources: text and Markdown files, HTML files, directories, JSON Lines, CSV, stdin.

Every input is read on its own: a file or a line that cannot be read becomes an InputError handed to
``on_error`` and the rest goes on. Files may be gzip-compressed (``.txt.gz``, ``.jsonl.gz``, ...).
"""
from __future__ import annotations

import csv
import gzip
import io
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

import ftfy

from eventwire.errors import InputError
from eventwire.ingest.dates import normalize_date
from eventwire.model import Source

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".jsonlines"}
CSV_SUFFIXES = {".csv"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES

#: Record fields an input may give, with the other names JSON and CSV inputs use for them.
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "id": ("id", "guid", "doc_id", "article_id"),
    "text": ("text", "body", "content", "article", "article_text", "maintext"),
    "html": ("html", "raw_html"),
    "title": ("title", "headline", "heading"),
    "url": ("url", "link", "source_url"),
    "outlet": ("outlet", "source", "publisher", "site", "sitename", "site_name", "media"),
    "author": ("author", "authors", "byline"),
    "published": ("published", "date", "publish_date", "published_at", "pubdate", "date_publish", "datetime"),
    "genre": ("genre", "type"),
}

ErrorHandler = Callable[[InputError], None]
FIX_FORMATS = "eventwire reads .txt/.md, .html, .jsonl and .csv files (optionally .gz), directories of them, or '-'"


def read_inputs(inputs: Iterable[str], on_error: ErrorHandler) -> Iterator[Source]:
    """Every article of every input, in the order given (directories in sorted path order)."""
    for name in inputs:
        if name == "-":
            yield from _guarded("<stdin>", lambda: read_stream(sys.stdin.buffer, "<stdin>", on_error), on_error)
            continue
        path = Path(name)
        if path.is_dir():
            for file in _walk(path):
                yield from _guarded(str(file), lambda f=file: read_file(f, on_error), on_error)
        elif path.exists():
            yield from _guarded(name, lambda: read_file(path, on_error), on_error)
        else:
            on_error(InputError(name, "no such file or directory", "check the path"))


def _guarded(origin: str, make: Callable[[], Iterator[Source]], on_error: ErrorHandler) -> Iterator[Source]:
    """Run a reader; an error that escapes it is reported for ``origin`` instead of stopping the batch."""
    try:
        yield from make()
    except InputError as err:
        on_error(err)
    except OSError as err:
        on_error(InputError(origin, f"cannot be read: {err.strerror or err}", "check that it exists and is readable"))


def _walk(root: Path) -> list[Path]:
    """Files under ``root`` that eventwire reads, sorted, hidden files and folders left out."""
    files = []
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root).parts
        if any(part.startswith(".") for part in rel) or not p.is_file():
            continue
        if _suffix(p) in KNOWN_SUFFIXES:
            files.append(p)
    return files


def _suffix(path: Path) -> str:
    """The meaningful suffix, looking through a trailing .gz."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def read_file(path: Path, on_error: ErrorHandler) -> Iterator[Source]:
    """The articles of one file, by its suffix; a file with another suffix is read as plain text."""
    origin = str(path)
    data = path.read_bytes()
    if path.suffix.lower() == ".gz":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as err:
            raise InputError(origin, f"not a valid gzip file ({err})", "decompress it or fix the file") from err
    yield from _read_bytes(data, origin, _suffix(path), on_error, path=origin)


def read_stream(stream: BinaryIO, origin: str, on_error: ErrorHandler) -> Iterator[Source]:
    """Articles from a byte stream (stdin): JSON Lines, HTML or plain text, recognised by the first character."""
    data = stream.read()
    head = data.lstrip()[:200].lower()
    kind = ".jsonl" if head.startswith(b"{") else ".html" if head.startswith((b"<!doctype", b"<html", b"<")) else ".txt"
    yield from _read_bytes(data, origin, kind, on_error, path=None)


def _read_bytes(data: bytes, origin: str, kind: str, on_error: ErrorHandler, path: str | None) -> Iterator[Source]:
    text = decode(data, origin)
    if kind in JSONL_SUFFIXES:
        yield from _read_jsonl(text, origin, on_error)
    elif kind in CSV_SUFFIXES:
        yield from _read_csv(text, origin, on_error)
    elif kind in HTML_SUFFIXES:
        yield Source(origin=origin, id=origin, html=text, path=path)
    else:
        yield Source(origin=origin, id=origin, text=text, path=path)


def decode(data: bytes, origin: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM), else Windows-1252; mojibake repaired with ftfy.

    Raises InputError for empty and binary input.
    """
    if not data.strip():
        raise InputError(origin, "empty input", "give a file with article text, or leave it out")
    if _looks_binary(data):
        raise InputError(origin, "binary data, not text", FIX_FORMATS)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False, fix_line_breaks=True)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control > len(sample) * 0.05


def _read_jsonl(text: str, origin: str, on_error: ErrorHandler) -> Iterator[Source]:
    lines = text.splitlines()
    if len(lines) == 1 and lines[0].lstrip().startswith("["):
        raise InputError(origin, "a JSON array, not JSON Lines", "write one JSON object per line")
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise InputError(where, "the line is JSON but not an object", "write one JSON object per line")
            yield source_from_record(record, where)
        except json.JSONDecodeError as err:
            on_error(InputError(where, f"invalid JSON ({err.msg} at column {err.colno})", "fix or remove the line"))
        except InputError as err:
            on_error(err)


def _read_csv(text: str, origin: str, on_error: ErrorHandler) -> Iterator[Source]:
    csv.field_size_limit(sys.maxsize)
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or not any(_canonical(h) in ("text", "html") for h in reader.fieldnames):
        raise InputError(origin, "the CSV header has no text column",
                         "name the column with the article body 'text' (or body, content, article)")
    for number, row in enumerate(reader, 2):
        try:
            yield source_from_record(row, f"{origin}:{number}")
        except (InputError, csv.Error) as err:
            on_error(err if isinstance(err, InputError) else InputError(f"{origin}:{number}", str(err), "fix the row"))


def _canonical(key: str) -> str | None:
    k = (key or "").strip().lower().replace("-", "_").replace(" ", "_")
    return next((name for name, aliases in FIELD_NAMES.items() if k in aliases), None)


def source_from_record(record: dict[str, Any], origin: str) -> Source:
    """A JSON or CSV record to a Source; ``text`` or ``html`` is required."""
    fields: dict[str, str] = {}
    for key, value in record.items():
        name = _canonical(str(key))
        if name and name not in fields and value not in (None, ""):
            fields[name] = _as_text(value)
    if not fields.get("text", "").strip() and not fields.get("html", "").strip():
        raise InputError(origin, "the record has no 'text' or 'html'", "give the article body in a 'text' field")
    if "published" in fields:
        fields["published"] = normalize_date(fields["published"]) or None  # type: ignore[assignment]
    if "text" in fields:
        fields["text"] = ftfy.fix_text(fields["text"], normalization="NFC", uncurl_quotes=False)
    ident = fields.pop("id", None) or fields.get("url") or origin
    return Source(origin=origin, id=ident, **{k: v for k, v in fields.items() if v is not None})


def _as_text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)
