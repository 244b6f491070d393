"""Is a Kafka cluster answering? Asked with a real metadata request, polled with a deadline."""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable, Iterator

from kafka import KafkaAdminClient
from kafka.errors import KafkaError

from pipeline.errors import BrokerError


@contextlib.contextmanager
def quiet_logger(name: str = "kafka", level: int = logging.CRITICAL) -> Iterator[None]:
    """Raise a logger's level for the block: for answers that are expected, not news."""
    logger = logging.getLogger(name)
    previous = logger.level
    logger.setLevel(level)
    try:
        yield
    finally:
        logger.setLevel(previous)


def cluster_answers(client_options: dict[str, object], timeout_ms: int = 3000) -> bool:
    """True when a broker answers a metadata (describe-cluster) request."""
    # Refused connections are the expected answer while a broker boots: not worth a log line.
    with quiet_logger("kafka"):
        try:
            admin = KafkaAdminClient(**client_options, request_timeout_ms=timeout_ms,
                                     reconnect_backoff_ms=50, reconnect_backoff_max_ms=250,
                                     client_id="wirewatch-probe")
        except (KafkaError, OSError, ValueError):
            return False
        try:
            admin.describe_cluster()
            return True
        except (KafkaError, OSError):
            return False
        finally:
            admin.close()


def wait_until_ready(client_options: dict[str, object], deadline_s: float,
                     still_alive: Callable[[], bool] = lambda: True) -> float:
    """Poll until the cluster answers; returns seconds waited, raises BrokerError at the deadline."""
    started = time.monotonic()
    while True:
        if cluster_answers(client_options, timeout_ms=2000):
            return time.monotonic() - started
        if not still_alive():
            raise BrokerError("the Kafka broker process exited during start-up.")
        if time.monotonic() - started > deadline_s:
            servers = ",".join(str(s) for s in client_options["bootstrap_servers"])  # type: ignore[attr-defined]  # always a list here
            raise BrokerError(f"no Kafka broker answered at {servers} within {deadline_s:.0f}s.")
        time.sleep(0.25)
