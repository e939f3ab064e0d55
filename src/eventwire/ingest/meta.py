"""Metadata stated in an article's own text: author, date, outlet and genre.

``clean_text`` hands these functions the lines before the body (``header``) and the body itself.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

from eventwire.errors import LexiconError
from eventwire.ingest.dates import normalize_date

_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|van|von|der|la|le|bin|al|el|ibn)){0,4}"
BYLINE = re.compile(rf"^(?:by|words by|written by|reporting by|story by|posted by)\s+({_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)",
                    re.I)
JOB_SUFFIX = re.compile(r"(?:Staff|Senior|Chief|Contributing|Opinion|Guest|Special|Foreign|White House|Political|"
                        r"National|Associated|Investigative)?\s*(?:Writer|Reporter|Correspondent|Columnist|Editor|"
                        r"Contributor)s?\b.*$")
EDITOR_NOTE = re.compile(r"(?i)\b(?:this (?:article|story|piece|column) (?:was )?(?:written|reported) by|"
                         r"the (?:author|writer),?)\s+(" + _NAME + ")")
DATE_IN_LINE = re.compile(
    r"\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2}\b))(?=\b|T|\d{1,2}:)", re.I)
URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](\d{1,2}|[a-z]{3})[/-](\d{1,2})(?:/|-|$)")
MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
CREDIT = re.compile(r"\(([A-Z][\w .&'-]{1,40}?)\)\s*[-–—:]|^([A-Z][A-Za-z .&'-]{1,40}?)\s+[-–—]\s")
OPINION = re.compile(r"(?i)^(?:opinion|op-ed|commentary|column|editorial|perspective|guest (?:column|essay|opinion)|"
                     r"(?:opinion|guest|contributing) columnist|the opinion pages?)\b")
ANALYSIS = re.compile(r"(?i)^(?:analysis|news analysis)\b")
DISCLAIMER = re.compile(r"(?i)views (?:expressed|are) .{0,60}(?:own|those of the author|do not (?:necessarily )?reflect)")
OPINION_PATH = re.compile(r"/(?:opinion|opinions|commentary|commentisfree|op-ed|oped|op-eds|editorials?|columns?|columnists?|"
                          r"voices|blogs?/opinion)/")
ANALYSIS_PATH = re.compile(r"/(?:analysis|news-analysis)/")


@lru_cache(maxsize=1)
def outlets() -> tuple[dict[str, str], dict[str, str]]:
    """(domain -> display name, agency credit -> display name) from lexicon/outlets.tsv."""
    path = resources.files("eventwire.nlp") / "lexicon" / "outlets.tsv"
    domains: dict[str, str] = {}
    credits: dict[str, str] = {}
    rows = [r for r in path.read_text(encoding="utf-8").splitlines() if r.strip() and not r.startswith("#")]
    for number, row in enumerate(rows[1:], 2):
        parts = row.split("\t")
        if len(parts) != 3:
            raise LexiconError(f"{path}: row {number}: expected domain<TAB>name<TAB>credits")
        domain, name, names = parts
        domains.setdefault(domain.lower(), name)
        for credit in filter(None, names.split("|")):
            credits[credit] = name
    return domains, credits


def outlet_for_url(url: str | None) -> str | None:
    """The display name of the site a URL belongs to, else its bare domain, else None."""
    host = (urlsplit(url).hostname or "") if url else ""
    if not host:
        return None
    host = host.removeprefix("www.")
    domains, _ = outlets()
    parts = host.split(".")
    for i in range(len(parts) - 1):
        name = domains.get(".".join(parts[i:]))
        if name:
            return name
    return host


def find_author(header: list[str], text: str) -> str | None:
    """The byline's name(s) ("By Jane Doe" -> "Jane Doe"), or an editor's note naming the author."""
    for line in reversed(header):
        m = BYLINE.match(line.strip())
        if m:
            name = JOB_SUFFIX.sub("", m.group(1)).strip(" ,;|")
            name = re.sub(r"([a-z])([A-Z][a-z]+)$", r"\1", name) if re.search(r"[a-z][A-Z]", name) else name
            if name and len(name.split()) <= 8:
                return name
    m = EDITOR_NOTE.search(text[-600:]) if text else None
    return m.group(1).strip() if m else None


def find_date(header: list[str], url: str | None) -> str | None:
    """The publication date: the URL's when it has one, else the time stamp nearest the body.

    ``header`` runs from the top of the page to the start of the body; a date marked "Updated" or
    "Modified" counts only when no other is found.
    """
    from_url = _url_date(url)
    if from_url:
        return from_url
    found = []
    for line in reversed(header):
        for m in DATE_IN_LINE.finditer(line):
            iso = _numeric(m.group(0)) if re.fullmatch(r"[\d./]+", m.group(0)) else normalize_date(m.group(0))
            if iso:
                found.append((not re.search(r"(?i)updated|modified", line), iso))
    published = [iso for first, iso in found if first]
    return (published or [iso for _, iso in found] or [None])[0]


def _url_date(url: str | None) -> str | None:
    m = URL_DATE.search(urlsplit(url).path.lower()) if url else None
    if not m:
        return None
    year, month, day = m.groups()
    number = MONTHS.get(month) if month.isalpha() else int(month)
    if number and 1 <= number <= 12 and 1 <= int(day) <= 31:
        return f"{year}-{number:02d}-{int(day):02d}"
    return None


def _numeric(text: str) -> str | None:
    """"18.11.2019" -> 2019-11-18; "11/14/19" -> 2019-11-14; "05.06.2019" is ambiguous -> None."""
    a, b, year = (int(x) for x in re.split(r"[./]", text))
    year = year + 2000 if year < 100 else year
    if a > 12 >= b:
        return f"{year}-{b:02d}-{a:02d}"
    if b > 12 >= a:
        return f"{year}-{a:02d}-{b:02d}"
    return None


def find_outlet(text: str, header: list[str], url: str | None) -> str | None:
    """An agency credit in the dateline ("MADRID (AP) —"), else the site of the URL."""
    _, credits = outlets()
    for line in [text[:200], *header[-8:]]:
        for m in CREDIT.finditer(line):
            name = credits.get((m.group(1) or m.group(2) or "").strip())
            if name:
                return name
        for credit, name in credits.items():
            if len(credit) > 3 and re.match(rf"^{re.escape(credit)}\b", line) and DATE_IN_LINE.search(line):
                return name
    return outlet_for_url(url)


def find_genre(header: list[str], text: str, url: str | None, title: str | None) -> str:
    """``opinion`` or ``analysis`` where labels, the URL or a disclaimer say so; else ``news``."""
    path = urlsplit(url).path.lower() if url else ""
    labels = [line.strip() for line in header[-10:]] + [title or ""]
    if OPINION_PATH.search(path) or any(OPINION.match(x) for x in labels) or DISCLAIMER.search(text[-1500:]):
        return "opinion"
    if ANALYSIS_PATH.search(path) or any(ANALYSIS.match(x) for x in labels):
        return "analysis"
    return "news"
