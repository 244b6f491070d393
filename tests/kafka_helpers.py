"""Reading topics back in tests: plain kafka-python consumers that poll with a deadline."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable

from kafka import KafkaConsumer
from kafka.consumer.fetcher import ConsumerRecord

from pipeline.broker.admin import record_count
from pipeline.settings import Settings


def read_topic(bootstrap: str, topic: str, *, until: Callable[[list[ConsumerRecord]], bool],
               deadline_s: float = 60.0) -> list[ConsumerRecord]:
    """Records of topic from the beginning, polled until `until(records)` or the deadline."""
    consumer = KafkaConsumer(topic, bootstrap_servers=[bootstrap], auto_offset_reset="earliest",
                             enable_auto_commit=False, group_id=f"test-{uuid.uuid4().hex[:8]}",
                             consumer_timeout_ms=500)
    records: list[ConsumerRecord] = []
    stop_at = time.monotonic() + deadline_s
    try:
        while time.monotonic() < stop_at and not until(records):
            for batch in consumer.poll(timeout_ms=300).values():
                records.extend(batch)
    finally:
        consumer.close()
    return records


def end_offset_total(bootstrap: str, topic: str) -> int:
    """How many records the topic holds (sum of end offsets; topics here are never compacted)."""
    return record_count(Settings(kafka_bootstrap_servers=bootstrap), topic)


def read_count(bootstrap: str, topic: str, count: int,
               deadline_s: float = 60.0) -> list[ConsumerRecord]:
    """Every record of the topic once it holds at least `count`; extras show up as extras."""
    def complete(records: list[ConsumerRecord]) -> bool:
        return len(records) >= count and len(records) >= end_offset_total(bootstrap, topic)
    return read_topic(bootstrap, topic, until=complete, deadline_s=deadline_s)
