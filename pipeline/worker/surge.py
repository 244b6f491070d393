"""Surge rule (pure): a subject's alert count in the current window against its recent baseline."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from schemas import Category, EscalationAlert, utc_now


@dataclass(frozen=True)
class SurgeRule:
    """When a window's count is a surge."""

    min_count: int = 3
    ratio: float = 3.0


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
