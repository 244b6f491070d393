"""All wirewatch configuration, from the environment (prefix WIREWATCH_) and an optional .env."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class TopicNames:
    """The four wirewatch topics, with the configured prefix applied."""

    def __init__(self, prefix: str) -> None:
        dot = f"{prefix}." if prefix else ""
        self.raw = f"{dot}wire.articles.raw"
        self.enriched = f"{dot}wire.articles.enriched"
        self.alerts = f"{dot}wire.alerts.escalation"
        self.deadletter = f"{dot}wire.deadletter"

    def all(self) -> list[str]:
        """Every topic name, in pipeline order."""
        return [self.raw, self.enriched, self.alerts, self.deadletter]


class Settings(BaseSettings):
    """Everything a wirewatch process can be told; nothing here opens a socket."""

    model_config = SettingsConfigDict(env_prefix="WIREWATCH_", env_file=".env",
                                      env_file_encoding="utf-8", extra="ignore",
                                      populate_by_name=True)

    # Broker connection
    kafka_bootstrap_servers: str = Field(
        default="127.0.0.1:9092",
        validation_alias=AliasChoices("KAFKA_BOOTSTRAP_SERVERS", "WIREWATCH_KAFKA_BOOTSTRAP_SERVERS"),
        description="Comma-separated host:port list of the Kafka cluster.")
    kafka_security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = Field(
        default="PLAINTEXT", description="How clients talk to the brokers.")
    kafka_sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] | None = Field(
        default=None, description="SASL mechanism when the protocol is SASL_*.")
    kafka_sasl_username: str | None = Field(default=None, description="SASL user name.")
    kafka_sasl_password: SecretStr | None = Field(default=None, description="SASL password.")
    kafka_sasl_password_file: Path | None = Field(
        default=None, description="File holding the SASL password (a mounted secret); read at "
                                  "connect time when WIREWATCH_KAFKA_SASL_PASSWORD is unset.")
    kafka_ssl_cafile: Path | None = Field(default=None, description="CA bundle (PEM) that signs "
                                                                    "the brokers' certificates; "
                                                                    "unset: the system CAs.")
    kafka_ssl_certfile: Path | None = Field(default=None, description="Client certificate (PEM) "
                                                                      "for mutual TLS.")
    kafka_ssl_keyfile: Path | None = Field(default=None, description="Private key (PEM) of the "
                                                                     "client certificate.")
    kafka_ssl_key_password: SecretStr | None = Field(default=None, description="Password of an "
                                                                               "encrypted key.")
    kafka_ssl_key_password_file: Path | None = Field(
        default=None, description="File holding the key password, instead of the variable.")
    kafka_ssl_check_hostname: bool = Field(
        default=True, description="Check that a broker's certificate names the host dialled; "
                                  "false only for test clusters.")

    # Topics
    topic_prefix: str = Field(default="", description="Prefix for every topic: t1 gives "
                                                       "t1.wire.articles.raw.")
    partitions: int = Field(default=4, ge=1, description="Partitions of each topic created.")
    replication_factor: int = Field(default=1, ge=1, description="Replicas of each topic created.")
    retention_hours: int = Field(default=168, ge=1, description="Retention of each topic created.")

    # Local broker
    home: Path = Field(default=PROJECT_ROOT / ".wirewatch",
                       description="Project-local directory for broker jars, data and logs.")
    broker_port: int = Field(default=9092, description="Port of the local broker.")
    broker_controller_port: int = Field(default=9093, description="KRaft controller port.")
    broker_heap: str = Field(default="1G", description="JVM heap of the local broker.")
    broker_start_timeout: float = Field(default=90.0, description="Seconds to wait for readiness.")
    data_dir: Path = Field(default=PROJECT_ROOT / ".wirewatch" / "data",
                           description="Real labelled sets for eval and training (never committed).")

    # Processing
    enrich_mode: Literal["fast", "model"] = Field(
        default="model", description="fast: gazetteer only; model: spaCy NER plus gazetteer.")
    max_body_bytes: int = Field(default=256 * 1024, description="Larger records are dead-lettered.")
    dead_letter_max_value_bytes: int = Field(
        default=512 * 1024, ge=0, le=2 * 1024 * 1024,
        description="A dead letter keeps the original record up to this size; a larger one "
                    "keeps its size, SHA-256 and first bytes (well under the 4 MiB the "
                    "producer may send).")
    lexicon_path: Path | None = Field(default=None, description="Replace the built-in lexicon.")
    watchlist_path: Path | None = Field(default=None, description="Extra cues, entities, "
                                                                  "countries to watch (YAML).")
    alert_cooldown_hours: float = Field(default=24.0, description="Per-story cooldown: an update "
                                        "re-alerts only when its severity rises.")
    surge_window_minutes: int = Field(default=60, description="Tumbling window of per-country "
                                                              "alert counts.")
    surge_baseline_windows: int = Field(default=6, description="Windows in the surge baseline.")
    surge_min_count: int = Field(default=3, description="Fewest alerts in a window for a surge.")
    surge_ratio: float = Field(default=3.0, description="Window count over baseline for a surge.")

    # Worker
    worker_id: str = Field(default="wirewatch", description="Faust app id and consumer group, "
                           "after the topic prefix (t1 gives t1.wirewatch).")
    web_port: int = Field(default=6066, description="Faust web port (health); 0 picks a free one.")
    metrics_port: int = Field(default=9464, description="Prometheus metrics port; 0 disables.")
    worker_processes: int = Field(default=1, ge=1, le=64, description="Worker processes one "
                                  "`wirewatch worker` runs in its consumer group (child i "
                                  "serves web and metrics on the configured port + i).")
    processing_guarantee: Literal["at_least_once", "exactly_once"] = Field(
        default="at_least_once", description="Delivery guarantee; the worker refuses "
        "exactly_once for now (see the README's Reliability section).")

    # Logging
    log_level: str = Field(default="info", description="debug, info, warning, error.")
    log_format: Literal["auto", "json", "console"] = Field(
        default="auto", description="auto: console on a TTY, JSON lines otherwise.")

    @property
    def topics(self) -> TopicNames:
        """The topic names under the configured prefix (always the current prefix)."""
        return TopicNames(self.topic_prefix)

    @property
    def kafka_home(self) -> Path:
        """Where the local broker keeps its jars, data and logs."""
        return self.home / "kafka"

    @property
    def faust_data_dir(self) -> Path:
        """Faust's data directory: under the project's home, never the current directory."""
        return self.home / "faust"

    def kafka_client_options(self) -> dict[str, object]:
        """Connection options for kafka-python clients (bootstrap, TLS and SASL)."""
        from pipeline.broker.security import kafka_client_options  # noqa: PLC0415  # no cycle at import

        return kafka_client_options(self)
