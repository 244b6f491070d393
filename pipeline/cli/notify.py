"""`wirewatch notify`: post alerts to webhooks (JSON, Slack, Teams), at least once."""

from __future__ import annotations

import asyncio
import os
import re
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError

from pipeline.cli._context import settings
from pipeline.cli._output import emit
from pipeline.errors import BrokerError, ConfigError
from pipeline.notify.config import (
    FORMATS,
    NotifyConfig,
    RetryPolicy,
    Webhook,
    load_notify_config,
    with_command_line,
)
from schemas import SEVERITIES, describe_validation_error

URLS_ENV = "WIREWATCH_NOTIFY_URLS"


def notify(
    *,
    url: Annotated[list[str] | None, typer.Option(
        "--url", help=f"A webhook URL (repeatable; default: {URLS_ENV}, comma-separated).")] = None,
    config_path: Annotated[Path | None, typer.Option(
        "--config", envvar="WIREWATCH_NOTIFY_CONFIG",
        help="YAML with webhooks, their formats and filters, and the retry policy "
             "(see docs/board.md).")] = None,
    message_format: Annotated[str, typer.Option(
        "--format", help="Message format of --url webhooks: json, slack or teams.")] = "json",
    min_severity: Annotated[str, typer.Option(
        "--min-severity", help="Post alerts at least this severe (--url webhooks).")] = "high",
    country: Annotated[list[str] | None, typer.Option(
        "--country", help="Only alerts naming this ISO3 country (repeatable).")] = None,
    category: Annotated[list[str] | None, typer.Option(
        "--category", help="Only this CAMEO category, code or name (repeatable).")] = None,
    watchlist: Annotated[Path | None, typer.Option(
        "--watchlist", help="A watchlist YAML: --url webhooks get only alerts naming one of "
                            "its countries.")] = None,
    group: Annotated[str | None, typer.Option(
        "--group", help="Consumer group (default: the config's, else wirewatch-notify).")] = None,
    from_beginning: Annotated[bool, typer.Option(
        "--from-beginning", help="A new group starts at the oldest alert, not the next one.")] = False,
    attempts: Annotated[int | None, typer.Option(
        "--attempts", min=1, max=20, help="Tries per delivery before it is dead-lettered.")] = None,
    limit: Annotated[int | None, typer.Option(
        "--limit", min=1, help="Stop after N alerts.")] = None,
    idle_timeout: Annotated[float | None, typer.Option(
        "--idle-timeout", min=0.1, help="Stop when no alert came for SECONDS.")] = None,
) -> None:
    """Post each alert at or above a severity to webhooks; failed deliveries are retried with
    backoff, then dead-lettered (stage notify). Offsets are committed only after delivery."""
    from pipeline.notify.service import run_notifier  # noqa: PLC0415  # aiokafka only when run

    if message_format not in FORMATS:
        raise typer.BadParameter("--format must be json, slack or teams.")
    if min_severity.lower() not in SEVERITIES:
        raise typer.BadParameter("--min-severity must be low, medium, high or critical.")
    urls = url or [u for u in re.split(r"[,\s]+", os.environ.get(URLS_ENV, "")) if u]
    config = _config(config_path, urls, message_format, min_severity.lower(), country or [],
                     category or [], watchlist, group)
    if attempts is not None:
        config = config.model_copy(update={"retry": RetryPolicy(
            **{**config.retry.model_dump(), "attempts": attempts})})
    if not config.webhooks:
        raise ConfigError(f"no webhook to post to: give --url, {URLS_ENV} or --config.")
    try:
        summary = asyncio.run(run_notifier(settings(), config, from_beginning=from_beginning,
                                           limit=limit, idle_timeout_s=idle_timeout))
    except KeyboardInterrupt:
        return  # offsets of alerts not yet delivered stay uncommitted: they come again
    except Exception as error:
        if isinstance(error, OSError) or type(error).__module__.startswith("aiokafka"):
            detail = str(error).removeprefix(f"{type(error).__name__}: ").rstrip(".")
            raise BrokerError(f"the Kafka cluster at {settings().kafka_bootstrap_servers} failed "
                              f"or cannot be reached ({detail}).") from None
        raise
    emit(summary.as_dict(), "wirewatch notify")


def _config(path: Path | None, urls: list[str], message_format: str, min_severity: str,
            countries: list[str], categories: list[str], watchlist: Path | None,
            group: str | None) -> NotifyConfig:
    from pipeline.detect.lexicon import load_watchlist  # noqa: PLC0415  # only with --watchlist

    base = load_notify_config(path) if path is not None else NotifyConfig()
    watched = load_watchlist(watchlist).countries if watchlist is not None else []  # type: ignore[union-attr]  # a path gives a file
    try:
        filters = Webhook(url="http://placeholder/", min_severity=min_severity,  # type: ignore[arg-type]  # checked by the caller
                          countries=countries, categories=categories,
                          watchlist=watchlist is not None)
        return with_command_line(base, urls, message_format, filters,  # type: ignore[arg-type]  # checked by the caller
                                 watched, group)
    except ValidationError as error:
        raise ConfigError(f"a webhook option is invalid: {describe_validation_error(error)}") from None
