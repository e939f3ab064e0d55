"""Validity checks for the dated-office files in nlp/lexicon/offices/ (one TSV per country or body).

Used by the tests and usable by hand: ``python -m eventwire.nlp.offices_check`` prints every problem found.
"""
from __future__ import annotations

import re
import sys
from datetime import date
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

import pycountry

from eventwire.nlp.kb import OFFICE_ORDER

HEADER = ("name", "aliases", "country", "office", "title", "role", "start", "end", "source")
#: head_of_state, head_of_government, foreign_minister, defence_minister, spokesperson; un_ambassador (a
#: state's permanent representative to the UN), security_adviser (national security adviser or the like),
#: chief_of_staff (head of the leader's office), military_chief (chief of the armed forces, army chief,
#: chairman of the joint chiefs), heir (crown prince), minister (other cabinet ministers), secretary_general
#: (head of an international body or of one of its agencies), envoy (a body's special envoy), official (other
#: officials of a state: agency heads, intelligence chiefs, special counsels, deputy and acting secretaries),
#: legislator (a member of a national legislature)
OFFICES = frozenset(OFFICE_ORDER)
ROLES = frozenset({"government", "military", "legislature", "judiciary", "opposition", "party", "business", "media",
                   "police", "intelligence", "igo", "ngo", "armed_group", "civilian"})
#: International bodies with an office file; each is also a code of orgs.tsv, the body's `org` in events.
NON_ISO_CODES = frozenset({"EU", "AU", "UN", "NATO", "IAEA"})
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def offices_folder() -> Traversable:
    """The packaged folder of office files."""
    return resources.files("eventwire.nlp") / "lexicon" / "offices"


def valid_date(text: str) -> bool:
    """True for an ISO date of any precision: YYYY, YYYY-MM or YYYY-MM-DD (a real calendar day)."""
    m = _DATE.match(text)
    if not m:
        return False
    year, month, day = (int(g) if g else None for g in m.groups())
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        return False
    return True


def _starts_after_end(start: str, end: str) -> bool:
    n = min(len(start), len(end))  # compare at the coarser precision: "2019-07" vs "2019-07-18" is fine
    return start[:n] > end[:n]


def valid_country(code: str) -> bool:
    """True for an ISO 3166-1 alpha-3 code known to pycountry, or the code of a body in NON_ISO_CODES."""
    return code in NON_ISO_CODES or pycountry.countries.get(alpha_3=code) is not None


def check_row(cells: list[str]) -> list[str]:
    """Problems with one data row (already split on tabs); empty when the row is valid."""
    if len(cells) != len(HEADER):
        return [f"{len(cells)} fields, expected {len(HEADER)}"]
    row = dict(zip(HEADER, (c.strip() for c in cells)))
    problems = [f"empty {k}" for k in ("name", "country", "office", "title", "role", "start", "source") if not row[k]]
    if row["country"] and not valid_country(row["country"]):
        problems.append(f"unknown country {row['country']!r}")
    if row["office"] and row["office"] not in OFFICES:
        problems.append(f"unknown office {row['office']!r}")
    if row["role"] and row["role"] not in ROLES:
        problems.append(f"unknown role {row['role']!r}")
    for key in ("start", "end"):
        if row[key] and not valid_date(row[key]):
            problems.append(f"bad {key} date {row[key]!r}")
    if valid_date(row["start"]) and valid_date(row["end"]) and _starts_after_end(row["start"], row["end"]):
        problems.append(f"start {row['start']} after end {row['end']}")
    problems += [f"alias {a!r} is a bare surname" for a in _bare_surnames(row["name"], row["aliases"])]
    return problems


def _bare_surnames(name: str, aliases: str) -> list[str]:
    """Single-word aliases that are the name's last word ("Lavrov" for "Sergei Lavrov"): the resolver derives
    those itself. Other single words (mononyms and acronyms the press uses, "Lula", "AMLO") are allowed."""
    surname = name.split()[-1].casefold() if name.split() else ""
    return [a for a in (x.strip() for x in aliases.split("|"))
            if a and len(a.split()) == 1 and (a.casefold() == surname or not surname)]


def check_text(text: str, code: str | None = None) -> list[str]:
    """Problems in the text of one office file, each prefixed with its line number. ``code`` is the file's
    country code (its name without .tsv): when given, every row's country must equal it."""
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip() and not line.startswith("#")]
    if not lines or tuple(c.strip() for c in lines[0][1].split("\t")) != HEADER:
        return ["line 1: missing header line " + "\\t".join(HEADER)]
    problems, seen = [], {}
    for number, line in lines[1:]:
        cells = line.split("\t")
        found = check_row(cells)
        if code and len(cells) == len(HEADER) and cells[2].strip() != code:
            found.append(f"country {cells[2].strip()!r} in the file of {code}")
        if line in seen:
            found.append(f"duplicate of line {seen[line]}")
        seen.setdefault(line, number)
        problems += [f"line {number}: {p}" for p in found]
    return problems


def check_file(path: Traversable | Path) -> list[str]:
    """Problems in one office file (``<CODE>.tsv``)."""
    return check_text(path.read_text(encoding="utf-8"), path.name.removesuffix(".tsv"))


def check_all(folder: Traversable | Path | None = None) -> dict[str, list[str]]:
    """Problems per file for every ``.tsv`` file in ``folder`` (default: the packaged offices folder)."""
    folder = folder or offices_folder()
    return {p.name: check_file(p) for p in sorted(folder.iterdir(), key=lambda p: p.name) if p.name.endswith(".tsv")}


if __name__ == "__main__":
    report = {name: probs for name, probs in check_all().items() if probs}
    for name, probs in report.items():
        print("\n".join(f"{name}: {p}" for p in probs))
    sys.exit(1 if report else 0)
