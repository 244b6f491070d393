"""The board's recent-alerts buffer: bounded, escalations replace the card they supersede."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipeline.board.recent import RecentAlerts
from schemas import Category, EscalationAlert


def _alert(alert_id: str, supersedes: str | None = None, severity: str = "high") -> EscalationAlert:
    return EscalationAlert(alert_id=alert_id, severity=severity, score=0.5,  # type: ignore[arg-type]  # a literal
                           category=Category(code="19", name="Fight"), supersedes=supersedes,
                           published_at=datetime(2026, 12, 1, tzinfo=UTC))


def test_keeps_the_last_alerts_up_to_its_capacity_oldest_first() -> None:
    recent = RecentAlerts(2)
    for alert_id in ("a", "b", "c"):
        assert recent.add(_alert(alert_id)) == (True, None)
    assert [a.alert_id for a in recent.alerts()] == ["b", "c"]


def test_an_escalation_replaces_the_alert_it_supersedes() -> None:
    recent = RecentAlerts(5)
    first = _alert("a")
    recent.add(first)
    recent.add(_alert("x"))
    assert recent.add(_alert("b", supersedes="a", severity="critical")) == (True, first)
    assert [a.alert_id for a in recent.alerts()] == ["x", "b"]


def test_a_superseded_alert_arriving_late_is_not_shown() -> None:
    recent = RecentAlerts(5)
    recent.add(_alert("b", supersedes="a"))
    assert recent.add(_alert("a")) == (False, None)
    assert [a.alert_id for a in recent.alerts()] == ["b"]


def test_a_redelivered_alert_is_held_once() -> None:
    recent = RecentAlerts(5)
    recent.add(_alert("a"))
    recent.add(_alert("b"))
    recent.add(_alert("a"))
    assert [a.alert_id for a in recent.alerts()] == ["b", "a"]
    assert len(recent) == 2


def test_capacity_must_be_positive() -> None:
    with pytest.raises(ValueError, match="capacity"):
        RecentAlerts(0)
