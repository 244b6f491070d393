"""Kafka plumbing shared by the measurements: fresh topics, bulk produce, counting, reading."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from kafka import KafkaConsumer, KafkaProducer, TopicPartition

from pipeline.bench.errors import BenchError
from pipeline.broker.admin import create_topics
from pipeline.settings import Settings

_POLL_S = 0.02


@dataclass(frozen=True)
class Record:
    """A record read back: key, value and its Kafka timestamp in seconds."""

    key: bytes | None
    value: bytes
    timestamp: float


def measurement_settings(base: Settings, label: str, partitions: int) -> Settings:
    """Settings of one measurement: its own topic prefix and consumer group, free ports."""
    run = f"bench-{uuid.uuid4().hex[:8]}-{label}"
    # A fresh object rather than model_copy: `topics` is cached on the instance it came from.
    values: dict[str, Any] = base.model_dump()
    values.update(topic_prefix=run, worker_id=run, partitions=partitions, web_port=0,
                  metrics_port=0)
    return Settings(**values)


def ensure_topics(settings: Settings, names: Sequence[str]) -> None:
    """Create the topics (with the measurement's partition count) before anyone uses them."""
    create_topics(settings, list(names))


def send_all(producer: KafkaProducer, topic: str, records: Sequence[tuple[bytes, bytes]],
             spread_over: int | None = None) -> float:
    """Send every record and wait for all acknowledgements; seconds from first send to flush.

    Records go to the partition of their key, or with `spread_over` round-robin over that
    many partitions (equal shares, whatever the keys hash to).
    """
    started = time.perf_counter()
    futures = [producer.send(topic, key=key, value=value,
                             partition=None if spread_over is None else index % spread_over)
               for index, (key, value) in enumerate(records)]
    producer.flush(timeout=120)
    seconds = time.perf_counter() - started
    failed = sum(1 for future in futures if not future.succeeded())
    if failed:
        raise BenchError(f"{failed} of {len(records)} records were not acknowledged by the "
                         f"broker on {topic}.")
    return seconds


class OffsetWatch:
    """How many records a topic holds (sum of end offsets), asked as often as needed."""

    def __init__(self, settings: Settings, topic: str) -> None:
        self.topic = topic
        self._consumer = KafkaConsumer(**settings.kafka_client_options(),
                                       enable_auto_commit=False,
                                       client_id="wirewatch-bench-watch")
        partitions = _partitions_of(self._consumer, topic)
        self._partitions = [TopicPartition(topic, p) for p in partitions]

    def total(self) -> int:
        """Records in the topic right now."""
        return int(sum(self._consumer.end_offsets(self._partitions).values()))

    def wait_for(self, count: int, deadline_s: float,
                 alive: Callable[[], bool] = lambda: True) -> float:
        """Poll until the topic holds `count` records; the time.time() it was seen."""
        stop_at = time.monotonic() + deadline_s
        while True:
            if self.total() >= count:
                return time.time()
            if not alive():
                raise BenchError(f"a benchmark process stopped before {self.topic} held "
                                 f"{count} records.")
            if time.monotonic() > stop_at:
                raise BenchError(f"{self.topic} held {self.total()} of {count} records after "
                                 f"{deadline_s:.0f} s.")
            time.sleep(_POLL_S)

    def end_offsets(self, topics: Sequence[str]) -> dict[TopicPartition, int]:
        """End offset of every partition of the topics."""
        partitions = [TopicPartition(topic, p) for topic in topics
                      for p in _partitions_of(self._consumer, topic)]
        return {tp: int(end) for tp, end in self._consumer.end_offsets(partitions).items()}

    def close(self) -> None:
        """Close the consumer."""
        self._consumer.close()


def _partitions_of(consumer: KafkaConsumer, topic: str, settle_s: float = 10.0) -> set[int]:
    stop_at = time.monotonic() + settle_s
    while True:
        partitions: set[int] | None = consumer.partitions_for_topic(topic)
        if partitions:
            return partitions
        if time.monotonic() > stop_at:
            raise BenchError(f"the topic {topic} does not exist on the broker.")
        time.sleep(0.1)


def open_reader(settings: Settings, topic: str) -> KafkaConsumer:
    """A consumer assigned every partition of the topic, positioned at the beginning."""
    consumer = KafkaConsumer(**settings.kafka_client_options(), enable_auto_commit=False,
                             client_id="wirewatch-bench-read", max_poll_records=5000,
                             fetch_max_bytes=64 * 1024 * 1024,
                             max_partition_fetch_bytes=16 * 1024 * 1024)
    partitions = [TopicPartition(topic, p) for p in _partitions_of(consumer, topic)]
    consumer.assign(partitions)
    consumer.seek_to_beginning(*partitions)
    return consumer


def end_total(consumer: KafkaConsumer) -> int:
    """Records in the partitions assigned to the consumer (sum of end offsets)."""
    return int(sum(consumer.end_offsets(list(consumer.assignment())).values()))


def drain(consumer: KafkaConsumer, count: int, deadline_s: float = 120.0) -> list[Record]:
    """Poll until `count` records have been read."""
    records: list[Record] = []
    stop_at = time.monotonic() + deadline_s
    while len(records) < count:
        if time.monotonic() > stop_at:
            raise BenchError(f"read {len(records)} of {count} records in {deadline_s:.0f} s.")
        for batch in consumer.poll(timeout_ms=200).values():
            records.extend(Record(r.key, r.value, r.timestamp / 1000.0) for r in batch)
    return records


def read_all(settings: Settings, topic: str, count: int | None = None) -> list[Record]:
    """The records of the topic from the beginning: `count` of them, or all it holds now."""
    consumer = open_reader(settings, topic)
    try:
        return drain(consumer, end_total(consumer) if count is None else count)
    finally:
        consumer.close()
