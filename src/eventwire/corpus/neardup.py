"""Near-duplicate articles: syndicated copies and light rewrites of one story, linked so counts count stories.

MinHash (64 multiply-xor hash permutations) over word 5-shingles with locality-sensitive hashing (16 bands of 4 rows): candidate pairs share a
band; a pair is linked when its estimated Jaccard similarity reaches the threshold. Clusters are the
connected components; a cluster's story id is the id of its earliest published article (then the smallest id),
so it does not depend on input order.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from eventwire.model import Article

NUM_PERM = 64
BANDS, ROWS = 16, 4
SHINGLE = 5
_MASK = (1 << 64) - 1
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def _params() -> tuple[np.ndarray, np.ndarray]:
    """Fixed salts and odd multipliers: each (x ^ salt) * odd mod 2**64 is one hash permutation."""
    salts, odds = [], []
    for i in range(NUM_PERM):
        digest = hashlib.blake2b(f"eventwire-minhash-{i}".encode(), digest_size=16).digest()
        salts.append(int.from_bytes(digest[:8], "big"))
        odds.append(int.from_bytes(digest[8:], "big") | 1)
    return np.array(salts, dtype=np.uint64)[:, None], np.array(odds, dtype=np.uint64)[:, None]


_SALTS, _ODDS = _params()


def shingles(text: str, k: int = SHINGLE) -> set[int]:
    """64-bit hashes of the word k-grams of ``text`` (lower case, letters and digits only)."""
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {_hash(" ".join(words))} if words else set()
    return {_hash(" ".join(words[i:i + k])) for i in range(len(words) - k + 1)}


def _hash(s: str) -> int:
    return int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "big")


def signature(hashes: set[int]) -> tuple[int, ...]:
    """The MinHash signature of a shingle set."""
    if not hashes:
        return tuple([_MASK] * NUM_PERM)
    values = np.fromiter(hashes, dtype=np.uint64, count=len(hashes))[None, :]
    with np.errstate(over="ignore"):
        mixed = (values ^ _SALTS) * _ODDS  # wraps modulo 2**64
    return tuple(int(x) for x in mixed.min(axis=1))


def similarity(s1: Sequence[int], s2: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return sum(1 for x, y in zip(s1, s2) if x == y) / len(s1)


def near_duplicates(articles: Sequence[Article], threshold: float = 0.6) -> dict[str, str]:
    """Each article id mapped to its story id (itself when it has no near duplicate)."""
    sigs = {a.id: signature(shingles(f"{a.title or ''} {a.text}")) for a in articles}
    buckets: dict[tuple[int, tuple[int, ...]], list[str]] = defaultdict(list)
    for aid, sig in sigs.items():
        for band in range(BANDS):
            buckets[(band, sig[band * ROWS:(band + 1) * ROWS])].append(aid)
    parent = {aid: aid for aid in sigs}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    checked: set[tuple[str, str]] = set()
    for ids in buckets.values():
        if len(ids) < 2:
            continue
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                pair = (a, b) if a < b else (b, a)
                if pair in checked:
                    continue
                checked.add(pair)
                if similarity(sigs[a], sigs[b]) >= threshold:
                    parent[find(a)] = find(b)
    clusters: dict[str, list[Article]] = defaultdict(list)
    by_id = {a.id: a for a in articles}
    for aid in sigs:
        clusters[find(aid)].append(by_id[aid])
    out = {}
    for members in clusters.values():
        first = min(members, key=lambda a: (a.published or "9999", a.id))
        for m in members:
            out[m.id] = first.id
    return out
