"""The board's pages on a Faust app's aiohttp server, without a broker."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime

import faust
from aiohttp.test_utils import TestClient, TestServer
from aiohttp.web import Application, Request

from pipeline.board.feed import AlertFeed
from pipeline.board.headers import CONTENT_SECURITY_POLICY
from pipeline.board.views import register_board
from pipeline.settings import Settings
from pipeline.text.phrases import PhraseMatcher
from schemas import Category, EscalationAlert, Evidence


def _alert(alert_id: str, body: str = "Troops struck the town.",
           supersedes: str | None = None) -> EscalationAlert:
    return EscalationAlert(alert_id=alert_id, severity="high", score=0.7,
                           category=Category(code="19", name="Fight"), countries=["ARM"],
                           cues=["strike"], headline="Town shelled", supersedes=supersedes,
                           evidence=[Evidence(sentence=body, start=0, end=len(body))],
                           published_at=datetime(2026, 12, 1, tzinfo=UTC))


def _board() -> tuple[faust.App, AlertFeed]:
    app = faust.App("board-unit", broker="kafka://127.0.0.1:1", autodiscover=False,
                    store="memory://", web_port=6066)
    matcher = PhraseMatcher()
    matcher.add("strike", ["strike"])
    feed = register_board(app, Settings(web_port=0, metrics_port=0), matcher=matcher)
    app.web.init_server()
    return app, feed


def _server(app: faust.App) -> Application:
    server: Application = getattr(app.web, "web_app")  # noqa: B009  # the aiohttp driver's, untyped in faust
    return server


async def _events(client: TestClient[Request, Application], count: int) -> list[tuple[str, object]]:
    response = await client.get("/events")
    assert response.headers["Content-Type"].startswith("text/event-stream")
    events: list[tuple[str, object]] = []
    name = ""
    async with asyncio.timeout(10):
        while len(events) < count:
            line = (await response.content.readline()).decode().rstrip("\n")
            if line.startswith("event: "):
                name = line.removeprefix("event: ")
            elif line.startswith("data: "):
                events.append((name, json.loads(line.removeprefix("data: "))))
    response.close()
    return events


def test_the_page_and_its_files_come_with_a_strict_policy() -> None:
    async def scenario() -> None:
        app, _ = _board()
        async with TestClient(TestServer(_server(app))) as client:
            page = await client.get("/")
            html = await page.text()
            assert page.status == 200
            assert page.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
            assert '<script src="/static/board.js"' in html
            assert "<script>" not in html
            assert "style=" not in html
            assert "http://" not in html
            assert "https://" not in html
            script = await client.get("/static/board.js")
            assert script.status == 200
            assert script.headers["Content-Type"].startswith("text/javascript")
            code = await script.text()
            assert ".innerHTML" not in code
            assert "insertAdjacentHTML" not in code
            assert "eval(" not in code
            assert (await client.get("/static/board.css")).status == 200
            assert (await client.get("/static/index.html")).status == 404
            assert (await client.get("/static/..%2Fviews.py")).status == 404
    asyncio.run(scenario())


def test_the_stream_sends_held_alerts_then_ready_then_new_ones() -> None:
    async def scenario() -> None:
        app, feed = _board()
        feed.publish(_alert("al-1", body="Jets struck <script>x()</script> here."))
        async with TestClient(TestServer(_server(app))) as client:
            reader = asyncio.create_task(_events(client, 3))
            while feed.subscribers == 0:
                await asyncio.sleep(0.01)
            feed.publish(_alert("al-2", supersedes="al-1"))
            events = await reader
            assert [name for name, _ in events] == ["alert", "ready", "alert"]
            first, second = events[0][1], events[2][1]
            assert isinstance(first, dict)
            assert isinstance(second, dict)
            assert first["evidence"][0]["segments"] == [["Jets ", False], ["struck", True],
                                                        [" <script>x()</script> here.", False]]
            assert second["escalates"] == {"alert_id": "al-1", "severity": "high",
                                           "headline": "Town shelled"}
            snapshot = await (await client.get("/api/alerts")).json()
            assert [a["alert_id"] for a in snapshot["alerts"]] == ["al-2"]
    asyncio.run(scenario())


def test_closing_the_feed_ends_every_open_stream() -> None:
    async def scenario() -> None:
        app, feed = _board()
        async with TestClient(TestServer(_server(app))) as client:
            response = await client.get("/events")
            while feed.subscribers == 0:
                await asyncio.sleep(0.01)
            feed.close()
            async with asyncio.timeout(5):
                body = await response.read()
            assert body.decode().startswith("event: ready")
            assert feed.subscribers == 0
    asyncio.run(scenario())
