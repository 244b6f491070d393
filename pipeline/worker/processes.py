"""`wirewatch worker --processes N`: N worker processes in one consumer group, supervised.

Each child is a whole `wirewatch worker` (its own Faust app, event loop and model) in the same
consumer group, so the broker spreads the partitions over them as it does over workers on
several machines; the parent only starts, watches and stops them. A child that ends by itself
ends the others and the parent with a non-zero status (a supervisor restarts the lot); SIGTERM
or Ctrl-C to the parent stops every child cleanly.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import FrameType

from pipeline.logs import get_logger

log = get_logger("pipeline.worker")

EXIT_CHILD_FAILED = 70  # EX_SOFTWARE, as a crashed single worker exits
STOP_GRACE_S = 60.0
"""How long children may take to finish their batch and commit after SIGTERM."""
_POLL_S = 0.2
_PR_SET_PDEATHSIG = 1


@dataclass(frozen=True)
class ChildPorts:
    """The ports of one child: web (0 = a free one) and metrics (0 = none)."""

    web: int
    metrics: int


def child_ports(index: int, web_port: int, metrics_port: int) -> ChildPorts:
    """Child `index` (from 0) takes the configured ports plus its index; 0 stays 0."""
    return ChildPorts(web_port + index if web_port else 0,
                      metrics_port + index if metrics_port else 0)


def child_command(mode: str, web_port: int) -> list[str]:
    """The command line of one child: a single-process worker."""
    return [sys.executable, "-m", "pipeline", "worker", "--processes", "1", "--mode", mode,
            "--web-port", str(web_port)]


def child_environment(base: Mapping[str, str], ports: ChildPorts) -> dict[str, str]:
    """The parent's environment with the child's metrics port and a single process."""
    return {**base, "WIREWATCH_METRICS_PORT": str(ports.metrics),
            "WIREWATCH_WORKER_PROCESSES": "1"}


def _die_with_parent() -> None:  # pragma: no cover  # runs in the forked child
    # A parent killed with SIGKILL cannot stop its children: let the kernel send them SIGTERM.
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


class Supervisor:
    """Starts the children, waits for a stop request or a child's end, and stops the rest."""

    def __init__(self, commands: Sequence[Sequence[str]],
                 environments: Sequence[Mapping[str, str]]) -> None:
        self._commands = [list(c) for c in commands]
        self._environments = [dict(e) for e in environments]
        self._children: list[subprocess.Popen[bytes]] = []
        self._stop = threading.Event()
        self._signal: int | None = None

    def request_stop(self, signum: int, _frame: FrameType | None = None) -> None:
        """Signal handler: stop the children (the main loop does it)."""
        self._signal = signum
        self._stop.set()

    def run(self) -> int:
        """Run until stopped (0 when every child stopped cleanly) or a child ended (non-zero)."""
        for command, env in zip(self._commands, self._environments, strict=True):
            self._children.append(subprocess.Popen(
                command, env=env, stdin=subprocess.DEVNULL, preexec_fn=_die_with_parent))  # noqa: PLW1509  # no threads yet
        log.info("worker.processes_started", processes=len(self._children),
                 pids=[child.pid for child in self._children])
        ended: subprocess.Popen[bytes] | None = None
        while not self._stop.wait(_POLL_S):
            ended = next((child for child in self._children if child.poll() is not None), None)
            if ended is not None:
                break
        if ended is not None:
            code = ended.returncode
            log.error("worker.process_ended", pid=ended.pid, exit_code=code,
                      processes=len(self._children))
            self._stop_children()
            return code if code and code > 0 else EXIT_CHILD_FAILED
        log.info("worker.processes_stopping", signal=self._signal)
        codes = self._stop_children()
        return 0 if all(code == 0 for code in codes) else EXIT_CHILD_FAILED

    def _stop_children(self) -> list[int]:
        for child in self._children:
            if child.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    child.send_signal(signal.SIGTERM)
        codes = []
        for child in self._children:
            try:
                codes.append(child.wait(timeout=STOP_GRACE_S))
            except subprocess.TimeoutExpired:
                log.error("worker.process_killed", pid=child.pid, grace_s=STOP_GRACE_S)
                child.kill()
                codes.append(child.wait())
        return codes


def run_processes(count: int, mode: str, web_port: int, metrics_port: int) -> int:
    """Run `count` single-process workers until SIGTERM/SIGINT or one of them ends."""
    ports = [child_ports(i, web_port, metrics_port) for i in range(count)]
    supervisor = Supervisor([child_command(mode, p.web) for p in ports],
                            [child_environment(os.environ, p) for p in ports])
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, supervisor.request_stop)
    return supervisor.run()
