"""Raw record bytes to a RawArticle, or the reason it must be dead-lettered (pure)."""

from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from schemas import DeadLetter, RawArticle, describe_validation_error, utc_now
from schemas.deadletter import DeadLetterReason

_MARKUP = re.compile(r"<\s*(?:html|body|script|div|p|span|table|iframe|style|head)\b[^>]*>",
                     re.IGNORECASE)
Model = TypeVar("Model", bound=BaseModel)


@dataclass(frozen=True)
class Rejected:
    """Why a record cannot be processed: a reason code and one readable sentence."""

    reason: DeadLetterReason
    error: str


def decode_model(value: bytes | None, model: type[Model], max_bytes: int) -> Model | Rejected:
    """Validate bytes as a JSON message of `model`, or say why not."""
    if value is None or not value.strip():
        return Rejected("empty_body", "the record has no value.")
    if len(value) > max_bytes:
        return Rejected("oversized", f"the record is {len(value)} bytes, above the limit of "
                                     f"{max_bytes} bytes.")
    try:
        text = value.decode("utf-8")
    except UnicodeDecodeError as error:
        return Rejected("not_utf8", f"the record is not UTF-8 (byte 0x{value[error.start]:02x} "
                                    f"at offset {error.start}).")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        return Rejected("invalid_json", f"the record is not valid JSON ({error.msg} at line "
                                        f"{error.lineno} column {error.colno}).")
    if not isinstance(data, dict):
        return Rejected("schema", f"the record is a JSON {type(data).__name__}, not an object.")
    if "body" in model.model_fields and not str(data.get("body") or "").strip():
        return Rejected("empty_body", "the article body is empty.")
    try:
        return model.model_validate(data)
    except ValidationError as error:
        return Rejected("schema", describe_validation_error(error))


def decode_raw(value: bytes | None, max_bytes: int) -> RawArticle | Rejected:
    """A RawArticle from a raw-topic record; markup bodies are rejected too."""
    decoded = decode_model(value, RawArticle, max_bytes)
    if isinstance(decoded, RawArticle) and len(_MARKUP.findall(decoded.body)) >= 2:
        return Rejected("markup", "the article body is HTML or XML markup, not wire text.")
    return decoded


def dead_letter(rejected: Rejected, *, stage: str, topic: str, partition: int, offset: int,
                key: bytes | None, value: bytes | None) -> DeadLetter:
    """The dead-letter record for a rejected input, carrying the original bytes."""
    return DeadLetter(stage=stage, reason=rejected.reason, error=rejected.error, topic=topic,
                      partition=partition, offset=offset,
                      key=key.decode("utf-8", "replace") if key is not None else None,
                      value_b64=base64.b64encode(value or b"").decode("ascii"),
                      failed_at=utc_now())
