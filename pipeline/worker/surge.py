"""Surge rule (pure): a subject's alert count in the current window against its recent baseline."""

from __future__ import annotations

import hashlib
from collections.abc import MutableMapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from schemas import Category, EscalationAlert, utc_now


@dataclass(frozen=True)
class SurgeRule:
    """When a window's count is a surge."""

    min_count: int = 3
    ratio: float = 3.0


class WindowCounts(Protocol):
    """Alert counts per subject in tumbling windows: a Faust windowed table, or DictWindowCounts."""

    def add(self, subject: str, at: float) -> tuple[int, list[int]]:
        """Count one alert at `at` (epoch seconds); the current window's count and the earlier
        windows' counts, most recent first."""


@dataclass
class DictWindowCounts:
    """WindowCounts in a dict, for `wirewatch analyze` and tests."""

    window_s: float
    baseline_windows: int
    counts: dict[tuple[str, int], int] = field(default_factory=dict)

    def add(self, subject: str, at: float) -> tuple[int, list[int]]:
        """See WindowCounts.add."""
        index = int(at // self.window_s)
        self.counts[subject, index] = self.counts.get((subject, index), 0) + 1
        previous = [self.counts.get((subject, index - i), 0)
                    for i in range(1, self.baseline_windows + 1)]
        return self.counts[subject, index], previous


def is_surge(current: int, previous_windows: list[int], rule: SurgeRule) -> bool:
    """True when current reaches min_count and `ratio` times the mean of previous windows."""
    baseline = sum(previous_windows) / len(previous_windows) if previous_windows else 0.0
    return current >= rule.min_count and current >= rule.ratio * max(baseline, 1 / rule.ratio)


def surge_alert(trigger: EscalationAlert, current: int, previous_windows: list[int],
                window_start: datetime, window_seconds: float) -> EscalationAlert:
    """A `surge` alert for trigger's subject; one id per subject and window."""
    baseline = sum(previous_windows) / len(previous_windows) if previous_windows else 0.0
    key = f"surge|{trigger.subject}|{window_start.isoformat()}"
    return EscalationAlert(
        alert_id="al-" + hashlib.sha256(key.encode()).hexdigest()[:20], kind="surge",
        severity="high" if trigger.severity in ("high", "critical") else "medium",
        score=round(current / max(baseline, 1.0), 2),
        category=Category(code=trigger.category.code, name=trigger.category.name),
        subject=trigger.subject, countries=trigger.countries, dyad=trigger.dyad,
        cues=[f"{current} alerts in {window_seconds / 60:.0f} min vs baseline {baseline:.1f}"],
        article_id=trigger.article_id, story_id=trigger.story_id,
        headline=f"Surge: {current} escalation alerts about {trigger.subject}",
        published_at=trigger.published_at, detected_at=utc_now(),
        window={"start": window_start.timestamp(), "seconds": window_seconds,
                "count": float(current), "baseline": round(baseline, 3)})


def surge_stage(alert: EscalationAlert, at: float, counts: WindowCounts,
                sent: MutableMapping[str, str], rule: SurgeRule,
                window_s: float) -> EscalationAlert | None:
    """Count an article alert; the surge alert its subject's window now raises, once per window.

    `sent` (subject -> ISO start of the window last alerted) keeps a window from alerting twice.
    """
    if alert.kind != "article":
        return None
    current, previous = counts.add(alert.subject, at)
    if not is_surge(current, previous, rule):
        return None
    start = datetime.fromtimestamp(at - at % window_s, UTC)
    if sent.get(alert.subject) == start.isoformat():
        return None
    sent[alert.subject] = start.isoformat()
    return surge_alert(alert, current, previous, start, window_s)
