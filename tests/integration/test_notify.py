"""`wirewatch notify` against a real broker and a local HTTP receiver on 127.0.0.1.

The receiver fails the first tries of one webhook (it must get each alert once it recovers),
always fails another (its deliveries must reach the dead-letter topic), and speaks Slack on a
third; offsets are committed only once every delivery ended, so a restart posts nothing twice.
"""

from __future__ import annotations

import asyncio
import base64
import json
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime

from aiohttp import web
from kafka import KafkaAdminClient, KafkaProducer
from kafka.structs import TopicPartition

from pipeline.broker.admin import create_topics
from pipeline.notify.config import NotifyConfig, RetryPolicy, Webhook
from pipeline.notify.delivery import ALERT_ID_HEADER
from pipeline.notify.service import NotifySummary, run_notifier
from pipeline.settings import Settings
from schemas import Category, DeadLetter, EscalationAlert
from tests.conftest import SettingsFactory
from tests.kafka_helpers import read_count

FAILS_FIRST = 2
ATTEMPTS = 4


def _alert(alert_id: str, severity: str, countries: list[str]) -> EscalationAlert:
    return EscalationAlert(alert_id=alert_id, severity=severity, score=1.0,  # type: ignore[arg-type]  # a literal
                           category=Category(code="19", name="Fight"), countries=countries,
                           subject=countries[0], headline=f"Alert {alert_id}",
                           published_at=datetime(2026, 3, 5, tzinfo=UTC))


ALERTS = [_alert("al-high-aze", "high", ["AZE", "ARM"]),
          _alert("al-critical-ven", "critical", ["VEN", "USA"]),
          _alert("al-low-usa", "low", ["USA"]),
          _alert("al-medium-ukr", "medium", ["UKR"])]


@dataclass
class Receiver:
    """What the local webhooks saw: every try, and the bodies they accepted."""

    tries: Counter[tuple[str, str]] = field(default_factory=Counter)
    accepted: list[tuple[str, str, dict[str, object]]] = field(default_factory=list)

    async def handle(self, request: web.Request) -> web.Response:
        hook = request.match_info["hook"]
        alert_id = request.headers[ALERT_ID_HEADER]
        self.tries[hook, alert_id] += 1
        if hook == "down" or (hook == "flaky" and self.tries[hook, alert_id] <= FAILS_FIRST):
            return web.Response(status=503 if hook == "flaky" else 500)
        self.accepted.append((hook, alert_id, await request.json()))
        return web.Response(status=204)


def _produce(settings: Settings) -> dict[str, tuple[int, int]]:
    """Alert id -> (partition, offset) of the record produced for it."""
    producer = KafkaProducer(bootstrap_servers=[settings.kafka_bootstrap_servers])
    where = {}
    for alert in ALERTS:
        metadata = producer.send(settings.topics.alerts, key=alert.subject.encode(),
                                 value=alert.model_dump_json().encode()).get(timeout=30)
        where[alert.alert_id] = (metadata.partition, metadata.offset)
    producer.close()
    return where


async def _notify(config: NotifyConfig, settings: Settings, receiver: Receiver,
                  **options: object) -> NotifySummary:
    server = web.Application()
    server.router.add_post("/{hook}", receiver.handle)
    runner = web.AppRunner(server)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    hooks = [hook.model_copy(update={"url": hook.url.replace("PORT", str(port))})
             for hook in config.webhooks]
    try:
        return await asyncio.wait_for(run_notifier(
            settings, config.model_copy(update={"webhooks": hooks}), **options), 120)  # type: ignore[arg-type]  # options are run_notifier's
    finally:
        await runner.cleanup()


def test_deliveries_retry_until_accepted_failures_are_dead_lettered_and_offsets_committed(
        make_settings: SettingsFactory) -> None:
    settings = make_settings(partitions=2)
    create_topics(settings)
    where = _produce(settings)
    config = NotifyConfig(
        group=f"notify-{uuid.uuid4().hex[:8]}",
        retry=RetryPolicy(attempts=ATTEMPTS, first_backoff_s=0.01, multiplier=2.0),
        webhooks=[Webhook(url="http://127.0.0.1:PORT/flaky", name="flaky"),
                  Webhook(url="http://127.0.0.1:PORT/down", name="down", min_severity="critical"),
                  Webhook(url="http://127.0.0.1:PORT/slack", name="slack", format="slack",
                          countries=["VEN"])])
    receiver = Receiver()
    summary = asyncio.run(_notify(config, settings, receiver, from_beginning=True,
                                  limit=len(ALERTS)))

    assert receiver.tries == Counter({("flaky", "al-high-aze"): FAILS_FIRST + 1,
                                      ("flaky", "al-critical-ven"): FAILS_FIRST + 1,
                                      ("down", "al-critical-ven"): ATTEMPTS,
                                      ("slack", "al-critical-ven"): 1})
    assert sorted((hook, alert_id) for hook, alert_id, _ in receiver.accepted) == [
        ("flaky", "al-critical-ven"), ("flaky", "al-high-aze"), ("slack", "al-critical-ven")]
    for hook, alert_id, body in receiver.accepted:
        assert body["alert_id"] == alert_id
        if hook == "flaky":
            assert EscalationAlert.model_validate(body["alert"]) == next(
                a for a in ALERTS if a.alert_id == alert_id)
        else:
            assert "blocks" in body
    assert (summary.alerts, summary.delivered, summary.dead_lettered, summary.filtered,
            summary.invalid) == (4, 3, 1, 2, 0)

    [record] = read_count(settings.kafka_bootstrap_servers, settings.topics.deadletter, 1,
                          deadline_s=30)
    letter = DeadLetter.model_validate_json(record.value)
    critical = ALERTS[1]
    assert (letter.stage, letter.reason, letter.topic, letter.offset, letter.key) == (
        "notify", "processing_error", settings.topics.alerts, where[critical.alert_id][1], "VEN")
    assert letter.error == ("delivery to webhook down failed after 4 attempt(s), last: "
                            "HTTP 500.")
    assert json.loads(base64.b64decode(letter.value_b64))["alert_id"] == critical.alert_id
    assert dict(record.headers)["stage"] == b"notify"

    admin = KafkaAdminClient(bootstrap_servers=[settings.kafka_bootstrap_servers])
    committed = admin.list_group_offsets(config.group)[config.group]
    admin.close()
    ends: dict[TopicPartition, int] = {}
    for partition, offset in where.values():
        tp = TopicPartition(settings.topics.alerts, partition)
        ends[tp] = max(ends.get(tp, 0), offset + 1)
    assert {tp: meta.offset for tp, meta in committed.items()} == ends

    # The same group again: everything was committed, so nothing is posted a second time.
    again = Receiver()
    rerun = asyncio.run(_notify(config, settings, again, idle_timeout_s=3.0))
    assert (rerun.alerts, again.tries) == (0, Counter())
