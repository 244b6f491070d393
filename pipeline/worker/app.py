"""The worker: a Faust app over the pipeline's stages. Built from Settings, never at import."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import faust

from pipeline.assembly import build_cores
from pipeline.board.views import register_board
from pipeline.broker.admin import TopicSpec, create_topic_specs, create_topics
from pipeline.broker.security import faust_broker_options
from pipeline.detect import EscalationDetector
from pipeline.enrich import Enricher
from pipeline.enrich.places import city_countries
from pipeline.enrich.stories import StoryIndex
from pipeline.errors import ConfigError
from pipeline.logs import get_logger
from pipeline.observability import (
    HealthState,
    install_process_collector,
    start_observability_server,
)
from pipeline.settings import Settings
from pipeline.worker.agents import BATCH, BATCH_WITHIN_S, register_agents
from pipeline.worker.crash import report_crash
from pipeline.worker.monitoring import LAG_INTERVAL_S, ConsumerLag, faust_monitor
from pipeline.worker.options import app_id, faust_app_options
from pipeline.worker.surge import SurgeRule
from pipeline.worker.topology import BufferedTableStore, TableWindowCounts, Topology, build_topology

__all__ = ["BATCH", "BATCH_WITHIN_S", "WirewatchApp", "Worker", "build_worker"]

log = get_logger("pipeline.worker")


class WirewatchApp(faust.App):
    """A Faust app that tells `on_agent_crash` when an agent stops on an error."""

    on_agent_crash: Callable[[Any, BaseException], Awaitable[None]] | None = None

    async def _on_agent_error(self, agent: Any, exc: BaseException) -> None:
        # Faust only logs a crashed agent and keeps the worker up; we must know.
        await super()._on_agent_error(agent, exc)
        if self.on_agent_crash is not None:
            await self.on_agent_crash(agent, exc)


@dataclass
class Worker:
    """A configured Faust app with its agents, the cores they call and the state they keep."""

    app: WirewatchApp
    settings: Settings
    enricher: Enricher
    detector: EscalationDetector
    health: HealthState
    topology: Topology
    signatures: BufferedTableStore
    window_counts: TableWindowCounts
    surge_rule: SurgeRule
    surge_window: timedelta
    cooldown: timedelta
    observability: Any = None
    stop: Callable[[], None] | None = None
    """Ends the running process soon, without committing (set by whoever runs it); called
    when an agent crashes."""


def build_worker(settings: Settings, *, create: bool = True) -> Worker:
    """The app and its agents; topics are created first so their settings are ours."""
    if settings.processing_guarantee == "exactly_once":
        # Measured on faust-streaming 0.15.3: its transactions only cover sends to partitions
        # this worker consumes itself, so the dead-letter topic, the shared story table and
        # alerts keyed by subject fail with "No transaction producer found".
        raise ConfigError("WIREWATCH_PROCESSING_GUARANTEE=exactly_once is not supported by "
                          "this worker (Faust's transactions cannot cover its dead letters, "
                          "shared story table and re-keyed alerts); use at_least_once, whose "
                          "duplicates carry the same article and alert ids.")
    if create:
        create_topics(settings)
    install_process_collector()
    app = WirewatchApp(app_id(settings), **faust_broker_options(settings),
                       **faust_app_options(settings), monitor=faust_monitor())
    enricher, detector = build_cores(settings)
    city_countries()  # load the place index now, not inside the first batch
    index_holder: list[StoryIndex] = []
    topology = build_topology(app, settings, on_signature=lambda article_id, stored: (
        index_holder[0].absorb(article_id, stored) if index_holder else None))
    signatures = BufferedTableStore(topology.story_signatures)
    enricher.stories = StoryIndex(store=signatures)
    index_holder.append(enricher.stories)
    window = timedelta(minutes=settings.surge_window_minutes)
    worker = Worker(
        app, settings, enricher, detector, HealthState(), topology, signatures,
        TableWindowCounts(topology.subject_counts, window, settings.surge_baseline_windows),
        SurgeRule(settings.surge_min_count, settings.surge_ratio), window,
        timedelta(hours=settings.alert_cooldown_hours))
    register_agents(worker)
    if create:
        create_topic_specs(settings, changelog_specs(app))
    _register_crash_handling(worker)
    _register_observability(worker)
    register_board(app, settings)  # the live alert board at / of the web port
    return worker


def changelog_specs(app: faust.App) -> list[TopicSpec]:
    """The tables' changelog topics as Faust would declare them.

    Created before Faust starts: a changelog topic Faust creates itself can be unknown to its
    producer's metadata for a moment, and the first write to it then fails
    (PartitionsMismatch) and crashes the agent on a fresh cluster.
    """
    specs = []
    for table in app.tables.values():
        topic = table.changelog_topic
        policies = ["compact"] + (["delete"] if getattr(topic, "deleting", False) else [])
        configs = {"cleanup.policy": ",".join(policies), **(topic.config or {})}
        if getattr(topic, "retention", None):
            configs["retention.ms"] = str(int(topic.retention * 1000))
        specs.append(TopicSpec(topic.get_topic_name(), int(topic.partitions or 1),
                               {key: str(value) for key, value in configs.items()}))
    return specs


def _register_crash_handling(worker: Worker) -> None:
    async def on_agent_crash(agent: Any, error: BaseException) -> None:
        report_crash(worker, str(agent.name).rsplit(".", 1)[-1], error)

    worker.app.on_agent_crash = on_agent_crash  # what the agents' own guard did not catch


def _register_observability(worker: Worker) -> None:
    app, settings, health = worker.app, worker.settings, worker.health
    lag = ConsumerLag(settings, app_id(settings))

    @app.task  # type: ignore[untyped-decorator]  # faust ships no type hints
    async def serve_metrics() -> None:
        runner = await start_observability_server("0.0.0.0", settings.metrics_port,  # noqa: S104  # containers need it
                                                  health)
        log.info("worker.ready", metrics_port=settings.metrics_port, app_id=app.conf.id,
                 web_port=settings.web_port, mode=settings.enrich_mode,
                 topics=settings.topics.all())
        worker.observability = runner  # kept referenced for the life of the worker

    @app.timer(LAG_INTERVAL_S)  # type: ignore[untyped-decorator]  # faust ships no type hints
    async def refresh_lag() -> None:
        try:
            assigned = app.consumer.assignment()
        except Exception:  # the consumer is not started yet (or is stopping): next time
            return
        await lag.refresh((tp.topic, tp.partition) for tp in assigned
                          if not tp.topic.endswith("-changelog"))

    # Ready means joined: the consumer is in the group with its partitions and the tables are
    # restored (Faust sends this after every rebalance), not merely that the web server is up.
    @app.on_rebalance_complete.connect  # type: ignore[arg-type]  # Faust passes the sender positionally
    async def joined_group(_app: Any, **_: Any) -> None:
        health.mark_ready("joined the consumer group")

    @app.on_partitions_revoked.connect  # type: ignore[arg-type]  # Faust passes the revoked set positionally
    async def forget_revoked(_app: Any, revoked: Any, **_: Any) -> None:
        lag.forget((tp.topic, tp.partition) for tp in revoked)

    del serve_metrics, refresh_lag, joined_group, forget_revoked
