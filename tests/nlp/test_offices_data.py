"""Validity of the dated-office files in nlp/lexicon/offices/ and of the checker that guards them."""
from __future__ import annotations

import pytest

from eventwire.nlp.kb import load_kb
from eventwire.nlp.offices_check import (HEADER, NON_ISO_CODES, OFFICES, check_all, check_file, check_text,
                                         offices_folder, valid_date)

HEAD = "# a test file\n" + "\t".join(HEADER) + "\n"
GOOD = "Jane Example\tJane Q. Example\tFRA\tforeign_minister\tForeign Minister\tgovernment\t2001-02-03\t2004-05\tlist"
OFFICE_FILES = sorted(p.name for p in offices_folder().iterdir() if p.name.endswith(".tsv"))


def test_the_folder_holds_the_g20_files():
    for code in ("USA", "RUS", "CHN", "GBR", "FRA", "DEU", "JPN", "ITA", "CAN", "EU"):
        assert f"{code}.tsv" in OFFICE_FILES


def test_every_international_body_has_a_file_and_an_org_code():
    kb = load_kb()
    for code in NON_ISO_CODES:
        assert f"{code}.tsv" in OFFICE_FILES and kb.org(code) is not None and kb.org(code).code == code
        assert kb.is_body(code)
    assert not kb.is_body("USA") and not kb.is_body(None)


@pytest.mark.parametrize("office", sorted(OFFICES))
def test_every_office_value_passes(office):
    assert check_text(HEAD + GOOD.replace("foreign_minister", office) + "\n", "FRA") == []


@pytest.mark.parametrize("name", OFFICE_FILES)
def test_office_file_is_valid(name):
    assert check_file(offices_folder() / name) == []


def test_check_all_covers_every_file():
    assert sorted(check_all()) == OFFICE_FILES


def test_a_good_row_passes():
    assert check_text(HEAD + GOOD + "\n", "FRA") == []


@pytest.mark.parametrize("row, expected", [
    ("Jane Example\t\tFRA\tforeign_minister\tForeign Minister\tgovernment\t2001-02-03\tlist", "8 fields"),
    (GOOD.replace("\tFRA\t", "\tFRX\t"), "unknown country 'FRX'"),
    (GOOD.replace("foreign_minister", "foreign_secretary"), "unknown office"),
    (GOOD.replace("foreign_minister", "ambassador"), "unknown office"),
    (GOOD.replace("\tgovernment\t", "\tgovernmint\t"), "unknown role"),
    (GOOD.replace("2001-02-03", "2001-02-30"), "bad start date"),
    (GOOD.replace("2001-02-03", "3 Feb 2001"), "bad start date"),
    (GOOD.replace("2004-05", "2000-12-31"), "after end"),
    (GOOD.replace("Jane Q. Example", "Jane Q. Example|Example"), "bare surname"),
    (GOOD.replace("Jane Example\t", "\t"), "empty name"),
    (GOOD.replace("\t2001-02-03\t", "\t\t"), "empty start"),
])
def test_a_malformed_row_is_reported(row, expected):
    problems = check_text(HEAD + row + "\n", "FRA")
    assert any(expected in p for p in problems), problems
    assert problems[0].startswith("line 3:")


def test_a_missing_header_is_reported():
    assert "missing header" in check_text("# comment only\n" + GOOD + "\n")[0]


def test_an_exact_duplicate_row_is_reported():
    assert check_text(HEAD + GOOD + "\n" + GOOD + "\n") == ["line 4: duplicate of line 3"]


def test_a_row_of_another_country_in_a_file_is_reported():
    assert "in the file of DEU" in check_text(HEAD + GOOD + "\n", "DEU")[0]


def test_a_malformed_file_on_disk_fails(tmp_path):
    path = tmp_path / "FRA.tsv"
    path.write_text(HEAD + GOOD.replace("FRA", "XXX") + "\n", encoding="utf-8")
    assert check_file(path) and check_all(tmp_path) == {"FRA.tsv": check_file(path)}


@pytest.mark.parametrize("text, ok", [("2020", True), ("2020-02", True), ("2020-02-29", True),
                                      ("2019-02-29", False), ("2020-13", False), ("20-02-01", False), ("", False)])
def test_valid_date(text, ok):
    assert valid_date(text) is ok


def test_mononyms_and_acronyms_are_not_bare_surnames():
    assert check_text(HEAD + GOOD.replace("Jane Q. Example", "Jane Q. Example|JQE|Janie") + "\n") == []


@pytest.mark.parametrize("name, date, country, office", [
    ("Sergey V. Lavrov", "2020-01-01", "RUS", "foreign_minister"),
    ("Boris Johnson", "2017-05-01", "GBR", "foreign_minister"),
    ("Boris Johnson", "2020-05-01", "GBR", "head_of_government"),
    ("Ursula von der Leyen", "2015-01-01", "DEU", "defence_minister"),
    ("Ursula von der Leyen", "2022-01-01", "EU", "head_of_government"),
    ("Dmitri Peskov", "2023-01-01", "RUS", "spokesperson"),
    ("Antonio Guterres", "2017-06-01", "UN", "secretary_general"),
    ("Antonio Guterres", "2010-06-01", "UN", "secretary_general"),  # High Commissioner for Refugees
    ("Staffan de Mistura", "2017-06-01", "UN", "envoy"),
    ("Jens Stoltenberg", "2017-06-01", "NATO", "secretary_general"),
    ("Yukiya Amano", "2017-06-01", "IAEA", "secretary_general"),
    ("Nikki Haley", "2017-06-01", "USA", "un_ambassador"),
    ("Vassily Nebenzia", "2018-06-01", "RUS", "un_ambassador"),
    ("Michael Flynn", "2017-02-01", "USA", "security_adviser"),
    ("John Kelly", "2018-06-01", "USA", "chief_of_staff"),
    ("John Kelly", "2017-03-01", "USA", "minister"),
    ("Heather Nauert", "2017-08-01", "USA", "spokesperson"),
    ("Joseph Dunford", "2017-06-01", "USA", "military_chief"),
    ("Qamar Javed Bajwa", "2017-06-01", "PAK", "military_chief"),
    ("Juan Orlando Hernandez", "2017-06-01", "HND", "head_of_state"),
])
def test_the_knowledge_base_reads_the_tenures(name, date, country, office):
    kb = load_kb()
    held = kb.holders(kb.person_key(name), date)
    assert [(o.country, o.office) for o in held] == [(country, office)]


def test_a_tenure_does_not_cover_dates_outside_it():
    kb = load_kb()
    assert kb.holders(kb.person_key("Sergei Lavrov"), "2003-01-01") == []


def test_a_crown_prince_who_is_also_a_minister_holds_both():
    kb = load_kb()
    held = kb.holders(kb.person_key("Mohammed bin Salman"), "2018-06-01")
    assert sorted(o.office for o in held) == ["defence_minister", "heir"]
