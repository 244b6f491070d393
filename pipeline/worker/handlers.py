"""What the agents do with each event: call the stages, send what they return, count it.

The Faust-facing half of the worker: events in, records out. The work itself is in
pipeline.worker.stages and the cores they call.
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import TYPE_CHECKING, Any

from pipeline.logs import get_logger
from pipeline.observability import (
    ALERTS,
    DEAD_LETTERS,
    END_TO_END_SECONDS,
    PROCESSING_SECONDS,
    RECORDS_IN,
    RECORDS_OUT,
    SEND_FAILURES,
)
from pipeline.worker.deadletters import Coordinates, DeliveryFailed, dead_letter, send_with_retries
from pipeline.worker.decode import Rejected, decode_model, decode_raw
from pipeline.worker.stages import detect_and_admit, enrich_stage, failure_reason
from pipeline.worker.surge import surge_stage
from schemas import EnrichedArticle, EscalationAlert, RawArticle

if TYPE_CHECKING:
    from pipeline.worker.app import Worker

log = get_logger("pipeline.worker")


def story_key(value: bytes) -> bytes:
    """The story id of an enriched record, to partition the cooldown table by story."""
    try:
        story = json.loads(value).get("story_id") or ""
    except (ValueError, AttributeError):
        story = ""
    return str(story).encode("utf-8")


def _observe(event: Any, stage: str) -> None:
    message = event.message
    RECORDS_IN.labels(message.topic).inc()
    END_TO_END_SECONDS.labels(stage).observe(max(0.0, time.time() - message.timestamp))


async def _send(topic: Any, key: bytes, value: bytes) -> None:
    await topic.send(key=key, value=value)
    RECORDS_OUT.labels(topic.get_topic_name()).inc()


async def send_dead_letter(worker: Worker, stage: str, rejected: Rejected, event: Any) -> None:
    """Dead-letter the event's record; raises DeliveryFailed when even that cannot be sent."""
    message = event.message
    at = Coordinates(message.topic, message.partition, message.offset)
    letter = dead_letter(rejected, stage=stage, at=at, key=message.key, value=message.value,
                         max_value_bytes=worker.settings.dead_letter_max_value_bytes)
    payload = letter.model_dump_json().encode()
    topic = worker.topology.deadletter

    async def send() -> None:
        delivery = await topic.send(key=message.key, value=payload)
        await delivery  # a dead letter counts only once the broker has it

    try:
        await send_with_retries(send, what="dead_letter", at=at)
    except DeliveryFailed:
        SEND_FAILURES.labels("dead_letter").inc()
        raise
    DEAD_LETTERS.labels(rejected.reason).inc()
    RECORDS_OUT.labels(topic.get_topic_name()).inc()
    log.warning("record.dead_lettered", stage=stage, reason=rejected.reason,
                error=rejected.error, topic=message.topic, partition=message.partition,
                offset=message.offset)


async def handle_raw(worker: Worker, events: list[Any]) -> None:
    """Decode a batch of raw records, enrich the valid ones, send each result or dead letter."""
    valid: list[tuple[Any, RawArticle]] = []
    for event in events:
        _observe(event, "raw")
        worker.health.record_event()
        decoded = decode_raw(event.value, worker.settings.max_body_bytes)
        if isinstance(decoded, Rejected):
            await send_dead_letter(worker, "enrich", decoded, event)
        else:
            valid.append((event, decoded))
    if not valid:
        return
    started = time.perf_counter()
    articles = [article for _, article in valid]
    if worker.enricher.mode == "model":  # the model would hold up the event loop
        results = await asyncio.get_running_loop().run_in_executor(
            None, enrich_stage, worker.enricher, articles)
    else:
        results = enrich_stage(worker.enricher, articles)
    worker.signatures.flush()  # the story index wrote them from the enrichment thread
    for (event, article), result in zip(valid, results, strict=True):
        if isinstance(result, Exception):
            await send_dead_letter(worker, "enrich", failure_reason("enrichment", result), event)
            continue
        await _send(worker.topology.enriched, article.article_id.encode(),
                    result.model_dump_json().encode())
        log.debug("article.enriched", article_id=article.article_id, story_id=result.story_id,
                  entities=len(result.entities))
    elapsed = time.perf_counter() - started
    for _ in valid:
        PROCESSING_SECONDS.labels("enrich").observe(elapsed / len(valid))


async def handle_enriched(worker: Worker, event: Any) -> None:
    """Detect escalation in an enriched article and publish the alerts its story admits."""
    _observe(event, "enriched")
    started = time.perf_counter()
    decoded = decode_model(event.value, EnrichedArticle, worker.settings.max_body_bytes * 4)
    if isinstance(decoded, Rejected):
        await send_dead_letter(worker, "escalation", decoded, event)
        return
    try:
        admitted = detect_and_admit(decoded, worker.detector, worker.topology.story_alerts,
                                    worker.cooldown)
    except Exception as error:  # dead-lettered, the worker goes on
        await send_dead_letter(worker, "escalation", failure_reason("detection", error), event)
        return
    for held in admitted.held_back:
        log.info("alert.held_back", article_id=held.article_id, story_id=held.story_id,
                 severity=held.severity)
    for alert in admitted.alerts:
        await _send(worker.topology.alerts, alert.subject.encode(),
                    alert.model_dump_json().encode())
        ALERTS.labels(alert.severity, alert.category.code).inc()
        log.info("alert.published", alert_id=alert.alert_id, article_id=alert.article_id,
                 story_id=alert.story_id, severity=alert.severity,
                 category=alert.category.code, subject=alert.subject,
                 supersedes=alert.supersedes)
    PROCESSING_SECONDS.labels("escalation").observe(time.perf_counter() - started)


async def handle_alert(worker: Worker, event: Any) -> None:
    """Count an article alert per subject and window; publish a surge alert when one starts."""
    decoded = decode_model(event.value, EscalationAlert, worker.settings.max_body_bytes * 4)
    if isinstance(decoded, Rejected):
        return  # not ours to judge: alerts come from our own agent or another producer
    surge = surge_stage(decoded, event.message.timestamp, worker.window_counts,
                        worker.topology.surges_sent, worker.surge_rule,
                        worker.surge_window.total_seconds())
    if surge is None:
        return
    await _send(worker.topology.alerts, surge.subject.encode(), surge.model_dump_json().encode())
    ALERTS.labels(surge.severity, surge.category.code).inc()
    log.info("alert.surge", subject=surge.subject, count=surge.window["count"] if surge.window
             else 0.0, baseline=surge.window["baseline"] if surge.window else 0.0)
