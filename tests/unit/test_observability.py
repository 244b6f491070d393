"""The observability server: Prometheus text on /metrics, liveness /healthz, readiness /readyz."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import aiohttp
import pytest

from pipeline.broker.local import free_port
from pipeline.errors import WirewatchError
from pipeline.observability import (
    ALERTS,
    CONSUMER_LAG,
    PROCESSING_SECONDS,
    RECORDS_IN,
    HealthState,
    start_observability_server,
)


@asynccontextmanager
async def serving(health: HealthState) -> AsyncIterator[str]:
    """The server on a free port for the block; yields its base URL."""
    port = free_port()
    runner = await start_observability_server("127.0.0.1", port, health)
    assert runner is not None
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()


async def get_text(url: str) -> tuple[int, str, str]:
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        return response.status, response.headers["Content-Type"], await response.text()


async def get_json(url: str) -> tuple[int, Any]:
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        return response.status, await response.json()


def test_metrics_are_prometheus_text_with_wirewatch_names_only() -> None:
    topic = f"t-{uuid.uuid4().hex[:8]}"  # the registry is process-wide: own labels per test
    stage = f"s-{uuid.uuid4().hex[:8]}"

    async def scenario() -> tuple[int, str, str]:
        async with serving(HealthState()) as base:
            RECORDS_IN.labels(topic=topic).inc()
            RECORDS_IN.labels(topic=topic).inc()
            ALERTS.labels(severity="critical", category=stage).inc()
            PROCESSING_SECONDS.labels(stage=stage).observe(0.0003)
            CONSUMER_LAG.labels(topic=topic, partition="0").set(7)
            return await get_text(f"{base}/metrics")

    status, content_type, text = asyncio.run(scenario())
    lines = text.splitlines()
    assert status == 200
    assert content_type.startswith("text/plain; version=")
    assert f'wirewatch_records_in_total{{topic="{topic}"}} 2.0' in lines
    assert f'wirewatch_alerts_total{{category="{stage}",severity="critical"}} 1.0' in lines
    assert f'wirewatch_consumer_lag{{partition="0",topic="{topic}"}} 7.0' in lines
    assert f'wirewatch_processing_seconds_bucket{{le="0.00025",stage="{stage}"}} 0.0' in lines
    assert f'wirewatch_processing_seconds_bucket{{le="0.0005",stage="{stage}"}} 1.0' in lines
    assert f'wirewatch_processing_seconds_count{{stage="{stage}"}} 1.0' in lines
    samples = [line for line in lines if line and not line.startswith("#")]
    assert all(line.startswith("wirewatch_") for line in samples)


def test_healthz_is_alive_and_readyz_follows_the_health_state() -> None:
    health = HealthState()

    async def scenario() -> list[tuple[int, Any]]:
        async with serving(health) as base:
            answers = [await get_json(f"{base}/healthz"), await get_json(f"{base}/readyz")]
            health.mark_ready()
            health.record_event()
            answers.append(await get_json(f"{base}/readyz"))
            health.mark_not_ready("lost the broker")
            answers += [await get_json(f"{base}/readyz"), await get_json(f"{base}/healthz")]
            return answers

    alive, starting, ready, lost, still_alive = asyncio.run(scenario())
    assert alive == still_alive == (200, {"status": "alive"})
    assert (starting[0], starting[1]["status"], starting[1]["reason"]) == (
        503, "not_ready", "starting")
    assert starting[1]["last_event_at"] is None
    assert (ready[0], ready[1]["status"], ready[1]["reason"]) == (200, "ready", "consuming")
    assert ready[1]["last_event_at"] is not None
    assert (lost[0], lost[1]["reason"]) == (503, "lost the broker")


def test_port_zero_starts_no_server() -> None:
    assert asyncio.run(start_observability_server("127.0.0.1", 0, HealthState())) is None


def test_a_busy_port_is_a_one_sentence_error() -> None:
    async def scenario() -> None:
        async with serving(HealthState()) as base:
            port = int(base.rsplit(":", 1)[1])
            with pytest.raises(WirewatchError, match=rf"metrics on 127\.0\.0\.1:{port} "):
                await start_observability_server("127.0.0.1", port, HealthState())

    asyncio.run(scenario())
