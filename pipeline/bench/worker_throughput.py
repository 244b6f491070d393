"""Worker throughput: the real `wirewatch worker` (fast or model mode) on a pre-loaded backlog."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.bench.memory import PeakRss
from pipeline.bench.processes import worker_command
from pipeline.bench.workers import Throughput, backlog_throughput, warm_workers
from pipeline.bench.workload import Workload
from pipeline.settings import Settings

SECONDS_PER_ARTICLE = {"fast": 0.05, "model": 2.0}
"""Generous time allowed per article before a measurement is declared stuck."""


def deadline_for(mode: str, articles: int, workers: int = 1) -> float:
    """Seconds to wait for `articles` before giving up."""
    return 60.0 + SECONDS_PER_ARTICLE[mode] * articles / workers


@dataclass(frozen=True)
class WorkerRun:
    """Throughput of the worker(s) and the peak RSS of each."""

    throughput: Throughput
    rss_mb: list[float]


def measure_workers(settings: Settings, mode: str, workers: int, workload: Workload,
                    warmup: Workload, log_dir: Path, rss: PeakRss,
                    processes: int = 1) -> WorkerRun:
    """`workers` workers in `mode` (each `--processes processes`) on the backlog; articles/s
    of them together. RSS is per worker, its processes together."""
    with warm_workers(settings, worker_command(mode, processes), workers,
                      settings.topics.enriched, warmup, log_dir, rss,
                      members=workers * processes) as warm:
        throughput = backlog_throughput(warm, workload, deadline_for(mode, workload.count,
                                                                     workers * processes))
        peaks = [rss.peak_mb(process.pid) for process in warm.processes]
    return WorkerRun(throughput, peaks)
