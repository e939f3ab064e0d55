"""Readable views of analyzed articles for the terminal: summaries and quote tables."""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from rich.markup import escape
from rich.table import Table

from eventwire.model import Article


def top_actors(article: Article, n: int = 4) -> list[str]:
    """The names of the ``n`` most mentioned persons and organisations of an article."""
    ranked = sorted((e for e in article.entities if e.type in ("PERSON", "ORG")),
                    key=lambda e: (-len(e.mentions), e.name))
    return [e.name for e in ranked[:n]]


def summary_table(articles: Sequence[Article]) -> Table:
    """A block per article: title, where and when it was published, its main actors, and counts."""
    table = Table(title=f"{len(articles)} analyzed article{'s' if len(articles) != 1 else ''}", show_header=False,
                  show_lines=True, expand=True)
    table.add_column("article", overflow="fold")
    for a in articles:
        where = " · ".join(filter(None, (a.outlet, a.published, a.genre)))
        counts = (f"{len(a.entities)} actors, {len(a.quotes)} quotes, {len(a.events)} events, "
                  f"{len(a.removed)} lines of page furniture removed")
        table.add_row(f"[bold]{escape(a.title or a.id)}[/]\n{escape(where)}\n"
                      f"main actors: {escape(', '.join(top_actors(a)) or '-')}\n{counts}")
    kinds = Counter(e.type for a in articles for e in a.entities)
    table.caption = "actors by type: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
    return table


def quote_rows(articles: Sequence[Article], speaker: str | None = None) -> list[dict[str, Any]]:
    """Quotes as flat rows with their article, optionally only those whose speaker matches ``speaker``."""
    want = (speaker or "").casefold()
    rows = []
    for a in articles:
        for q in a.quotes:
            who = " ".join(filter(None, (q.speaker, q.speaker_text))).casefold()
            if want and want not in who:
                continue
            rows.append({"article": a.id, "outlet": a.outlet, "published": a.published, **q.to_dict()})
    return rows


def quotes_table(rows: Sequence[dict[str, Any]]) -> Table:
    """Quotes as a table: speaker, kind, text, article."""
    table = Table(title=f"{len(rows)} quote{'s' if len(rows) != 1 else ''}")
    for column in ("speaker", "kind", "quote", "article"):
        table.add_column(column, overflow="fold")
    for r in rows:
        kind = r["kind"] + (" (partial)" if r.get("partial") else "")
        table.add_row(r.get("speaker") or "?", kind, r["text"], r["article"])
    return table


def _actor_matches(actor: dict[str, Any] | None, wanted: str) -> bool:
    if not actor:
        return False
    w = wanted.casefold()
    return any(w == str(v).casefold() or (k == "name" and w in str(v).casefold())
               for k, v in actor.items() if v and k in ("name", "id", "country", "org"))


def event_rows(articles: Sequence[Article], actors: Sequence[str] = (), roots: Sequence[str] = (),
               factuality: str | None = None) -> list[dict[str, Any]]:
    """Events as flat rows with their article, filtered by actor (any of them), CAMEO root and modality."""
    from eventwire.nlp.codebook import load_codebook

    book = load_codebook()
    rows = []
    for a in articles:
        for e in a.events:
            d = e.to_dict()
            if actors and not any(_actor_matches(d["source"], w) or _actor_matches(d["target"], w) for w in actors):
                continue
            if roots and e.root not in roots:
                continue
            if factuality and e.factuality != factuality:
                continue
            rows.append({"article": a.id, "outlet": a.outlet, "published": a.published,
                         "action": book.name(e.cameo), **d})
    return rows


def events_table(rows: Sequence[dict[str, Any]]) -> Table:
    """Events as a table: date, source, action, target, modality, article."""
    table = Table(title=f"{len(rows)} event{'s' if len(rows) != 1 else ''}")
    for column in ("date", "source", "action (CAMEO)", "target", "modality", "article"):
        table.add_column(column, overflow="fold")
    for r in rows:
        src = (r["source"] or {}).get("name") or "?"
        tgt = (r["target"] or {}).get("name") or "-"
        modality = r["factuality"] + (f", per {r['reported_by']}" if r.get("reported_by") else "")
        table.add_row(r.get("date") or "", escape(src), f"{escape(r['action'])} ({r['cameo']})", escape(tgt),
                      escape(modality), escape(r["article"]))
    return table
