"""End to end at saturation: replay -> enrich -> alert, with the replay as fast as it goes.

The worker is warm (see `pipeline.bench.workers`); `replay_articles`, the code behind
`wirewatch replay`, publishes the articles while the worker runs. The window opens at the
Kafka timestamp of the first raw record and closes at the later of the last enriched record
and the last alert raised by one of the articles, once the escalation agent has committed
every enriched record it read.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass

from pipeline.bench.errors import BenchError
from pipeline.bench.kafka_io import Record, read_all
from pipeline.bench.workers import WarmWorkers
from pipeline.bench.workload import Workload
from pipeline.broker.admin import admin_client
from pipeline.replay import Pacer, ReplaySummary, replay_articles
from pipeline.worker.options import app_id

_DRAIN_DEADLINE_S = 300.0  # a give-up time: the wait ends as soon as the agent is through


@dataclass(frozen=True)
class Journey:
    """Kafka timestamps of each article: published raw, enriched, and its alerts."""

    published: dict[str, float]
    enriched: dict[str, float]
    alerted: dict[str, list[float]]

    @property
    def alerts(self) -> int:
        """Alerts raised by these articles."""
        return sum(len(times) for times in self.alerted.values())


@dataclass(frozen=True)
class Saturation:
    """Articles replayed as fast as possible and the seconds until the pipeline was through."""

    articles: int
    seconds: float
    alerts: int
    replay_aps: float

    @property
    def aps(self) -> float:
        """Articles per second end to end."""
        return self.articles / self.seconds if self.seconds > 0 else 0.0


def replay(workers: WarmWorkers, workload: Workload, rate: float | None) -> ReplaySummary:
    """Publish the workload with the replay producer, at `rate` articles/s or unpaced.

    Earlier work must be through the escalation agent first, or the measurement pays for it.
    """
    escalation_drained(workers, _DRAIN_DEADLINE_S)
    summary = replay_articles(workers.settings, lambda: workload.articles,
                              pacer=Pacer(rate=rate), producer=workers.producer)
    if summary.failed:
        raise BenchError(f"the replay failed to publish {summary.failed} of "
                         f"{workload.count} articles.")
    workers.expected_output += workload.count
    return summary


def escalation_drained(workers: WarmWorkers, deadline_s: float) -> None:
    """Wait until the worker group has committed everything on the topics it reads downstream."""
    settings = workers.settings
    admin = admin_client(settings)
    try:
        sources = [name for name in admin.list_topics()
                   if name == settings.topics.enriched
                   or (settings.topics.enriched in name and name.endswith("-repartition"))]
        stop_at = time.monotonic() + deadline_s
        while time.monotonic() < stop_at:
            group = app_id(settings)  # the Faust app id is the consumer group
            committed = admin.list_group_offsets(group)[group]
            ends = workers.watch.end_offsets(sources)
            if all(committed.get(tp) is not None and committed[tp].offset >= end
                   for tp, end in ends.items() if end > 0):
                return
            if not workers.alive():
                raise workers.failure("the worker stopped before the escalation agent was done")
            time.sleep(0.1)
    finally:
        admin.close()
    raise BenchError(f"the escalation agent did not catch up within {deadline_s:.0f} s.")


def _alert_times(records: list[Record], ids: set[str]) -> dict[str, list[float]]:
    alerted: dict[str, list[float]] = {}
    for record in records:
        try:
            article_id = json.loads(record.value).get("article_id")
        except (ValueError, AttributeError):
            continue
        if article_id in ids:
            alerted.setdefault(article_id, []).append(record.timestamp)
    return alerted


def follow(workers: WarmWorkers, workload: Workload, deadline_s: float) -> Journey:
    """Wait until the workload is through the pipeline; read back when each step happened."""
    workers.wait_for_output(deadline_s)
    escalation_drained(workers, _DRAIN_DEADLINE_S)
    settings = workers.settings
    keys = workload.keys
    published = {r.key.decode(): r.timestamp for r in read_all(settings, settings.topics.raw)
                 if r.key in keys and r.key is not None}
    enriched = {r.key.decode(): r.timestamp for r in workers.output_records(keys)
                if r.key is not None}
    ids = {a.article_id for a in workload.articles}
    alerted = _alert_times(read_all(settings, settings.topics.alerts), ids)
    if len(published) < workload.count or len(enriched) < workload.count:
        raise BenchError(f"of {workload.count} articles {len(published)} were published and "
                         f"{len(enriched)} enriched.")
    return Journey(published, enriched, alerted)


def saturation(workers: WarmWorkers, workload: Workload, deadline_s: float) -> Saturation:
    """Replay the workload unpaced through the warm worker; articles/s end to end."""
    summary = replay(workers, workload, rate=None)
    journey = follow(workers, workload, deadline_s)
    first = min(journey.published.values())
    last = max([*journey.enriched.values(),
                *(t for times in journey.alerted.values() for t in times)])
    return Saturation(workload.count, max(last - first, 1e-3), journey.alerts, summary.rate)
