"""Records that could not be processed, kept with the reason and the original bytes."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from schemas._base import SCHEMA_VERSION, UtcDatetime, WireModel, utc_now

DeadLetterReason = Literal["invalid_json", "not_utf8", "schema", "empty_body", "oversized",
                           "markup", "processing_error", "control_characters", "withdrawn",
                           "embargoed", "not_english"]


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
    value_b64: str = Field(description="The original value bytes, base64; only their first "
                                       "bytes when value_truncated is true.")
    value_truncated: bool = Field(default=False, description="True when the value was above "
                                  "the dead-letter size limit and value_b64 holds only its "
                                  "first bytes; value_sha256 and value_size identify it.")
    value_size: int | None = Field(default=None, description="Size of the original value in "
                                   "bytes (null for no value).")
    value_sha256: str | None = Field(default=None, description="SHA-256 of the original value, "
                                     "hex (null for no value).")
    failed_at: UtcDatetime = Field(default_factory=utc_now)
