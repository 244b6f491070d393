"""Per-story cooldown: an update re-alerts only when its severity rises, naming what it supersedes."""

from __future__ import annotations

from collections.abc import MutableMapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from schemas import EscalationAlert, severity_rank

CooldownStore = MutableMapping[str, Any]
"""story key -> StoryAlertState.as_dict(): a dict in `wirewatch analyze`, a Faust table in the
worker."""


@dataclass(frozen=True)
class StoryAlertState:
    """The last alert raised for a story."""

    alert_id: str
    severity: str
    published_at: str  # ISO time of the article that raised it
    article_id: str = ""

    def as_dict(self) -> dict[str, str]:
        """Plain data, for a Faust table."""
        return {"alert_id": self.alert_id, "severity": self.severity,
                "published_at": self.published_at, "article_id": self.article_id}


def admit_alert(alert: EscalationAlert, previous: StoryAlertState | None,
                cooldown: timedelta) -> EscalationAlert | None:
    """The alert to publish (with `supersedes` set when it escalates), or None to hold it back."""
    if previous is None:
        return alert
    if previous.article_id == alert.article_id:
        return alert  # the same article again (a redelivery): same alert id, consumers dedupe
    elapsed = alert.published_at - datetime.fromisoformat(previous.published_at)
    if severity_rank(alert.severity) > severity_rank(previous.severity):
        return alert.model_copy(update={"supersedes": previous.alert_id})
    if elapsed > cooldown:
        return alert
    return None


def admit(alert: EscalationAlert, store: CooldownStore,
          cooldown: timedelta) -> EscalationAlert | None:
    """Pass, upgrade or hold back an alert against its story's state in `store`, updating it."""
    key = alert.story_id or alert.alert_id
    stored = store.get(key)
    previous = StoryAlertState(**stored) if stored else None
    admitted = admit_alert(alert, previous, cooldown)
    if admitted is not None:
        store[key] = StoryAlertState(admitted.alert_id, admitted.severity,
                                     admitted.published_at.isoformat(),
                                     admitted.article_id or "").as_dict()
    return admitted


class StoryCooldown:
    """The cooldown over a dict (the worker keeps the same state in a Faust table)."""

    def __init__(self, cooldown: timedelta = timedelta(hours=24),
                 store: CooldownStore | None = None) -> None:
        self.cooldown = cooldown
        self.store: CooldownStore = store if store is not None else {}

    def admit(self, alert: EscalationAlert) -> EscalationAlert | None:
        """Pass, upgrade or hold back an alert, remembering what was published."""
        return admit(alert, self.store, self.cooldown)
