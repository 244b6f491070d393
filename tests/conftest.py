"""Shared fixtures: a real Kafka broker for the test run and uniquely prefixed settings."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from pipeline.broker.local import LocalBroker, free_port
from pipeline.broker.readiness import cluster_answers, wait_until_ready
from pipeline.errors import BrokerError
from pipeline.settings import PROJECT_ROOT, Settings

SEEDS = PROJECT_ROOT / "seeds"
IN_CI = os.environ.get("CI", "").lower() == "true"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark tests by folder: tests/unit -> unit, tests/integration -> integration, ..., tests/compose -> compose."""
    for item in items:
        parts = Path(str(item.fspath)).parts
        for marker in ("unit", "integration", "e2e", "compose"):
            if marker in parts:
                item.add_marker(getattr(pytest.mark, marker))


def _unavailable(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"the test broker is unavailable in CI: {reason}")
    pytest.skip(f"no Kafka broker: {reason}")


KAFKA_IMAGE = "apache/kafka:4.1.1"
TEST_BROKER_LABEL = "dev.wirewatch.test-broker"
"""Label of the Docker test broker's container; its value is the pid of the test run."""


def _remove_orphaned_test_brokers(engine: Any) -> None:
    """Remove test brokers whose test run is gone (killed before its fixture could stop them)."""
    for container in engine.containers.list(all=True, filters={"label": TEST_BROKER_LABEL}):
        owner = container.labels.get(TEST_BROKER_LABEL, "")
        if owner.isdigit() and Path(f"/proc/{owner}").exists():
            continue  # its test run is still going
        container.remove(force=True)


def _docker_bootstrap() -> Iterator[str]:
    """apache/kafka in a container (KRaft, one node), published on 127.0.0.1 only.

    A generic container: testcontainers' KafkaContainer knows only Confluent's images. The
    advertised address must be the host's, so the host port is chosen before the start. The
    image must be on the machine already (pulled, or built by `make docker-setup`): nothing
    is pulled here, and the Ryuk reaper (an image of its own) is off; the fixture removes
    the container itself.
    """
    # Only with Docker: the import needs the docker package and a reachable engine.
    import docker  # noqa: PLC0415
    from docker.errors import DockerException, ImageNotFound  # noqa: PLC0415
    from testcontainers.core.config import testcontainers_config  # noqa: PLC0415
    from testcontainers.core.container import DockerContainer  # noqa: PLC0415

    try:
        engine = docker.from_env()
        engine.images.get(KAFKA_IMAGE)
    except ImageNotFound:
        _unavailable(f"the image {KAFKA_IMAGE} is not on this machine; run `make docker-setup`")
        return
    except DockerException as error:
        _unavailable(f"no Docker engine answers ({error})")
        return
    testcontainers_config.ryuk_disabled = True
    _remove_orphaned_test_brokers(engine)
    port = free_port()
    container = (
        DockerContainer(KAFKA_IMAGE)
        .with_envs(
            CLUSTER_ID=f"ww{uuid.uuid4().hex[:20]}",
            KAFKA_NODE_ID="1",
            KAFKA_PROCESS_ROLES="broker,controller",
            KAFKA_CONTROLLER_QUORUM_VOTERS="1@localhost:9093",
            KAFKA_CONTROLLER_LISTENER_NAMES="CONTROLLER",
            KAFKA_LISTENERS="PLAINTEXT://:9092,CONTROLLER://:9093",
            KAFKA_ADVERTISED_LISTENERS=f"PLAINTEXT://127.0.0.1:{port}",
            KAFKA_LISTENER_SECURITY_PROTOCOL_MAP="CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
            KAFKA_INTER_BROKER_LISTENER_NAME="PLAINTEXT",
            KAFKA_LOG_DIRS="/var/lib/kafka/data",
            # The settings of the local broker (ops/kafka/server.properties.template).
            KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR="1",
            KAFKA_OFFSETS_TOPIC_NUM_PARTITIONS="4",
            KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR="1",
            KAFKA_TRANSACTION_STATE_LOG_MIN_ISR="1",
            KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR="1",
            KAFKA_SHARE_COORDINATOR_STATE_TOPIC_MIN_ISR="1",
            KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS="0",
            KAFKA_MESSAGE_MAX_BYTES="4194304",
            KAFKA_HEAP_OPTS="-Xmx768M -Xms768M")
        .with_kwargs(labels={TEST_BROKER_LABEL: str(os.getpid())}))
    # Published on the loopback interface only: with_bind_ports() takes no host address, and
    # docker-py reads an (address, port) pair from the same mapping.
    container.ports["9092/tcp"] = ("127.0.0.1", port)  # type: ignore[assignment]  # see above
    bootstrap = f"127.0.0.1:{port}"
    container.start()

    def running() -> bool:
        wrapped = container.get_wrapped_container()
        wrapped.reload()
        return wrapped.status in {"created", "running"}

    try:
        try:
            wait_until_ready({"bootstrap_servers": [bootstrap]}, 120, still_alive=running)
        except BrokerError as error:
            logs = container.get_wrapped_container().logs(tail=20).decode(errors="replace")
            _unavailable(f"{KAFKA_IMAGE} did not answer a metadata request: {error}\n{logs}")
        yield bootstrap
    finally:
        container.stop()


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
