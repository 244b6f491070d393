"""The three agents: each reads a stream and hands its events to a handler."""

from __future__ import annotations

from typing import TYPE_CHECKING

import faust

from pipeline.worker.crash import finish_in_flight, hold_after_crash
from pipeline.worker.handlers import handle_alert, handle_enriched, handle_raw, story_key

if TYPE_CHECKING:
    from pipeline.worker.app import Worker

BATCH = 64
BATCH_WITHIN_S = 0.05


def register_agents(worker: Worker) -> None:
    """Put the enrich, escalation and surge agents on the worker's app."""
    app, topology = worker.app, worker.topology

    @app.agent(topology.raw, name="enrich")
    async def enrich(stream: faust.StreamT[bytes]) -> None:
        async for events in stream.take_events(BATCH, within=BATCH_WITHIN_S):  # type: ignore[attr-defined]  # in Stream, not StreamT
            try:
                await finish_in_flight(handle_raw(worker, events))
            except Exception as error:  # the batch stays unacknowledged; the process ends
                await hold_after_crash(worker, "enrich", error)

    @app.agent(topology.enriched, name="escalation")
    async def escalate(stream: faust.StreamT[bytes]) -> None:
        # By story, so that every update of a story meets the same cooldown partition.
        async for event in stream.group_by(story_key, name="enriched-by-story").events():
            try:
                await finish_in_flight(handle_enriched(worker, event))
            except Exception as error:  # see pipeline.worker.crash
                await hold_after_crash(worker, "escalation", error)

    @app.agent(topology.alerts, name="surge")
    async def surge(stream: faust.StreamT[bytes]) -> None:
        async for event in stream.events():
            try:
                await finish_in_flight(handle_alert(worker, event))
            except Exception as error:  # see pipeline.worker.crash
                await hold_after_crash(worker, "surge", error)

    del enrich, escalate, surge  # registered on the app
