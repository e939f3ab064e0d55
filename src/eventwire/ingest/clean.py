"""Strip page furniture from pasted plain-text articles and read metadata from the text.

A whole web page copied by hand carries menus, share buttons, captions, related headlines, comment
widgets and footers around the article. The body is found as the run of lines that maximises a score:
prose lines (long, lower-case words, final punctuation) count for their length; short lines, furniture
phrases and time stamps count against (``_line_score``). This is a maximum-subarray search over lines,
in the spirit of body-text extraction by text density. Inside that run, furniture lines still go
(adverts, captions, share widgets); outside it everything goes. Nothing is lost silently: every line
that leaves the body is listed in ``removed`` with its reason. Headline, byline and date lines before the
body become ``title``, ``author`` and ``published``.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

from eventwire.errors import LexiconError
from eventwire.ingest.dates import normalize_date
from eventwire.ingest.meta import (DATELINE, byline, find_author, find_date, find_genre, find_outlet, is_stamp,
                                   outlet_for_url, stamp)
from eventwire.model import CleanText, Removed

FINAL = re.compile(r"[.!?…:;\"”’')\]]\s*$")
INNER_STOP = re.compile(r"[a-z]{2}[.!?] [A-Z]")
WORD = re.compile(r"[^\W\d_][\w'’.-]*")
DATE_LINE = re.compile(
    r"^(?:(?:published|updated|posted)\s*:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?"
    r"(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|^\d{4}-\d{2}-\d{2}|^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|^\d{1,2}:\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?", re.I)


@dataclass(frozen=True)
class _Line:
    number: int  # 1-based line number in the raw text
    text: str
    words: int
    lower: float  # share of words starting in lower case
    final: bool  # ends like a sentence
    kind: str | None  # furniture kind from the lexicon: inline, boundary, header


@lru_cache(maxsize=1)
def furniture() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The furniture lexicon: (kind, compiled pattern) pairs from lexicon/furniture.tsv."""
    path = resources.files("eventwire.nlp") / "lexicon" / "furniture.tsv"
    rules = []
    rows = [r for r in path.read_text(encoding="utf-8").splitlines() if r.strip() and not r.startswith("#")]
    for number, row in enumerate(rows[1:], 2):
        try:
            kind, scope, pattern = row.split("\t")
            body = {"line": rf"^(?:{pattern})$", "start": rf"^(?:{pattern})", "any": pattern}[scope]
            rules.append((kind, re.compile(body, re.I)))
        except (ValueError, KeyError, re.error) as err:
            raise LexiconError(f"{path}: row {number}: {err}; expected kind<TAB>scope<TAB>pattern") from err
    return tuple(rules)


def _kind(text: str, words: int) -> str | None:
    t = text.strip().strip("|•·»›>").strip()
    for kind, pattern in furniture():
        if words >= 40 and kind not in ("boundary", "comments"):
            return None  # a long paragraph is body even when it mentions a photo or ends with a credit
        if pattern.search(t):
            return kind
    return None


def _line(number: int, text: str) -> _Line:
    words = WORD.findall(text)
    lower = sum(1 for w in words if w[0].islower()) / len(words) if words else 0.0
    return _Line(number, text, len(words), lower, bool(FINAL.search(text)), _kind(text, len(words)))


def is_sentence(line: _Line) -> bool:
    """Looser than ``is_prose``: a line that reads as a sentence, kept when it stands inside the body."""
    if line.kind is not None and line.kind != "header":
        return False
    if is_prose(line) or line.words >= 15 or (line.words >= 12 and line.lower >= 0.5):
        return True
    return line.words >= 4 and (line.final or line.text[0].islower()) and not DATE_LINE.match(line.text)


def is_prose(line: _Line) -> bool:
    """A sentence-like line: enough words, mostly lower case, ending like a sentence."""
    if line.kind is not None and (line.kind != "header" or line.words < 25):
        return False
    if line.words >= 8 and line.final and line.lower >= 0.35:
        return True
    return line.words >= 20 and line.lower >= 0.5


def _line_score(line: _Line) -> float:
    if line.kind == "comments":
        return -60.0
    if line.kind == "boundary":
        return -30.0
    if is_prose(line):
        return float(line.words)
    if line.kind == "header" or DATE_LINE.match(line.text):
        return -10.0
    if line.kind == "inline":
        return -2.0
    return -4.0 if line.words < 8 else -6.0


def _best_run(scores: list[float]) -> tuple[int, int]:
    """Indices (start, end) inclusive of the run with the largest sum (Kadane's algorithm)."""
    best, best_span = float("-inf"), (0, -1)
    total, start = 0.0, 0
    for i, s in enumerate(scores):
        if total <= 0:
            total, start = s, i
        else:
            total += s
        if total > best:
            best, best_span = total, (start, i)
    return best_span


def clean_text(raw: str, *, url: str | None = None, title: str | None = None) -> CleanText:
    """The body of a pasted page, what was removed from it, and the metadata its text states."""
    lines = [_line(n, t.strip()) for n, t in enumerate(raw.splitlines(), 1) if t.strip()]
    if not lines:
        return CleanText(text="", title=title, outlet=outlet_for_url(url))
    if len(lines) <= 5 and all(line.kind is None for line in lines):  # a short clean text: nothing to strip
        text = "\n\n".join(line.text for line in lines)
        return CleanText(text=text, title=title, outlet=find_outlet(text, [], url), genre=find_genre([], raw, url, title))
    start, end = _body_span(lines)
    start = _head_inside(lines, start, end)
    title_at = _headline(lines, start, end, url) if not title else _find_line(lines, title, start)
    found_title = title or (_strip_label(lines[title_at].text) if title_at is not None else None)
    head, body, tail = lines[:start], lines[start:end + 1], lines[end + 1:]
    kept, removed = _split_body(body, found_title)
    removed = [_removed(line, found_title, before=True) for line in head] + removed
    removed += [Removed(line.text, _tail_reason(line), line.number) for line in tail]
    removed.sort(key=lambda r: r.line or 0)
    text = "\n\n".join(line.text for line in kept)
    header = [line.text for line in head[-25:]]
    after, before = _near_headline(lines, start, title_at, found_title)
    return CleanText(
        text=text,
        removed=tuple(removed),
        title=found_title,
        author=_author(lines, start, title_at, after, before, header, text, removed),
        published=find_date(after, before, header, url),
        outlet=find_outlet(text, header, url),
        genre=find_genre(header, raw, url, found_title, near=before[:4] + after[:4]),
    )


def _head_inside(lines: list[_Line], start: int, end: int) -> int:
    """Where the body really starts when the run of prose began early, on a list of other stories' headlines: after
    a headline-shaped line with a "By"/"Posted by" byline right under it in the first third of the run."""
    for i in range(start + 2, min(end - 1, start + max((end - start) // 3, 8))):
        line = lines[i]
        if line.kind is None and line.words <= 20 and _headline_shaped(line) and byline(lines[i + 1].text)[0] == 3:
            return i
    return start


def _author(lines: list[_Line], start: int, title_at: int | None, after: list[str], before: list[str],
            header: list[str], text: str, removed: list[Removed]) -> str | None:
    """The byline's people; else a name right over the body; else an agency's "Reporting by" or an editor's note."""
    author = find_author(after, before, header, "", None)
    if author is not None:
        return author or None  # "": the byline names no person
    credits = [r.text for r in removed if "eporting by" in r.text]
    return _name_over_body(lines, start, title_at) or find_author([], [], [], text, credits) or None


def _name_over_body(lines: list[_Line], start: int, title_at: int | None) -> str | None:
    """A name on the last line before the body, below the headline and not below a time stamp (a photo credit):
    the author."""
    if title_at is None or not title_at < start - 1 < title_at + 16:
        return None
    if any(is_stamp(line.text) for line in lines[title_at + 1:start - 2]):
        return None
    strength, names = byline(lines[start - 1].text)
    return names if strength >= 1 else None


def _near_headline(lines: list[_Line], start: int, title_at: int | None,
                   title: str | None) -> tuple[list[str], list[str]]:
    """The lines after and before the headline (nearest first) where bylines and time stamps stand: up to 10 after
    it, ending at the second long paragraph, and 6 before it. Without a headline, the lines around the body start."""
    anchor = title_at if title_at is not None else start
    key = _key(title)
    after, before = _around(lines, anchor, key)
    if title_at is None:
        return after[:3], before
    for i in range(max(0, anchor - 12), min(anchor + 13, len(lines))):  # the headline printed twice
        if i != anchor and _key(lines[i].text) == key:
            more_after, more_before = _around(lines, i, key)
            after, before = after + more_after, before + more_before
    return after, before


def _around(lines: list[_Line], anchor: int, key: str) -> tuple[list[str], list[str]]:
    after: list[str] = []
    paragraphs = 0
    for i in range(anchor + 1, min(anchor + 11, len(lines))):
        line = lines[i]
        if line.words >= 25 and is_prose(line):
            paragraphs += 1
            if paragraphs == 2:
                break
        if _key(line.text) != key:
            after.append(_with_label(lines, i))
    before = [_with_label(lines, i) for i in range(anchor - 1, max(0, anchor - 6) - 1, -1)
              if _key(lines[i].text) != key]
    return after, before


BY_LABEL = re.compile(r"(?i)^(?:by|author|authors|written by|posted by|words by|story by)\s*:?$")


def _with_label(lines: list[_Line], i: int) -> str:
    """A line that is only "By" or "Author:" takes the name from the next line."""
    if BY_LABEL.match(lines[i].text) and i + 1 < len(lines):
        return "By " + lines[i + 1].text
    return lines[i].text


def _find_line(lines: list[_Line], title: str, start: int) -> int | None:
    key = _key(title)
    found = [i for i, line in enumerate(lines[:start + 3]) if _key(line.text) == key]
    return found[-1] if found else None


def _body_span(lines: list[_Line]) -> tuple[int, int]:
    start, end = _best_run([_line_score(line) for line in lines])
    if end < start:  # no prose at all: keep every line that is not furniture
        plain = [i for i, line in enumerate(lines) if line.kind is None]
        return (plain[0], plain[-1]) if plain else (0, -1)
    while start > 0 and _edge_sentence(lines[start - 1]):
        start -= 1
    while end + 1 < len(lines) and _edge_sentence(lines[end + 1]):
        end += 1
    return start, end


def _edge_sentence(line: _Line) -> bool:
    """A sentence right next to the body is body too (disclosures, a last short paragraph)."""
    if line.kind is not None or line.words < 6 or DATE_LINE.match(line.text):
        return False
    return line.final or bool(INNER_STOP.search(line.text)) or (line.words >= 12 and line.lower >= 0.5)


def _split_body(body: list[_Line], title: str | None) -> tuple[list[_Line], list[Removed]]:
    kept: list[_Line] = []
    removed: list[Removed] = []
    seen: set[str] = set()
    title_key = _key(title)
    for line in body:
        key = _key(line.text)
        if line.kind is not None and not is_prose(line):
            removed.append(Removed(line.text, _inline_reason(line), line.number))
        elif not is_sentence(line):
            removed.append(Removed(line.text, "short-line", line.number))
        elif key == title_key or (key in seen and not is_prose(line)) or (key in seen and line.words >= 4):
            removed.append(Removed(line.text, "duplicate", line.number))
        elif DATE_LINE.match(line.text) and not is_prose(line):
            removed.append(Removed(line.text, "dateline", line.number))
        else:
            kept.append(line)
        seen.add(key)
    return kept, removed


def _key(text: str | None) -> str:
    return re.sub(r"[^0-9a-z]", "", (text or "").lower())


def _inline_reason(line: _Line) -> str:
    t = line.text.lower()
    if re.search(r"credit|photo|image|getty|/ ?(ap|reuters|afp)\b|\(.*/.*\)$", t):
        return "caption"
    if re.search(r"share|tweet|facebook|twitter|email|print|link|whatsapp|linkedin|comment", t):
        return "share"
    if re.search(r"advert|sponsor|promoted|continue reading|continues below", t):
        return "advertisement"
    return {"boundary": "after-end", "comments": "after-end", "header": "byline"}.get(line.kind or "", "navigation")


def _removed(line: _Line, title: str | None, before: bool) -> Removed:
    if title and _key(line.text) == _key(title):
        reason = "headline"
    elif line.kind == "header" and re.match(r"(?i)(by|words by|written by|story by|posted by)\s", line.text):
        reason = "byline"
    elif DATE_LINE.match(line.text) or line.kind == "header" and re.search(r"\d", line.text):
        reason = "dateline"
    elif is_prose(line):
        reason = "standfirst"
    elif line.kind:
        reason = _inline_reason(line)
    else:
        reason = "navigation"
    return Removed(line.text, reason, line.number)


def _tail_reason(line: _Line) -> str:
    return "comments" if re.match(r"(?i)(\d+ )?comments?\b|reply|notify", line.text) else "after-end"


FUNCTION_WORDS = frozenset(
    "the a an to of in on for with and or but is are was were be as at by from after over into about says say said "
    "will would can could may not no new how why what who when its his her their our your this that".split())
NOT_HEADLINE = re.compile(r"(?i)https?://|www\.|@|©|»|\bread more\b|\btel(ephone)?\b|\bfax\b|\b(vat|company) no\b|:$|^[|•·»›>#*]|"
                          r"^(log ?in|sign ?in|subscribe|menu|search)\b")
NAV_LINE = re.compile(r"(?i)\b(log ?in|sign ?in|subscribe|menu|search|embed|link|links|window|connection|apps)\b")


def _headline(lines: list[_Line], start: int, end: int, url: str | None) -> int | None:
    """The index of the headline: a headline-shaped line before the body (or one of the body's first lines when a
    byline or time stamp follows it), sharing words with the URL, often repeated, followed by a byline or stamp."""
    slug = set(_slug_words(url))
    counts: dict[str, int] = {}
    for line in lines[:start]:
        counts[_key(line.text)] = counts.get(_key(line.text), 0) + 1
    low, high = max(0, start - 40), min(start + 3, end + 1, len(lines))
    marks = [i for i in range(low, min(len(lines), high + 4)) if _mark(lines[i])]
    best, best_score = None, 0.0
    for i in range(low, high):
        line = lines[i]
        short = line.words == 3 and any(0 < m - i <= 3 for m in marks)  # "Ministers Reject Plan" over its byline
        # a headline written as a sentence: its byline or stamp right below, no other headline right above
        sentence = i + 1 in marks and (i == 0 or not _headline_shaped(lines[i - 1]))
        if line.kind is not None or not _headline_shaped(line, short, sentence):
            continue
        if i >= start and (line.words > 25 or not any(0 < m - i <= 4 for m in marks)
                           or any(is_prose(x) and x.words >= 25 for x in lines[start:i])):
            continue
        words = [re.sub(r"['’]s$", "", w.lower()).strip("'’.") for w in WORD.findall(line.text)]
        overlap = len(set(words) & slug) / max(len(set(words)), 6) if slug else 0.0
        before_byline = any(0 < m - i <= 8 for m in marks)
        score = (1.0 + 5.0 * overlap + 0.5 * (line.words >= 6) + 0.3 * any(w in FUNCTION_WORDS for w in words)
                 + 0.4 * (counts.get(_key(line.text), 0) > 1) + 0.8 * before_byline
                 + 0.5 * any(0 < m - i <= 3 for m in marks) - 0.7 * line.text.endswith((".", "!"))
                 - 0.02 * max(start - i, 0))
        if score > best_score:
            best, best_score = i, score
    return best


def _strip_label(text: str) -> str:
    return re.sub(r"^(opinion|analysis|commentary|column|editorial)\s*[|:]\s*", "", text, flags=re.I)


def _mark(line: _Line) -> bool:
    """A byline or time stamp: what follows a headline."""
    if line.kind == "header" or DATE_LINE.match(line.text):
        return True
    if line.words > 16:
        return False
    dates, relative = stamp(line.text)
    return bool(dates) or relative or byline(line.text)[0] >= 2


NAV_WORDS = frozenset("overview news articles article interviews interview video videos photos photo gallery "
                      "galleries home sport sports opinion business world politics culture latest trending more "
                      "podcasts podcast newsletters newsletter live tv radio weather travel science tech health "
                      "entertainment lifestyle features feature reviews about contact archive topics sections".split())


def _byline_or_menu(text: str) -> bool:
    """A line of section names ("Overview News Articles Interviews") or of names joined by "and" with an
    outlet credit ("Jane Roe and John Doe USA TODAY"): headline-shaped, but no headline."""
    words = [w.strip(".,;:|") for w in text.split()]
    words = [w for w in words if w]
    if words and sum(w.lower() in NAV_WORDS for w in words) >= 0.75 * len(words):
        return True
    strength, names = byline(text)
    return strength >= 2 or (strength == 1 and " and " in (names or ""))


def _headline_shaped(line: _Line, short: bool = False, sentence: bool = False) -> bool:
    if line.words < (3 if short else 4) or line.words > 30:
        return False
    if NOT_HEADLINE.search(line.text) or _byline_or_menu(line.text):
        return False
    if line.words <= 6 and NAV_LINE.search(line.text):
        return False
    if line.lower == 0 and line.text.count(",") >= 2 and re.search(r"\d", line.text):
        return False  # an address: "Example Ltd, 12 High Street, Springfield 4000"
    if DATE_LINE.match(line.text) or re.match(r"(?i)(by|follow)\s", line.text) or byline(line.text)[0] >= 2:
        return False
    return sentence or not (line.text.endswith(".") and line.lower > 0.6 and line.words > 12)


def _slug_words(url: str | None) -> list[str]:
    if not url:
        return []
    path = urlsplit(url).path.lower()
    return [w for w in re.split(r"[^a-z0-9]+", path) if len(w) > 2 and not w.isdigit()]


__all__ = ["clean_text", "is_prose", "furniture", "normalize_date"]


#: An editor's note opening a wire story's text ("(Corrects paragraph 7 to show ...)", "((This December 4 story
#: has been corrected ...))", "(In Nov 15 item, corrects third paragraph ...)"), with the byline after it.
_NAME = r"[A-Z](?:[a-z]|\.)[\w.'’-]*(?:\s+[A-Z](?:[a-z]|\.)[\w.'’-]*){0,3}"  # "Patricia Zengerle", not "HAVANA"
LEAD_NOTE = re.compile(r"\A\s*(?P<note>\(\(?[^()]{5,600}?\)\)?)\s*(?P<byline>By\s+" + _NAME + r"(?:\s+and\s+" + _NAME +
                       r")?\s+)?(?=\S)")
NOTE_WORDS = re.compile(r"(?i)\b(?:correct(?:s|ed|ion)?|version|updates?|updated|refiles?|refiled|adds|changes|"
                        r"paragraph|story|item|headline|clarif(?:y|ies))\b")


def lead_note_removed(cleaned: CleanText) -> CleanText:
    """The text without an editor's note and byline ahead of its dateline: they go to ``removed`` (reasons
    "note" and "byline") and the byline's names to ``author``, so the text opens with its dateline as wire copy
    does. A parenthesis that opens the text and does not read as a note about the story is kept."""
    text = cleaned.text
    m = LEAD_NOTE.match(text)
    if m is None or not NOTE_WORDS.search(m.group("note")):
        return cleaned
    rest = text[m.end():]
    if not DATELINE.match(rest) and not rest.startswith("(") and m.group("byline") is None:
        return cleaned  # a parenthesis of the story itself, not a note over it
    removed = [Removed(m.group("note").strip(), "note", 1)]
    author = cleaned.author
    if m.group("byline"):
        line = m.group("byline").strip()
        removed.append(Removed(line, "byline", 1))
        author = author or byline(line)[1]
    return dataclasses.replace(cleaned, text=rest, author=author,
                               removed=tuple(removed) + tuple(cleaned.removed))

