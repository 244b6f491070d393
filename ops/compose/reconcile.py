"""Pure checks of what the compose stack produced: counts, lost records and alert severities."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class TopicCounts:
    """Records on the pipeline's topics, by key (a key may repeat: replays, redeliveries)."""

    raw: Counter[bytes]
    enriched: Counter[bytes]
    deadletter: Counter[bytes]

    @property
    def totals(self) -> tuple[int, int, int]:
        """(raw, enriched, dead-lettered) record counts."""
        return self.raw.total(), self.enriched.total(), self.deadletter.total()


def lost_keys(counts: TopicCounts) -> dict[bytes, int]:
    """Keys read from the raw topic more often than they were enriched or dead-lettered.

    Each value is how many records of that key are unaccounted for. Empty means nothing was
    lost; duplicates (at-least-once after a worker stopped) do not hide a loss of another key.
    """
    accounted = counts.enriched + counts.deadletter
    return {key: wanted - accounted[key] for key, wanted in counts.raw.items()
            if accounted[key] < wanted}


def duplicates(counts: TopicCounts) -> int:
    """Records enriched or dead-lettered more than once (allowed; ids tell them apart)."""
    accounted = counts.enriched + counts.deadletter
    return sum(max(0, seen - counts.raw[key]) for key, seen in accounted.items())


def reconciles_exactly(counts: TopicCounts) -> bool:
    """raw = enriched + dead-lettered, and every raw key is accounted for."""
    raw, enriched, dead = counts.totals
    return raw == enriched + dead and not lost_keys(counts)


def severities(alerts: Iterable[Mapping[str, object]]) -> Counter[str]:
    """How many alerts of each severity."""
    return Counter(str(alert.get("severity")) for alert in alerts)


def alert_ids(alerts: Iterable[Mapping[str, object]]) -> set[str]:
    """The distinct alert ids."""
    return {str(alert["alert_id"]) for alert in alerts if "alert_id" in alert}
