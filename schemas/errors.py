"""Pydantic validation errors as one readable sentence."""

from __future__ import annotations

from pydantic import ValidationError


def describe_validation_error(error: ValidationError) -> str:
    """`field 'body' is missing; field 'published_at' is not a valid datetime` as one sentence."""
    parts: list[str] = []
    for item in error.errors(include_url=False):
        where = ".".join(str(p) for p in item["loc"]) or "value"
        message = item["msg"]
        if item["type"] == "missing":
            parts.append(f"field '{where}' is missing")
        else:
            parts.append(f"field '{where}': {message[0].lower()}{message[1:]}")
    return f"{error.title} is invalid: " + "; ".join(parts) + "."
