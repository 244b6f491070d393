"""Replay throughput: `wirewatch replay`'s code sending the broker baseline's articles unpaced.

Compared with `broker_produce_aps`, kafka-python producing the same records already encoded
with the same producer settings, the ratio is what replay itself costs (serialising each
RawArticle, stamping ingested_at, callbacks per record).
"""

from __future__ import annotations

import time

from pipeline.bench.errors import BenchError
from pipeline.bench.kafka_io import ensure_topics, send_all
from pipeline.bench.workload import Workload
from pipeline.replay import replay_articles
from pipeline.replay.producer import build_producer
from pipeline.settings import Settings

_UNTIMED = 10  # first records: connections and metadata, as in the broker baseline


def measure_replay(settings: Settings, workload: Workload) -> float:
    """Articles/s of replay_articles over the workload (after a few untimed records)."""
    topic = settings.topics.raw
    ensure_topics(settings, [topic])
    producer = build_producer(settings)
    try:
        send_all(producer, topic, workload.records[:_UNTIMED])
        timed = workload.articles[_UNTIMED:]
        started = time.perf_counter()
        summary = replay_articles(settings, lambda: iter(timed), topic=topic,
                                  producer=producer)
        seconds = time.perf_counter() - started
    finally:
        producer.close(timeout=10)
    if summary.sent != len(timed):
        raise BenchError(f"replay sent {summary.sent} of {len(timed)} articles "
                         f"({summary.failed} failed).")
    return len(timed) / seconds
