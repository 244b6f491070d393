"""`wirewatch tail` on a real broker: filtered alerts as JSON lines, in order, then it stops."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime

from kafka import KafkaProducer

from pipeline.broker.admin import create_topics
from schemas import Category, Dyad, EscalationAlert
from tests.conftest import SettingsFactory


def alert(alert_id: str, severity: str, countries: list[str],
          dyad: tuple[str, str] | None = None) -> EscalationAlert:
    return EscalationAlert.model_validate({
        "alert_id": alert_id, "severity": severity, "score": 0.5,
        "category": Category(code="19", name="Fight"),
        "subject": "-".join(dyad) if dyad else countries[0], "countries": countries,
        "dyad": Dyad(source=dyad[0], target=dyad[1]) if dyad else None,
        "headline": f"Alert {alert_id}", "published_at": datetime(2025, 3, 4, 12, tzinfo=UTC),
    })


def test_tail_prints_alerts_at_least_high_from_the_beginning_and_stops_at_the_limit(
        make_settings: SettingsFactory) -> None:
    # One partition: the order of production is the order of reading.
    settings = make_settings(partitions=1)
    create_topics(settings)
    alerts = [alert("a1-high", "high", ["UKR"]), alert("a2-low", "low", ["FRA"]),
              alert("a3-critical", "critical", ["USA", "VEN"], dyad=("USA", "VEN")),
              alert("a4-high", "high", ["RUS"])]
    producer = KafkaProducer(**settings.kafka_client_options(), acks="all")
    try:
        for item in alerts:
            producer.send(settings.topics.alerts, key=item.subject.encode(),
                          value=item.model_dump_json().encode())
        producer.flush(timeout=30)
    finally:
        producer.close(timeout=10)

    env = {"KAFKA_BOOTSTRAP_SERVERS": settings.kafka_bootstrap_servers,
           "WIREWATCH_TOPIC_PREFIX": settings.topic_prefix, "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-m", "pipeline", "tail", "--from-beginning", "--json",
                           "--min-severity", "high", "--limit", "2", "--idle-timeout", "20"],
                          capture_output=True, text=True, env=env, check=False, timeout=120)

    assert done.returncode == 0, done.stderr
    shown = [json.loads(line) for line in done.stdout.splitlines()]
    assert [item["alert_id"] for item in shown] == ["a1-high", "a3-critical"]
    assert shown[1]["dyad"] == {"source": "USA", "target": "VEN"}
    assert "2 alert(s) shown" in done.stderr


def test_tail_names_an_unreachable_broker_in_one_sentence() -> None:
    env = {"KAFKA_BOOTSTRAP_SERVERS": "127.0.0.1:1", "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-m", "pipeline", "tail", "--json"],
                          capture_output=True, text=True, env=env, check=False, timeout=120)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "error: no Kafka broker answered at 127.0.0.1:1; start one with `wirewatch broker start`."]
