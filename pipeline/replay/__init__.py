"""Replay wire articles from files onto the raw topic."""

from pipeline.replay.pacing import Pacer
from pipeline.replay.producer import ReplaySummary, replay_articles

__all__ = ["Pacer", "ReplaySummary", "replay_articles"]
