"""Server-sent event framing and the board's security headers."""

from __future__ import annotations

import json

import pytest

from pipeline.board.headers import CONTENT_SECURITY_POLICY, SECURITY_HEADERS
from pipeline.board.sse import sse_event


def test_an_event_is_one_data_line_whatever_the_text() -> None:
    frame = sse_event("alert", {"headline": "a\nb\r\ndata: x"}, "al-1").decode()
    assert frame.endswith("\n\n")
    lines = frame[:-2].split("\n")
    assert lines[:2] == ["event: alert", "id: al-1"]
    assert len(lines) == 3
    assert json.loads(lines[2].removeprefix("data: ")) == {"headline": "a\nb\r\ndata: x"}


def test_event_names_and_ids_cannot_break_the_frame() -> None:
    with pytest.raises(ValueError, match="one line"):
        sse_event("alert\ndata: x", {})
    with pytest.raises(ValueError, match="one line"):
        sse_event("alert", {}, "id\n")


def test_the_policy_allows_only_the_hosts_own_scripts_and_styles() -> None:
    directives = dict(d.split(" ", 1) for d in CONTENT_SECURITY_POLICY.split("; "))
    assert directives["default-src"] == "'none'"
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["connect-src"] == "'self'"
    assert "unsafe" not in CONTENT_SECURITY_POLICY
    assert SECURITY_HEADERS["X-Content-Type-Options"] == "nosniff"
