"""Export a store: article records (JSON Lines), every table (CSV, Parquet), and the merged events in the
GDELT 2.0 event export layout (61 tab-separated columns, no header) or as PLOVER JSON records."""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pycountry

from eventwire.corpus.store import Store, StoreError

FORMATS = ("jsonl", "csv", "parquet", "gdelt", "plover")
TABLES = ("articles", "actors", "mentions", "quotes", "events", "merged_events", "event_mentions")
#: eventwire actor roles as CAMEO actor type codes.
ROLE_CODES = {"government": "GOV", "military": "MIL", "legislature": "LEG", "judiciary": "JUD",
              "opposition": "OPP", "party": "PTY", "business": "BUS", "media": "MED", "police": "COP",
              "intelligence": "SPY", "igo": "IGO", "ngo": "NGO", "armed_group": "REB", "civilian": "CVL"}
GDELT_COLUMNS = 61


def export(db: str | Path, fmt: str, output: Path | None) -> int:
    """Write the export; returns the number of rows (or records) written."""
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; choose from {', '.join(FORMATS)}")
    with Store(db, read_only=True) as store:
        if fmt in ("csv", "parquet"):
            return _tables(store, fmt, output or Path("."))
        lines = {"jsonl": _jsonl, "gdelt": _gdelt, "plover": _plover}[fmt](store)
        if output is None:
            for line in lines:
                sys.stdout.write(line + "\n")
            return len(lines)
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        return len(lines)


def _tables(store: Store, fmt: str, folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for table in TABLES:
        path = (folder / f"{table}.{fmt}").as_posix().replace("'", "''")
        option = "(FORMAT parquet)" if fmt == "parquet" else "(FORMAT csv, HEADER)"
        store.connection.execute(f"COPY (SELECT * FROM {table}) TO '{path}' {option}")
        total += store.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    return total


def _jsonl(store: Store) -> list[str]:
    return [row[0] for row in store.connection.execute("SELECT record FROM latest_articles ORDER BY id").fetchall()]


def _merged(store: Store) -> list[dict[str, Any]]:
    con = store.connection
    cols = [d[0] for d in con.execute("SELECT * FROM merged_events LIMIT 0").description]
    events = [dict(zip(cols, r)) for r in con.execute("SELECT * FROM merged_events ORDER BY coalesce(date, "
                                                      "first_reported), event_id").fetchall()]
    mentions: dict[str, list[dict[str, Any]]] = {}
    rows = con.execute("SELECT m.event_id, m.article_id, m.sentence, m.published, a.url, e.source_country, "
                       "e.source_org, e.source_role, e.target_country, e.target_org, e.target_role, e.location "
                       "FROM event_mentions m JOIN events e ON e.article_id = m.article_id AND e.version = m.version "
                       "AND e.n = m.n LEFT JOIN articles a ON a.id = m.article_id AND a.version = m.version "
                       "ORDER BY m.published, m.article_id, m.n").fetchall()
    for ev_id, aid, sentence, published, url, sc, so, sr, tc, to, tr, loc in rows:
        mentions.setdefault(ev_id, []).append({"article": aid, "sentence": sentence, "published": published,
                                               "url": url, "source": (sc or so, sr), "target": (tc or to, tr),
                                               "location": loc})
    for e in events:
        e["mentions"] = mentions.get(e["event_id"], [])
    return events


_ISO3 = frozenset(c.alpha_3 for c in pycountry.countries) | {"XKX"}


def _iso(code: str | None) -> str:
    """The code when it is an ISO 3166-1 alpha-3 country code (GDELT's country columns), else empty."""
    return code if code in _ISO3 else ""


def _actor_code(code: str | None, role: str | None) -> str:
    if not code or not code.isupper():
        return ""  # an actor known only by name has no CAMEO code
    return code + ROLE_CODES.get(role or "", "")


def _day(e: dict[str, Any]) -> date | None:
    for value in (e["date"] if e["date_precision"] == "day" else None, e["first_reported"]):
        if value and len(value) >= 10:
            try:
                return date.fromisoformat(value[:10])
            except ValueError:
                continue
    return None


def _gdelt(store: Store) -> list[str]:
    lines = []
    for e in _merged(store):
        d = _day(e)
        first = e["mentions"][0] if e["mentions"] else {}
        s_code, s_role = first.get("source", (e["source_code"], None))
        t_code, t_role = first.get("target", (e["target_code"], None))
        cols = [str(int(e["event_id"], 16) % (10 ** 12)),
                d.strftime("%Y%m%d") if d else "", d.strftime("%Y%m") if d else "", str(d.year) if d else "",
                f"{d.year + (d.timetuple().tm_yday - 1) / 365:.4f}" if d else "",
                _actor_code(s_code, s_role), (e["source_name"] or "").upper(), _iso(s_code), "", "", "", "",
                ROLE_CODES.get(s_role or "", ""), "", "",
                _actor_code(t_code, t_role), (e["target_name"] or "").upper(), _iso(t_code), "", "", "", "",
                ROLE_CODES.get(t_role or "", ""), "", "",
                "1", e["cameo"], e["cameo"][:3], e["root"], str(e["quad_class"]),
                "" if e["goldstein"] is None else f"{e['goldstein']:.1f}",
                str(e["num_mentions"]), str(e["num_sources"]), str(e["num_articles"]), "",
                *([""] * 8), *([""] * 8),
                "4" if first.get("location") else "", first.get("location") or "", *([""] * 6),
                (e["first_reported"] or "").replace("-", "")[:8] + "000000" if e["first_reported"] else "",
                first.get("url") or first.get("article") or ""]
        assert len(cols) == GDELT_COLUMNS
        lines.append("\t".join(c.replace("\t", " ").replace("\n", " ") for c in cols))
    return lines


def _plover(store: Store) -> list[str]:
    out = []
    for e in _merged(store):
        first = e["mentions"][0] if e["mentions"] else {}
        out.append(json.dumps({
            "id": e["event_id"], "date": e["date"], "date_precision": e["date_precision"],
            "event_type": e["plover_type"], "mode": None, "context": [],
            "actor": e["source_name"], "actor_code": e["source_code"],
            "recipient": e["target_name"], "recipient_code": e["target_code"],
            "cameo": e["cameo"], "goldstein": e["goldstein"], "factuality": e["factuality"],
            "historical": e["historical"], "summary": e["summary"], "source_text": first.get("sentence"),
            "num_mentions": e["num_mentions"], "num_articles": e["num_articles"], "num_sources": e["num_sources"],
            "first_reported": e["first_reported"], "last_reported": e["last_reported"],
            "mentions": [{"article": m["article"], "sentence": m["sentence"], "published": m["published"]}
                         for m in e["mentions"]],
        }, ensure_ascii=False))
    return out
