"""`eventwire ingest` end to end: twice leaves one copy; killed mid-run and run again equals one clean run."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventwire.corpus.store import Store

pytestmark = pytest.mark.model
EVENTWIRE = [str(Path(sys.executable).with_name("eventwire"))]  # the console script of this environment


def corpus(path: Path, n: int = 160) -> Path:
    """Short fictional articles, each different, written for this test."""
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            text = (f"Norland's trade minister met Estmark officials in the port of Harwick on Tuesday, meeting "
                    f"number {i}. The talks covered fishing quotas and a toll of {i + 3} crowns at the border. "
                    f"\"We made progress on point {i},\" the minister said.")
            out.write(json.dumps({"id": f"art-{i:04d}", "text": text, "published": "2031-06-0{}".format(1 + i % 9),
                                  "outlet": ["Wire", "Daily", "Post"][i % 3]}) + "\n")
    return path


def content(db: Path) -> dict:
    """Everything a run stores, without the ingest time and order."""
    with Store(db, read_only=True) as store:
        q = store.connection.execute
        return {
            "articles": sorted(q("SELECT id, version, record, story_id FROM articles").fetchall()),
            "actors": sorted(q("SELECT * FROM actors").fetchall()),
            "mentions": sorted(q("SELECT * FROM mentions").fetchall()),
            "quotes": sorted(q("SELECT * FROM quotes").fetchall(), key=repr),
            "events": sorted(q("SELECT * FROM events").fetchall(), key=repr),
            "merged": sorted(q("SELECT * FROM merged_events").fetchall(), key=repr),
            "event_mentions": sorted(q("SELECT * FROM event_mentions").fetchall(), key=repr),
        }


def ingest(src: Path, db: Path) -> subprocess.CompletedProcess:
    return subprocess.run([*EVENTWIRE, "ingest", str(src), "--db", str(db), "--batch-size", "10"],
                          capture_output=True, text=True, timeout=600)


def test_ingest_twice_keeps_one_copy_and_a_killed_run_resumes_to_the_same_database(tmp_path):
    src = corpus(tmp_path / "feed.jsonl")
    clean = tmp_path / "clean.duckdb"
    started = time.monotonic()
    first = ingest(src, clean)
    took = time.monotonic() - started
    assert first.returncode == 0, first.stderr
    again = ingest(src, clean)
    assert again.returncode == 0 and "0 added" in again.stderr and "160 already stored" in again.stderr
    with Store(clean, read_only=True) as store:
        assert store.stats()["articles"] == 160 and store.stats()["versions"] == 160

    killed = tmp_path / "killed.duckdb"
    proc = subprocess.Popen([*EVENTWIRE, "ingest", str(src), "--db", str(killed), "--batch-size", "10"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    time.sleep(took * 0.6)  # past the model load, into the batches
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    resumed = ingest(src, killed)
    assert resumed.returncode == 0, resumed.stderr
    assert content(killed) == content(clean)
