"""The timeline of a story: its merged events in date order, each with every sentence that reports it.

By default the timeline holds what happened and what was announced (``asserted`` and ``future`` events);
hypothetical and denied events stay out unless asked for, since a timeline is a record of events, not of
possibilities. Entries without a date of their own are placed at their first report.
"""
from __future__ import annotations

import html
import json
from collections.abc import Iterable, Sequence
from typing import Any

from eventwire.corpus.merge import merge_events
from eventwire.corpus.neardup import near_duplicates
from eventwire.model import Article

DEFAULT_FACTUALITY = ("asserted", "future")


def _matches(actor: dict | None, wanted: str) -> bool:
    if not actor:
        return False
    w = wanted.casefold()
    return any(v and (w == str(v).casefold() or (k == "name" and w in str(v).casefold()))
               for k, v in actor.items() if k in ("name", "id", "country", "org"))


def build_timeline(articles: Iterable[Article], actors: Sequence[str] = (), since: str | None = None,
                   until: str | None = None, factuality: Sequence[str] = DEFAULT_FACTUALITY,
                   include_historical: bool = True) -> dict[str, Any]:
    """``{"entries": [...]}``: merged events filtered by actors (every one given must take part), dates and
    modality, in date order."""
    articles = list(articles)
    stories = near_duplicates(articles)
    entries = []
    for m in merge_events(articles, stories):
        e = m.entry()
        if e["factuality"] not in factuality and not any(x["factuality"] in factuality for x in e["mentions"]):
            continue
        if not include_historical and e["historical"]:
            continue
        if any(not (_matches(e["source"], a) or _matches(e["target"], a)) for a in actors):
            continue
        when = e["date"] or e["first_reported"] or ""
        if since and when and when[:len(since)] < since[:len(when)]:
            continue
        if until and when and when[:len(until)] > until[:len(when)]:
            continue
        entries.append(e)
    entries.sort(key=lambda e: ((e["date"] or e["first_reported"] or "9999"), e["first_reported"] or "",
                                e["event_id"]))
    return {"entries": entries, "articles": len(articles), "stories": len(set(stories.values()))}


def render_text(timeline: dict[str, Any]) -> str:
    lines = []
    for e in timeline["entries"]:
        when = e["date"] or f"(reported {e['first_reported'] or '?'})"
        flag = " [history]" if e["historical"] else ""
        lines.append(f"{when:<12} {e['summary']}{flag}  — CAMEO {e['cameo']} ({e['action']}), Goldstein "
                     f"{e['goldstein']}; {e['num_articles']} article(s), {e['num_sources']} source(s)")
        for m in e["mentions"]:
            lines.append(f"{'':14}{m['outlet'] or m['article']}: {m['sentence']}")
    lines.append(f"{len(timeline['entries'])} entries from {timeline['articles']} articles "
                 f"({timeline['stories']} stories)")
    return "\n".join(lines) + "\n"


def render_json(timeline: dict[str, Any]) -> str:
    return json.dumps(timeline, ensure_ascii=False, indent=1) + "\n"


_CSS = """
body{font:16px/1.5 Georgia,serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222;background:#fdfdfb}
h1{font-size:1.6rem;margin-bottom:.2rem}.meta{color:#666;font-size:.9rem;margin-bottom:2rem}
ol{list-style:none;padding:0;border-left:3px solid #ccd;margin-left:.5rem}
li{margin:0 0 1.4rem 0;padding-left:1.2rem;position:relative}
li:before{content:"";position:absolute;left:-.55rem;top:.45rem;width:.8rem;height:.8rem;border-radius:50%;background:#889}
li.conflict:before{background:#b33}li.coop:before{background:#385}
.date{font:bold .9rem/1.2 system-ui,sans-serif;color:#445}.sum{font-size:1.1rem;font-weight:bold}
.code{font:.8rem system-ui,sans-serif;color:#666}.hist{font:.75rem system-ui;color:#a60;margin-left:.4rem}
details{margin-top:.3rem}summary{cursor:pointer;font:.85rem system-ui,sans-serif;color:#336}
blockquote{margin:.4rem 0 .4rem .5rem;padding-left:.6rem;border-left:2px solid #ddd;font-size:.95rem}
.src{font:.8rem system-ui,sans-serif;color:#555}
"""


def render_html(timeline: dict[str, Any], title: str = "Timeline") -> str:
    """One self-contained page: no scripts, no external files."""
    esc = html.escape
    items = []
    for e in timeline["entries"]:
        kind = "conflict" if e["quad_class"] in (3, 4) else "coop"
        when = e["date"] or f"reported {e['first_reported'] or '?'}"
        quotes = "".join(
            f"<blockquote>{esc(m['sentence'] or '')}<div class=src>{esc(m['outlet'] or m['article'])}"
            f"{' · ' + esc(m['published']) if m['published'] else ''}</div></blockquote>" for m in e["mentions"])
        hist = "<span class=hist>historical</span>" if e["historical"] else ""
        items.append(
            f"<li class={kind}><div class=date>{esc(when)}{hist}</div><div class=sum>{esc(e['summary'])}</div>"
            f"<div class=code>CAMEO {esc(e['cameo'])} · {esc(e['action'] or '')} · Goldstein {e['goldstein']} · "
            f"{e['num_articles']} article(s), {e['num_sources']} source(s)</div>"
            f"<details><summary>{len(e['mentions'])} report(s)</summary>{quotes}</details></li>")
    return (f"<!doctype html><html lang=en><meta charset=utf-8><meta name=viewport "
            f"content='width=device-width,initial-scale=1'><title>{esc(title)}</title><style>{_CSS}</style>"
            f"<h1>{esc(title)}</h1><div class=meta>{len(timeline['entries'])} events from {timeline['articles']} "
            f"articles ({timeline['stories']} stories) · made by eventwire</div><ol>{''.join(items)}</ol></html>\n")
