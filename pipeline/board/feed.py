"""The board's feed: alerts read from the alert topic, kept in a buffer, fanned out to browsers.

Every worker runs its own feed on a consumer outside any group that reads every partition of
the alert topic, so each worker's board shows all alerts, not only those its agents raised.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from pipeline.board.cards import alert_card
from pipeline.board.kafka import aiokafka_options
from pipeline.board.recent import RecentAlerts
from pipeline.logs import get_logger
from pipeline.settings import Settings
from pipeline.text.phrases import PhraseMatcher
from pipeline.worker.decode import Rejected, decode_model
from schemas import EscalationAlert

log = get_logger("pipeline.board")

SUBSCRIBER_QUEUE = 1000
"""Cards a browser may fall behind by before it is dropped (its EventSource then reconnects)."""
ASSIGNMENT_WAIT_S = 0.2
MAX_ALERT_BYTES = 1024 * 1024

Card = dict[str, Any]


class AlertFeed:
    """Recent alerts as cards, and the queues of the browsers that follow them."""

    def __init__(self, matcher: PhraseMatcher, capacity: int = 500) -> None:
        self.matcher = matcher
        self.recent = RecentAlerts(capacity)
        self._cards: dict[str, Card] = {}
        self._subscribers: set[asyncio.Queue[Card | None]] = set()
        self.closed = False
        self.alerts_read = 0

    def publish(self, alert: EscalationAlert) -> Card | None:
        """Add an alert and send its card to every subscriber; None if it is not shown."""
        self.alerts_read += 1
        shown, escalated = self.recent.add(alert)
        if not shown:
            return None
        card = alert_card(alert, self.matcher, escalated)
        self._cards[alert.alert_id] = card
        held = {a.alert_id for a in self.recent.alerts()}
        for alert_id in [i for i in self._cards if i not in held]:
            del self._cards[alert_id]
        for queue in list(self._subscribers):
            try:
                queue.put_nowait(card)
            except asyncio.QueueFull:
                self._drop(queue)
        return card

    def snapshot(self) -> list[Card]:
        """The cards of the held alerts, oldest first."""
        return [self._cards[a.alert_id] for a in self.recent.alerts()]

    def subscribe(self) -> asyncio.Queue[Card | None]:
        """A queue that receives every new card, and None when the feed closes."""
        queue: asyncio.Queue[Card | None] = asyncio.Queue(SUBSCRIBER_QUEUE)
        if self.closed:
            queue.put_nowait(None)
            return queue
        self._subscribers.add(queue)
        return queue

    def unsubscribe(self, queue: asyncio.Queue[Card | None]) -> None:
        """Stop sending to this queue."""
        self._subscribers.discard(queue)

    @property
    def subscribers(self) -> int:
        """How many browsers follow the feed now."""
        return len(self._subscribers)

    def close(self) -> None:
        """End every subscriber's stream (the worker is stopping)."""
        self.closed = True
        for queue in list(self._subscribers):
            self._drop(queue)

    def _drop(self, queue: asyncio.Queue[Card | None]) -> None:
        while not queue.empty():
            queue.get_nowait()
        queue.put_nowait(None)
        self._subscribers.discard(queue)


async def follow_alert_topic(settings: Settings, feed: AlertFeed) -> None:
    """Read the alert topic into the feed until cancelled: the last `capacity` alerts of each
    partition first, then new ones as they are published."""
    from aiokafka import AIOKafkaConsumer  # noqa: PLC0415  # only in a worker

    topic = settings.topics.alerts
    consumer = AIOKafkaConsumer(**aiokafka_options(settings), group_id=None,
                                enable_auto_commit=False, auto_offset_reset="earliest",
                                client_id=f"{settings.worker_id}-board")
    await consumer.start()
    try:
        # Outside a group, a subscription is assigned every partition (and new ones later).
        consumer.subscribe([topic])
        while not consumer.assignment():  # the topic may not exist yet
            await asyncio.sleep(ASSIGNMENT_WAIT_S)
        assigned = sorted(consumer.assignment())
        ends = await consumer.end_offsets(assigned)
        starts = await consumer.beginning_offsets(assigned)
        for tp in assigned:
            consumer.seek(tp, max(starts[tp], ends[tp] - feed.recent.capacity))
        log.info("board.following", topic=topic, partitions=len(assigned))
        while True:
            batches = await consumer.getmany(timeout_ms=1000)
            for records in batches.values():
                for record in records:
                    decoded = decode_model(record.value, EscalationAlert, MAX_ALERT_BYTES)
                    if isinstance(decoded, Rejected):
                        log.warning("board.alert_skipped", reason=decoded.reason,
                                    partition=record.partition, offset=record.offset)
                        continue
                    feed.publish(decoded)
    finally:
        with contextlib.suppress(Exception):  # stopping must not mask why we stopped
            await consumer.stop()
