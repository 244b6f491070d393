"""The whole pipeline in-process: enrichment then detection, article by article, no broker."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from pipeline.detect import Detection, EscalationDetector
from pipeline.detect.cooldown import StoryCooldown
from pipeline.enrich import Enricher
from pipeline.worker.stages import detect_and_admit, enrich_stage
from schemas import EnrichedArticle, EscalationAlert, RawArticle


@dataclass
class Analysis:
    """One article's result, as `wirewatch analyze` prints it."""

    article: EnrichedArticle
    alerts: list[EscalationAlert]
    detection: Detection

    def as_dict(self) -> dict[str, Any]:
        """`{"article": EnrichedArticle, "alerts": [...], "deescalation": [...]}` as JSON data."""
        return {"article": self.article.model_dump(mode="json"),
                "alerts": [a.model_dump(mode="json") for a in self.alerts],
                "deescalation": [e.model_dump(mode="json") for e in self.detection.deescalation]}


def analyze(articles: Iterable[RawArticle], enricher: Enricher, detector: EscalationDetector,
            cooldown: StoryCooldown | None = None, batch_size: int = 16) -> Iterator[Analysis]:
    """Enrich and detect each article in order; updates of a story pass the story cooldown.

    The same stages as the worker's agents, with their state in dicts: the enricher's story
    index and the cooldown's store.
    """
    batch: list[RawArticle] = []

    def flush() -> Iterator[Analysis]:
        for result in enrich_stage(enricher, batch):
            if isinstance(result, Exception):
                raise result  # analyze reports the first failure instead of hiding it
            admitted = detect_and_admit(result, detector,
                                        cooldown.store if cooldown is not None else None,
                                        cooldown.cooldown if cooldown is not None else
                                        StoryCooldown().cooldown)
            yield Analysis(result, admitted.alerts, admitted.detection)
        batch.clear()

    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            yield from flush()
    if batch:
        yield from flush()
