"""Accuracy gate: quotes on the polnear-dev gold, through `eventwire analyze` and ../shared/eval/score.py.

Floors sit a little below the dev figures reached (docs/evaluation.md); raise them as quality rises, never
lower them silently.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from eventwire.ingest.readers import read_inputs
from eventwire.run.local import AnalyzeOptions, analyze

pytestmark = [pytest.mark.gate, pytest.mark.model]
FLOORS = {"precision": 0.94, "recall": 0.93, "speaker_acc": 0.91, "indirect_recall": 0.57}


def test_polnear_dev_quotes_meet_the_floors(shared, tmp_path):
    gold = shared / "eval" / "gold" / "polnear-dev"
    errors = []
    out = tmp_path / "quotes.jsonl"
    articles = analyze(read_inputs([str(gold / "input.jsonl")], errors.append), errors.append,
                       AnalyzeOptions(components=("actors", "quotes")))
    with out.open("w", encoding="utf-8") as handle:
        for article in articles:
            handle.write(article.to_json() + "\n")
    assert not errors
    cmd = [sys.executable, str(shared / "eval" / "score.py"), "--gold", str(gold), "--articles", str(out), "--json"]
    q = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)["quotes"]
    got = {"precision": q["direct"]["precision"], "recall": q["direct"]["recall"],
           "speaker_acc": q["direct"]["speaker_acc"], "indirect_recall": q["indirect"]["recall"]}
    for figure, floor in FLOORS.items():
        assert got[figure] >= floor, f"{figure} fell to {got[figure]:.3f} (floor {floor})"
