"""End-to-end latency at a fixed rate: publish time to enriched record, and to alert.

The replay runs at a fixed rate (half the saturation rate) while the warm worker processes;
an article's latency is the Kafka timestamp of its enriched record (or of an alert it
raised) minus that of its raw record, both stamped by producers on this machine.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from pipeline.bench.e2e import follow, replay
from pipeline.bench.workers import WarmWorkers
from pipeline.bench.workload import Workload


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) by the nearest-rank method; 0.0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100.0 * len(ordered)))
    return ordered[rank - 1]


@dataclass(frozen=True)
class Latency:
    """Latency percentiles in milliseconds at the rate the replay held."""

    rate_aps: float
    articles: int
    enriched_ms: list[float]
    alert_ms: list[float]

    def summary(self) -> dict[str, float | int]:
        """p50/p95/p99/max of enriched latency, p50/p99 of alert latency, rate and counts."""
        return {"e2e_rate_aps": round(self.rate_aps, 1), "e2e_latency_articles": self.articles,
                "e2e_p50_ms": round(percentile(self.enriched_ms, 50), 1),
                "e2e_p95_ms": round(percentile(self.enriched_ms, 95), 1),
                "e2e_p99_ms": round(percentile(self.enriched_ms, 99), 1),
                "e2e_max_ms": round(max(self.enriched_ms, default=0.0), 1),
                "alert_p50_ms": round(percentile(self.alert_ms, 50), 1),
                "alert_p99_ms": round(percentile(self.alert_ms, 99), 1),
                "alert_count": len(self.alert_ms)}


def fixed_rate_latency(workers: WarmWorkers, workload: Workload, rate: float,
                       deadline_s: float) -> Latency:
    """Replay the workload at `rate` articles/s through the warm worker; latency of each."""
    summary = replay(workers, workload, rate=rate)
    journey = follow(workers, workload, deadline_s)
    enriched = [(journey.enriched[k] - journey.published[k]) * 1000.0 for k in journey.enriched]
    alerts = [(t - journey.published[k]) * 1000.0
              for k, times in journey.alerted.items() for t in times]
    return Latency(summary.rate, workload.count, enriched, alerts)
