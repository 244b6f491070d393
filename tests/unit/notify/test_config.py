"""Notify configuration: YAML webhooks with filters, command-line URLs, clear errors."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipeline.errors import DataFileError
from pipeline.notify.config import NotifyConfig, Webhook, load_notify_config, with_command_line
from pipeline.notify.filters import wants
from schemas import Category, Dyad, EscalationAlert


def _alert(severity: str = "high", countries: tuple[str, ...] = ("AZE", "ARM"),
           code: str = "19", dyad: Dyad | None = None) -> EscalationAlert:
    return EscalationAlert(alert_id="al-1", severity=severity, score=1.0,  # type: ignore[arg-type]  # a literal
                           category=Category(code=code, name="Fight" if code == "19" else "Coerce"),
                           countries=list(countries), dyad=dyad,
                           published_at=datetime(2026, 3, 5, tzinfo=UTC))


def test_a_yaml_file_gives_webhooks_filters_and_retries(tmp_path: Path) -> None:
    path = tmp_path / "notify.yaml"
    path.write_text("""
group: desk
watchlist_countries: [VEN]
retry: {attempts: 3, first_backoff_s: 1}
webhooks:
  - {url: "https://hooks.slack.example/T/B/secret", format: slack, name: desk-slack,
     min_severity: critical}
  - {url: "http://127.0.0.1:9/hook", countries: [ukr], categories: ["19"], watchlist: true}
""", encoding="utf-8")
    config = load_notify_config(path)
    assert config.group == "desk"
    assert (config.retry.attempts, config.retry.first_backoff_s) == (3, 1.0)
    slack, local = config.webhooks
    assert (slack.format, slack.min_severity, slack.label) == ("slack", "critical", "desk-slack")
    assert (local.format, local.min_severity, local.countries, local.label) == (
        "json", "high", ["UKR"], "127.0.0.1")


@pytest.mark.parametrize(("text", "problem"), [
    ("webhooks: [{url: 'ftp://x/y'}]", "webhooks[0].url"),
    ("webhooks: [{url: 'http://x/', format: xml}]", "webhooks[0].format"),
    ("webhooks: [{url: 'http://x/', countries: [Venezuela]}]", "webhooks[0].countries"),
    ("retry: {attempts: 0}", "retry.attempts"),
    ("webhook: []", "webhook"),
])
def test_a_mistake_names_the_file_and_the_entry(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "notify.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError, match=rf"{path}.*{problem.replace('[', '.').replace(']', '.')}"):
        load_notify_config(path)


def test_command_line_urls_join_the_file_webhooks_with_the_given_filters() -> None:
    base = NotifyConfig(webhooks=[Webhook(url="http://a/")])
    filters = Webhook(url="http://placeholder/", min_severity="critical", countries=["VEN"])
    config = with_command_line(base, ["http://b/", "http://c/"], "teams", filters, ["ukr"], "g2")
    assert [(h.url, h.format, h.min_severity, h.countries) for h in config.webhooks] == [
        ("http://a/", "json", "high", []), ("http://b/", "teams", "critical", ["VEN"]),
        ("http://c/", "teams", "critical", ["VEN"])]
    assert (config.group, config.watchlist_countries) == ("g2", ["UKR"])


def test_a_webhook_wants_alerts_by_severity_country_category_and_watchlist() -> None:
    hook = Webhook(url="http://a/", min_severity="high", countries=["ARM"], categories=["fight"])
    assert wants(hook, _alert())
    assert not wants(hook, _alert(severity="medium"))
    assert wants(hook, _alert(severity="critical"))
    assert not wants(hook, _alert(countries=("VEN",)))
    assert not wants(hook, _alert(code="17"))
    watching = Webhook(url="http://a/", min_severity="low", watchlist=True)
    assert wants(watching, _alert(countries=("USA",), dyad=Dyad(source="USA", target="VEN")),
                 {"VEN"})
    assert not wants(watching, _alert(), {"VEN"})
    assert not wants(watching, _alert(), ())
