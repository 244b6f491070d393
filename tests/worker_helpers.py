"""Running a real `wirewatch worker` subprocess against the test broker."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

from pipeline.processes import start_worker_process, stop_process_group
from pipeline.settings import Settings


@contextlib.contextmanager
def running_worker(settings: Settings, log_path: Path, mode: str = "fast",
                   extra_env: dict[str, str] | None = None) -> Iterator[subprocess.Popen[bytes]]:
    """A worker on settings' broker and topics; stopped with SIGTERM (SIGKILL at a deadline)."""
    env = {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": settings.kafka_bootstrap_servers,
           "WIREWATCH_TOPIC_PREFIX": settings.topic_prefix,
           "WIREWATCH_WORKER_ID": f"{settings.topic_prefix}-worker",
           "WIREWATCH_PARTITIONS": str(settings.partitions),
           "WIREWATCH_METRICS_PORT": str(settings.metrics_port),
           "WIREWATCH_LOG_FORMAT": "json", **(extra_env or {})}
    process = start_worker_process(env, log_path, ["--mode", mode])
    try:
        yield process
    finally:
        stop_process_group(process)
