"""Broker baseline: kafka-python produces the records, then consumes them back; no processing."""

from __future__ import annotations

import time
from dataclasses import dataclass

from pipeline.bench.kafka_io import drain, ensure_topics, open_reader, send_all
from pipeline.bench.workload import Workload
from pipeline.replay.producer import build_producer
from pipeline.settings import Settings

MB = 1024 * 1024
_UNTIMED = 10  # first records: connections and metadata


@dataclass(frozen=True)
class BrokerBaseline:
    """Rates of producing and of consuming the same records with kafka-python."""

    produce_aps: float
    consume_aps: float
    mean_bytes: float

    @property
    def aps(self) -> float:
        """Records per second through produce then consume (one copy each, like an agent)."""
        return 1.0 / (1.0 / self.produce_aps + 1.0 / self.consume_aps)

    @property
    def mbps(self) -> float:
        """Record values (uncompressed JSON) per second through produce and consume, in MiB."""
        return self.aps * self.mean_bytes / MB


def measure_broker(settings: Settings, workload: Workload) -> BrokerBaseline:
    """Produce the workload with the replay producer (acks=all, idempotent, lz4), read it back."""
    topic = settings.topics.raw
    ensure_topics(settings, [topic])
    producer = build_producer(settings)
    try:
        send_all(producer, topic, workload.records[:_UNTIMED])
        produce_s = send_all(producer, topic, workload.records[_UNTIMED:])
    finally:
        producer.close(timeout=10)
    consumer = open_reader(settings, topic)
    try:
        for partition in consumer.assignment():
            consumer.position(partition)  # resolve the start offsets before the clock runs
        started = time.perf_counter()
        records = drain(consumer, workload.count)
        consume_s = time.perf_counter() - started
    finally:
        consumer.close()
    return BrokerBaseline(produce_aps=(workload.count - _UNTIMED) / produce_s,
                          consume_aps=len(records) / consume_s,
                          mean_bytes=workload.total_bytes / workload.count)
