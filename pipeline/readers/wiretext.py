"""Wire text files: one article per file (or several split by `---` lines), in agency layout.

Optional header lines (`Headline:`, `Published:`, `Id:`, `Source:`, `Language:`, `Url:`,
`Pubstatus:`, `Embargoed:`, `Version:`) may open an article, followed by a blank line.
The rest is kept intact as the body.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from pydantic import ValidationError

from pipeline.layout import parse_layout
from pipeline.readers.identity import derive_article_id, derive_headline
from pipeline.readers.problems import ReadProblem
from schemas import RawArticle, describe_validation_error, utc_now

_SEPARATOR = re.compile(r"^[ \t]*---[ \t]*$", re.MULTILINE)
_HEADER = re.compile(r"^(?P<key>Headline|Published|Id|Source|Language|Url|Pubstatus|Embargoed|"
                     r"Version)[ \t]*:[ \t]*"
                     r"(?P<value>.*)$", re.IGNORECASE)


def _split_header(chunk: str) -> tuple[dict[str, str], str]:
    lines = chunk.lstrip("\n").split("\n")
    header: dict[str, str] = {}
    index = 0
    while index < len(lines) and (match := _HEADER.match(lines[index].strip())):
        header[match["key"].lower()] = match["value"].strip()
        index += 1
    if header and index < len(lines) and lines[index].strip():
        return {}, chunk  # a "Key: value" line that runs into text is part of the story
    return header, "\n".join(lines[index:])


def _parse_time(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def parse_wiretext(text: str, path: Path) -> Iterator[RawArticle | ReadProblem]:
    """Articles of one wire text file, in order; problems for the parts that are not articles."""
    line = 1
    for chunk in _SEPARATOR.split(text):
        chunk_line = line
        line += chunk.count("\n") + 1
        if not chunk.strip():
            continue  # blank space around a separator is not an article
        header, body = _split_header(chunk)
        body = body.strip()
        if not body:
            yield ReadProblem(path, chunk_line, "empty_body", "the article has no body text.")
            continue
        try:
            published = _parse_time(header["published"]) if "published" in header else utc_now()
        except ValueError:
            yield ReadProblem(path, chunk_line, "schema",
                              f"the Published header '{header['published']}' is not an ISO "
                              "8601 time.")
            continue
        agency = header.get("source")
        if agency is None:
            dateline = parse_layout(body).dateline
            agency = dateline.agency if dateline else "unknown"
        try:
            yield RawArticle.model_validate({
                "article_id": header.get("id") or derive_article_id(body),
                "source": agency,
                "headline": header.get("headline") or derive_headline(body),
                "body": body,
                "language": header.get("language", "en"),
                "published_at": published,
                "format": "wiretext",
                "url": header.get("url"),
                "pubstatus": header["pubstatus"].lower() if "pubstatus" in header else None,
                "embargoed": header.get("embargoed") or None,
                "version": header.get("version") or None,
            })
        except ValidationError as error:
            yield ReadProblem(path, chunk_line, "schema", describe_validation_error(error))
