"""Webhook message bodies: each format carries the alert id and shows text as written."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from pipeline.notify.formats import generic_payload, render, slack_escape, slack_payload, teams_payload
from schemas import Category, EscalationAlert, Evidence


def _alert(**overrides: object) -> EscalationAlert:
    values: dict[str, object] = {
        "alert_id": "al-42", "severity": "critical", "score": 9.5,
        "category": Category(code="19", name="Fight"), "subject": "AZE-ARM",
        "countries": ["AZE", "ARM"], "headline": "Shelling <b>escalates</b> & spreads",
        "evidence": [Evidence(sentence="Forces shelled <script>x</script> positions.", start=0,
                              end=44)],
        "published_at": datetime(2026, 3, 5, 14, 0, tzinfo=UTC), "supersedes": "al-41"}
    values.update(overrides)
    return EscalationAlert(**values)  # type: ignore[arg-type]  # field names checked by pydantic


def test_generic_json_is_the_alert_contract_with_its_id() -> None:
    alert = _alert()
    body = generic_payload(alert)
    assert body["event"] == "wirewatch.alert"
    assert body["alert_id"] == "al-42"
    assert EscalationAlert.model_validate(body["alert"]) == alert
    assert body["summary"] == ("CRITICAL · 19 Fight · AZE, ARM: Shelling <b>escalates</b> & "
                               "spreads")
    json.dumps(body)  # serialisable as is


def test_slack_escapes_its_control_characters_everywhere_text_is_mrkdwn() -> None:
    assert slack_escape("a <b> & c") == "a &lt;b&gt; &amp; c"
    body = slack_payload(_alert())
    assert body["alert_id"] == "al-42"
    assert body["text"] == (":red_circle: CRITICAL · 19 Fight · AZE, ARM: Shelling "
                            "&lt;b&gt;escalates&lt;/b&gt; &amp; spreads")
    header, fields, evidence, context = body["blocks"]
    assert header["text"] == {"type": "plain_text", "emoji": True,
                              "text": "Shelling <b>escalates</b> & spreads"}
    assert [f["text"] for f in fields["fields"]] == [
        "*Severity*\ncritical", "*Category*\n19 Fight", "*Countries*\nAZE, ARM",
        "*Published*\n2026-03-05 14:00 UTC"]
    assert evidence["text"]["text"] == "> Forces shelled &lt;script&gt;x&lt;/script&gt; positions."
    assert context["elements"][0]["text"] == "alert `al-42` · escalates `al-41`"


def test_teams_is_one_adaptive_card_with_the_facts() -> None:
    body = teams_payload(_alert(supersedes=None, evidence=[]))
    assert body["type"] == "message"
    assert body["alert_id"] == "al-42"
    [attachment] = body["attachments"]
    assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
    card = attachment["content"]
    assert (card["type"], card["version"]) == ("AdaptiveCard", "1.4")
    title, facts = card["body"]
    assert title["text"] == "Shelling <b>escalates</b> & spreads"
    assert title["color"] == "Attention"
    assert {f["title"]: f["value"] for f in facts["facts"]} == {
        "Severity": "critical", "Category": "19 Fight", "Countries": "AZE, ARM",
        "Published": "2026-03-05 14:00 UTC", "Alert id": "al-42"}


def test_render_picks_the_webhook_format() -> None:
    alert = _alert()
    assert render("json", alert) == generic_payload(alert)
    assert render("slack", alert) == slack_payload(alert)
    assert render("teams", alert) == teams_payload(alert)
