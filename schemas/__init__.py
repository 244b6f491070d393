"""wirewatch message contracts: the public API every consumer reads.

`from schemas import RawArticle, EnrichedArticle, EscalationAlert, DeadLetter`
"""

from schemas._base import SCHEMA_VERSION, utc_now
from schemas.alerts import (
    SEVERITIES,
    Category,
    Dyad,
    EscalationAlert,
    Evidence,
    Severity,
    severity_rank,
)
from schemas.articles import Credits, Dateline, EnrichedArticle, Entity, RawArticle, TopicTag
from schemas.deadletter import DeadLetter, DeadLetterReason
from schemas.errors import describe_validation_error

__all__ = [
    "SCHEMA_VERSION",
    "SEVERITIES",
    "Category",
    "Credits",
    "Dateline",
    "DeadLetter",
    "DeadLetterReason",
    "Dyad",
    "EnrichedArticle",
    "Entity",
    "EscalationAlert",
    "Evidence",
    "RawArticle",
    "Severity",
    "TopicTag",
    "describe_validation_error",
    "severity_rank",
    "utc_now",
]
