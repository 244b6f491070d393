"""Running a real `wirewatch worker` subprocess against the test broker, and talking to it."""

from __future__ import annotations

import contextlib
import logging
import os
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from kafka import KafkaProducer

from pipeline.processes import start_worker_process, stop_process_group
from pipeline.settings import Settings


def worker_env(settings: Settings, extra_env: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of a worker on settings' broker, topics and ports."""
    return {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": settings.kafka_bootstrap_servers,
            "WIREWATCH_TOPIC_PREFIX": settings.topic_prefix,
            "WIREWATCH_WORKER_ID": settings.worker_id,
            "WIREWATCH_PARTITIONS": str(settings.partitions),
            "WIREWATCH_METRICS_PORT": str(settings.metrics_port),
            "WIREWATCH_LOG_FORMAT": "json", **(extra_env or {})}


@contextlib.contextmanager
def running_worker(settings: Settings, log_path: Path, mode: str = "fast",
                   extra_env: dict[str, str] | None = None) -> Iterator[subprocess.Popen[bytes]]:
    """A worker on settings' broker and topics; stopped with SIGTERM (SIGKILL at a deadline)."""
    process = start_worker_process(worker_env(settings, extra_env), log_path, ["--mode", mode])
    try:
        yield process
    finally:
        stop_process_group(process)


def produce(settings: Settings, records: Iterable[tuple[bytes, bytes]]) -> int:
    """Send (key, value) records to the raw topic, acknowledged; returns how many."""
    producer = KafkaProducer(**settings.kafka_client_options(), acks="all",
                             max_request_size=4 * 1024 * 1024, linger_ms=5)
    count = 0
    try:
        for key, value in records:
            producer.send(settings.topics.raw, key=key, value=value)
            count += 1
        producer.flush(timeout=60)
    finally:
        producer.close(timeout=10)
    return count


def http_get(port: int, path: str) -> tuple[int, str]:
    """Status and body of GET http://127.0.0.1:port/path; status 0 when nothing answers."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=2) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()
    except OSError:
        return 0, ""


def metrics(port: int) -> dict[str, float]:
    """The worker's metric samples, by name with labels."""
    _, text = http_get(port, "/metrics")
    return {line.rsplit(" ", 1)[0]: float(line.rsplit(" ", 1)[1]) for line in text.splitlines()
            if line and not line.startswith("#")}


def wait_for(condition: Callable[[], bool], deadline_s: float, interval_s: float = 0.2) -> bool:
    """Poll condition until it holds or the deadline passes; returns whether it held."""
    stop_at = time.monotonic() + deadline_s
    while time.monotonic() < stop_at:
        if condition():
            return True
        time.sleep(interval_s)
    return condition()


def group_size(settings: Settings) -> int:
    """Members of the worker group right now (0 when the group is not stable)."""
    from kafka.errors import KafkaError  # noqa: PLC0415

    from pipeline.broker.admin import admin_client  # noqa: PLC0415
    from pipeline.broker.readiness import quiet_logger  # noqa: PLC0415
    from pipeline.worker.options import app_id  # noqa: PLC0415

    admin = admin_client(settings)
    try:  # kafka-python cannot decode Faust's member metadata and warns with the blob
        with contextlib.suppress(KafkaError), quiet_logger("kafka.admin", logging.ERROR):
            group = admin.describe_groups([app_id(settings)])[app_id(settings)]
            if group.get("group_state") == "Stable":
                return len(group["members"])
        return 0
    finally:
        admin.close()


def read_topic(bootstrap: str, topic: str, *, until: Callable[[list[Any]], bool],
               deadline_s: float = 60.0) -> list[Any]:
    """Records of topic from the beginning, polled until `until(records)` or the deadline.

    Partitions are assigned, not subscribed: a group subscription on a loaded machine can miss
    a topic's metadata and then wait minutes for the next refresh.
    """
    from kafka import KafkaConsumer, TopicPartition  # noqa: PLC0415

    consumer = KafkaConsumer(bootstrap_servers=[bootstrap], enable_auto_commit=False)
    records: list[Any] = []
    stop_at = time.monotonic() + deadline_s
    try:
        partitions: set[int] = set()
        while not partitions and time.monotonic() < stop_at:
            partitions = consumer.partitions_for_topic(topic) or set()
            if not partitions:
                consumer.topics()  # asks the broker again
                time.sleep(0.2)
        tps = [TopicPartition(topic, p) for p in sorted(partitions)]
        consumer.assign(tps)
        consumer.seek_to_beginning(*tps)
        while time.monotonic() < stop_at and not until(records):
            for batch in consumer.poll(timeout_ms=300).values():
                records.extend(batch)
    finally:
        consumer.close()
    return records


def read_count(bootstrap: str, topic: str, count: int, deadline_s: float = 60.0) -> list[Any]:
    """Every record of the topic once it holds at least `count`; extras show up as extras."""
    from tests.kafka_helpers import end_offset_total  # noqa: PLC0415

    def complete(records: list[Any]) -> bool:
        return len(records) >= count and len(records) >= end_offset_total(bootstrap, topic)
    return read_topic(bootstrap, topic, until=complete, deadline_s=deadline_s)
