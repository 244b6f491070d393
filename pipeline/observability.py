"""Prometheus metrics of a worker and the small HTTP server that shows them with its health.

The metrics live on a private registry, so importing this module never mixes in the default
process collectors and two workers in one test process count into the same, known place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from aiohttp import web
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    ProcessCollector,
    generate_latest,
)

from pipeline.errors import WirewatchError

REGISTRY = CollectorRegistry()
"""Every wirewatch metric, and only those."""

RECORDS_IN = Counter("wirewatch_records_in", "Records consumed, by topic.", ["topic"],
                     registry=REGISTRY)
RECORDS_OUT = Counter("wirewatch_records_out", "Records produced, by topic.", ["topic"],
                      registry=REGISTRY)
DEAD_LETTERS = Counter("wirewatch_dead_letters", "Records sent to the dead-letter topic, by "
                       "reason.", ["reason"], registry=REGISTRY)
ALERTS = Counter("wirewatch_alerts", "Escalation alerts published, by severity and CAMEO "
                 "category code.", ["severity", "category"], registry=REGISTRY)
PROCESSING_SECONDS = Histogram(
    "wirewatch_processing_seconds", "Time spent on one record in a stage.", ["stage"],
    buckets=(0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5,
             1.0, 2.5, 5.0),
    registry=REGISTRY)
END_TO_END_SECONDS = Histogram(
    "wirewatch_end_to_end_seconds", "From publication on the input topic to processed, by stage.",
    ["stage"],
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
             60.0),
    registry=REGISTRY)
AGENT_CRASHES = Counter("wirewatch_agent_crashes", "Agents that stopped on an unhandled error, "
                        "by agent; the worker then exits non-zero.", ["agent"], registry=REGISTRY)
SEND_FAILURES = Counter("wirewatch_send_failures", "Sends given up after every retry, by what "
                        "was sent.", ["what"], registry=REGISTRY)
CONSUMER_LAG = Gauge("wirewatch_consumer_lag", "Records behind the end of the partition.",
                     ["topic", "partition"], registry=REGISTRY)


def install_process_collector() -> None:
    """Add the process metrics (CPU, memory, open files) to REGISTRY, once per process."""
    global _process_collector  # noqa: PLW0603  # one collector per registry and process
    if _process_collector is None:
        _process_collector = ProcessCollector(namespace="wirewatch", registry=REGISTRY)


_process_collector: ProcessCollector | None = None


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass
class HealthState:
    """Whether the worker is ready for traffic, and why not; shared with /readyz."""

    ready: bool = False
    reason: str = "starting"
    started_at: datetime = field(default_factory=_now)
    last_event_at: datetime | None = None
    crashed: bool = False

    def mark_ready(self, reason: str = "consuming") -> None:
        """Ready from now on, for the given reason (never again once crashed)."""
        if self.crashed:
            return
        self.ready = True
        self.reason = reason

    def mark_not_ready(self, reason: str) -> None:
        """Not ready from now on; `reason` tells an operator why."""
        self.ready = False
        self.reason = reason

    def mark_crashed(self, reason: str) -> None:
        """Not ready for good: a part of the worker stopped and the worker must be restarted."""
        self.crashed = True
        self.mark_not_ready(reason)

    def record_event(self) -> None:
        """A record was processed just now."""
        self.last_event_at = _now()

    def as_dict(self) -> dict[str, object]:
        """The state as the JSON body of /readyz."""
        return {
            "status": "ready" if self.ready else "not_ready",
            "reason": self.reason,
            "started_at": self.started_at.isoformat(),
            "last_event_at": self.last_event_at.isoformat() if self.last_event_at else None,
            "uptime_s": round((_now() - self.started_at).total_seconds(), 3),
        }


def build_observability_app(health: HealthState) -> web.Application:
    """An aiohttp application with GET /metrics, /healthz and /readyz."""

    async def metrics(_request: web.Request) -> web.Response:
        # aiohttp's content_type= refuses parameters such as version and charset.
        return web.Response(body=generate_latest(REGISTRY),
                            headers={"Content-Type": CONTENT_TYPE_LATEST})

    async def healthz(_request: web.Request) -> web.Response:
        return web.json_response({"status": "alive"})

    async def readyz(_request: web.Request) -> web.Response:
        return web.json_response(health.as_dict(), status=200 if health.ready else 503)

    app = web.Application()
    app.router.add_get("/metrics", metrics)
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
    return app


async def start_observability_server(host: str, port: int,
                                     health: HealthState) -> web.AppRunner | None:
    """Serve /metrics, /healthz and /readyz on host:port; None when port is 0 (disabled).

    The caller stops the server with `await runner.cleanup()`; a port in use raises a
    WirewatchError.
    """
    if port == 0:
        return None
    runner = web.AppRunner(build_observability_app(health), access_log=None)
    await runner.setup()
    try:
        await web.TCPSite(runner, host, port).start()
    except OSError as error:
        await runner.cleanup()
        raise WirewatchError(f"cannot serve metrics on {host}:{port} ({error.strerror}); set "
                             "WIREWATCH_METRICS_PORT to a free port, or 0 to disable.") from None
    return runner
