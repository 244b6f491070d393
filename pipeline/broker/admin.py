"""Topic administration through the Kafka admin API (never shell tools)."""

from __future__ import annotations

import time
from dataclasses import dataclass

from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition
from kafka.admin import NewTopic
from kafka.errors import KafkaError, TopicAlreadyExistsError

from pipeline.broker.readiness import quiet_logger
from pipeline.errors import BrokerError
from pipeline.settings import Settings


@dataclass(frozen=True)
class TopicState:
    """One topic as the cluster reports it."""

    name: str
    partitions: int
    created: bool = False


def admin_client(settings: Settings) -> KafkaAdminClient:
    """An admin client, or a BrokerError saying which address did not answer."""
    options = settings.kafka_client_options()
    # Refused connections while bootstrapping would each log a line; the BrokerError says it once.
    try:
        with quiet_logger("kafka"):
            return KafkaAdminClient(**options, client_id="wirewatch-admin",
                                    request_timeout_ms=10000, bootstrap_timeout_ms=10000)
    except (KafkaError, OSError):
        raise BrokerError(f"no Kafka broker answered at {settings.kafka_bootstrap_servers}; "
                          "start one with `wirewatch broker start`.") from None


def _partition_counts(admin: KafkaAdminClient, names: list[str],
                      settle_s: float = 10.0) -> dict[str, int]:
    # A topic created a moment ago may report no partitions until its metadata settles.
    deadline = time.monotonic() + settle_s
    while True:
        described = admin.describe_topics(names)
        counts = {t.get("name") or t["topic"]: len(t["partitions"]) for t in described
                  if t.get("error_code", 0) == 0}
        if all(counts.get(n, 0) > 0 for n in names) or time.monotonic() > deadline:
            return counts
        time.sleep(0.1)


def create_topics(settings: Settings, names: list[str] | None = None) -> list[TopicState]:
    """Create the wirewatch topics that do not exist yet; existing ones are left as they are."""
    configs = {"retention.ms": str(settings.retention_hours * 3600_000),
               "max.message.bytes": str(4 * 1024 * 1024)}
    return create_topic_specs(settings, [TopicSpec(name, settings.partitions, configs)
                                         for name in names or settings.topics.all()])


@dataclass(frozen=True)
class TopicSpec:
    """A topic to create: its name, partitions and topic-level configs."""

    name: str
    partitions: int
    configs: dict[str, str]


def create_topic_specs(settings: Settings, specs: list[TopicSpec]) -> list[TopicState]:
    """Create the topics of `specs` that do not exist yet and wait until each has partitions."""
    if not specs:
        return []
    admin = admin_client(settings)
    try:
        existing = set(admin.list_topics())
        created = set()
        for spec in specs:
            if spec.name in existing:
                continue
            topic = NewTopic(name=spec.name, num_partitions=spec.partitions,
                             replication_factor=settings.replication_factor,
                             topic_configs=spec.configs)
            try:
                admin.create_topics([topic], timeout_ms=30000)
                created.add(spec.name)
            except TopicAlreadyExistsError:
                pass  # another process created it between our list and create
        counts = _partition_counts(admin, [spec.name for spec in specs])
    except KafkaError as error:
        raise BrokerError(f"creating topics failed: {error}.") from None
    finally:
        admin.close()
    return [TopicState(spec.name, counts.get(spec.name, 0), spec.name in created)
            for spec in specs]


def list_topics(settings: Settings, include_internal: bool = False) -> list[TopicState]:
    """Topics on the cluster with their partition counts, sorted by name."""
    admin = admin_client(settings)
    try:
        names = sorted(n for n in admin.list_topics()
                       if include_internal or not n.startswith("__"))
        counts = _partition_counts(admin, names) if names else {}
    except KafkaError as error:
        raise BrokerError(f"listing topics failed: {error}.") from None
    finally:
        admin.close()
    return [TopicState(name, counts.get(name, 0)) for name in names]


def record_count(settings: Settings, topic: str) -> int:
    """How many records a (non-compacted) topic holds: the sum of its end offsets."""
    consumer = KafkaConsumer(**settings.kafka_client_options())
    try:
        partitions = consumer.partitions_for_topic(topic) or set()
        offsets = consumer.end_offsets([TopicPartition(topic, p) for p in partitions])
        return int(sum(offsets.values()))
    finally:
        consumer.close()
