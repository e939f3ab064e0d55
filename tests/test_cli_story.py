"""The story commands end to end on the bundled samples: from files and from a store."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app

REPO = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.model
runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "samples.duckdb"
    result = runner.invoke(app, ["ingest", str(REPO / "samples"), "--db", str(path), "-q"])
    assert result.exit_code == 0, result.output
    return path


def test_timeline_from_files_and_from_the_store_agree(db):
    from_files = runner.invoke(app, ["timeline", str(REPO / "samples"), "--format", "json", "-q"])
    from_db = runner.invoke(app, ["timeline", "--db", str(db), "--format", "json"])
    assert from_files.exit_code == 0 and from_db.exit_code == 0, from_files.output + from_db.output
    a, b = json.loads(from_files.stdout), json.loads(from_db.stdout)
    assert a["entries"] and [e["summary"] for e in a["entries"]] == [e["summary"] for e in b["entries"]]
    for e in a["entries"]:
        assert {"date", "summary", "mentions", "cameo", "goldstein"} <= e.keys()
        assert all({"article", "sentence"} <= m.keys() for m in e["mentions"])
    dates = [e["date"] or e["first_reported"] or "9999" for e in a["entries"]]  # undated last
    assert dates == sorted(dates)


def test_timeline_filters_and_html(db, tmp_path):
    result = runner.invoke(app, ["timeline", "--db", str(db), "--actor", "USA", "--actor", "RUS",
                                 "--format", "json"])
    entries = json.loads(result.stdout)["entries"]
    assert entries
    for e in entries:
        codes = {(e["source"] or {}).get("country"), (e["target"] or {}).get("country")}
        assert "USA" in codes and "RUS" in codes
    page = tmp_path / "t.html"
    assert runner.invoke(app, ["timeline", "--db", str(db), "--format", "html", "-o", str(page)]).exit_code == 0
    assert "<ol>" in page.read_text(encoding="utf-8")
    bad = runner.invoke(app, ["timeline", "--db", str(db), "--since", "last week"])
    assert bad.exit_code != 0 and "YYYY" in bad.output
    both = runner.invoke(app, ["timeline", str(REPO / "samples"), "--db", str(db)])
    assert both.exit_code != 0 and "either" in both.output


def test_compare_actors_search_and_export(db, tmp_path):
    cmp = runner.invoke(app, ["compare", "--db", str(db), "--format", "json"])
    assert cmp.exit_code == 0, cmp.output
    assert json.loads(cmp.stdout)["outlets"]
    actors = runner.invoke(app, ["actors", "--db", str(db), "--name", "Putin", "--format", "json"])
    assert actors.exit_code == 0 and json.loads(actors.stdout)[0]["id"] == "person:vladimir-putin"
    hits = runner.invoke(app, ["search", "diplomats", "--db", str(db)])
    assert hits.exit_code == 0 and "samples/" in hits.stdout
    out = tmp_path / "events.tsv"
    assert runner.invoke(app, ["export", "--db", str(db), "--format", "gdelt", "-o", str(out)]).exit_code == 0
    assert all(len(line.split("\t")) == 61 for line in out.read_text(encoding="utf-8").splitlines())
    missing = runner.invoke(app, ["timeline", "--db", str(tmp_path / "none.duckdb")])
    # the error panel wraps long paths: compare with the line breaks folded
    assert missing.exit_code == 2 and "no such database" in " ".join(missing.output.split())
