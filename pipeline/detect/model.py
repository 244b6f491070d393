"""The escalation sentence model: a calibrated probability that a sentence reports an escalation.

A linear model over hashed word n-grams and the rule signals (`model_features`), trained on
real labelled news by `wirewatch train escalation` (pipeline/learn/escalation.py); its weights
ship as a small npz file beside the lexicon and load once, with no network.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from pipeline.detect.model_features import RULE_FEATURES, WORD_FEATURES, feature_matrix

MODEL_FILE = Path(__file__).resolve().parent / "data" / "escalation_model.npz"


@dataclass(frozen=True)
class EscalationModel:
    """Weights, a sigmoid calibration and the operating point chosen on held-out data."""

    coef: np.ndarray  # one weight per feature (hashed n-grams, then rule signals)
    intercept: float
    slope: float  # Platt calibration: p = 1 / (1 + exp(slope * margin + offset))
    offset: float
    threshold: float  # a sentence at or above this probability carries an alert
    rule_threshold: float  # the lower bar when the rules alert too (medium or above)
    meta: dict[str, object]
    cue_threshold: float | None = None  # the bar when the rules rate a live cue low (None: threshold)

    def probabilities(self, norms: Sequence[Sequence[str]],
                      rules: Sequence[Sequence[float]]) -> np.ndarray:
        """Calibrated probabilities for many sentences at once (one matrix product)."""
        if not norms:
            return np.zeros(0)
        margin = feature_matrix(norms, rules) @ self.coef + self.intercept
        probabilities: np.ndarray = 1.0 / (1.0 + np.exp(self.slope * margin + self.offset))
        return probabilities

    def save(self, path: Path) -> None:
        """Write the weights (only those ever trained on are non-zero, so it packs small)."""
        np.savez_compressed(path, coef=self.coef.astype(np.float32),
                            scalars=np.array([self.intercept, self.slope, self.offset,
                                              self.threshold, self.rule_threshold,
                                              self.threshold if self.cue_threshold is None
                                              else self.cue_threshold]),
                            meta=np.array(json.dumps(self.meta)))


def load_model(path: Path = MODEL_FILE) -> EscalationModel:
    """A saved model; raises ValueError when it was built for other features."""
    with np.load(path, allow_pickle=False) as data:
        coef = data["coef"].astype(np.float64)
        scalars = [float(x) for x in data["scalars"]]
        intercept, slope, offset, threshold, rule_threshold = scalars[:5]
        cue_threshold = scalars[5] if len(scalars) > 5 else threshold  # older files: no such bar
        meta = json.loads(str(data["meta"]))
    if coef.shape != (WORD_FEATURES + len(RULE_FEATURES),) or meta.get(
            "rule_features") != list(RULE_FEATURES):
        raise ValueError(f"{path} was trained on other features; rebuild it with "
                         "`wirewatch train escalation`.")
    return EscalationModel(coef, intercept, slope, offset, threshold, rule_threshold, meta,
                           cue_threshold)


@cache
def default_model() -> EscalationModel | None:
    """The built-in model, loaded once; None when the file is absent (rules decide alone)."""
    return load_model() if MODEL_FILE.exists() else None
