"""An agent that cannot go on: say so, keep its records unacknowledged, and end the process.

A crashed agent must not idle behind a healthy /readyz, and the batch it failed on must not
be committed: Faust acknowledges a batch when the agent leaves it, and a clean shutdown would
commit that. So the agent holds the batch, the worker turns not ready and counts the crash,
and the process exits non-zero a moment later without committing; a supervisor restarts it
and the records are read again.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import TYPE_CHECKING

from pipeline.logs import get_logger
from pipeline.observability import AGENT_CRASHES

if TYPE_CHECKING:
    from pipeline.worker.app import Worker

log = get_logger("pipeline.worker")


def report_crash(worker: Worker, agent: str, error: BaseException) -> None:
    """Count the crash, turn the worker not ready and ask whoever runs it to end it."""
    if worker.health.crashed:
        return
    AGENT_CRASHES.labels(agent).inc()
    worker.health.mark_crashed(f"agent {agent} crashed: {type(error).__name__}")
    log.error("agent.crashed", agent=agent, error=f"{type(error).__name__}: {error}",
              exc_info=error)
    if worker.stop is not None:
        worker.stop()


async def hold_after_crash(worker: Worker, agent: str, error: BaseException) -> None:
    """Report the crash, then wait until the process ends, keeping the current batch unacked."""
    report_crash(worker, agent, error)
    await asyncio.Event().wait()


async def finish_in_flight(work: Awaitable[None]) -> None:
    """Run `work` to the end even when the agent is cancelled (a SIGTERM, a rebalance).

    Faust acknowledges a batch when the agent leaves it, cancelled or not, and the stop then
    commits it: cancelling half-way would commit records that were never sent on.
    """
    task = asyncio.ensure_future(work)
    try:
        await asyncio.shield(task)
    except asyncio.CancelledError:
        await task
        raise
