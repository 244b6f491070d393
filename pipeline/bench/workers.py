"""Warm worker processes on a measurement's topics, and the backlog throughput they reach.

Protocol, the same for the passthrough agent, the real worker in both modes and the scaling
run: start the processes, wait until the consumer group is stable with all of them in it,
let them process a few warm-up articles on every partition (the model is loaded, the
partitions assigned), then freeze them (SIGSTOP), pre-load the N measured articles on the raw
topic (round-robin: every partition holds an equal share, so key hashing does not skew the
scaling run), let them go (SIGCONT) and time from that moment to the Kafka timestamp of the
last of the N output records. Start-up, model load and rebalances are outside the window; fetching
the backlog, decoding, the work and producing the output are inside it.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from kafka import KafkaProducer
from kafka.errors import KafkaError

from pipeline.bench.cpu import CpuMeter, CpuUse
from pipeline.bench.errors import BenchError
from pipeline.bench.kafka_io import OffsetWatch, Record, ensure_topics, read_all, send_all
from pipeline.bench.memory import PeakRss
from pipeline.bench.processes import BenchProcess
from pipeline.bench.workload import Workload
from pipeline.broker.admin import admin_client
from pipeline.broker.readiness import quiet_logger
from pipeline.replay.producer import build_producer
from pipeline.settings import Settings
from pipeline.worker.options import app_id

_GROUP_DEADLINE_S = 120.0
_WARMUP_DEADLINE_S = 120.0


@dataclass(frozen=True)
class Throughput:
    """N articles through the processes: seconds from release to the last output record."""

    articles: int
    seconds: float
    cpu: CpuUse | None = None

    @property
    def aps(self) -> float:
        """Articles per second."""
        return self.articles / self.seconds if self.seconds > 0 else 0.0


@dataclass
class WarmWorkers:
    """Running, warmed-up processes that read the raw topic and write `output_topic`."""

    settings: Settings
    processes: list[BenchProcess]
    output_topic: str
    producer: KafkaProducer
    watch: OffsetWatch
    expected_output: int = 0
    """Records the output topic holds once everything sent so far has been processed."""

    def alive(self) -> bool:
        """True while every process runs."""
        return all(process.alive() for process in self.processes)

    def failure(self, what: str) -> BenchError:
        """A BenchError naming what failed, with the last log lines of a dead process."""
        dead = [p for p in self.processes if not p.alive()]
        detail = f" {dead[0].name} exited; its log ends:\n{dead[0].log_tail()}" if dead else ""
        return BenchError(f"{what}.{detail}")

    def wait_for_output(self, deadline_s: float) -> float:
        """Wait until the output topic holds `expected_output` records; when it was seen."""
        try:
            return self.watch.wait_for(self.expected_output, deadline_s, self.alive)
        except BenchError as error:
            raise self.failure(str(error).rstrip(".")) from None

    def output_records(self, keys: set[bytes]) -> list[Record]:
        """The output records whose key is one of `keys`."""
        records = read_all(self.settings, self.output_topic, self.expected_output)
        return [record for record in records if record.key in keys]


def _wait_for_group(settings: Settings, members: int, processes: Sequence[BenchProcess]) -> None:
    admin = admin_client(settings)
    stop_at = time.monotonic() + _GROUP_DEADLINE_S
    try:
        while time.monotonic() < stop_at:
            if not all(p.alive() for p in processes):
                return  # the caller reports the dead process with its log
            # kafka-python cannot decode Faust's member metadata and warns with the whole blob.
            with contextlib.suppress(KafkaError), quiet_logger("kafka.admin", logging.ERROR):
                group = admin.describe_groups([app_id(settings)])[app_id(settings)]
                if group.get("group_state") == "Stable" and len(group["members"]) == members:
                    return
            time.sleep(0.2)
    finally:
        admin.close()
    raise BenchError(f"the consumer group {app_id(settings)} did not settle with {members} "
                     f"member(s) in {_GROUP_DEADLINE_S:.0f} s.")


@contextlib.contextmanager
def warm_workers(settings: Settings, command: Sequence[str], count: int, output_topic: str,
                 warmup: Workload, log_dir: Path, rss: PeakRss,
                 extra_topics: Sequence[str] = (), members: int | None = None,
                 ) -> Iterator[WarmWorkers]:
    """`count` processes running `command`, each past start-up and warm; stopped on exit.

    The group must hold `members` consumers (default `count`; more when each process runs
    several, as `worker --processes N` does).
    """
    ensure_topics(settings, [*settings.topics.all(), *extra_topics])
    processes: list[BenchProcess] = []
    producer = build_producer(settings)
    watch = OffsetWatch(settings, output_topic)
    try:
        for index in range(count):
            process = BenchProcess(f"{settings.worker_id}-{index}", command, settings, log_dir)
            processes.append(process)
            rss.watch(process.pid)
        workers = WarmWorkers(settings, processes, output_topic, producer, watch)
        _wait_for_group(settings, members or count, processes)
        workers.expected_output = watch.total() + warmup.count
        send_all(producer, settings.topics.raw, warmup.records, spread_over=settings.partitions)
        workers.wait_for_output(_WARMUP_DEADLINE_S)
        yield workers
    finally:
        for process in processes:
            process.stop()
        watch.close()
        producer.close(timeout=10)


def backlog_throughput(workers: WarmWorkers, workload: Workload, deadline_s: float) -> Throughput:
    """Freeze the workers, pre-load the workload, release them, time until the last output."""
    for process in workers.processes:
        process.pause()
    try:
        send_all(workers.producer, workers.settings.topics.raw, workload.records,
                 spread_over=workers.settings.partitions)
    finally:
        meter = CpuMeter([process.pid for process in workers.processes])
        released = time.time()
        for process in workers.processes:
            process.resume()
    workers.expected_output += workload.count
    workers.wait_for_output(deadline_s)
    cpu = meter.read()
    records = workers.output_records(workload.keys)
    if len(records) < workload.count:
        raise BenchError(f"{len(records)} of {workload.count} measured articles came out on "
                         f"{workers.output_topic}.")
    last = max(record.timestamp for record in records)
    return Throughput(workload.count, max(last - released, 1e-3), cpu)
