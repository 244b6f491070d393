"""Replay pacing: a rate, a sped-up timeline, or as fast as possible."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pipeline.replay import Pacer


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 6))
        self.now += seconds


T0 = datetime(2026, 1, 1, tzinfo=UTC)


def test_unpaced_replay_never_sleeps() -> None:
    clock = FakeClock()
    pacer = Pacer(clock=clock, sleep=clock.sleep)
    for i in range(5):
        pacer.wait(T0 + timedelta(hours=i))
    assert clock.slept == []


def test_rate_spaces_articles_evenly() -> None:
    clock = FakeClock()
    pacer = Pacer(rate=4, clock=clock, sleep=clock.sleep)
    for _ in range(5):
        pacer.wait(T0)
    assert clock.slept == [0.25, 0.25, 0.25, 0.25]


def test_speed_follows_the_published_timeline_with_capped_gaps() -> None:
    clock = FakeClock()
    pacer = Pacer(speed=60, clock=clock, sleep=clock.sleep, max_gap_s=5)
    for minutes in (0, 1, 3, 600):
        pacer.wait(T0 + timedelta(minutes=minutes))
    assert clock.slept == [1.0, 2.0, 5.0]
