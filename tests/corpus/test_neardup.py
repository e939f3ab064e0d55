"""Near-duplicate articles on texts written for these tests (fictional states Norland and Estmark)."""
from __future__ import annotations

import random

import numpy as np
import pytest

from eventwire.corpus.neardup import near_duplicates, overlap, shingle_array, shingles, signature, similarity
from eventwire.corpus.store import Store
from eventwire.model import Article

RECALL = [
    "Norland recalled its ambassador from Estmark on Tuesday after a border guard was shot near the river crossing.",
    "The foreign ministry in Harwick said the envoy would stay home until Estmark explained what had happened.",
    "Estmark's government said its soldiers had fired warning shots at smugglers and had not aimed at anyone.",
    "Both countries have argued for months over fishing rights in the lake that forms part of their frontier.",
    "Trade between the two neighbours fell by a fifth last year, according to figures from the customs office.",
    "A spokeswoman for the regional bloc urged both sides to keep talking and to open a joint investigation.",
    "Opposition lawmakers in Norland called the recall overdue and asked for sanctions on Estmark's officials.",
    "The border crossing at Velm remained open to lorries, but travellers reported long queues on Wednesday.",
]
FLOOD = [
    "Heavy rain flooded the valley south of Harwick on Tuesday, and farmers said they had lost most of the harvest.",
    "The river rose two metres overnight and the army moved families from three villages to a school on the hill.",
    "The agriculture ministry promised compensation, but growers said last year's payments had still not arrived.",
    "Forecasters expect more rain at the weekend, when the reservoir upstream may have to release water.",
    "Insurers said claims could exceed the total of the two previous floods, which hit the same districts.",
    "A spokeswoman for the regional bloc offered help and said a team of engineers could arrive within days.",
]


def art(aid: str, text: str, published: str | None = "2030-05-02", title: str | None = None) -> Article:
    return Article(id=aid, version="v1", title=title, published=published, text=text)


def test_a_syndicated_copy_with_dateline_and_credit_is_the_same_story():
    body = " ".join(RECALL)
    original = art("wire:1", body, "2030-05-02")
    copy = art("paper:9", "HARWICK (Wire) - " + body + " Reporting by the Harwick bureau; editing by staff.",
               "2030-05-02T14:00")
    other = art("wire:2", " ".join(FLOOD))
    stories = near_duplicates([copy, other, original])
    assert stories == {"wire:1": "wire:1", "paper:9": "wire:1", "wire:2": "wire:2"}


def test_a_trimmed_copy_joins_the_full_story():
    full = art("agency:1", " ".join(RECALL), "2030-05-03")
    trimmed = art("site:4", " ".join(RECALL[:4]), "2030-05-02")  # an earlier, shorter version of the story
    assert near_duplicates([full, trimmed]) == {"agency:1": "site:4", "site:4": "site:4"}


def test_articles_on_the_same_topic_with_a_shared_sentence_stay_apart():
    a = art("a", " ".join(RECALL))
    b = art("b", " ".join(FLOOD))  # shares the regional-bloc sentence frame, nothing else
    c = art("c", " ".join(RECALL[::2] + FLOOD[::2]))  # half of each: a different article
    stories = near_duplicates([a, b, c])
    assert len(set(stories.values())) == 3


def test_a_rewrite_of_every_sentence_is_not_a_copy_at_the_default_threshold():
    rewritten = [s.replace(" the ", " that ").replace(" and ", " while ") for s in RECALL]
    stories = near_duplicates([art("a", " ".join(RECALL)), art("b", " ".join(rewritten))])
    assert stories["b"] == "b"
    assert near_duplicates([art("a", " ".join(RECALL)), art("b", " ".join(rewritten))], threshold=0.3)["b"] == "a"


def test_story_ids_do_not_depend_on_input_order():
    articles = [art(f"x{i}", " ".join(RECALL[i % 3:]), f"2030-05-0{1 + i % 5}") for i in range(8)]
    articles += [art("flood", " ".join(FLOOD)), art("empty-1", ""), art("empty-2", "")]
    first = near_duplicates(articles)
    shuffled = articles[:]
    random.Random(5).shuffle(shuffled)
    assert near_duplicates(shuffled) == first
    assert first["empty-1"] == "empty-1" and first["empty-2"] == "empty-2"  # no words, no story


def test_an_undated_article_gives_way_to_a_dated_one():
    body = " ".join(RECALL)
    stories = near_duplicates([art("a-undated", body, None), art("z-dated", body + " More later.", "2030-05-09")])
    assert stories["a-undated"] == "z-dated"


def test_signatures_estimate_jaccard():
    a = shingles(" ".join(RECALL))
    b = shingles(" ".join(RECALL[:6]))
    true = len(a & b) / len(a | b)
    assert similarity(signature(a), signature(b)) == pytest.approx(true, abs=0.15)
    assert overlap(true, len(a), len(b)) == pytest.approx(1.0)
    assert set(shingle_array("One two three four five six").tolist()) == shingles("one TWO three, four five six")
    assert np.array_equal(signature(set()), signature(np.zeros(0, dtype=np.uint64)))


def test_the_store_keeps_the_story_of_each_article(tmp_path):
    body = " ".join(RECALL)
    articles = [art("wire:1", body, "2030-05-02"), art("paper:9", "HARWICK (Wire) - " + body, "2030-05-03"),
                art("wire:2", " ".join(FLOOD))]
    with Store(tmp_path / "s.duckdb") as store:
        store.ingest(articles)
        rows = store.connection.execute("SELECT id, story_id FROM articles ORDER BY id").fetchall()
        assert store.stats()["stories"] == 2
    assert rows == [("paper:9", "wire:1"), ("wire:1", "wire:1"), ("wire:2", "wire:2")]
