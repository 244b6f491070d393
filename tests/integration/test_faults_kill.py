"""A worker SIGKILLed part-way through a replay, then restarted: every article is enriched
(duplicates allowed, recognisable by id), no alert is lost, tables recover from changelogs;
SIGTERM finishes in-flight records, commits, and leaves nothing running."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition

from pipeline.assembly import build_cores
from pipeline.bench.workload import make_workload
from pipeline.broker.admin import create_topics
from pipeline.settings import Settings
from pipeline.worker.options import app_id
from schemas import EnrichedArticle, EscalationAlert, severity_rank
from tests.conftest import SettingsFactory
from tests.kafka_helpers import end_offset_total
from tests.worker_helpers import produce, read_topic, running_worker, wait_for

COUNT = 300


def _enriched(settings: Settings, ids: set[str], deadline_s: float) -> list[EnrichedArticle]:
    def complete(records: list[object]) -> bool:
        return {r.key.decode() for r in records} >= ids  # type: ignore[attr-defined]  # ConsumerRecord
    records = read_topic(settings.kafka_bootstrap_servers, settings.topics.enriched,
                         until=complete, deadline_s=deadline_s)
    return [EnrichedArticle.model_validate_json(r.value) for r in records]


def _replay_in_background(settings: Settings, records: list[tuple[bytes, bytes]]
                          ) -> threading.Thread:
    def send() -> None:
        for start in range(0, len(records), 25):  # a steady replay, not one burst
            produce(settings, records[start:start + 25])
            time.sleep(0.05)
    thread = threading.Thread(target=send)
    thread.start()
    return thread


def _enriched_count(settings: Settings) -> int:
    return end_offset_total(settings.kafka_bootstrap_servers, settings.topics.enriched)


def test_a_worker_killed_mid_replay_and_restarted_loses_no_article_and_no_alert(
        make_settings: SettingsFactory, tmp_path: Path) -> None:
    settings = make_settings(partitions=2)
    create_topics(settings)
    workload = make_workload(COUNT, seed=31)
    ids = {a.article_id for a in workload.articles}
    with running_worker(settings, tmp_path / "worker-1.log") as first:
        replay = _replay_in_background(settings, workload.records)
        assert wait_for(lambda: _enriched_count(settings) >= COUNT // 3, 120, 0.05)
        os.killpg(first.pid, signal.SIGKILL)
        killed_at = time.monotonic()
        first.wait(timeout=10)
    at_kill = _enriched_count(settings)
    replay.join()
    _, detector = build_cores(Settings(enrich_mode="fast"))
    with running_worker(settings, tmp_path / "worker-2.log"):
        enriched = _enriched(settings, ids, 180)
        recovered_s = time.monotonic() - killed_at
        # Every article the detector alerts on needs an alert for its story at its severity
        # or above (the cooldown may hold a repeat back, never drop the story's alert).
        needed: dict[str, int] = {}
        for article in {a.article_id: a for a in enriched}.values():
            for alert in detector.detect(article).alerts:
                needed[article.story_id] = max(needed.get(article.story_id, -1),
                                               severity_rank(alert.severity))

        def best(records: list[object]) -> dict[str, int]:
            found: dict[str, int] = {}
            for record in records:
                alert = EscalationAlert.model_validate_json(record.value)  # type: ignore[attr-defined]  # ConsumerRecord
                if alert.kind == "article" and alert.story_id:
                    found[alert.story_id] = max(found.get(alert.story_id, -1),
                                                severity_rank(alert.severity))
            return found

        alert_records = read_topic(
            settings.kafka_bootstrap_servers, settings.topics.alerts, deadline_s=120,
            until=lambda r: all(best(r).get(s, -1) >= n for s, n in needed.items()))
    per_id = Counter(a.article_id for a in enriched)
    assert set(per_id) == ids
    duplicates = sum(per_id.values()) - len(ids)
    found = best(alert_records)
    missing = {s: n for s, n in needed.items() if found.get(s, -1) < n}
    assert missing == {}
    alerts = alert_records
    expected = len(needed)
    assert expected > 0
    print(f"SIGKILL: {COUNT} records, {at_kill} enriched at the kill, {duplicates} duplicates, "
          f"all enriched {recovered_s:.1f} s after the kill, {len(alerts)} alerts")


def _committed(settings: Settings) -> dict[int, int]:
    admin = KafkaAdminClient(**settings.kafka_client_options())
    try:
        offsets = admin.list_group_offsets(app_id(settings))[app_id(settings)]
    finally:
        admin.close()
    return {tp.partition: meta.offset for tp, meta in offsets.items()
            if tp.topic == settings.topics.raw}


def _raw_ids_below(settings: Settings, committed: dict[int, int]) -> set[str]:
    consumer = KafkaConsumer(**settings.kafka_client_options(), enable_auto_commit=False)
    ids: set[str] = set()
    try:
        tps = [TopicPartition(settings.topics.raw, p) for p in committed]
        consumer.assign(tps)
        consumer.seek_to_beginning(*tps)
        stop_at = time.monotonic() + 30
        while time.monotonic() < stop_at and any(
                consumer.position(tp) < committed[tp.partition] for tp in tps):
            for tp, records in consumer.poll(timeout_ms=300).items():
                ids.update(r.key.decode() for r in records if r.offset < committed[tp.partition])
    finally:
        consumer.close()
    return ids


def test_sigterm_finishes_in_flight_records_commits_and_leaves_nothing_running(
        make_settings: SettingsFactory, tmp_path: Path) -> None:
    settings = make_settings(partitions=2)
    create_topics(settings)
    workload = make_workload(200, seed=41)
    with running_worker(settings, tmp_path / "worker.log") as worker:
        produce(settings, workload.records)
        assert wait_for(lambda: _enriched_count(settings) >= 50, 120, 0.05)
        os.killpg(worker.pid, signal.SIGTERM)
        stopped_at = time.monotonic()
        code = worker.wait(timeout=60)
        stop_s = time.monotonic() - stopped_at
    assert code == 0
    with pytest.raises(ProcessLookupError):
        os.killpg(worker.pid, 0)  # the whole process group is gone
    committed = _committed(settings)
    done = _raw_ids_below(settings, committed)
    enriched_ids = {a.article_id for a in _enriched(settings, done, 120)}
    assert done <= enriched_ids, "a committed record was never enriched"
    in_flight_lost = len(enriched_ids) - len(done)
    assert sum(committed.values()) == len(done)
    print(f"SIGTERM: stopped in {stop_s:.1f} s, {sum(committed.values())} committed, "
          f"{in_flight_lost} enriched past the commit (redelivered on restart)")
