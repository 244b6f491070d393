"""Message bodies for webhooks: generic JSON, Slack and Microsoft Teams (pure).

Every body carries the alert id, so a receiver can drop the duplicates that at-least-once
delivery may cause (the same id is also in the X-Wirewatch-Alert-Id header).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pipeline.alertfeed import shorten
from pipeline.notify.config import MessageFormat
from schemas import EscalationAlert

EVIDENCE_SENTENCES = 2
_SLACK_HEADER_MAX = 150  # Slack's limit for a plain_text header
_SLACK_EMOJI = {"critical": ":red_circle:", "high": ":large_orange_circle:",
                "medium": ":large_yellow_circle:", "low": ":white_circle:"}
_TEAMS_COLOUR = {"critical": "Attention", "high": "Attention", "medium": "Warning", "low": "Default"}


def summary_line(alert: EscalationAlert) -> str:
    """One line: severity, category, countries and headline."""
    countries = ", ".join(alert.countries) or alert.subject or "-"
    return (f"{alert.severity.upper()} · {alert.category.code} {alert.category.name} · "
            f"{countries}: {shorten(alert.headline, 200)}")


def _evidence(alert: EscalationAlert) -> list[str]:
    return [shorten(e.sentence, 400) for e in alert.evidence[:EVIDENCE_SENTENCES]]


def generic_payload(alert: EscalationAlert) -> dict[str, Any]:
    """The alert itself (the EscalationAlert contract) under `alert`, with its id and a summary."""
    return {"event": "wirewatch.alert", "alert_id": alert.alert_id,
            "summary": summary_line(alert), "alert": alert.model_dump(mode="json")}


def slack_escape(text: str) -> str:
    """Text that Slack shows as written: its three control characters escaped."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def slack_payload(alert: EscalationAlert) -> dict[str, Any]:
    """An incoming-webhook message: a `text` fallback and Block Kit blocks."""
    fields = [("Severity", alert.severity), ("Category", f"{alert.category.code} {alert.category.name}"),
              ("Countries", ", ".join(alert.countries) or "-"),
              ("Published", alert.published_at.strftime("%Y-%m-%d %H:%M UTC"))]
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "emoji": True,
                                    "text": shorten(alert.headline or "Escalation alert",
                                                    _SLACK_HEADER_MAX)}},
        {"type": "section", "fields": [{"type": "mrkdwn",
                                        "text": f"*{name}*\n{slack_escape(value)}"}
                                       for name, value in fields]},
    ]
    evidence = _evidence(alert)
    if evidence:
        blocks.append({"type": "section", "text": {
            "type": "mrkdwn", "text": "\n".join(f"> {slack_escape(s)}" for s in evidence)}})
    context = f"alert `{alert.alert_id}`"
    if alert.supersedes:
        context += f" · escalates `{alert.supersedes}`"
    blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": context}]})
    return {"text": f"{_SLACK_EMOJI.get(alert.severity, '')} {slack_escape(summary_line(alert))}",
            "blocks": blocks, "alert_id": alert.alert_id}


def teams_payload(alert: EscalationAlert) -> dict[str, Any]:
    """A Teams (workflow) webhook message holding one Adaptive Card."""
    facts = [{"title": "Severity", "value": alert.severity},
             {"title": "Category", "value": f"{alert.category.code} {alert.category.name}"},
             {"title": "Countries", "value": ", ".join(alert.countries) or "-"},
             {"title": "Published", "value": alert.published_at.strftime("%Y-%m-%d %H:%M UTC")},
             {"title": "Alert id", "value": alert.alert_id}]
    if alert.supersedes:
        facts.append({"title": "Escalates", "value": alert.supersedes})
    body: list[dict[str, Any]] = [
        {"type": "TextBlock", "text": alert.headline or "Escalation alert", "wrap": True,
         "weight": "Bolder", "size": "Medium",
         "color": _TEAMS_COLOUR.get(alert.severity, "Default")},
        {"type": "FactSet", "facts": facts},
    ]
    body.extend({"type": "TextBlock", "text": sentence, "wrap": True, "isSubtle": True}
                for sentence in _evidence(alert))
    card = {"$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
            "type": "AdaptiveCard", "version": "1.4", "body": body}
    return {"type": "message", "summary": summary_line(alert), "alert_id": alert.alert_id,
            "attachments": [{"contentType": "application/vnd.microsoft.card.adaptive",
                             "contentUrl": None, "content": card}]}


FORMATTERS: dict[MessageFormat, Callable[[EscalationAlert], dict[str, Any]]] = {
    "json": generic_payload, "slack": slack_payload, "teams": teams_payload}


def render(message_format: MessageFormat, alert: EscalationAlert) -> dict[str, Any]:
    """The body of the alert in a webhook's format."""
    return FORMATTERS[message_format](alert)
