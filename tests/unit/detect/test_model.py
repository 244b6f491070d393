"""The escalation sentence model: saving and loading, batch scoring, and the operating point."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from pipeline.detect.model import EscalationModel, default_model, load_model
from pipeline.detect.model_combine import alerts
from pipeline.detect.model_features import RULE_FEATURES, WORD_FEATURES, ngrams

pytestmark = pytest.mark.unit


def test_the_operating_point_needs_the_high_bar_alone_or_the_low_bar_with_a_rule_alert() -> None:
    assert alerts(0.8, None, threshold=0.75, rule_threshold=0.02)
    assert not alerts(0.5, None, threshold=0.75, rule_threshold=0.02)
    assert not alerts(0.5, "low", threshold=0.75, rule_threshold=0.02)
    assert alerts(0.05, "medium", threshold=0.75, rule_threshold=0.02)
    assert not alerts(0.01, "critical", threshold=0.75, rule_threshold=0.02)
    assert alerts(0.01, "critical", threshold=0.75, rule_threshold=0.02, rule_category="13")


def test_a_live_cue_the_rules_rate_low_alerts_at_the_middle_bar() -> None:
    assert alerts(0.4, "low", threshold=0.7, rule_threshold=0.02, cue_threshold=0.35)
    assert not alerts(0.3, "low", threshold=0.7, rule_threshold=0.02, cue_threshold=0.35)
    assert not alerts(0.4, None, threshold=0.7, rule_threshold=0.02, cue_threshold=0.35)
    assert not alerts(0.01, "medium", threshold=0.7, rule_threshold=0.02, cue_threshold=0.35)


def test_ngrams_are_words_and_adjacent_pairs() -> None:
    assert ngrams(["troops", "shelled", "town"]) == ["troops", "shelled", "town",
                                                     "troops shelled", "shelled town"]


def test_a_saved_model_loads_back_and_scores_a_batch(tmp_path: Path) -> None:
    coef = np.zeros(WORD_FEATURES + len(RULE_FEATURES))
    coef[-1] = -2.0  # the "no cue" signal
    model = EscalationModel(coef, 0.5, -1.0, 0.0, 0.7, 0.05,
                            {"rule_features": list(RULE_FEATURES)}, 0.4)
    model.save(tmp_path / "m.npz")
    again = load_model(tmp_path / "m.npz")
    assert (again.threshold, again.rule_threshold, again.cue_threshold) == (0.7, 0.05, 0.4)
    rules = [[0.0] * len(RULE_FEATURES), [0.0] * (len(RULE_FEATURES) - 1) + [1.0]]
    probabilities = again.probabilities([["a"], ["b"]], rules)
    assert probabilities.shape == (2,)
    assert probabilities[0] == pytest.approx(1 / (1 + np.exp(-0.5)))
    assert probabilities[1] == pytest.approx(1 / (1 + np.exp(1.5)))


def test_a_model_built_for_other_features_is_refused(tmp_path: Path) -> None:
    model = EscalationModel(np.zeros(3), 0.0, -1.0, 0.0, 0.5, 0.1, {"rule_features": ["x"]})
    model.save(tmp_path / "m.npz")
    with pytest.raises(ValueError, match="train escalation"):
        load_model(tmp_path / "m.npz")


def test_the_shipped_model_is_small_calibrated_and_has_an_operating_point() -> None:
    model = default_model()
    assert model is not None
    assert model.slope < 0  # a larger margin means a larger probability
    assert 0 < model.rule_threshold <= model.threshold < 1
    assert model.cue_threshold is not None
    assert model.rule_threshold <= model.cue_threshold <= model.threshold
    shipped = Path(__file__).resolve().parents[3] / "pipeline/detect/data/escalation_model.npz"
    assert shipped.stat().st_size < 3_000_000
