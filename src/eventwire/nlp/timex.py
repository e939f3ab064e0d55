"""Time expressions: an event's own date and place, read from its clause and resolved against the article date.

Two layers. ``resolve_expression`` is a pure function from one time expression ("on Tuesday", "last month",
"Sept. 3", "in March 2014") to ``(date, precision)``: "YYYY-MM-DD"/"day", "YYYY-MM"/"month", "YYYY"/"year", or
``(None, None)``. ``event_date`` chooses the expression that belongs to an event trigger in a parsed sentence
and resolves it; ``event_location`` finds the place named by "in/at/near X" on the trigger's clause.

Choices, so that a date never claims more than the text says:

- Relative expressions need the article date (``published``); without it only absolute dates resolve.
- A bare weekday or month is the latest one on or before the article date for a past event, and the first one
  on or after it for a future or present one ("will meet on Tuesday", "the vote is on Tuesday"); the article's
  own day counts as "on Tuesday" when it is a Tuesday. "last"/"next" exclude the current one.
- A week is not a day: "last week", "this week", "three weeks ago" give the month of that calendar week
  (Monday to Sunday), precision "month". When the week straddles two months, the month holding most of its
  five working days (Monday to Friday) is taken. A season gives the year holding most of its months (winter
  2017/18 is 2018); a weekend its month, or its year when it straddles two months ("at the weekend" is the
  last one, or the next for an event to come).
- Decades ("the 1990s", "the nineties") and vague spans ("recently", "a few years ago", "in the past year")
  give ``(None, None)``: the record has no decade precision, and a year would claim more than the text says.
  A span of days or weeks from the report ("over the next two days", "in the coming days", "the past few
  weeks", "in recent weeks"; "few" counts three) gives its month when the whole span lies in one month,
  else nothing.
- A year range ("the 1950-53 war") gives its first year.
- The tense that steers a bare weekday or month is that of the verb the expression hangs on (usually the
  trigger; "agreed on Tuesday to lift" dates the lifting by the agreeing, which looks back). A noun's own day
  ("Monday's decision does not lift ...") in a present-tense clause looks back.
- "at the time" points back to the last time expression of the two sentences before.
- Nothing is guessed: a clause with no time expression has no date; a present-tense verb without an
  expression is ``(None, None)`` too, and the caller decides whether the report's own day applies.
"""
from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

__all__ = ["event_date", "event_location", "resolve_expression", "clause_tense"]

Result = tuple[str | None, str | None]
NONE: Result = (None, None)

_MONTH_NUMBERS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTH_NUMBERS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTH_NUMBERS.update({"sept": 9, "febr": 2})
_WEEKDAY_NUMBERS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_WEEKDAY_NUMBERS.update({"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
                         "sat": 5, "sun": 6})
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2, "couple of": 2}
#: months of each season (northern hemisphere, meteorological): winter runs December to February.
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}

# -- the expression grammar, compiled once ---------------------------------------------------------------------
_MON = (r"(?P<month>january|february|march|april|may|june|july|august|september|october|november|december|"
        r"jan\.|feb\.|febr\.|mar\.|apr\.|jun\.|jul\.|aug\.|sept\.|sep\.|oct\.|nov\.|dec\.|"
        r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![a-z])")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
_YR = r"(?P<year>1[0-9]\d\d|20\d\d)(?!\d)"
_REL = r"(?:(?P<rel>last|this|next|past|previous|coming|current)\s+)?"

_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)\b")
_DECADE = re.compile(r"\b(?:1[0-9]|20)\d0s\b|'\d0s\b|\b(?:twenties|thirties|forties|fifties|sixties|seventies|"
                     r"eighties|nineties)\b|\bdecades?\b|\bcentur(?:y|ies)\b")
_MONTH_DAY = re.compile(r"\b" + _MON + r"\s*" + _DAY + r"(?:\s*,?\s*" + _YR + r")?")
_DAY_MONTH = re.compile(r"\b" + _DAY + r"\s+(?:of\s+)?" + _MON + r"(?:\s*,?\s*" + _YR + r")?")
_MONTH_YEAR = re.compile(r"\b" + _MON + r"\s*,?\s+(?:of\s+)?" + _YR)
_DEICTIC = re.compile(r"\b(?P<word>today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)|"
                      r"last night|earlier today|later today)\b")
_AGO = re.compile(r"\b(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                  r"(?:a )?couple of)\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>ago|from now)\b"
                  r"|\bin\s+(?P<n2>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                  r"(?P<unit2>day|week|month|year)s?(?:'|’)?\s*(?:time)?$")
_UNIT = re.compile(r"\b(?P<mod>last|past|previous|this|next|coming|current|"
                   r"(?:early|earlier|late|later|mid)(?:\s+in)?\s+(?:this|the|last|next))\s+"
                   r"(?P<unit>week|weekend|month|year)\b")
_SPAN = re.compile(r"\b(?P<dir>next|coming|past|last|previous|recent)\s+"
                   r"(?:(?P<n>\d+|few|several|couple of|two|three|four|five|six|seven|eight|nine|ten)\s+)?"
                   r"(?P<unit>day|week)s\b")
_SEASON = re.compile(r"\b(?P<rel>last|this|next|past|coming|in|during|early|late|mid)?(?:\s+the)?[\s-]*"
                     r"(?P<season>spring|summer|autumn|fall|winter)\b")
_MONTH_ALONE = re.compile(r"\b" + _REL + r"(?:(?:early|mid|late|the end of|the beginning of|the start of)"
                          r"[\s-]+)?" + _MON)
_WEEKDAY = re.compile(r"\b" + _REL + r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                      r"mon\.|tues?\.|wed\.|thu(?:rs?)?\.|fri\.|sat\.|sun\.)")
_WEEKDAY_OF_WEEK = re.compile(r"\b(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?\s+"
                              r"(?:of\s+)?(?P<week>last|this|next)\s+week\b")
_YEAR = re.compile(r"(?<![\d,.$£€])" + _YR + r"(?!\s*%|,\d|\.\d|s\b|')")
_PUBLISHED = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_SPACES = re.compile(r"\s+")
_MODAL_MAY = re.compile(r"\bmay\b")  # lower-case "may" is the modal, not the month


# -- small date arithmetic -------------------------------------------------------------------------------------
def _published(published: str | None) -> date | None:
    m = _PUBLISHED.match(published or "")
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _day(d: date) -> Result:
    return d.isoformat(), "day"


def _month(year: int, month: int) -> Result:
    return f"{year:04d}-{month:02d}", "month"


def _year(year: int) -> Result:
    return f"{year:04d}", "year"


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + n
    return index // 12, index % 12 + 1


def _week_month(any_day: date) -> Result:
    """The month of the calendar week holding ``any_day``: the month of most of its working days."""
    monday = any_day - timedelta(days=any_day.weekday())
    wednesday = monday + timedelta(days=2)  # the middle working day lies in the month of at least three of five
    return _month(wednesday.year, wednesday.month)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _pick(candidates: list[date], pub: date, tense: str) -> date:
    """Of dates a year apart, the latest on or before ``pub`` (past) or the first on or after it (otherwise)."""
    if tense == "past":
        before = [d for d in candidates if d <= pub]
        return max(before) if before else min(candidates)
    after = [d for d in candidates if d >= pub]
    return min(after) if after else max(candidates)


# -- the rules, one per kind of expression, tried in order -----------------------------------------------------
def _month_number(token: str) -> int:
    return _MONTH_NUMBERS[token.rstrip(".")]


def _explicit_day(t: str, pub: date | None, tense: str) -> Result | None:
    for rx in (_MONTH_DAY, _DAY_MONTH):
        m = rx.search(t)
        if not m:
            continue
        month, day = _month_number(m["month"]), int(m["day"])
        if not 1 <= day <= 31:
            continue
        if m["year"]:
            d = _safe_date(int(m["year"]), month, day)
            return _day(d) if d else NONE
        if pub is None:
            return NONE
        options = [d for y in (pub.year - 1, pub.year, pub.year + 1) if (d := _safe_date(y, month, day))]
        return _day(_pick(options, pub, tense)) if options else NONE
    return None


def _month_year(t: str) -> Result | None:
    m = _MONTH_YEAR.search(t)
    return _month(int(m["year"]), _month_number(m["month"])) if m else None


def _deictic(t: str, pub: date) -> Result | None:
    m = _DEICTIC.search(t)
    if not m:
        return None
    word = m["word"]
    shift = -1 if word in ("yesterday", "last night") else 1 if word == "tomorrow" else 0
    return _day(pub + timedelta(days=shift))


def _count(word: str) -> int | None:
    return int(word) if word.isdigit() else _COUNTS.get(word)


def _ago(t: str, pub: date, tense: str) -> Result | None:
    m = _AGO.search(t)
    if not m:
        return None
    if m["n"]:
        n, unit, sign = _count(m["n"]), m["unit"], (1 if m["dir"] == "from now" else -1)
    elif tense == "past":
        return NONE  # "did it in two weeks": a duration, not a date
    else:
        n, unit, sign = _count(m["n2"]), m["unit2"], 1
    if n is None:
        return NONE
    if unit == "day":
        return _day(pub + timedelta(days=sign * n))
    if unit == "week":
        return _week_month(pub + timedelta(days=7 * sign * n))
    if unit == "month":
        return _month(*_add_months(pub.year, pub.month, sign * n))
    return _year(pub.year + sign * n)


_THE_WEEKEND = re.compile(r"^(?:(?:at|over|on|during|for)\s+)?the\s+weekend$")


def _the_weekend(t: str, pub: date, tense: str) -> Result | None:
    """"at the weekend", "over the weekend": the last weekend (the one under way on a Saturday or Sunday), or
    the next one for an event still to come; its month, or its year when it straddles two months."""
    if not _THE_WEEKEND.match(t):
        return None
    if tense == "future":
        saturday = pub + timedelta(days=(5 - pub.weekday()) % 7)
    else:
        saturday = pub - timedelta(days=(pub.weekday() - 5) % 7)
    return _weekend(saturday)


def _weekend(saturday: date) -> Result:
    """A weekend's month, or its year when it straddles two months."""
    sunday = saturday + timedelta(days=1)
    if saturday.month == sunday.month:
        return _month(saturday.year, saturday.month)
    return _year(saturday.year) if saturday.year == sunday.year else NONE


def _unit(t: str, pub: date) -> Result | None:
    m = _UNIT.search(t)
    if not m:
        return None
    mod, unit = m["mod"], m["unit"]
    step = -1 if mod in ("last", "past", "previous") or mod.endswith("last") else \
        1 if mod in ("next", "coming") or mod.endswith("next") else 0
    if mod in ("past", "previous") and unit in ("month", "year"):
        return NONE  # "in the past year": a span up to today, not a calendar year
    if unit == "week":
        return _week_month(pub + timedelta(days=7 * step))
    if unit == "weekend":
        return _weekend(pub + timedelta(days=5 - pub.weekday() + 7 * step))
    if unit == "month":
        return _month(*_add_months(pub.year, pub.month, step))
    return _year(pub.year + step)


def _span(t: str, pub: date) -> Result | None:
    """"over the next two days", "in the coming days", "the past few weeks": the month holding the whole span
    from the report's date, else nothing (a span across two months fixes no month)."""
    m = _SPAN.search(t)
    if not m:
        return None
    word = m["n"] or "few"
    n = 3 if word in ("few", "several") else _count(word)
    if n is None:
        return NONE
    days = n * (7 if m["unit"] == "week" else 1)
    if m["dir"] in ("next", "coming"):
        first, last = pub + timedelta(days=1), pub + timedelta(days=days)
    else:
        first, last = pub - timedelta(days=days), pub - timedelta(days=1)
    if (first.year, first.month) != (last.year, last.month):
        return NONE
    return _month(first.year, first.month)


def _season(t: str, pub: date, tense: str) -> Result | None:
    m = _SEASON.search(t)
    if not m or (m["season"] == "fall" and not m["rel"]):
        return None  # "the fall of the city": a bare "fall" is not the season
    return _year(season_year(m["season"], pub, m["rel"] or "", tense))


def season_year(season: str, pub: date, rel: str, tense: str) -> int:
    """The year of the season meant ("spring", "summer", "autumn", "fall", "winter") with its relative word
    ("last", "past", "next", "coming", "this", or "" for a bare season, which the tense sends back or ahead):
    "last summer" in December is this year's, in March last year's. A season is the year of its middle month,
    which holds two of its three months (winter 2017/18 is 2018)."""
    first = _SEASONS[season]
    now = pub.year * 12 + pub.month - 1
    starts = [(pub.year + k) * 12 + first - 1 for k in (-2, -1, 0, 1)]  # month index of each season's start
    if rel in ("last", "past"):
        start = max(s for s in starts if s + 2 < now)
    elif rel in ("next", "coming"):
        start = min(s for s in starts if s > now)
    elif rel == "this":
        start = min(starts, key=lambda s: (abs(s + 1 - now), s))
    elif tense == "past":
        start = max(s for s in starts if s <= now)
    else:
        start = min(s for s in starts if s + 2 >= now)
    return (start + 1) // 12


def _month_alone(t: str, pub: date, tense: str) -> Result | None:
    m = _MONTH_ALONE.search(t)
    if not m:
        return None
    month, rel = _month_number(m["month"]), m["rel"] or ""
    if rel == "this":
        return _month(pub.year, month)
    if rel in ("last", "past", "previous"):
        year = pub.year if month < pub.month else pub.year - 1
    elif rel in ("next", "coming"):
        year = pub.year if month > pub.month else pub.year + 1
    elif tense == "past":
        year = pub.year if month <= pub.month else pub.year - 1
    else:
        year = pub.year if month >= pub.month else pub.year + 1
    return _month(year, month)


def _weekday_of_week(t: str, pub: date) -> Result | None:
    """ "Tuesday of last week": that day of the calendar week (Monday to Sunday) before, of or after ``pub``'s."""
    m = _WEEKDAY_OF_WEEK.search(t)
    if not m:
        return None
    step = {"last": -1, "this": 0, "next": 1}[m["week"]]
    monday = pub - timedelta(days=pub.weekday() - 7 * step)
    return _day(monday + timedelta(days=_WEEKDAY_NUMBERS[m["wd"]]))


def _weekday(t: str, pub: date, tense: str) -> Result | None:
    m = _WEEKDAY.search(t)
    if not m:
        return None
    wd = _WEEKDAY_NUMBERS[m["wd"].rstrip(".")]
    rel = m["rel"] or ""
    back, ahead = (pub.weekday() - wd) % 7, (wd - pub.weekday()) % 7
    if rel in ("last", "past", "previous"):
        return _day(pub - timedelta(days=back or 7))
    if rel in ("next", "coming"):
        return _day(pub + timedelta(days=ahead or 7))
    if tense == "past":
        return _day(pub - timedelta(days=back))
    return _day(pub + timedelta(days=ahead))


def _normalise(text: str) -> str:
    t = text.replace("’", "'").replace("–", "-").replace("—", "-")
    t = _MODAL_MAY.sub("~", t)  # before lower-casing: only "May" (capital) can be the month
    return _SPACES.sub(" ", t.lower()).strip()


@lru_cache(maxsize=4096)
def resolve_expression(text: str, published: str | None, tense: str = "past") -> Result:
    """One time expression as ``(date, precision)`` against the article date ``published`` ("YYYY-MM-DD").

    ``tense`` ("past", "present" or "future") decides which way a bare weekday, month or day goes: back for a
    past event, forward for a future one or a present-tense schedule. Returns ``(None, None)`` when the
    expression does not fix a date (or needs ``published`` and it is missing or not an ISO date).
    """
    if tense not in ("past", "present", "future"):
        raise ValueError(f"tense {tense!r} for {text!r} is not one of 'past', 'present', 'future'; pass one of them")
    t = _normalise(text)
    pub = _published(published)
    m = _ISO.search(t)
    if m:
        d = _safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
        return _day(d) if d else NONE
    if _DECADE.search(t):
        return NONE
    found = _explicit_day(t, pub, tense) or _month_year(t)
    if found:
        return found
    if pub is not None:
        found = _weekday_of_week(t, pub) or _deictic(t, pub) or _ago(t, pub, tense) or _span(t, pub) or \
            _unit(t, pub) or _the_weekend(t, pub, tense)
        if found:
            return found
    m = _YEAR.search(t)
    if m:
        return _year(int(m["year"]))
    if pub is not None:
        return _season(t, pub, tense) or _month_alone(t, pub, tense) or _weekday(t, pub, tense) or NONE
    return NONE


# -- tense of a clause -----------------------------------------------------------------------------------------
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "would", "'d",
                         "must", "should"})  # an obligation is still to be met: "must decide in January"
#: verbs (lemmas) whose infinitive complement is still to come: "plans to", "is expected to", "is set to"
_FORWARD_HEADS = frozenset({"slate",  # "is slated to meet"
                            "plan", "expect", "schedule", "set", "due", "intend", "aim", "prepare", "go", "be",
                            "agree", "promise", "vow", "pledge", "threaten", "decide", "want", "seek", "urge",
                            "ask", "call", "hope", "require", "propose", "offer", "order", "invite", "consider",
                            "likely", "poised", "about", "able", "ready", "need", "have"})
_PAST_TAGS = frozenset({"VBD", "VBN"})
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def _verb_of(token: Token) -> Token | None:
    """The verb (or adjectival predicate) whose clause holds ``token``: itself or its nearest verbal head."""
    t = token
    for _ in range(20):
        if t.pos_ in ("VERB", "AUX") or (t.pos_ == "ADJ" and t.dep_ in ("ROOT", "xcomp", "ccomp", "conj")):
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def clause_tense(token: Token) -> str:
    """"past", "future" or "present" for the clause of ``token`` (a verb, or a noun inside a clause).

    will/shall/would/must/should and the infinitive under "plans to", "is expected to", "is to", "going to"
    (and other forward-looking heads such as "agreed to", "urged X to") are future; a past or perfect verb is
    past; a present-tense verb (or progressive "is meeting") is present. A noun takes the tense of its verb.
    """
    verb = _verb_of(token)
    for _ in range(6):
        if verb is None:
            return "past"
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        lowers = {c.lower_ for c in auxes}
        if lowers & _FUTURE_AUX and "have" not in lowers:
            return "future"
        infinitive = "to" in lowers or (verb.tag_ == "VB" and not auxes)
        if infinitive and verb.dep_ in ("xcomp", "ccomp", "advcl", "acl") and verb.head.i != verb.i:
            if verb.head.lemma_.lower() in _FORWARD_HEADS:
                return "future"
            verb = verb.head if verb.head.pos_ in ("VERB", "AUX", "ADJ") else _verb_of(verb.head)
            continue
        if verb.tag_ in _PAST_TAGS or lowers & {"had", "has", "have", "did", "was", "were"}:
            return "past"
        if verb.tag_ in _PRESENT_TAGS or lowers & {"is", "are", "am", "'s", "'re", "does", "do"}:
            return "present"
        if verb.tag_ == "VBG" and verb.head.i != verb.i:  # "after meeting on Monday": the head's time
            verb = _verb_of(verb.head)
            continue
        return "past"
    return "past"


# -- which expression belongs to the trigger -------------------------------------------------------------------
#: prepositions that place an event at a time ("on Tuesday", "in June", "by Jan. 29"); "since", "after",
#: "before", "until" give a bound, not the event's date.
_AT_PREPS = frozenset({"on", "in", "at", "during", "by", "throughout", "over", "within", "earlier", "later"})
_BOUND_PREPS = frozenset({"since", "after", "before", "until", "till", "from", "between", "ahead", "prior", "to",
                          "through", "for", "of", "than", "like", "as"})
#: prepositions whose object is a frame the event happened in: "during his visit last week", "in the 2003 war"
_FRAME_PREPS = frozenset({"in", "during", "at", "amid", "throughout"})
#: What carries words ("issued a statement that condemned X"): what it says is said when it is sent.
MESSAGE_NOUNS = frozenset("statement letter message text email e-mail tweet post note communique memo "
                           "resolution declaration".split())
#: dependencies by which a date is a noun's own attribute ("the 2003 invasion", "Friday's meeting")
_NOUN_OWN = frozenset({"nummod", "compound", "amod", "poss", "nmod", "appos", "quantmod"})
#: arguments of the trigger on which the parser often hangs the clause's time phrase ("Police on Tuesday arrested")
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "dative", "oprd"})
#: verbs that carry an event noun ("held talks on Tuesday", "the meeting took place", "talks ended on Friday")
_SUPPORT_VERBS = frozenset({"hold", "have", "make", "take", "launch", "carry", "conduct", "stage", "begin", "start",
                            "end", "continue", "resume", "open", "close", "happen", "occur", "wrap", "pay", "give",
                            "do", "undertake", "mount", "deliver", "issue", "sign", "reach", "impose", "announce",
                            "conclude", "complete", "finish", "be", "get", "receive", "break", "collapse", "fail",
                            "come", "go", "last", "culminate"})
_SHIFTERS = frozenset({"last", "next", "this", "past", "coming", "previous"})
_DEICTIC_WORDS = frozenset({"today", "yesterday", "tomorrow", "tonight"})
_NAME_WORDS = frozenset(list(_WEEKDAY_NUMBERS) + [m for m in _MONTH_NUMBERS if len(m) > 3] + ["sept"])
_CACHE_KEY = "eventwire_timex"


def _expressions(doc: Doc) -> tuple[list[int], list[Span]]:
    """The Doc's time expressions (DATE and TIME entities, and weekday, month and deictic words the tagger left
    outside them), each with a "last/next/this" just before it, sorted by start. Kept in ``doc.user_data`` so a
    Doc is scanned once however many events it has."""
    cached = doc.user_data.get(_CACHE_KEY)
    if cached is not None:
        return cached
    spans = []
    for tok in doc:
        if tok.ent_iob_ == "B" and tok.ent_type_ in ("DATE", "TIME"):
            end = tok.i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            spans.append(_widen(doc, tok.i, end))
        elif _is_at_the_time(tok):
            spans.append(doc[tok.head.i:tok.i + 1])
        elif not tok.ent_type_ and (tok.lower_ in _DEICTIC_WORDS or
                                    (tok.lower_.rstrip(".") in _NAME_WORDS and tok.text[:1].isupper())):
            spans.append(_widen(doc, tok.i, tok.i + 1))
    cached = ([s.start for s in spans], spans)
    doc.user_data[_CACHE_KEY] = cached
    return cached


def _is_at_the_time(tok: Token) -> bool:
    """ "at the time", "at that time": the last time the text named (not "at the time of the vote")."""
    if tok.lower_ != "time" or tok.head.lower_ != "at" or tok.head.i != tok.i - 2:
        return False
    return tok.doc[tok.i - 1].lower_ in ("the", "that") and not any(c.dep_ == "prep" for c in tok.children)


def _antecedent(sent: Span, published: str | None) -> Result:
    """What "at the time" in ``sent`` points back to: the last time expression of the two sentences before
    that resolves, in the tense of its own clause."""
    if sent.start == 0:
        return NONE
    first = sent.doc[sent.start - 1].sent.start
    if first > 0:
        first = sent.doc[first - 1].sent.start
    starts, spans = _expressions(sent.doc)
    for span in reversed(spans[bisect_left(starts, first):bisect_left(starts, sent.start)]):
        if _is_at_the_time(span[-1]) or _attachment(span) is None:
            continue
        resolved = resolve_expression(span.text, published, clause_tense(span.root))
        if resolved != NONE:
            return resolved
    return NONE


def _widen(doc: Doc, start: int, end: int) -> Span:
    if start > 0 and doc[start - 1].lower_ in _SHIFTERS and not doc[start - 1].ent_type_:
        start -= 1
    return doc[start:end]


def _in_sentence(sent: Span) -> list[Span]:
    starts, spans = _expressions(sent.doc)
    i, out = bisect_left(starts, sent.start), []
    while i < len(spans) and spans[i].start < sent.end:
        if spans[i].end <= sent.end:
            out.append(spans[i])
        i += 1
    return out


def _attachment(span: Span) -> tuple[Token, Token, bool] | None:
    """Where an expression hangs: (the word it modifies, the expression's own link word, whether it is a
    noun's own attribute). None when it is a bound ("since 2003"), an argument ("Tuesday was calm") or the root."""
    root = span.root
    if root.dep_ in ("pobj", "pcomp") and root.head.i != root.i:
        prep = root.head
        if prep.lower_ in _BOUND_PREPS or prep.head.lower_ in _BOUND_PREPS:
            return None
        if prep.head.i == prep.i:
            return None
        return prep.head, prep, False
    if root.head.i == root.i or root.dep_ in ("nsubj", "dobj", "attr", "csubj", "nsubjpass", "conj", "appos"):
        return None
    return root.head, root, root.dep_ in _NOUN_OWN


def _level(span: Span, trigger: Token, heads: dict[int, int]) -> tuple[int, str] | None:
    """How closely an expression belongs to the trigger (0 best), with the tense that resolves it: that of the
    verb the expression hangs on. A noun's own day ("Monday's decision") in a present-tense clause names an
    occasion already past."""
    found = _attachment(span)
    if found is None:
        return None
    host, link, own = found
    level, verb = _placement(span, trigger, heads, host, link, own) or (None, trigger)
    if level is None:
        return None
    tense = clause_tense(verb)
    return level, ("past" if own and tense == "present" else tense)


def _placement(span: Span, trigger: Token, heads: dict[int, int], host: Token, link: Token,
               own: bool) -> tuple[int, Token] | None:
    if host.i == trigger.i:
        return None if _before_reported_subject(span, trigger) else (0, trigger)
    if host.head.i == trigger.i and _before_reported_subject(span, host):
        return 0, trigger
    if link.dep_ == "poss" and host.dep_ in ("nsubj", "nsubjpass") and host.head.i == trigger.i:
        return 2, trigger  # "Friday's decision does not impose ...": the subject event's own day
    framed = host
    while framed.dep_ == "conj" and framed.head.i != framed.i:
        framed = framed.head  # "during that probe and the 2016 election": each conjunct frames the event
    if host.pos_ in ("NOUN", "PROPN") and framed.dep_ == "pobj" and framed.head.lower_ in _FRAME_PREPS:
        anchor = framed.head.head
        if anchor.i == trigger.i:
            return 1, trigger  # "during his visit to Beijing last week", "in the 1950-53 Korean war"
        if anchor.i in heads:
            return heads[anchor.i], anchor
    adverbial = link.dep_ in ("npadvmod", "tmod") or (link.dep_ == "prep" and link.lower_ in _AT_PREPS)
    if not own and adverbial and host.dep_ in _ARGUMENTS and host.head.i == trigger.i:
        return 1, trigger  # a time phrase hung on an argument: "imposed sanctions on Tuesday"
    if not own and host.i in heads:
        return heads[host.i], host
    return None


def _before_reported_subject(span: Span, trigger: Token) -> bool:
    """ "said on Monday it would expel ...": a time phrase between a reporting verb and the subject of its
    reported clause belongs to the reporting, whatever the parser says."""
    if trigger.dep_ != "ccomp" or not trigger.head.i < span.start:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass", "mark") and span.end <= c.i for c in trigger.children)


def _clause_heads(trigger: Token) -> dict[int, int]:
    """Verbs of the trigger's clause other than itself, with their level: the verb that carries a noun trigger,
    the verb above an infinitive ("agreed on Tuesday to lift"), the main verb of a participial adjunct
    ("tested a bomb on Sunday, prompting sanctions"), verbs coordinated with it under one subject ("met the
    envoy on Monday and signed a deal"), and an infinitive the trigger governs ("plans to visit on Tuesday")."""
    heads: dict[int, int] = {}
    if trigger.pos_ in ("NOUN", "PROPN"):
        verb = trigger.head
        if trigger.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and verb.lemma_.lower() in _SUPPORT_VERBS:
            heads[verb.i] = 2
        return heads
    t = trigger
    while t.dep_ == "xcomp" and t.head.i != t.i:
        t = t.head
        heads.setdefault(t.i, 2)
    if trigger.dep_ == "advcl" and trigger.tag_ in ("VBG", "VBN") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in trigger.children):
        heads.setdefault(trigger.head.i, 3)
    if trigger.dep_ == "conj" and trigger.head.pos_ == "VERB" and not _has_subject(trigger):
        heads.setdefault(trigger.head.i, 3)
    if trigger.dep_ == "acl" and trigger.tag_ == "VBG" and trigger.head.lemma_.lower() in MESSAGE_NOUNS and \
            trigger.head.dep_ in ("dobj", "nsubjpass") and trigger.head.head.pos_ == "VERB":
        heads.setdefault(trigger.head.head.i, 3)  # "issued a statement on Monday criticizing X": when issued
    if trigger.dep_ == "relcl" and trigger.head.lemma_.lower() in MESSAGE_NOUNS and \
            trigger.head.dep_ in ("dobj", "nsubjpass") and trigger.head.head.pos_ == "VERB":
        heads.setdefault(trigger.head.head.i, 3)  # "sent texts that disparaged X": said when they were sent
    for child in trigger.children:
        if child.dep_ == "xcomp" and child.pos_ == "VERB":
            heads.setdefault(child.i, 3)
        elif child.dep_ == "conj" and child.pos_ == "VERB" and not _has_subject(child):
            heads.setdefault(child.i, 4)
    return heads


def _has_subject(verb: Token) -> bool:
    """Whether a conjoined verb has a subject of its own (two clauses, not one clause with two verbs)."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def event_date(sent: Span, trigger: Token, published: str | None) -> Result:
    """The event's own date: the time expression that belongs to ``trigger`` in ``sent``, resolved against
    ``published`` (the article date, "YYYY-MM-DD", or None: then only absolute dates resolve).

    The expression is the nearest one the parse attaches to the trigger (directly, through "on/in/at/by", or as
    the frame "during the visit last week"), else one on a verb of the same clause (the verb carrying a noun
    trigger, the verb above an infinitive, a coordinated verb). A date in another clause (a relative clause, a
    reported clause) or a noun's own date ("condemned the 2003 invasion") is not the event's. Returns
    ``(date, precision)`` or ``(None, None)``; the tense of the verb that holds the expression decides
    whether a bare weekday or month looks back or ahead.
    """
    heads = _clause_heads(trigger)
    best_rank, best = (9, 0), NONE
    for span in _in_sentence(sent):
        if span.start <= trigger.i < span.end:
            continue
        level = _level(span, trigger, heads)
        if level is None:
            continue
        rank = (level[0], abs(span.root.i - trigger.i))
        if rank < best_rank:
            if _is_at_the_time(span[-1]):
                resolved = _antecedent(sent, published)
            else:
                resolved = resolve_expression(span.text, published, level[1])
            if resolved != NONE:
                best_rank, best = rank, resolved
    return best


# -- where -----------------------------------------------------------------------------------------------------
_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "off", "across"})
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


def _entity_text(tok: Token) -> str:
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text


def _place_of(pobj: Token) -> str | None:
    if pobj.ent_type_ in _PLACE_TYPES:
        return _entity_text(pobj)
    for child in pobj.children:  # "the city of Aleppo", "the capital, Kabul"
        if child.dep_ == "appos" and child.ent_type_ in _PLACE_TYPES:
            return _entity_text(child)
        if child.dep_ == "prep" and child.lower_ == "of":
            for g in child.children:
                if g.dep_ == "pobj" and g.ent_type_ in _PLACE_TYPES:
                    return _entity_text(g)
    return None


def event_location(sent: Span, trigger: Token) -> str | None:
    """The place named by "in/at/near X" (a GPE, LOC or FAC) on the trigger, else on a verb of its clause
    (the verb carrying a noun trigger, the verb above an infinitive); None when the text names none."""
    holders = [trigger] + [sent.doc[i] for i, _ in sorted(_clause_heads(trigger).items(), key=lambda kv: kv[1])]
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in _PLACE_PREPS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and sent.start <= pobj.i < sent.end:
                        place = _place_of(pobj)
                        if place:
                            return place
    return None
