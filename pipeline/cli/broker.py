"""`wirewatch broker start|stop|status`: the local Apache Kafka broker."""

from __future__ import annotations

import typer

from pipeline.cli._context import local_broker_for, settings
from pipeline.cli._output import emit

app = typer.Typer(help="Run the local Apache Kafka broker (KRaft, from Maven jars).",
                  no_args_is_help=True)


@app.command()
def start(json_output: bool = typer.Option(None, "--json/--no-json",
                                           help="JSON output (default when piped).")) -> None:
    """Start the local broker, or report the one already running; prints the bootstrap address."""
    config = settings()
    broker = local_broker_for(config)
    already = broker.info()
    info = broker.start(timeout_s=config.broker_start_timeout)
    emit({"bootstrap": info.bootstrap, "pid": info.pid, "already_running": already is not None,
          "startup_seconds": info.startup_seconds, "data_dir": str(broker.data_dir),
          "logs": str(broker.logs_dir / "server.log")}, "Kafka broker", json_output)


@app.command()
def stop() -> None:
    """Stop the local broker cleanly."""
    stopped = local_broker_for(settings()).stop()
    emit({"stopped": stopped, "note": None if stopped else "no local broker was running"},
         "Kafka broker")


@app.command()
def status(json_output: bool = typer.Option(None, "--json/--no-json",
                                            help="JSON output (default when piped).")) -> None:
    """Whether the local broker runs and answers metadata requests; exit 1 when it does not."""
    state = local_broker_for(settings()).status()
    emit(state, "Kafka broker", json_output)
    if not state["answering"]:
        raise typer.Exit(1)
