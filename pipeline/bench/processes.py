"""Worker subprocesses of a benchmark: started with a measurement's settings, paused, stopped."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from pipeline.settings import Settings

_STOP_TIMEOUT_S = 15.0


def worker_command(mode: str, processes: int = 1) -> list[str]:
    """The real wirewatch worker in `mode`, as `processes` supervised processes."""
    return [sys.executable, "-m", "pipeline", "worker", "--mode", mode,
            "--processes", str(processes)]


def passthrough_command() -> list[str]:
    """The passthrough Faust app (raw -> copy, nothing else)."""
    return [sys.executable, "-m", "pipeline.bench.passthrough_app"]


def worker_environment(settings: Settings) -> dict[str, str]:
    """The environment that points a worker at the measurement's broker, topics and group."""
    env = dict(os.environ)
    env.update({
        "KAFKA_BOOTSTRAP_SERVERS": settings.kafka_bootstrap_servers,
        "WIREWATCH_TOPIC_PREFIX": settings.topic_prefix,
        "WIREWATCH_WORKER_ID": settings.worker_id,
        "WIREWATCH_PARTITIONS": str(settings.partitions),
        "WIREWATCH_WEB_PORT": "0",
        "WIREWATCH_METRICS_PORT": "0",
        "WIREWATCH_LOG_LEVEL": "warning",
        "WIREWATCH_LOG_FORMAT": "json",
    })
    env.pop("WIREWATCH_KAFKA_BOOTSTRAP_SERVERS", None)  # would shadow the bench broker
    return env


class BenchProcess:
    """One subprocess with its output in a log file; SIGSTOP/SIGCONT pause and resume it."""

    def __init__(self, name: str, command: Sequence[str], settings: Settings,
                 log_dir: Path) -> None:
        self.name = name
        self.log_path = log_dir / f"{name}.log"
        self._log: IO[bytes] = self.log_path.open("wb")
        self._process = subprocess.Popen(list(command), env=worker_environment(settings),
                                         stdout=self._log, stderr=subprocess.STDOUT,
                                         stdin=subprocess.DEVNULL, start_new_session=True)

    @property
    def pid(self) -> int:
        """The process id."""
        pid: int = self._process.pid
        return pid

    def alive(self) -> bool:
        """True while the process runs."""
        return self._process.poll() is None

    def pause(self) -> None:
        """Freeze the process and its children (their consumers keep their partitions)."""
        os.killpg(self.pid, signal.SIGSTOP)  # the group: a --processes worker's children too

    def resume(self) -> None:
        """Let a paused process (and its children) run again."""
        os.killpg(self.pid, signal.SIGCONT)

    def log_tail(self, lines: int = 8) -> str:
        """The last lines the process wrote, for an error message."""
        self._log.flush()
        text = self.log_path.read_text(encoding="utf-8", errors="replace").strip()
        return "\n".join(text.splitlines()[-lines:])

    def stop(self) -> None:
        """SIGTERM (after SIGCONT, in case it is paused), then SIGKILL if it lingers."""
        if self.alive():
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.pid, signal.SIGCONT)
                self._process.terminate()
            try:
                self._process.wait(timeout=_STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(timeout=5)
        self._log.close()
