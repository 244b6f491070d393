"""Running a built worker in this process until it stops: exit 0 when asked, 70 on a crash."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from pipeline.worker.app import Worker

EXIT_CRASHED = 70  # EX_SOFTWARE: an agent crashed; a supervisor should restart the worker
CRASH_GRACE_S = 2.0
"""How long a crashed worker stays up, not ready, so that probes and scrapes can see it."""


def run_worker(built: Worker, log_level: str) -> NoReturn:
    """Run the Faust worker; SIGTERM or Ctrl-C stop it cleanly, a crashed agent ends it."""
    from faust import Worker as FaustWorker  # noqa: PLC0415  # heavy: only when run

    faust_worker = FaustWorker(built.app, loglevel=log_level.replace("warning", "warn"),
                               override_logging=False, quiet=True)

    def end_without_committing() -> None:
        # Not the clean shutdown: that would commit the batch the crashed agent holds.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(EXIT_CRASHED)

    def crashed() -> None:
        faust_worker.loop.call_later(CRASH_GRACE_S, end_without_committing)

    built.stop = crashed
    faust_worker.execute_from_commandline()
