"""Peak resident memory of benchmark processes, sampled in a background thread."""

from __future__ import annotations

import threading
from types import TracebackType

import psutil

MB = 1024 * 1024


def rss_bytes(pid: int) -> int:
    """Resident set size of a process and all its children; 0 when it is gone."""
    try:
        process = psutil.Process(pid)
        total = int(process.memory_info().rss)
        for child in process.children(recursive=True):
            try:
                total += int(child.memory_info().rss)
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                continue
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return 0
    return total


class PeakRss:
    """Samples each pid every `interval_s` until stopped; `peak_mb(pid)` is the highest seen."""

    def __init__(self, interval_s: float = 0.2) -> None:
        self.interval_s = interval_s
        self._peaks: dict[int, int] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="bench-rss", daemon=True)

    def watch(self, pid: int) -> None:
        """Start sampling this process (and its children)."""
        with self._lock:
            self._peaks.setdefault(pid, 0)
        self._sample(pid)

    def peak_mb(self, pid: int) -> float:
        """The highest RSS seen for the process, in MiB."""
        self._sample(pid)
        with self._lock:
            return round(self._peaks.get(pid, 0) / MB, 1)

    def _sample(self, pid: int) -> None:
        rss = rss_bytes(pid)
        with self._lock:
            if pid in self._peaks:
                self._peaks[pid] = max(self._peaks[pid], rss)

    def _run(self) -> None:
        while not self._stop.wait(self.interval_s):
            with self._lock:
                pids = list(self._peaks)
            for pid in pids:
                self._sample(pid)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
