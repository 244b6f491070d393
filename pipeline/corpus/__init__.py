"""Synthetic wire corpus for benchmarks: `generate_articles(count, seed=...)` and `write_jsonl`."""

from pipeline.corpus.generator import generate_articles, write_jsonl

__all__ = ["generate_articles", "write_jsonl"]
