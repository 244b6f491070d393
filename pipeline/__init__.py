"""wirewatch: real-time escalation alerts from news-agency wire copy, on Apache Kafka.

The public API, imported lazily so that `import pipeline` opens no socket and loads no model:
`Settings`, `Enricher`, `EscalationDetector`, `analyze`, `read_articles`, `replay_articles`.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "Settings": "pipeline.settings",
    "Enricher": "pipeline.enrich",
    "EscalationDetector": "pipeline.detect",
    "analyze": "pipeline.analysis",
    "read_articles": "pipeline.readers",
    "replay_articles": "pipeline.replay",
}
__all__ = ["Enricher", "EscalationDetector", "Settings", "analyze", "read_articles", "replay_articles"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
