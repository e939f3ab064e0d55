"""Numeric claims (counts, percentages, money) and whether outlets agree on them.

A claim is a number with what it counts: "expelled 23 diplomats", "ordered out about two dozen envoys",
"a $50 billion package", "40 percent of voters". Claims about the same thing are lined up by the thing
counted (synonyms folded: diplomats, envoys and ambassadors are one kind) and by of the sentence (claims of different events are never compared); two claims agree when their ranges overlap, with tolerance for hedges
("about", "nearly", "more than") and for round numbers. Counts of different things are never compared.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span

from eventwire.model import Article

NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
                "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "hundred": 100,
                "a dozen": 12, "two dozen": 24, "three dozen": 36, "a hundred": 100, "a few": 3, "several": 3,
                "a couple of": 2, "half a dozen": 6, "scores of": 40, "dozens of": 36, "hundreds of": 300,
                "thousands of": 3000}
SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9,
          "trillion": 1e12, "tn": 1e12}
HEDGES = {"about": 0.15, "around": 0.15, "roughly": 0.15, "approximately": 0.1, "some": 0.15, "nearly": 0.12,
          "almost": 0.12, "close to": 0.12, "up to": 0.0, "more than": 0.0, "over": 0.0, "at least": 0.0,
          "less than": 0.0, "fewer than": 0.0, "under": 0.0, "estimated": 0.15, "an estimated": 0.15}
#: Nouns that count the same kind of thing.
KINDS = {
    "diplomat": "diplomats", "envoy": "diplomats", "ambassador": "diplomats", "official": "officials",
    "staff": "staff", "employee": "staff", "worker": "workers", "soldier": "troops", "troop": "troops",
    "serviceman": "troops", "marine": "troops", "person": "people", "people": "people", "civilian": "people",
    "resident": "people", "death": "deaths", "dead": "deaths", "fatality": "deaths", "casualty": "casualties",
    "refugee": "refugees", "migrant": "migrants", "prisoner": "prisoners", "detainee": "prisoners",
    "hostage": "hostages", "protester": "protesters", "demonstrator": "protesters", "missile": "missiles",
    "rocket": "missiles", "drone": "drones", "vote": "votes", "voter": "voters", "seat": "seats",
    "entity": "entities", "company": "entities", "individual": "individuals", "country": "countries",
    "nation": "countries", "sanction": "sanctions", "tariff": "tariffs", "compound": "properties",
    "property": "properties", "building": "buildings", "house": "buildings", "village": "villages",
}
CURRENCY = re.compile(r"(?P<cur>[$€£¥]|US\$|USD|EUR|GBP|rubles?|roubles?|yuan|dollars?|euros?|pounds?)", re.I)


@dataclass
class Claim:
    article: str
    outlet: str | None
    value: float
    low: float
    high: float
    unit: str          # "count:<kind>", "percent", "money:<currency>"
    text: str
    sentence: str
    verb: str | None
    event: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"article": self.article, "outlet": self.outlet, "value": self.value, "unit": self.unit,
                "text": self.text, "sentence": self.sentence}


def _number(text: str) -> float | None:
    t = text.lower().replace(",", "").strip()
    if t in NUMBER_WORDS:
        return float(NUMBER_WORDS[t])
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(thousand|million|billion|trillion|bn|mn|tn|k|m|b)?", t)
    if m:
        return float(m.group(1)) * SCALES.get(m.group(2) or "", 1.0)
    words = t.split()
    if len(words) == 2 and words[0] in NUMBER_WORDS and words[1] in SCALES:
        return NUMBER_WORDS[words[0]] * SCALES[words[1]]
    return None


def _range(value: float, hedge: str | None, text: str) -> tuple[float, float]:
    if hedge in ("more than", "over", "at least"):
        return value, value * 1.5
    if hedge in ("less than", "fewer than", "under", "up to"):
        return value * 0.6, value
    tol = HEDGES.get(hedge or "", 0.0)
    if re.search(r"\b(dozen|dozens|scores|hundreds|thousands|several|few|couple)\b", text, re.I):
        tol = max(tol, 0.15)
    return value * (1 - tol), value * (1 + tol)


def claims_of(article: Article, doc: Doc) -> list[Claim]:
    """The numeric claims of an article, read from its parsed text."""
    out = []
    sents = list(doc.sents)
    starts = [s.start for s in sents]
    for ent in doc.ents:
        if ent.label_ not in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY"):
            continue
        claim = _claim(article, ent, sents[bisect_right(starts, ent.start) - 1])
        if claim is not None:
            out.append(claim)
    return out


def _claim(article: Article, ent: Span, sent: Span) -> Claim | None:
    doc = ent.doc
    raw = ent.text
    before = doc[max(0, ent.start - 2):ent.start].text.lower()
    hedge = next((h for h in sorted(HEDGES, key=len, reverse=True) if before.endswith(h)), None)
    core = re.sub(r"^(about|around|roughly|approximately|some|nearly|almost|more than|over|at least|up to|"
                  r"less than|fewer than|under|an estimated|estimated)\s+", "", raw.lower())
    if ent.label_ == "PERCENT":
        m = re.search(r"(\d+(?:\.\d+)?)", core)
        if not m:
            return None
        value = float(m.group(1))
        unit = "percent"
    elif ent.label_ == "MONEY":
        cur = CURRENCY.search(raw)
        currency = (cur.group("cur").lower() if cur else "money").rstrip("s")
        currency = {"$": "usd", "us$": "usd", "dollar": "usd", "€": "eur", "euro": "eur", "£": "gbp",
                    "pound": "gbp", "rouble": "rub", "ruble": "rub"}.get(currency, currency)
        digits = re.sub(r"[^\d.,a-z ]", " ", core)
        digits = re.sub(r"\b(dollars?|euros?|pounds?|rubles?|roubles?|yuan|usd|eur|gbp)\b", " ", digits).strip()
        value = _number(" ".join(digits.split()))
        if value is None:
            return None
        unit = f"money:{currency}"
    else:
        if re.fullmatch(r"\d{4}", core) or not core:
            return None  # years are dates, not counts
        value = _number(core)
        if value is None:
            return None
        head = ent.root.head if ent.root.dep_ in ("nummod", "quantmod", "amod") else None
        if head is None or head.pos_ not in ("NOUN", "PROPN"):
            return None
        kind = KINDS.get(head.lemma_.lower())
        if kind is None:
            return None
        unit = f"count:{kind}"
    verb = ent.root
    for _ in range(4):
        if verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        verb = verb.head
    low, high = _range(value, hedge, raw)
    return Claim(article.id, article.outlet, value, low, high, unit, f"{hedge + ' ' if hedge else ''}{raw}",
                 sent.text.strip(), verb.lemma_.lower() if verb.pos_ == "VERB" else None)


def agree(a: Claim, b: Claim) -> bool:
    """Whether two claims about the same thing are consistent (their ranges overlap, round numbers loosely)."""
    return a.low <= b.high * 1.05 and b.low <= a.high * 1.05


def line_up(claims: list[Claim]) -> list[dict[str, Any]]:
    """Claims about the same thing from different articles, grouped, with the consistency verdict."""
    groups: dict[tuple[str, str | None], list[Claim]] = {}
    for c in claims:
        key = (c.unit, c.event)  # claims tied to different events are never compared
        groups.setdefault(key, []).append(c)
    out = []
    for (unit, about), members in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        if len({m.article for m in members}) < 2:
            continue
        pairs = [(x, y) for i, x in enumerate(members) for y in members[i + 1:] if x.article != y.article]
        consistent = all(agree(x, y) for x, y in pairs)
        about = about or ", ".join(sorted({m.verb for m in members if m.verb})) or None
        out.append({"unit": unit, "about": about, "event": members[0].event, "consistent": consistent,
                    "claims": [m.to_dict() for m in members]})
    return out
