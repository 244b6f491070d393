"""Core enrichment without Kafka: Enricher(mode).enrich_batch in the worker's batch size."""

from __future__ import annotations

import time

from pipeline.enrich import Enricher, EnrichMode
from pipeline.worker.app import BATCH
from schemas import RawArticle


def measure_core(mode: EnrichMode, articles: list[RawArticle],
                 warmup: list[RawArticle]) -> float:
    """Articles per second of a fresh Enricher, after a warm-up batch (model loaded)."""
    enricher = Enricher(mode)
    enricher.enrich_batch(warmup)
    started = time.perf_counter()
    for start in range(0, len(articles), BATCH):
        enricher.enrich_batch(articles[start:start + BATCH])
    return len(articles) / (time.perf_counter() - started)
