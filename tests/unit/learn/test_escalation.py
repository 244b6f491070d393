"""Choosing the escalation model's operating point on validation docs (synthetic probabilities)."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.learn.corpus import Doc
from pipeline.learn.escalation import choose_operating_point

pytestmark = pytest.mark.unit


def test_a_low_rated_cue_gets_the_middle_bar_that_keeps_everyday_news_quiet() -> None:
    docs = [Doc("pentaclass", "train", True, ("material conflict",), rule_severity="low"),
            Doc("pentaclass", "train", True, ("material conflict",), rule_severity=None),
            Doc("bbc", "train", False, ("politics",), rule_severity="low")]
    threshold, rule_threshold, cue_threshold, curve = choose_operating_point(
        docs, np.array([0.5, 0.9, 0.3]))
    # Every pentaclass doc alerts and the BBC one does not; ties go to the higher bars.
    assert (threshold, rule_threshold, cue_threshold) == (0.9, 0.02, 0.5)
    assert {"threshold", "rule_threshold", "cue_threshold", "bbc"} <= set(curve[0])
