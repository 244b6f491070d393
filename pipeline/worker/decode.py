"""Raw record bytes to a RawArticle, or the reason it must be dead-lettered (pure)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from pipeline.readers.language import guess_language, is_english_tag
from schemas import RawArticle, describe_validation_error, utc_now
from schemas.deadletter import DeadLetterReason

# C0 controls and DEL other than tab, newline, vertical tab, form feed and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_MARKUP = re.compile(r"<\s*(?:html|body|script|div|p|span|table|iframe|style|head)\b[^>]*>",
                     re.IGNORECASE)
Model = TypeVar("Model", bound=BaseModel)


@dataclass(frozen=True)
class Rejected:
    """Why a record cannot be processed: a reason code and one readable sentence."""

    reason: DeadLetterReason
    error: str


def _json_kind(data: object) -> str:
    if data is None:
        return "JSON null"
    if isinstance(data, list):
        return "a JSON array"
    if isinstance(data, str):
        return "a JSON string"
    if isinstance(data, bool):
        return f"JSON {str(data).lower()}"
    return "a JSON number"


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
    except RecursionError:
        return Rejected("invalid_json", "the record nests JSON too deeply to read.")
    if not isinstance(data, dict):
        return Rejected("schema", f"the record is {_json_kind(data)}, not a JSON object.")
    body = data.get("body")
    # A missing or mistyped body is a schema error; a body of blanks is an empty one.
    if "body" in model.model_fields and isinstance(body, str) and not body.strip():
        return Rejected("empty_body", "the article body is empty.")
    try:
        return model.model_validate(data)
    except ValidationError as error:
        return Rejected("schema", describe_validation_error(error))


def screen_article(article: RawArticle, now: datetime) -> RawArticle | Rejected:
    """The article if it may be enriched now, or why not: killed, embargoed, garbled, foreign."""
    if article.pubstatus in ("withheld", "canceled"):
        return Rejected("withdrawn", f"the source has {article.pubstatus} this item (ninjs "
                                     "pubstatus); it must not be used.")
    if article.embargoed is not None and article.embargoed > now:
        return Rejected("embargoed", "the item is under embargo until "
                                     f"{article.embargoed.isoformat().replace('+00:00', 'Z')}; "
                                     "replay it from this dead letter once the embargo lifts.")
    for field_name in ("headline", "body"):
        control = _CONTROL.search(getattr(article, field_name))
        if control is not None:
            count = len(_CONTROL.findall(getattr(article, field_name)))
            return Rejected("control_characters",
                            f"the {field_name} holds {count} control character(s), the first "
                            f"U+{ord(control.group()):04X} at offset {control.start()}.")
    if len(_MARKUP.findall(article.body)) >= 2:
        return Rejected("markup", "the article body is HTML or XML markup, not wire text.")
    if not is_english_tag(article.language):
        return Rejected("not_english", f"the article is declared as '{article.language}', not "
                                       "English; the English models would misread it.")
    guess = guess_language(article.body)
    if not guess.english:
        return Rejected("not_english", guess.sentence())
    return article


def decode_raw(value: bytes | None, max_bytes: int, *,
               now: datetime | None = None) -> RawArticle | Rejected:
    """A RawArticle from a raw-topic record that may be enriched now, or why it may not."""
    decoded = decode_model(value, RawArticle, max_bytes)
    if isinstance(decoded, Rejected):
        return decoded
    return screen_article(decoded, now or utc_now())
