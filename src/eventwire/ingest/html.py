"""HTML pages to body text and metadata, through trafilatura (body, title, author, site) and htmldate (date)."""
from __future__ import annotations

import re

import htmldate
import trafilatura

from eventwire.errors import InputError
from eventwire.model import CleanText

_SECTION_PREFIX = re.compile(r"^(opinion|analysis|commentary|op-ed|editorial|news analysis)\s*[|:\-–—]\s*", re.I)


def extract_html(html: str, origin: str, url: str | None = None) -> CleanText:
    """The article body and metadata of one HTML page.

    Raises InputError when trafilatura finds no article text in the page.
    """
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False, deduplicate=True)
    if doc is None or not (doc.text or "").strip():
        raise InputError(origin, "no article text found in the HTML page",
                         "check that the page holds the article itself, not only a script that loads it")
    title, genre = _split_section(doc.title)
    if genre is None and any(str(c).strip().lower() in ("opinion", "commentary") for c in doc.categories or ()):
        genre = "opinion"
    return CleanText(
        text=_paragraphs(doc.text),
        title=title,
        author=doc.author or None,
        published=_find_date(html, url) or doc.date or None,
        outlet=doc.sitename or None,
        genre=genre,
    )


def _split_section(title: str | None) -> tuple[str | None, str | None]:
    """("Opinion | X") -> ("X", "opinion"); a section label before the headline names the genre."""
    if not title:
        return None, None
    m = _SECTION_PREFIX.match(title)
    if not m:
        return title.strip(), None
    label = m.group(1).lower()
    return title[m.end():].strip(), "analysis" if "analysis" in label else "opinion"


def _find_date(html: str, url: str | None) -> str | None:
    try:
        return htmldate.find_date(html, url=url, original_date=True, outputformat="%Y-%m-%d", extensive_search=False)
    except (ValueError, TypeError):
        return None


def _paragraphs(text: str) -> str:
    """trafilatura's one-paragraph-a-line text with a blank line between paragraphs."""
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
