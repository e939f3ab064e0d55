"""Score the page cleaner alone on the pasted-pages dev gold (no spaCy): junk removed, body kept.

    python bench/eval_clean.py [--misses] [--silver]

--silver also compares the metadata read from the text with what trafilatura reads from the original
HTML of the same pages (a silver reference: it can be wrong too; the dev gold has no metadata).
"""
from __future__ import annotations

import argparse
import gzip
import re
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from eventwire.ingest.clean import clean_text

SHARED = Path(__file__).resolve().parents[2] / "shared"
GOLD = SHARED / "eval" / "gold" / "pasted-pages"
HTML = SHARED / "data" / "article-extraction-benchmark" / "html"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--silver", action="store_true")
    args = ap.parse_args()
    records = [json.loads(line) for line in (GOLD / "input.jsonl").read_text(encoding="utf-8").splitlines()]
    out = []
    for rec in records:
        c = clean_text(rec["text"], url=rec.get("url"))
        out.append({"id": rec["id"], "text": c.text, "title": c.title, "outlet": c.outlet, "published": c.published,
                    "genre": c.genre, "author": c.author, "url": rec.get("url"), "entities": []})
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as handle:
        handle.write("\n".join(json.dumps(o, ensure_ascii=False) for o in out) + "\n")
    cmd = [sys.executable, str(SHARED / "eval" / "score.py"), "--gold", str(GOLD), "--articles", handle.name]
    print(subprocess.run(cmd + (["--misses"] if args.misses else []), capture_output=True, text=True).stdout)
    if args.silver:
        silver(out)


def _one_day(a: str, b: str) -> bool:
    from datetime import date

    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) <= 1
    except ValueError:
        return False


def _fold(text: str) -> str:
    """Lower case, curly quotes and dashes as plain ones, spaces squeezed."""
    table = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                           "\u2014": "-", "\u00a0": " "})
    return " ".join(text.translate(table).lower().split()).rstrip(".")


def _same_people(got: str, want: str) -> bool:
    """Our first name is one of the reference's, and so is every other name unless the reference names only
    one (it often keeps the first author only). The reference may add the outlet or a job title as further
    "authors" ("Jane Roe; Example News"); dots of initials do not count."""
    split = re.compile(r"\s*(?:;|,|\band\b|&)\s*")
    names = [n for n in split.split(got.replace(".", "")) if n]
    parts = [p for p in split.split(want.replace(".", "")) if p]
    if not (names and parts) or not any(names[0] in p for p in parts):
        return False
    return len(parts) == 1 or all(any(n in p for p in parts) for n in names)


def silver(out: list[dict]) -> None:
    import trafilatura

    agree = {"title": [0, 0], "author": [0, 0], "published": [0, 0]}
    near = [0, 0]
    for o in out:
        files = sorted(HTML.glob(o["id"] + "*.html.gz"))
        if not files:
            continue
        meta = trafilatura.extract_metadata(gzip.decompress(files[0].read_bytes()).decode("utf-8", "replace"))
        ref = {"title": meta.title, "author": meta.author, "published": meta.date}
        for field, want in ref.items():
            if not want:
                continue
            got = _fold(o[field] or "")
            want = _fold(want)
            if field == "title":  # the HTML title often carries the site's name: "Headline | Site", "Headline - Site"
                want = re.split(r"\s+[|–-]\s+(?=[^|–-]{2,40}$)", want)[0]
            ok = got in want or want in got if got else False
            if field == "author" and got:  # "jane roe and john doe" against "jane roe; john doe; example news"
                ok = _same_people(got, want)
            if field == "published":
                ok = bool(got) and want.startswith(got[:10])
                near[0] += ok or _one_day(got, want)
                near[1] += 1
            agree[field][0] += ok
            agree[field][1] += 1
            if not ok:
                print(f"  {o['id']} {field}: text={got!r} html={want!r}")
    for field, (ok, n) in agree.items():
        print(f"silver {field}: {ok}/{n} = {ok / max(n, 1):.2f}")
    print(f"silver published within a day (the HTML's stamps are often UTC): {near[0]}/{near[1]} = "
          f"{near[0] / max(near[1], 1):.2f}")


if __name__ == "__main__":
    main()
