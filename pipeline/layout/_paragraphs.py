"""Paragraphs of a text with their offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")


@dataclass(frozen=True)
class Paragraph:
    """A paragraph's text (stripped) and its [start, end) offsets in the source."""

    text: str
    start: int
    end: int


def paragraphs(text: str) -> list[Paragraph]:
    """Non-empty paragraphs, split on blank lines, with offsets of their stripped text."""
    found: list[Paragraph] = []
    position = 0
    for match in [*_BLANK_LINE.finditer(text), None]:
        chunk_end = match.start() if match else len(text)
        chunk = text[position:chunk_end]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            start = position + lead
            found.append(Paragraph(stripped, start, start + len(stripped)))
        if match:
            position = match.end()
    return found
