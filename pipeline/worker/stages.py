"""The pipeline's stages as plain functions: decode -> enrich -> detect -> admit.

The worker's agents and `wirewatch analyze` both call these; the state a stage needs comes in as
a store (a Faust table in the worker, a dict elsewhere), so each stage is testable alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from pipeline.detect import Detection, EscalationDetector
from pipeline.detect.cooldown import CooldownStore, admit
from pipeline.enrich import Enricher
from pipeline.worker.decode import Rejected, decode_raw
from schemas import EnrichedArticle, EscalationAlert, RawArticle

__all__ = ["Admitted", "Rejected", "decode_raw", "detect_and_admit", "enrich_stage",
           "failure_reason"]


def enrich_stage(enricher: Enricher,
                 articles: Sequence[RawArticle]) -> list[EnrichedArticle | Exception]:
    """Each article enriched, in order; an article that fails gives its exception instead."""
    try:
        return list(enricher.enrich_batch(articles))
    except Exception:  # isolate the article that fails, one at a time
        results: list[EnrichedArticle | Exception] = []
        for article in articles:
            try:
                results.append(enricher.enrich(article))
            except Exception as error:  # returned: the caller dead-letters it
                results.append(error)
        return results


def failure_reason(stage: str, error: Exception) -> Rejected:
    """The dead-letter reason for an article a stage failed on."""
    return Rejected("processing_error",
                    f"{stage} failed: {type(error).__name__}: {error}."[:500])


@dataclass(frozen=True)
class Admitted:
    """What detection found in an article and which alerts pass the story cooldown."""

    detection: Detection
    alerts: list[EscalationAlert]
    held_back: list[EscalationAlert]


def detect_and_admit(article: EnrichedArticle, detector: EscalationDetector,
                     cooldown_store: CooldownStore | None, cooldown: timedelta) -> Admitted:
    """Detect, then admit each alert against its story's cooldown (none without a store)."""
    detection = detector.detect(article)
    if cooldown_store is None:
        return Admitted(detection, list(detection.alerts), [])
    passed: list[EscalationAlert] = []
    held: list[EscalationAlert] = []
    for alert in detection.alerts:
        admitted = admit(alert, cooldown_store, cooldown)
        if admitted is None:
            held.append(alert)
        else:
            passed.append(admitted)
    return Admitted(detection, passed, held)
