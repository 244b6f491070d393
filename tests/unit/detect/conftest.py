"""Fixtures the detector tests share: one fast enricher, the full and the rules-only detector."""

from __future__ import annotations

import pytest

from pipeline.detect import EscalationDetector
from pipeline.enrich import Enricher


@pytest.fixture(scope="session")
def enricher() -> Enricher:
    return Enricher("fast")


@pytest.fixture(scope="session")
def full_detector(enricher: Enricher) -> EscalationDetector:
    """Rules and the learned sentence model, as the worker runs them."""
    return EscalationDetector(gazetteer=enricher.gazetteer)


@pytest.fixture(scope="session")
def rules_detector(enricher: Enricher) -> EscalationDetector:
    """The rules alone: they decide category and dyad, the model only whether to alert."""
    return EscalationDetector(gazetteer=enricher.gazetteer, rules_only=True)
