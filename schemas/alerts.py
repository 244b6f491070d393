"""Escalation alerts published on `wire.alerts.escalation`."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from schemas._base import SCHEMA_VERSION, UtcDatetime, WireModel, utc_now

Severity = Literal["low", "medium", "high", "critical"]
SEVERITIES: tuple[Severity, ...] = ("low", "medium", "high", "critical")


def severity_rank(severity: str) -> int:
    """0 for low up to 3 for critical; used to compare and filter severities."""
    return SEVERITIES.index(severity)  # type: ignore[arg-type,unused-ignore]  # unknown names raise ValueError


class Category(WireModel):
    """A CAMEO root category, e.g. code "19", name "Fight"."""

    code: str = Field(pattern=r"^(1[3-9]|20)$")
    name: str


class Dyad(WireModel):
    """Who acts on whom, as ISO3 codes (or an actor name when no country is known)."""

    source: str
    target: str


class Evidence(WireModel):
    """A sentence of the body that shows the event, with [start, end) offsets into body."""

    sentence: str
    start: int
    end: int
    cues: list[str] = Field(default_factory=list)


class EscalationAlert(WireModel):
    """An explained, severity-ranked escalation signal."""

    schema_version: int = SCHEMA_VERSION
    alert_id: str = Field(description="Deterministic: the same story, category and subject give "
                                      "the same id.")
    kind: Literal["article", "surge"] = "article"
    severity: Severity
    score: float = Field(description="The escalation model's calibrated probability (0-1) that "
                                     "the carrying sentence (trigger) reports an escalation "
                                     "event; rule points when no model is loaded; for surge "
                                     "alerts, window count over baseline.")
    category: Category
    subject: str = Field(default="", description="The message key: ISO3 country or dyad USA-VEN.")
    countries: list[str] = Field(default_factory=list)
    dyad: Dyad | None = None
    actors: list[str] = Field(default_factory=list)
    cues: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    article_id: str | None = None
    story_id: str | None = None
    headline: str = ""
    published_at: UtcDatetime
    detected_at: UtcDatetime = Field(default_factory=utc_now)
    supersedes: str | None = None
    window: dict[str, float] | None = Field(
        default=None, description="For surge alerts: window start/end, count and baseline.")
    points: float | None = Field(
        default=None, description="The rules' severity points (about 0-15) behind the band.")
    trigger: Evidence | None = Field(
        default=None, description="The sentence that carried the alert and its carrying cue.")
