"""The live alert board in a real headless Chromium: replay -> worker -> alert topic -> page.

Chromium is Debian's (`make browser` installs it); Playwright's Python API drives it through
`executable_path`, so no browser is ever downloaded.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import sync_playwright

from pipeline.board.launch import board_url, wait_for_board
from pipeline.broker.admin import create_topics
from pipeline.broker.local import free_port
from pipeline.processes import start_worker_process, stop_process_group
from pipeline.readers import read_articles
from pipeline.replay import replay_articles
from pipeline.settings import Settings
from tests.conftest import IN_CI, SettingsFactory

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "alerts"
SCRIPT_TEXT = '<script>document.title="pwned"</script>'
ESCAPE_ARTICLE = f"""Headline: Rebels shell {SCRIPT_TEXT} town near Goma
Published: 2026-03-06T09:00:00Z

GOMA, Congo (Reuters) - M23 rebels shelled the town of Sake near Goma on Friday, killing six \
civilians {SCRIPT_TEXT}<img src=x onerror="document.title='pwned'">, local officials said.

The army said its forces returned fire and pushed the fighters back from the town's edge.

(Reporting by Justin Kabumba; Editing by Mark Ellis)
"""
# Headline -> (severity, category cell text) of the cards the page must show; the first
# border-shelling alert is superseded by its update and must not be shown.
EXPECTED = {
    "U.S. strikes another boat off Venezuela as Trump threatens land targets": "high",
    "UPDATE 1-Dozens killed as Armenia-Azerbaijan border shelling escalates": "critical",
    f"Rebels shell {SCRIPT_TEXT} town near Goma": "high",
}
SUPERSEDED = "Soldier killed in shelling on Armenia-Azerbaijan border"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
TITLE = "wirewatch · live alerts"


def _chromium() -> str:
    path = os.environ.get("WIREWATCH_CHROMIUM") or shutil.which("chromium") \
        or shutil.which("chromium-browser")
    if path is None:
        message = "Debian's chromium is not installed (make browser installs it)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return path


@contextlib.contextmanager
def _worker(settings: Settings, log_path: Path, web_port: int) -> Iterator[subprocess.Popen[bytes]]:
    env = {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": settings.kafka_bootstrap_servers,
           "WIREWATCH_TOPIC_PREFIX": settings.topic_prefix,
           "WIREWATCH_WORKER_ID": f"{settings.topic_prefix}-worker",
           "WIREWATCH_PARTITIONS": str(settings.partitions), "WIREWATCH_METRICS_PORT": "0",
           "WIREWATCH_LOG_FORMAT": "json"}
    process = start_worker_process(env, log_path, ["--mode", "fast", "--web-port", str(web_port)])
    try:
        yield process
    finally:
        stop_process_group(process)


def _wait_for_board(process: subprocess.Popen[bytes], port: int, log_path: Path) -> None:
    if not wait_for_board(board_url(port), timeout_s=120, alive=lambda: process.poll() is None):
        tail = log_path.read_text(encoding="utf-8", errors="replace")[-2000:]
        pytest.fail(f"the worker's board never answered on port {port}; its log ends:\n{tail}")


def _cards(page: Any) -> dict[str, dict[str, str]]:
    """Headline -> what the card shows, for every card on the page."""
    shown: dict[str, dict[str, str]] = page.evaluate("""() => Object.fromEntries(
        Array.from(document.querySelectorAll("article.card")).map((card) => [
            card.querySelector(".headline").textContent,
            {severity: card.dataset.severity, text: card.innerText,
             category: card.querySelector(".category").textContent.split(" ")[0],
             escalation: (card.querySelector(".escalation") || {}).textContent || "",
             marks: Array.from(card.querySelectorAll("mark")).map((m) => m.textContent).join("|")},
        ]))""")
    return shown


def _wait_for_cards(page: Any, deadline_ms: int) -> dict[str, dict[str, str]]:
    page.wait_for_function(
        """(expected) => {
            const shown = Array.from(document.querySelectorAll("article.card .headline"))
                .map((h) => h.textContent);
            return expected.every((headline) => shown.includes(headline));
        }""", arg=list(EXPECTED), timeout=deadline_ms)
    return _cards(page)


# Two workers start one after the other and a browser waits on each: more than the default.
@pytest.mark.timeout(600)
def test_the_board_shows_live_alerts_escaped_escalated_and_filtered_on_every_worker(
        make_settings: SettingsFactory, tmp_path: Path) -> None:
    chromium = _chromium()
    settings = make_settings(partitions=2)
    create_topics(settings)
    script_article = tmp_path / "06_script.txt"
    script_article.write_text(ESCAPE_ARTICLE, encoding="utf-8")
    files = [*sorted(FIXTURES.glob("*.txt")), script_article]
    first_port, second_port = free_port(), free_port()
    requests: list[str] = []
    with _worker(settings, tmp_path / "worker-1.log", first_port) as first, \
            sync_playwright() as playwright:
        _wait_for_board(first, first_port, tmp_path / "worker-1.log")
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.on("request", lambda request: requests.append(request.url))
        page.goto(board_url(first_port))
        page.wait_for_selector("body[data-ready=true]", timeout=30_000)
        # The page is open before anything is replayed: the cards arrive live.
        replay_articles(settings, lambda: read_articles(files))
        cards = _wait_for_cards(page, deadline_ms=180_000)
        page.screenshot(path=str(tmp_path / "board.png"), full_page=True)

        assert {headline: card["severity"] for headline, card in cards.items()} == EXPECTED
        assert SUPERSEDED not in cards
        update = cards["UPDATE 1-Dozens killed as Armenia-Azerbaijan border shelling escalates"]
        assert update["escalation"] == ("Escalated from high to critical: replaces the earlier "
                                        "alert on this story.")
        strikes = cards["U.S. strikes another boat off Venezuela as Trump threatens land targets"]
        assert "struck a boat" in strikes["marks"].split("|")

        # The markup in the article is text on the page and never ran.
        escaped = cards[f"Rebels shell {SCRIPT_TEXT} town near Goma"]
        assert SCRIPT_TEXT in escaped["text"]
        assert "onerror=\"document.title='pwned'\"" in escaped["text"]
        assert page.title() == TITLE
        assert page.evaluate("document.querySelectorAll('script').length") == 1
        assert page.evaluate("document.querySelectorAll('article img').length") == 0
        assert all(url.startswith(board_url(first_port)) for url in requests), requests

        # Filters: severity, country, category.
        page.select_option("#filter-severity", "critical")
        assert page.locator("article.card").count() == 1
        page.select_option("#filter-severity", "low")
        page.select_option("#filter-country", "COD")
        assert page.locator("article.card .headline").all_text_contents() == [
            f"Rebels shell {SCRIPT_TEXT} town near Goma"]
        page.select_option("#filter-country", "")
        fight = sorted(h for h, card in cards.items() if card["category"] == "19")
        page.select_option("#filter-category", "19")
        assert sorted(page.locator("article.card .headline").all_text_contents()) == fight
        assert len(fight) >= 2
        page.select_option("#filter-category", "")
        counts = dict(zip(page.locator("#country-counts .code").all_text_contents(),
                          page.locator("#country-counts .count").all_text_contents(), strict=True))
        assert counts["COD"] == "1"
        assert counts["USA"] == "1"
        assert page.locator("#timeline svg rect").count() >= 2

        # A second worker raised none of these alerts, and its board shows them all.
        with _worker(settings, tmp_path / "worker-2.log", second_port) as second:
            _wait_for_board(second, second_port, tmp_path / "worker-2.log")
            other = browser.new_page()
            other.goto(board_url(second_port))
            other_cards = _wait_for_cards(other, deadline_ms=60_000)
            assert {h: c["severity"] for h, c in other_cards.items()} == EXPECTED
            assert other.title() == TITLE
        browser.close()
    assert (tmp_path / "board.png").stat().st_size > 10_000
