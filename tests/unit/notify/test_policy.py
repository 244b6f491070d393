"""Retry policy: exponential backoff with a cap, and which answers are worth another try."""

from __future__ import annotations

import pytest

from pipeline.notify.config import RetryPolicy
from pipeline.notify.policy import backoff_s, retry_after, verdict


def test_backoff_doubles_from_the_first_wait_up_to_the_cap() -> None:
    policy = RetryPolicy(first_backoff_s=0.5, multiplier=2.0, max_backoff_s=3.0)
    assert [backoff_s(policy, n) for n in range(1, 6)] == [0.5, 1.0, 2.0, 3.0, 3.0]


def test_a_longer_retry_after_is_honoured_but_capped() -> None:
    policy = RetryPolicy(first_backoff_s=0.5, max_backoff_s=10.0)
    assert backoff_s(policy, 1, retry_after_s=4.0) == 4.0
    assert backoff_s(policy, 1, retry_after_s=0.1) == 0.5
    assert backoff_s(policy, 1, retry_after_s=60.0) == 10.0


def test_attempts_count_from_one() -> None:
    with pytest.raises(ValueError, match="starts at 1"):
        backoff_s(RetryPolicy(), 0)


@pytest.mark.parametrize(("status", "expected"), [
    (200, "delivered"), (204, "delivered"), (None, "retry"), (500, "retry"), (503, "retry"),
    (429, "retry"), (408, "retry"), (425, "retry"), (400, "give_up"), (401, "give_up"),
    (404, "give_up"), (301, "give_up")])
def test_verdict_retries_only_what_may_pass_later(status: int | None, expected: str) -> None:
    assert verdict(status) == expected


def test_retry_after_reads_seconds_only() -> None:
    assert retry_after("3") == 3.0
    assert retry_after(" 1.5 ") == 1.5
    assert retry_after(None) is None
    assert retry_after("Wed, 21 Oct 2026 07:28:00 GMT") is None
    assert retry_after("-1") is None
