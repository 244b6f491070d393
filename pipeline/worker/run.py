"""Running a built worker in this process until it stops: exit 0 when asked, 70 on a crash."""

from __future__ import annotations

from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from pipeline.worker.app import Worker

EXIT_CRASHED = 70  # EX_SOFTWARE: an agent crashed; a supervisor should restart the worker


def run_worker(built: Worker, log_level: str) -> NoReturn:
    """Run the Faust worker; SIGTERM or Ctrl-C stop it cleanly, a crashed agent stops it too."""
    from faust import Worker as FaustWorker  # noqa: PLC0415  # heavy: only when run

    faust_worker = FaustWorker(built.app, loglevel=log_level.replace("warning", "warn"),
                               override_logging=False, quiet=True)

    def stop() -> None:
        # The same graceful path as SIGTERM: agents stop, offsets commit, the loop closes.
        faust_worker.loop.call_soon_threadsafe(faust_worker._on_sigterm)  # mode's own SIGTERM handler

    built.stop = stop
    try:
        faust_worker.execute_from_commandline()
    except SystemExit as done:
        if built.health.crashed:
            raise SystemExit(EXIT_CRASHED) from None
        raise SystemExit(done.code) from None
    raise SystemExit(EXIT_CRASHED if built.health.crashed else 0)
