"""The replay producer: idempotent, acks=all, keyed by article_id, compressed."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from kafka import KafkaProducer
from kafka.errors import KafkaError

from pipeline.broker.readiness import quiet_logger
from pipeline.errors import BrokerError
from pipeline.logs import get_logger
from pipeline.readers import ReadProblem
from pipeline.replay.pacing import Pacer
from pipeline.settings import Settings
from schemas import RawArticle, utc_now

log = get_logger(__name__)


@dataclass
class ReplaySummary:
    """What a replay did: counts reconcile as read = sent + failed (+ skipped problems)."""

    topic: str
    sent: int = 0
    skipped: int = 0
    failed: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        """Articles sent per second of wall time."""
        return self.sent / self.seconds if self.seconds > 0 else 0.0

    def as_dict(self) -> dict[str, Any]:
        """The summary as plain data (without the id list)."""
        return {"topic": self.topic, "sent": self.sent, "skipped": self.skipped,
                "failed": self.failed, "seconds": round(self.seconds, 3),
                "articles_per_s": round(self.rate, 1), "problems": self.problems}


def build_producer(settings: Settings) -> KafkaProducer:
    """A kafka-python producer with idempotence, acks=all, lz4 and batching."""
    options = settings.kafka_client_options()
    # Refused connections while bootstrapping would each log a line; the BrokerError says it once.
    try:
        with quiet_logger("kafka"):
            return KafkaProducer(**options, acks="all",
                                 enable_idempotence=True, compression_type="lz4", linger_ms=10,
                                 batch_size=512 * 1024, max_request_size=4 * 1024 * 1024,
                                 client_id="wirewatch-replay", bootstrap_timeout_ms=10000)
    except (KafkaError, OSError):
        raise BrokerError(f"no Kafka broker answered at {settings.kafka_bootstrap_servers}; "
                          "start one with `wirewatch broker start`.") from None


def _looped(items: Callable[[], Iterable[RawArticle | ReadProblem]],
            loop: bool) -> Iterator[tuple[int, RawArticle | ReadProblem]]:
    round_number = 0
    while True:
        yielded = False
        for item in items():
            yielded = True
            yield round_number, item
        round_number += 1
        if not loop or not yielded:
            return


def replay_articles(settings: Settings,
                    source: Callable[[], Iterable[RawArticle | ReadProblem]],
                    *, topic: str | None = None, pacer: Pacer | None = None,
                    loop: bool = False, limit: int | None = None,
                    on_progress: Callable[[ReplaySummary], None] | None = None,
                    producer: KafkaProducer | None = None) -> ReplaySummary:
    """Send every article from source to the raw topic; problems are counted and logged.

    With `loop`, later rounds suffix article ids with `-r<round>` so that they are new
    articles rather than at-least-once duplicates.
    """
    summary = ReplaySummary(topic=topic or settings.topics.raw)
    own_producer = producer is None
    producer = producer or build_producer(settings)
    pacer = pacer or Pacer()
    started = time.monotonic()

    def delivered(_metadata: Any) -> None:
        summary.sent += 1

    def failed(error: Exception) -> None:
        summary.failed += 1
        log.error("replay.send_failed", error=str(error))

    try:
        for round_number, item in _looped(source, loop):
            if limit is not None and len(summary.article_ids) >= limit:
                break
            if isinstance(item, ReadProblem):
                if round_number == 0:
                    summary.skipped += 1
                    summary.problems.append(str(item))
                    log.warning("replay.skipped", path=str(item.path), line=item.line,
                                reason=item.reason, error=item.message)
                continue
            article = item
            if round_number:
                article = article.model_copy(
                    update={"article_id": f"{article.article_id}-r{round_number}"})
            pacer.wait(article.published_at)
            article = article.model_copy(update={"ingested_at": utc_now()})
            future = producer.send(summary.topic, key=article.article_id.encode("utf-8"),
                                   value=article.model_dump_json().encode("utf-8"))
            future.add_callback(delivered)
            future.add_errback(failed)
            summary.article_ids.append(article.article_id)
            if on_progress is not None:
                on_progress(summary)
        producer.flush(timeout=60)
    finally:
        if own_producer:
            producer.close(timeout=10)
    summary.seconds = time.monotonic() - started
    unacknowledged = len(summary.article_ids) - summary.sent - summary.failed
    if unacknowledged > 0:
        summary.failed += unacknowledged
        log.error("replay.unacknowledged", count=unacknowledged)
    return summary
