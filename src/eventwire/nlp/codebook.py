"""The CAMEO codebook: code names, Goldstein weights, QuadClass and the CAMEO -> PLOVER map.

Facts live in two data files under ``nlp/lexicon/``: ``cameo.tsv`` (one row per CAMEO 1.1b3 code) and
``plover.tsv`` (the 2021 CAMEO -> PLOVER table, one row per mapped code, inheritance already applied).
``load_codebook()`` reads them once per process.

QuadClass rule (on the two-digit root): 1 verbal cooperation (01-05), 2 material cooperation (06-08),
3 verbal conflict (09-13), 4 material conflict (14-20).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from eventwire.errors import LexiconError

LEXICON = Path(__file__).resolve().parent / "lexicon"
CAMEO_FILE = LEXICON / "cameo.tsv"
PLOVER_FILE = LEXICON / "plover.tsv"

PLOVER_TYPES = frozenset(
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST "
    "ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split()
)
_CODE = re.compile(r"(?:0[1-9]|1[0-9]|20)[0-9]{0,2}")


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO code: its name, Goldstein weight (None if unpublished) and QuadClass."""

    code: str
    name: str
    goldstein: float | None
    quad_class: int


def quad_class_of_root(root: str) -> int:
    """QuadClass of a two-digit root ("01".."20") by the standard rule."""
    number = int(root)
    if not 1 <= number <= 20:
        raise ValueError(f"not a CAMEO root: {root!r}")
    if number <= 5:
        return 1
    if number <= 8:
        return 2
    return 3 if number <= 13 else 4


def _rows(path: Path, header: list[str]) -> list[tuple[int, list[str]]]:
    """Data rows of a TSV file with `#` comments, as (line number, cells); checks header and width."""
    rows: list[tuple[int, list[str]]] = []
    seen_header = False
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            text = line.rstrip("\n")
            if not text.strip() or text.startswith("#"):
                continue
            cells = text.split("\t")
            if not seen_header:
                if cells != header:
                    raise LexiconError(f"{path}:{number}: header should be {'<TAB>'.join(header)}")
                seen_header = True
                continue
            if len(cells) != len(header):
                raise LexiconError(f"{path}:{number}: expected {len(header)} tab-separated cells, got {len(cells)}")
            rows.append((number, cells))
    if not seen_header:
        raise LexiconError(f"{path}: no header line {'<TAB>'.join(header)}")
    return rows


def _check_code(path: Path, number: int, code: str) -> None:
    """Raise LexiconError unless `code` looks like a CAMEO code string."""
    if not _CODE.fullmatch(code):
        raise LexiconError(f"{path}:{number}: {code!r} is not a CAMEO code (2-4 digits, root 01-20, leading zero kept)")


def _parse_cameo(path: Path) -> dict[str, CameoCode]:
    """Read cameo.tsv into code -> CameoCode."""
    codes: dict[str, CameoCode] = {}
    for number, (code, name, goldstein, quad) in _rows(path, ["code", "name", "goldstein", "quad_class"]):
        _check_code(path, number, code)
        if code in codes:
            raise LexiconError(f"{path}:{number}: code {code} appears twice")
        try:
            weight = float(goldstein) if goldstein else None
            quad_class = int(quad)
        except ValueError:
            raise LexiconError(f"{path}:{number}: goldstein {goldstein!r} or quad_class {quad!r} is not a number") from None
        if weight is not None and not -10.0 <= weight <= 10.0:
            raise LexiconError(f"{path}:{number}: goldstein {weight} is outside -10..10")
        if quad_class != quad_class_of_root(code[:2]):
            raise LexiconError(f"{path}:{number}: quad_class {quad_class} breaks the QuadClass rule for root {code[:2]}")
        if not name.strip():
            raise LexiconError(f"{path}:{number}: code {code} has no name")
        codes[code] = CameoCode(code, name.strip(), weight, quad_class)
    return codes


def _parse_plover(path: Path, known: dict[str, CameoCode]) -> dict[str, tuple[str, str | None]]:
    """Read plover.tsv into CAMEO code -> (PLOVER type, mode or None)."""
    mapping: dict[str, tuple[str, str | None]] = {}
    for number, (code, kind, mode, _context) in _rows(path, ["cameo", "plover_type", "plover_mode", "plover_context"]):
        if code not in known:
            raise LexiconError(f"{path}:{number}: {code!r} is not a code of {CAMEO_FILE.name}")
        if kind not in PLOVER_TYPES:
            raise LexiconError(f"{path}:{number}: {kind!r} is not one of PLOVER's 16 event types")
        mapping[code] = (kind, mode or None)
    return mapping


@dataclass(frozen=True)
class Codebook:
    """CAMEO codes and their PLOVER types; look-ups take code strings with leading zeros ("0211")."""

    codes: dict[str, CameoCode]
    plover_map: dict[str, tuple[str, str | None]]

    def is_valid(self, code: str) -> bool:
        """True if `code` is a CAMEO code of the codebook."""
        return code in self.codes

    def _get(self, code: str) -> CameoCode:
        try:
            return self.codes[code]
        except KeyError:
            raise KeyError(f"unknown CAMEO code {code!r}") from None

    def name(self, code: str) -> str:
        """Short name of `code` ("Demand economic aid")."""
        return self._get(code).name

    def goldstein(self, code: str) -> float | None:
        """Goldstein weight of `code` (-10..10), None where no weight is published."""
        return self._get(code).goldstein

    def quad_class(self, code: str) -> int:
        """QuadClass 1-4 of `code`."""
        return self._get(code).quad_class

    def root(self, code: str) -> str:
        """Two-digit root of `code` ("0211" -> "02")."""
        return self._get(code).code[:2]

    def plover(self, code: str) -> tuple[str, str | None] | None:
        """(PLOVER type, mode or None) of `code`; None where PLOVER has no counterpart (roots 01, 02)."""
        self._get(code)
        return self.plover_map.get(code)

    def describe(self, code: str) -> str:
        """One line: code, name, Goldstein, QuadClass and PLOVER type/mode."""
        entry = self._get(code)
        weight = "n/a" if entry.goldstein is None else f"{entry.goldstein:+g}"
        plover = self.plover(code)
        target = "-" if plover is None else "/".join(part for part in plover if part)
        return f"{code} {entry.name} (Goldstein {weight}, QuadClass {entry.quad_class}, PLOVER {target})"


def read_codebook(cameo_path: Path = CAMEO_FILE, plover_path: Path = PLOVER_FILE) -> Codebook:
    """Read a codebook from the two files (uncached; tests use it on their own files)."""
    codes = _parse_cameo(cameo_path)
    return Codebook(codes, _parse_plover(plover_path, codes))


@functools.lru_cache(maxsize=1)
def load_codebook() -> Codebook:
    """The project's codebook, read once per process."""
    return read_codebook()
