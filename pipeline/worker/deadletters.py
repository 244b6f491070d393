"""Dead letters that can always be sent: bounded in size, sent with retries, never silent."""

from __future__ import annotations

import asyncio
import base64
import hashlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from pipeline.logs import get_logger
from pipeline.worker.decode import Rejected
from schemas import DeadLetter, utc_now

log = get_logger("pipeline.worker.deadletters")

HEAD_BYTES = 1024
"""How much of an over-limit value a dead letter keeps, so an operator can recognise it."""
MAX_KEY_CHARS = 1024


@dataclass(frozen=True)
class Coordinates:
    """Where a record was read: enough to find it again on the broker."""

    topic: str
    partition: int
    offset: int


def dead_letter(rejected: Rejected, *, stage: str, at: Coordinates, key: bytes | None,
                value: bytes | None, max_value_bytes: int) -> DeadLetter:
    """The dead letter for a rejected record.

    It carries the original bytes when they fit in `max_value_bytes`; otherwise their first
    HEAD_BYTES with `value_truncated` set. The size and SHA-256 of the value are always there,
    so the letter stays small enough to send whatever the record was.
    """
    data = value or b""
    truncated = len(data) > max_value_bytes
    kept = data[:min(HEAD_BYTES, max_value_bytes)] if truncated else data
    key_text = key.decode("utf-8", "replace")[:MAX_KEY_CHARS] if key is not None else None
    return DeadLetter(stage=stage, reason=rejected.reason, error=rejected.error,
                      topic=at.topic, partition=at.partition, offset=at.offset, key=key_text,
                      value_b64=base64.b64encode(kept).decode("ascii"),
                      value_truncated=truncated,
                      value_size=len(data) if value is not None else None,
                      value_sha256=hashlib.sha256(data).hexdigest() if value is not None else None,
                      failed_at=utc_now())


class DeliveryFailed(Exception):  # noqa: N818  # reads as what happened, like Faust's own
    """A record could not be produced after every retry."""


async def send_with_retries(send: Callable[[], Awaitable[object]], *, what: str, at: Coordinates,
                            attempts: int = 5, first_backoff_s: float = 0.2,
                            sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
    """Run `send` until it succeeds, backing off between tries.

    After the last failed try the failure is logged with the record's coordinates and raised
    as DeliveryFailed: the caller must not go on as if the record had been handled.
    """
    backoff = first_backoff_s
    for attempt in range(1, attempts + 1):
        try:
            await send()
            return
        except Exception as error:  # any producer error: retried, then reported
            if attempt == attempts:
                log.error("send.failed", what=what, topic=at.topic, partition=at.partition,
                          offset=at.offset, attempts=attempts,
                          error=f"{type(error).__name__}: {error}")
                raise DeliveryFailed(f"{what} for {at.topic}[{at.partition}]@{at.offset} could "
                                     f"not be sent after {attempts} attempts: "
                                     f"{type(error).__name__}.") from error
            log.warning("send.retrying", what=what, topic=at.topic, partition=at.partition,
                        offset=at.offset, attempt=attempt, backoff_s=backoff,
                        error=type(error).__name__)
            await sleep(backoff)
            backoff = min(backoff * 2, 5.0)
