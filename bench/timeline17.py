"""Date selection of eventwire's timelines against the journalists' timelines of Timeline17.

    python bench/timeline17.py [--per-topic N] [--topics a,b]

For each topic folder of ../shared/data/timeline17 (dated articles and one or more gold timelines), the
articles (up to N per folder, spread evenly over the dates) are analyzed as plain text with their folder date
as the publication date, the timeline is built, and its dates (day precision) are compared with the gold
dates (documents longer than 20,000 characters, page dumps with reader comments, are cut there). Two
figures per topic, as in the timeline-summarization literature (date F1): every day the timeline
dates, and the top k days by number of reporting articles with k = the gold timeline's length. A topic with
several gold timelines scores against each and reports the mean. A benchmark of quality, read at test time
from ../shared; nothing is copied.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data" / "timeline17" / "dataset" / "Timeline17"
sys.path.insert(0, str(REPO / "src"))

MAX_CHARS = 20_000
PTB = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}", "``": '"', "''": '"'}


def detokenize(line: str) -> str:
    words = [PTB.get(w, w) for w in line.split()]
    text = " ".join(words)
    text = re.sub(r" ([,.;:!?%)\]}])", r"\1", text)
    text = re.sub(r"([(\[{$]) ", r"\1", text)
    text = re.sub(r" (n't|'s|'re|'ve|'m|'ll|'d)\b", r"\1", text)
    return text.replace("\\/", "/")


def load(folder: Path, per_topic: int):  # type: ignore[no-untyped-def]
    from eventwire.model import Source

    files = sorted(folder.glob("InputDocs/*/*.txt"))
    if per_topic and len(files) > per_topic:
        step = len(files) / per_topic
        files = [files[int(i * step)] for i in range(per_topic)]
    for f in files:
        day = f.parent.name
        text = "\n".join(detokenize(x) for x in f.read_text(encoding="utf-8", errors="replace").splitlines()
                         if x.strip())
        if len(text) > MAX_CHARS:
            # a few "articles" are whole pages with hundreds of reader comments (up to 700,000 characters):
            # the article comes first, so the first MAX_CHARS characters are kept
            text = text[:MAX_CHARS]
        yield Source(origin=str(f), id=f"{folder.name}/{day}/{f.name}", text=text, published=day,
                     outlet=folder.name.split("_")[-1])


def f1(system: set[str], gold: set[str]) -> float:
    hit = len(system & gold)
    if not system or not gold or not hit:
        return 0.0
    p, r = hit / len(system), hit / len(gold)
    return 2 * p * r / (p + r)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--per-topic", type=int, default=120, help="articles per topic folder (0: all)")
    ap.add_argument("--topics", default="", help="comma-separated folder names (default: all)")
    args = ap.parse_args()
    from eventwire.corpus.timeline import build_timeline
    from eventwire.run.local import analyze

    if not DATA.exists():
        sys.exit(f"{DATA} is not there; Timeline17 is read from ../shared/data")
    folders = sorted(p for p in DATA.iterdir() if p.is_dir())
    if args.topics:
        folders = [p for p in folders if p.name in args.topics.split(",")]
    rows = []
    started = time.perf_counter()
    for folder in folders:
        errors: list = []
        articles = list(analyze(load(folder, args.per_topic), errors.append))
        tl = build_timeline(articles)
        days = Counter()
        for e in tl["entries"]:
            if e["date"] and e["date_precision"] == "day":
                days[e["date"]] += e["num_articles"]
        golds = [{d for d, _ in json.loads(line)} for line in
                 (folder / "timelines.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
        every = sum(f1(set(days), g) for g in golds) / len(golds)
        topk = sum(f1({d for d, _ in days.most_common(len(g))}, g) for g in golds) / len(golds)
        rows.append((folder.name, len(articles), len(days), sum(len(g) for g in golds) / len(golds), every, topk))
        print(f"{folder.name:28} {len(articles):5} articles {len(days):5} dated days  gold {rows[-1][3]:5.1f}  "
              f"F1 all {every:.3f}  F1 top-k {topk:.3f}", flush=True)
    print(f"mean over {len(rows)} folders: F1 all {sum(r[4] for r in rows) / len(rows):.3f}, "
          f"F1 top-k {sum(r[5] for r in rows) / len(rows):.3f}  ({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
