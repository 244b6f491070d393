"""A secured cluster: SASL_SSL with mutual TLS, SCRAM and PLAIN accounts, and KRaft ACLs.

The broker is private to this module (its own home, free ports, certificates made now). The
pipeline runs with its own accounts — replay as a SCRAM-SHA-256 producer, the worker as a
SCRAM-SHA-512 client, tail as a PLAIN reader — and clients without the right account are
refused: the unauthenticated and the read-only ones can neither produce alerts nor read raw.
"""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import (
    ACL,
    ACLOperation,
    ACLPermissionType,
    ACLResourcePatternType,
    ResourcePattern,
    ResourceType,
)
from kafka.errors import KafkaError
from pydantic import SecretStr

from pipeline.broker.admin import create_topics, record_count
from pipeline.broker.local import BrokerSecurity, LocalBroker, free_port
from pipeline.errors import BrokerError
from pipeline.settings import PROJECT_ROOT, Settings
from tests.conftest import IN_CI
from tests.tls_helpers import Pki, make_pki
from tests.worker_helpers import running_worker

FIXTURES = PROJECT_ROOT / "tests" / "fixtures" / "alerts"
# Throwaway accounts of a throwaway broker.
ADMIN = ("admin", "admin-pw-1")
WORKER = ("pipeline-worker", "worker-pw-2")
REPLAYER = ("pipeline-replay", "replay-pw-3")
READER = ("alert-reader", "reader-pw-4")
WORKER_AGENTS = ("enrich", "escalation", "surge")


@dataclass(frozen=True)
class SecuredCluster:
    plaintext: str
    secure: str
    pki: Pki


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SecuredCluster]:
    home = tmp_path_factory.mktemp("secured-kafka")
    pki = make_pki(home / "pki")
    security = BrokerSecurity(
        port=free_port(), keystore=pki.broker_keystore, truststore=pki.ca_cert,
        admin_user=ADMIN[0], admin_password=ADMIN[1], plain_users={READER[0]: READER[1]},
        scram_users=(("SCRAM-SHA-512", *WORKER), ("SCRAM-SHA-256", *REPLAYER)),
        client_auth="required")
    broker = LocalBroker(home, port=free_port(), controller_port=free_port(), heap="512M",
                         lib_dir=Settings().kafka_home / "lib", security=security)
    try:
        info = broker.start(timeout_s=120)
    except BrokerError as error:
        if IN_CI:
            pytest.fail(f"the secured test broker did not start in CI: {error}")
        pytest.skip(f"no secured Kafka broker: {error}")
    assert info.secure_bootstrap is not None
    try:
        yield SecuredCluster(info.bootstrap, info.secure_bootstrap, pki)
    finally:
        broker.stop()


def client_settings(cluster: SecuredCluster, account: tuple[str, str] | None, mechanism: str,
                    prefix: str = "", **overrides: object) -> Settings:
    values: dict[str, object] = {
        "kafka_bootstrap_servers": cluster.secure, "topic_prefix": prefix, "partitions": 2,
        "kafka_security_protocol": "SASL_SSL" if account else "SSL",
        "kafka_ssl_cafile": cluster.pki.ca_cert, "kafka_ssl_certfile": cluster.pki.client_cert,
        "kafka_ssl_keyfile": cluster.pki.client_key,
        "kafka_ssl_key_password": SecretStr(cluster.pki.client_key_password)}
    if account:
        values.update(kafka_sasl_mechanism=mechanism, kafka_sasl_username=account[0],
                      kafka_sasl_password=SecretStr(account[1]))
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]  # field names checked by pydantic


def client_env(settings: Settings, password_file: Path) -> dict[str, str]:
    """The variables a deployment would set; the SASL password comes from a mounted file."""
    assert settings.kafka_sasl_password is not None
    password_file.write_text(settings.kafka_sasl_password.get_secret_value() + "\n",
                             encoding="utf-8")
    assert settings.kafka_ssl_key_password is not None
    return {"KAFKA_BOOTSTRAP_SERVERS": settings.kafka_bootstrap_servers,
            "WIREWATCH_TOPIC_PREFIX": settings.topic_prefix,
            "WIREWATCH_KAFKA_SECURITY_PROTOCOL": settings.kafka_security_protocol,
            "WIREWATCH_KAFKA_SASL_MECHANISM": str(settings.kafka_sasl_mechanism),
            "WIREWATCH_KAFKA_SASL_USERNAME": str(settings.kafka_sasl_username),
            "WIREWATCH_KAFKA_SASL_PASSWORD_FILE": str(password_file),
            "WIREWATCH_KAFKA_SSL_CAFILE": str(settings.kafka_ssl_cafile),
            "WIREWATCH_KAFKA_SSL_CERTFILE": str(settings.kafka_ssl_certfile),
            "WIREWATCH_KAFKA_SSL_KEYFILE": str(settings.kafka_ssl_keyfile),
            "WIREWATCH_KAFKA_SSL_KEY_PASSWORD":
                settings.kafka_ssl_key_password.get_secret_value(),
            "WIREWATCH_LOG_FORMAT": "json"}


def allow(principal: str, resource: ResourceType, name: str, operation: ACLOperation,
          pattern: ACLResourcePatternType = ACLResourcePatternType.LITERAL) -> ACL:
    return ACL(f"User:{principal}", "*", operation, ACLPermissionType.ALLOW,
               ResourcePattern(resource, name, pattern))


def grant_pipeline_acls(cluster: SecuredCluster, prefix: str) -> None:
    topics = Settings(topic_prefix=prefix).topics
    prefixed = ACLResourcePatternType.PREFIXED
    acls = [
        # The worker owns everything under the prefix: its topics, its group and Faust's
        # changelog topics (the app id starts with the prefix), and the repartition topics
        # Faust names `<agent>-<topic>-<name>-repartition`.
        *(allow(WORKER[0], ResourceType.TOPIC, name, ACLOperation.ALL, prefixed)
          for name in (prefix, *(f"{agent}-{prefix}" for agent in WORKER_AGENTS))),
        allow(WORKER[0], ResourceType.GROUP, prefix, ACLOperation.ALL, prefixed),
        # Replay may only write raw articles.
        allow(REPLAYER[0], ResourceType.TOPIC, topics.raw, ACLOperation.WRITE),
        allow(REPLAYER[0], ResourceType.TOPIC, topics.raw, ACLOperation.DESCRIBE),
        # The reader may only read alerts, in groups of its own.
        allow(READER[0], ResourceType.TOPIC, topics.alerts, ACLOperation.READ),
        allow(READER[0], ResourceType.TOPIC, topics.alerts, ACLOperation.DESCRIBE),
        allow(READER[0], ResourceType.GROUP, "wirewatch-tail-", ACLOperation.READ, prefixed),
        allow(READER[0], ResourceType.GROUP, "reader-", ACLOperation.READ, prefixed),
    ]
    admin = KafkaAdminClient(**client_settings(cluster, ADMIN, "PLAIN").kafka_client_options(),
                             request_timeout_ms=15000)
    try:
        result = admin.create_acls(acls)
    finally:
        admin.close()
    assert result["failed"] == []


def replay_count(summary_json: str) -> int:
    sent: int = json.loads(summary_json)["sent"]
    assert sent > 0
    return sent


def run_cli(args: list[str], env: dict[str, str], timeout: float = 150
            ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True,
                          text=True, env={"PATH": "/usr/bin:/bin", **env}, check=False,
                          timeout=timeout, cwd=PROJECT_ROOT)


def refused_to_produce(settings_or_options: dict[str, object], topic: str) -> bool:
    try:
        producer = KafkaProducer(**settings_or_options, acks="all", max_block_ms=5000,
                                 bootstrap_timeout_ms=5000,
                                 enable_idempotence=False, retries=0)
    except (KafkaError, OSError):
        return True  # not even a connection: refused at the door
    try:
        producer.send(topic, b"forged alert").get(timeout=10)
    except KafkaError:
        return True
    finally:
        producer.close(timeout=5)
    return False


def refused_to_read(options: dict[str, object], topic: str, partitions: int) -> bool:
    """True when the client gets an error or nothing from a topic that holds records."""
    try:
        consumer = KafkaConsumer(**options, group_id=None, enable_auto_commit=False,
                                 bootstrap_timeout_ms=5000)
    except (KafkaError, OSError):
        return True
    try:
        # Assigned, not subscribed: no group is involved, only the right to read the topic.
        consumer.assign([TopicPartition(topic, p) for p in range(partitions)])
        consumer.seek_to_beginning()
        for _ in range(5):
            if consumer.poll(timeout_ms=1000):
                return False
    except KafkaError:
        return True
    finally:
        consumer.close()
    return True


def test_pipeline_runs_on_sasl_ssl_with_acls_and_others_are_refused(
        cluster: SecuredCluster, tmp_path: Path) -> None:
    prefix = f"t{uuid.uuid4().hex[:10]}"
    grant_pipeline_acls(cluster, prefix)
    worker = client_settings(cluster, WORKER, "SCRAM-SHA-512", prefix, metrics_port=0)
    replayer = client_settings(cluster, REPLAYER, "SCRAM-SHA-256", prefix)
    reader = client_settings(cluster, READER, "PLAIN", prefix)
    topics = worker.topics
    # Topics exist before anyone writes: the replay account may not create them.
    create_topics(client_settings(cluster, ADMIN, "PLAIN", prefix))

    with running_worker(worker, tmp_path / "worker.log",
                        extra_env=client_env(worker, tmp_path / "worker-pw")):
        replay = run_cli(["replay", str(FIXTURES)],
                         client_env(replayer, tmp_path / "replay-pw"))
        assert replay.returncode == 0, replay.stderr[-2000:]
        tail = run_cli(["tail", "--from-beginning", "--json", "--limit", "3",
                        "--idle-timeout", "90"], client_env(reader, tmp_path / "reader-pw"))
    log = (tmp_path / "worker.log").read_text(encoding="utf-8", errors="replace")
    assert tail.returncode == 0, tail.stderr[-2000:] + log[-3000:]
    alerts = [json.loads(line) for line in tail.stdout.splitlines()]
    assert len(alerts) == 3, log[-3000:]
    assert {a["kind"] for a in alerts} == {"article"}
    for secret in (WORKER[1], REPLAYER[1], READER[1], cluster.pki.client_key_password):
        assert secret not in log + replay.stderr + tail.stderr

    # The raw topic holds the replayed articles: reading nothing from it means refusal.
    assert record_count(worker, topics.raw) == replay_count(replay.stdout)
    assert not refused_to_read(worker.kafka_client_options(), topics.raw, worker.partitions)
    plaintext: dict[str, object] = {"bootstrap_servers": [cluster.plaintext]}
    tls_without_sasl = client_settings(cluster, None, "").kafka_client_options()
    read_only = reader.kafka_client_options()
    for options in (plaintext, tls_without_sasl, read_only):
        assert refused_to_produce(options, topics.alerts)
        assert refused_to_read(options, topics.raw, worker.partitions)
    wrong_password = client_settings(cluster, (READER[0], "not-the-password"), "PLAIN", prefix)
    assert refused_to_read(wrong_password.kafka_client_options(), topics.alerts,
                           worker.partitions)
