"""Server-sent event framing (the text/event-stream format), pure."""

from __future__ import annotations

import json
from typing import Any

KEEPALIVE = b": keepalive\n\n"
"""A comment line: keeps proxies and the browser from closing an idle stream."""


def sse_event(event: str, data: Any, event_id: str | None = None) -> bytes:
    """One event: `event:`, optional `id:`, the JSON data on one `data:` line, a blank line.

    JSON never contains a raw newline (json.dumps escapes them), so one data line is enough and
    no article text can start a field of its own.
    """
    if any(c in event for c in "\r\n:") or (event_id is not None and any(c in event_id for c in "\r\n")):
        raise ValueError("event names and ids must be one line without colons")
    lines = [f"event: {event}"]
    if event_id is not None:
        lines.append(f"id: {event_id}")
    lines.append("data: " + json.dumps(data, ensure_ascii=False, separators=(",", ":")))
    return ("\n".join(lines) + "\n\n").encode("utf-8")
