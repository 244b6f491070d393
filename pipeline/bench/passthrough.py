"""Framework baseline: the passthrough Faust agent (raw -> copy) on a pre-loaded backlog."""

from __future__ import annotations

from pathlib import Path

from pipeline.bench.memory import PeakRss
from pipeline.bench.passthrough_app import copy_topic
from pipeline.bench.processes import passthrough_command
from pipeline.bench.workers import Throughput, backlog_throughput, warm_workers
from pipeline.bench.workload import Workload
from pipeline.settings import Settings


def measure_passthrough(settings: Settings, workload: Workload, warmup: Workload,
                        log_dir: Path, rss: PeakRss) -> Throughput:
    """Articles per second one passthrough agent copies, measured like the worker."""
    copy = copy_topic(settings)
    with warm_workers(settings, passthrough_command(), 1, copy, warmup, log_dir, rss,
                      extra_topics=[copy]) as warm:
        return backlog_throughput(warm, workload, 60.0 + 0.05 * workload.count)
