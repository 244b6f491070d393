"""ninjs 2.x (IPTC news in JSON): a document, or an array of documents, per file."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from pipeline.readers.jsonl import article_from_mapping
from pipeline.readers.problems import ReadProblem
from schemas import describe_validation_error

_TAG = re.compile(r"<[^>]+>")
_BLOCK_END = re.compile(r"</(?:p|div|h\d|li|blockquote)>|<br\s*/?>", re.IGNORECASE)


def html_to_text(markup: str) -> str:
    """Paragraph-preserving plain text from the simple HTML of ninjs bodies."""
    text = _BLOCK_END.sub("\n\n", markup)
    text = html.unescape(_TAG.sub("", text))
    return re.sub(r"\n{3,}", "\n\n", re.sub(r"[ \t]+\n", "\n", text)).strip()


def _pick(items: Any, preferred_roles: tuple[str, ...]) -> dict[str, Any] | None:
    if not isinstance(items, list) or not items:
        return None
    for role in preferred_roles:
        for item in items:
            if isinstance(item, dict) and item.get("role") == role:
                return item
    first = items[0]
    return first if isinstance(first, dict) else None


def ninjs_to_mapping(doc: dict[str, Any]) -> dict[str, Any]:
    """The RawArticle fields found in one ninjs 2.x document."""
    body_item = _pick(doc.get("bodies"), ("main", "body"))
    body = ""
    if body_item is not None:
        value = str(body_item.get("value", ""))
        kind = str(body_item.get("contenttype", "text/plain"))
        body = html_to_text(value) if "html" in kind else value
    headline_item = _pick(doc.get("headlines"), ("main", "headline"))
    fields: dict[str, Any] = {"body": body}
    if headline_item is not None and headline_item.get("value"):
        fields["headline"] = headline_item["value"]
    if doc.get("uri"):
        fields["article_id"] = str(doc["uri"])[-200:]
        if str(doc["uri"]).startswith("http"):
            fields["url"] = doc["uri"]
    if doc.get("versioncreated") or doc.get("firstcreated"):
        fields["published_at"] = doc.get("versioncreated") or doc.get("firstcreated")
    if doc.get("language"):
        fields["language"] = doc["language"]
    # Status, embargo and version travel with the article: the worker withholds killed and
    # embargoed items, and says so, rather than the reader dropping them silently.
    if isinstance(doc.get("pubstatus"), str):
        fields["pubstatus"] = doc["pubstatus"].strip().lower()
    if doc.get("embargoed"):
        fields["embargoed"] = doc["embargoed"]
    if doc.get("version") is not None:
        fields["version"] = str(doc["version"])
    providers = doc.get("copyrightholder") or doc.get("provider")
    if isinstance(providers, dict) and providers.get("name"):
        fields["source"] = providers["name"]
    elif isinstance(providers, str):
        fields["source"] = providers
    return fields


def parse_ninjs(text: str, path: Path) -> Iterator[Any]:
    """Articles of a ninjs file; one problem if the file is not ninjs."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        yield ReadProblem(path, error.lineno, "invalid_json",
                          f"the file is not valid JSON ({error.msg}).")
        return
    except RecursionError:
        yield ReadProblem(path, None, "invalid_json", "the file nests JSON too deeply to read.")
        return
    docs = data if isinstance(data, list) else [data]
    for index, doc in enumerate(docs, start=1):
        where = index if isinstance(data, list) else None
        if not isinstance(doc, dict):
            yield ReadProblem(path, where, "schema", "a ninjs document must be a JSON object.")
            continue
        fields = ninjs_to_mapping(doc)
        if not fields["body"].strip():
            yield ReadProblem(path, where, "empty_body", "the ninjs document has no body text.")
            continue
        try:
            yield article_from_mapping(fields, "ninjs")
        except ValidationError as error:
            yield ReadProblem(path, where, "schema", describe_validation_error(error))
