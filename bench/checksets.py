"""Private check sets: event annotations of ISOT Reuters articles, kept as offsets, scored with score.py.

    python bench/checksets.py score [SET...] [--misses] [--keep DIR]
    python bench/checksets.py build DIR
    python bench/checksets.py encode ANNOTATION_DIR NAME [--about TEXT]

The research corpus may not be copied into the repository, so a set here holds no article text: each
annotated event names its article by row of ``../shared/data/isot-true-reuters-2017-subset/True.csv`` and its
key sentence snippet by character offsets into that article's text in the form score.py matches in (curly
quotes and dashes folded, lower case, white space collapsed). ``build`` turns the sets back into gold folders
as score.py reads them (``input.jsonl`` and ``events.json``) by reading the corpus at run time; ``score``
builds them in a temporary folder, runs ``eventwire analyze`` on each and prints score.py's figures.
``encode`` converts an annotator's ``events.json`` (with text keys, in the format of
``../shared/eval/gold/reuters-dev``) into a set file here.

An evaluation, not a test: nothing here passes or fails, and it is not part of ``make test``.
docs/evaluation.md says who annotated each set and how much of it was read while tuning.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "data" / "isot-true-reuters-2017-subset" / "True.csv"
SCORER = SHARED / "eval" / "score.py"
SETS = Path(__file__).resolve().parent / "checksets"
EVENT_FIELDS = ("src", "tgt", "roots", "fact", "when")


# curly quotes, dashes and no-break spaces as score.py folds them
FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ",
                      "\u2013": "-", "\u2014": "-"})


def folded(text: str) -> str:
    """The text in the form keys are taken from: quotes and dashes folded, lower case, white space collapsed."""
    return re.sub(r"\s+", " ", text.translate(FOLD).lower())


def load_corpus() -> list[dict[str, str]]:
    if not CORPUS.exists():
        sys.exit(f"checksets: the corpus {CORPUS} is missing; the check sets need ../shared beside the repository")
    csv.field_size_limit(sys.maxsize)
    with CORPUS.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def article(rows: list[dict[str, str]], doc: str) -> dict[str, str]:
    row = rows[int(doc.lstrip("r"))]
    published = dt.datetime.strptime(row["date"].strip(), "%B %d, %Y").date().isoformat()
    return {"id": doc, "title": row["title"], "published": published, "outlet": "Reuters", "text": row["text"]}


def build(out: Path, names: list[str] | None = None) -> list[Path]:
    """Write one gold folder per set into ``out``; return the folders."""
    rows = load_corpus()
    folders = []
    for path in sorted(SETS.glob("*.json")):
        spec = json.loads(path.read_text(encoding="utf-8"))
        if names and path.stem not in names:
            continue
        folder = out / path.stem
        folder.mkdir(parents=True, exist_ok=True)
        arts = {doc: article(rows, doc) for doc in spec["docs"]}
        texts = {doc: folded(a["text"]) for doc, a in arts.items()}

        def key(item: dict) -> str:
            start, end = item["at"]
            return texts[item["doc"]][start:end]

        events = [{"doc": e["doc"], "key": key(e), **{k: e.get(k) for k in EVENT_FIELDS}} for e in spec["events"]]
        nones = [{"doc": n["doc"], "key": key(n)} for n in spec["none"]]
        (folder / "events.json").write_text(json.dumps({"about": spec["about"], "events": events, "none": nones},
                                                       indent=1, ensure_ascii=False), encoding="utf-8")
        with (folder / "input.jsonl").open("w", encoding="utf-8") as handle:
            for doc in spec["docs"]:
                handle.write(json.dumps(arts[doc], ensure_ascii=False) + "\n")
        folders.append(folder)
    return folders


def encode(annotation: Path, name: str, about: str | None) -> Path:
    """Convert an annotator's events.json (text keys) into a set file of offsets; keys must be in their text."""
    rows = load_corpus()
    gold = json.loads((annotation / "events.json").read_text(encoding="utf-8"))
    docs = list(dict.fromkeys(x["doc"] for x in gold["events"] + gold["none"]))
    texts = {doc: folded(article(rows, doc)["text"]) for doc in docs}

    def at(item: dict) -> list[int]:
        k = folded(item["key"]).strip()
        start = texts[item["doc"]].find(k)
        if start < 0:
            sys.exit(f"checksets: key not in article {item['doc']}: {item['key']!r}; fix the annotation")
        return [start, start + len(k)]

    spec = {
        "about": about or gold.get("about", ""),
        "docs": docs,
        "events": [{"doc": e["doc"], "at": at(e), **{k: e.get(k) for k in EVENT_FIELDS}} for e in gold["events"]],
        "none": [{"doc": n["doc"], "at": at(n)} for n in gold["none"]],
    }
    SETS.mkdir(exist_ok=True)
    target = SETS / f"{name}.json"
    target.write_text(json.dumps(spec, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return target


def figures(result: dict) -> str:
    ev = result["events"]

    def f(v):
        return "n/a" if v is None else f"{v:.2f}"

    return (f"{ev['gold']:>4} events  found {f(ev['recall_found'])}  coded {f(ev['recall_coded'])}  "
            f"full {f(ev['recall_full'])}  dates {f(ev['date_acc'])}  spurious {f(ev['spurious'])}  "
            f"(system {ev['system_events']})")


def score(names: list[str], misses: bool, keep: Path | None) -> None:
    work = keep or Path(tempfile.mkdtemp(prefix="eventwire-checksets-"))
    eventwire = Path(sys.executable).parent / "eventwire"
    for folder in build(work, names or None):
        out = folder / "analyzed.jsonl"
        subprocess.run([str(eventwire), "analyze", str(folder / "input.jsonl"), "-o", str(out), "--quiet"],
                       check=True)
        res = subprocess.run([sys.executable, str(SCORER), "--gold", str(folder), "--articles", str(out), "--json"],
                             check=True, capture_output=True, text=True)
        result = json.loads(res.stdout)
        print(f"{folder.name:<12} {figures(result)}")
        if misses:
            for line in result["events"]["misses"]:
                print(f"    {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("score", help="build the sets, analyze them and score")
    p.add_argument("sets", nargs="*", help="set names (default: all)")
    p.add_argument("--misses", action="store_true", help="list every miss (reading them makes a set a dev set)")
    p.add_argument("--keep", type=Path, help="build into this folder and keep it")
    p = sub.add_parser("build", help="write the gold folders")
    p.add_argument("out", type=Path)
    p = sub.add_parser("encode", help="store an annotator's events.json as a set of offsets")
    p.add_argument("annotation", type=Path)
    p.add_argument("name")
    p.add_argument("--about")
    args = parser.parse_args()
    if args.command == "score":
        score(args.sets, args.misses, args.keep)
    elif args.command == "build":
        for folder in build(args.out):
            print(folder)
    else:
        print(encode(args.annotation, args.name, args.about))


if __name__ == "__main__":
    main()
