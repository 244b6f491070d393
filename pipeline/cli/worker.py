"""`wirewatch worker`: run the Faust agents (scale by running more, up to the partitions)."""

from __future__ import annotations

import typer

from pipeline.cli._context import settings


def worker(
    mode: str = typer.Option(None, "--mode", help="fast or model (default: WIREWATCH_ENRICH_MODE)."),
    web_port: int = typer.Option(None, "--web-port", help="Faust web port; 0 picks a free one."),
) -> None:
    """Consume raw articles, enrich, detect and publish alerts until stopped (Ctrl-C, SIGTERM).

    Exits 0 when stopped, 70 when an agent crashed (so a supervisor restarts it).
    """
    from pipeline.broker.local import free_port  # noqa: PLC0415
    from pipeline.worker.app import build_worker  # noqa: PLC0415  # heavy: only for this command
    from pipeline.worker.run import run_worker  # noqa: PLC0415

    config = settings()
    updates: dict[str, object] = {}
    if mode is not None:
        if mode not in ("fast", "model"):
            raise typer.BadParameter("--mode must be fast or model.")
        updates["enrich_mode"] = mode
    port = config.web_port if web_port is None else web_port
    updates["web_port"] = port or free_port()
    config = config.model_copy(update=updates)
    run_worker(build_worker(config), config.log_level)
