"""Repair words glued together by bad conversions, before NER sees them.

Machine-translated rewrites and careless HTML-to-text dumps glue words: "Lavrovwho said", "the
pipelinewhich", "saidthat", "NoemKristi Noem", "talks.The minister". A token is split only when the
whole is not an English word (wordfreq knows it not) while its parts are: a known head and a closed-class
tail (who, which, that, said, ...), or two capitalised names. Real words, camel-case brands and names
that wordfreq knows ("YouTube", "McDonald", "DeSantis") are left alone.
"""
from __future__ import annotations

import re
from functools import lru_cache

from wordfreq import zipf_frequency

#: Words that bad conversions glue to the end of the word before them; three letters or more, so that
#: ordinary endings ("Berl-in", "Gord-on") are never candidates.
TAILS = ("which", "while", "where", "when", "who", "whose", "that", "this", "said", "says", "told", "and", "the",
         "was", "were", "has", "had", "have", "will", "would", "with", "from", "after", "but", "for", "are",
         "its", "his", "her", "their", "also", "not")
GLUED_TAIL = re.compile(r"\b([A-Za-z]{3,}?)(" + "|".join(TAILS) + r")\b")
GLUED_NAMES = re.compile(r"\b([A-Z][a-z]{2,})([A-Z][a-z]{2,})\b")
GLUED_STOP = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])|(?<=\b[A-Z]\.[A-Z]\.)(?=[a-z]{3,})")
KNOWN, HEAD_KNOWN = 1.0, 2.0


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    """wordfreq's Zipf frequency of a word in English (0 when unknown)."""
    return zipf_frequency(word, "en")


def repair_glued(text: str) -> str:
    """``text`` with glued words split by a space; everything else unchanged."""
    text = GLUED_STOP.sub(" ", text)
    text = GLUED_TAIL.sub(_split_tail, text)
    return GLUED_NAMES.sub(_split_names, text)


def _split_tail(m: re.Match[str]) -> str:
    whole, head, tail = m.group(0), m.group(1), m.group(2)
    if zipf(whole) >= KNOWN or len(head) < 3:
        return whole
    if zipf(head) >= HEAD_KNOWN or (head[0].isupper() and zipf(head) > 0):
        return f"{head} {tail}"
    return whole


def _split_names(m: re.Match[str]) -> str:
    whole, first, second = m.group(0), m.group(1), m.group(2)
    if zipf(whole) >= KNOWN or first.startswith(("Mc", "Mac")):
        return whole
    return f"{first} {second}" if zipf(first) > 0 and zipf(second) > 0 else whole
