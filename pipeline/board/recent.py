"""The board's memory: the most recent alerts, bounded, with escalated stories collapsed."""

from __future__ import annotations

from collections import OrderedDict

from schemas import EscalationAlert


class RecentAlerts:
    """The last `capacity` alerts by arrival, where an alert that supersedes another replaces it.

    A superseded alert that arrives after the alert that supersedes it (another partition, a
    replay) is not shown again. A redelivered alert (same id) replaces its earlier copy.
    """

    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self._alerts: OrderedDict[str, EscalationAlert] = OrderedDict()
        # Bounded too: only ids that can still arrive late matter, and those are recent.
        self._superseded: OrderedDict[str, None] = OrderedDict()

    def add(self, alert: EscalationAlert) -> tuple[bool, EscalationAlert | None]:
        """Remember an alert. Returns (shown, escalated) where `shown` is False for an alert a
        later one already superseded, and `escalated` is the earlier alert it replaced, if held."""
        if alert.alert_id in self._superseded:
            return False, None
        escalated = None
        if alert.supersedes is not None:
            escalated = self._alerts.pop(alert.supersedes, None)
            self._superseded[alert.supersedes] = None
            while len(self._superseded) > self.capacity:
                self._superseded.popitem(last=False)
        self._alerts.pop(alert.alert_id, None)
        self._alerts[alert.alert_id] = alert
        while len(self._alerts) > self.capacity:
            self._alerts.popitem(last=False)
        return True, escalated

    def get(self, alert_id: str) -> EscalationAlert | None:
        """The held alert with this id, if any."""
        return self._alerts.get(alert_id)

    def alerts(self) -> list[EscalationAlert]:
        """The held alerts, oldest arrival first."""
        return list(self._alerts.values())

    def __len__(self) -> int:
        return len(self._alerts)
