"""CPU use during a measurement window: of the measured processes, and of the whole machine.

On a shared 2-core machine a low figure is often someone else's fault; these numbers tell
"the workers were starved" (machine busy, workers well under one core each) from "the workers
were the bottleneck" (each near one core).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

import psutil


def _process_seconds(pid: int) -> float:
    """CPU seconds of the process and its live children (a `--processes N` worker's)."""
    try:
        process = psutil.Process(pid)
        family = [process, *process.children(recursive=True)]
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return 0.0
    seconds = 0.0
    for member in family:
        try:
            times = member.cpu_times()
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
        seconds += float(times.user + times.system)
    return seconds


def _machine_busy_seconds() -> float:
    times = psutil.cpu_times()
    idle = float(times.idle) + float(getattr(times, "iowait", 0.0))
    return float(sum(times)) - idle


@dataclass(frozen=True)
class CpuUse:
    """Cores in use on average over the window: by the measured processes, by everything."""

    process_cores: float
    machine_cores: float

    def as_dict(self) -> dict[str, float]:
        """Rounded, for the result."""
        return {"process_cores": round(self.process_cores, 2),
                "machine_cores": round(self.machine_cores, 2)}


class CpuMeter:
    """Started before a window, read after it."""

    def __init__(self, pids: Sequence[int]) -> None:
        self.pids = list(pids)
        self._wall = time.monotonic()
        self._process = sum(_process_seconds(pid) for pid in self.pids)
        self._machine = _machine_busy_seconds()

    def read(self) -> CpuUse:
        """Average cores used since the meter started."""
        wall = max(time.monotonic() - self._wall, 1e-6)
        process = sum(_process_seconds(pid) for pid in self.pids) - self._process
        machine = _machine_busy_seconds() - self._machine
        return CpuUse(process / wall, machine / wall)
