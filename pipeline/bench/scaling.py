"""Scaling: one model-mode worker run as `--processes 2` against one single-process worker.

The one-process figure is the model-mode worker measurement (same protocol, same articles,
same partition count); this module runs the same workload through `worker --processes 2`:
two processes of one worker in one consumer group, as a container given two cores runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.bench.memory import PeakRss
from pipeline.bench.worker_throughput import WorkerRun, measure_workers
from pipeline.bench.workload import Workload
from pipeline.settings import Settings

MIN_PARTITIONS = 2
PROCESSES = 2


@dataclass(frozen=True)
class Scaling:
    """Articles/s of one process and of two, and their ratio."""

    one_aps: float
    two_aps: float
    two_run: WorkerRun

    @property
    def ratio(self) -> float:
        """Two processes over one."""
        return self.two_aps / self.one_aps if self.one_aps > 0 else 0.0


def measure_scaling(settings: Settings, one_aps: float, workload: Workload, warmup: Workload,
                    log_dir: Path, rss: PeakRss) -> Scaling:
    """`worker --mode model --processes 2` on the workload; compared with `one_aps`."""
    if settings.partitions < MIN_PARTITIONS:
        raise ValueError("scaling needs at least 2 partitions")
    two = measure_workers(settings, "model", 1, workload, warmup, log_dir, rss,
                          processes=PROCESSES)
    return Scaling(one_aps, two.throughput.aps, two)
