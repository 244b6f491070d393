"""`wirewatch worker --processes 2` on a real broker: two children share the partitions of one
consumer group, every article of a replay is enriched exactly once, SIGTERM to the parent
leaves no process, and a child that dies ends the parent with a non-zero status."""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

import psutil

from pipeline.bench.workload import make_workload
from pipeline.broker.admin import create_topics
from pipeline.broker.local import free_port
from pipeline.processes import start_worker_process, stop_process_group
from pipeline.replay import replay_articles
from pipeline.settings import Settings
from schemas import EnrichedArticle
from tests.conftest import SettingsFactory
from tests.kafka_helpers import end_offset_total, read_count
from tests.worker_helpers import group_size, http_get, metrics, wait_for, worker_env

PARTITIONS = 4
ARTICLES = 80


def _free_pair() -> int:
    """A port p with p + 1 free too: the children's metrics ports."""
    for _ in range(50):
        port = free_port()
        if http_get(port + 1, "/")[0] == 0 and port + 1 < 65536:
            return port
    raise AssertionError("no two consecutive free ports")


def _start(settings: Settings, log_path: Path) -> tuple[subprocess.Popen[bytes], list[int]]:
    """The parent, and its children once both are ready and the group holds both."""
    parent = start_worker_process(worker_env(settings), log_path,
                                  ["--mode", "fast", "--processes", "2"])
    ports = [settings.metrics_port, settings.metrics_port + 1]
    ready = wait_for(lambda: all(http_get(p, "/readyz")[0] == 200 for p in ports), 120)
    assert ready, log_path.read_text(errors="replace")[-3000:]
    assert wait_for(lambda: group_size(settings) == 2, 60)
    children = [child.pid for child in psutil.Process(parent.pid).children()]
    assert len(children) == 2
    return parent, children


def _gone(pids: list[int]) -> bool:
    return not any(psutil.pid_exists(pid) and psutil.Process(pid).status() != "zombie"
                   for pid in pids)


def test_two_processes_share_the_partitions_and_enrich_every_article_once(
        make_settings: SettingsFactory, tmp_path: Path) -> None:
    settings = make_settings(partitions=PARTITIONS, metrics_port=_free_pair())
    create_topics(settings)
    articles = make_workload(ARTICLES, seed=16).articles
    parent, children = _start(settings, tmp_path / "worker.log")
    try:
        summary = replay_articles(settings, lambda: iter(articles))
        assert (summary.sent, summary.failed, summary.skipped) == (ARTICLES, 0, 0)
        records = read_count(settings.kafka_bootstrap_servers, settings.topics.enriched,
                             ARTICLES, deadline_s=180)
        ids = [EnrichedArticle.model_validate_json(r.value).article_id for r in records]
        consumed = [metrics(port).get(f'wirewatch_records_in_total{{topic="{settings.topics.raw}"}}',
                                      0.0)
                    for port in (settings.metrics_port, settings.metrics_port + 1)]
        counts = {topic: end_offset_total(settings.kafka_bootstrap_servers, topic) for topic in
                  (settings.topics.raw, settings.topics.enriched, settings.topics.deadletter)}
        assert sorted(ids) == sorted(a.article_id for a in articles), (consumed, counts)
        assert sum(consumed) == ARTICLES
        assert all(count > 0 for count in consumed), f"one child took no partition: {consumed}"
        parent.send_signal(signal.SIGTERM)  # the parent alone: it must stop its children
        assert parent.wait(timeout=90) == 0
        assert wait_for(lambda: _gone(children), 10)
    finally:
        stop_process_group(parent)


def test_a_child_that_dies_ends_the_parent_non_zero_and_the_other_child(
        make_settings: SettingsFactory, tmp_path: Path) -> None:
    settings = make_settings(partitions=PARTITIONS, metrics_port=_free_pair())
    create_topics(settings)
    parent, children = _start(settings, tmp_path / "worker.log")
    try:
        os.kill(children[0], signal.SIGKILL)
        assert parent.wait(timeout=90) != 0
        assert wait_for(lambda: _gone(children), 10)
    finally:
        stop_process_group(parent)
