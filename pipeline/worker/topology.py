"""The worker's topics and tables, declared on a Faust app from the settings."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, MutableMapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import faust

from pipeline.settings import Settings

SignatureListener = Callable[[str, Any], object]


def _bytes_topic(app: faust.App, name: str) -> Any:
    return app.topic(name, key_type=bytes, value_type=bytes, key_serializer="raw",
                     value_serializer="raw")


@dataclass
class Topology:
    """Topics (raw bytes in and out) and the tables the stages keep their state in."""

    raw: Any
    enriched: Any
    alerts: Any
    deadletter: Any
    story_alerts: Any  # story key -> StoryAlertState.as_dict(), partitioned like the stories
    story_signatures: Any  # article_id -> [story_id, signature]: global, every worker has all
    subject_counts: Any  # tumbling windows of article alerts per subject
    surges_sent: Any  # subject -> ISO start of the window last alerted


def build_topology(app: faust.App, settings: Settings,
                   on_signature: SignatureListener) -> Topology:
    """Declare topics and tables; `on_signature` hears every signature another worker stores.

    The story index must see signatures as soon as any worker writes them, not only at start:
    Faust calls on_changelog_event for each changelog record it reads (while recovering, and
    afterwards for the standby copies of a global table), before applying them in batches.
    """
    async def signature_changed(event: Any) -> None:
        key, value = event.key, event.value
        if isinstance(key, bytes):
            key = json.loads(key)
        if isinstance(value, bytes):
            value = json.loads(value)
        on_signature(str(key), value)

    window = timedelta(minutes=settings.surge_window_minutes)
    topics = settings.topics
    return Topology(
        raw=_bytes_topic(app, topics.raw), enriched=_bytes_topic(app, topics.enriched),
        alerts=_bytes_topic(app, topics.alerts), deadletter=_bytes_topic(app, topics.deadletter),
        story_alerts=app.Table("story-alerts", default=dict, partitions=settings.partitions),
        # One partition and a buffer of one, as Faust advises for a global table shared by
        # several workers: only then does the worker that owns the partition keep reading what
        # the others write after recovery. Written from batches, so the partitioner (not the
        # current event) places each key.
        story_signatures=app.GlobalTable("story-signatures", default=None, partitions=1,
                                         recovery_buffer_size=1, use_partitioner=True,
                                         on_changelog_event=signature_changed),
        subject_counts=app.Table("subject-alerts", default=int, partitions=settings.partitions)
        .tumbling(window, expires=window * (settings.surge_baseline_windows + 2))
        .relative_to_stream(),
        surges_sent=app.Table("surges-sent", default=str, partitions=settings.partitions))


class TableWindowCounts:
    """WindowCounts (pipeline.worker.surge) over a Faust tumbling-window table."""

    def __init__(self, table: Any, window: timedelta, baseline_windows: int) -> None:
        self.table = table
        self.window = window
        self.baseline_windows = baseline_windows

    def add(self, subject: str, at: float) -> tuple[int, list[int]]:
        """Count one alert in the current event's window (`at` is implied by the event)."""
        del at  # relative_to_stream: the table windows by the event being processed
        self.table[subject] += 1
        current = int(self.table[subject].current())
        previous = [int(self.table[subject].delta(self.window * i))
                    for i in range(1, self.baseline_windows + 1)]
        return current, previous


class BufferedTableStore(MutableMapping[str, Any]):
    """A table seen as a mapping whose writes wait for `flush`.

    The story index writes from the enrichment thread in model mode; a Faust table may only
    be written from the event loop, so the agent flushes after each batch.
    """

    def __init__(self, table: Any) -> None:
        self.table = table
        self.pending: list[tuple[str, Any]] = []

    def __getitem__(self, key: str) -> Any:
        value = self.table.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key: str, value: Any) -> None:
        self.pending.append((key, value))

    def __delitem__(self, key: str) -> None:
        self.pending.append((key, None))

    def __iter__(self) -> Iterator[str]:
        return iter(list(self.table.keys()))

    def __len__(self) -> int:
        return len(self.table)

    def flush(self) -> None:
        """Write what is pending to the table (from the event loop)."""
        pending, self.pending = self.pending, []
        for key, value in pending:
            if value is None:
                self.table.pop(key, None)
            else:
                self.table[key] = value
