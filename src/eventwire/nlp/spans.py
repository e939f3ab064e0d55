"""From tokens of the parse to the article's resolved actors.

The actors component (``eventwire_actors``) writes ``doc._.eventwire_entities``: canonical actors whose
mentions carry character offsets into the Doc's text. Quotes and events need the other direction: "which
actor is this token, or the noun phrase headed by this token?". :class:`ActorIndex` answers it, built once
per Doc.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from anyascii import anyascii
from spacy.tokens import Doc, Span, Token

from eventwire.model import Entity, EventActor, Mention
from eventwire.nlp.kb import load_given_names, load_kb

FEMALE_TITLES = re.compile(r"\b(?:mrs|ms|miss|madam|spokeswoman|congresswoman|chairwoman|businesswoman|queen|"
                           r"princess|duchess|lady|sister|mother|wife|daughter|grandmother|actress)\b", re.I)
MALE_TITLES = re.compile(r"\b(?:mr|sir|spokesman|congressman|chairman|businessman|king|prince|duke|lord|"
                         r"brother|father|husband|son|grandfather|actor)\b", re.I)
#: Words of a person's canonical name that come before the given name.
_NAME_PREFIXES = frozenset("dr mr mrs ms sir dame sheikh sheik general gen. king queen prince princess".split())


def person_genders(entities: list[Entity], text: str) -> dict[str, str]:
    """Gender evidence for the person actors of one article, ``{entity id: "f" | "m"}``: an honorific or a
    gendered title next to a mention ("Mrs May", "spokeswoman Heather Nauert", "King Abdullah") or in the
    actor's title, else the usual gender of the first given name ("Theresa May"); no entry without evidence."""
    names = load_given_names()
    genders: dict[str, str] = {}
    for e in entities:
        if e.type != "PERSON":
            continue
        for m in e.mentions:
            before = text[max(0, m.start - 30):m.start]
            tail = before.split(",")[-1] if "," in before[-4:] else before
            if FEMALE_TITLES.search(tail[-16:]):
                genders[e.id] = "f"
                break
            if MALE_TITLES.search(tail[-16:]):
                genders[e.id] = "m"
                break
        if e.id not in genders and e.title:
            if FEMALE_TITLES.search(e.title):
                genders[e.id] = "f"
            elif MALE_TITLES.search(e.title):
                genders[e.id] = "m"
        if e.id not in genders:
            words = [w for w in e.name.split() if w.lower() not in _NAME_PREFIXES]
            if len(words) >= 2:  # a surname alone ("Haley") tells nothing
                g = names.get(anyascii(words[0]).lower())
                if g is not None:
                    genders[e.id] = g
    return genders


#: Bodies that event data codes as their parent organisation (the UN's organs are "UN" in CAMEO and ICEWS).
EVENT_ORG_PARENT = {"UNSC": "UN", "UNGA": "UN", "UNHRC": "UN", "UNSG": "UN"}


class ActorIndex:
    """The resolved actors of one Doc, looked up by character offset or by token."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.entities: list[Entity] = list(doc._.eventwire_entities or ())
        pairs: list[tuple[Mention, Entity]] = [(m, e) for e in self.entities for m in e.mentions]
        pairs.sort(key=lambda p: (p[0].start, p[0].end))
        self._starts = [m.start for m, _ in pairs]
        self._pairs = pairs
        self.by_id = {e.id: e for e in self.entities}

    def at(self, start: int, end: int) -> tuple[Entity, Mention] | None:
        """The actor with a mention overlapping ``[start, end)``, the longest overlap first."""
        i = bisect_right(self._starts, end)
        best, best_overlap = None, 0
        for j in range(max(0, i - 12), i):
            m, e = self._pairs[j]
            overlap = min(end, m.end) - max(start, m.start)
            if overlap > best_overlap:
                best, best_overlap = (e, m), overlap
        return best

    def of_token(self, token: Token) -> Entity | None:
        """The actor named by ``token`` itself (a token inside a mention)."""
        hit = self.at(token.idx, token.idx + len(token.text))
        return hit[0] if hit else None

    def of_phrase(self, head: Token) -> Entity | None:
        """The actor a noun phrase stands for, given its head token.

        "Russian Foreign Minister Sergei Lavrov" (head Lavrov) gives Lavrov; "the Russian foreign ministry"
        (head ministry, no entity on the head) gives the entity inside its left modifiers if it is an
        organisation or a government; "officials" gives None.
        """
        direct = self.of_token(head)
        if direct is not None:
            return direct
        # an apposition names the head: "the spokesman, Dmitry Peskov"
        for child in head.children:
            if child.dep_ == "appos":
                hit = self.of_token(child)
                if hit is not None and hit.type == "PERSON":
                    return hit
        # a modifier inside the phrase: "the Chinese foreign ministry", "Kremlin spokesman"
        for child in head.lefts:
            if child.dep_ in ("compound", "amod", "nmod", "poss") and not stance_prefixed(child):
                hit = self.of_token(child)
                if hit is not None:
                    return hit
        return None

    def mentions_in(self, span: Span) -> list[tuple[Entity, Mention]]:
        """Every actor mention inside ``span``, in text order."""
        lo, hi = span.start_char, span.end_char
        i = bisect_right(self._starts, lo - 1)
        out = []
        for j in range(max(0, i - 1), len(self._pairs)):
            m, e = self._pairs[j]
            if m.start >= hi:
                break
            if m.start >= lo and m.end <= hi:
                out.append((m, e))
        return [(e, m) for m, e in out]


def stance_prefixed(token: Token) -> bool:
    """Whether a name is written after "anti-" or "pro-" ("an anti-Syria journalist", "pro-Iranian
    militias"): it names the side taken, not the side belonged to."""
    doc = token.doc
    i = token.i
    if i >= 2 and doc[i - 1].text in ("-", "–") and doc[i - 2].lower_ in ("anti", "pro", "non"):
        return True
    return bool(re.match(r"(?i)(?:anti|pro|non)[-–]", token.text))


def event_actor(entity: Entity, name: str | None = None) -> EventActor:
    """The event-record form of a resolved actor: ``country`` for states and their people, ``org`` for
    international bodies (ids ``org:<CODE>`` whose country is not a state) and their officials (persons
    whose country is a body's code, as the office files give for the UN Secretary-General)."""
    org = None
    country = entity.country
    if entity.id.startswith("org:") and (country is None or len(country) != 3 or not country.isalpha()
                                         or not country.isupper()):
        org = entity.id.split(":", 1)[1]
        org = EVENT_ORG_PARENT.get(org, org)
        if org != org.upper():
            org = None  # a body not in the knowledge files ("org:some-party"): no code to give
        country = None
    elif entity.id.startswith(("country:", "gov:", "mil:", "norp:")) and country is None:
        code = entity.id.split(":", 1)[1]
        country = code if len(code) == 3 and code.isalpha() and code.isupper() else None
    elif entity.type == "PERSON" and load_kb().is_body(country):
        # an official of an international body (the office files give "UN", "EU", "NATO" for a country)
        org, country = EVENT_ORG_PARENT.get(country, country), None
    return EventActor(name=name or entity.name, id=entity.id, country=country, org=org, role=entity.role)
