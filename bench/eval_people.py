"""Silver check of named persons on real pasted pages: are the people of the article body still found, with
un-garbled names, after the page is pasted as plain text with its furniture and cleaned by eventwire?

    python bench/eval_people.py [--misses]

Reference: the persons (two words or more) that the same spaCy pipeline finds in the *gold* article body of
each page (../shared/data/article-extraction-benchmark/ground-truth.json). System: eventwire's entities on
the pasted-page dump of the same page (../shared/eval/gold/pasted-pages/input.jsonl). A reference person is
found when a PERSON entity has the surname and (if any entity with the surname has it) the first name, the
rule score.py uses. The reference comes from the same NER, so this measures what cleaning, glued-word
repair and name resolution lose or garble on messy input, not NER recall itself; and "same person, same id"
over the persons named on several pages.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO / "src"))


def tokens(s: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", s.lower().replace("\u2019", "'"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args()
    from eventwire.ingest.readers import read_inputs
    from eventwire.nlp.pipeline import load_pipeline
    from eventwire.run.local import AnalyzeOptions, analyze

    truth = json.loads((SHARED / "data" / "article-extraction-benchmark" / "ground-truth.json").read_text())
    errors: list = []
    pasted = {a.id: a for a in analyze(read_inputs([str(SHARED / "eval" / "gold" / "pasted-pages" / "input.jsonl")],
                                                   errors.append), errors.append, AnalyzeOptions(components=("actors",)))}
    nlp = load_pipeline(())
    found = total = 0
    ids: dict[str, set[str]] = defaultdict(set)
    pages: dict[str, set[str]] = defaultdict(set)
    for page_id, art in sorted(pasted.items()):
        key = next((k for k in truth if page_id.startswith(k) or k.startswith(page_id)), None)
        if key is None:
            continue
        ref = {re.sub(r"['\u2019]s?$", "", e.text.strip()) for e in nlp(truth[key]["articleBody"]).ents
               if e.label_ == "PERSON" and "\n" not in e.text.strip() and not re.search(r"[@/\d]", e.text)}
        ref = {r for r in ref if len(tokens(r)) >= 2}
        people = [e for e in art.entities if e.type == "PERSON"]
        for name in sorted(ref):
            toks = tokens(name)
            first, surname = toks[0], toks[-1]
            cands = [e for e in people if surname in tokens(e.name)]
            hit = next((e for e in cands if first in tokens(e.name)), cands[0] if cands else None)
            total += 1
            if hit is not None:
                found += 1
                ids[" ".join(toks)].add(hit.id)
                pages[" ".join(toks)].add(page_id)
            elif args.misses:
                print(f"  {page_id[:12]}: {name!r} not found; persons: {[e.name for e in people][:8]}")
    multi = [n for n, p in pages.items() if len(p) > 1]
    same = sum(1 for n in multi if len(ids[n]) == 1)
    print(f"persons found un-garbled: {found}/{total} = {found / max(total, 1):.2f}")
    print(f"same person, same id over pages: {same}/{len(multi)} = {same / max(len(multi), 1):.2f}")


if __name__ == "__main__":
    main()
