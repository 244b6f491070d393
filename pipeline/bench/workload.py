"""The articles a measurement works on: synthetic wire copy, and the records that carry it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from pipeline.corpus import generate_articles
from schemas import RawArticle

MIN_WORDS = 300
MAX_WORDS = 900


@dataclass(frozen=True)
class Workload:
    """Articles with their Kafka records (key = article id, value = RawArticle JSON)."""

    articles: list[RawArticle]

    @cached_property
    def records(self) -> list[tuple[bytes, bytes]]:
        """(key, value) of each article, as the replay producer encodes them."""
        return [(a.article_id.encode("utf-8"), a.model_dump_json().encode("utf-8"))
                for a in self.articles]

    @property
    def keys(self) -> set[bytes]:
        """The record keys, to tell this workload's output apart from other records."""
        return {key for key, _ in self.records}

    @property
    def count(self) -> int:
        """How many articles."""
        return len(self.articles)

    @property
    def total_bytes(self) -> int:
        """Bytes of all record values."""
        return sum(len(value) for _, value in self.records)

    def stats(self) -> dict[str, float]:
        """Count, mean words per body and mean record size, for the result."""
        words = [len(a.body.split()) for a in self.articles]
        return {"count": self.count,
                "mean_words": round(sum(words) / max(1, len(words)), 1),
                "min_words": min(words, default=0), "max_words": max(words, default=0),
                "mean_bytes": round(self.total_bytes / max(1, self.count), 1)}


def make_workload(count: int, seed: int) -> Workload:
    """`count` synthetic articles of 300-900 words; a different seed gives other stories."""
    return Workload(list(generate_articles(count, seed=seed, min_words=MIN_WORDS,
                                           max_words=MAX_WORDS)))
