"""What `wirewatch notify` sends where: webhooks with their format and filters, and the retries."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator

from pipeline.datafiles import load_yaml_model
from schemas import Severity

MessageFormat = Literal["json", "slack", "teams"]
FORMATS: tuple[MessageFormat, ...] = ("json", "slack", "teams")


class RetryPolicy(BaseModel):
    """How often and how patiently one delivery is tried before it is dead-lettered."""

    model_config = ConfigDict(extra="forbid")

    attempts: int = Field(default=5, ge=1, le=20, description="Tries per delivery, the first "
                                                               "included.")
    first_backoff_s: float = Field(default=0.5, ge=0, description="Wait after the first failure.")
    multiplier: float = Field(default=2.0, ge=1, description="Each wait is this many times the "
                                                             "last.")
    max_backoff_s: float = Field(default=30.0, ge=0, description="No wait is longer (a server's "
                                                                  "Retry-After included).")
    timeout_s: float = Field(default=10.0, gt=0, description="Per request.")


class Webhook(BaseModel):
    """One receiver: where, in which message format, and which alerts it wants."""

    model_config = ConfigDict(extra="forbid")

    url: str
    name: str = Field(default="", description="Shown in logs and dead letters instead of the URL, "
                                              "which may hold a secret (default: its host).")
    format: MessageFormat = "json"
    min_severity: Severity = "high"
    countries: list[str] = Field(default_factory=list, description="ISO3 codes; empty: any.")
    categories: list[str] = Field(default_factory=list, description="CAMEO codes or names; "
                                                                    "empty: any.")
    watchlist: bool = Field(default=False, description="Only alerts naming a watchlist country.")
    headers: dict[str, str] = Field(default_factory=dict, description="Extra request headers "
                                                                      "(e.g. an auth token).")

    @field_validator("url")
    @classmethod
    def _http_url(cls, url: str) -> str:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"a webhook URL must be http(s)://host/..., not {url[:60]!r}")
        return url

    @field_validator("countries")
    @classmethod
    def _iso3(cls, codes: list[str]) -> list[str]:
        upper = [code.strip().upper() for code in codes]
        bad = [code for code in upper if not re.fullmatch(r"[A-Z]{3}", code)]
        if bad:
            raise ValueError(f"countries are ISO3 codes such as UKR, not {bad[0]!r}")
        return upper

    @property
    def label(self) -> str:
        """The name to log: the given name, else the URL's host (never its path or query)."""
        return self.name or (urlsplit(self.url).hostname or "webhook")


class NotifyConfig(BaseModel):
    """A notify configuration file (YAML)."""

    model_config = ConfigDict(extra="forbid")

    version: int = 1
    group: str = Field(default="wirewatch-notify", description="Kafka consumer group.")
    watchlist_countries: list[str] = Field(default_factory=list,
                                           description="ISO3 codes for `watchlist: true` hooks.")
    retry: RetryPolicy = Field(default_factory=RetryPolicy)
    webhooks: list[Webhook] = Field(default_factory=list)


def load_notify_config(path: Path) -> NotifyConfig:
    """A notify YAML file, validated; DataFileError names the file and the entry."""
    return load_yaml_model(path, NotifyConfig)


def with_command_line(base: NotifyConfig, urls: list[str], message_format: MessageFormat,
                      filters: Webhook | None = None, watchlist_countries: list[str] | None = None,
                      group: str | None = None) -> NotifyConfig:
    """The configuration file's settings plus webhooks given as URLs on the command line.

    URL webhooks take the message format and the filters of `filters` (its url is ignored);
    command-line watchlist countries and group replace the file's.
    """
    template = filters.model_dump(exclude={"url", "name", "format"}) if filters else {}
    hooks = [Webhook(url=url, format=message_format, **template) for url in urls]
    updates: dict[str, object] = {"webhooks": [*base.webhooks, *hooks]}
    if watchlist_countries:
        updates["watchlist_countries"] = [c.upper() for c in watchlist_countries]
    if group:
        updates["group"] = group
    return base.model_copy(update=updates)
