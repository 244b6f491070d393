"""The `wirewatch` command line: thin commands over the pipeline core."""

from __future__ import annotations

import sys

import typer

from pipeline.cli import (
    analyze,
    bench,
    broker,
    config_cmd,
    demo,
    evaluate,
    notify,
    replay,
    schemas_cmd,
    tail,
    topics,
    train,
    worker,
)
from pipeline.errors import WirewatchError
from pipeline.logs import configure_logging

app = typer.Typer(name="wirewatch", no_args_is_help=True, add_completion=False,
                  pretty_exceptions_enable=False,
                  help="Real-time escalation alerts from news-agency wire copy, on Apache Kafka.")
app.add_typer(broker.app, name="broker")
app.add_typer(topics.app, name="topics")
app.add_typer(schemas_cmd.app, name="schemas")
app.add_typer(train.load_trainers(), name="train")
app.command("config")(config_cmd.config)
app.command("demo")(demo.demo)
app.command("replay")(replay.replay)
app.command("analyze")(analyze.analyze)
app.command("eval")(evaluate.evaluate_command)
app.command("worker")(worker.worker)
app.command("tail")(tail.tail)
app.command("notify")(notify.notify)
app.command("bench")(bench.bench)


@app.callback()
def _configure(
    log_level: str = typer.Option(None, "--log-level", help="debug, info, warning or error "
                                                            "(default: WIREWATCH_LOG_LEVEL)."),
    log_format: str = typer.Option(None, "--log-format",
                                   help="auto, json or console (default: WIREWATCH_LOG_FORMAT)."),
) -> None:
    """Logs go to stderr; stdout carries only data and summaries."""
    from pipeline.cli._context import settings  # noqa: PLC0415  # settings read after options

    config = settings()
    chosen_format = log_format or config.log_format
    if chosen_format not in ("auto", "json", "console"):
        raise typer.BadParameter("--log-format must be auto, json or console.")
    configure_logging(log_level or config.log_level, chosen_format)  # type: ignore[arg-type]  # checked above


def main() -> None:
    """Entry point: user errors end in one sentence and a non-zero exit, never a traceback."""
    try:
        # Without standalone mode click returns the code of a typer.Exit instead of exiting.
        result = app(standalone_mode=False)
        sys.exit(result if isinstance(result, int) else 0)
    except WirewatchError as error:
        typer.secho(f"error: {error}", fg=typer.colors.RED, err=True)
        sys.exit(error.exit_code)
    except typer.Exit as done:
        sys.exit(done.exit_code)
    except typer.Abort:
        typer.secho("aborted.", err=True)
        sys.exit(130)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as error:
        # Usage errors (typer ships its own click) carry their own one-line message.
        show = getattr(error, "show", None)
        if callable(show) and isinstance(getattr(error, "exit_code", None), int):
            show()
            sys.exit(error.exit_code)  # type: ignore[attr-defined]  # checked just above
        raise
