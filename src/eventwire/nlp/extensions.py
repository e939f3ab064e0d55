"""The Doc extensions eventwire's components read and write, registered once, here.

Set before the pipeline runs (by eventwire.run or by a user):
  doc._.eventwire_published  ISO date of the article ("2017-11-03"), for time-aware actor facts and dates
Written by the components:
  doc._.eventwire_entities   list[Entity]  (eventwire_actors)
  doc._.eventwire_quotes     list[Quote]   (eventwire_quotes)
  doc._.eventwire_events     list[Event]   (eventwire_events)
"""
from __future__ import annotations

from spacy.tokens import Doc

_EXTENSIONS = ("eventwire_published", "eventwire_entities", "eventwire_quotes", "eventwire_events")


def register_extensions() -> None:
    """Register the Doc extensions; safe to call more than once."""
    for name in _EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register_extensions()
