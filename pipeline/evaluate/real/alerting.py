"""Run the whole in-process pipeline over texts of a public set and score the alerts it raises."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pipeline.analysis import analyze
from pipeline.assembly import build_cores
from pipeline.learn.sets import Example
from pipeline.settings import Settings
from schemas import RawArticle
from schemas.alerts import severity_rank

ALERT_FROM = "medium"  # an alert counts when its severity is at least this
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-2]\d)\b")


@dataclass(frozen=True)
class Outcome:
    """What the pipeline did with one text."""

    alerted: bool
    severity: str | None
    score: float
    category: str | None
    cue_categories: frozenset[str]  # categories of every cue found, live or cancelled


def published_for(text: str, default_year: int) -> datetime:
    """A plausible publication date: the latest year the text names, else the set's own year.

    The sets carry no dates; a lead sentence's year is its news year, and dating it later would
    make the detector read the event as history.
    """
    years = [int(y) for y in _YEAR.findall(text)]
    return datetime(max(years) if years else default_year, 12, 31, tzinfo=UTC)


def run_pipeline(texts: Sequence[str], mode: str | None, default_year: int,
                 prefix: str) -> list[Outcome]:
    """Each text as one article body (no headline) through enrichment and detection."""
    enricher, detector = build_cores(Settings(), mode)  # type: ignore[arg-type]  # checked by CLI
    raws = [RawArticle(article_id=f"{prefix}-{i}", headline="", body=text,
                       published_at=published_for(text, default_year))
            for i, text in enumerate(texts)]
    outcomes = []
    for result in analyze(raws, enricher, detector):
        alert = result.alerts[0] if result.alerts else None
        fired = frozenset(h.cue.category for r in result.detection.readings for h in r.hits)
        outcomes.append(Outcome(
            alerted=alert is not None and severity_rank(alert.severity) >= severity_rank(ALERT_FROM),
            severity=alert.severity if alert else None, score=alert.score if alert else 0.0,
            category=alert.category.code if alert else None, cue_categories=fired))
    return outcomes


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def binary_report(examples: Sequence[Example], outcomes: Sequence[Outcome]) -> dict[str, Any]:
    """Precision, recall, F1, false-alarm rate and the confusion matrix over labelled examples.

    Examples labelled None (the set cannot say) are left out here and reported by class.
    """
    tp = fp = fn = tn = 0
    for example, outcome in zip(examples, outcomes, strict=True):
        if example.should_alert is None:
            continue
        if example.should_alert:
            tp, fn = tp + outcome.alerted, fn + (not outcome.alerted)
        else:
            fp, tn = fp + outcome.alerted, tn + (not outcome.alerted)
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    f1 = (round(2 * precision * recall / (precision + recall), 3)
          if precision and recall else (0.0 if tp + fn and tp + fp else None))
    return {"labelled": tp + fp + fn + tn, "precision": precision, "recall": recall, "f1": f1,
            "false_alarm_rate": _ratio(fp, fp + tn),
            "confusion": {"should alert": {"alert": tp, "no alert": fn},
                          "should not alert": {"alert": fp, "no alert": tn}}}


def by_class(examples: Sequence[Example], outcomes: Sequence[Outcome]) -> dict[str, Any]:
    """Per class of the set: how many texts and the share that alerted."""
    counts: dict[str, list[int]] = {}
    for example, outcome in zip(examples, outcomes, strict=True):
        for name in example.classes or ("(none)",):
            total = counts.setdefault(name, [0, 0])
            total[0] += 1
            total[1] += outcome.alerted
    return {name: {"n": n, "alerted": hits, "alert_rate": _ratio(hits, n)}
            for name, (n, hits) in sorted(counts.items())}
