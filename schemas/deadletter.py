"""Records that could not be processed, kept with the reason and the original bytes."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from schemas._base import SCHEMA_VERSION, UtcDatetime, WireModel, utc_now

DeadLetterReason = Literal["invalid_json", "not_utf8", "schema", "empty_body", "oversized",
                           "markup", "processing_error"]


class DeadLetter(WireModel):
    """One record that a stage refused, with enough to find and replay it."""

    schema_version: int = SCHEMA_VERSION
    stage: str = Field(description="The stage that refused it, e.g. enrich.")
    reason: DeadLetterReason
    error: str = Field(description="One readable sentence.")
    topic: str
    partition: int
    offset: int
    key: str | None = None
    value_b64: str = Field(description="The original value bytes, base64.")
    failed_at: UtcDatetime = Field(default_factory=utc_now)
