"""Articles built by hand for the corpus tests (no model needed): fictional states Norland and Estmark."""
from __future__ import annotations

import pytest

from eventwire.model import Article, Entity, Event, EventActor, Mention, Quote

NOR = EventActor(name="Norland", id="country:NRL", country="NRL")
EST = EventActor(name="Estmark", id="country:EST", country="EST")


def event(source, target, cameo, date=None, sentence="", factuality="asserted", precision=None):
    return Event(source=source, target=target, cameo=cameo, root=cameo[:2], quad_class=4, goldstein=-4.0,
                 factuality=factuality, date=date, date_precision=precision or (
                     "day" if date and len(date) == 10 else "month" if date and len(date) == 7 else
                     "year" if date else None), sentence=sentence, trigger="recalled")


def article(aid, text, outlet="Wire", published="2030-05-02", events=(), quotes=(), genre="news", version=None):
    ents = (Entity(id="country:NRL", name="Norland", type="GPE", country="NRL",
                   mentions=(Mention(0, 7, "Norland"),) if text.startswith("Norland") else ()),)
    return Article(id=aid, version=version or f"v-{abs(hash(text)) % 10**8}", title=None, outlet=outlet,
                   published=published, genre=genre, text=text, entities=ents, quotes=tuple(quotes),
                   events=tuple(events))


@pytest.fixture
def story():
    s1 = "Norland recalled its ambassador from Estmark on Tuesday after the border shooting."
    s2 = "On Tuesday Norland called back its envoy to Estmark, officials said."
    s3 = "Norland had expelled Estmark diplomats in 2025 as well."
    a = article("a", s1 + " More text about the border and the guards who were shot.", "Wire",
                events=[event(NOR, EST, "161", "2030-04-30", s1)],
                quotes=[Quote(text="We had no choice", kind="direct", speaker="Ilse Varga")])
    b = article("b", s2 + " " + s3, "Daily", published="2030-05-03",
                events=[event(NOR, EST, "161", "2030-04-30", s2), event(NOR, EST, "174", "2025", s3)])
    c = article("c", "Norland may impose sanctions on Estmark, a minister said.", "Daily", published="2030-05-04",
                events=[event(NOR, EST, "163", None, "Norland may impose sanctions on Estmark.", "hypothetical")],
                genre="opinion")
    return [a, b, c]
