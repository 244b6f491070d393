"""The notify loop: alert topic -> webhooks, at least once.

A record's offset is committed only after every webhook that wants the alert accepted it or
the failed delivery went to the dead-letter topic (stage `notify`). A crash in between means
the alert is posted again on restart; receivers drop the repeat by its alert id.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from pipeline.board.kafka import aiokafka_options
from pipeline.logs import get_logger
from pipeline.notify.config import NotifyConfig
from pipeline.notify.delivery import Outcome, deliver
from pipeline.notify.filters import wants
from pipeline.settings import Settings
from pipeline.worker.decode import Rejected, decode_model
from schemas import DeadLetter, EscalationAlert, utc_now

log = get_logger("pipeline.notify")

STAGE = "notify"
MAX_ALERT_BYTES = 1024 * 1024


@dataclass
class NotifySummary:
    """What one run did."""

    alerts: int = 0
    delivered: int = 0
    dead_lettered: int = 0
    filtered: int = 0
    invalid: int = 0
    outcomes: list[Outcome] = field(default_factory=list)

    def as_dict(self) -> dict[str, int]:
        """The counts, for the command's summary."""
        return {"alerts read": self.alerts, "deliveries": self.delivered,
                "dead-lettered": self.dead_lettered, "filtered out": self.filtered,
                "invalid": self.invalid}


def notify_dead_letter(record: Any, error: str, reason: str = "processing_error") -> DeadLetter:
    """The dead letter of an alert record that could not be delivered (or read)."""
    value: bytes = record.value or b""
    return DeadLetter(stage=STAGE, reason=reason, error=error,  # type: ignore[arg-type]  # reason is one of DeadLetterReason
                      topic=record.topic, partition=record.partition, offset=record.offset,
                      key=record.key.decode("utf-8", "replace") if record.key else None,
                      value_b64=base64.b64encode(value).decode("ascii"), value_size=len(value),
                      value_sha256=hashlib.sha256(value).hexdigest(), failed_at=utc_now())


async def run_notifier(settings: Settings, config: NotifyConfig, *, from_beginning: bool = False,
                       limit: int | None = None, idle_timeout_s: float | None = None,
                       stop: asyncio.Event | None = None) -> NotifySummary:
    """Post alerts to the configured webhooks until `stop` is set, `limit` alerts were handled,
    or no alert came for `idle_timeout_s`."""
    from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition  # noqa: PLC0415  # only when run

    options = aiokafka_options(settings)
    consumer = AIOKafkaConsumer(settings.topics.alerts, **options, group_id=config.group,
                                enable_auto_commit=False,
                                auto_offset_reset="earliest" if from_beginning else "latest",
                                client_id="wirewatch-notify")
    producer = AIOKafkaProducer(**options, acks="all", enable_idempotence=True,
                                client_id="wirewatch-notify")
    summary = NotifySummary()
    watchlist = frozenset(config.watchlist_countries)
    try:
        await producer.start()
        await consumer.start()
        async with aiohttp.ClientSession() as session:
            last_seen = time.monotonic()
            log.info("notify.started", topic=settings.topics.alerts, group=config.group,
                     webhooks=[hook.label for hook in config.webhooks])
            while not (stop is not None and stop.is_set()):
                if limit is not None and summary.alerts >= limit:
                    break
                if idle_timeout_s is not None and time.monotonic() - last_seen > idle_timeout_s:
                    break
                # Never fetch past the limit: what is fetched is handled and committed.
                room = 100 if limit is None else min(100, limit - summary.alerts)
                batches = await consumer.getmany(timeout_ms=500, max_records=room)
                for tp, records in batches.items():
                    for record in records:
                        last_seen = time.monotonic()
                        await _handle(record, config, watchlist, session,
                                      _Sink(producer, settings.topics.deadletter), summary)
                        await consumer.commit({TopicPartition(tp.topic, tp.partition):
                                               record.offset + 1})
    finally:
        for client in (consumer, producer):
            with contextlib.suppress(Exception):  # closing must not hide why we stopped
                await client.stop()
    return summary


@dataclass(frozen=True)
class _Sink:
    """Where dead letters go: the producer and the dead-letter topic."""

    producer: Any
    topic: str


async def _handle(record: Any, config: NotifyConfig, watchlist: frozenset[str],
                  session: aiohttp.ClientSession, sink: _Sink, summary: NotifySummary) -> None:
    """Deliver one alert record to every webhook that wants it; dead-letter what fails."""
    summary.alerts += 1
    decoded = decode_model(record.value, EscalationAlert, MAX_ALERT_BYTES)
    if isinstance(decoded, Rejected):
        summary.invalid += 1
        await _dead_letter(sink, record, notify_dead_letter(record, decoded.error,
                                                            decoded.reason), "-")
        return
    hooks = [hook for hook in config.webhooks if wants(hook, decoded, watchlist)]
    if not hooks:
        summary.filtered += 1
        return
    outcomes: Sequence[Outcome] = await asyncio.gather(
        *(deliver(session, hook, decoded, config.retry) for hook in hooks))
    for outcome in outcomes:
        summary.outcomes.append(outcome)
        if outcome.delivered:
            summary.delivered += 1
        else:
            summary.dead_lettered += 1
            await _dead_letter(sink, record, notify_dead_letter(record, outcome.error),
                               outcome.webhook)


async def _dead_letter(sink: _Sink, record: Any, letter: DeadLetter, webhook: str) -> None:
    """Send a dead letter and wait for the broker's ack: the offset is committed only after."""
    await sink.producer.send_and_wait(
        sink.topic, key=record.key, value=letter.model_dump_json().encode(),
        headers=[("stage", STAGE.encode()), ("webhook", webhook.encode()),
                 ("alert_offset", str(record.offset).encode())])
    log.warning("notify.dead_lettered", webhook=webhook, topic=record.topic,
                partition=record.partition, offset=record.offset, error=letter.error)

