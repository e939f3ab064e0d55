"""Dates as written in input records and metadata, to ISO 8601 (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``)."""
from __future__ import annotations

import re
from datetime import datetime

_ISO = re.compile(r"^\s*(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")
_FORMATS = (
    "%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y", "%d %b %Y", "%A, %B %d, %Y", "%a, %d %b %Y",
    "%Y/%m/%d", "%m/%d/%Y", "%d.%m.%Y", "%B %d %Y", "%b %d %Y", "%Y%m%d", "%B %Y", "%b %Y",
)
_MONTHS_ABBR = re.compile(r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.", re.IGNORECASE)


def normalize_date(value: str | None) -> str | None:
    """An ISO date for ``value``, or None when it is not a date this function can read with certainty.

    >>> normalize_date("December 31, 2017 ")
    '2017-12-31'
    >>> normalize_date("2017-11-03T08:12:00Z")
    '2017-11-03'
    >>> normalize_date("Tuesday, 19 Nov, 2019")
    '2019-11-19'
    """
    if not value:
        return None
    text = " ".join(str(value).split())
    m = _ISO.match(text)
    if m:
        year, month, day = m.groups()
        return f"{year}-{month}-{day}" if day else f"{year}-{month}"
    if re.fullmatch(r"(1[89]|20)\d\d", text):
        return text
    text = _MONTHS_ABBR.sub(lambda mm: mm.group(1)[:3], text).replace("Sept ", "Sep ")
    text = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text)
    text = re.sub(r"(?i)^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?=\w)", "", text)  # "Tuesday, 19 November 2019"
    text = re.sub(r"^(\d{1,2} [A-Za-z]+),", r"\1", text)  # "20 Nov, 2019"
    text = re.sub(r"\s+\d{1,2}:\d{2}(:\d{2})?\s*(am|pm|AM|PM)?(\s*[A-Z]{2,4})?$", "", text).strip()
    for fmt in _FORMATS:
        try:
            parsed = datetime.strptime(text, fmt)
        except ValueError:
            continue
        return parsed.strftime("%Y-%m") if "%d" not in fmt else parsed.strftime("%Y-%m-%d")
    return None
