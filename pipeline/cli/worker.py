"""`wirewatch worker`: run the Faust agents (scale by running more, up to the partitions)."""

from __future__ import annotations

import typer

from pipeline.cli._context import settings


def worker(
    mode: str = typer.Option(None, "--mode", help="fast or model (default: WIREWATCH_ENRICH_MODE)."),
    web_port: int = typer.Option(None, "--web-port", help="Faust web port; 0 picks a free one."),
    processes: int = typer.Option(
        None, "--processes", min=1, max=64,
        help="Worker processes in the consumer group, one per core to use (default: "
             "WIREWATCH_WORKER_PROCESSES, 1). Process i serves web and metrics on the port + i."),
) -> None:
    """Consume raw articles, enrich, detect and publish alerts until stopped (Ctrl-C, SIGTERM).

    Exits 0 when stopped, 70 when an agent (or one of the --processes) crashed, so a
    supervisor restarts it.
    """
    config = settings()
    if mode is not None and mode not in ("fast", "model"):
        raise typer.BadParameter("--mode must be fast or model.")
    count = config.worker_processes if processes is None else processes
    chosen_mode = mode or config.enrich_mode
    port = config.web_port if web_port is None else web_port
    if count > 1:
        from pipeline.worker.processes import run_processes  # noqa: PLC0415  # only for this command

        raise typer.Exit(run_processes(count, chosen_mode, port, config.metrics_port))
    from pipeline.broker.local import free_port  # noqa: PLC0415
    from pipeline.worker.app import build_worker  # noqa: PLC0415  # heavy: only for this command
    from pipeline.worker.run import run_worker  # noqa: PLC0415

    config = config.model_copy(update={"enrich_mode": chosen_mode,
                                       "web_port": port or free_port()})
    run_worker(build_worker(config), config.log_level)
