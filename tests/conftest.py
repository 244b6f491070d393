"""Shared fixtures: a real Kafka broker for the test run and uniquely prefixed settings."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from pipeline.broker.local import LocalBroker, free_port
from pipeline.broker.readiness import cluster_answers
from pipeline.errors import BrokerError
from pipeline.settings import PROJECT_ROOT, Settings

SEEDS = PROJECT_ROOT / "seeds"
IN_CI = os.environ.get("CI", "").lower() == "true"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark tests by folder: tests/unit -> unit, tests/integration -> integration, ..."""
    for item in items:
        parts = Path(str(item.fspath)).parts
        for marker in ("unit", "integration", "e2e"):
            if marker in parts:
                item.add_marker(getattr(pytest.mark, marker))


def _unavailable(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"the test broker is unavailable in CI: {reason}")
    pytest.skip(f"no Kafka broker: {reason}")


def _docker_bootstrap() -> Iterator[str]:
    from testcontainers.kafka import KafkaContainer  # noqa: PLC0415  # only with Docker

    with KafkaContainer("apache/kafka:4.1.1").with_kraft() as container:
        yield container.get_bootstrap_server()


@pytest.fixture(scope="session")
def kafka_bootstrap(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real broker for the whole run: given, in Docker, or the local jars on free ports."""
    given = os.environ.get("WIREWATCH_TEST_BOOTSTRAP")
    if given:
        if not cluster_answers({"bootstrap_servers": given.split(",")}):
            _unavailable(f"WIREWATCH_TEST_BOOTSTRAP={given} does not answer")
        yield given
        return
    if os.environ.get("WIREWATCH_TEST_BROKER") == "docker":
        yield from _docker_bootstrap()
        return
    home = tmp_path_factory.mktemp("kafka")
    broker = LocalBroker(home, port=free_port(), controller_port=free_port(), heap="768M",
                         lib_dir=Settings().kafka_home / "lib")
    try:
        info = broker.start(timeout_s=120)
    except BrokerError as error:
        _unavailable(str(error))
        return
    try:
        yield info.bootstrap
    finally:
        broker.stop()


SettingsFactory = Callable[..., Settings]


@pytest.fixture
def make_settings(kafka_bootstrap: str, tmp_path: Path) -> SettingsFactory:
    """Settings on the test broker with a fresh topic prefix per call."""
    def factory(**overrides: object) -> Settings:
        values: dict[str, object] = {
            "kafka_bootstrap_servers": kafka_bootstrap,
            "topic_prefix": f"t{uuid.uuid4().hex[:10]}",
            "partitions": 2,
            "home": tmp_path / "home",
            "web_port": free_port(),
            "metrics_port": 0,
        }
        values.update(overrides)
        return Settings(**values)  # type: ignore[arg-type]  # field names checked by pydantic
    return factory
