"""Near-duplicate articles: syndicated copies, trimmed copies and light rewrites of one story, linked so that
counts count stories, not copies.

Each article (title and text) becomes the set of its word 5-shingles, hashed to 64 bits, and a MinHash
signature of 64 multiply-xor permutations. Locality-sensitive hashing over 32 bands of 2 rows finds the
candidate pairs (a pair with Jaccard similarity 0.35 is a candidate with probability 0.98, so a short copy
inside a long article is found too); each candidate is then judged on its estimated overlap: the share of
the shorter article's shingles that the longer one has (its containment, from the Jaccard estimate and the
two set sizes), or plain Jaccard when the shorter one has fewer than ``MIN_SHINGLES`` shingles. Pairs at or
above the threshold are linked; a story is a connected component, and its id is the id of its earliest
published article (then the smallest id), so it does not depend on input order.
"""
from __future__ import annotations

import hashlib
import re
import zlib
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from eventwire.model import Article

NUM_PERM = 64
BANDS, ROWS = 32, 2
SHINGLE = 5
MIN_SHINGLES = 20
_MASK = (1 << 64) - 1
_BASE = np.uint64(1_000_003)
_MIX = np.uint64(0x9E3779B97F4A7C15)
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
    return set(shingle_array(text, k).tolist())


def shingle_array(text: str, k: int = SHINGLE) -> np.ndarray:
    """The distinct shingle hashes of ``text`` as an array: each word hashed once (CRC-32, stable across
    runs and machines), each k-gram a polynomial of its words' hashes modulo 2**64, then mixed."""
    words = _WORD.findall(text.lower())
    if not words:
        return np.zeros(0, dtype=np.uint64)
    codes = np.fromiter((zlib.crc32(w.encode()) for w in words), dtype=np.uint64, count=len(words))
    k = min(k, len(codes))
    n = len(codes) - k + 1
    with np.errstate(over="ignore"):
        acc = np.zeros(n, dtype=np.uint64)
        for j in range(k):
            acc = acc * _BASE + codes[j:j + n]
        acc ^= acc >> np.uint64(29)
        acc *= _MIX
        acc ^= acc >> np.uint64(32)
    return np.unique(acc)


def signature(hashes: set[int] | np.ndarray) -> np.ndarray:
    """The MinHash signature of a shingle set (``NUM_PERM`` unsigned 64-bit values)."""
    if len(hashes) == 0:
        return np.full(NUM_PERM, _MASK, dtype=np.uint64)
    values = np.asarray(hashes if isinstance(hashes, np.ndarray) else sorted(hashes), dtype=np.uint64)[None, :]
    with np.errstate(over="ignore"):
        mixed = (values ^ _SALTS) * _ODDS  # wraps modulo 2**64
    return mixed.min(axis=1)


def similarity(s1: Sequence[int] | np.ndarray, s2: Sequence[int] | np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(np.asarray(s1, dtype=np.uint64) == np.asarray(s2, dtype=np.uint64)))


def overlap(jaccard: float, size1: int, size2: int) -> float:
    """The share of the smaller set inside the larger, from their Jaccard similarity and sizes
    (Jaccard itself when the smaller set is too small for the share to mean much)."""
    small = min(size1, size2)
    if small < MIN_SHINGLES:
        return jaccard
    common = jaccard * (size1 + size2) / (1 + jaccard)
    return min(1.0, common / small)


def near_duplicates(articles: Sequence[Article], threshold: float = 0.8) -> dict[str, str]:
    """Each article id mapped to its story id: the earliest published (then smallest) id of its cluster,
    itself when it has no near duplicate. Articles with the same id count once (the last given)."""
    by_id = {a.id: a for a in articles}
    ids = sorted(by_id)
    sets = [shingle_array(f"{by_id[i].title or ''} {by_id[i].text}") for i in ids]
    sizes = np.array([len(s) for s in sets])
    sigs = np.stack([signature(s) for s in sets]) if ids else np.zeros((0, NUM_PERM), dtype=np.uint64)
    parent = list(range(len(ids)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in _candidates(sigs, sizes):
        j = float(np.mean(sigs[a] == sigs[b]))
        if overlap(j, int(sizes[a]), int(sizes[b])) >= threshold:
            parent[find(a)] = find(b)
    clusters: dict[int, list[Article]] = defaultdict(list)
    for n, aid in enumerate(ids):
        clusters[find(n)].append(by_id[aid])
    out = {}
    for members in clusters.values():
        first = min(members, key=lambda a: (a.published or "9999", a.id))
        for m in members:
            out[m.id] = first.id
    return out


def _candidates(sigs: np.ndarray, sizes: np.ndarray) -> list[tuple[int, int]]:
    """Index pairs that share at least one LSH band (articles without words are never candidates)."""
    pairs: set[tuple[int, int]] = set()
    for band in range(BANDS):
        buckets: dict[bytes, list[int]] = defaultdict(list)
        for n, row in enumerate(sigs[:, band * ROWS:(band + 1) * ROWS]):
            if sizes[n]:
                buckets[row.tobytes()].append(n)
        for members in buckets.values():
            for i, a in enumerate(members):
                pairs.update((a, b) for b in members[i + 1:])
    return sorted(pairs)
