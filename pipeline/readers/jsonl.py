"""JSON Lines: one RawArticle-shaped object per line; only `body` is required."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from pipeline.readers.identity import derive_article_id, derive_headline
from pipeline.readers.problems import ReadProblem
from schemas import RawArticle, describe_validation_error, utc_now

_ALIASES = {"id": "article_id", "title": "headline", "agency": "source", "text": "body",
            "published": "published_at", "date": "published_at", "lang": "language"}


def article_from_mapping(data: dict[str, Any], article_format: str) -> RawArticle:
    """A RawArticle from a loose mapping: aliases accepted, id and headline derived."""
    fields = {_ALIASES.get(key, key): value for key, value in data.items()}
    body = fields.get("body")
    if isinstance(body, str) and body.strip():
        fields.setdefault("article_id", derive_article_id(body))
        fields.setdefault("headline", derive_headline(body))
    fields.setdefault("published_at", utc_now())
    fields["format"] = article_format
    fields.pop("ingested_at", None)  # ingestion time is now, whatever the file says
    return RawArticle.model_validate(fields)


def parse_jsonl(text: str, path: Path) -> Iterator[RawArticle | ReadProblem]:
    """Articles of a JSON Lines file, in order; a problem for each line that is not one."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as error:
            yield ReadProblem(path, number, "invalid_json",
                              f"the line is not valid JSON ({error.msg} at column {error.colno}).")
            continue
        except RecursionError:
            yield ReadProblem(path, number, "invalid_json", "the line nests JSON too deeply to read.")
            continue
        if not isinstance(data, dict):
            yield ReadProblem(path, number, "schema", "the line is not a JSON object.")
            continue
        if not str(data.get("body", data.get("text", ""))).strip():
            yield ReadProblem(path, number, "empty_body", "the article has no body text.")
            continue
        try:
            yield article_from_mapping(data, "jsonl")
        except ValidationError as error:
            yield ReadProblem(path, number, "schema", describe_validation_error(error))
