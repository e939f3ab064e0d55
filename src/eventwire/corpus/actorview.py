"""Actors across articles: canonical name, the aliases seen, roles and titles over time, their quotes, and the
events they take part in as source and as target."""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from typing import Any

from eventwire.model import Article


def actor_profiles(articles: Sequence[Article], name: str | None = None) -> list[dict[str, Any]]:
    """One profile per actor id, most mentioned first; ``name`` keeps actors whose name, alias or id matches."""
    want = (name or "").casefold()
    acc: dict[str, dict[str, Any]] = {}
    for a in sorted(articles, key=lambda a: (a.published or "", a.id)):
        for e in a.entities:
            p = acc.setdefault(e.id, {"id": e.id, "name": e.name, "type": e.type, "country": e.country,
                                      "aliases": Counter(), "roles": [], "articles": set(), "mentions": 0,
                                      "quotes": [], "as_source": [], "as_target": []})
            p["aliases"].update(e.aliases)
            p["articles"].add(a.id)
            p["mentions"] += len(e.mentions)
            p["country"] = p["country"] or e.country
            role = {"published": a.published, "role": e.role, "title": e.title}
            if (e.role or e.title) and (not p["roles"] or p["roles"][-1]["title"] != e.title
                                        or p["roles"][-1]["role"] != e.role):
                p["roles"].append(role)
        for q in a.quotes:
            if q.speaker_id in acc and q.kind != "scare":
                acc[q.speaker_id]["quotes"].append({"article": a.id, "published": a.published, "kind": q.kind,
                                                    "text": q.text})
        for ev in a.events:
            for side, key in ((ev.source, "as_source"), (ev.target, "as_target")):
                if side is not None and side.id in acc:
                    other = ev.target if key == "as_source" else ev.source
                    acc[side.id][key].append({"article": a.id, "date": ev.date, "cameo": ev.cameo,
                                              "other": other.name if other else None, "factuality": ev.factuality,
                                              "sentence": ev.sentence})
    out = []
    for p in acc.values():
        if want and not (want in p["name"].casefold() or want in p["id"].casefold()
                         or any(want in a.casefold() for a in p["aliases"])):
            continue
        p["aliases"] = [a for a, _ in p["aliases"].most_common()]
        p["articles"] = len(p["articles"])
        out.append(p)
    out.sort(key=lambda p: (-p["mentions"], p["id"]))
    return out


def render_json(profiles: list[dict[str, Any]]) -> str:
    return json.dumps(profiles, ensure_ascii=False, indent=1) + "\n"


def render_text(profiles: list[dict[str, Any]]) -> str:
    lines = []
    for p in profiles:
        lines.append(f"{p['name']}  [{p['id']}] {p['type']}{' ' + p['country'] if p['country'] else ''} — "
                     f"{p['mentions']} mentions in {p['articles']} article(s)")
        if len(p["aliases"]) > 1:
            lines.append(f"  also: {', '.join(p['aliases'][1:8])}")
        for r in p["roles"][:6]:
            lines.append(f"  {r['published'] or '?'}: {r['title'] or ''} ({r['role'] or '?'})")
        for q in p["quotes"][:5]:
            lines.append(f"  said ({q['kind']}): {q['text'][:110]}")
        if p["as_source"] or p["as_target"]:
            lines.append(f"  events: {len(p['as_source'])} as source, {len(p['as_target'])} as target")
        lines.append("")
    return "\n".join(lines) if lines else "no actors\n"
