"""The broker a benchmark runs against: a private local one on free ports, or the configured one."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from pipeline.broker.local import LocalBroker, free_port
from pipeline.broker.readiness import cluster_answers
from pipeline.errors import BrokerError
from pipeline.settings import Settings


@contextlib.contextmanager
def bench_broker(settings: Settings, home: Path, use_configured: bool) -> Iterator[str]:
    """The bootstrap address; a private broker lives in `home` and is stopped on exit."""
    if use_configured:
        if not cluster_answers(settings.kafka_client_options()):
            raise BrokerError(f"no Kafka broker answered at {settings.kafka_bootstrap_servers}; "
                              "start one or run `wirewatch bench` without --bootstrap.")
        yield settings.kafka_bootstrap_servers
        return
    broker = LocalBroker(home, port=free_port(), controller_port=free_port(),
                         heap=settings.broker_heap, lib_dir=settings.kafka_home / "lib")
    info = broker.start(timeout_s=settings.broker_start_timeout)
    try:
        yield info.bootstrap
    finally:
        broker.stop()
