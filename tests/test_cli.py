"""End-to-end tests of the command line on the bundled samples and on inputs written here."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app

REPO = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.model
runner = CliRunner()


def records(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_analyze_samples_writes_one_record_per_article(tmp_path):
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["analyze", str(REPO / "samples"), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    recs = records(out.read_text(encoding="utf-8"))
    assert len(recs) == 6  # 1 csv row, 2 jsonl lines, 1 html page, 2 text files
    keys = {"id", "title", "outlet", "author", "published", "genre", "text", "removed", "version", "entities",
            "quotes", "events"}
    for rec in recs:
        assert keys <= rec.keys()
        for ent in rec["entities"]:
            for m in ent["mentions"]:
                assert rec["text"][m["start"]:m["end"]] == m["text"]


def test_analyze_is_deterministic_byte_for_byte(tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    for out in (a, b):
        assert runner.invoke(app, ["analyze", str(REPO / "samples"), "-o", str(out), "-q"]).exit_code == 0
    assert a.read_bytes() == b.read_bytes()


def test_analyze_to_stdout_and_bad_inputs_are_skipped(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("The prime minister of Canada visited Japan on Monday. The two leaders discussed trade.\n",
                    encoding="utf-8")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "The council met."}\n{broken\n', encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(good), str(bad), str(empty), str(tmp_path / "nope.txt")])
    assert result.exit_code == 0
    recs = records(result.stdout)
    assert [r["id"] for r in recs] == [str(good), f"{bad}:1"]
    assert f"{bad}:2" in result.stderr and "invalid JSON" in result.stderr
    assert "empty" in result.stderr and "no such file" in result.stderr
    strict = runner.invoke(app, ["analyze", str(good), str(empty), "--strict", "-q"])
    assert strict.exit_code == 1


def test_summary_prints_a_table(tmp_path):
    out = tmp_path / "out.jsonl"
    runner.invoke(app, ["analyze", str(REPO / "samples"), "-o", str(out), "-q"])
    result = runner.invoke(app, ["summary", str(out)])
    assert result.exit_code == 0
    assert "6 analyzed articles" in result.stdout


def test_stdin_is_read(tmp_path):
    result = runner.invoke(app, ["analyze", "-", "-q"],
                           input='{"id": "s1", "text": "Germany and France signed a treaty in Aachen."}\n')
    assert result.exit_code == 0, result.output
    assert records(result.stdout)[0]["id"] == "s1"


def test_quotes_and_events_commands_filter_and_print_json(tmp_path):
    page = tmp_path / "a.txt"
    # a test fixture, not a report: the minister is fictional
    page.write_text("Chile expels envoy\n\nChile expelled the Peruvian ambassador on Monday, the foreign "
                    "ministry said. \"We had no other choice,\" Foreign Minister Ilse Varga told reporters.\n",
                    encoding="utf-8")
    result = runner.invoke(app, ["quotes", str(page), "--format", "json", "-q"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert any(r["kind"] == "direct" and "no other choice" in r["text"] for r in rows)
    result = runner.invoke(app, ["events", str(page), "--format", "json", "--root", "17", "-q"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows and all(r["root"] == "17" for r in rows)
    assert all(r["article"] == str(page) for r in rows)
    result = runner.invoke(app, ["events", str(page), "--root", "42"])
    assert result.exit_code != 0 and "CAMEO root" in result.output


def test_story_commands_read_analyzed_records_back_without_analyzing_again(tmp_path):
    out = tmp_path / "out.jsonl"
    assert runner.invoke(app, ["analyze", str(REPO / "samples"), "-o", str(out), "-q"]).exit_code == 0
    from_records = runner.invoke(app, ["timeline", str(out), "--format", "json", "-q"])
    from_samples = runner.invoke(app, ["timeline", str(REPO / "samples"), "--format", "json", "-q"])
    assert from_records.exit_code == 0, from_records.output
    assert json.loads(from_records.stdout) == json.loads(from_samples.stdout)
