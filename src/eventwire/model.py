"""The one vocabulary of eventwire.

Every stage takes and returns these frozen dataclasses; nothing passes ad-hoc dicts between stages.
The JSON record that ``eventwire analyze`` writes is ``Article.to_dict()``; docs/record.md documents
it field by field. Every key is present in every record: unknown values are ``None`` (JSON ``null``)
and empty collections are empty lists.
"""
from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any, TypeVar

#: Version of the record layout; bumped when a field changes meaning or disappears.
RECORD_VERSION = 1

GENRES = ("news", "opinion", "analysis")
QUOTE_KINDS = ("direct", "indirect", "scare")
FACTUALITY = ("asserted", "future", "hypothetical", "negated")

T = TypeVar("T")


def _plain(value: Any) -> Any:
    """A dataclass tree as JSON-ready values: dataclasses to dicts (field order kept), tuples to lists."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _known(cls: type[T], data: dict[str, Any]) -> dict[str, Any]:
    """The keys of ``data`` that are fields of ``cls`` (unknown keys from newer records are ignored)."""
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    return {k: v for k, v in data.items() if k in names}


class Record:
    """Mixin: ``to_dict`` for every dataclass of the vocabulary."""

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)


@dataclass(frozen=True)
class Source(Record):
    """One article as read from an input, before cleaning and analysis.

    ``origin`` says where it came from ("feed.jsonl:12", "articles/a.txt", "<stdin>") so that every
    message about it can name it. Exactly one of ``text`` and ``html`` is normally set.
    """

    origin: str
    id: str | None = None
    text: str | None = None
    html: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    genre: str | None = None
    path: str | None = None


@dataclass(frozen=True)
class Removed(Record):
    """A line of the input that is not part of the article body, and why it left ``text``."""

    text: str
    reason: str
    line: int | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Removed:
        return cls(**_known(cls, data))


@dataclass(frozen=True)
class CleanText(Record):
    """A pasted page split into its article body and what is not body.

    ``text`` keeps every body sentence; headline, standfirst, byline and dateline lines leave it for the
    metadata fields; page furniture goes to ``removed`` with the reason, so nothing is lost silently.
    """

    text: str
    removed: tuple[Removed, ...] = ()
    title: str | None = None
    author: str | None = None
    published: str | None = None
    outlet: str | None = None
    genre: str | None = None


@dataclass(frozen=True)
class Mention(Record):
    """One place an actor is named: ``text[start:end]`` of the article body (Python string offsets)."""

    start: int
    end: int
    text: str

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mention:
        return cls(**_known(cls, data))


@dataclass(frozen=True)
class Entity(Record):
    """A canonical actor of one article with all its mentions.

    ``id`` is a deterministic key of the canonical actor, the same in every article and every run.
    ``type`` is a spaCy NER label (PERSON, ORG, GPE, NORP, LOC, FAC). ``country`` is ISO 3166-1 alpha-3.
    """

    id: str
    name: str
    type: str
    country: str | None = None
    role: str | None = None
    title: str | None = None
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entity:
        d = _known(cls, data)
        d["aliases"] = tuple(d.get("aliases") or ())
        d["mentions"] = tuple(Mention.from_dict(m) for m in d.get("mentions") or ())
        return cls(**d)


@dataclass(frozen=True)
class Quote(Record):
    """A quotation or a reported statement with its speaker."""

    text: str
    kind: str
    partial: bool = False
    speaker: str | None = None
    speaker_text: str | None = None
    speaker_id: str | None = None
    cue: str | None = None
    start: int | None = None
    end: int | None = None
    sentence: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        return cls(**_known(cls, data))


@dataclass(frozen=True)
class EventActor(Record):
    """The source or target of an event: a resolved actor with its country (ISO3) or body (``org``)."""

    name: str
    id: str | None = None
    country: str | None = None
    org: str | None = None
    role: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> EventActor | None:
        return None if data is None else cls(**_known(cls, data))


@dataclass(frozen=True)
class Event(Record):
    """One political interaction reported by one sentence, coded in CAMEO and PLOVER."""

    source: EventActor | None
    target: EventActor | None
    cameo: str
    root: str
    quad_class: int | None = None
    goldstein: float | None = None
    plover_type: str | None = None
    plover_mode: str | None = None
    factuality: str = "asserted"
    reported_by: str | None = None
    reciprocal: bool = False
    date: str | None = None
    date_precision: str | None = None
    #: where ``date`` comes from: "text" (the sentence or the report's own telling fixes it) or "report" (the text
    #: gives no time for an act told as the report's news, and the publication date stands in); None when undated
    date_basis: str | None = None
    location: str | None = None
    trigger: str | None = None
    sentence: str | None = None
    start: int | None = None
    end: int | None = None
    confidence: float | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        d = _known(cls, data)
        d["source"] = EventActor.from_dict(d.get("source"))
        d["target"] = EventActor.from_dict(d.get("target"))
        return cls(**d)


@dataclass(frozen=True)
class Article(Record):
    """One analyzed article: the record ``eventwire analyze`` writes, one JSON object per line."""

    id: str
    version: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    genre: str | None = None
    url: str | None = None
    text: str = ""
    removed: tuple[Removed, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    origin: str | None = None
    record_version: int = field(default=RECORD_VERSION)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        d = _known(cls, data)
        d["removed"] = tuple(Removed.from_dict(r) for r in d.get("removed") or ())
        d["entities"] = tuple(Entity.from_dict(e) for e in d.get("entities") or ())
        d["quotes"] = tuple(Quote.from_dict(q) for q in d.get("quotes") or ())
        d["events"] = tuple(Event.from_dict(e) for e in d.get("events") or ())
        return cls(**d)

    def to_json(self) -> str:
        """One line of JSON, the same bytes for the same article in every run."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(", ", ": "))

    @classmethod
    def from_json(cls, line: str) -> Article:
        return cls.from_dict(json.loads(line))
