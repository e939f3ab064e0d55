"""The CAMEO codebook and CAMEO -> PLOVER map, checked against the shared reference tables."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from eventwire.errors import LexiconError
from eventwire.nlp.codebook import PLOVER_TYPES, load_codebook, read_codebook

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
ICEWS_CODES = SHARED / "cameo-icews" / "cameo-codes.csv"
PLOVER_TABLE = SHARED / "plover" / "CAMEO2PLOVER-2021.txt"

# Codes of the reference tables that cameo.tsv/plover.tsv deliberately do not carry.
ONLY_IN_ICEWS: set[str] = set()  # cameo.tsv holds every ICEWS code, 1213 included
PLOVER_ONLY_CODES = {"1214"}  # "Reject intelligence cooperation": added by PLOVER, not a CAMEO 1.1b3 code
# Root 08 is listed twice in the PLOVER table (CONCEDE, then RETREAT); plover.tsv keeps the first for the
# root row, and the RETREAT part (084-087) is carried by those codes' own rows.
PLOVER_SECOND_LISTINGS = {("08", "RETREAT")}


def _plover_reference() -> list[tuple[str, str, str]]:
    """(code, type, mode) for each mapping line of the 2021 table."""
    rows = []
    for line in PLOVER_TABLE.read_text(encoding="utf-8", errors="replace").splitlines():
        body = line.split("#", 1)[0].strip()
        if not body or ":" not in body:
            continue
        code, rest = (part.strip() for part in body.split(":", 1))
        cells = [cell.strip() for cell in rest.split(",")] + ["", ""]
        rows.append((code, cells[0], cells[1]))
    return rows


needs_shared = pytest.mark.skipif(
    not (ICEWS_CODES.exists() and PLOVER_TABLE.exists()),
    reason=f"reference tables not found under {SHARED} (the shared data folder sits beside the checkout)",
)


@needs_shared
def test_every_icews_code_is_in_the_codebook_and_vice_versa():
    book = load_codebook()
    with ICEWS_CODES.open(encoding="latin-1", newline="") as handle:
        reference = {row["code"]: row for row in csv.DictReader(handle)}
    assert set(reference) - set(book.codes) == ONLY_IN_ICEWS
    assert set(book.codes) - set(reference) == set()
    for code, row in reference.items():
        if row["goldstein"] not in ("", "NA"):
            assert book.goldstein(code) == pytest.approx(float(row["goldstein"])), code


@needs_shared
def test_every_plover_mapping_agrees():
    book = load_codebook()
    checked = 0
    for code, kind, mode in _plover_reference():
        if code in PLOVER_ONLY_CODES or (code, kind) in PLOVER_SECOND_LISTINGS:
            continue
        assert book.plover(code) == (kind, mode or None), code
        checked += 1
    assert checked > 250


def test_quad_classes_follow_the_root_rule():
    book = load_codebook()
    assert book.quad_class("010") == 1 and book.quad_class("0211") == 1 and book.quad_class("057") == 1
    assert book.quad_class("0841") == 2 and book.quad_class("073") == 2
    assert book.quad_class("112") == 3 and book.quad_class("138") == 3
    assert book.quad_class("163") == 4 and book.quad_class("1823") == 4 and book.quad_class("20") == 4


def test_lookups_and_inheritance():
    book = load_codebook()
    assert book.root("0211") == "02" and book.root("1663") == "16"
    assert book.is_valid("043") and not book.is_valid("43") and not book.is_valid("099")
    assert book.plover("010") is None  # statements have no PLOVER type
    assert book.plover("0874") == ("RETREAT", "disarm")
    assert book.plover("190")[0] == "ASSAULT"
    assert {kind for kind, _ in book.plover_map.values()} == PLOVER_TYPES
    assert book.goldstein("20") == pytest.approx(-10.0)
    assert "163" in book.describe("163") and "Goldstein -8" in book.describe("163")
    with pytest.raises(KeyError):
        book.name("999")


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_malformed_row_names_file_and_line(tmp_path: Path):
    plover = _write(tmp_path / "plover.tsv", ["cameo\tplover_type\tplover_mode\tplover_context"])
    cameo = _write(
        tmp_path / "cameo.tsv",
        ["# test file", "code\tname\tgoldstein\tquad_class", "010\tMake statement\t0\t1", "043\tHost a visit\tabc\t1"],
    )
    with pytest.raises(LexiconError, match=r"cameo\.tsv:4:"):
        read_codebook(cameo, plover)


def test_wrong_quad_class_and_unknown_plover_type_are_rejected(tmp_path: Path):
    header = "code\tname\tgoldstein\tquad_class"
    cameo = _write(tmp_path / "cameo.tsv", [header, "173\tArrest\t-5\t2"])
    plover = _write(tmp_path / "plover.tsv", ["cameo\tplover_type\tplover_mode\tplover_context"])
    with pytest.raises(LexiconError, match=r"cameo\.tsv:2:.*QuadClass"):
        read_codebook(cameo, plover)
    cameo = _write(tmp_path / "cameo.tsv", [header, "173\tArrest\t-5\t4"])
    plover = _write(tmp_path / "plover.tsv", ["cameo\tplover_type\tplover_mode\tplover_context", "173\tDETAIN\t\t"])
    with pytest.raises(LexiconError, match=r"plover\.tsv:2:.*16 event types"):
        read_codebook(cameo, plover)
