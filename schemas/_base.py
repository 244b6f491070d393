"""The base every wirewatch message model shares."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict

SCHEMA_VERSION = 1


def _as_utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        # Wire feeds that omit the zone are, by agency convention, in UTC.
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


UtcDatetime = Annotated[datetime, AfterValidator(_as_utc)]
"""A timestamp normalised to UTC; naive values are taken as UTC."""


def utc_now() -> datetime:
    """The current time, timezone-aware, in UTC."""
    return datetime.now(UTC)


class WireModel(BaseModel):
    """A message on a wirewatch topic: strict about its own fields, tolerant of new ones."""

    model_config = ConfigDict(extra="ignore", populate_by_name=True, frozen=False)
