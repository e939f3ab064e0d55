"""Export a store: article records (JSON Lines), every table (CSV, Parquet), and the merged events in the
GDELT 2.0 event export layout (61 tab-separated columns, no header) or as PLOVER JSON records.

CSV and Parquet are written by DuckDB itself (``COPY ... TO``), so Parquet needs no pyarrow.
"""
from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any

import pycountry

from eventwire.corpus.store import TABLES, Store, StoreError, _sql_path

FORMATS = ("jsonl", "csv", "parquet", "gdelt", "plover")
#: The tables csv and parquet write, one file each (the search index is derived and left out).
EXPORT_TABLES = ("schema_version", *TABLES)
#: eventwire actor roles as CAMEO actor type codes.
ROLE_CODES = {"government": "GOV", "military": "MIL", "legislature": "LEG", "judiciary": "JUD",
              "opposition": "OPP", "party": "PTY", "business": "BUS", "media": "MED", "police": "COP",
              "intelligence": "SPY", "igo": "IGO", "ngo": "NGO", "armed_group": "REB", "civilian": "CVL"}
GDELT_COLUMNS = 61
_ISO3 = frozenset(c.alpha_3 for c in pycountry.countries) | {"XKX"}


def export(db: str | Path, fmt: str, output: Path | None) -> int:
    """Write the export of ``db`` in ``fmt``; returns the number of rows (or records) written.

    ``output`` is a file for jsonl, gdelt and plover (stdout when None) and a folder for csv and parquet.
    """
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    with Store(db, read_only=True) as store:
        if fmt in ("csv", "parquet"):
            if output is None:
                raise StoreError(f"--format {fmt} writes one file per table: give a folder with -o")
            return write_tables(store, fmt, output)
        lines = {"jsonl": jsonl_lines, "gdelt": gdelt_lines, "plover": plover_lines}[fmt](store)
        if output is None:
            return _write(lines, sys.stdout)
        if output.is_dir():
            raise StoreError(f"{output}: is a folder; --format {fmt} writes one file, give a file path with -o")
        output.parent.mkdir(parents=True, exist_ok=True)
        with output.open("w", encoding="utf-8", newline="\n") as out:
            return _write(lines, out)


def _write(lines: Iterator[str], out: IO[str]) -> int:
    n = 0
    for line in lines:
        out.write(line + "\n")
        n += 1
    return n


def write_tables(store: Store, fmt: str, folder: Path) -> int:
    """Every table as ``folder/<table>.<fmt>``; returns the number of rows written."""
    if folder.exists() and not folder.is_dir():
        raise StoreError(f"{folder}: is a file; --format {fmt} writes one file per table, give a folder with -o")
    folder.mkdir(parents=True, exist_ok=True)
    option = "(FORMAT parquet)" if fmt == "parquet" else "(FORMAT csv, HEADER)"
    total = 0
    for table in EXPORT_TABLES:
        path = _sql_path(folder / f"{table}.{fmt}")
        store.connection.execute(f"COPY (SELECT * FROM {table}) TO '{path}' {option}")
        total += store.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    return total


def jsonl_lines(store: Store) -> Iterator[str]:
    """The record of the latest version of every article, ordered by id."""
    cur = store.connection.cursor()
    cur.execute("SELECT record FROM latest_articles ORDER BY id")
    while rows := cur.fetchmany(500):
        for (record,) in rows:
            yield record


def merged_events(store: Store) -> list[dict[str, Any]]:
    """The merged events in date order, each with its mentions (article, url, sentence, actors' codes)."""
    con = store.connection
    cols = [name for name, _ in TABLES["merged_events"]]
    events = [dict(zip(cols, r)) for r in con.execute(
        f"SELECT {', '.join(cols)} FROM merged_events ORDER BY coalesce(date, first_reported), event_id").fetchall()]
    mentions: dict[str, list[dict[str, Any]]] = {}
    rows = con.execute(
        "SELECT m.event_id, m.article_id, m.sentence, m.published, m.outlet, a.url, e.source_country, "
        "e.source_org, e.source_role, e.target_country, e.target_org, e.target_role, e.plover_mode, e.trigger "
        "FROM event_mentions m JOIN events e ON e.article_id = m.article_id AND e.version = m.version AND e.n = m.n "
        "LEFT JOIN articles a ON a.id = m.article_id AND a.version = m.version "
        "ORDER BY m.published, m.article_id, m.n").fetchall()
    for ev_id, aid, sentence, published, outlet, url, sc, so, sr, tc, to, tr, mode, trigger in rows:
        mentions.setdefault(ev_id, []).append({
            "article": aid, "sentence": sentence, "published": published, "outlet": outlet, "url": url,
            "source": (sc or so, sr), "target": (tc or to, tr), "mode": mode, "trigger": trigger})
    for e in events:
        e["mentions"] = mentions.get(e["event_id"], [])
    return events


def global_event_id(event_id: str) -> int:
    """A stable positive integer for an event id (GDELT's GlobalEventID is an integer)."""
    return int.from_bytes(hashlib.blake2b(event_id.encode(), digest_size=6).digest(), "big")


def iso3(code: str | None) -> str:
    """The code when it is an ISO 3166-1 alpha-3 country code (GDELT's country columns), else empty."""
    return code if code in _ISO3 else ""


def actor_code(code: str | None, role: str | None) -> str:
    """A CAMEO actor code: country or body code plus the role's type code ("USAGOV")."""
    if not code or not code.isupper():
        return ""  # an actor known only by name has no CAMEO code
    return code + ROLE_CODES.get(role or "", "")


def _day(e: dict[str, Any]) -> date | None:
    """GDELT's Day: the event's day when known to the day; for a month or year that holds the first report,
    the day of the first report; for another month or year (a historical or a future event), its first day."""
    first = _parse(e["first_reported"])
    value = e["date"] or ""
    if e["date_precision"] == "day" and _parse(value):
        return _parse(value)
    if len(value) in (4, 7) and not (first and first.isoformat().startswith(value)):
        return _parse(value + "-01-01"[len(value) - 4:]) or first
    return first


def _parse(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value and len(value) >= 10 else None
    except ValueError:
        return None


def _fraction(d: date) -> str:
    """GDELT's FractionDate: the year plus the share of it gone before the day (0 to 0.9999)."""
    days = (date(d.year + 1, 1, 1) - date(d.year, 1, 1)).days
    return f"{d.year + (d.timetuple().tm_yday - 1) / days:.4f}"


def _actor_columns(name: str | None, code: str | None, role: str | None) -> list[str]:
    """Actor code, name, country, known group, ethnic, religion 1 and 2, type 1 to 3 (ten columns)."""
    return [actor_code(code, role), (name or "").upper(), iso3(code), "", "", "", "",
            ROLE_CODES.get(role or "", ""), "", ""]


def gdelt_row(e: dict[str, Any]) -> list[str]:
    """One merged event as the 61 columns of a GDELT 2.0 event export row."""
    d = _day(e)
    first = e["mentions"][0] if e["mentions"] else {}
    s_code, s_role = first.get("source", (e["source_code"], None))
    t_code, t_role = first.get("target", (e["target_code"], None))
    cameo = e["cameo"] or ""
    added = (e["first_reported"] or "")[:10].replace("-", "")
    cols = [str(global_event_id(e["event_id"])),
            d.strftime("%Y%m%d") if d else "", d.strftime("%Y%m") if d else "", str(d.year) if d else "",
            _fraction(d) if d else "",
            *_actor_columns(e["source_name"], s_code, s_role),
            *_actor_columns(e["target_name"], t_code, t_role),
            "1", cameo, cameo[:3], e["root"] or cameo[:2], "" if e["quad_class"] is None else str(e["quad_class"]),
            "" if e["goldstein"] is None else f"{e['goldstein']:.1f}",
            str(e["num_mentions"]), str(e["num_sources"]), str(e["num_articles"]), "",  # AvgTone: not measured
            *([""] * 24),  # Actor1Geo, Actor2Geo, ActionGeo: 8 columns each, not resolved
            added + "000000" if len(added) == 8 else "",
            first.get("url") or first.get("article") or ""]
    return [c.replace("\t", " ").replace("\n", " ") for c in cols]


def gdelt_lines(store: Store) -> Iterator[str]:
    """The merged events as GDELT 2.0 event export lines (tab-separated, no header)."""
    for e in merged_events(store):
        yield "\t".join(gdelt_row(e))


def plover_record(e: dict[str, Any]) -> dict[str, Any]:
    """One merged event as a PLOVER JSON record, with the article sentences that report it."""
    first = e["mentions"][0] if e["mentions"] else {}
    s_code, s_role = first.get("source", (e["source_code"], None))
    t_code, t_role = first.get("target", (e["target_code"], None))
    return {
        "id": e["event_id"], "date": e["date"], "date_precision": e["date_precision"],
        "event_type": e["plover_type"], "mode": first.get("mode"), "context": [],
        "actor": e["source_name"], "actor_country": iso3(s_code) or None, "actor_code": e["source_code"],
        "actor_sector": ROLE_CODES.get(s_role or ""),
        "recipient": e["target_name"], "recipient_country": iso3(t_code) or None, "recipient_code": e["target_code"],
        "recipient_sector": ROLE_CODES.get(t_role or ""),
        "cameo": e["cameo"], "quad_class": e["quad_class"], "goldstein": e["goldstein"],
        "factuality": e["factuality"], "historical": e["historical"], "reciprocal": e["reciprocal"],
        "summary": e["summary"], "event_text": first.get("trigger"), "source_text": first.get("sentence"),
        "url": first.get("url"), "publication": first.get("outlet"), "language": "en",
        "num_mentions": e["num_mentions"], "num_articles": e["num_articles"], "num_sources": e["num_sources"],
        "first_reported": e["first_reported"], "last_reported": e["last_reported"],
        "mentions": [{"article": m["article"], "outlet": m["outlet"], "published": m["published"],
                      "sentence": m["sentence"]} for m in e["mentions"]],
    }


def plover_lines(store: Store) -> Iterator[str]:
    """The merged events as PLOVER JSON records, one per line."""
    for e in merged_events(store):
        yield json.dumps(plover_record(e), ensure_ascii=False)
