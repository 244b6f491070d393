"""Running a real `wirewatch worker` subprocess against the test broker."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from pipeline.broker.local import free_port
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
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "pipeline", "worker", "--mode", mode,
             "--web-port", str(free_port())], env=env, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True)
        try:
            yield process
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)
