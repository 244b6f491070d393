"""Reading the stack's topics from the host, through the published port (kafka-python)."""

from __future__ import annotations

import time
from collections import Counter

from kafka import KafkaConsumer, TopicPartition

from ops.compose.reconcile import TopicCounts

RAW = "wire.articles.raw"
ENRICHED = "wire.articles.enriched"
DEADLETTER = "wire.deadletter"


def read_topic(bootstrap: str, topic: str, timeout_s: float = 60.0) -> list[tuple[bytes, bytes]]:
    """Every (key, value) on the topic now, from the first offset to the end of each partition."""
    consumer = KafkaConsumer(bootstrap_servers=[bootstrap], enable_auto_commit=False,
                             group_id=None, consumer_timeout_ms=1000)
    try:
        partitions = [TopicPartition(topic, number)
                      for number in sorted(consumer.partitions_for_topic(topic) or ())]
        if not partitions:
            return []
        consumer.assign(partitions)
        consumer.seek_to_beginning(*partitions)
        ends = consumer.end_offsets(partitions)
        records: list[tuple[bytes, bytes]] = []
        deadline = time.monotonic() + timeout_s
        while any(consumer.position(tp) < ends[tp] for tp in partitions):
            if time.monotonic() > deadline:
                raise TimeoutError(f"{topic}: not read to its end within {timeout_s:.0f}s.")
            for batch in consumer.poll(timeout_ms=500).values():
                records.extend((record.key or b"", record.value or b"") for record in batch)
        return records
    finally:
        consumer.close()


def topic_counts(bootstrap: str) -> TopicCounts:
    """The keys of every record on the raw, enriched and dead-letter topics."""
    def keys(topic: str) -> Counter[bytes]:
        return Counter(key for key, _ in read_topic(bootstrap, topic))

    return TopicCounts(keys(RAW), keys(ENRICHED), keys(DEADLETTER))



def records_on(bootstrap: str, topic: str) -> int:
    """How many records the topic holds now (the sum of its partitions' end offsets)."""
    consumer = KafkaConsumer(bootstrap_servers=[bootstrap], enable_auto_commit=False,
                             group_id=None)
    try:
        partitions = [TopicPartition(topic, number)
                      for number in sorted(consumer.partitions_for_topic(topic) or ())]
        return sum(consumer.end_offsets(partitions).values()) if partitions else 0
    finally:
        consumer.close()
