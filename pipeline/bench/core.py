"""The worker's core without Kafka: enrichment then detection, in the worker's batch size."""

from __future__ import annotations

import time

from pipeline.assembly import build_cores
from pipeline.enrich import EnrichMode
from pipeline.settings import Settings
from pipeline.worker.app import BATCH
from schemas import RawArticle


def measure_core(mode: EnrichMode, articles: list[RawArticle],
                 warmup: list[RawArticle], settings: Settings | None = None) -> float:
    """Articles per second of fresh cores (as the worker builds them), after a warm-up batch.

    Each batch is enriched (`enrich_batch`) and each enriched article goes through the
    escalation detector, so model mode includes every learned layer: NER, the topic model,
    the escalation model and, for alerts, the dependency parse of their sentences.
    """
    enricher, detector = build_cores(settings or Settings(), mode)

    def work(batch: list[RawArticle]) -> None:
        for enriched in enricher.enrich_batch(batch):
            detector.detect(enriched)

    work(warmup)
    started = time.perf_counter()
    for start in range(0, len(articles), BATCH):
        work(articles[start:start + BATCH])
    return len(articles) / (time.perf_counter() - started)
