"""Integrity of the curated data files in nlp/lexicon: countries, organisations, institutions, offices.

These tests read the TSV files directly (no loader), so a broken row is reported with its file and line.
"""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest
from anyascii import anyascii

LEXICON = Path(__file__).resolve().parents[2] / "src" / "eventwire" / "nlp" / "lexicon"
NON_ISO = {"XKX"}  # Kosovo: user-assigned code, not in ISO 3166-1
ISO3 = {c.alpha_3 for c in pycountry.countries}
OFFICES = {"head_of_state", "head_of_government", "foreign_minister", "defence_minister", "spokesperson",
           "un_ambassador", "security_adviser", "chief_of_staff", "military_chief", "heir", "minister",
           "secretary_general", "envoy", "deputy_head", "official", "legislator"}
BODIES = {"EU", "AU", "UN", "NATO", "IAEA"}  # international bodies with an office file of their own
ROLES = {"government", "military", "legislature", "judiciary", "opposition", "party", "business", "media",
         "police", "intelligence", "igo", "ngo", "armed_group", "civilian"}
KINDS = {"igo", "armed_group", "party", "ngo"}
DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")

# Names that really do name more than one country; the first row in countries.tsv wins in the knowledge base.
AMBIGUOUS_COUNTRY_NAMES = {
    "congolese": "demonym of both Congos; the press means the Democratic Republic far more often",
}
# Names shared by a country row and an organisation or institution row, on purpose.
AMBIGUOUS_ORG_NAMES: dict[str, str] = {}


def norm(text: str) -> str:
    """Fold a name the way the knowledge base matches it: ASCII, lower case, no leading "the", no dots."""
    t = anyascii(text).lower().strip()
    t = re.sub(r"^the\s+", "", t)
    return re.sub(r"[\s.]+", " ", t).strip()


def rows(name: str) -> list[tuple[int, list[str]]]:
    """(line number, cells) of the data rows of a lexicon TSV file, comments and header skipped."""
    lines = [(n, line) for n, line in enumerate((LEXICON / name).read_text(encoding="utf-8").splitlines(), 1)
             if line.strip() and not line.startswith("#")]
    return [(n, line.split("\t")) for n, line in lines[1:]]


def split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


def office_files() -> list[str]:
    return sorted(f"offices/{p.name}" for p in (LEXICON / "offices").glob("*.tsv"))


@pytest.mark.parametrize(("name", "width"), [("countries.tsv", 7), ("orgs.tsv", 5), ("institutions.tsv", 4)]
                         + [(f, 9) for f in office_files()])
def test_every_row_has_the_right_number_of_fields(name, width):
    bad = [n for n, cells in rows(name) if len(cells) != width]
    assert not bad, f"{name}: lines with a field count other than {width}: {bad}"


def test_files_start_with_a_comment_and_a_header():
    for name in ["countries.tsv", "orgs.tsv", "institutions.tsv", *office_files()]:
        lines = (LEXICON / name).read_text(encoding="utf-8").splitlines()
        assert lines[0].startswith("#"), name
        header = next(line for line in lines if not line.startswith("#"))
        assert "\t" in header and not header[:1].isupper(), f"{name}: no header line"


def test_countries_cover_iso_3166_and_use_valid_codes():
    codes = [cells[0] for _, cells in rows("countries.tsv")]
    assert len(codes) == len(set(codes)), "a country listed twice"
    assert set(codes) <= ISO3 | NON_ISO
    assert ISO3 <= set(codes), f"ISO countries without a row: {sorted(ISO3 - set(codes))}"
    assert {"TWN", "PSE", "XKX"} <= set(codes)


def test_no_name_points_to_two_countries():
    owners: dict[str, set[str]] = defaultdict(set)
    for _, (iso, name, aliases, demonyms, capital, seats, military) in rows("countries.tsv"):
        for cell in (name, aliases, demonyms, capital, seats, military):
            for value in split(cell):
                owners[norm(value)].add(iso)
    clashes = {k: sorted(v) for k, v in owners.items() if len(v) > 1 and k not in AMBIGUOUS_COUNTRY_NAMES}
    assert not clashes, f"names claimed by several countries: {clashes}"


def test_common_press_names_resolve_to_the_right_country():
    by_name = {}
    for _, (iso, name, aliases, demonyms, *_rest) in rows("countries.tsv"):
        for value in (name, *split(aliases), *split(demonyms)):
            by_name.setdefault(norm(value), iso)
    expected = {"the U.S.": "USA", "Britain": "GBR", "South Korea": "KOR", "DPRK": "PRK", "Iran": "IRN",
                "Syria": "SYR", "Russia": "RUS", "Ivory Coast": "CIV", "Burma": "MMR", "Gaza": "PSE",
                "Taiwanese": "TWN", "Kosovar": "XKX", "Emirati": "ARE", "Türkiye": "TUR", "DRC": "COD"}
    assert {k: by_name.get(norm(k)) for k in expected} == expected


def test_orgs_have_unique_codes_valid_kinds_and_countries():
    codes = [cells[0] for _, cells in rows("orgs.tsv")]
    assert len(codes) == len(set(codes)), "an org code used twice"
    assert not set(codes) & ISO3, "an org code that reads as a country code"
    for n, (code, name, _aliases, kind, country) in rows("orgs.tsv"):
        assert code and name, f"orgs.tsv:{n}"
        assert kind in KINDS, f"orgs.tsv:{n}: kind {kind!r}"
        assert not country or country in ISO3 | NON_ISO, f"orgs.tsv:{n}: country {country!r}"


def test_institutions_have_valid_countries_and_roles():
    for n, (name, _aliases, country, role) in rows("institutions.tsv"):
        assert name, f"institutions.tsv:{n}"
        assert country in ISO3 | NON_ISO, f"institutions.tsv:{n}: country {country!r}"
        assert role in ROLES, f"institutions.tsv:{n}: role {role!r}"


def test_no_name_points_to_two_bodies_or_to_a_body_and_a_country():
    owners: dict[str, set[str]] = defaultdict(set)
    for _, (code, name, aliases, _kind, _country) in rows("orgs.tsv"):
        for value in (code, name, *split(aliases)):
            owners[norm(value)].add(f"org:{code}")
    for _, (name, aliases, country, _role) in rows("institutions.tsv"):
        for value in (name, *split(aliases)):
            owners[norm(value)].add(f"inst:{country}:{name}")
    clashes = {k: sorted(v) for k, v in owners.items() if len(v) > 1}
    assert not clashes, f"names claimed by several bodies: {clashes}"
    countries = set()
    for _, (_iso, name, aliases, demonyms, *_rest) in rows("countries.tsv"):
        countries |= {norm(v) for v in (name, *split(aliases), *split(demonyms))}
    shared = sorted((countries & owners.keys()) - AMBIGUOUS_ORG_NAMES.keys())
    assert not shared, f"names of both a country and a body: {shared}"


@pytest.mark.parametrize("name", office_files())
def test_office_rows_are_well_formed(name):
    code = Path(name).stem
    for n, (person, aliases, country, office, title, role, start, end, source) in rows(name):
        where = f"{name}:{n}"
        assert person and title and source, where
        assert country == code and country in ISO3 | NON_ISO | BODIES, where
        assert office in OFFICES, f"{where}: office {office!r}"
        assert role in ROLES, f"{where}: role {role!r}"
        assert DATE.fullmatch(start) and (not end or DATE.fullmatch(end)), f"{where}: dates {start!r} {end!r}"
        assert not end or start[:len(end)] <= end[:len(start)], f"{where}: ends before it starts"
        assert person not in split(aliases), f"{where}: name repeated in aliases"
