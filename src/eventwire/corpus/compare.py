"""Sources side by side: for each outlet, the story's events it reports and omits, whose voices it quotes,
its average Goldstein score per actor pair, its mix of news and opinion; and numeric claims lined up across
outlets with a consistency check."""
from __future__ import annotations

import html
import json
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

from eventwire.corpus.claims import Claim, claims_of, line_up
from eventwire.corpus.merge import actor_code, merge_events
from eventwire.corpus.neardup import near_duplicates
from eventwire.model import Article


def compare(articles: Sequence[Article], with_claims: bool = True) -> dict[str, Any]:
    """The comparison as a JSON-ready dict: ``outlets``, ``events``, ``claims``."""
    articles = list(articles)
    stories = near_duplicates(articles)
    merged = [m for m in merge_events(articles, stories) if m.factuality in ("asserted", "future")]
    outlet_of = {a.id: a.outlet or a.id for a in articles}
    events = []
    reported_by: dict[str, set[str]] = {}
    sentence_event: dict[tuple[str, str], str] = {}
    for m in merged:
        e = m.entry()
        outlets = sorted({outlet_of[x["article"]] for x in e["mentions"]})
        reported_by[e["event_id"]] = set(outlets)
        for x in e["mentions"]:
            sentence_event[(x["article"], x["sentence"] or "")] = e["event_id"]
        events.append({"event_id": e["event_id"], "date": e["date"], "summary": e["summary"], "cameo": e["cameo"],
                       "goldstein": e["goldstein"], "outlets": outlets})
    outlets: dict[str, dict[str, Any]] = {}
    by_outlet: dict[str, list[Article]] = defaultdict(list)
    for a in articles:
        by_outlet[a.outlet or a.id].append(a)
    all_events = {e["event_id"] for e in events}
    for outlet, arts in sorted(by_outlet.items()):
        mine = {eid for eid, outs in reported_by.items() if outlet in outs}
        voices = Counter(q.speaker for a in arts for q in a.quotes if q.kind != "scare" and q.speaker)
        tone: dict[str, list[float]] = defaultdict(list)
        for a in arts:
            for ev in a.events:
                if ev.goldstein is None or ev.factuality not in ("asserted", "future"):
                    continue
                pair = f"{actor_code(ev.source) or '?'} -> {actor_code(ev.target) or '-'}"
                tone[pair].append(ev.goldstein)
        outlets[outlet] = {
            "articles": len(arts),
            "genres": dict(Counter(a.genre or "unknown" for a in arts)),
            "events_reported": sorted(mine),
            "events_omitted": sorted(all_events - mine),
            "voices": [{"speaker": s, "quotes": n} for s, n in voices.most_common()],
            "goldstein_by_pair": {p: round(sum(v) / len(v), 2) for p, v in sorted(tone.items())},
        }
    claims: list[dict[str, Any]] = []
    if with_claims:
        found: list[Claim] = []
        from eventwire.nlp.pipeline import load_pipeline

        nlp = load_pipeline(())
        for a, doc in zip(articles, nlp.pipe((a.text for a in articles), batch_size=32)):
            for c in claims_of(a, doc):
                c.event = sentence_event.get((a.id, c.sentence))
                found.append(c)
        claims = line_up(found)
    return {"outlets": outlets, "events": events, "claims": claims,
            "articles": len(articles), "stories": len(set(stories.values()))}


def render_json(result: dict[str, Any]) -> str:
    return json.dumps(result, ensure_ascii=False, indent=1) + "\n"


def render_text(result: dict[str, Any]) -> str:
    summary = {e["event_id"]: e["summary"] for e in result["events"]}
    lines = [f"{result['articles']} articles ({result['stories']} stories) from {len(result['outlets'])} outlets, "
             f"{len(result['events'])} events"]
    for outlet, o in result["outlets"].items():
        lines.append("")
        lines.append(f"== {outlet}: {o['articles']} article(s), "
                     + ", ".join(f"{g} {n}" for g, n in sorted(o["genres"].items())))
        lines.append(f"  reports {len(o['events_reported'])} events, omits {len(o['events_omitted'])}")
        for eid in o["events_reported"][:12]:
            lines.append(f"    + {summary.get(eid, eid)}")
        for eid in o["events_omitted"][:12]:
            lines.append(f"    - {summary.get(eid, eid)}")
        if o["voices"]:
            lines.append("  voices: " + ", ".join(f"{v['speaker']} ({v['quotes']})" for v in o["voices"][:10]))
        if o["goldstein_by_pair"]:
            lines.append("  Goldstein by pair: " + ", ".join(f"{p} {g:+.1f}" for p, g in o["goldstein_by_pair"].items()))
    if result["claims"]:
        lines.append("")
        lines.append("== numeric claims across outlets")
        for g in result["claims"]:
            verdict = "agree" if g["consistent"] else "DISAGREE"
            lines.append(f"  {g['unit']} ({g['about'] or '?'}): {verdict}")
            for c in g["claims"]:
                lines.append(f"    {c['outlet'] or c['article']}: {c['text']} — {c['sentence'][:100]}")
    return "\n".join(lines) + "\n"


def render_html(result: dict[str, Any]) -> str:
    esc = html.escape
    summary = {e["event_id"]: e["summary"] for e in result["events"]}
    outlets = list(result["outlets"].items())
    head = "".join(f"<th>{esc(o)}</th>" for o, _ in outlets)
    rows = []
    for e in result["events"]:
        cells = "".join(f"<td class={'yes' if o in e['outlets'] else 'no'}>{'●' if o in e['outlets'] else '–'}</td>"
                        for o, _ in outlets)
        rows.append(f"<tr><td>{esc(e['date'] or '')}</td><td>{esc(summary[e['event_id']])}</td>{cells}</tr>")
    voices = "".join(f"<h3>{esc(o)}</h3><p>" + (", ".join(f"{esc(v['speaker'])} ({v['quotes']})"
                                                        for v in d["voices"][:12]) or "no quotes") + "</p>"
                     for o, d in outlets)
    claims = "".join(
        f"<li class={'ok' if g['consistent'] else 'bad'}><b>{esc(g['unit'])}</b> ({esc(g['about'] or '?')}): "
        f"{'agree' if g['consistent'] else 'disagree'}<ul>"
        + "".join(f"<li>{esc(c['outlet'] or c['article'])}: {esc(c['text'])}</li>" for c in g["claims"])
        + "</ul></li>" for g in result["claims"])
    css = ("body{font:15px/1.45 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#222}"
           "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3rem .5rem;"
           "text-align:left;vertical-align:top}td.yes{color:#285;text-align:center}td.no{color:#bbb;"
           "text-align:center}li.bad{color:#a22}li.ok{color:#264}")
    return (f"<!doctype html><html lang=en><meta charset=utf-8><title>Sources side by side</title><style>{css}"
            f"</style><h1>Sources side by side</h1><p>{result['articles']} articles ({result['stories']} stories), "
            f"{len(result['events'])} events</p><h2>Events by outlet</h2><table><tr><th>date</th><th>event</th>"
            f"{head}</tr>{''.join(rows)}</table><h2>Voices quoted</h2>{voices}<h2>Numeric claims</h2>"
            f"<ul>{claims or '<li>no claim reported by two outlets</li>'}</ul></html>\n")
