"""Benchmark: eventwire's analysis against a bare ``nlp.pipe`` of the same spaCy pipeline on the same texts.

    python bench/bench_analyze.py [--limit N] [--rounds R] [--corpus FILE.csv]

Each measurement runs in a child process of its own (so peak memory is its own) and times only the work
on texts already in memory (model loading excluded). The runs alternate over the rounds and the fastest
of each is kept. Printed: words/s, articles/s, peak RSS, and the ratio of wall times to the bare run.
A benchmark, not a test: nothing here passes or fails.
"""
from __future__ import annotations

import argparse
import csv
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "data" / "isot-true-reuters-2017-subset" / "True.csv"
# name -> eventwire components (None = bare nlp.pipe, no eventwire code at all)
RUNS: dict[str, tuple[str, ...] | None] = {
    "bare nlp.pipe": None,
    "eventwire (clean only)": (),
    "eventwire actors": ("actors",),
    "eventwire actors+quotes": ("actors", "quotes"),
    "eventwire full": ("actors", "quotes", "events"),
}


def load_texts(corpus: Path, limit: int) -> list[dict[str, str]]:
    csv.field_size_limit(sys.maxsize)
    with corpus.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if (r.get("text") or "").strip()]
    return rows[:limit] if limit else rows


def measure(run: str, corpus: Path, limit: int) -> dict[str, float]:
    """Time one configuration in this process."""
    rows = load_texts(corpus, limit)
    components = RUNS[run]
    if components is None:
        import spacy

        from eventwire.nlp.pipeline import MODEL

        nlp = spacy.load(MODEL)
        texts = [r["text"] for r in rows]
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=32):
            pass
    else:
        from eventwire.ingest.readers import source_from_record
        from eventwire.nlp.pipeline import load_pipeline
        from eventwire.run.local import AnalyzeOptions, analyze

        load_pipeline(components)
        sources = [source_from_record(r, f"{corpus}:{i}") for i, r in enumerate(rows, 2)]
        errors: list = []
        start = time.perf_counter()
        for _ in analyze(sources, errors.append, AnalyzeOptions(batch_size=32, components=components)):
            pass
    wall = time.perf_counter() - start
    words = sum(len(r["text"].split()) for r in rows)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"wall": wall, "articles": len(rows), "words": words, "peak_mb": peak_mb}


def child(run: str, corpus: Path, limit: int) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--child", run, "--corpus", str(corpus), "--limit", str(limit)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=0, help="first N articles only (default: all)")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--runs", default=",".join(RUNS), help="comma-separated run names")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(measure(args.child, args.corpus, args.limit)))
        return
    if not args.corpus.exists():
        sys.exit(f"benchmark corpus {args.corpus} not found: pass --corpus FILE.csv (a CSV with a 'text' column)")
    runs = [r for r in args.runs.split(",") if r]
    best: dict[str, dict[str, float]] = {}
    for round_no in range(args.rounds):
        for run in runs:
            result = child(run, args.corpus, args.limit)
            print(f"  round {round_no + 1}: {run:<26} {result['wall']:7.2f} s", file=sys.stderr, flush=True)
            if run not in best or result["wall"] < best[run]["wall"]:
                best[run] = result
    report(best)


def report(best: dict[str, dict[str, float]]) -> None:
    base = best.get("bare nlp.pipe")
    first = next(iter(best.values()))
    print(f"\ncorpus: {first['articles']:.0f} articles, {first['words']:.0f} words; fastest of the rounds\n")
    print(f"{'run':<26} {'wall s':>8} {'words/s':>9} {'articles/s':>10} {'peak MB':>8} {'x bare':>7}")
    for run, r in best.items():
        ratio = f"{r['wall'] / base['wall']:.2f}" if base else "n/a"
        print(f"{run:<26} {r['wall']:8.2f} {r['words'] / r['wall']:9.0f} {r['articles'] / r['wall']:10.1f} "
              f"{r['peak_mb']:8.0f} {ratio:>7}")


if __name__ == "__main__":
    main()
