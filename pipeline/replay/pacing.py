"""When to send the next article: as fast as possible, at a rate, or on a sped-up timeline."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime


class Pacer:
    """Sleeps just enough to hold `rate` articles/s, or the published_at timeline sped up."""

    def __init__(self, rate: float | None = None, speed: float | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep,
                 max_gap_s: float = 5.0) -> None:
        if rate is not None and rate <= 0:
            raise ValueError("rate must be positive")
        if speed is not None and speed <= 0:
            raise ValueError("speed must be positive")
        self.rate = rate
        self.speed = speed
        self.clock = clock
        self.sleep = sleep
        self.max_gap_s = max_gap_s
        self._started: float | None = None
        self._sent = 0
        self._previous_published: datetime | None = None
        self._last_due = 0.0

    def wait(self, published_at: datetime) -> None:
        """Block until the next article is due."""
        now = self.clock()
        if self._started is None:
            self._started = now
            self._last_due = now
        due = self._due(published_at)
        if due > now:
            self.sleep(due - now)
        self._sent += 1

    def _due(self, published_at: datetime) -> float:
        assert self._started is not None
        if self.rate is not None:
            return self._started + self._sent / self.rate
        if self.speed is not None:
            previous, self._previous_published = self._previous_published, published_at
            if previous is None:
                return self._started
            gap = max(0.0, (published_at - previous).total_seconds() / self.speed)
            # Gaps in the timeline are capped so a replay never stalls for hours.
            self._last_due += min(gap, self.max_gap_s)
            return self._last_due
        return self._started
