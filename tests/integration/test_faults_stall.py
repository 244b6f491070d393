"""Nothing silences the feed: an oversized record is dead-lettered and the partition moves on;
an agent that cannot go on makes the worker not ready and exit non-zero."""

from __future__ import annotations

import hashlib
import json
import subprocess
import time
from pathlib import Path

from kafka.admin import ConfigResource, ConfigResourceType

from pipeline.bench.workload import make_workload
from pipeline.broker.admin import admin_client, create_topics
from pipeline.broker.local import free_port
from pipeline.settings import Settings
from pipeline.worker.run import EXIT_CRASHED
from schemas import DeadLetter, EnrichedArticle
from tests.conftest import SettingsFactory
from tests.kafka_helpers import end_offset_total
from tests.worker_helpers import http_get, metrics, produce, read_count, running_worker, wait_for

HUGE_BODY = "word " * 160_000  # 800 KB: above the body limit and the dead-letter value limit


def test_an_800kb_record_is_dead_lettered_and_every_good_record_behind_it_is_enriched(
        make_settings: SettingsFactory, tmp_path: Path) -> None:
    settings = make_settings(partitions=1, metrics_port=free_port())  # one partition: all behind
    create_topics(settings)
    good = make_workload(40, seed=13).records
    huge = json.dumps({"article_id": "huge-1", "headline": "h", "body": HUGE_BODY,
                       "published_at": "2026-01-01T00:00:00Z"}).encode()
    assert len(huge) > 800_000
    with running_worker(settings, tmp_path / "worker.log"):
        produce(settings, [*good[:10], (b"huge-1", huge), *good[10:]])
        enriched = read_count(settings.kafka_bootstrap_servers, settings.topics.enriched,
                              len(good), deadline_s=90)
        [dead] = read_count(settings.kafka_bootstrap_servers, settings.topics.deadletter, 1,
                            deadline_s=30)
        status, _ = http_get(settings.metrics_port, "/readyz")
        lag = f'wirewatch_consumer_lag{{partition="0",topic="{settings.topics.raw}"}}'
        # Lag comes from the group's committed offsets on a timer: it reaches 0 once all is done.
        assert wait_for(lambda: metrics(settings.metrics_port).get(lag) == 0, 30)
        samples = metrics(settings.metrics_port)
    assert status == 200
    raw_total = end_offset_total(settings.kafka_bootstrap_servers, settings.topics.raw)
    assert raw_total == len(enriched) + 1 == len(good) + 1
    assert {EnrichedArticle.model_validate_json(r.value).article_id for r in enriched} == {
        key.decode() for key, _ in good}
    letter = DeadLetter.model_validate_json(dead.value)
    assert (letter.reason, letter.key, letter.offset) == ("oversized", "huge-1", 10)
    assert letter.value_truncated is True
    assert letter.value_size == len(huge)
    assert letter.value_sha256 == hashlib.sha256(huge).hexdigest()
    assert len(dead.value) < 8 * 1024
    assert samples['wirewatch_dead_letters_total{reason="oversized"}'] == 1
    assert samples["wirewatch_process_resident_memory_bytes"] > 0  # the process collector
    assert samples["wirewatch_faust_messages_received_total"] >= len(good) + 1  # Faust's sensors


def test_a_dead_letter_that_cannot_be_sent_makes_the_worker_not_ready_and_exit_non_zero(
        make_settings: SettingsFactory, tmp_path: Path) -> None:
    settings = make_settings(partitions=1, metrics_port=free_port())
    create_topics(settings)
    _set_max_message_bytes(settings, 64)  # the broker now refuses every dead letter
    with running_worker(settings, tmp_path / "worker.log") as worker:
        assert wait_for(lambda: http_get(settings.metrics_port, "/readyz")[0] == 200, 60)
        produce(settings, [(b"bad-1", b"{not json")])
        seen: list[tuple[int, str]] = []
        stop_at = time.monotonic() + 45
        while worker.poll() is None and time.monotonic() < stop_at:
            seen.append(http_get(settings.metrics_port, "/readyz"))
            time.sleep(0.02)
        try:
            code = worker.wait(timeout=max(1.0, stop_at - time.monotonic()))
        except subprocess.TimeoutExpired:
            code = None
    assert code == EXIT_CRASHED
    not_ready = [json.loads(body) for status, body in seen if status == 503]
    assert not_ready, "the worker never said it was not ready"
    assert not_ready[-1]["reason"].startswith("agent enrich crashed")
    log = (tmp_path / "worker.log").read_text()
    assert '"send.failed"' in log
    assert '"offset": 0' in log or '"offset":0' in log
    # The record it failed on was not committed: once the topic takes dead letters again, a
    # restarted worker reads it again and dead-letters it.
    _set_max_message_bytes(settings, 4 * 1024 * 1024)
    with running_worker(settings, tmp_path / "worker-2.log"):
        [letter] = read_count(settings.kafka_bootstrap_servers, settings.topics.deadletter, 1,
                              deadline_s=90)
    assert (letter.key, DeadLetter.model_validate_json(letter.value).offset) == (b"bad-1", 0)


def _set_max_message_bytes(settings: Settings, size: int) -> None:
    admin = admin_client(settings)
    try:
        admin.alter_configs([ConfigResource(ConfigResourceType.TOPIC, settings.topics.deadletter,
                                            configs={"max.message.bytes": str(size)})])
    finally:
        admin.close()
