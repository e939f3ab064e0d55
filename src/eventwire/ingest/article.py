"""A Source to an Article ready for analysis: body extracted and cleaned, metadata merged, words repaired.

Metadata comes from the input record first, then from the HTML page, then from the text itself.
"""
from __future__ import annotations

import hashlib
from urllib.parse import urlsplit

from eventwire.errors import InputError
from eventwire.ingest.clean import clean_text, lead_note_removed
from eventwire.ingest.html import extract_html
from eventwire.ingest.repair import repair_glued
from eventwire.model import GENRES, Article, CleanText, Source


def prepare(source: Source) -> Article:
    """The cleaned, not yet analyzed Article of one Source. Raises InputError when no body is left."""
    page = extract_html(source.html, source.origin, source.url) if source.html else None
    raw = page.text if page else source.text or ""
    cleaned = lead_note_removed(clean_text(raw, url=source.url, title=source.title or (page.title if page else None)))
    text = repair_glued(cleaned.text)
    if not text.strip():
        raise InputError(source.origin, "no article body is left after removing page furniture",
                         "check that the input holds the article text; what was removed is listed with --keep-going")
    return Article(
        id=source.id or source.url or source.origin,
        version=content_version(source),
        title=_first(source.title, page and page.title, cleaned.title),
        outlet=_outlet(source, page, cleaned),
        author=_first(source.author, page and page.author, cleaned.author),
        published=_first(source.published, page and page.published, cleaned.published),
        genre=_genre(source, page, cleaned),
        url=source.url,
        text=text,
        removed=cleaned.removed,
        origin=source.origin,
    )


def content_version(source: Source) -> str:
    """A short hash of what the input says: a changed text under the same id is a new version."""
    h = hashlib.sha256()
    for part in (source.title, source.text, source.html):
        h.update((part or "").encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()[:16]


def _first(*values: str | None) -> str | None:
    return next((v.strip() for v in values if isinstance(v, str) and v.strip()), None)


def _outlet(source: Source, page: CleanText | None, cleaned: CleanText) -> str | None:
    host = urlsplit(source.url).hostname if source.url else None
    bare = host.removeprefix("www.") if host else None
    from_text = cleaned.outlet if cleaned.outlet != bare else None
    return _first(source.outlet, from_text, page and page.outlet, bare)


def _genre(source: Source, page: CleanText | None, cleaned: CleanText) -> str:
    given = (source.genre or "").strip().lower()
    if given in GENRES:
        return given
    for found in (page and page.genre, cleaned.genre):
        if found and found != "news":
            return found
    return "news"
