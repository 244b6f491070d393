"""How the rules and the sentence model decide together (the operating point is measured).

The model scores every sentence; the most probable sentence carries the article. At or above
the model's threshold the article alerts, and its category and cue come from the rules' reading
of that sentence (a cue the rules had cancelled is revived: the model, trained on real news,
overrules the cancellation). When the rules alert too (medium or above), a lower bar
(`rule_threshold`) suffices: two independent readings agree. When the rules find a live cue but
rate it low (a deportation, a ban, a strike), a middle bar (`cue_threshold`) suffices: the cue
says what happened, the model that it is news of an escalation. Otherwise a rule alert is
demoted to low. A sentence with no cue at all cannot carry an alert: every alert must name what fired.
Both thresholds are chosen on validation data by `pipeline/learn/escalation.py`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from pipeline.detect.reading import CueHit, SentenceReading
from pipeline.detect.severity import CATEGORY_BASE
from schemas.alerts import severity_rank

REVIVED = "model"
RULE_ALERT = "medium"
# Threats and sanctions sit in the pentaclass verbal-conflict class, left out of the model's
# positives (mixed with criticism), so the model has not learned them: it never vetoes them.
UNLEARNED = frozenset({"13", "16"})


@dataclass(frozen=True)
class Decision:
    """The model's verdict on one article."""

    carrier: int | None  # index of the reading that carries the alert
    probability: float  # calibrated probability of the carrying (or most probable) sentence
    alert: bool  # whether the article alerts at medium severity or above


def alerts(probability: float, rule_severity: str | None, threshold: float,
           rule_threshold: float, rule_category: str | None = None,
           cue_threshold: float | None = None) -> bool:
    """The operating point: a probable sentence, or a less probable one the rules alert on or
    rate low (`cue_threshold`; None: the main threshold)."""
    if probability >= threshold:
        return True
    if rule_severity is None:
        return False
    if severity_rank(rule_severity) < severity_rank(RULE_ALERT):
        return cue_threshold is not None and probability >= cue_threshold
    return probability >= rule_threshold or rule_category in UNLEARNED


def carrying_hit(reading: SentenceReading) -> CueHit | None:
    """The strongest cue of a sentence, live ones first."""
    def strength(hit: CueHit) -> float:
        return CATEGORY_BASE[hit.cue.category] * hit.cue.weight * (hit.factor or 0.01)
    return max(reading.hits, key=strength, default=None)


def decide(readings: Sequence[SentenceReading], probabilities: np.ndarray,
           rule_severity: str | None, threshold: float, rule_threshold: float,
           rule_category: str | None = None,
           cue_threshold: float | None = None) -> Decision:
    """Which sentence carries the article and whether it alerts; revives a cancelled cue."""
    cued = [i for i, r in enumerate(readings) if r.hits]
    if not cued:
        top = float(probabilities.max()) if len(probabilities) else 0.0
        return Decision(None, top, False)
    carrier = max(cued, key=lambda i: float(probabilities[i]))
    probability = float(probabilities[carrier])
    alert = alerts(probability, rule_severity, threshold, rule_threshold, rule_category,
                   cue_threshold)
    if probability >= threshold and not readings[carrier].live_hits:
        hit = carrying_hit(readings[carrier])
        if hit is not None:
            hit.factor = probability
            hit.reasons.append(REVIVED)
    return Decision(carrier, probability, alert)
