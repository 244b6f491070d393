"""`wirewatch tail`: follow the alerts topic, filtered; live on a TTY, JSON lines when piped."""

from __future__ import annotations

import logging
import re
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated

import typer
from kafka import KafkaConsumer
from kafka.consumer.fetcher import ConsumerRecord
from kafka.errors import KafkaError
from pydantic import ValidationError
from rich.text import Text

from pipeline.alertfeed import alert_passes, alert_row, severity_style, shorten
from pipeline.cli._context import settings
from pipeline.cli._output import print_json, stderr, stdout, stdout_is_tty
from pipeline.errors import BrokerError
from pipeline.logs import get_logger
from pipeline.settings import Settings
from schemas import SEVERITIES, EscalationAlert, describe_validation_error

log = get_logger(__name__)

_POLL_MS = 500
_TOPIC_RETRY_S = 1.0
# Widths of time, severity, category, subject and countries on a TTY row; headline gets the rest.
_WIDTHS = (8, 8, 16, 9, 12)


@dataclass
class _Counts:
    shown: int = 0
    filtered: int = 0
    invalid: int = 0

    def sentence(self) -> str:
        return (f"{self.shown} alert(s) shown, {self.filtered} filtered out, "
                f"{self.invalid} invalid.")


def tail(
    *,
    min_severity: Annotated[str | None, typer.Option(
        "--min-severity", help="Show only alerts at least this severe: "
                               "low, medium, high or critical.")] = None,
    country: Annotated[list[str] | None, typer.Option(
        "--country", help="Only alerts naming this ISO3 country (repeatable).")] = None,
    category: Annotated[list[str] | None, typer.Option(
        "--category", help="Only this CAMEO category, as code (19) or name (Fight) "
                           "(repeatable).")] = None,
    json_output: Annotated[bool, typer.Option(
        "--json", help="One JSON line per alert (default when piped).")] = False,
    from_beginning: Annotated[bool, typer.Option(
        "--from-beginning", help="Start at the oldest retained alert, "
                                 "not the next new one.")] = False,
    group: Annotated[str | None, typer.Option(
        "--group", help="Consumer group id; a named group remembers where it stopped "
                        "(default: a fresh group per run).")] = None,
    limit: Annotated[int | None, typer.Option(
        "--limit", min=1, help="Stop after N shown alerts.")] = None,
    idle_timeout: Annotated[float | None, typer.Option(
        "--idle-timeout", min=0.1, help="Stop when no alert arrived for SECONDS "
                                        "(default: run until Ctrl-C).")] = None,
) -> None:
    """Follow escalation alerts as they are published; Ctrl-C stops."""
    severity = min_severity.lower() if min_severity else None
    if severity is not None and severity not in SEVERITIES:
        raise typer.BadParameter("--min-severity must be low, medium, high or critical.")
    countries = {code.strip().upper() for code in country or ()}
    if any(not re.fullmatch(r"[A-Z]{3}", code) for code in countries):
        raise typer.BadParameter("--country takes ISO3 codes such as UKR.")
    categories = {name.strip() for name in category or ()}
    as_json = json_output or not stdout_is_tty()

    config = settings()
    topic = config.topics.alerts
    consumer = _open_consumer(config, group, from_beginning)
    counts = _Counts()
    if not as_json:
        stderr.print(f"[dim]following {topic}; Ctrl-C stops.[/dim]")
    try:
        if _wait_for_topic(consumer, config, idle_timeout):
            consumer.subscribe([topic])
            _follow(consumer, config, counts, limit=limit, idle_timeout=idle_timeout,
                    wanted=lambda alert: alert_passes(alert, severity, countries, categories),
                    show=lambda alert: show_alert(alert, as_json))
    except KeyboardInterrupt:
        pass  # Ctrl-C is how a tail ends.
    finally:
        consumer.close(autocommit=group is not None)
        stderr.print(counts.sentence())


def _follow(consumer: KafkaConsumer, config: Settings, counts: _Counts, *, limit: int | None,
            idle_timeout: float | None, wanted: Callable[[EscalationAlert], bool],
            show: Callable[[EscalationAlert], None]) -> None:
    last_arrival = time.monotonic()
    while limit is None or counts.shown < limit:
        # Never fetch more than may still be shown, so a named group commits no unseen alert.
        max_records = None if limit is None else limit - counts.shown
        records = _poll(consumer, config, max_records)
        if not records:
            if idle_timeout is not None and time.monotonic() - last_arrival >= idle_timeout:
                return
            continue
        last_arrival = time.monotonic()
        for record in records:
            alert = _decode(record)
            if alert is None:
                counts.invalid += 1
            elif wanted(alert):
                counts.shown += 1
                show(alert)
            else:
                counts.filtered += 1


def _wait_for_topic(consumer: KafkaConsumer, config: Settings, idle_timeout: float | None) -> bool:
    # Subscribing to a missing topic makes kafka-python log an error on every metadata refresh.
    topic = config.topics.alerts
    started = time.monotonic()
    warned = False
    while True:
        try:
            if topic in consumer.topics():
                return True
        except (KafkaError, OSError) as error:
            raise BrokerError(f"listing topics on {config.kafka_bootstrap_servers} failed: "
                              f"{error}.") from None
        if not warned:
            log.warning("tail.waiting_for_topic", topic=topic,
                        hint="create it with `wirewatch topics create`")
            warned = True
        if idle_timeout is not None and time.monotonic() - started >= idle_timeout:
            return False
        time.sleep(_TOPIC_RETRY_S)


def _open_consumer(config: Settings, group: str | None, from_beginning: bool) -> KafkaConsumer:
    # Refused connections while bootstrapping would each log a line; the BrokerError says it once.
    kafka_log = logging.getLogger("kafka")
    previous_level = kafka_log.level
    kafka_log.setLevel(logging.CRITICAL)
    try:
        return KafkaConsumer(**config.kafka_client_options(),
                             group_id=group or f"wirewatch-tail-{uuid.uuid4().hex[:8]}",
                             auto_offset_reset="earliest" if from_beginning else "latest",
                             # A fresh group is thrown away at exit: committing it is noise.
                             enable_auto_commit=group is not None,
                             client_id="wirewatch-tail", bootstrap_timeout_ms=10000)
    except (KafkaError, OSError):
        raise BrokerError(f"no Kafka broker answered at {config.kafka_bootstrap_servers}; "
                          "start one with `wirewatch broker start`.") from None
    finally:
        kafka_log.setLevel(previous_level)


def _poll(consumer: KafkaConsumer, config: Settings,
          max_records: int | None) -> list[ConsumerRecord]:
    try:
        batches = consumer.poll(timeout_ms=_POLL_MS, max_records=max_records)
    except (KafkaError, OSError) as error:
        raise BrokerError(f"reading {config.topics.alerts} from "
                          f"{config.kafka_bootstrap_servers} failed: {error}.") from None
    records: list[ConsumerRecord] = [record for batch in batches.values() for record in batch]
    # Partitions arrive as separate batches; publication time restores one timeline.
    return sorted(records, key=lambda record: record.timestamp)


def _decode(record: ConsumerRecord) -> EscalationAlert | None:
    if record.value is None:
        log.warning("tail.invalid_alert", partition=record.partition, offset=record.offset,
                    error="empty record")
        return None
    try:
        return EscalationAlert.model_validate_json(record.value)
    except ValidationError as error:
        log.warning("tail.invalid_alert", partition=record.partition, offset=record.offset,
                    error=describe_validation_error(error))
        return None


def show_alert(alert: EscalationAlert, as_json: bool) -> None:
    """One alert: a coloured row and its evidence on a TTY, or one JSON line."""
    if as_json:
        print_json(alert.model_dump(mode="json"))
        return
    time_cell, severity, category, subject, countries, headline, evidence = alert_row(alert)
    style = severity_style(severity)
    widths = iter(_WIDTHS)
    line = Text(no_wrap=True, overflow="ellipsis")
    line.append(time_cell.ljust(next(widths)) + " ")
    line.append(severity.ljust(next(widths)) + " ", style=style)
    for cell in (category, subject or "-", countries or "-"):
        width = next(widths)
        # Fixed columns: a long category or country list is cut, not allowed to shift the row.
        line.append(shorten(cell, width).ljust(width) + " ")
    line.append(headline, style=style)
    stdout.print(line)
    if evidence:
        stdout.print(Text(f"{' ' * (_WIDTHS[0] + 1)}└ {evidence}", style="dim",
                          no_wrap=True, overflow="ellipsis"))
