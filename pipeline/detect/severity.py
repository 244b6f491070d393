"""Severity from category, cue strength, actors, casualties, certainty and repetition."""

from __future__ import annotations

from dataclasses import dataclass

from schemas import Severity

# Points a full-strength cue of each CAMEO root is worth before the bonuses below.
CATEGORY_BASE = {"13": 5.0, "14": 3.5, "15": 5.2, "16": 5.0, "17": 5.0, "18": 6.6, "19": 6.6,
                 "20": 9.3}
THRESHOLDS: list[tuple[float, Severity]] = [(9.2, "critical"), (7.0, "high"), (4.5, "medium"),
                                            (2.5, "low")]
REPEAT_BONUS = 0.25
REPEAT_CAP = 0.5
NUCLEAR_BONUS = 4.0
NO_ACTOR_FACTOR = 0.8
WEIGHT_SPREAD = 1.5  # a cue of weight 1.5 is worth 0.75 points more than a typical one


@dataclass(frozen=True)
class SeverityInputs:
    """What severity depends on, for one category of one article."""

    category: str
    weight: float  # the strongest cue's weight in its category (1.0 is typical)
    factor: float  # what modifiers left of it (1.0 certain, lower when hedged)
    sentences: int  # sentences where the category fires
    dead: int
    injured: int
    nuclear: bool
    state_actor: bool
    armed_actor: bool
    nuclear_power: bool
    watched: bool


def casualty_bonus(dead: int, injured: int) -> float:
    """More dead, more severe; the injured count for less."""
    if dead >= 100:
        return 3.5
    if dead >= 20:
        return 2.8
    if dead >= 5:
        return 1.4
    if dead >= 1:
        return 0.8
    if injured >= 10:
        return 0.5
    return 0.3 if injured else 0.0


def severity_points(inputs: SeverityInputs) -> float:
    """The score of an alert (about 0 to 15)."""
    points = CATEGORY_BASE[inputs.category] * inputs.factor + WEIGHT_SPREAD * (inputs.weight - 1)
    points += min(REPEAT_CAP, REPEAT_BONUS * max(0, inputs.sentences - 1))
    points += casualty_bonus(inputs.dead, inputs.injured)
    if inputs.nuclear:
        points += NUCLEAR_BONUS
    if inputs.nuclear_power and inputs.category in ("13", "15"):
        points += 0.3
    if inputs.watched:
        points += 0.5
    if not (inputs.state_actor or inputs.armed_actor):
        points *= NO_ACTOR_FACTOR
    return round(points, 2)


def severity_of(points: float) -> Severity | None:
    """The severity band of a score, or None below the lowest band."""
    for threshold, severity in THRESHOLDS:
        if points >= threshold:
            return severity
    return None
