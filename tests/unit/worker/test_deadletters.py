"""Dead letters stay sendable whatever the record, and a failing send is retried, then raised."""

from __future__ import annotations

import asyncio
import base64
import hashlib

import pytest

from pipeline.worker.deadletters import (
    HEAD_BYTES,
    Coordinates,
    DeliveryFailed,
    dead_letter,
    send_with_retries,
)
from pipeline.worker.decode import Rejected

AT = Coordinates("t.wire.articles.raw", 3, 41)
REJECTED = Rejected("oversized", "the record is too large.")


def test_a_value_within_the_limit_is_kept_whole() -> None:
    value = b'{"body": "short"}'
    letter = dead_letter(REJECTED, stage="enrich", at=AT, key=b"k", value=value,
                         max_value_bytes=1024)
    assert base64.b64decode(letter.value_b64) == value
    assert letter.value_truncated is False
    assert letter.value_size == len(value)
    assert letter.value_sha256 == hashlib.sha256(value).hexdigest()
    assert (letter.topic, letter.partition, letter.offset, letter.key) == (AT.topic, 3, 41, "k")


def test_a_value_above_the_limit_keeps_its_digest_size_and_first_bytes() -> None:
    value = b"x" * 800_000
    letter = dead_letter(REJECTED, stage="enrich", at=AT, key=None, value=value,
                         max_value_bytes=512 * 1024)
    assert letter.value_truncated is True
    assert base64.b64decode(letter.value_b64) == value[:HEAD_BYTES]
    assert letter.value_size == 800_000
    assert letter.value_sha256 == hashlib.sha256(value).hexdigest()
    assert len(letter.model_dump_json()) < 4 * HEAD_BYTES


def test_a_missing_value_has_no_size_or_digest() -> None:
    letter = dead_letter(Rejected("empty_body", "the record has no value."), stage="enrich",
                         at=AT, key=None, value=None, max_value_bytes=10)
    assert (letter.value_b64, letter.value_size, letter.value_sha256) == ("", None, None)


def test_a_huge_key_is_cut() -> None:
    letter = dead_letter(REJECTED, stage="enrich", at=AT, key=b"k" * 10_000, value=b"v",
                         max_value_bytes=10)
    assert letter.key == "k" * 1024


def test_a_send_that_fails_twice_is_retried_with_growing_backoff() -> None:
    calls: list[int] = []
    waits: list[float] = []

    async def send() -> None:
        calls.append(1)
        if len(calls) < 3:
            raise OSError("broker gone")

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    asyncio.run(send_with_retries(send, what="dead_letter", at=AT, sleep=sleep))
    assert len(calls) == 3
    assert waits == [0.2, 0.4]


def test_a_send_that_never_succeeds_raises_delivery_failed_naming_the_record() -> None:
    async def send() -> None:
        raise OSError("broker gone")

    async def sleep(_: float) -> None:
        return None

    with pytest.raises(DeliveryFailed, match=r"t\.wire\.articles\.raw\[3\]@41.*4 attempts"):
        asyncio.run(send_with_retries(send, what="dead_letter", at=AT, attempts=4, sleep=sleep))
