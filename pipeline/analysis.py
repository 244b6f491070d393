"""The whole pipeline in-process: enrichment then detection, article by article, no broker."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from pipeline.detect import Detection, EscalationDetector
from pipeline.detect.cooldown import StoryCooldown
from pipeline.enrich import Enricher
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
    """Enrich and detect each article in order; updates of a story pass the story cooldown."""
    batch: list[RawArticle] = []

    def flush() -> Iterator[Analysis]:
        for enriched in enricher.enrich_batch(batch):
            detection = detector.detect(enriched)
            alerts = detection.alerts
            if cooldown is not None:
                alerts = [a for a in (cooldown.admit(alert) for alert in alerts) if a is not None]
            yield Analysis(enriched, alerts, detection)
        batch.clear()

    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            yield from flush()
    if batch:
        yield from flush()
