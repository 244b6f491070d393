"""The board's feed: cards fanned out to browsers, slow ones dropped, all ended on close."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from pipeline.board import feed as feed_module
from pipeline.board.feed import AlertFeed
from pipeline.text.phrases import PhraseMatcher
from schemas import Category, EscalationAlert


def _alert(alert_id: str, supersedes: str | None = None) -> EscalationAlert:
    return EscalationAlert(alert_id=alert_id, severity="high", score=1.0,
                           category=Category(code="19", name="Fight"), supersedes=supersedes,
                           published_at=datetime(2026, 12, 1, tzinfo=UTC))


def test_subscribers_get_new_cards_and_the_snapshot_holds_what_is_shown() -> None:
    async def scenario() -> None:
        feed = AlertFeed(PhraseMatcher(), capacity=2)
        queue = feed.subscribe()
        feed.publish(_alert("a"))
        feed.publish(_alert("b", supersedes="a"))
        assert feed.publish(_alert("a")) is None  # superseded: arrives late, not shown
        assert [(await queue.get() or {})["alert_id"] for _ in range(2)] == ["a", "b"]
        assert queue.empty()
        assert [card["alert_id"] for card in feed.snapshot()] == ["b"]
        assert feed.alerts_read == 3
    asyncio.run(scenario())


def test_a_browser_that_falls_behind_is_dropped_and_told_so() -> None:
    async def scenario() -> None:
        feed = AlertFeed(PhraseMatcher(), capacity=10)
        queue = feed.subscribe()
        for index in range(feed_module.SUBSCRIBER_QUEUE + 1):
            feed.publish(_alert(f"al-{index}"))
        assert feed.subscribers == 0
        assert await queue.get() is None  # the stream ends; EventSource reconnects
    asyncio.run(scenario())


def test_closing_ends_every_stream_and_late_subscribers_at_once() -> None:
    async def scenario() -> None:
        feed = AlertFeed(PhraseMatcher())
        first = feed.subscribe()
        feed.close()
        assert await first.get() is None
        assert await feed.subscribe().get() is None
    asyncio.run(scenario())
