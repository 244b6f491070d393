"""Escalation detection: CAMEO-aligned cues, modifiers, severity, cooldown and surges."""

from pipeline.detect.detector import Detection, EscalationDetector

__all__ = ["Detection", "EscalationDetector"]
