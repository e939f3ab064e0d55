"""An event's own date and place, from the time expressions of its clause resolved against the article's date.

``resolve_expression`` turns one expression into a date and its precision: "on Friday" is the latest Friday on or
before the article's date (the next one for a future event), "last month" the month before, "in December" the
latest December not after it, "last week" the month of the week before (a week is not a day, and a month is
what the text supports), "this summer" the year, "in 1999" the year, "Nov. 3" that day. ``event_date`` picks
the expression that belongs to the event: one the parse attaches to the trigger's own clause (not a date of a
relative clause about something else), else none. Nothing is guessed: a clause without a time expression has
no date.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from spacy.tokens import Span, Token

from eventwire.nlp.timex import season_year

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS.update({"sept": 9, "febr": 2})
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
WEEKDAYS.update({name.lower(): i for i, name in enumerate(calendar.day_abbr)})
SEASONS = ("spring", "summer", "autumn", "fall", "winter")
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "several": 3, "a few": 3, "few": 3, "couple": 2, "a couple of": 2}

_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|" \
         r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY_FIRST = re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+(?P<year>\d{4}))?\b", re.I)
_MONTH_FIRST = re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{4}))?", re.I)
_MONTH_YEAR = re.compile(r"\b" + _MONTH + r"(?:\s+of)?\s+(?P<year>\d{4})\b", re.I)
_MONTH_ONLY = re.compile(r"\b(?P<rel>last|this|next|early|late|mid|in|since|by|until)?[\s-]*" + _MONTH + r"\b", re.I)
_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")
_YEAR = re.compile(r"\b(?P<year>1[89]\d{2}|20\d{2})(?:\s*[-–]\s*\d{2,4})?\b(?!s)")
_WEEKDAY = re.compile(r"\b(?P<rel>last|this|next|on|early|late)?\s*(?P<wd>monday|tuesday|wednesday|thursday|friday|"
                      r"saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b", re.I)
_RELATIVE = re.compile(r"\b(?P<rel>last|this|next|past|coming|previous|earlier this|later this|early this|"
                       r"earlier in the|late last|early last|early next|late next)\s+(?P<unit>week|month|year|"
                       r"spring|summer|autumn|fall|winter|weekend)\b", re.I)
_AGO = re.compile(r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of)\s+"
                  r"(?P<unit>day|week|month|year)s?\s+(?P<dir>ago|earlier|before|later|from now)\b", re.I)
_DEICTIC = re.compile(r"\b(?P<word>today|tonight|yesterday|tomorrow|this morning|this afternoon|this evening|"
                      r"last night|overnight)\b", re.I)


def _parse_published(published: str | None) -> date | None:
    if not published:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", published)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _month_str(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def _shift_month(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _valid_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def resolve_expression(text: str, published: str | None, tense: str = "past") -> tuple[str | None, str | None]:
    """A time expression as (date, precision): ("2017-11-03", "day"), ("2017-10", "month"), ("2016", "year"),
    or (None, None). ``tense`` ("past", "present" or "future") decides which way a bare weekday or month goes."""
    t = " ".join(text.lower().split())
    pub = _parse_published(published)
    future = tense == "future"
    m = _ISO.search(t)
    if m:
        d = _valid_day(int(m["year"]), int(m["month"]), int(m["day"]))
        if d:
            return d.isoformat(), "day"
    for rx in (_DAY_FIRST, _MONTH_FIRST):
        m = rx.search(t)
        if m:
            month = MONTHS.get(m["month"].lower().rstrip("."))
            day = int(m["day"])
            if month and 1 <= day <= 31:
                if m["year"]:
                    d = _valid_day(int(m["year"]), month, day)
                    return (d.isoformat(), "day") if d else (None, None)
                if pub is None:
                    return None, None
                d = _valid_day(pub.year, month, day)
                if d is None:
                    return None, None
                if not future and d > pub + timedelta(days=1):
                    d = _valid_day(pub.year - 1, month, day) or d
                elif future and d < pub:
                    d = _valid_day(pub.year + 1, month, day) or d
                return d.isoformat(), "day"
    m = _MONTH_YEAR.search(t)
    if m:
        month = MONTHS.get(m["month"].lower().rstrip("."))
        if month:
            return f"{int(m['year']):04d}-{month:02d}", "month"
    m = _DEICTIC.search(t)
    if m and pub:
        word = m["word"]
        shift = -1 if word in ("yesterday", "last night") else 1 if word == "tomorrow" else 0
        return (pub + timedelta(days=shift)).isoformat(), "day"
    m = _AGO.search(t)
    if m and pub:
        n = NUMBERS.get(m["n"], None) if not m["n"].isdigit() else int(m["n"])
        if n is not None:
            sign = 1 if m["dir"] in ("later", "from now") else -1
            unit = m["unit"]
            if unit == "day":
                return (pub + timedelta(days=sign * n)).isoformat(), "day"
            if unit == "week":
                return _month_str(pub + timedelta(days=sign * 7 * n)), "month"
            if unit == "month":
                return _month_str(_shift_month(pub, sign * n)), "month"
            return f"{pub.year + sign * n:04d}", "year"
    m = _RELATIVE.search(t)
    if m and pub:
        rel, unit = m["rel"], m["unit"]
        step = -1 if rel in ("last", "past", "previous", "late last", "early last") else \
            1 if rel in ("next", "coming", "early next", "late next") else 0
        if unit in ("week", "weekend"):
            return _month_str(pub + timedelta(days=7 * step)), "month"
        if unit == "month":
            return _month_str(_shift_month(pub, step)), "month"
        if unit == "year":
            return f"{pub.year + step:04d}", "year"
        # a season: the latest one over, the next to come, or the nearest
        return f"{season_year(unit.lower(), pub, {-1: 'last', 1: 'next'}.get(step, 'this'), 'past'):04d}", "year"
    m = _WEEKDAY.search(t)
    if m and pub and not re.search(r"\bweeks?\b", t):
        wd = WEEKDAYS.get(m["wd"].lower()[:3]) if m["wd"].lower()[:3] in WEEKDAYS else WEEKDAYS.get(m["wd"].lower())
        if wd is None:
            wd = next((v for k, v in WEEKDAYS.items() if k.startswith(m["wd"].lower()[:3])), None)
        if wd is not None:
            rel = (m["rel"] or "").lower()
            if rel == "next" or (future and rel != "last"):
                delta = (wd - pub.weekday()) % 7
                if rel == "next" and delta == 0:
                    delta = 7
                return (pub + timedelta(days=delta)).isoformat(), "day"
            delta = (pub.weekday() - wd) % 7
            if rel == "last" and delta == 0:
                delta = 7
            return (pub - timedelta(days=delta)).isoformat(), "day"
    m = _MONTH_ONLY.search(t)
    if m:
        month = MONTHS.get(m["month"].lower().rstrip("."))
        # "may" is a modal far more often than a month: only with a preposition or a relative word
        if month and not (m["month"].lower() == "may" and not m["rel"]) and pub:
            rel = (m["rel"] or "").lower()
            if rel == "next":
                year = pub.year if month > pub.month else pub.year + 1
            elif rel == "last":
                year = pub.year if month < pub.month else pub.year - 1
            elif rel == "this":
                year = pub.year
            elif future:
                year = pub.year if month >= pub.month else pub.year + 1
            else:
                year = pub.year if month <= pub.month else pub.year - 1
            return f"{year:04d}-{month:02d}", "month"
    m = _YEAR.search(t)
    if m:
        return f"{int(m['year']):04d}", "year"
    if any(s in t for s in SEASONS) and pub and re.search(r"\bthis\b", t):
        return f"{pub.year:04d}", "year"
    return None, None


TIME_PREPS = {"on", "in", "at", "during", "since", "by", "until", "after", "before", "from", "throughout", "over",
              "earlier", "later"}


def _clause_verb(token: Token) -> Token:
    """The verb whose clause holds ``token``."""
    t = token
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return t
        t = t.head
    return t


#: Nouns of a time of day or a span, which a date before them belongs to ("Monday afternoon", "Friday's session").
TIME_NOUNS = frozenset("morning afternoon evening night midnight noon week weekend month year session".split())


def _modifier_clause(verb: Token, trigger: Token) -> bool:
    """Whether ``verb`` heads (or sits in) a relative clause on a subject before ``trigger`` ("a lawyer who met X
    in June 2016 has agreed to testify"). A participle ("a missile fired on Saturday") is mostly of the same
    time as the act on it, and a time phrase that ends a relative clause on an object is often the main verb's,
    hung on the clause by the parser ("backed sanctions on banks that do business with X on Tuesday")."""
    t = verb
    for _ in range(12):
        if t.dep_ == "relcl" and trigger not in t.subtree and (
                t.head.dep_ in ("nsubj", "nsubjpass") and t.right_edge.i < trigger.i or
                t.head.dep_ in ("npadvmod", "appos") and t.head.head.pos_ in ("VERB", "AUX")):
            # (also a remark on the whole clause: "accused X of Y, a charge X denied on Monday")
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _reported_elsewhere(verb: Token, trigger: Token) -> bool:
    """Whether ``verb`` sits in a content clause ("said that ...", "announced talks would resume") that does not
    hold ``trigger``: what such a clause tells has its own time."""
    t = verb
    for _ in range(12):
        if trigger in t.subtree:
            return False
        if t.dep_ == "ccomp":
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _told_past(verb: Token) -> bool:
    """Whether ``verb`` is in the simple past or the present perfect ("agreed", "has offered"), not a passive
    of the present ("is expected") nor a future."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.pos_ != "VERB" or auxes & {"is", "are", "am", "will", "would", "be", "'s", "'re"}:
        return False
    return verb.tag_ == "VBD" and not auxes or verb.tag_ == "VBN" and bool(auxes & {"has", "have", "had"})


def _time_expressions(sent: Span) -> list[Span]:
    """The DATE and TIME entities of ``sent``. ``Span.ents`` rebuilds every entity of the Doc on each call,
    so the Doc's time expressions are collected once and kept in ``doc.user_data``."""
    doc = sent.doc
    times = doc.user_data.get("eventwire_times")
    if times is None:
        times = [e for e in doc.ents if e.label_ in ("DATE", "TIME")]
        doc.user_data["eventwire_times"] = times
    return [e for e in times if sent.start <= e.start and e.end <= sent.end]


def event_date(sent: Span, trigger: Token, published: str | None,
               tense: str = "past") -> tuple[str | None, str | None]:
    """The event's own date: a time expression of the trigger's clause, resolved against ``published``."""
    anchor = trigger if trigger.pos_ in ("VERB", "AUX") else None
    owners = {trigger.i}
    if anchor is None:
        # a noun ("Trump's visit to Beijing last week"): its own modifiers, then the verb it belongs to
        verb = _clause_verb(trigger)
        owners.add(verb.i)
    best = None
    for ent in _time_expressions(sent):
        if any(t.i in owners for t in ent):
            continue
        head = ent.root
        if head.dep_ in ("nummod", "compound", "amod") and head.head.pos_ in ("NOUN", "PROPN") and \
                head.head.i not in owners and head.head.ent_type_ not in ("DATE", "TIME") and \
                head.head.lemma_.lower() not in TIME_NOUNS:
            continue  # "violating a 1987 treaty": the treaty's year, not the violation's
        t = head
        attached = None
        for _ in range(8):
            if t.i in owners:
                attached = t
                break
            if t.head.i == t.i:
                break
            if t.dep_ in ("agent", "nsubj", "nsubjpass", "csubj"):
                break  # a date inside the doer's phrase is the doer's: "disturbed by the response in August"
            if t.pos_ in ("VERB", "AUX") and t is not head:
                # "the 2003 invasion" inside another clause, or a date of a relative clause: not ours
                if t.dep_ in ("conj",) and t.head.i in owners:
                    t = t.head
                    continue
                break
            t = t.head
        if attached is None:
            continue
        distance = abs(ent.start - trigger.i)
        if best is None or distance < best[0]:
            best = (distance, ent)
    if best is None:
        # no expression in the trigger's own clause: the sentence's only adverbial time expression, if it has
        # exactly one ("sanctions that X had just imposed ..., last December discussed ..."); a date that
        # modifies a noun ("the 2003 invasion") is never borrowed
        adverbial = [e for e in _time_expressions(sent) if e.root.dep_ in ("npadvmod", "advmod", "tmod") or
                     (e.root.dep_ == "pobj" and e.root.head.lower_ in TIME_PREPS)]
        if len(adverbial) != 1 or len(_time_expressions(sent)) != 1:
            return None, None
        holder = _clause_verb(adverbial[0].root)
        if _modifier_clause(holder, trigger):
            return None, None  # "a lawyer who met X in June 2016 has agreed to testify": the meeting's date
        if _reported_elsewhere(holder, trigger):
            return None, None  # "held talks with X, who announced talks would resume on Nov. 28": those talks
        if tense == "future" and holder.i != trigger.i and holder in trigger.ancestors and _told_past(holder):
            # "agreed on Monday to increase pressure": Monday is the agreeing, which is past; the act agreed
            # on is no later than that, so the day is not looked for ahead
            tense = "past"
        best = (0, adverbial[0])
    ent = best[1]
    text = ent.text
    before = ent.doc[ent.start - 1].lower_ if ent.start > sent.start else ""
    if before in ("last", "next", "this", "on", "in") and before not in text.lower():
        text = f"{before} {text}"
    return resolve_expression(text, published, tense)


def event_location(sent: Span, trigger: Token) -> str | None:
    """A place named by "in/at/near X" attached to the trigger (or, for a noun, to the noun)."""
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "at", "near", "outside", "inside"):
            for g in child.children:
                if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC"):
                    start, end = g.i, g.i + 1
                    while start > sent.start and sent.doc[start - 1].ent_iob_ == "I" and g.ent_iob_ != "B":
                        start -= 1
                    while end < sent.end and sent.doc[end].ent_iob_ == "I":
                        end += 1
                    return sent.doc[start:end].text
    return None
