"""Accuracy gate: page cleaning on the pasted-pages dev gold, scored by ../shared/eval/score.py.

Floors sit a little below the figures reached (docs/evaluation.md); raise them as quality rises, never lower
them silently.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from eventwire.ingest.clean import clean_text

pytestmark = pytest.mark.gate
FLOORS = {"junk_removed": 0.89, "body_kept": 0.97}


def test_pasted_pages_cleaning_meets_the_floors(shared, tmp_path):
    gold = shared / "eval" / "gold" / "pasted-pages"
    out = tmp_path / "clean.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for line in (gold / "input.jsonl").read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            page = clean_text(rec["text"], url=rec.get("url"))
            handle.write(json.dumps({"id": rec["id"], "text": page.text, "title": page.title, "entities": []}) + "\n")
    cmd = [sys.executable, str(shared / "eval" / "score.py"), "--gold", str(gold), "--articles", str(out), "--json"]
    docs = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)["docs"]
    for figure, floor in FLOORS.items():
        assert docs[figure] >= floor, f"{figure} fell to {docs[figure]:.3f} (floor {floor})"
