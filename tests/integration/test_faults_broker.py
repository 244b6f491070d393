"""The broker restarted during a replay: the producer and the worker recover by themselves,
counts reconcile and each key's records keep their order. Runs on a private broker."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from kafka import KafkaProducer

from pipeline.broker.admin import create_topics
from pipeline.broker.local import LocalBroker, free_port
from pipeline.errors import BrokerError
from pipeline.settings import Settings
from schemas import EnrichedArticle, RawArticle
from tests.conftest import IN_CI
from tests.kafka_helpers import end_offset_total
from tests.worker_helpers import http_get, read_topic, running_worker, wait_for

KEYS = 30
VERSIONS = 10


@pytest.fixture
def private_broker(tmp_path: Path) -> Iterator[LocalBroker]:
    """A broker of this test's own, which it may stop and start on the same ports and data."""
    broker = LocalBroker(tmp_path / "kafka", port=free_port(), controller_port=free_port(),
                         heap="512M", lib_dir=Settings().kafka_home / "lib")
    try:
        broker.start(timeout_s=120)
    except BrokerError as error:
        if IN_CI:
            pytest.fail(f"the private broker did not start: {error}")
        pytest.skip(f"no private broker: {error}")
    try:
        yield broker
    finally:
        broker.stop()


def _record(key: int, version: int) -> tuple[bytes, bytes]:
    article_id = f"k{key:02d}"
    article = RawArticle(article_id=article_id, headline=f"{article_id} v{version}",
                         body=f"GENEVA (Reuters) - Talks on item {key} reached round {version} "
                              "on Monday, officials said.",
                         published_at=datetime(2026, 5, 1, tzinfo=UTC))
    return article_id.encode(), article.model_dump_json().encode()


def test_a_broker_restart_mid_replay_loses_nothing_and_keeps_per_key_order(
        private_broker: LocalBroker, tmp_path: Path) -> None:
    settings = Settings(kafka_bootstrap_servers=f"127.0.0.1:{private_broker.port}",
                        topic_prefix=f"t{uuid.uuid4().hex[:10]}", partitions=2,
                        home=tmp_path / "home", metrics_port=free_port())
    create_topics(settings)
    records = [_record(key, version) for version in range(VERSIONS) for key in range(KEYS)]
    producer = KafkaProducer(**settings.kafka_client_options(), acks="all",
                             enable_idempotence=True, max_block_ms=120_000,
                             delivery_timeout_ms=180_000, request_timeout_ms=10_000)
    sent: list[int] = []

    def replay() -> None:
        for key, value in records:
            producer.send(settings.topics.raw, key=key, value=value)
            sent.append(1)
            time.sleep(0.02)
        producer.flush(timeout=180)

    with running_worker(settings, tmp_path / "worker.log") as worker:
        assert wait_for(lambda: http_get(settings.metrics_port, "/readyz")[0] == 200, 90)
        thread = threading.Thread(target=replay)
        thread.start()
        assert wait_for(lambda: len(sent) >= len(records) // 3, 60, 0.05)
        private_broker.stop()
        restarted_at = time.monotonic()
        private_broker.start(timeout_s=120)
        thread.join(timeout=240)
        producer.close(timeout=10)

        def complete(got: list[Any]) -> bool:
            headlines = {EnrichedArticle.model_validate_json(r.value).headline for r in got}
            return len(headlines) >= len(records)

        enriched_records = read_topic(settings.kafka_bootstrap_servers, settings.topics.enriched,
                                      until=complete, deadline_s=240)
        recovered_s = time.monotonic() - restarted_at
        assert worker.poll() is None, "the worker died with the broker"
    raw_total = end_offset_total(settings.kafka_bootstrap_servers, settings.topics.raw)
    assert raw_total == len(records), "the producer lost or duplicated records"
    enriched = [EnrichedArticle.model_validate_json(r.value) for r in enriched_records]
    assert {a.headline for a in enriched} == {f"k{k:02d} v{v}" for k in range(KEYS)
                                              for v in range(VERSIONS)}
    for key in range(KEYS):
        versions = [int(a.headline.rsplit("v", 1)[1]) for a in enriched
                    if a.article_id == f"k{key:02d}"]
        first_seen = list(dict.fromkeys(versions))
        assert first_seen == list(range(VERSIONS)), (key, versions)
    print(f"broker restart: {len(records)} records, {len(enriched) - len(records)} duplicates, "
          f"all enriched {recovered_s:.1f} s after the restart began")
