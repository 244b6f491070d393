"""Evaluation of enrichment and alerting against the labelled seeds corpus."""

from pipeline.evaluate.labels import Label, load_labels
from pipeline.evaluate.scoring import EvalReport, evaluate

__all__ = ["EvalReport", "Label", "evaluate", "load_labels"]
