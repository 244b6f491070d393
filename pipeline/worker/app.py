"""The Faust app: topics, tables and the three agents. Built from Settings, never at import."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import faust

from pipeline.assembly import build_cores
from pipeline.board.views import register_board
from pipeline.broker.admin import create_topics
from pipeline.broker.security import faust_broker_options
from pipeline.detect import EscalationDetector
from pipeline.detect.cooldown import StoryAlertState, admit_alert
from pipeline.enrich import Enricher
from pipeline.enrich.places import city_countries
from pipeline.logs import get_logger
from pipeline.observability import (
    AGENT_CRASHES,
    ALERTS,
    CONSUMER_LAG,
    DEAD_LETTERS,
    END_TO_END_SECONDS,
    PROCESSING_SECONDS,
    RECORDS_IN,
    RECORDS_OUT,
    SEND_FAILURES,
    HealthState,
    start_observability_server,
)
from pipeline.settings import Settings
from pipeline.worker.deadletters import Coordinates, DeliveryFailed, dead_letter, send_with_retries
from pipeline.worker.decode import Rejected, decode_model, decode_raw
from pipeline.worker.surge import SurgeRule, is_surge, surge_alert
from schemas import EnrichedArticle, EscalationAlert, RawArticle

log = get_logger("pipeline.worker")
BATCH = 64
BATCH_WITHIN_S = 0.05


def _story_key(value: bytes) -> bytes:
    try:
        story = json.loads(value).get("story_id") or ""
    except (ValueError, AttributeError):
        story = ""
    return str(story).encode("utf-8")


class WirewatchApp(faust.App):
    """A Faust app that tells `on_agent_crash` when an agent stops on an error."""

    on_agent_crash: Callable[[Any, BaseException], Awaitable[None]] | None = None

    async def _on_agent_error(self, agent: Any, exc: BaseException) -> None:
        # Faust only logs a crashed agent and keeps the worker up; we must know.
        await super()._on_agent_error(agent, exc)
        if self.on_agent_crash is not None:
            await self.on_agent_crash(agent, exc)


@dataclass
class Worker:
    """A configured Faust app with its agents, and the cores they call."""

    app: WirewatchApp
    settings: Settings
    enricher: Enricher
    detector: EscalationDetector
    health: HealthState
    observability: Any = None
    topics: dict[str, Any] = field(default_factory=dict)
    stop: Callable[[], None] | None = None
    """Stops the running worker (set by whoever runs it); called when an agent crashes."""


def build_worker(settings: Settings, *, create: bool = True) -> Worker:
    """The app and its agents; topics are created first so their settings are ours."""
    if create:
        create_topics(settings)
    app = WirewatchApp(
        settings.worker_id, **faust_broker_options(settings), store="memory://",
        autodiscover=False, topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication_factor,
        key_serializer="json", value_serializer="json",
        web_port=settings.web_port, web_bind="0.0.0.0", web_host="127.0.0.1",  # noqa: S104  # containers need it
        consumer_auto_offset_reset="earliest", topic_disable_leader=True,
        stream_buffer_maxsize=32768, broker_max_poll_records=5000,
        consumer_max_fetch_size=16 * 1024 * 1024, stream_wait_empty=False,
        producer_acks=-1, broker_commit_every=500, broker_commit_interval=1.0,
        # Dead letters and enriched copies of records near the body limit must fit: the
        # broker and our topics accept 4 MiB (ops/kafka, create_topics).
        producer_max_request_size=4 * 1024 * 1024,
        # A worker that died without leaving the group holds its partitions until the session
        # times out: keep that short so a restarted or added worker takes over quickly.
        broker_session_timeout=10.0, broker_heartbeat_interval=1.0)
    enricher, detector = build_cores(settings)
    city_countries()  # load the place index now, not inside the first batch
    worker = Worker(app, settings, enricher, detector, HealthState())
    _register_agents(worker)
    _register_observability(worker)
    register_board(app, settings)  # the live alert board at / of the web port
    return worker


def _register_observability(worker: Worker) -> None:
    app, settings, health = worker.app, worker.settings, worker.health

    @app.task  # type: ignore[untyped-decorator]  # faust ships no type hints
    async def serve_metrics() -> None:
        runner = await start_observability_server("0.0.0.0", settings.metrics_port,  # noqa: S104  # containers need it
                                                  health)
        health.mark_ready("agents started")
        log.info("worker.ready", metrics_port=settings.metrics_port,
                 web_port=settings.web_port, mode=settings.enrich_mode,
                 topics=settings.topics.all())
        worker.observability = runner  # kept referenced for the life of the worker

    del serve_metrics


def _observe(event: Any, stage: str, app: faust.App) -> None:
    """Count a consumed record, its end-to-end age and its partition's lag."""
    message = event.message
    RECORDS_IN.labels(message.topic).inc()
    END_TO_END_SECONDS.labels(stage).observe(max(0.0, time.time() - message.timestamp))
    try:
        highwater = app.consumer.highwater(message.tp)
    except Exception:  # lag is best effort; it must never stop an agent
        return
    if highwater is not None:
        CONSUMER_LAG.labels(message.topic, str(message.partition)).set(
            max(0, highwater - message.offset - 1))


def _register_agents(worker: Worker) -> None:  # noqa: PLR0915  # the agents are short closures
    app, settings = worker.app, worker.settings
    topics = settings.topics
    raw_topic = app.topic(topics.raw, key_type=bytes, value_type=bytes,
                          key_serializer="raw", value_serializer="raw")
    enriched_topic = app.topic(topics.enriched, key_type=bytes, value_type=bytes,
                          key_serializer="raw", value_serializer="raw")
    alerts_topic = app.topic(topics.alerts, key_type=bytes, value_type=bytes,
                          key_serializer="raw", value_serializer="raw")
    deadletter_topic = app.topic(topics.deadletter, key_type=bytes, value_type=bytes,
                          key_serializer="raw", value_serializer="raw")
    story_alerts = app.Table("story-alerts", default=dict, partitions=settings.partitions)
    # Every worker needs every story signature to cluster updates that land on other
    # partitions; the global table is also what restores the index after a restart.
    story_signatures = app.GlobalTable("story-signatures", default=None,
                                       partitions=settings.partitions,
                                       use_partitioner=True)  # written from batches
    restored = False

    def restore_stories() -> None:
        nonlocal restored
        if restored:
            return
        restored = True
        count = 0
        for article_id, stored in list(story_signatures.items()):
            if stored and article_id not in worker.enricher.stories:
                worker.enricher.stories.restore(article_id, stored[0], stored[1])
                count += 1
        log.info("stories.restored", count=count)

    def persist_story(article: EnrichedArticle, signature: list[int]) -> None:
        story_signatures[article.article_id] = [article.story_id, signature]
        for evicted in worker.enricher.stories.evicted:
            story_signatures.pop(evicted, None)
        worker.enricher.stories.evicted.clear()
    window = timedelta(minutes=settings.surge_window_minutes)
    baseline_span = window * (settings.surge_baseline_windows + 2)
    subject_counts = app.Table("subject-alerts", default=int, partitions=settings.partitions
                               ).tumbling(window, expires=baseline_span).relative_to_stream()
    hop = timedelta(minutes=settings.surge_hop_minutes)
    subject_hopping = app.Table("subject-alerts-hopping", default=int,
                                partitions=settings.partitions
                                ).hopping(window, hop, expires=window * 2).relative_to_stream()
    worker.topics.update(raw=raw_topic, enriched=enriched_topic, alerts=alerts_topic,
                         deadletter=deadletter_topic)
    surges_sent = app.Table("surges-sent", default=str, partitions=settings.partitions)
    rule = SurgeRule(settings.surge_min_count, settings.surge_ratio)
    cooldown = timedelta(hours=settings.alert_cooldown_hours)

    async def send_dead_letter(stage: str, rejected: Rejected, event: Any) -> None:
        message = event.message
        at = Coordinates(message.topic, message.partition, message.offset)
        letter = dead_letter(rejected, stage=stage, at=at, key=message.key, value=message.value,
                             max_value_bytes=settings.dead_letter_max_value_bytes)
        payload = letter.model_dump_json().encode()

        async def send() -> None:
            delivery = await deadletter_topic.send(key=message.key, value=payload)
            await delivery  # a dead letter counts only once the broker has it

        try:
            await send_with_retries(send, what="dead_letter", at=at)
        except DeliveryFailed:
            SEND_FAILURES.labels("dead_letter").inc()
            raise
        DEAD_LETTERS.labels(rejected.reason).inc()
        RECORDS_OUT.labels(deadletter_topic.get_topic_name()).inc()
        log.warning("record.dead_lettered", stage=stage, reason=rejected.reason,
                    error=rejected.error, topic=message.topic, partition=message.partition,
                    offset=message.offset)

    def enrich_safely(articles: list[RawArticle]) -> list[EnrichedArticle | Exception]:
        try:
            return list(worker.enricher.enrich_batch(articles))
        except Exception:  # isolate the record that fails, below
            results: list[EnrichedArticle | Exception] = []
            for article in articles:
                try:
                    results.append(worker.enricher.enrich(article))
                except Exception as error:  # dead-lettered, worker goes on
                    results.append(error)
            return results

    async def on_agent_crash(agent: Any, error: BaseException) -> None:
        name = str(agent.name).rsplit(".", 1)[-1]
        AGENT_CRASHES.labels(name).inc()
        worker.health.mark_crashed(f"agent {name} crashed: {type(error).__name__}")
        log.error("agent.crashed", agent=name, error=f"{type(error).__name__}: {error}",
                  exc_info=error)
        if worker.stop is not None:
            worker.stop()  # exit non-zero so a supervisor restarts us; never idle

    app.on_agent_crash = on_agent_crash

    @app.agent(raw_topic, name="enrich")
    async def enrich(stream: faust.StreamT[bytes]) -> None:
        async for events in stream.take_events(BATCH, within=BATCH_WITHIN_S):  # type: ignore[attr-defined]  # in Stream, not StreamT
            restore_stories()
            valid: list[tuple[Any, RawArticle]] = []
            for event in events:
                _observe(event, "raw", app)
                worker.health.record_event()
                decoded = decode_raw(event.value, settings.max_body_bytes)
                if isinstance(decoded, Rejected):
                    await send_dead_letter("enrich", decoded, event)
                else:
                    valid.append((event, decoded))
            if not valid:
                continue
            started = time.perf_counter()
            if worker.enricher.mode == "model":
                results = await asyncio.get_running_loop().run_in_executor(
                    None, enrich_safely, [a for _, a in valid])
            else:
                results = enrich_safely([a for _, a in valid])
            for (event, article), result in zip(valid, results, strict=True):
                if isinstance(result, Exception):
                    await send_dead_letter("enrich", Rejected(
                        "processing_error", f"enrichment failed: {type(result).__name__}: "
                                            f"{result}."[:500]), event)
                    continue
                await enriched_topic.send(key=article.article_id.encode(),
                                          value=result.model_dump_json().encode())
                RECORDS_OUT.labels(topics.enriched).inc()
                persist_story(result, worker.enricher.stories.signature_of(article.article_id))
                log.debug("article.enriched", article_id=article.article_id,
                          story_id=result.story_id, entities=len(result.entities))
            elapsed = time.perf_counter() - started
            for _ in valid:
                PROCESSING_SECONDS.labels("enrich").observe(elapsed / len(valid))
            log.debug("batch.enriched", size=len(valid), seconds=round(elapsed, 4))

    @app.agent(enriched_topic, name="escalation")
    async def escalate(stream: faust.StreamT[bytes]) -> None:
        by_story = stream.group_by(_story_key, name="enriched-by-story")
        async for event in by_story.events():
            _observe(event, "enriched", app)
            started = time.perf_counter()
            decoded = decode_model(event.value, EnrichedArticle, settings.max_body_bytes * 4)
            if isinstance(decoded, Rejected):
                await send_dead_letter("escalation", decoded, event)
                continue
            try:
                detection = worker.detector.detect(decoded)
            except Exception as error:  # dead-lettered, worker goes on
                await send_dead_letter("escalation", Rejected(
                    "processing_error", f"detection failed: {type(error).__name__}."), event)
                continue
            for alert in detection.alerts:
                key = alert.story_id or alert.alert_id
                stored = story_alerts[key]
                previous = StoryAlertState(**stored) if stored else None
                admitted = admit_alert(alert, previous, cooldown)
                if admitted is None:
                    log.info("alert.held_back", article_id=alert.article_id,
                             story_id=alert.story_id, severity=alert.severity)
                    continue
                story_alerts[key] = StoryAlertState(
                    admitted.alert_id, admitted.severity, admitted.published_at.isoformat(),
                    admitted.article_id or "").as_dict()
                await alerts_topic.send(key=admitted.subject.encode(),
                                        value=admitted.model_dump_json().encode())
                RECORDS_OUT.labels(topics.alerts).inc()
                ALERTS.labels(admitted.severity, admitted.category.code).inc()
                log.info("alert.published", alert_id=admitted.alert_id,
                         article_id=admitted.article_id, story_id=admitted.story_id,
                         severity=admitted.severity, category=admitted.category.code,
                         subject=admitted.subject, supersedes=admitted.supersedes)
            PROCESSING_SECONDS.labels("escalation").observe(time.perf_counter() - started)

    @app.agent(alerts_topic, name="surge")
    async def surge(stream: faust.StreamT[bytes]) -> None:
        async for event in stream.events():
            decoded = decode_model(event.value, EscalationAlert, settings.max_body_bytes * 4)
            if isinstance(decoded, Rejected) or decoded.kind != "article":
                continue
            key = decoded.subject
            subject_counts[key] += 1
            subject_hopping[key] += 1
            current = int(subject_counts[key].current())
            previous = [int(subject_counts[key].delta(window * i))
                        for i in range(1, settings.surge_baseline_windows + 1)]
            if not is_surge(current, previous, rule):
                continue
            now = datetime.fromtimestamp(event.message.timestamp, UTC)
            start = datetime.fromtimestamp(
                now.timestamp() - now.timestamp() % window.total_seconds(), UTC)
            if surges_sent[key] == start.isoformat():
                continue
            surges_sent[key] = start.isoformat()
            alert = surge_alert(decoded, current, previous, start, window.total_seconds())
            await alerts_topic.send(key=key.encode(), value=alert.model_dump_json().encode())
            RECORDS_OUT.labels(topics.alerts).inc()
            ALERTS.labels(alert.severity, alert.category.code).inc()
            log.info("alert.surge", subject=decoded.subject, count=current,
                     baseline=alert.window["baseline"] if alert.window else 0.0)

    del enrich, escalate, surge  # registered on the app
