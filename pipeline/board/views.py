"""The board's pages on the worker's Faust web server: `/`, its static files, the event stream.

`register_board(app, settings)` is the one call a worker makes; everything else is here.
"""

from __future__ import annotations

import asyncio
import contextlib
from importlib import resources
from typing import Any

import faust
from aiohttp import web as aioweb
from faust import web

from pipeline.board.feed import AlertFeed, Card, follow_alert_topic
from pipeline.board.headers import SECURITY_HEADERS
from pipeline.board.sse import KEEPALIVE, sse_event
from pipeline.detect.lexicon import load_lexicon
from pipeline.logs import get_logger
from pipeline.settings import Settings
from pipeline.text.phrases import PhraseMatcher

log = get_logger("pipeline.board")

KEEPALIVE_S = 15.0
RETRY_S = 2.0
STATIC_TYPES = {"board.js": "text/javascript", "board.css": "text/css",
                "favicon.svg": "image/svg+xml"}
"""The only files served under /static/: a fixed list, so no path can reach anything else."""


def _static(name: str) -> bytes:
    return resources.files("pipeline.board").joinpath("static", name).read_bytes()


def _headers(content_type: str) -> dict[str, str]:
    return {**SECURITY_HEADERS, "Content-Type": content_type, "Cache-Control": "no-cache"}


def register_board(app: faust.App, settings: Settings, *, capacity: int = 500,
                   matcher: PhraseMatcher | None = None) -> AlertFeed:
    """Serve the live alert board at `/` of the app's web server and follow the alert topic.

    Cue words are highlighted with `matcher` (default: the configured lexicon's cues).
    """
    if matcher is None:
        matcher = load_lexicon(settings.lexicon_path, settings.watchlist_path).cue_matcher
    feed = AlertFeed(matcher, capacity)
    pages = {name: _static(name) for name in STATIC_TYPES}
    index = _static("index.html")

    class BoardPage(web.View):
        async def get(self, _request: web.Request) -> web.Response:
            return self.bytes(index, headers=_headers("text/html; charset=utf-8"))

    class StaticFile(web.View):
        async def get(self, _request: web.Request, name: str) -> web.Response:
            if name not in pages:
                return self.bytes(b"not found", status=404,
                                  headers=_headers("text/plain; charset=utf-8"))
            return self.bytes(pages[name], headers=_headers(STATIC_TYPES[name]))

    class AlertSnapshot(web.View):
        async def get(self, _request: web.Request) -> web.Response:
            return self.json({"alerts": feed.snapshot()[::-1], "read": feed.alerts_read},
                             headers=SECURITY_HEADERS)

    class EventStream(web.View):
        async def get(self, request: web.Request) -> Any:
            return await _stream(feed, request)

    app.page("/", name="board")(BoardPage)
    app.page("/static/{name}", name="board-static")(StaticFile)
    app.page("/api/alerts", name="board-alerts")(AlertSnapshot)
    app.page("/events", name="board-events")(EventStream)
    _close_streams_on_shutdown(app, feed)

    @app.task  # type: ignore[untyped-decorator]  # faust ships no type hints
    async def follow_alerts() -> None:
        log.info("board.ready", url=f"http://127.0.0.1:{settings.web_port}/")
        try:
            while True:
                try:
                    await follow_alert_topic(settings, feed)
                except asyncio.CancelledError:
                    raise
                except Exception as error:  # the board is auxiliary: it retries, never stops the worker
                    log.warning("board.feed_failed", error=f"{type(error).__name__}: {error}")
                    await asyncio.sleep(RETRY_S)
        finally:
            feed.close()

    del follow_alerts
    return feed


def _close_streams_on_shutdown(app: faust.App, feed: AlertFeed) -> None:
    """End open event streams when the web server stops, so it does not wait on them."""
    server = getattr(app.web, "web_app", None)  # the aiohttp Application of Faust's driver
    if server is None:
        return

    async def close_streams(_: aioweb.Application) -> None:
        feed.close()

    server.on_shutdown.append(close_streams)


async def _stream(feed: AlertFeed, request: Any) -> aioweb.StreamResponse:
    """The event stream of one browser: every held card, `ready`, then new cards as they come."""
    response = aioweb.StreamResponse(headers={
        **SECURITY_HEADERS, "Content-Type": "text/event-stream; charset=utf-8",
        "Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
    await response.prepare(request)
    queue = feed.subscribe()
    card: Card | None
    try:
        for card in feed.snapshot():
            await response.write(sse_event("alert", card, card["alert_id"]))
        await response.write(sse_event("ready", {"alerts": len(feed.recent)}))
        while True:
            try:
                card = await asyncio.wait_for(queue.get(), KEEPALIVE_S)
            except TimeoutError:
                await response.write(KEEPALIVE)
                continue
            if card is None:
                break
            await response.write(sse_event("alert", card, card["alert_id"]))
    except (ConnectionResetError, ConnectionError):
        pass  # the browser went away
    finally:
        feed.unsubscribe(queue)
    with contextlib.suppress(ConnectionError, RuntimeError):
        await response.write_eof()
    return response
