"""Settings: one class, WIREWATCH_ prefix, KAFKA_BOOTSTRAP_SERVERS, prefixed topic names."""

from __future__ import annotations

import pytest
from pydantic import SecretStr

from pipeline.settings import Settings


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("KAFKA_BOOTSTRAP_SERVERS", "WIREWATCH_TOPIC_PREFIX", "WIREWATCH_PARTITIONS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir("/")  # no stray .env


def test_defaults_point_at_a_local_broker_without_prefix() -> None:
    settings = Settings()
    assert settings.kafka_bootstrap_servers == "127.0.0.1:9092"
    assert settings.topics.all() == ["wire.articles.raw", "wire.articles.enriched",
                                     "wire.alerts.escalation", "wire.deadletter"]


def test_topic_prefix_and_bootstrap_come_from_the_environment(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIREWATCH_TOPIC_PREFIX", "t1")
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", "k1:9092,k2:9092")
    monkeypatch.setenv("WIREWATCH_PARTITIONS", "8")
    settings = Settings()
    assert settings.topics.raw == "t1.wire.articles.raw"
    assert settings.topics.deadletter == "t1.wire.deadletter"
    assert settings.partitions == 8
    assert settings.kafka_client_options()["bootstrap_servers"] == ["k1:9092", "k2:9092"]


def test_sasl_settings_reach_the_client_options() -> None:
    settings = Settings(kafka_security_protocol="SASL_SSL", kafka_sasl_mechanism="PLAIN",
                        kafka_sasl_username="u", kafka_sasl_password=SecretStr("s3cret-value"))
    options = settings.kafka_client_options()
    assert options["security_protocol"] == "SASL_SSL"
    assert options["sasl_plain_password"] == "s3cret-value"
    assert "s3cret-value" not in repr(settings)


def test_importing_the_package_opens_no_socket_and_loads_no_model() -> None:
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    code = ("import socket, sys\n"
            "socket.socket.connect = lambda *a, **k: (_ for _ in ()).throw(SystemExit(9))\n"
            "import pipeline, pipeline.cli, schemas\n"
            "assert 'spacy' not in sys.modules and 'faust' not in sys.modules, sorted(sys.modules)\n")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
