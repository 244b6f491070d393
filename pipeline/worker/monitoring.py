"""What the worker reports beyond its own counters: Faust's sensors and consumer lag."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from functools import cache
from typing import Any

from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition

from pipeline.logs import get_logger
from pipeline.observability import CONSUMER_LAG, REGISTRY
from pipeline.settings import Settings

log = get_logger("pipeline.worker.monitoring")

LAG_INTERVAL_S = 5.0


@cache
def _faust_metrics() -> Any:
    from faust.sensors.prometheus import FaustMetrics  # noqa: PLC0415  # heavy: only in a worker

    # Created once per process: a registry refuses the same metric twice.
    return FaustMetrics.create(REGISTRY, "wirewatch_faust")


def faust_monitor() -> Any:
    """A Faust monitor that records rebalances, commit latency, sends and send errors, table
    operations and offsets into REGISTRY, named wirewatch_faust_*."""
    from faust.sensors.prometheus import PrometheusMonitor  # noqa: PLC0415

    return PrometheusMonitor(metrics=_faust_metrics())


class ConsumerLag:
    """Lag per assigned partition, from the group's committed offsets and the end offsets.

    Read from the broker on a timer (as kafka-consumer-groups would), so a stalled partition
    shows a growing lag; partitions no longer assigned here stop being exported.
    """

    def __init__(self, settings: Settings, group_id: str) -> None:
        self.settings = settings
        self.group_id = group_id
        self.exported: set[tuple[str, int]] = set()
        self._admin: KafkaAdminClient | None = None
        self._consumer: KafkaConsumer | None = None

    def measure(self, assigned: Iterable[tuple[str, int]]) -> dict[tuple[str, int], int]:
        """Lag of each assigned (topic, partition) with a committed offset (blocking I/O)."""
        wanted = [TopicPartition(topic, partition) for topic, partition in assigned]
        if not wanted:
            return {}
        if self._admin is None:
            self._admin = KafkaAdminClient(**self.settings.kafka_client_options(),
                                           client_id="wirewatch-lag")
            self._consumer = KafkaConsumer(**self.settings.kafka_client_options(),
                                           client_id="wirewatch-lag")
        assert self._consumer is not None  # created together with the admin
        committed = self._admin.list_group_offsets({self.group_id: wanted})[self.group_id]
        ends = self._consumer.end_offsets(wanted)
        lags = {}
        for tp in wanted:
            meta = committed.get(tp)
            start = meta.offset if meta is not None and meta.offset >= 0 else 0
            lags[tp.topic, tp.partition] = max(0, int(ends.get(tp, 0)) - start)
        return lags

    def export(self, lags: dict[tuple[str, int], int]) -> None:
        """Set the gauge for these partitions and drop the ones no longer assigned."""
        for topic, partition in self.exported - set(lags):
            CONSUMER_LAG.remove(topic, str(partition))
        for (topic, partition), lag in lags.items():
            CONSUMER_LAG.labels(topic, str(partition)).set(lag)
        self.exported = set(lags)

    def forget(self, revoked: Iterable[tuple[str, int]]) -> None:
        """Stop exporting partitions this worker no longer owns."""
        for topic, partition in set(revoked) & self.exported:
            CONSUMER_LAG.remove(topic, str(partition))
            self.exported.discard((topic, partition))

    async def refresh(self, assigned: Iterable[tuple[str, int]]) -> None:
        """Measure in a thread and export; a broker that does not answer keeps the last values."""
        try:
            lags = await asyncio.get_running_loop().run_in_executor(None, self.measure,
                                                                    list(assigned))
        except Exception as error:  # lag is best effort; it must never stop the worker
            log.warning("lag.unavailable", error=f"{type(error).__name__}: {error}")
            return
        self.export(lags)

    def close(self) -> None:
        """Close the clients."""
        for client in (self._admin, self._consumer):
            if client is not None:
                client.close()
        self._admin = self._consumer = None
